// codegen/RegAlloc.cpp — linear scan register allocation (see RegAlloc.h, docs/regalloc.md).
//
// Provides: allocateRegisters, assignPhysicalRegisters. Needs: Liveness.h, Spill.h.
//
// Intervals (with lifetime holes) are visited by increasing start. A register is free for an
// interval when no interval already assigned to it overlaps (one may sit in another's hole)
// and none of its fixed ranges (argument/return registers, division, shift counts, call
// clobbers) does. No interval is split: each virtual register gets one register or a slot. Calls
// clobber every caller-saved register, so an interval that crosses a call can only get a
// callee-saved register; the rest prefer caller-saved registers, which cost no save/restore. Copy
// hints are tried first, which coalesces argument/return moves and two-address copies. When nothing
// is free, the cheapest of the current interval and the active ones it could displace (spill weight
// per position) is spilled; spilled registers are rewritten with loads/stores around each
// occurrence and the whole allocation runs again on the new code (the temporaries cannot be
// spilled).
#include "codegen/RegAlloc.h"

#include "codegen/Liveness.h"
#include "codegen/Spill.h"
#include "ir/Diagnostics.h"

#include <algorithm>
#include <array>

namespace minicc::codegen {

namespace {

const RegId CallerSavedGPRs[] = {RAX, RCX, RDX, RSI, RDI, R8, R9, R10, R11};
const RegId CalleeSavedGPRs[] = {RBX, R12, R13, R14, R15};
constexpr std::size_t MaxHintSearch = 16; // copy-related registers examined per interval

class LinearScan {
public:
  LinearScan(const MachineFunction& mf, const LivenessInfo& live) : mf_(mf), live_(live) {
    assignment_.assign(mf.numVregs(), NoReg);
  }

  void run() {
    std::vector<unsigned> order;
    for (unsigned v = 0; v < mf_.numVregs(); ++v)
      if (!live_.intervals[v].isEmpty()) order.push_back(v);
    std::stable_sort(order.begin(), order.end(), [&](unsigned a, unsigned b) {
      return live_.intervals[a].start() < live_.intervals[b].start();
    });
    for (unsigned v : order) {
      retireBefore(live_.intervals[v].start());
      allocate(v);
    }
  }

  std::vector<RegId>& assignment() { return assignment_; }
  std::vector<unsigned>& spilled() { return spilled_; }

private:
  const LiveInterval& interval(unsigned v) const { return live_.intervals[v]; }

  // Intervals that end before `position` can no longer meet the current or any later one.
  void retireBefore(std::uint32_t position) {
    for (std::vector<unsigned>& holders : holders_)
      std::erase_if(holders, [&](unsigned v) { return interval(v).end() < position; });
  }

  // The intervals already on `reg` that overlap v's (an interval may sit in another's hole).
  std::vector<unsigned> conflictsOn(RegId reg, unsigned v) const {
    std::vector<unsigned> conflicts;
    for (unsigned other : holders_[reg])
      if (interval(other).overlaps(interval(v))) conflicts.push_back(other);
    return conflicts;
  }

  bool isFree(RegId reg, unsigned v) const {
    if (live_.conflictsWithFixed(reg, interval(v))) return false;
    for (unsigned other : holders_[reg])
      if (interval(other).overlaps(interval(v))) return false;
    return true;
  }

  // The register of a copy-related value: the hint's register if it has one, else (for a
  // virtual register not allocated yet) what it is copied to or from in turn, so that a chain
  // v -> w -> %rdi can put v in %rdi and make both copies disappear.
  RegId hintedRegister(unsigned v) const {
    std::vector<RegId> candidates;
    std::vector<RegId> work(interval(v).hints.begin(), interval(v).hints.end());
    std::vector<RegId> seen{virtualReg(v)};
    for (std::size_t i = 0; i < work.size() && i < MaxHintSearch; ++i) {
      RegId hint = work[i];
      if (std::find(seen.begin(), seen.end(), hint) != seen.end()) continue;
      seen.push_back(hint);
      RegId reg = isVirtual(hint) ? assignment_[virtualIndex(hint)] : hint;
      if (reg != NoReg) {
        candidates.push_back(reg);
        continue;
      }
      const std::vector<RegId>& next = interval(virtualIndex(hint)).hints;
      work.insert(work.end(), next.begin(), next.end());
    }
    for (RegId reg : candidates) {
      if (reg == RSP || reg == RBP) continue;
      if (physClass(reg) == mf_.vregClass[v] && isFree(reg, v)) return reg;
    }
    return NoReg;
  }

  RegId freeRegister(unsigned v) const {
    if (mf_.vregClass[v] == RegClass::XMM) {
      for (RegId r = XMM0; r <= XMM15; ++r)
        if (isFree(r, v)) return r;
      return NoReg;
    }
    for (RegId r : CallerSavedGPRs)
      if (isFree(r, v)) return r;
    // Callee-saved registers cost a push and a pop: reuse one already paid for first.
    for (RegId r : CalleeSavedGPRs)
      if (usedCalleeSaved_[r] && isFree(r, v)) return r;
    for (RegId r : CalleeSavedGPRs)
      if (isFree(r, v)) return r;
    return NoReg;
  }

  // Spilling costs a load or store per occurrence and frees the register for the interval's
  // length: cheap to spill are long intervals with few (or cold) occurrences.
  float spillCost(unsigned v) const {
    return interval(v).spillWeight / static_cast<float>(interval(v).size());
  }

  void assign(unsigned v, RegId reg) {
    assignment_[v] = reg;
    holders_[reg].push_back(v);
    if (isCalleeSaved(reg)) usedCalleeSaved_[reg] = true;
  }

  void allocate(unsigned v) {
    RegId reg = hintedRegister(v);
    if (reg == NoReg) reg = freeRegister(v);
    if (reg != NoReg) return assign(v, reg);
    // Nothing free: the register whose overlapping intervals are cheapest to spill, if they
    // cost more than spilling v itself.
    RegId best = NoReg;
    float bestCost = 0;
    for (RegId r = 0; r < NumPhysRegs; ++r) {
      if (r == RSP || r == RBP || physClass(r) != mf_.vregClass[v]) continue;
      if (live_.conflictsWithFixed(r, interval(v))) continue;
      float cost = 0;
      bool possible = true;
      for (unsigned other : conflictsOn(r, v)) {
        possible &= interval(other).spillable;
        cost += spillCost(other);
      }
      if (possible && (best == NoReg || cost < bestCost)) {
        best = r;
        bestCost = cost;
      }
    }
    if (interval(v).spillable && (best == NoReg || spillCost(v) <= bestCost)) {
      spilled_.push_back(v);
      return;
    }
    if (best == NoReg)
      internalError("register allocation failed in '" + mf_.name + "': no register for %v" +
                    std::to_string(v));
    for (unsigned victim : conflictsOn(best, v)) {
      std::erase(holders_[best], victim);
      assignment_[victim] = NoReg;
      spilled_.push_back(victim);
    }
    assign(v, best);
  }

  const MachineFunction& mf_;
  const LivenessInfo& live_;
  std::vector<RegId> assignment_;
  std::vector<unsigned> spilled_;
  std::array<std::vector<unsigned>, NumPhysRegs> holders_; // intervals assigned, not retired
  std::array<bool, NumPhysRegs> usedCalleeSaved_{};
};

} // namespace

Allocation allocateRegisters(MachineFunction& mf) {
  constexpr unsigned MaxRounds = 32;
  Allocation result;
  for (;;) {
    ++result.rounds;
    computeLoopDepths(mf);
    LivenessInfo live = computeLiveness(mf);
    LinearScan scan(mf, live);
    scan.run();
    if (scan.spilled().empty()) {
      result.assignment = std::move(scan.assignment());
      break;
    }
    if (result.rounds == MaxRounds)
      internalError("register allocation did not converge in '" + mf.name + "'");
    result.spilledRegisters += static_cast<unsigned>(scan.spilled().size());
    std::sort(scan.spilled().begin(), scan.spilled().end());
    insertSpillCode(mf, scan.spilled());
  }
  return result;
}

void assignPhysicalRegisters(MachineFunction& mf, const Allocation& allocation) {
  std::array<bool, NumPhysRegs> written{};
  for (MBlock& block : mf.blocks) {
    for (MInstr& instr : block.instrs) {
      forEachRegister(instr, [&](RegId& r, bool, bool isDef) {
        if (isVirtual(r)) {
          RegId phys = allocation.assignment[virtualIndex(r)];
          if (phys == NoReg)
            internalError("virtual register left unallocated in '" + mf.name + "'");
          r = phys;
        }
        if (isDef) written[r] = true;
      });
    }
    std::erase_if(block.instrs, [](const MInstr& instr) {
      return instr.op == MOpcode::Copy && instr.ops[0].reg == instr.ops[1].reg;
    });
  }
  mf.savedRegs.clear();
  for (RegId r : CalleeSavedGPRs)
    if (written[r]) mf.savedRegs.push_back(r);
  mf.isAllocated = true;
}

} // namespace minicc::codegen
