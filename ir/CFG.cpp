// ir/CFG.cpp — see CFG.h.
#include "ir/CFG.h"

#include <algorithm>

namespace minicc::ir {

CFG::CFG(const Function& function) {
  for (auto& bb : function.blocks) {
    indices_.emplace(bb.get(), size());
    blocks_.push_back(bb.get());
  }
  successors_.resize(size());
  predecessors_.resize(size());
  for (unsigned i = 0; i < size(); ++i) {
    for (BasicBlock* target : blocks_[i]->successors()) {
      unsigned t = index(target);
      if (t == npos) continue;
      auto& succs = successors_[i];
      if (std::find(succs.begin(), succs.end(), t) == succs.end()) succs.push_back(t);
    }
    // Visiting blocks in order keeps every predecessor list in block order.
    for (unsigned t : successors_[i]) predecessors_[t].push_back(i);
  }
  computeReversePostOrder();
}

unsigned CFG::index(const BasicBlock* bb) const {
  auto it = indices_.find(bb);
  return it == indices_.end() ? npos : it->second;
}

// Iterative depth-first search (functions can be deep enough to overflow a recursive one).
void CFG::computeReversePostOrder() {
  rpoNumber_.assign(size(), npos);
  if (size() == 0) return;
  std::vector<unsigned> postOrder;
  std::vector<bool> visited(size(), false);
  std::vector<std::pair<unsigned, unsigned>> stack; // block, next successor to visit
  stack.push_back({0, 0});
  visited[0] = true;
  while (!stack.empty()) {
    auto& [b, next] = stack.back();
    if (next < successors_[b].size()) {
      unsigned s = successors_[b][next++];
      if (!visited[s]) {
        visited[s] = true;
        stack.push_back({s, 0});
      }
      continue;
    }
    postOrder.push_back(b);
    stack.pop_back();
  }
  rpo_.assign(postOrder.rbegin(), postOrder.rend());
  for (unsigned n = 0; n < rpo_.size(); ++n) rpoNumber_[rpo_[n]] = n;
}

} // namespace minicc::ir
