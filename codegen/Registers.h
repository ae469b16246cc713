// codegen/Registers.h — x86-64 register numbering shared by every backend stage.
//
// Provides: RegId (one number space for physical and virtual registers), the physical register
// names per access size, register classes and the System V caller-/callee-saved sets.
// Needs: nothing.
//
// Physical registers use their hardware encoding: GPRs 0..15 (%rax = 0 ... %r15 = 15), then
// %xmm0..%xmm15 as 16..31. Virtual registers start at FirstVirtualReg so the two never collide.
#pragma once

#include <cstdint>

namespace minicc::codegen {

using RegId = std::uint32_t;

enum class RegClass : std::uint8_t { GPR, XMM };

enum PhysReg : RegId {
  RAX,
  RCX,
  RDX,
  RBX,
  RSP,
  RBP,
  RSI,
  RDI,
  R8,
  R9,
  R10,
  R11,
  R12,
  R13,
  R14,
  R15,
  XMM0,
  XMM1,
  XMM2,
  XMM3,
  XMM4,
  XMM5,
  XMM6,
  XMM7,
  XMM8,
  XMM9,
  XMM10,
  XMM11,
  XMM12,
  XMM13,
  XMM14,
  XMM15,
  NumPhysRegs
};

constexpr RegId NoReg = ~RegId{0};
constexpr RegId FirstVirtualReg = 64;

constexpr bool isPhysical(RegId r) {
  return r < NumPhysRegs;
}
constexpr bool isVirtual(RegId r) {
  return r >= FirstVirtualReg && r != NoReg;
}
constexpr unsigned virtualIndex(RegId r) {
  return r - FirstVirtualReg;
}
constexpr RegId virtualReg(unsigned index) {
  return FirstVirtualReg + index;
}

constexpr RegClass physClass(RegId r) {
  return r >= XMM0 ? RegClass::XMM : RegClass::GPR;
}

// psABI 3.2.1 (figure 3.4): %rbx %rbp %r12-%r15 belong to the caller and must be preserved;
// every other GPR and all xmm registers may be clobbered by a call.
constexpr bool isCalleeSaved(RegId r) {
  return r == RBX || r == RBP || r == R12 || r == R13 || r == R14 || r == R15;
}
constexpr bool isCallerSaved(RegId r) {
  return isPhysical(r) && !isCalleeSaved(r) && r != RSP;
}

// "%eax" for (RAX, 4); sizes 1, 2, 4, 8 for GPRs. XMM registers ignore the size.
const char* physRegName(RegId r, unsigned sizeBytes);

} // namespace minicc::codegen
