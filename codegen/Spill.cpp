// codegen/Spill.cpp — spill-everywhere rewriting (see Spill.h).
//
// Provides: insertSpillCode. Needs: MachineIR.h.
//
// A spill slot holds the whole register (8 bytes), so any narrower read of the slot sees the
// same low bytes the register had. Writes are folded into the slot only by 8-byte moves: a
// 32-bit register write clears the upper half, which a 4-byte store would not reproduce.
#include "codegen/Spill.h"

#include "ir/Diagnostics.h"

#include <algorithm>

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
  case MOpcode::Movsx:
  case MOpcode::Idiv:
  case MOpcode::Div: return index == 0;
  case MOpcode::Movzx: return index == 0 && instr.srcSize != 4;
  case MOpcode::Imul3: return index == 1;
  case MOpcode::Cmp:
  case MOpcode::Test: return true;
  case MOpcode::Mov: return index == 0 && instr.ops[1].isReg();
  case MOpcode::Copy: return index == 0 && instr.ops[1].isReg();
  default: return false;
  }
}

// A register that is only written may be replaced by the slot in an 8-byte move from a
// register or an immediate.
bool acceptsMemoryDef(const MInstr& instr, std::size_t index) {
  return (instr.op == MOpcode::Copy || (instr.op == MOpcode::Mov && instr.size == 8)) &&
         index == 1 && !instr.ops[0].isMem();
}

class SpillRewriter {
public:
  SpillRewriter(MachineFunction& mf, const std::vector<unsigned>& spilled) : mf_(mf) {
    slotOf_.assign(mf.numVregs(), -1);
    for (unsigned v : spilled) {
      bool isXmm = mf.vregClass[v] == RegClass::XMM;
      slotOf_[v] = mf.newFrameObject(isXmm ? 16 : 8, isXmm ? 16 : 8, true);
    }
  }

  void run() {
    for (MBlock& block : mf_.blocks) {
      std::vector<MInstr> rewritten;
      rewritten.reserve(block.instrs.size());
      for (MInstr& instr : block.instrs) rewrite(std::move(instr), rewritten);
      block.instrs = std::move(rewritten);
    }
  }

private:
  int slotOf(RegId r) const { return isVirtual(r) ? slotOf_[virtualIndex(r)] : -1; }

  MOperand slotOperand(RegId r) const {
    MemRef mem;
    mem.frameIndex = slotOf(r);
    return MOperand::memory(mem);
  }

  // Replaces at most one spilled register operand by its slot where the instruction allows it.
  void foldOne(MInstr& instr) {
    if (std::any_of(instr.ops.begin(), instr.ops.end(),
                    [](const MOperand& op) { return op.isMem(); }))
      return;
    for (std::size_t i = 0; i < instr.ops.size(); ++i) {
      MOperand& op = instr.ops[i];
      if (!op.isReg() || slotOf(op.reg) < 0 || occurrences(instr, op.reg) != 1) continue;
      bool canFold = (op.isUse && !op.isDef && acceptsMemoryUse(instr, i)) ||
                     (op.isDef && !op.isUse && acceptsMemoryDef(instr, i));
      if (!canFold) continue;
      if (instr.op == MOpcode::Copy) { // a copy touching memory is an 8-byte move
        instr.op = MOpcode::Mov;
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
    foldOne(instr);
    std::vector<RegId> spilledHere;
    forEachRegister(instr, [&](RegId& r, bool, bool) {
      if (slotOf(r) >= 0 &&
          std::find(spilledHere.begin(), spilledHere.end(), r) == spilledHere.end())
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
      if (isUsed)
        out.emplace_back(MOpcode::Mov, 8, std::vector{slotOperand(r), MOperand::def(temp)});
      if (isDefined)
        after.emplace_back(MOpcode::Mov, 8, std::vector{MOperand::use(temp), slotOperand(r)});
    }
    out.push_back(std::move(instr));
    for (MInstr& store : after) out.push_back(std::move(store));
  }

  MachineFunction& mf_;
  std::vector<int> slotOf_;
};

} // namespace

void insertSpillCode(MachineFunction& mf, const std::vector<unsigned>& spilledVregs) {
  SpillRewriter(mf, spilledVregs).run();
}

} // namespace minicc::codegen
