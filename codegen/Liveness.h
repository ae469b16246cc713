// codegen/Liveness.h — live intervals of virtual registers and fixed ranges of physical ones.
//
// Provides: computeLiveness. Needs: MachineIR.h with the CFG computed (computeCFG).
// Requires: blocks in layout order. Provides to the register allocator: per virtual register
// its live interval (sorted, disjoint ranges over instruction positions, so it has "lifetime
// holes" where the value is dead), its spill weight and copy hints; per physical register the
// sorted, disjoint ranges where it holds a value or is clobbered.
//
// Positions: instruction k (counting through the blocks in layout order) reads its operands at
// 2k and writes its results at 2k+1, so a value whose last use is instruction k and a value
// defined by k may share a register, while a value live across a call overlaps the call's
// clobbers at 2k+1.
#pragma once

#include "codegen/MachineIR.h"

#include <cstdint>
#include <vector>

namespace minicc::codegen {

struct LiveRange {
  std::uint32_t start; // inclusive
  std::uint32_t end;   // inclusive
};
using FixedRange = LiveRange;

struct LiveInterval {
  std::vector<LiveRange> ranges; // sorted, disjoint, not adjacent
  float spillWeight = 0;         // occurrences weighted by 10^loop depth
  bool spillable = true;         // false for spill reload/store temporaries
  std::vector<RegId> hints;      // registers it is copied from or to, in program order
  bool isEmpty() const { return ranges.empty(); }
  std::uint32_t start() const { return ranges.front().start; }
  std::uint32_t end() const { return ranges.back().end; }
  std::uint32_t size() const; // positions covered
  bool overlaps(const LiveInterval& other) const;
};

// True when some range of `ranges` (sorted, disjoint) overlaps [start, end].
bool overlapsRange(const std::vector<LiveRange>& ranges, std::uint32_t start, std::uint32_t end);

struct LivenessInfo {
  std::vector<std::uint32_t> blockStart;      // position of the block's first read
  std::vector<std::uint32_t> blockEnd;        // position of the block's last write
  std::vector<LiveInterval> intervals;        // indexed by virtualIndex
  std::vector<std::vector<FixedRange>> fixed; // indexed by physical register
  // True when a fixed range of `reg` overlaps the interval.
  bool conflictsWithFixed(RegId reg, const LiveInterval& interval) const;
};

LivenessInfo computeLiveness(const MachineFunction& mf);

} // namespace minicc::codegen
