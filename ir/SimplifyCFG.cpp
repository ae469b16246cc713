// ir/SimplifyCFG.cpp — control-flow graph cleanup ("simplifycfg").
//
// Requires: verified IR. Provides, repeated until nothing changes:
//   - `br` on a constant, `br` with both targets equal, and `switch` on a constant or with a
//     single destination become `jmp` (phis of blocks no longer reached from here lose the
//     entry);
//   - blocks unreachable from the entry are deleted (with their entries in phis);
//   - a block with a single predecessor whose only successor it is gets merged into it;
//   - a block holding only `jmp S` is bypassed: its predecessors jump to S directly, when S's
//     phis can take the new edges (a predecessor already reaching S must bring the same value)
//     and no critical edge into a block with phis is created.
// The entry block is never removed or merged away (it may not be a branch target).
#include "ir/Builder.h"
#include "ir/CFG.h"
#include "ir/PassUtils.h"
#include "ir/Passes.h"

#include <algorithm>

namespace minicc::ir {
namespace {

// Replaces `term` (the last instruction of bb) by `jmp to`; blocks that lose their edge from bb
// lose their phi entries for bb.
void replaceWithJump(BasicBlock& bb, BasicBlock* to) {
  std::vector<BasicBlock*> oldTargets = bb.terminator()->targets;
  bb.instructions.pop_back();
  auto jmp = std::make_unique<Instruction>(Opcode::Jmp, Type::voidTy());
  jmp->targets = {to};
  bb.append(std::move(jmp));
  std::vector<BasicBlock*> done{to};
  for (BasicBlock* t : oldTargets) {
    if (std::find(done.begin(), done.end(), t) != done.end()) continue;
    done.push_back(t);
    removeIncoming(*t, &bb);
  }
}

// The single destination of a conditional terminator, when it is known; nullptr otherwise.
BasicBlock* knownDestination(const Instruction& term) {
  if (term.opcode() == Opcode::Br) {
    if (term.targets[0] == term.targets[1]) return term.targets[0];
    if (auto* c = dynamic_cast<const ConstantInt*>(term.operand(0)))
      return c->value() ? term.targets[0] : term.targets[1];
    return nullptr;
  }
  if (term.opcode() != Opcode::Switch) return nullptr;
  if (auto* c = dynamic_cast<const ConstantInt*>(term.operand(0))) {
    for (std::size_t i = 0; i < term.caseValues.size(); ++i)
      if (term.caseValues[i] == c->value()) return term.targets[i + 1];
    return term.targets[0];
  }
  for (BasicBlock* t : term.targets)
    if (t != term.targets[0]) return nullptr;
  return term.targets[0];
}

bool foldConstantBranches(Function& function) {
  bool changed = false;
  for (auto& bb : function.blocks) {
    Instruction* term = bb->terminator();
    if (!term) continue;
    if (BasicBlock* to = knownDestination(*term)) {
      replaceWithJump(*bb, to);
      changed = true;
    }
  }
  return changed;
}

bool removeUnreachableBlocks(Function& function) {
  CFG cfg(function);
  if (cfg.reversePostOrder().size() == cfg.size()) return false;
  // Only a dead block's own edges can lead into live phis.
  for (unsigned d = 0; d < cfg.size(); ++d) {
    if (cfg.isReachable(d)) continue;
    for (unsigned s : cfg.successors(d))
      if (cfg.isReachable(s)) removeIncoming(*cfg.block(s), cfg.block(d));
  }
  auto& blocks = function.blocks;
  blocks.erase(std::remove_if(blocks.begin(), blocks.end(),
                              [&](const std::unique_ptr<BasicBlock>& bb) {
                                return !cfg.isReachable(cfg.index(bb.get()));
                              }),
               blocks.end());
  return true;
}

// Merges B into P when P -> B is P's only edge and B's only incoming edge. One sweep over a CFG
// snapshot handles whole chains: `into[b]` is the block b's instructions went to.
bool mergeIntoPredecessors(Function& function) {
  CFG cfg(function);
  std::vector<unsigned> into(cfg.size());
  for (unsigned b = 0; b < cfg.size(); ++b) into[b] = b;
  auto find = [&](unsigned b) {
    while (into[b] != b) b = into[b];
    return b;
  };
  std::map<const Value*, Value*> replacements;
  bool changed = false;
  for (unsigned b = 1; b < cfg.size(); ++b) {
    if (cfg.predecessors(b).size() != 1) continue;
    unsigned p = cfg.predecessors(b)[0];
    if (p == b || find(p) == b || cfg.successors(p).size() != 1) continue;
    BasicBlock& pred = *cfg.block(find(p));
    BasicBlock& block = *cfg.block(b);
    if (pred.terminator()->opcode() != Opcode::Jmp) continue;
    // With one predecessor, each phi is its single incoming value.
    auto& insts = block.instructions;
    std::size_t phis = phisOf(block).size();
    for (std::size_t k = 0; k < phis; ++k) {
      Instruction* phi = insts[k].get();
      replacements[phi] = phi->operands.empty()
                              ? static_cast<Value*>(function.parent()->undef(phi->type()))
                              : phi->operands[0];
    }
    pred.instructions.pop_back(); // its jmp to block
    for (std::size_t k = phis; k < insts.size(); ++k) pred.append(std::move(insts[k]));
    insts.clear(); // destroys the phis
    into[b] = find(p);
    changed = true;
  }
  if (!changed) return false;
  // Phi entries name the block that now ends with the edge.
  for (unsigned b = 0; b < cfg.size(); ++b) {
    if (find(b) != b) continue;
    for (Instruction* phi : phisOf(*cfg.block(b)))
      for (BasicBlock*& from : phi->targets)
        if (unsigned f = cfg.index(from); f != CFG::npos) from = cfg.block(find(f));
  }
  auto& blocks = function.blocks;
  blocks.erase(std::remove_if(blocks.begin(), blocks.end(),
                              [&](const std::unique_ptr<BasicBlock>& bb) {
                                unsigned b = cfg.index(bb.get());
                                return find(b) != b;
                              }),
               blocks.end());
  function.replaceUses(replacements);
  return true;
}

// B holds only `jmp S`. Every predecessor P of B can jump to S instead when, for each phi of S,
// a P that already reaches S directly receives the same value as through B. When S has phis, B
// is kept if a predecessor has other successors: P -> S would be a critical edge, and B is where
// the phi copies for that edge go (the backend would have to split the edge again).
bool canBypass(const CFG& cfg, unsigned b, unsigned s) {
  std::vector<Instruction*> phis = phisOf(*cfg.block(s));
  if (!phis.empty())
    for (unsigned p : cfg.predecessors(b))
      if (cfg.successors(p).size() > 1) return false;
  for (Instruction* phi : phis) {
    Value* viaB = incomingValue(*phi, cfg.block(b));
    for (unsigned p : cfg.predecessors(b)) {
      Value* direct = incomingValue(*phi, cfg.block(p));
      if (direct && direct != viaB) return false;
    }
  }
  return true;
}

// One sweep over a CFG snapshot; a block whose edges an earlier bypass of this sweep changed
// waits for the next sweep.
bool bypassEmptyBlocks(Function& function) {
  CFG cfg(function);
  std::vector<bool> touched(cfg.size(), false), removed(cfg.size(), false);
  bool changed = false;
  for (unsigned b = 1; b < cfg.size(); ++b) {
    BasicBlock& block = *cfg.block(b);
    if (block.instructions.size() != 1 || block.terminator()->opcode() != Opcode::Jmp) continue;
    unsigned s = cfg.index(block.terminator()->targets[0]);
    const auto& preds = cfg.predecessors(b);
    if (s == b || preds.empty() || touched[b] || touched[s]) continue;
    if (std::any_of(preds.begin(), preds.end(), [&](unsigned p) { return touched[p]; })) continue;
    if (!canBypass(cfg, b, s)) continue;
    BasicBlock& succ = *cfg.block(s);
    for (Instruction* phi : phisOf(succ)) {
      Value* viaB = incomingValue(*phi, &block);
      for (unsigned p : preds)
        if (!incomingValue(*phi, cfg.block(p))) Builder::addIncoming(phi, viaB, cfg.block(p));
    }
    removeIncoming(succ, &block);
    for (unsigned p : preds) {
      replaceTarget(*cfg.block(p)->terminator(), &block, &succ);
      touched[p] = true;
    }
    touched[b] = touched[s] = removed[b] = true;
    changed = true;
  }
  auto& blocks = function.blocks;
  blocks.erase(std::remove_if(blocks.begin(), blocks.end(),
                              [&](const std::unique_ptr<BasicBlock>& bb) {
                                return removed[cfg.index(bb.get())];
                              }),
               blocks.end());
  return changed;
}

} // namespace

bool simplifyCFG(Function& function) {
  if (function.isDeclaration()) return false;
  bool changed = false;
  for (bool again = true; again;) {
    again = foldConstantBranches(function);
    again |= removeUnreachableBlocks(function);
    again |= mergeIntoPredecessors(function);
    again |= bypassEmptyBlocks(function);
    changed |= again;
  }
  return changed;
}

} // namespace minicc::ir
