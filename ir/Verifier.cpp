// ir/Verifier.cpp — checks a module against the rules of docs/ir.md.
//
// Provides: verifyModule, verifyFunction (Verifier.h). Needs: CFG.h, Dominators.h,
// OperationRules.h (the per-opcode typing rules), TextSyntax.h (to quote instructions).
// Messages read `@f: block %b: '%x = add i32 %a, 1': what is wrong`, with the printer's names.
#include "ir/Verifier.h"

#include "ir/CFG.h"
#include "ir/Dominators.h"
#include "ir/FloatValue.h"
#include "ir/OperationRules.h"
#include "ir/TextSyntax.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace minicc::ir {
namespace {

bool isPowerOfTwo(std::uint64_t v) {
  return v != 0 && (v & (v - 1)) == 0;
}

// IR.h: an f32 constant holds a value that float represents exactly.
// An f32 constant holds a float value and an f64 one a double value (ir/IR.h).
bool holdsExactly(Type type, long double v) {
  return std::isnan(v) || roundToType(type, v) == v;
}

using SymbolSet = std::unordered_set<const Value*>;

SymbolSet symbolsOf(const Module* module) {
  SymbolSet symbols;
  if (!module) return symbols;
  for (auto& g : module->globals) symbols.insert(g.get());
  for (auto& f : module->functions) symbols.insert(f.get());
  return symbols;
}

class FunctionVerifier {
public:
  FunctionVerifier(const Function& function, const SymbolSet* symbols,
                   std::vector<std::string>& problems)
      : function_(function), symbols_(symbols), problems_(problems), cfg_(function) {}

  void run();

private:
  struct Position {
    unsigned block;
    unsigned index;
  };

  text::FunctionFormatter& formatter() {
    if (!formatter_) formatter_ = std::make_unique<text::FunctionFormatter>(function_);
    return *formatter_;
  }
  void report(const std::string& message) {
    problems_.push_back("@" + function_.name() + ": " + message);
  }
  void report(const BasicBlock& bb, const std::string& message) {
    report("block " + formatter().block(&bb) + ": " + message);
  }
  void report(const BasicBlock& bb, const Instruction& inst, const std::string& message) {
    report(bb, "'" + formatter().instruction(inst) + "': " + message);
  }

  void checkArguments();
  void checkBlockStructure();
  void checkEntryHasNoPredecessors();
  bool checkOperandOwnership(const BasicBlock& bb, const Instruction& inst);
  void checkPhiIncoming(unsigned b, const Instruction& phi);
  void checkDominance();
  void checkUse(const BasicBlock& bb, const Instruction& user, const Value* v, unsigned useBlock,
                unsigned useIndex, bool atBlockEnd);

  const Function& function_;
  const SymbolSet* symbols_;
  std::vector<std::string>& problems_;
  CFG cfg_;
  std::unique_ptr<text::FunctionFormatter> formatter_;
  std::unordered_map<const Instruction*, Position> positions_;
  std::unordered_set<const Instruction*> wellFormed_; // operands and targets all valid
  std::unique_ptr<DominatorTree> dominators_;
};

void FunctionVerifier::run() {
  if (auto e = checkSignature(function_.signature()); !e.empty()) report("signature: " + e);
  checkArguments();
  if (function_.isDeclaration()) return;
  for (unsigned b = 0; b < cfg_.size(); ++b) {
    const BasicBlock& bb = *cfg_.block(b);
    for (unsigned i = 0; i < bb.instructions.size(); ++i)
      positions_[bb.instructions[i].get()] = {b, i};
  }
  checkBlockStructure();
  checkEntryHasNoPredecessors();
  for (unsigned b = 0; b < cfg_.size(); ++b) {
    const BasicBlock& bb = *cfg_.block(b);
    for (auto& inst : bb.instructions) {
      if (!checkOperandOwnership(bb, *inst)) continue;
      wellFormed_.insert(inst.get());
      if (auto e = checkOperation(*inst, function_); !e.empty()) report(bb, *inst, e);
      if (inst->opcode() == Opcode::Phi) checkPhiIncoming(b, *inst);
    }
  }
  checkDominance();
}

void FunctionVerifier::checkArguments() {
  const Signature& sig = function_.signature();
  if (function_.arguments.size() != sig.params.size()) {
    report("has " + std::to_string(function_.arguments.size()) + " arguments for " +
           std::to_string(sig.params.size()) + " parameters");
    return;
  }
  for (unsigned i = 0; i < sig.params.size(); ++i) {
    const Argument& arg = *function_.arguments[i];
    Type expected = sig.params[i].isAggregate() ? Type::ptr() : sig.params[i];
    if (arg.type() != expected)
      report("argument " + std::to_string(i) + " has type " + text::typeKeyword(arg.type()) +
             ", the signature says " + text::typeKeyword(expected));
    if (arg.parent() != &function_ || arg.index() != i)
      report("argument " + std::to_string(i) + " has the wrong parent or index");
  }
}

void FunctionVerifier::checkBlockStructure() {
  for (unsigned b = 0; b < cfg_.size(); ++b) {
    const BasicBlock& bb = *cfg_.block(b);
    if (bb.parent() != &function_) report(bb, "belongs to another function");
    if (bb.instructions.empty()) {
      report(bb, "is empty (a block ends in a terminator)");
      continue;
    }
    bool phisAllowed = true;
    for (std::size_t i = 0; i < bb.instructions.size(); ++i) {
      const Instruction& inst = *bb.instructions[i];
      bool last = i + 1 == bb.instructions.size();
      if (inst.parent() != &bb) report(bb, inst, "its parent is not this block");
      if (inst.isTerminator() && !last) report(bb, inst, "terminator before the end of the block");
      if (!inst.isTerminator() && last) report(bb, inst, "the block does not end in a terminator");
      if (inst.opcode() == Opcode::Phi && !phisAllowed)
        report(bb, inst, "phi after a non-phi instruction");
      if (inst.opcode() != Opcode::Phi) phisAllowed = false;
      if (inst.opcode() == Opcode::Alloca && b != 0)
        report(bb, inst, "alloca outside the entry block");
    }
  }
}

void FunctionVerifier::checkEntryHasNoPredecessors() {
  if (cfg_.size() == 0 || cfg_.predecessors(0).empty()) return;
  report(*cfg_.block(0), "the entry block is the target of a branch from " +
                             formatter().block(cfg_.block(cfg_.predecessors(0)[0])));
}

// Operands are non-null values of this function or module; targets are blocks of this function.
bool FunctionVerifier::checkOperandOwnership(const BasicBlock& bb, const Instruction& inst) {
  bool ok = true;
  for (unsigned i = 0; i < inst.numOperands(); ++i) {
    const Value* v = inst.operand(i);
    std::string which = "operand " + std::to_string(i) + " ";
    if (!v) {
      report(bb, inst, which + "is null");
      ok = false;
      continue;
    }
    switch (v->valueKind()) {
    case ValueKind::Argument:
      if (static_cast<const Argument*>(v)->parent() != &function_) {
        report(bb, inst, which + "is an argument of another function");
        ok = false;
      }
      break;
    case ValueKind::Instruction:
      if (!positions_.count(static_cast<const Instruction*>(v))) {
        report(bb, inst, which + "is an instruction that is not in this function");
        ok = false;
      } else if (!v->type().isScalar()) {
        report(bb, inst, which + "has no value");
        ok = false;
      }
      break;
    case ValueKind::Function:
    case ValueKind::GlobalVariable:
      if (symbols_ && !symbols_->count(v)) {
        report(bb, inst, which + "is a global of another module");
        ok = false;
      }
      break;
    case ValueKind::ConstantInt:
      if (!v->type().isIntegerLike())
        report(bb, inst, which + "is an integer constant of a non-integer type");
      break;
    case ValueKind::ConstantFloat:
      if (!holdsExactly(v->type(), static_cast<const ConstantFloat*>(v)->value()))
        report(bb, inst,
               which + (v->type() == Type::f32()
                            ? "is an f32 constant that float cannot represent exactly"
                            : "is an f64 constant that double cannot represent exactly"));
      if (!v->type().isFloat())
        report(bb, inst, which + "is a floating constant of a non-float type");
      break;
    case ValueKind::Undef:
      if (!v->type().isScalar()) report(bb, inst, which + "is undef of a non-scalar type");
      break;
    }
  }
  for (const BasicBlock* target : inst.targets) {
    if (!target || cfg_.index(target) == CFG::npos) {
      report(bb, inst, target ? "targets a block of another function" : "has a null target");
      ok = false;
    }
  }
  return ok;
}

// One incoming entry per distinct predecessor, and none from other blocks.
void FunctionVerifier::checkPhiIncoming(unsigned b, const Instruction& phi) {
  const BasicBlock& bb = *cfg_.block(b);
  const auto& preds = cfg_.predecessors(b);
  std::vector<unsigned> seen;
  for (const BasicBlock* from : phi.targets) {
    unsigned p = cfg_.index(from);
    if (std::find(preds.begin(), preds.end(), p) == preds.end())
      report(bb, phi, "incoming block " + formatter().block(from) + " is not a predecessor");
    else if (std::find(seen.begin(), seen.end(), p) != seen.end())
      report(bb, phi, "two entries for predecessor " + formatter().block(from));
    seen.push_back(p);
  }
  for (unsigned p : preds)
    if (std::find(seen.begin(), seen.end(), p) == seen.end())
      report(bb, phi, "no entry for predecessor " + formatter().block(cfg_.block(p)));
}

void FunctionVerifier::checkDominance() {
  dominators_ = std::make_unique<DominatorTree>(cfg_);
  for (unsigned b = 0; b < cfg_.size(); ++b) {
    if (!cfg_.isReachable(b)) continue; // uses in unreachable code are not checked
    const BasicBlock& bb = *cfg_.block(b);
    for (unsigned i = 0; i < bb.instructions.size(); ++i) {
      const Instruction& inst = *bb.instructions[i];
      if (!wellFormed_.count(&inst)) continue;
      if (inst.opcode() != Opcode::Phi) {
        for (const Value* v : inst.operands) checkUse(bb, inst, v, b, i, false);
        continue;
      }
      // A phi's value for predecessor P must be available at the end of P.
      for (std::size_t k = 0; k < inst.operands.size() && k < inst.targets.size(); ++k) {
        unsigned p = cfg_.index(inst.targets[k]);
        if (p != CFG::npos && cfg_.isReachable(p))
          checkUse(bb, inst, inst.operands[k], p, CFG::npos, true);
      }
    }
  }
}

void FunctionVerifier::checkUse(const BasicBlock& bb, const Instruction& user, const Value* v,
                                unsigned useBlock, unsigned useIndex, bool atBlockEnd) {
  if (v->valueKind() != ValueKind::Instruction) return;
  auto def = positions_.at(static_cast<const Instruction*>(v));
  bool dominated;
  if (def.block == useBlock)
    dominated = atBlockEnd || def.index < useIndex;
  else
    dominated = dominators_->dominates(def.block, useBlock);
  if (!dominated)
    report(bb, user, "use of " + formatter().value(v) + " is not dominated by its definition");
}

std::string layoutName(const AggregateLayout& layout) {
  return "type %" + text::spellName(layout.name.empty() ? "<unnamed>" : layout.name);
}

void checkLayout(const AggregateLayout& layout,
                 const std::unordered_set<const AggregateLayout*>& own,
                 std::vector<std::string>& problems) {
  auto report = [&](const std::string& m) { problems.push_back(layoutName(layout) + ": " + m); };
  if (!isPowerOfTwo(layout.align))
    report("alignment must be a power of two");
  else if (layout.size % layout.align)
    report("size is not a multiple of the alignment");
  for (const AggregateMember& m : layout.members) {
    std::string which = "member at offset " + std::to_string(m.offset);
    if (m.type.isVoid()) report(which + " has type void");
    if (m.type.isAggregate() && !own.count(m.type.layout()))
      report(which + " has a layout that is not in this module");
    std::uint64_t size = m.type.size();
    if (m.count == 0 || (size && m.count > (layout.size / size)) ||
        m.offset > layout.size - std::min(layout.size, size * m.count))
      report(which + " does not fit in " + std::to_string(layout.size) + " bytes");
  }
}

// A layout that contains itself (directly or through members) has no finite size.
void checkLayoutCycles(const Module& module, std::vector<std::string>& problems) {
  enum class State { New, Active, Done };
  std::unordered_map<const AggregateLayout*, State> state;
  // Iterative DFS: (layout, next member index).
  for (auto& root : module.layouts) {
    if (state[root.get()] != State::New) continue;
    std::vector<std::pair<const AggregateLayout*, std::size_t>> stack{{root.get(), 0}};
    state[root.get()] = State::Active;
    while (!stack.empty()) {
      auto& [layout, next] = stack.back();
      if (next == layout->members.size()) {
        state[layout] = State::Done;
        stack.pop_back();
        continue;
      }
      Type t = layout->members[next++].type;
      if (!t.isAggregate() || !t.layout()) continue;
      State& s = state[t.layout()];
      if (s == State::Active) {
        problems.push_back(layoutName(*t.layout()) + ": contains itself");
      } else if (s == State::New) {
        s = State::Active;
        stack.push_back({t.layout(), 0});
      }
    }
  }
}

void checkSymbolNames(const Module& module, std::vector<std::string>& problems) {
  std::unordered_set<std::string> seen;
  auto check = [&](const GlobalSymbol& s) {
    if (s.name().empty())
      problems.push_back("a global symbol has no name");
    else if (!seen.insert(s.name()).second)
      problems.push_back("@" + s.name() + ": the symbol is defined twice");
  };
  for (auto& g : module.globals) check(*g);
  for (auto& f : module.functions) check(*f);
}

void checkGlobal(const GlobalVariable& g, const Module& module,
                 std::vector<std::string>& problems) {
  auto report = [&](const std::string& m) { problems.push_back("@" + g.name() + ": " + m); };
  if (!isPowerOfTwo(g.align)) report("alignment must be a power of two");
  if (g.isThreadLocal && g.isConstant) report("a thread-local global cannot be constant");
  if (g.isThreadLocal && g.linkage == Linkage::Private)
    report("a thread-local global cannot be private");
  if (!g.hasInitializer) {
    if (!g.initializer.empty()) report("a declaration has initializer pieces");
    return;
  }
  std::uint64_t total = 0;
  for (const InitPiece& piece : g.initializer) {
    total += piece.size();
    if (piece.kind != InitPiece::Kind::Address) continue;
    const GlobalSymbol* target = module.findSymbol(piece.symbol);
    if (!target)
      report("initializer refers to the unknown symbol @" + piece.symbol);
    else if (target->valueKind() == ValueKind::GlobalVariable &&
             static_cast<const GlobalVariable*>(target)->isThreadLocal)
      // The address of a thread-local object differs per thread: no relocation names it.
      report("initializer takes the address of the thread-local @" + piece.symbol);
  }
  if (total != g.size)
    report("initializer has " + std::to_string(total) + " bytes for a size of " +
           std::to_string(g.size));
}

} // namespace

std::vector<std::string> verifyModule(const Module& module) {
  std::vector<std::string> problems;
  std::unordered_set<const AggregateLayout*> layouts;
  for (auto& l : module.layouts) layouts.insert(l.get());
  for (auto& l : module.layouts) checkLayout(*l, layouts, problems);
  checkLayoutCycles(module, problems);
  checkSymbolNames(module, problems);
  for (auto& g : module.globals) checkGlobal(*g, module, problems);
  SymbolSet symbols = symbolsOf(&module);
  for (auto& f : module.functions) {
    if (f->parent() != &module) problems.push_back("@" + f->name() + ": belongs to another module");
    FunctionVerifier(*f, &symbols, problems).run();
  }
  return problems;
}

std::vector<std::string> verifyFunction(const Function& function) {
  std::vector<std::string> problems;
  SymbolSet symbols = symbolsOf(function.parent());
  FunctionVerifier(function, function.parent() ? &symbols : nullptr, problems).run();
  return problems;
}

} // namespace minicc::ir
