// ir/ValueNumbering.cpp — dominator-based value numbering, a common-subexpression elimination
// ("gvn").
//
// Requires: verified IR. Provides: a pure instruction (arithmetic, comparison, conversion,
// ptradd, select) that computes the same operation on the same operands as an instruction that
// dominates it is replaced by that instruction. Commutative integer operations match with their
// operands swapped. Memory is not analysed: loads, calls and the like are never merged.
//
// Method: walk the dominator tree depth first with a scoped table from "operation + operands" to
// the first instruction computing it; the scope of an entry is the subtree of its block, so every
// match is dominated by its definition. Operands are rewritten to their representatives first,
// so chains of equal expressions collapse in one walk.
#include "ir/Dominators.h"
#include "ir/PassUtils.h"
#include "ir/Passes.h"

#include <array>
#include <unordered_map>

namespace minicc::ir {
namespace {

struct Expression {
  Opcode opcode;
  TypeKind type;
  Predicate predicate;
  std::array<const Value*, 3> operands{};
  friend bool operator==(const Expression&, const Expression&) = default;
};

struct ExpressionHash {
  std::size_t operator()(const Expression& e) const {
    std::size_t h = static_cast<std::size_t>(e.opcode) * 131 + static_cast<std::size_t>(e.type);
    h = h * 31 + static_cast<std::size_t>(e.predicate);
    for (const Value* v : e.operands) h = h * 1000003 ^ std::hash<const Value*>()(v);
    return h;
  }
};

bool isNumberable(const Instruction& inst) {
  Opcode op = inst.opcode();
  if (op >= Opcode::Add && op <= Opcode::PtrAdd) return true;
  return op == Opcode::Select;
}

bool isCommutative(const Instruction& inst) {
  switch (inst.opcode()) {
  case Opcode::Add:
  case Opcode::Mul:
  case Opcode::And:
  case Opcode::Or:
  case Opcode::Xor: return true;
  case Opcode::ICmp: return inst.predicate == Predicate::Eq || inst.predicate == Predicate::Ne;
  default: return false;
  }
}

// Only equality of keys matters (the table is never iterated), so ordering commutative operands
// by address is deterministic in effect: (a, b) and (b, a) give the same key whatever the
// addresses are.
Expression expressionOf(const Instruction& inst) {
  Expression e{inst.opcode(), inst.type().kind(), inst.predicate};
  for (unsigned i = 0; i < inst.numOperands() && i < 3; ++i) e.operands[i] = inst.operand(i);
  if (isCommutative(inst) && std::less<const Value*>()(e.operands[1], e.operands[0]))
    std::swap(e.operands[0], e.operands[1]);
  return e;
}

} // namespace

bool numberValues(Function& function) {
  if (function.isDeclaration()) return false;
  CFG cfg(function);
  DominatorTree dom(cfg);
  std::unordered_map<Expression, Instruction*, ExpressionHash> table;
  std::vector<Expression> scopeLog; // keys added, undone when the walk leaves a subtree
  std::map<const Value*, Value*> replacements;
  InstructionSet dead;
  auto resolve = [&](Value* v) {
    auto it = replacements.find(v);
    return it == replacements.end() ? v : it->second;
  };
  auto visit = [&](unsigned b) {
    for (auto& inst : cfg.block(b)->instructions) {
      if (inst->opcode() == Opcode::Phi) continue; // back-edge operands are not yet resolved
      for (Value*& op : inst->operands) op = resolve(op);
      if (!isNumberable(*inst)) continue;
      Expression e = expressionOf(*inst);
      auto [it, inserted] = table.try_emplace(e, inst.get());
      if (inserted) {
        scopeLog.push_back(e);
      } else {
        replacements[inst.get()] = it->second;
        dead.insert(inst.get());
      }
    }
  };
  struct Frame {
    unsigned block;
    std::size_t scopeMark;
    std::size_t nextChild;
  };
  std::vector<Frame> stack{{0, 0, 0}};
  visit(0);
  while (!stack.empty()) {
    Frame& top = stack.back();
    const auto& children = dom.children(top.block);
    if (top.nextChild < children.size()) {
      unsigned child = children[top.nextChild++];
      stack.push_back({child, scopeLog.size(), 0});
      visit(child);
      continue;
    }
    for (; scopeLog.size() > top.scopeMark; scopeLog.pop_back()) table.erase(scopeLog.back());
    stack.pop_back();
  }
  function.replaceUses(replacements);
  eraseInstructions(function, dead);
  return !dead.empty();
}

} // namespace minicc::ir
