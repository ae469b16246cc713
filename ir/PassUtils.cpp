// ir/PassUtils.cpp — see PassUtils.h.
#include "ir/PassUtils.h"

#include <algorithm>

namespace minicc::ir {

void eraseInstructions(Function& function, const InstructionSet& dead) {
  if (dead.empty()) return;
  for (auto& bb : function.blocks) {
    auto& insts = bb->instructions;
    insts.erase(std::remove_if(insts.begin(), insts.end(),
                               [&](const std::unique_ptr<Instruction>& i) {
                                 return dead.count(i.get()) != 0;
                               }),
                insts.end());
  }
}

std::vector<Instruction*> phisOf(const BasicBlock& bb) {
  std::vector<Instruction*> phis;
  for (auto& inst : bb.instructions) {
    if (inst->opcode() != Opcode::Phi) break;
    phis.push_back(inst.get());
  }
  return phis;
}

void removeIncoming(const BasicBlock& bb, const BasicBlock* pred) {
  for (Instruction* phi : phisOf(bb)) {
    for (std::size_t k = phi->targets.size(); k-- > 0;) {
      if (phi->targets[k] != pred) continue;
      phi->targets.erase(phi->targets.begin() + static_cast<std::ptrdiff_t>(k));
      phi->operands.erase(phi->operands.begin() + static_cast<std::ptrdiff_t>(k));
    }
  }
}

void replaceIncomingBlock(const BasicBlock& bb, const BasicBlock* from, BasicBlock* to) {
  for (Instruction* phi : phisOf(bb))
    for (BasicBlock*& t : phi->targets)
      if (t == from) t = to;
}

Value* incomingValue(const Instruction& phi, const BasicBlock* pred) {
  for (std::size_t k = 0; k < phi.targets.size(); ++k)
    if (phi.targets[k] == pred) return phi.operands[k];
  return nullptr;
}

void replaceTarget(Instruction& terminator, const BasicBlock* from, BasicBlock* to) {
  for (BasicBlock*& t : terminator.targets)
    if (t == from) t = to;
}

bool hasSideEffects(const Instruction& inst) {
  switch (inst.opcode()) {
  case Opcode::Store:
  case Opcode::MemCopy:
  case Opcode::Call:
  case Opcode::VaStart:
  case Opcode::VaEnd:
  case Opcode::VaCopy:
  case Opcode::VaArg:
  case Opcode::DynAlloca: // moves the stack pointer: never removed, merged or hoisted
  case Opcode::StackSave:
  case Opcode::StackRestore: return true;
  case Opcode::Load: return inst.isVolatile;
  default: return inst.isTerminator();
  }
}

} // namespace minicc::ir
