// codegen/Liveness.cpp — live intervals (see Liveness.h).
//
// Provides: computeLiveness. Needs: MachineIR.h (CFG, loop depths).
//
// Virtual registers: first, one backward walk per register from its upward-exposed uses
// through the predecessors until its definitions (the "path exploration" method) finds the
// blocks it is live out of; it costs the size of the live range, not blocks x registers.
// Then one backward scan per block turns live-out sets, uses and definitions into ranges.
// Physical registers live only inside a block (isel guarantees it) and get the same scan.
#include "codegen/Liveness.h"

#include <algorithm>
#include <cmath>

namespace minicc::codegen {

namespace {

constexpr std::uint32_t None = UINT32_MAX;

bool isTracked(RegId r) {
  return isPhysical(r) && r != RSP && r != RBP;
}

// Sorts ranges and merges overlapping or adjacent ones.
void normalize(std::vector<LiveRange>& ranges) {
  std::sort(ranges.begin(), ranges.end(),
            [](const LiveRange& a, const LiveRange& b) { return a.start < b.start; });
  std::vector<LiveRange> merged;
  for (const LiveRange& r : ranges) {
    if (!merged.empty() && r.start <= merged.back().end + 1)
      merged.back().end = std::max(merged.back().end, r.end);
    else
      merged.push_back(r);
  }
  ranges = std::move(merged);
}

class LivenessBuilder {
public:
  LivenessBuilder(const MachineFunction& mf, LivenessInfo& info) : mf_(mf), info_(info) {}

  void run() {
    collectUsesAndDefinitions();
    findLiveOutBlocks();
    buildRanges();
    for (LiveInterval& iv : info_.intervals) normalize(iv.ranges);
    for (auto& ranges : info_.fixed) normalize(ranges);
  }

private:
  // Numbers the instructions, records upward-exposed uses and defining blocks, weights, hints.
  void collectUsesAndDefinitions() {
    unsigned n = mf_.numVregs();
    upwardExposedIn_.assign(n, {});
    definedIn_.assign(n, {});
    std::vector<unsigned> defStamp(n, None), useStamp(n, None);
    std::uint32_t k = 0;
    for (unsigned b = 0; b < mf_.blocks.size(); ++b) {
      const MBlock& block = mf_.blocks[b];
      float weight = std::pow(10.0f, static_cast<float>(std::min(block.loopDepth, 6u)));
      info_.blockStart[b] = 2 * k;
      for (const MInstr& instr : block.instrs) {
        forEachRegister(instr, [&](RegId r, bool isUse, bool isDef) {
          if (!isVirtual(r)) return;
          unsigned v = virtualIndex(r);
          info_.intervals[v].spillWeight += weight;
          if (isUse && defStamp[v] != b && useStamp[v] != b) {
            useStamp[v] = b;
            upwardExposedIn_[v].push_back(b);
          }
        });
        forEachRegister(instr, [&](RegId r, bool, bool isDef) {
          if (!isVirtual(r) || !isDef) return;
          unsigned v = virtualIndex(r);
          if (defStamp[v] != b) {
            defStamp[v] = b;
            definedIn_[v].push_back(b);
          }
        });
        if (instr.op == MOpcode::Copy) addCopyHints(instr.ops[0].reg, instr.ops[1].reg);
        ++k;
      }
      info_.blockEnd[b] = 2 * k - 1;
    }
  }

  void addCopyHints(RegId src, RegId dst) {
    if (isVirtual(dst)) info_.intervals[virtualIndex(dst)].hints.push_back(src);
    if (isVirtual(src)) info_.intervals[virtualIndex(src)].hints.push_back(dst);
  }

  // A register is live out of every predecessor of a block it is live into, and live into a
  // block where it is used before any definition or that it passes through.
  void findLiveOutBlocks() {
    liveOut_.assign(mf_.blocks.size(), {});
    std::vector<unsigned> liveInStamp(mf_.blocks.size(), None);
    std::vector<unsigned> liveOutStamp(mf_.blocks.size(), None);
    std::vector<unsigned> defStamp(mf_.blocks.size(), None);
    std::vector<unsigned> work;
    for (unsigned v = 0; v < mf_.numVregs(); ++v) {
      if (upwardExposedIn_[v].empty()) continue;
      for (unsigned b : definedIn_[v]) defStamp[b] = v;
      work = upwardExposedIn_[v];
      for (unsigned b : work) liveInStamp[b] = v;
      while (!work.empty()) {
        unsigned b = work.back();
        work.pop_back();
        for (unsigned p : mf_.blocks[b].preds) {
          if (liveOutStamp[p] != v) {
            liveOutStamp[p] = v;
            liveOut_[p].push_back(v);
          }
          if (defStamp[p] == v || liveInStamp[p] == v) continue;
          liveInStamp[p] = v;
          work.push_back(p);
        }
      }
    }
  }

  // Backward over each block: a range opens at a block end (live out) or at the last use, and
  // closes at a definition or at the block start (live in).
  void buildRanges() {
    std::vector<std::uint32_t> open(mf_.numVregs(), None);
    std::vector<unsigned> opened;
    std::uint32_t k = 0;
    for (const MBlock& block : mf_.blocks) k += static_cast<std::uint32_t>(block.instrs.size());
    for (unsigned b = static_cast<unsigned>(mf_.blocks.size()); b-- > 0;) {
      std::vector<std::uint32_t> physOpen(NumPhysRegs, None);
      opened.clear();
      for (unsigned v : liveOut_[b]) {
        open[v] = info_.blockEnd[b];
        opened.push_back(v);
      }
      const std::vector<MInstr>& instrs = mf_.blocks[b].instrs;
      for (std::size_t i = instrs.size(); i-- > 0;) {
        --k;
        forEachRegister(instrs[i], [&](RegId r, bool, bool isDef) {
          if (!isDef) return;
          if (isVirtual(r))
            close(open[virtualIndex(r)], info_.intervals[virtualIndex(r)].ranges, 2 * k + 1);
          else if (isTracked(r))
            close(physOpen[r], info_.fixed[r], 2 * k + 1);
        });
        forEachRegister(instrs[i], [&](RegId r, bool isUse, bool) {
          if (!isUse) return;
          if (isVirtual(r) && open[virtualIndex(r)] == None) {
            open[virtualIndex(r)] = 2 * k;
            opened.push_back(virtualIndex(r));
          } else if (isTracked(r) && physOpen[r] == None) {
            physOpen[r] = 2 * k;
          }
        });
      }
      for (unsigned v : opened)
        if (open[v] != None) close(open[v], info_.intervals[v].ranges, info_.blockStart[b]);
      for (RegId r = 0; r < NumPhysRegs; ++r)
        if (physOpen[r] != None) close(physOpen[r], info_.fixed[r], info_.blockStart[b]);
    }
  }

  // Ends the open range at `from` (a definition or the block start); a definition nobody
  // reads still occupies its register at the write.
  static void close(std::uint32_t& openEnd, std::vector<LiveRange>& ranges, std::uint32_t from) {
    ranges.push_back({from, openEnd == None ? from : openEnd});
    openEnd = None;
  }

  const MachineFunction& mf_;
  LivenessInfo& info_;
  std::vector<std::vector<unsigned>> upwardExposedIn_; // per vreg: blocks
  std::vector<std::vector<unsigned>> definedIn_;       // per vreg: blocks
  std::vector<std::vector<unsigned>> liveOut_;         // per block: vregs
};

} // namespace

std::uint32_t LiveInterval::size() const {
  std::uint32_t n = 0;
  for (const LiveRange& r : ranges) n += r.end - r.start + 1;
  return n;
}

bool overlapsRange(const std::vector<LiveRange>& ranges, std::uint32_t start, std::uint32_t end) {
  auto it = std::lower_bound(ranges.begin(), ranges.end(), start,
                             [](const LiveRange& r, std::uint32_t pos) { return r.end < pos; });
  return it != ranges.end() && it->start <= end;
}

bool LiveInterval::overlaps(const LiveInterval& other) const {
  auto a = ranges.begin(), b = other.ranges.begin();
  while (a != ranges.end() && b != other.ranges.end()) {
    if (a->end < b->start)
      ++a;
    else if (b->end < a->start)
      ++b;
    else
      return true;
  }
  return false;
}

bool LivenessInfo::conflictsWithFixed(RegId reg, const LiveInterval& interval) const {
  const std::vector<LiveRange>& fixedRanges = fixed[reg];
  if (fixedRanges.empty()) return false;
  for (const LiveRange& r : interval.ranges)
    if (overlapsRange(fixedRanges, r.start, r.end)) return true;
  return false;
}

LivenessInfo computeLiveness(const MachineFunction& mf) {
  LivenessInfo info;
  info.blockStart.resize(mf.blocks.size());
  info.blockEnd.resize(mf.blocks.size());
  info.intervals.resize(mf.numVregs());
  info.fixed.resize(NumPhysRegs);
  for (unsigned v = 0; v < mf.numVregs(); ++v) info.intervals[v].spillable = !mf.vregUnspillable[v];
  LivenessBuilder(mf, info).run();
  return info;
}

} // namespace minicc::codegen
