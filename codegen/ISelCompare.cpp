// codegen/ISelCompare.cpp — instruction selection for comparisons, branches and select.
//
// Provides: InstructionSelector::{emitCompare, emitCondition, selectICmp, selectBr,
// selectSelect}. Needs: InstructionSelector.h; decideFolding marks the compares to fuse.
//
// Branches are flags: a compare read only by its block's `br` (or a `select`) is emitted as
// `cmp`/`test` right before the `jcc` (or `cmov`); `setcc` appears only when the 0/1 value is
// used as data. Nothing that writes the flags is ever placed between the two.
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"

namespace minicc::codegen {

using ir::Opcode;
using ir::Predicate;

namespace {

CondCode condFor(Predicate p) {
  switch (p) {
  case Predicate::Eq: return CondCode::E;
  case Predicate::Ne: return CondCode::NE;
  case Predicate::SLt: return CondCode::L;
  case Predicate::SLe: return CondCode::LE;
  case Predicate::SGt: return CondCode::G;
  case Predicate::SGe: return CondCode::GE;
  case Predicate::ULt: return CondCode::B;
  case Predicate::ULe: return CondCode::BE;
  case Predicate::UGt: return CondCode::A;
  case Predicate::UGe: return CondCode::AE;
  default: internalError("not an integer comparison predicate");
  }
}

// a < b  <=>  b > a.
Predicate swapped(Predicate p) {
  switch (p) {
  case Predicate::SLt: return Predicate::SGt;
  case Predicate::SLe: return Predicate::SGe;
  case Predicate::SGt: return Predicate::SLt;
  case Predicate::SGe: return Predicate::SLe;
  case Predicate::ULt: return Predicate::UGt;
  case Predicate::ULe: return Predicate::UGe;
  case Predicate::UGt: return Predicate::ULt;
  case Predicate::UGe: return Predicate::ULe;
  default: return p;
  }
}

// As a signed 1-bit integer, 1 is -1: a <s b exactly when a >u b.
Predicate boolPredicate(Predicate p) {
  switch (p) {
  case Predicate::SLt: return Predicate::UGt;
  case Predicate::SLe: return Predicate::UGe;
  case Predicate::SGt: return Predicate::ULt;
  case Predicate::SGe: return Predicate::ULe;
  default: return p;
  }
}

bool isConstant(const ir::Value* v) {
  return v->valueKind() == ir::ValueKind::ConstantInt || v->valueKind() == ir::ValueKind::Undef;
}

bool isZero(const ir::Value* v) {
  return v->valueKind() == ir::ValueKind::Undef ||
         (v->valueKind() == ir::ValueKind::ConstantInt &&
          static_cast<const ir::ConstantInt*>(v)->value() == 0);
}

} // namespace

// Emits the cmp/test for `icmp` and returns the condition code that is true when it holds.
CondCode InstructionSelector::emitCompare(const ir::Instruction& icmp) {
  if (icmp.opcode() != Opcode::ICmp) internalError("emitCompare: not an icmp");
  const ir::Value* a = operand(icmp, 0);
  const ir::Value* b = operand(icmp, 1);
  Predicate p = icmp.predicate;
  if (a->type().kind() == ir::TypeKind::I1) p = boolPredicate(p);
  if (isConstant(a) && !isConstant(b)) {
    std::swap(a, b);
    p = swapped(p);
  }
  unsigned size = accessSize(a->type());
  // Against zero, `test a, a` sets the same flags as `cmp $0, a` (CF = OF = 0, ZF, SF) with
  // a shorter encoding.
  if (isZero(b)) {
    RegId r = valueReg(a);
    emit(MOpcode::Test, size, {MOperand::use(r), MOperand::use(r)});
    return condFor(p);
  }
  MOperand right = valueOperand(b, size);
  MOperand left =
      isFoldedLoad(a) && !right.isMem() ? valueOperand(a, size) : MOperand::use(valueReg(a));
  // AT&T `cmp b, a` sets the flags of a - b.
  emit(MOpcode::Cmp, size, {right, left});
  return condFor(p);
}

// The shape of the condition `emitCondition` will produce, known before it emits anything.
Condition::Join InstructionSelector::conditionJoin(const ir::Value* condition) const {
  if (!isFolded(condition)) return Condition::Join::Single;
  auto* inst = static_cast<const ir::Instruction*>(condition);
  if (inst->opcode() != Opcode::FCmp) return Condition::Join::Single;
  if (inst->predicate == Predicate::OEq) return Condition::Join::And;
  if (inst->predicate == Predicate::UNe) return Condition::Join::Or;
  return Condition::Join::Single;
}

Condition InstructionSelector::emitCondition(const ir::Value* condition) {
  if (isFolded(condition)) {
    auto* inst = static_cast<const ir::Instruction*>(condition);
    if (inst->opcode() == Opcode::FCmp) return emitFloatCompare(*inst);
    return Condition{emitCompare(*inst)};
  }
  RegId r = valueReg(condition);
  emit(MOpcode::Test, 1, {MOperand::use(r), MOperand::use(r)});
  return Condition{CondCode::NE};
}

// dst (one byte) = 0 or 1.
void InstructionSelector::emitSetcc(const Condition& condition, RegId dst) {
  emit(MOpcode::Setcc, 1, {MOperand::def(dst)}).cond = condition.first;
  if (condition.join == Condition::Join::Single) return;
  RegId second = mf_.newVreg(RegClass::GPR);
  emit(MOpcode::Setcc, 1, {MOperand::def(second)}).cond = condition.second;
  MOpcode combine = condition.join == Condition::Join::And ? MOpcode::And : MOpcode::Or;
  emit(combine, 1, {MOperand::use(second), MOperand::useDef(dst)});
}

// After the flags are set: dst = condition ? ifTrue : ifFalse, where dst already holds ifFalse
// for Single/Or conditions and ifTrue for And (then each failing half moves ifFalse in).
void InstructionSelector::emitConditionalMoves(const Condition& condition, RegId ifTrue,
                                               RegId ifFalse, RegId dst, unsigned size) {
  auto cmov = [&](CondCode cc, RegId src) {
    emit(MOpcode::Cmov, size, {MOperand::use(src), MOperand::useDef(dst)}).cond = cc;
  };
  switch (condition.join) {
  case Condition::Join::Single: cmov(condition.first, ifTrue); return;
  case Condition::Join::Or:
    cmov(condition.first, ifTrue);
    cmov(condition.second, ifTrue);
    return;
  case Condition::Join::And:
    cmov(invert(condition.first), ifFalse);
    cmov(invert(condition.second), ifFalse);
    return;
  }
}

void InstructionSelector::selectICmp(const ir::Instruction& inst) {
  CondCode cc = emitCompare(inst);
  emit(MOpcode::Setcc, 1, {MOperand::def(vregFor(&inst))}).cond = cc;
}

void InstructionSelector::selectBr(const ir::Instruction& inst) {
  const ir::BasicBlock* from = currentIRBlock_;
  const ir::Value* condition = operand(inst, 0);
  if (inst.targets[0] == inst.targets[1] || condition->valueKind() == ir::ValueKind::ConstantInt ||
      condition->valueKind() == ir::ValueKind::Undef) {
    bool takesTrue = condition->valueKind() != ir::ValueKind::ConstantInt ||
                     static_cast<const ir::ConstantInt*>(condition)->value() != 0;
    const ir::BasicBlock* to = inst.targets[takesTrue ? 0 : 1];
    unsigned target = edgeTarget(from, to);
    if (target == blockNumber(to)) emitPhiCopies(from, to);
    emit(MOpcode::Jmp, 8, {MOperand::blockRef(target)});
    return;
  }
  unsigned ifTrue = edgeTarget(from, inst.targets[0]);
  unsigned ifFalse = edgeTarget(from, inst.targets[1]);
  Condition c = emitCondition(condition);
  auto jump = [&](CondCode cc, unsigned target) {
    emit(MOpcode::Jcc, 8, {MOperand::blockRef(target)}).cond = cc;
  };
  // oeq: `jp false; je true`; une: `jp true; jne true`.
  if (c.join == Condition::Join::And) jump(invert(c.second), ifFalse);
  if (c.join == Condition::Join::Or) jump(c.second, ifTrue);
  jump(c.first, ifTrue);
  emit(MOpcode::Jmp, 8, {MOperand::blockRef(ifFalse)});
}

// select c, a, b:  d = b; cmp/test; cmovCC a, d. cmov has no 8-bit form and no immediate
// source, so both values are registers and the move is at least 32 bits.
void InstructionSelector::selectSelect(const ir::Instruction& inst) {
  const ir::Value* condition = operand(inst, 0);
  RegId d = vregFor(&inst);
  if (condition->valueKind() == ir::ValueKind::ConstantInt ||
      condition->valueKind() == ir::ValueKind::Undef) {
    bool takesTrue = condition->valueKind() == ir::ValueKind::ConstantInt &&
                     static_cast<const ir::ConstantInt*>(condition)->value() != 0;
    materializeInto(operand(inst, takesTrue ? 1 : 2), d);
    return;
  }
  bool startsTrue = conditionJoin(condition) == Condition::Join::And;
  RegId other = valueReg(operand(inst, startsTrue ? 2 : 1));
  materializeInto(operand(inst, startsTrue ? 1 : 2), d);
  Condition c = emitCondition(condition);
  emitConditionalMoves(c, startsTrue ? d : other, startsTrue ? other : d, d, aluSize(inst.type()));
}

} // namespace minicc::codegen
