// codegen/ISelBits.cpp — instruction selection for the bit-counting opcodes.
//
// Provides: InstructionSelector::selectBitOperation (clz, ctz, popcount, bswap; docs/ir.md).
// Needs: InstructionSelector.h.
// clz/ctz use bsr/bsf, which leave their destination undefined for 0 (Intel SDM "BSF"); the IR
// defines clz/ctz 0 as the width, so a cmov on ZF supplies it. popcnt is not in baseline
// x86-64, so popcount is the branch-free SWAR sum of bit fields (each step adds neighbouring
// fields of twice the width), finished by a multiply that sums the bytes into the top byte.
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"

namespace minicc::codegen {

void InstructionSelector::selectBitOperation(const ir::Instruction& inst) {
  unsigned size = accessSize(inst.type());
  RegId d = vregFor(&inst);
  switch (inst.opcode()) {
  case ir::Opcode::Bswap:
    if (size == 2) { // bswapl leaves the swapped halfword in the top 16 bits
      RegId wide = extendTo32(operand(inst, 0), false);
      emitCopy(wide, d);
      emit(MOpcode::Bswap, 4, {MOperand::useDef(d)});
      emit(MOpcode::Shr, 4, {MOperand::immediate(16), MOperand::useDef(d)});
      return;
    }
    materializeInto(operand(inst, 0), d);
    emit(MOpcode::Bswap, size, {MOperand::useDef(d)});
    return;
  case ir::Opcode::Ctz:
  case ir::Opcode::Clz: {
    bool isClz = inst.opcode() == ir::Opcode::Clz;
    unsigned bits = size * 8;
    // clz = (bits - 1) - bsr = bsr ^ (bits - 1); for 0 the xor turns 2*bits - 1 into bits.
    RegId ifZero = mf_.newVreg(RegClass::GPR);
    emitImmediate(isClz ? 2 * bits - 1 : bits, ifZero, 4); // before bsf/bsr: may clobber flags
    MOperand source = valueOperand(operand(inst, 0), size);
    if (source.isImm()) source = MOperand::use(valueReg(operand(inst, 0))); // bsf takes no imm
    emit(isClz ? MOpcode::Bsr : MOpcode::Bsf, size, {source, MOperand::def(d)});
    emit(MOpcode::Cmov, size, {MOperand::use(ifZero), MOperand::useDef(d)}).cond = CondCode::E;
    if (isClz) emit(MOpcode::Xor, size, {MOperand::immediate(bits - 1), MOperand::useDef(d)});
    return;
  }
  case ir::Opcode::Popcount: return selectPopcount(inst);
  default: break;
  }
  internalError(std::string("selectBitOperation: unexpected ") + ir::opcodeName(inst.opcode()));
}

void InstructionSelector::selectPopcount(const ir::Instruction& inst) {
  unsigned size = accessSize(inst.type());
  RegId d = vregFor(&inst);
  auto pattern = [&](std::uint64_t byte) { // the byte repeated over the operand's width
    std::uint64_t p = byte * 0x0101010101010101ull;
    return static_cast<std::int64_t>(size == 8 ? p : p & 0xffffffffull);
  };
  auto constant = [&](std::uint64_t byte) {
    RegId r = mf_.newVreg(RegClass::GPR);
    emitImmediate(pattern(byte), r, size);
    return r;
  };
  // (x >> shift) & mask in a new register; all arithmetic stays in `size` bytes.
  auto shiftedMasked = [&](RegId x, unsigned shift, RegId mask) {
    RegId t = mf_.newVreg(RegClass::GPR);
    emitCopy(x, t);
    emit(MOpcode::Shr, size, {MOperand::immediate(shift), MOperand::useDef(t)});
    emit(MOpcode::And, size, {MOperand::use(mask), MOperand::useDef(t)});
    return t;
  };
  RegId x = mf_.newVreg(RegClass::GPR);
  materializeInto(operand(inst, 0), x);
  // x - ((x >> 1) & 0x55..): each 2-bit field holds the count of its bits.
  RegId pairs = shiftedMasked(x, 1, constant(0x55));
  emit(MOpcode::Sub, size, {MOperand::use(pairs), MOperand::useDef(x)});
  // (x & 0x33..) + ((x >> 2) & 0x33..): 4-bit fields.
  RegId m33 = constant(0x33);
  RegId high = shiftedMasked(x, 2, m33);
  emit(MOpcode::And, size, {MOperand::use(m33), MOperand::useDef(x)});
  emit(MOpcode::Add, size, {MOperand::use(high), MOperand::useDef(x)});
  // (x + (x >> 4)) & 0x0f..: bytes.
  RegId nibbles = mf_.newVreg(RegClass::GPR);
  emitCopy(x, nibbles);
  emit(MOpcode::Shr, size, {MOperand::immediate(4), MOperand::useDef(nibbles)});
  emit(MOpcode::Add, size, {MOperand::use(nibbles), MOperand::useDef(x)});
  emit(MOpcode::And, size, {MOperand::use(constant(0x0f)), MOperand::useDef(x)});
  // x * 0x01.. sums every byte into the top one.
  emit(MOpcode::Imul, size, {MOperand::use(constant(0x01)), MOperand::useDef(x)});
  emit(MOpcode::Shr, size, {MOperand::immediate(size * 8 - 8), MOperand::useDef(x)});
  emitCopy(x, d);
}

} // namespace minicc::codegen
