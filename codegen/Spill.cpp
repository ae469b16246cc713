// codegen/Spill.cpp — spill-everywhere rewriting (see Spill.h).
//
// Provides: insertSpillCode. Needs: MachineIR.h.
//
// A spill slot holds the whole register (8 bytes; for an xmm register its low 8 bytes, which
// is all a scalar float or a pair of packed floats uses), so any narrower read of the slot
// sees the same low bytes the register had. Writes are folded into the slot only by 8-byte moves: a
// 32-bit register write clears the upper half, which a 4-byte store would not reproduce.
#include "codegen/Spill.h"

#include "ir/Diagnostics.h"

#include <algorithm>
#include <optional>

namespace minicc::codegen {

namespace {

// Operand positions that accept a memory operand instead of a register that is only read.
bool acceptsMemoryUse(const MInstr& instr, std::size_t index) {
  switch (instr.op) {
  case MOpcode::Add:
  case MOpcode::Sub:
  case MOpcode::And:
  case MOpcode::Or:
  case MOpcode::Xor:
  case MOpcode::Imul:
  case MOpcode::Cmov:
  case MOpcode::Bsf:
  case MOpcode::Bsr:
  case MOpcode::Movsx:
  case MOpcode::Idiv:
  case MOpcode::Div: return index == 0;
  case MOpcode::Movzx: return index == 0 && instr.srcSize != 4;
  case MOpcode::Imul3: return index == 1;
  case MOpcode::FAdd:
  case MOpcode::FSub:
  case MOpcode::FMul:
  case MOpcode::FDiv:
  case MOpcode::Ucomi:
  case MOpcode::CvtIntToFp:
  case MOpcode::CvtFpToInt:
  case MOpcode::CvtFpToFp:
  case MOpcode::MovToXmm: return index == 0;
  case MOpcode::Cmp:
  case MOpcode::Test: return true;
  case MOpcode::Mov: return index == 0 && instr.ops[1].isReg();
  case MOpcode::Copy: return index == 0 && instr.ops[1].isReg();
  default: return false;
  }
}

// A register that is only written may be replaced by the slot in an 8-byte move from a register or
// an immediate; x86 has no 64-bit immediate store (`movabs` only loads a register).
bool acceptsMemoryDef(const MInstr& instr, std::size_t index) {
  const MOperand& source = instr.ops[0];
  bool isWideImmediate = source.isImm() && (source.imm < INT32_MIN || source.imm > INT32_MAX);
  return (instr.op == MOpcode::Copy || (instr.op == MOpcode::Mov && instr.size == 8)) &&
         index == 1 && !source.isMem() && !isWideImmediate;
}

// The whole-register move between a register of `cls` and its 8-byte slot: xmm registers
// hold one scalar float (or two packed floats) in their low 8 bytes.
MOpcode slotMove(RegClass cls) {
  return cls == RegClass::XMM ? MOpcode::FMov : MOpcode::Mov;
}

class SpillRewriter {
public:
  SpillRewriter(MachineFunction& mf, const std::vector<unsigned>& spilled) : mf_(mf) {
    slot_.assign(mf.numVregs(), std::nullopt);
    for (unsigned v : spilled) slot_[v] = MemRef();
    reuseIncomingArgumentSlots();
    for (unsigned v : spilled) {
      if (slot_[v]->base != NoReg) continue;
      slot_[v]->frameIndex = mf.newFrameObject(8, 8, true);
    }
  }

  void run() {
    for (MBlock& block : mf_.blocks) {
      std::vector<MInstr> rewritten;
      rewritten.reserve(block.instrs.size());
      for (MInstr& instr : block.instrs) {
        if (&instr == droppedLoads_.front()) {
          droppedLoads_.erase(droppedLoads_.begin());
          continue;
        }
        rewrite(std::move(instr), rewritten);
      }
      block.instrs = std::move(rewritten);
    }
  }

private:
  bool isSpilled(RegId r) const { return isVirtual(r) && slot_[virtualIndex(r)].has_value(); }

  MOperand slotOperand(RegId r) const { return MOperand::memory(*slot_[virtualIndex(r)]); }

  // A spilled register whose only definition loads an incoming scalar stack argument (a slot
  // at 16(%rbp) and up that nothing writes, MachineFunction::readOnlyArgumentSlots) keeps
  // living in that argument's slot: no copy, no load.
  void reuseIncomingArgumentSlots() {
    std::vector<unsigned> defCount(mf_.numVregs(), 0);
    std::vector<MInstr*> definition(mf_.numVregs(), nullptr);
    for (MBlock& block : mf_.blocks)
      for (MInstr& instr : block.instrs)
        forEachRegister(instr, [&](RegId& r, bool, bool isDef) {
          if (!isDef || !isSpilled(r)) return;
          ++defCount[virtualIndex(r)];
          definition[virtualIndex(r)] = &instr;
        });
    droppedLoads_.clear();
    for (unsigned v = 0; v < mf_.numVregs(); ++v) {
      MInstr* def = definition[v];
      if (!slot_[v] || defCount[v] != 1) continue;
      bool isLoad =
          def->op == MOpcode::Mov || def->op == MOpcode::Movzx || def->op == MOpcode::FMov;
      if (!isLoad || !def->ops[0].isMem()) continue;
      const MemRef& from = def->ops[0].mem;
      if (from.base != RBP || from.index != NoReg || from.frameIndex >= 0 ||
          std::find(mf_.readOnlyArgumentSlots.begin(), mf_.readOnlyArgumentSlots.end(),
                    from.disp) == mf_.readOnlyArgumentSlots.end())
        continue;
      slot_[v] = from;
      droppedLoads_.push_back(def);
    }
    // Dropped in program order as run() meets them.
    std::vector<MInstr*> ordered;
    for (MBlock& block : mf_.blocks)
      for (MInstr& instr : block.instrs)
        if (std::find(droppedLoads_.begin(), droppedLoads_.end(), &instr) != droppedLoads_.end())
          ordered.push_back(&instr);
    droppedLoads_ = std::move(ordered);
    droppedLoads_.push_back(nullptr); // sentinel
  }

  // `lea (%a,%b), %d` with b spilled becomes `copy a -> d; add slot(b), d`, which x86 allows.
  bool splitLeaAddition(MInstr& instr, std::vector<MInstr>& out) {
    if (instr.op != MOpcode::Lea) return false;
    const MemRef& m = instr.ops[0].mem;
    if (m.base == NoReg || m.index == NoReg || m.scale != 1 || m.disp != 0 || m.base == m.index ||
        m.hasSymbolicPart())
      return false;
    if (isSpilled(m.base) == isSpilled(m.index)) return false;
    RegId spilled = isSpilled(m.base) ? m.base : m.index;
    RegId other = spilled == m.base ? m.index : m.base;
    RegId dst = instr.ops[1].reg;
    rewrite(MInstr(MOpcode::Copy, 8, {MOperand::use(other), MOperand::def(dst)}), out);
    rewrite(MInstr(MOpcode::Add, instr.size, {MOperand::use(spilled), MOperand::useDef(dst)}), out);
    return true;
  }

  // Replaces at most one spilled register operand by its slot where the instruction allows it.
  void foldOne(MInstr& instr) {
    if (std::any_of(instr.ops.begin(), instr.ops.end(),
                    [](const MOperand& op) { return op.isMem(); }))
      return;
    for (std::size_t i = 0; i < instr.ops.size(); ++i) {
      MOperand& op = instr.ops[i];
      if (!op.isReg() || !isSpilled(op.reg) || occurrences(instr, op.reg) != 1) continue;
      bool canFold = (op.isUse && !op.isDef && acceptsMemoryUse(instr, i)) ||
                     (op.isDef && !op.isUse && acceptsMemoryDef(instr, i));
      if (!canFold) continue;
      if (instr.op == MOpcode::Copy) { // a copy touching memory is an 8-byte move
        instr.op = slotMove(mf_.classOf(op.reg));
        instr.size = 8;
      }
      op = slotOperand(op.reg);
      return;
    }
  }

  static unsigned occurrences(MInstr& instr, RegId r) {
    unsigned n = 0;
    forEachRegister(instr, [&](RegId& reg, bool, bool) { n += reg == r; });
    return n;
  }

  void rewrite(MInstr instr, std::vector<MInstr>& out) {
    if (splitLeaAddition(instr, out)) return;
    foldOne(instr);
    std::vector<RegId> spilledHere;
    forEachRegister(instr, [&](RegId& r, bool, bool) {
      if (isSpilled(r) && std::find(spilledHere.begin(), spilledHere.end(), r) == spilledHere.end())
        spilledHere.push_back(r);
    });
    std::vector<MInstr> after;
    for (RegId r : spilledHere) {
      bool isUsed = false, isDefined = false;
      RegId temp = mf_.newVreg(mf_.classOf(r), /*unspillable=*/true);
      forEachRegister(instr, [&](RegId& reg, bool isUse, bool isDef) {
        if (reg != r) return;
        reg = temp;
        isUsed |= isUse;
        isDefined |= isDef;
      });
      MOpcode move = slotMove(mf_.classOf(r));
      if (isUsed) out.emplace_back(move, 8, std::vector{slotOperand(r), MOperand::def(temp)});
      if (isDefined) after.emplace_back(move, 8, std::vector{MOperand::use(temp), slotOperand(r)});
    }
    out.push_back(std::move(instr));
    for (MInstr& store : after) out.push_back(std::move(store));
  }

  MachineFunction& mf_;
  std::vector<std::optional<MemRef>> slot_; // per virtual register: where it is spilled
  std::vector<MInstr*> droppedLoads_;       // definitions made redundant, in program order
};

} // namespace

void insertSpillCode(MachineFunction& mf, const std::vector<unsigned>& spilledVregs) {
  SpillRewriter(mf, spilledVregs).run();
}

} // namespace minicc::codegen
