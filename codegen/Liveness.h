// codegen/Liveness.h — live intervals of virtual registers and fixed ranges of physical ones.
//
// Provides: computeLiveness. Needs: MachineIR.h with the CFG computed (computeCFG).
// Requires: blocks in layout order. Provides to the register allocator: per virtual register
// one interval [start, end] over instruction positions, its spill weight and copy hints; per
// physical register the sorted, disjoint ranges where it holds a value or is clobbered.
//
// Positions: instruction k (counting through the blocks in layout order) reads its operands at
// 2k and writes its results at 2k+1, so a value whose last use is instruction k and a value
// defined by k may share a register, while a value live across a call overlaps the call's
// clobbers at 2k+1. An interval is one range from the first definition or live-in point to
// the last use or live-out point (no holes): conservative, and cheap to intersect.
#pragma once

#include "codegen/MachineIR.h"

#include <cstdint>
#include <vector>

namespace minicc::codegen {

struct LiveInterval {
  std::uint32_t start = UINT32_MAX; // start > end: the register does not occur
  std::uint32_t end = 0;
  float spillWeight = 0;       // occurrences weighted by 10^loop depth
  bool spillable = true;       // false for spill reload/store temporaries
  std::vector<RegId> hints;    // registers it is copied from or to, in program order
  bool isEmpty() const { return start > end; }
};

struct FixedRange {
  std::uint32_t start;
  std::uint32_t end;
};

struct LivenessInfo {
  std::vector<std::uint32_t> blockStart; // position of the block's first read
  std::vector<std::uint32_t> blockEnd;   // position of the block's last write
  std::vector<LiveInterval> intervals;   // indexed by virtualIndex
  std::vector<std::vector<FixedRange>> fixed; // indexed by physical register
  // True when some fixed range of `reg` overlaps [start, end].
  bool conflictsWithFixed(RegId reg, std::uint32_t start, std::uint32_t end) const;
};

LivenessInfo computeLiveness(const MachineFunction& mf);

} // namespace minicc::codegen
