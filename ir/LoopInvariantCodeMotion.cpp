// ir/LoopInvariantCodeMotion.cpp — loop-invariant code motion ("licm").
//
// Requires: verified IR. Provides: in each natural loop that has a preheader (the header's only
// predecessor outside the loop, which jumps only to the header), pure instructions whose
// operands are all defined outside the loop are moved to the end of the preheader, so they run
// once instead of once per iteration. Inner loops are handled first, so an expression invariant
// in several nested loops climbs to the outermost preheader it can reach.
//
// Only instructions that can run when the loop body would not have run are moved (they are
// speculated): arithmetic, comparisons, integer and pointer conversions, ptradd, select.
// Divisions and remainders move only with a constant divisor that cannot trap (not 0, and not -1
// when signed); float-to-integer conversions (undefined out of range) and memory accesses never
// move. Loops without a preheader are left alone.
#include "ir/Dominators.h"
#include "ir/Passes.h"

#include <algorithm>
#include <unordered_set>

namespace minicc::ir {
namespace {

struct Loop {
  unsigned header;
  std::vector<unsigned> blocks; // in reverse post-order, header first
};

// Natural loops: for each back edge n -> h (h dominates n), the blocks that reach n without
// passing through h. Back edges to one header make one loop.
std::vector<Loop> findLoops(const CFG& cfg, const DominatorTree& dom) {
  std::vector<Loop> loops;
  for (unsigned h : cfg.reversePostOrder()) {
    std::vector<bool> inLoop(cfg.size(), false);
    std::vector<unsigned> worklist;
    bool hasBackEdge = false;
    inLoop[h] = true; // the walk stops at the header (a latch may be the header itself)
    for (unsigned n : cfg.predecessors(h)) {
      if (!dom.dominates(h, n)) continue;
      hasBackEdge = true;
      if (!inLoop[n]) {
        inLoop[n] = true;
        worklist.push_back(n);
      }
    }
    if (!hasBackEdge) continue;
    while (!worklist.empty()) {
      unsigned b = worklist.back();
      worklist.pop_back();
      for (unsigned p : cfg.predecessors(b))
        if (!inLoop[p] && cfg.isReachable(p)) {
          inLoop[p] = true;
          worklist.push_back(p);
        }
    }
    Loop loop{h, {}};
    for (unsigned b : cfg.reversePostOrder())
      if (inLoop[b]) loop.blocks.push_back(b);
    loops.push_back(std::move(loop));
  }
  // Inner loops first: a loop nested in another has fewer blocks.
  std::stable_sort(loops.begin(), loops.end(),
                   [](const Loop& a, const Loop& b) { return a.blocks.size() < b.blocks.size(); });
  return loops;
}

unsigned preheaderOf(const CFG& cfg, const Loop& loop) {
  unsigned preheader = CFG::npos;
  for (unsigned p : cfg.predecessors(loop.header)) {
    if (std::find(loop.blocks.begin(), loop.blocks.end(), p) != loop.blocks.end()) continue;
    if (preheader != CFG::npos) return CFG::npos; // several ways in
    preheader = p;
  }
  if (preheader == CFG::npos || cfg.successors(preheader).size() != 1) return CFG::npos;
  return preheader;
}

bool isSafeToSpeculate(const Instruction& inst) {
  switch (inst.opcode()) {
  case Opcode::SDiv:
  case Opcode::SRem:
  case Opcode::UDiv:
  case Opcode::URem: {
    auto* divisor = dynamic_cast<const ConstantInt*>(inst.operand(1));
    if (!divisor || divisor->value() == 0) return false;
    bool isSigned = inst.opcode() == Opcode::SDiv || inst.opcode() == Opcode::SRem;
    return !(isSigned && divisor->value() == -1);
  }
  case Opcode::FPToSI:
  case Opcode::FPToUI: return false;
  case Opcode::Select: return true;
  default: return inst.opcode() >= Opcode::Add && inst.opcode() <= Opcode::PtrAdd;
  }
}

bool hoistInvariants(const CFG& cfg, const Loop& loop, unsigned preheader) {
  std::unordered_set<const BasicBlock*> body;
  for (unsigned b : loop.blocks) body.insert(cfg.block(b));
  auto isInvariant = [&](const Value* v) {
    auto* inst = dynamic_cast<const Instruction*>(v);
    return !inst || !body.count(inst->parent());
  };
  BasicBlock& target = *cfg.block(preheader);
  bool changed = false;
  // Reverse post-order visits definitions before their uses, so chains move in one sweep.
  for (unsigned b : loop.blocks) {
    auto& insts = cfg.block(b)->instructions;
    for (std::size_t i = 0; i < insts.size();) {
      Instruction& inst = *insts[i];
      if (!isSafeToSpeculate(inst) ||
          !std::all_of(inst.operands.begin(), inst.operands.end(), isInvariant)) {
        ++i;
        continue;
      }
      std::unique_ptr<Instruction> moved = std::move(insts[i]);
      insts.erase(insts.begin() + static_cast<std::ptrdiff_t>(i));
      target.insert(target.instructions.size() - 1, std::move(moved));
      changed = true;
    }
  }
  return changed;
}

} // namespace

bool hoistLoopInvariants(Function& function) {
  if (function.isDeclaration()) return false;
  CFG cfg(function);
  DominatorTree dom(cfg);
  bool changed = false;
  for (const Loop& loop : findLoops(cfg, dom)) {
    unsigned preheader = preheaderOf(cfg, loop);
    if (preheader != CFG::npos) changed |= hoistInvariants(cfg, loop, preheader);
  }
  return changed;
}

} // namespace minicc::ir
