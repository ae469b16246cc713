// ir/CFG.h — the control-flow graph of one function, as block indices.
//
// Provides: CFG (block numbering, distinct successors and predecessors, reachability, reverse
// post-order). Needs: IR.h. A CFG is a snapshot: passes that change edges build a new one.
// Block i is function.blocks[i]; targets that are not blocks of the function (IR the verifier
// rejects) are ignored, so the CFG can be built for any function.
#pragma once

#include "ir/IR.h"

#include <limits>
#include <unordered_map>
#include <vector>

namespace minicc::ir {

class CFG {
public:
  static constexpr unsigned npos = std::numeric_limits<unsigned>::max();

  explicit CFG(const Function& function);

  unsigned size() const { return static_cast<unsigned>(blocks_.size()); }
  BasicBlock* block(unsigned i) const { return blocks_[i]; }
  // The index of bb, or npos when bb is not a block of the function.
  unsigned index(const BasicBlock* bb) const;
  // Distinct successors in terminator order; distinct predecessors in block order.
  const std::vector<unsigned>& successors(unsigned i) const { return successors_[i]; }
  const std::vector<unsigned>& predecessors(unsigned i) const { return predecessors_[i]; }
  bool isReachable(unsigned i) const { return rpoNumber_[i] != npos; }
  // Reachable blocks, entry first, each before its successors except along back edges.
  const std::vector<unsigned>& reversePostOrder() const { return rpo_; }
  // Position in reversePostOrder(), npos for unreachable blocks.
  unsigned rpoNumber(unsigned i) const { return rpoNumber_[i]; }

private:
  void computeReversePostOrder();

  std::vector<BasicBlock*> blocks_;
  std::unordered_map<const BasicBlock*, unsigned> indices_;
  std::vector<std::vector<unsigned>> successors_;
  std::vector<std::vector<unsigned>> predecessors_;
  std::vector<unsigned> rpo_;
  std::vector<unsigned> rpoNumber_;
};

} // namespace minicc::ir
