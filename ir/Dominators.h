// ir/Dominators.h — dominator tree and dominance frontiers of one function.
//
// Provides: DominatorTree (immediate dominators by the Cooper–Harvey–Kennedy iterative
// algorithm, "A Simple, Fast Dominance Algorithm", 2001; O(1) dominance queries; dominator-tree
// children; dominance frontiers and iterated frontiers for phi placement).
// Needs: CFG.h. Only blocks reachable from the entry are in the tree.
#pragma once

#include "ir/CFG.h"

#include <vector>

namespace minicc::ir {

class DominatorTree {
public:
  explicit DominatorTree(const CFG& cfg);

  const CFG& cfg() const { return cfg_; }
  // The immediate dominator of b; CFG::npos for the entry and for unreachable blocks.
  unsigned idom(unsigned b) const { return b == 0 ? CFG::npos : idom_[b]; }
  // Whether every path from the entry to b passes through a (a dominates itself). False when
  // either block is unreachable.
  bool dominates(unsigned a, unsigned b) const;
  // Children in the dominator tree, in block order.
  const std::vector<unsigned>& children(unsigned b) const { return children_[b]; }
  // The blocks where b's dominance ends (sorted by block index).
  const std::vector<unsigned>& frontier(unsigned b) const { return frontier_[b]; }
  // The iterated dominance frontier of a set of blocks (sorted): where SSA construction puts
  // phis for a variable defined in `blocks`.
  std::vector<unsigned> iteratedFrontier(const std::vector<unsigned>& blocks) const;

private:
  void computeImmediateDominators();
  void numberTree();
  void computeFrontiers();

  const CFG& cfg_;
  std::vector<unsigned> idom_;
  std::vector<std::vector<unsigned>> children_;
  std::vector<std::vector<unsigned>> frontier_;
  std::vector<unsigned> preorder_, postorder_; // tree DFS numbers for dominates()
  // Scratch marks for iteratedFrontier (generation stamps, reused across calls).
  mutable std::vector<unsigned> resultStamp_, queuedStamp_;
  mutable unsigned generation_ = 0;
};

} // namespace minicc::ir
