// codegen/BranchLayout.cpp — branch clean-up on the final block order (see BranchLayout.h).
//
// Provides: simplifyBranches. Needs: MachineIR.h.
//
// Tail duplication: a block of at most MaxDuplicatedInstrs instructions reached by `jmp` from
// another block (not the next one) is copied into that block. With registers assigned this is
// exact — the copy runs with the same register contents the original would. It turns
//     head: cmp; jcc exit        latch: ...; jmp head
// into a latch that tests and branches back itself (a rotated loop: one taken branch per
// iteration instead of two), and a jump to a shared `ret` block into a return in place.
#include "codegen/BranchLayout.h"

#include "ir/Diagnostics.h"

namespace minicc::codegen {

namespace {

constexpr std::size_t MaxDuplicatedInstrs = 4;

bool isJumpTo(const MInstr& instr, MOpcode op, unsigned block) {
  return instr.op == op && instr.ops[0].block == block;
}

// Where a jump to `block` really ends up, skipping blocks that hold nothing but a jump.
unsigned finalTarget(const MachineFunction& mf, unsigned block) {
  for (std::size_t steps = 0; steps < mf.blocks.size(); ++steps) {
    const std::vector<MInstr>& instrs = mf.blocks[block].instrs;
    if (block == 0 || instrs.size() != 1 || instrs[0].op != MOpcode::Jmp) return block;
    block = instrs[0].ops[0].block;
  }
  return block; // a cycle of empty blocks: an infinite loop, keep it
}

void threadJumps(MachineFunction& mf) {
  std::vector<unsigned> target(mf.blocks.size());
  for (unsigned b = 0; b < mf.blocks.size(); ++b) target[b] = finalTarget(mf, b);
  for (MBlock& block : mf.blocks)
    for (MInstr& instr : block.instrs)
      for (MOperand& op : instr.ops)
        if (op.kind == MOperand::Kind::Block) op.block = target[op.block];
  for (JumpTable& table : mf.jumpTables)
    for (unsigned& t : table.targets) t = target[t];
}

void removeUnreachableBlocks(MachineFunction& mf) {
  computeCFG(mf);
  std::vector<bool> reached(mf.blocks.size(), false);
  std::vector<unsigned> work{0};
  reached[0] = true;
  while (!work.empty()) {
    unsigned b = work.back();
    work.pop_back();
    for (unsigned s : mf.blocks[b].succs)
      if (!reached[s]) {
        reached[s] = true;
        work.push_back(s);
      }
  }
  std::vector<unsigned> order;
  for (unsigned b = 0; b < mf.blocks.size(); ++b)
    if (reached[b]) order.push_back(b);
  if (order.size() != mf.blocks.size()) reorderBlocks(mf, order);
}

void removeJumpsToNextBlock(MachineFunction& mf) {
  for (unsigned b = 0; b < mf.blocks.size(); ++b) {
    std::vector<MInstr>& instrs = mf.blocks[b].instrs;
    unsigned next = b + 1;
    if (!instrs.empty() && isJumpTo(instrs.back(), MOpcode::Jmp, next)) instrs.pop_back();
    while (!instrs.empty() && isJumpTo(instrs.back(), MOpcode::Jcc, next)) instrs.pop_back();
    std::size_t n = instrs.size();
    // jcc next; jmp other  ->  j!cc other
    if (n >= 2 && isJumpTo(instrs[n - 2], MOpcode::Jcc, next) && instrs[n - 1].op == MOpcode::Jmp) {
      instrs[n - 2].cond = invert(instrs[n - 2].cond);
      instrs[n - 2].ops[0].block = instrs[n - 1].ops[0].block;
      instrs.pop_back();
    }
  }
}

bool isDuplicable(const std::vector<std::vector<MInstr>>& blocks, unsigned from, unsigned block) {
  const std::vector<MInstr>& instrs = blocks[block];
  if (block == 0 || block == from || block == from + 1 || instrs.size() > MaxDuplicatedInstrs)
    return false;
  for (const MInstr& instr : instrs)
    if (instr.op == MOpcode::JmpIndirect || isJumpTo(instr, MOpcode::Jmp, block) ||
        isJumpTo(instr, MOpcode::Jcc, block))
      return false;
  return true;
}

// Within a round, decisions and copies use the blocks as they were before it, so the result
// does not depend on the order in which blocks are visited. A copied tail may itself end in a
// jump to a small block: a few rounds follow such chains (each adds at most a few
// instructions to a block).
void duplicateSmallTails(MachineFunction& mf) {
  constexpr int MaxRounds = 3;
  for (int round = 0; round < MaxRounds; ++round) {
    std::vector<std::vector<MInstr>> original;
    for (const MBlock& block : mf.blocks) original.push_back(block.instrs);
    bool changed = false;
    for (unsigned b = 0; b < mf.blocks.size(); ++b) {
      std::vector<MInstr>& instrs = mf.blocks[b].instrs;
      if (instrs.empty() || instrs.back().op != MOpcode::Jmp) continue;
      unsigned target = instrs.back().ops[0].block;
      if (!isDuplicable(original, b, target)) continue;
      instrs.pop_back();
      instrs.insert(instrs.end(), original[target].begin(), original[target].end());
      changed = true;
    }
    if (!changed) return;
  }
}

} // namespace

void simplifyBranches(MachineFunction& mf) {
  threadJumps(mf);
  duplicateSmallTails(mf);
  removeUnreachableBlocks(mf);
  removeJumpsToNextBlock(mf);
}

} // namespace minicc::codegen
