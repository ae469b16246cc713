// codegen/Registers.cpp — physical register names (AT&T spelling without the '%').
//
// Provides: physRegName. Needs: Registers.h.
#include "codegen/Registers.h"

#include "ir/Diagnostics.h"

namespace minicc::codegen {

namespace {

const char* const Names64[16] = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                                 "r8",  "r9",  "r10", "r11", "r12", "r13", "r14", "r15"};
const char* const Names32[16] = {"eax", "ecx", "edx",  "ebx",  "esp",  "ebp",  "esi",  "edi",
                                 "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"};
const char* const Names16[16] = {"ax",  "cx",  "dx",   "bx",   "sp",   "bp",   "si",   "di",
                                 "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"};
// With a REX prefix the low bytes of %rsp %rbp %rsi %rdi are %spl %bpl %sil %dil; minicc never
// uses %ah..%bh, so every GPR has a byte form.
const char* const Names8[16] = {"al",  "cl",  "dl",   "bl",   "spl",  "bpl",  "sil",  "dil",
                                "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"};
const char* const NamesXmm[16] = {"xmm0",  "xmm1",  "xmm2",  "xmm3", "xmm4",  "xmm5",
                                  "xmm6",  "xmm7",  "xmm8",  "xmm9", "xmm10", "xmm11",
                                  "xmm12", "xmm13", "xmm14", "xmm15"};

} // namespace

const char* physRegName(RegId r, unsigned sizeBytes) {
  if (!isPhysical(r)) internalError("physRegName: not a physical register");
  if (r >= XMM0) return NamesXmm[r - XMM0];
  switch (sizeBytes) {
  case 1: return Names8[r];
  case 2: return Names16[r];
  case 4: return Names32[r];
  case 8: return Names64[r];
  }
  internalError("physRegName: bad access size");
}

} // namespace minicc::codegen
