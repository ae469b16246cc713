// ir/Dominators.cpp — see Dominators.h.
#include "ir/Dominators.h"

#include <algorithm>

namespace minicc::ir {

DominatorTree::DominatorTree(const CFG& cfg) : cfg_(cfg) {
  computeImmediateDominators();
  numberTree();
  computeFrontiers();
}

// Cooper–Harvey–Kennedy: iterate `idom(b) = intersect of the processed predecessors` in reverse
// post-order until nothing changes; intersect walks two fingers up the current tree, moving the
// one later in reverse post-order.
void DominatorTree::computeImmediateDominators() {
  unsigned n = cfg_.size();
  idom_.assign(n, CFG::npos);
  if (n == 0) return;
  idom_[0] = 0;
  auto intersect = [&](unsigned a, unsigned b) {
    while (a != b) {
      while (cfg_.rpoNumber(a) > cfg_.rpoNumber(b)) a = idom_[a];
      while (cfg_.rpoNumber(b) > cfg_.rpoNumber(a)) b = idom_[b];
    }
    return a;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (unsigned b : cfg_.reversePostOrder()) {
      if (b == 0) continue;
      unsigned newIdom = CFG::npos;
      for (unsigned p : cfg_.predecessors(b)) {
        if (idom_[p] == CFG::npos) continue; // unreachable or not processed yet
        newIdom = newIdom == CFG::npos ? p : intersect(p, newIdom);
      }
      if (newIdom != idom_[b]) {
        idom_[b] = newIdom;
        changed = true;
      }
    }
  }
}

void DominatorTree::numberTree() {
  unsigned n = cfg_.size();
  children_.assign(n, {});
  preorder_.assign(n, CFG::npos);
  postorder_.assign(n, CFG::npos);
  if (n == 0) return;
  for (unsigned b = 1; b < n; ++b)
    if (cfg_.isReachable(b)) children_[idom_[b]].push_back(b);
  unsigned clock = 0;
  std::vector<std::pair<unsigned, unsigned>> stack{{0, 0}}; // block, next child
  preorder_[0] = clock++;
  while (!stack.empty()) {
    auto& [b, next] = stack.back();
    if (next < children_[b].size()) {
      unsigned c = children_[b][next++];
      preorder_[c] = clock++;
      stack.push_back({c, 0});
      continue;
    }
    postorder_[b] = clock++;
    stack.pop_back();
  }
}

bool DominatorTree::dominates(unsigned a, unsigned b) const {
  if (preorder_[a] == CFG::npos || preorder_[b] == CFG::npos) return false;
  return preorder_[a] <= preorder_[b] && postorder_[b] <= postorder_[a];
}

// Cooper–Harvey–Kennedy, figure 5: a join point b is in the frontier of every block on the
// path from each predecessor up to (not including) idom(b).
void DominatorTree::computeFrontiers() {
  unsigned n = cfg_.size();
  frontier_.assign(n, {});
  for (unsigned b = 0; b < n; ++b) {
    if (!cfg_.isReachable(b) || cfg_.predecessors(b).size() < 2) continue;
    for (unsigned p : cfg_.predecessors(b)) {
      if (!cfg_.isReachable(p)) continue;
      for (unsigned runner = p; runner != idom_[b]; runner = idom_[runner]) {
        auto& df = frontier_[runner];
        if (std::find(df.begin(), df.end(), b) != df.end()) break; // already walked from here
        df.push_back(b);
        if (runner == 0) break;
      }
    }
  }
  for (auto& df : frontier_) std::sort(df.begin(), df.end());
}

// Output-sensitive: marks are generation stamps kept between calls, so one call costs the
// blocks it visits rather than the size of the function (mem2reg calls it once per variable).
std::vector<unsigned> DominatorTree::iteratedFrontier(const std::vector<unsigned>& blocks) const {
  if (resultStamp_.size() != cfg_.size()) {
    resultStamp_.assign(cfg_.size(), 0);
    queuedStamp_.assign(cfg_.size(), 0);
    generation_ = 0;
  }
  ++generation_;
  std::vector<unsigned> worklist, result;
  for (unsigned b : blocks)
    if (queuedStamp_[b] != generation_) {
      queuedStamp_[b] = generation_;
      worklist.push_back(b);
    }
  while (!worklist.empty()) {
    unsigned b = worklist.back();
    worklist.pop_back();
    for (unsigned f : frontier_[b]) {
      if (resultStamp_[f] == generation_) continue;
      resultStamp_[f] = generation_;
      result.push_back(f);
      if (queuedStamp_[f] != generation_) {
        queuedStamp_[f] = generation_;
        worklist.push_back(f);
      }
    }
  }
  std::sort(result.begin(), result.end());
  return result;
}

} // namespace minicc::ir
