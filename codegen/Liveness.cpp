// codegen/Liveness.cpp — live intervals (see Liveness.h).
//
// Provides: computeLiveness. Needs: MachineIR.h (CFG, loop depths).
//
// Virtual registers: one backward walk per register from its upward-exposed uses through the
// predecessors until its definitions (the "path exploration" method), which costs the size of
// the live range rather than blocks x registers. Physical registers live only inside a block
// (isel guarantees it), so one backward scan per block finds their ranges.
#include "codegen/Liveness.h"

#include <algorithm>
#include <cmath>

namespace minicc::codegen {

namespace {

constexpr std::uint32_t None = UINT32_MAX;

bool isTracked(RegId r) { return isPhysical(r) && r != RSP && r != RBP; }

struct Walker {
  const MachineFunction& mf;
  LivenessInfo& info;
  std::vector<std::vector<unsigned>> upwardExposedIn; // per vreg: blocks
  std::vector<std::vector<unsigned>> definedIn;       // per vreg: blocks

  void extend(unsigned v, std::uint32_t pos) {
    LiveInterval& iv = info.intervals[v];
    iv.start = std::min(iv.start, pos);
    iv.end = std::max(iv.end, pos);
  }

  void numberAndCollect() {
    unsigned n = mf.numVregs();
    upwardExposedIn.assign(n, {});
    definedIn.assign(n, {});
    std::vector<unsigned> defStamp(n, None), useStamp(n, None);
    std::uint32_t k = 0;
    for (unsigned b = 0; b < mf.blocks.size(); ++b) {
      const MBlock& block = mf.blocks[b];
      float weight = std::pow(10.0f, static_cast<float>(std::min(block.loopDepth, 6u)));
      info.blockStart[b] = 2 * k;
      for (const MInstr& instr : block.instrs) {
        forEachRegister(instr, [&](RegId r, bool isUse, bool) {
          if (!isVirtual(r) || !isUse) return;
          unsigned v = virtualIndex(r);
          extend(v, 2 * k);
          info.intervals[v].spillWeight += weight;
          if (defStamp[v] != b && useStamp[v] != b) {
            useStamp[v] = b;
            upwardExposedIn[v].push_back(b);
          }
        });
        forEachRegister(instr, [&](RegId r, bool, bool isDef) {
          if (!isVirtual(r) || !isDef) return;
          unsigned v = virtualIndex(r);
          extend(v, 2 * k + 1);
          info.intervals[v].spillWeight += weight;
          if (defStamp[v] != b) {
            defStamp[v] = b;
            definedIn[v].push_back(b);
          }
        });
        if (instr.op == MOpcode::Copy) addCopyHints(instr.ops[0].reg, instr.ops[1].reg);
        ++k;
      }
      info.blockEnd[b] = 2 * k - 1;
    }
  }

  void addCopyHints(RegId src, RegId dst) {
    if (isVirtual(dst)) info.intervals[virtualIndex(dst)].hints.push_back(src);
    if (isVirtual(src)) info.intervals[virtualIndex(src)].hints.push_back(dst);
  }

  // Marks v live into every block on a path from its upward-exposed uses back to a definition.
  void propagate() {
    std::vector<unsigned> liveInStamp(mf.blocks.size(), None);
    std::vector<unsigned> defStamp(mf.blocks.size(), None);
    std::vector<unsigned> work;
    for (unsigned v = 0; v < mf.numVregs(); ++v) {
      if (upwardExposedIn[v].empty()) continue;
      for (unsigned b : definedIn[v]) defStamp[b] = v;
      work = upwardExposedIn[v];
      for (unsigned b : work) liveInStamp[b] = v;
      while (!work.empty()) {
        unsigned b = work.back();
        work.pop_back();
        extend(v, info.blockStart[b]);
        for (unsigned p : mf.blocks[b].preds) {
          extend(v, info.blockEnd[p]);
          if (defStamp[p] == v || liveInStamp[p] == v) continue;
          liveInStamp[p] = v;
          work.push_back(p);
        }
      }
    }
  }

  void addFixed(RegId r, std::uint32_t start, std::uint32_t end) {
    info.fixed[r].push_back({start, end});
  }

  void scanPhysicalRegisters() {
    std::uint32_t k = 0;
    for (unsigned b = 0; b < mf.blocks.size(); ++b) k += static_cast<std::uint32_t>(mf.blocks[b].instrs.size());
    for (unsigned b = static_cast<unsigned>(mf.blocks.size()); b-- > 0;) {
      std::vector<std::uint32_t> lastUse(NumPhysRegs, None);
      const std::vector<MInstr>& instrs = mf.blocks[b].instrs;
      for (std::size_t i = instrs.size(); i-- > 0;) {
        --k;
        forEachRegister(instrs[i], [&](RegId r, bool, bool isDef) {
          if (!isTracked(r) || !isDef) return;
          addFixed(r, 2 * k + 1, lastUse[r] == None ? 2 * k + 1 : lastUse[r]);
          lastUse[r] = None;
        });
        forEachRegister(instrs[i], [&](RegId r, bool isUse, bool) {
          if (isTracked(r) && isUse && lastUse[r] == None) lastUse[r] = 2 * k;
        });
      }
      for (RegId r = 0; r < NumPhysRegs; ++r)
        if (lastUse[r] != None) addFixed(r, info.blockStart[b], lastUse[r]);
    }
  }
};

// Sorts and merges each register's ranges so that they are disjoint and ordered.
void normalize(std::vector<FixedRange>& ranges) {
  std::sort(ranges.begin(), ranges.end(),
            [](const FixedRange& a, const FixedRange& b) { return a.start < b.start; });
  std::vector<FixedRange> merged;
  for (const FixedRange& r : ranges) {
    if (!merged.empty() && r.start <= merged.back().end + 1)
      merged.back().end = std::max(merged.back().end, r.end);
    else merged.push_back(r);
  }
  ranges = std::move(merged);
}

} // namespace

bool LivenessInfo::conflictsWithFixed(RegId reg, std::uint32_t start, std::uint32_t end) const {
  const std::vector<FixedRange>& ranges = fixed[reg];
  auto it = std::lower_bound(ranges.begin(), ranges.end(), start,
                             [](const FixedRange& r, std::uint32_t pos) { return r.end < pos; });
  return it != ranges.end() && it->start <= end;
}

LivenessInfo computeLiveness(const MachineFunction& mf) {
  LivenessInfo info;
  info.blockStart.resize(mf.blocks.size());
  info.blockEnd.resize(mf.blocks.size());
  info.intervals.resize(mf.numVregs());
  info.fixed.resize(NumPhysRegs);
  for (unsigned v = 0; v < mf.numVregs(); ++v) info.intervals[v].spillable = !mf.vregUnspillable[v];
  Walker walker{mf, info, {}, {}};
  walker.numberAndCollect();
  walker.propagate();
  walker.scanPhysicalRegisters();
  for (auto& ranges : info.fixed) normalize(ranges);
  return info;
}

} // namespace minicc::codegen
