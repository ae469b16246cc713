// codegen/RegAllocChecker.cpp — register allocation checker (see RegAllocChecker.h).
//
// Provides: checkAllocation. Needs: MachineIR.h.
//
// Liveness is recomputed by classic iterative data flow over sets of values, where a value is
// a virtual register or a physical register used directly (argument, return, division...).
// Walking each block backwards, at every instruction the live-after set is compared against
// the registers the instruction writes. This is deliberately simple and quadratic: it is a
// test oracle, not part of the normal pipeline.
#include "codegen/RegAllocChecker.h"

#include <algorithm>
#include <set>

namespace minicc::codegen {

namespace {

using ValueSet = std::set<RegId>;

bool isTracked(RegId r) {
  return isVirtual(r) || (isPhysical(r) && r != RSP && r != RBP);
}

class Checker {
public:
  Checker(const MachineFunction& mf, const Allocation& allocation)
      : mf_(mf), allocation_(allocation) {}

  std::vector<std::string> run() {
    checkAssignments();
    if (!problems_.empty()) return problems_;
    computeLiveIn();
    for (unsigned b = 0; b < mf_.blocks.size(); ++b) checkBlock(b);
    return problems_;
  }

private:
  RegId registerOf(RegId value) const {
    return isVirtual(value) ? allocation_.assignment[virtualIndex(value)] : value;
  }

  std::string where(unsigned b, const MInstr& instr) const {
    return "in '" + mf_.name + "', " + blockLabel(mf_, b) + ", at '" + formatInstr(mf_, instr) +
           "'";
  }

  std::string name(RegId value) const {
    std::string s = isVirtual(value) ? "%v" + std::to_string(virtualIndex(value)) : "";
    RegId reg = registerOf(value);
    return s + (s.empty() ? "%" : " in %") + physRegName(reg, 8);
  }

  void checkAssignments() {
    for (const MBlock& block : mf_.blocks)
      for (const MInstr& instr : block.instrs)
        forEachRegister(instr, [&](RegId r, bool, bool) {
          if (!isVirtual(r)) return;
          unsigned v = virtualIndex(r);
          RegId reg = v < allocation_.assignment.size() ? allocation_.assignment[v] : NoReg;
          if (reg == NoReg || !isPhysical(reg))
            problems_.push_back("%v" + std::to_string(v) + " has no register in '" + mf_.name +
                                "'");
          else if (physClass(reg) != mf_.vregClass[v] || reg == RSP || reg == RBP)
            problems_.push_back("%v" + std::to_string(v) + " got the unusable register %" +
                                physRegName(reg, 8));
        });
  }

  // live-in(b) = uses(b) ∪ (live-out(b) − defs(b)), live-out(b) = ∪ live-in(successors).
  void computeLiveIn() {
    liveIn_.assign(mf_.blocks.size(), {});
    for (bool changed = true; changed;) {
      changed = false;
      for (unsigned b = static_cast<unsigned>(mf_.blocks.size()); b-- > 0;) {
        ValueSet live = liveOut(b);
        const std::vector<MInstr>& instrs = mf_.blocks[b].instrs;
        for (std::size_t i = instrs.size(); i-- > 0;) step(instrs[i], live);
        if (live != liveIn_[b]) {
          liveIn_[b] = std::move(live);
          changed = true;
        }
      }
    }
  }

  // Live at the end of the block: what the final jumps' targets need (a Jcc earlier in the
  // block adds its target's live-in where it stands, in step()).
  ValueSet liveOut(unsigned b) const {
    ValueSet out;
    auto add = [&](unsigned s) { out.insert(liveIn_[s].begin(), liveIn_[s].end()); };
    for (const MInstr& instr : mf_.blocks[b].instrs) {
      if (instr.op == MOpcode::Jmp) add(instr.ops[0].block);
      if (instr.op == MOpcode::JmpIndirect)
        for (unsigned t : mf_.jumpTables[instr.jumpTable].targets) add(t);
    }
    return out;
  }

  // Live before `instr` from live after it; a conditional jump also keeps its target's live-in.
  void step(const MInstr& instr, ValueSet& live) const {
    forEachRegister(instr, [&](RegId r, bool, bool isDef) {
      if (isDef && isTracked(r)) live.erase(r);
    });
    forEachRegister(instr, [&](RegId r, bool isUse, bool) {
      if (isUse && isTracked(r)) live.insert(r);
    });
    if (instr.op == MOpcode::Jcc) {
      const ValueSet& target = liveIn_[instr.ops[0].block];
      live.insert(target.begin(), target.end());
    }
  }

  void checkBlock(unsigned b) {
    ValueSet live = liveOut(b);
    const std::vector<MInstr>& instrs = mf_.blocks[b].instrs;
    for (std::size_t i = instrs.size(); i-- > 0;) {
      const MInstr& instr = instrs[i];
      checkDefinitions(b, instr, live);
      if (instr.isCall()) checkCall(b, instr, live);
      step(instr, live);
    }
  }

  void checkDefinitions(unsigned b, const MInstr& instr, const ValueSet& liveAfter) {
    std::vector<RegId> defs;
    forEachRegister(instr, [&](RegId r, bool, bool isDef) {
      if (isDef && isTracked(r)) defs.push_back(r);
    });
    for (RegId def : defs) {
      for (RegId other : liveAfter) {
        if (other == def || std::find(defs.begin(), defs.end(), other) != defs.end()) continue;
        if (registerOf(other) != registerOf(def)) continue;
        // A copy may leave its source live in the destination's register: same value.
        if (instr.op == MOpcode::Copy && instr.ops[0].reg == other) continue;
        problems_.push_back("writing " + name(def) + " destroys live " + name(other) + " " +
                            where(b, instr));
      }
    }
  }

  void checkCall(unsigned b, const MInstr& instr, const ValueSet& liveAfter) {
    for (RegId value : liveAfter) {
      bool isDefinedByCall = std::find(instr.implicitDefs.begin(), instr.implicitDefs.end(),
                                       value) != instr.implicitDefs.end();
      if (!isDefinedByCall && isCallerSaved(registerOf(value)))
        problems_.push_back("live across a call in caller-saved " + name(value) + " " +
                            where(b, instr));
    }
  }

  const MachineFunction& mf_;
  const Allocation& allocation_;
  std::vector<ValueSet> liveIn_;
  std::vector<std::string> problems_;
};

} // namespace

std::vector<std::string> checkAllocation(const MachineFunction& mf, const Allocation& allocation) {
  return Checker(mf, allocation).run();
}

} // namespace minicc::codegen
