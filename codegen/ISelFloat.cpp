// codegen/ISelFloat.cpp — instruction selection for f32/f64: constants, arithmetic, negation,
// comparisons and select.
//
// Provides: InstructionSelector::{constantAddress, emitFloatConstant, floatOperand,
// selectFloatBinary, selectFloatNegation, emitFloatCompare, selectFCmp, selectFloatSelect,
// moveFromXmm}. Needs: InstructionSelector.h; the constant pool of MachineIR.h.
//
// Floats live in xmm virtual registers and use the scalar SSE instructions (`addsd`, `mulss`…),
// two-address like integer arithmetic. Constants are .rodata literals (`.LCPI<f>_<n>`) loaded
// with movss/movsd or used directly as a memory operand; +0.0 is `xorps %x, %x`. A compare is
// `ucomiss`/`ucomisd`, which reports "unordered" (a NaN operand) as ZF = PF = CF = 1:
//   a > b  (ogt): ucomisd b, a; A  (CF=0, ZF=0: false when unordered)
//   a >= b (oge): ucomisd b, a; AE (CF=0)
//   a < b, a <= b: the same with the operands swapped
//   a == b (oeq): E and NP        a != b (une): NE or P
//   one: NE (ZF=0 excludes unordered)   ueq: E   ult/ule/ugt/uge: B/BE (unordered sets CF)
//   ord: NP   uno: P
// x86 has no cmov for xmm registers: a float select moves both values to integer registers,
// selects there with cmov and moves the result back (movq/movd).
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"
#include "ir/FloatValue.h"

#include <bit>
#include <cmath>

namespace minicc::codegen {

using ir::Opcode;
using ir::Predicate;

namespace {

PoolConstant floatConstant(ir::Type type, long double value) {
  PoolConstant c;
  c.size = floatSize(type);
  c.low = c.size == 4 ? ir::floatBitsOf(value) : ir::doubleBitsOf(value);
  return c;
}

bool isPositiveZero(const ir::ConstantFloat& c) {
  return c.value() == 0 && !std::signbit(c.value());
}

MOpcode arithmeticOpcode(Opcode op) {
  switch (op) {
  case Opcode::FAdd: return MOpcode::FAdd;
  case Opcode::FSub: return MOpcode::FSub;
  case Opcode::FMul: return MOpcode::FMul;
  case Opcode::FDiv: return MOpcode::FDiv;
  default: internalError("not a floating arithmetic opcode");
  }
}

// How one fcmp predicate reads the flags of `ucomis x, y` (y compared with x in AT&T order).
struct FloatCompareRule {
  bool swapOperands; // compare b with a instead of a with b
  Condition condition;
};

FloatCompareRule ruleFor(Predicate p) {
  using J = Condition::Join;
  switch (p) {
  case Predicate::OGt: return {false, {CondCode::A}};
  case Predicate::OGe: return {false, {CondCode::AE}};
  case Predicate::OLt: return {true, {CondCode::A}};
  case Predicate::OLe: return {true, {CondCode::AE}};
  case Predicate::OEq: return {false, {CondCode::E, CondCode::NP, J::And}};
  case Predicate::UNe: return {false, {CondCode::NE, CondCode::P, J::Or}};
  case Predicate::ONe: return {false, {CondCode::NE}};
  case Predicate::UEq: return {false, {CondCode::E}};
  case Predicate::ULtF: return {false, {CondCode::B}};
  case Predicate::ULeF: return {false, {CondCode::BE}};
  case Predicate::UGtF: return {true, {CondCode::B}};
  case Predicate::UGeF: return {true, {CondCode::BE}};
  case Predicate::Ord: return {false, {CondCode::NP}};
  case Predicate::Uno: return {false, {CondCode::P}};
  default: internalError("not a floating comparison predicate");
  }
}

} // namespace

MemRef InstructionSelector::constantAddress(const PoolConstant& constant) {
  return MemRef::ripRelative(constantLabel(mf_, addConstant(mf_, constant)));
}

void InstructionSelector::emitFloatConstant(const ir::ConstantFloat& constant, RegId dst) {
  if (isPositiveZero(constant)) {
    emit(MOpcode::FZero, 8, {MOperand::def(dst)});
    return;
  }
  MemRef literal = constantAddress(floatConstant(constant.type(), constant.value()));
  emit(MOpcode::FMov, floatSize(constant.type()), {MOperand::memory(literal), MOperand::def(dst)});
}

// A float operand that x86 may read from memory: a folded load or a literal; otherwise a
// register.
MOperand InstructionSelector::floatOperand(const ir::Value* value) {
  value = resolve(value);
  if (isFoldedLoad(value))
    return MOperand::memory(addressOf(operand(*static_cast<const ir::Instruction*>(value), 0)));
  if (value->valueKind() == ir::ValueKind::ConstantFloat) {
    auto* c = static_cast<const ir::ConstantFloat*>(value);
    if (!isPositiveZero(*c))
      return MOperand::memory(constantAddress(floatConstant(c->type(), c->value())));
  }
  return MOperand::use(valueReg(value));
}

void InstructionSelector::selectFloatBinary(const ir::Instruction& inst) {
  if (inst.type().kind() == ir::TypeKind::F80) return selectX87Binary(inst);
  const ir::Value* a = operand(inst, 0);
  const ir::Value* b = operand(inst, 1);
  bool commutative = inst.opcode() == Opcode::FAdd || inst.opcode() == Opcode::FMul;
  auto isMemoryCandidate = [&](const ir::Value* v) {
    return isFoldedLoad(v) || v->valueKind() == ir::ValueKind::ConstantFloat;
  };
  if (commutative && isMemoryCandidate(a) && !isMemoryCandidate(b)) std::swap(a, b);
  // As in integer arithmetic, copy the operand that dies here into the destination.
  if (commutative && !isMemoryCandidate(b) && useCount(b) == 1 && useCount(a) > 1) std::swap(a, b);
  RegId d = vregFor(&inst);
  MOperand source = floatOperand(b);
  materializeInto(a, d);
  emit(arithmeticOpcode(inst.opcode()), floatSize(inst.type()), {source, MOperand::useDef(d)});
}

// fneg flips the sign bit (so -0.0 and NaNs come out right, unlike 0 - x): xor with a 16-byte
// mask, which xorps reads from an aligned literal.
void InstructionSelector::selectFloatNegation(const ir::Instruction& inst) {
  if (inst.type().kind() == ir::TypeKind::F80) return selectX87Negation(inst);
  RegId d = vregFor(&inst);
  PoolConstant mask;
  mask.size = 16;
  mask.low = floatSize(inst.type()) == 4 ? 0x80000000u : 0x8000000000000000u;
  MemRef literal = constantAddress(mask);
  materializeInto(operand(inst, 0), d);
  emit(MOpcode::FXor, 16, {MOperand::memory(literal), MOperand::useDef(d)});
}

Condition InstructionSelector::emitFloatCompare(const ir::Instruction& fcmp) {
  if (fcmp.opcode() != Opcode::FCmp) internalError("emitFloatCompare: not an fcmp");
  FloatCompareRule rule = ruleFor(fcmp.predicate);
  const ir::Value* left = operand(fcmp, rule.swapOperands ? 1 : 0);
  const ir::Value* right = operand(fcmp, rule.swapOperands ? 0 : 1);
  if (left->type().kind() == ir::TypeKind::F80) { // fucomip sets the flags as ucomisd does
    emitX87Compare(left, right);
    return rule.condition;
  }
  // AT&T `ucomisd right, left` sets the flags of left compared with right; only `right` may
  // be in memory.
  MOperand rightOperand = floatOperand(right);
  RegId leftReg = valueReg(left);
  emit(MOpcode::Ucomi, floatSize(left->type()), {rightOperand, MOperand::use(leftReg)});
  return rule.condition;
}

void InstructionSelector::selectFCmp(const ir::Instruction& inst) {
  Condition c = emitFloatCompare(inst);
  emitSetcc(c, vregFor(&inst));
}

RegId InstructionSelector::moveFromXmm(RegId xmm, unsigned size) {
  RegId r = mf_.newVreg(RegClass::GPR);
  emit(MOpcode::MovFromXmm, size, {MOperand::use(xmm), MOperand::def(r)});
  return r;
}

void InstructionSelector::selectFloatSelect(const ir::Instruction& inst) {
  const ir::Value* condition = operand(inst, 0);
  RegId d = vregFor(&inst);
  if (condition->valueKind() == ir::ValueKind::ConstantInt ||
      condition->valueKind() == ir::ValueKind::Undef) {
    bool takesTrue = condition->valueKind() == ir::ValueKind::ConstantInt &&
                     static_cast<const ir::ConstantInt*>(condition)->value() != 0;
    materializeInto(operand(inst, takesTrue ? 1 : 2), d);
    return;
  }
  unsigned size = floatSize(inst.type());
  RegId ifTrue = moveFromXmm(valueReg(operand(inst, 1)), size);
  RegId ifFalse = moveFromXmm(valueReg(operand(inst, 2)), size);
  RegId bits = mf_.newVreg(RegClass::GPR);
  bool startsTrue = conditionJoin(condition) == Condition::Join::And;
  emitCopy(startsTrue ? ifTrue : ifFalse, bits);
  Condition c = emitCondition(condition);
  emitConditionalMoves(c, ifTrue, ifFalse, bits, size);
  emit(MOpcode::MovToXmm, size, {MOperand::use(bits), MOperand::def(d)});
}

} // namespace minicc::codegen
