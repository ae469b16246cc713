// codegen/ISelArith.cpp — instruction selection for integer arithmetic, logic, shifts,
// multiplication and division.
//
// Provides: InstructionSelector::select{Binary,BoolBinary,TwoAddress,Multiply,Shift,Division,
// Unary}. Needs: InstructionSelector.h.
//
// x86 arithmetic is two-address: `d = a op b` becomes `copy a -> d; op b, d`; the register
// allocator's copy hints make the copy disappear when `a` dies there. Values narrower than 32
// bits are computed with 32-bit instructions (their low bits are the same); right shifts and
// division first extend their operands, because there the high bits matter.
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"

#include <bit>

namespace minicc::codegen {

using ir::Opcode;

namespace {

std::int64_t constantValue(const ir::Value* v) {
  return static_cast<const ir::ConstantInt*>(v)->value();
}
bool isConstant(const ir::Value* v) {
  return v->valueKind() == ir::ValueKind::ConstantInt;
}

// log2 of a positive power of two, or -1.
int exactLog2(std::uint64_t v) {
  return v != 0 && std::has_single_bit(v) ? std::countr_zero(v) : -1;
}

} // namespace

void InstructionSelector::selectBinary(const ir::Instruction& inst) {
  if (inst.type().kind() == ir::TypeKind::I1) return selectBoolBinary(inst);
  switch (inst.opcode()) {
  case Opcode::Add:
    if (selectAddAsLea(inst)) return;
    return selectTwoAddress(inst, MOpcode::Add, true);
  case Opcode::Sub:
    if (selectAddAsLea(inst)) return;
    return selectTwoAddress(inst, MOpcode::Sub, false);
  case Opcode::And: return selectTwoAddress(inst, MOpcode::And, true);
  case Opcode::Or: return selectTwoAddress(inst, MOpcode::Or, true);
  case Opcode::Xor: return selectTwoAddress(inst, MOpcode::Xor, true);
  case Opcode::Mul: return selectMultiply(inst);
  case Opcode::Shl:
  case Opcode::LShr:
  case Opcode::AShr: return selectShift(inst);
  default: return selectDivision(inst);
  }
}

// i1 arithmetic is arithmetic modulo 2; the operands keep 0/1 in their low byte, and and/or/xor
// preserve that. The rest reduce to those (or are undefined for any other operand values).
void InstructionSelector::selectBoolBinary(const ir::Instruction& inst) {
  RegId d = vregFor(&inst);
  switch (inst.opcode()) {
  case Opcode::And:
  case Opcode::Mul: return selectTwoAddress(inst, MOpcode::And, true);
  case Opcode::Or: return selectTwoAddress(inst, MOpcode::Or, true);
  case Opcode::Xor:
  case Opcode::Add:
  case Opcode::Sub: return selectTwoAddress(inst, MOpcode::Xor, true);
  case Opcode::SRem:
  case Opcode::URem: emitImmediate(0, d, 4); return;
  default: materializeInto(operand(inst, 0), d); return; // x/1, x<<0, x>>0
  }
}

void InstructionSelector::selectTwoAddress(const ir::Instruction& inst, MOpcode op,
                                           bool commutative) {
  const ir::Value* a = operand(inst, 0);
  const ir::Value* b = operand(inst, 1);
  if (commutative && isConstant(a) && !isConstant(b)) std::swap(a, b);
  // The copy into the destination vanishes when its source dies here: copy the operand that
  // is used only once (for instance a call result) rather than one that stays live.
  if (commutative && !isConstant(b) && useCount(b) == 1 && useCount(a) > 1) std::swap(a, b);
  // A folded load can only be the source operand (against a constant, load it into place).
  if (commutative && isFoldedLoad(a) && !isConstant(b)) std::swap(a, b);
  unsigned size = aluSize(inst.type());
  RegId d = vregFor(&inst);
  MOperand source = valueOperand(b, size);
  materializeInto(a, d);
  emit(op, size, {source, MOperand::useDef(d)});
}

// `lea` adds a register and a register or a constant into a third register without the copy
// a two-address `add` needs (x + y, x + c, x - c; x * 3, 5, 9 via the scale).
bool InstructionSelector::selectAddAsLea(const ir::Instruction& inst) {
  const ir::Value* a = operand(inst, 0);
  const ir::Value* b = operand(inst, 1);
  if (isConstant(a) && inst.opcode() == Opcode::Add) std::swap(a, b);
  if (isConstant(a) || isFoldedLoad(a) || isFoldedLoad(b)) return false;
  unsigned size = aluSize(inst.type());
  MemRef mem;
  if (isConstant(b)) {
    std::int64_t c = constantValue(b);
    if (inst.opcode() == Opcode::Sub) c = -c;
    if (!fitsInt32(c) || c == 0 || (size == 8 && c == INT64_MIN)) return false;
    mem = MemRef::at(valueReg(a), c);
  } else {
    if (inst.opcode() != Opcode::Add) return false;
    RegId ra = valueReg(a);
    mem = MemRef::indexed(ra, a == b ? ra : valueReg(b), 1);
  }
  emit(MOpcode::Lea, size, {MOperand::memory(mem), MOperand::def(vregFor(&inst))});
  return true;
}

void InstructionSelector::selectMultiply(const ir::Instruction& inst) {
  const ir::Value* a = operand(inst, 0);
  const ir::Value* b = operand(inst, 1);
  if (isConstant(a) && !isConstant(b)) std::swap(a, b);
  unsigned size = aluSize(inst.type());
  RegId d = vregFor(&inst);
  if (isConstant(b)) {
    std::int64_t factor = constantValue(b);
    int shift = exactLog2(static_cast<std::uint64_t>(factor));
    if ((factor == 3 || factor == 5 || factor == 9) && !isFoldedLoad(a)) { // x + x * 2^k
      RegId r = valueReg(a);
      MemRef mem = MemRef::indexed(r, r, static_cast<std::uint8_t>(factor - 1));
      emit(MOpcode::Lea, size, {MOperand::memory(mem), MOperand::def(d)});
      return;
    }
    if (shift >= 0) { // multiplying by 2^k is a left shift
      materializeInto(a, d);
      if (shift) emit(MOpcode::Shl, size, {MOperand::immediate(shift), MOperand::useDef(d)});
      return;
    }
    if (size < 8 || fitsInt32(factor)) {
      MOperand source = isFoldedLoad(a) ? valueOperand(a, size) : MOperand::use(valueReg(a));
      emit(MOpcode::Imul3, size, {MOperand::immediate(factor), source, MOperand::def(d)});
      return;
    }
  }
  selectTwoAddress(inst, MOpcode::Imul, true);
}

// Sign- or zero-extends a narrow value into a fresh 32-bit register (wider values as they are).
RegId InstructionSelector::extendTo32(const ir::Value* value, bool isSigned) {
  unsigned size = accessSize(value->type());
  if (size >= 4 || value->valueKind() == ir::ValueKind::Undef) return valueReg(value);
  RegId r = mf_.newVreg(RegClass::GPR);
  if (isConstant(value)) {
    auto* c = static_cast<const ir::ConstantInt*>(value);
    emitImmediate(isSigned ? c->value() : static_cast<std::int64_t>(c->zextValue()), r, 4);
    return r;
  }
  MInstr& ext =
      emit(isSigned ? MOpcode::Movsx : MOpcode::Movzx, 4,
           {MOperand::use(valueReg(value), static_cast<std::uint8_t>(size)), MOperand::def(r)});
  ext.srcSize = static_cast<std::uint8_t>(size);
  return r;
}

void InstructionSelector::selectShift(const ir::Instruction& inst) {
  bool isLeft = inst.opcode() == Opcode::Shl;
  bool isArithmetic = inst.opcode() == Opcode::AShr;
  unsigned width = accessSize(inst.type());
  unsigned size = aluSize(inst.type());
  RegId d = vregFor(&inst);
  MOpcode op = isLeft ? MOpcode::Shl : isArithmetic ? MOpcode::Sar : MOpcode::Shr;
  const ir::Value* count = operand(inst, 1);
  MOperand countOperand;
  if (isConstant(count)) {
    countOperand = MOperand::immediate(constantValue(count) & (size * 8 - 1));
  } else {
    // x86 takes a variable shift count only in %cl.
    materializeInto(count, RCX);
    countOperand = MOperand::use(RCX, 1);
  }
  // A right shift of a narrow value shifts in its high bits, so extend them first.
  if (!isLeft && width < 4)
    emitCopy(extendTo32(operand(inst, 0), isArithmetic), d);
  else
    materializeInto(operand(inst, 0), d);
  if (countOperand.isImm() && countOperand.imm == 0) return;
  emit(op, size, {countOperand, MOperand::useDef(d)});
}

// Unsigned division and remainder by 2^k are a shift and a mask.
bool InstructionSelector::selectDivisionByPowerOfTwo(const ir::Instruction& inst) {
  bool isUnsigned = inst.opcode() == Opcode::UDiv || inst.opcode() == Opcode::URem;
  const ir::Value* divisor = operand(inst, 1);
  if (!isUnsigned || !isConstant(divisor)) return false;
  auto* c = static_cast<const ir::ConstantInt*>(divisor);
  int shift = exactLog2(c->zextValue());
  if (shift < 0) return false;
  unsigned size = aluSize(inst.type());
  RegId d = vregFor(&inst);
  emitCopy(extendTo32(operand(inst, 0), false), d);
  if (inst.opcode() == Opcode::UDiv) {
    if (shift) emit(MOpcode::Shr, size, {MOperand::immediate(shift), MOperand::useDef(d)});
    return true;
  }
  std::uint64_t mask = c->zextValue() - 1;
  if (size == 8 && mask > INT32_MAX) {
    RegId m = mf_.newVreg(RegClass::GPR);
    emitImmediate(static_cast<std::int64_t>(mask), m, 8);
    emit(MOpcode::And, size, {MOperand::use(m), MOperand::useDef(d)});
  } else {
    emit(MOpcode::And, size,
         {MOperand::immediate(static_cast<std::int64_t>(mask)), MOperand::useDef(d)});
  }
  return true;
}

// `idiv`/`div` divide %rdx:%rax (or %edx:%eax) by their operand and leave the quotient in %rax
// and the remainder in %rdx; the dividend's high half is its sign (cltd/cqto) or zero.
void InstructionSelector::selectDivision(const ir::Instruction& inst) {
  if (selectDivisionByPowerOfTwo(inst)) return;
  bool isSigned = inst.opcode() == Opcode::SDiv || inst.opcode() == Opcode::SRem;
  bool wantsRemainder = inst.opcode() == Opcode::SRem || inst.opcode() == Opcode::URem;
  unsigned size = aluSize(inst.type());
  RegId divisor = extendTo32(operand(inst, 1), isSigned);
  emitCopy(extendTo32(operand(inst, 0), isSigned), RAX);
  if (isSigned) {
    MInstr& cqto = emit(MOpcode::SignExtendAx, size, {});
    cqto.implicitUses = {RAX};
    cqto.implicitDefs = {RDX};
  } else {
    emitImmediate(0, RDX, 4);
  }
  MInstr& div = emit(isSigned ? MOpcode::Idiv : MOpcode::Div, size, {MOperand::use(divisor)});
  div.implicitUses = {RAX, RDX};
  div.implicitDefs = {RAX, RDX};
  emitCopy(wantsRemainder ? RDX : RAX, vregFor(&inst));
}

void InstructionSelector::selectUnary(const ir::Instruction& inst) {
  RegId d = vregFor(&inst);
  bool isBool = inst.type().kind() == ir::TypeKind::I1;
  materializeInto(operand(inst, 0), d);
  if (isBool) { // -x == x modulo 2; ~x flips only bit 0 so the value stays 0/1
    if (inst.opcode() == Opcode::Not)
      emit(MOpcode::Xor, 4, {MOperand::immediate(1), MOperand::useDef(d)});
    return;
  }
  emit(inst.opcode() == Opcode::Neg ? MOpcode::Neg : MOpcode::Not, aluSize(inst.type()),
       {MOperand::useDef(d)});
}

} // namespace minicc::codegen
