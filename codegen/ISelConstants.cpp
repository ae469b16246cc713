// codegen/ISelConstants.cpp — constant expressions seen as constants by instruction selection.
//
// Provides: InstructionSelector::{foldConstantExpressions, evaluateConstant, operand,
// resolve}. Needs: InstructionSelector.h.
// Runs first. The frontend writes `sext i32 2000000 to i64` or `trunc i32 0 to i8` for C
// constants of one type used at another; selecting them as instructions would tie up a
// register for a number an immediate can carry. Such instructions (conversions, integer
// arithmetic that cannot trap, compares, over constant operands) are evaluated here; selection
// reads operands through operand()/resolve(), which substitute the constant, and the
// instructions themselves are marked folded (never selected where they stand).
#include "codegen/InstructionSelector.h"
#include "ir/BitOps.h"

namespace minicc::codegen {

using ir::Opcode;
using ir::Predicate;

namespace {

std::optional<bool> compareConstants(Predicate p, std::int64_t a, std::int64_t b, ir::Type t) {
  std::uint64_t ua = static_cast<std::uint64_t>(a), ub = static_cast<std::uint64_t>(b);
  if (t.bits() < 64) { // constants are stored sign-extended: unsigned order needs the mask
    std::uint64_t mask = (std::uint64_t{1} << t.bits()) - 1;
    ua &= mask;
    ub &= mask;
  }
  switch (p) {
  case Predicate::Eq: return a == b;
  case Predicate::Ne: return a != b;
  case Predicate::SLt: return a < b;
  case Predicate::SLe: return a <= b;
  case Predicate::SGt: return a > b;
  case Predicate::SGe: return a >= b;
  case Predicate::ULt: return ua < ub;
  case Predicate::ULe: return ua <= ub;
  case Predicate::UGt: return ua > ub;
  case Predicate::UGe: return ua >= ub;
  default: return std::nullopt;
  }
}

} // namespace

const ir::Value* InstructionSelector::resolve(const ir::Value* value) const {
  auto it = constantExpressions_.find(value);
  return it == constantExpressions_.end() ? value : it->second;
}

const ir::Value* InstructionSelector::operand(const ir::Instruction& inst, unsigned index) const {
  return resolve(inst.operand(index));
}

// The value of `inst` if every operand is a constant (or a constant expression) and the
// operation cannot trap; nullopt otherwise. Results are canonical for the result type.
std::optional<std::int64_t> InstructionSelector::evaluateConstant(const ir::Instruction& inst) {
  std::vector<std::int64_t> v;
  std::vector<std::uint64_t> u;
  for (const ir::Value* op : inst.operands) {
    const ir::Value* r = resolve(op);
    if (r->valueKind() != ir::ValueKind::ConstantInt) return std::nullopt;
    auto* c = static_cast<const ir::ConstantInt*>(r);
    v.push_back(c->value());
    u.push_back(c->zextValue());
  }
  ir::Type t = inst.type();
  if (!t.isIntegerLike() || v.empty()) return std::nullopt;
  auto wrap = [&](std::uint64_t x) { return ir::canonicalizeInt(t, static_cast<std::int64_t>(x)); };
  switch (inst.opcode()) {
  case Opcode::SExt:
  case Opcode::Trunc: return wrap(static_cast<std::uint64_t>(v[0]));
  case Opcode::ZExt:
  case Opcode::PtrToInt:
  case Opcode::IntToPtr: return wrap(u[0]);
  case Opcode::Add: return wrap(u[0] + u[1]);
  case Opcode::Sub: return wrap(u[0] - u[1]);
  case Opcode::Mul: return wrap(u[0] * u[1]);
  case Opcode::And: return wrap(u[0] & u[1]);
  case Opcode::Or: return wrap(u[0] | u[1]);
  case Opcode::Xor: return wrap(u[0] ^ u[1]);
  case Opcode::Neg: return wrap(0 - u[0]);
  case Opcode::Not: return wrap(~u[0]);
  case Opcode::Clz:
  case Opcode::Ctz:
  case Opcode::Popcount:
  case Opcode::Bswap: return wrap(ir::evaluateBitOperation(inst.opcode(), t.bits(), u[0]));
  case Opcode::Shl:
  case Opcode::LShr:
  case Opcode::AShr: {
    if (u[1] >= t.bits()) return std::nullopt; // unspecified: leave it to the hardware
    if (inst.opcode() == Opcode::Shl) return wrap(u[0] << u[1]);
    if (inst.opcode() == Opcode::LShr) return wrap(u[0] >> u[1]);
    return wrap(static_cast<std::uint64_t>(v[0] >> u[1]));
  }
  case Opcode::ICmp: {
    auto result = compareConstants(inst.predicate, v[0], v[1], inst.operand(0)->type());
    if (!result) return std::nullopt;
    return *result ? 1 : 0;
  }
  default: return std::nullopt;
  }
}

void InstructionSelector::foldConstantExpressions() {
  // Operands come before their users within a block, but a block may use a constant
  // expression of a block later in the list: repeat until nothing new is found.
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto& block : function_.blocks) {
      for (const auto& inst : block->instructions) {
        if (constantExpressions_.count(inst.get())) continue;
        std::optional<std::int64_t> value = evaluateConstant(*inst);
        if (!value) continue;
        ownedConstants_.push_back(std::make_unique<ir::ConstantInt>(inst->type(), *value));
        constantExpressions_[inst.get()] = ownedConstants_.back().get();
        folded_.insert(inst.get());
        changed = true;
      }
    }
  }
}

} // namespace minicc::codegen
