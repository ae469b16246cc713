// ir/DeadCode.cpp — dead code elimination ("dce").
//
// Requires: verified IR. Provides: only instructions that have side effects (stores, memcopy,
// calls, va_*, volatile loads, terminators) and those they transitively use remain. Unused
// arithmetic, loads, allocas and cycles of phis that feed nothing are removed. A division that
// might trap is removed too when unused: its trap would be undefined behaviour in C.
#include "ir/PassUtils.h"
#include "ir/Passes.h"

namespace minicc::ir {

bool eliminateDeadCode(Function& function) {
  if (function.isDeclaration()) return false;
  InstructionSet live;
  std::vector<const Instruction*> worklist;
  auto markLive = [&](const Instruction* inst) {
    if (live.insert(inst).second) worklist.push_back(inst);
  };
  for (auto& bb : function.blocks)
    for (auto& inst : bb->instructions)
      if (hasSideEffects(*inst)) markLive(inst.get());
  while (!worklist.empty()) {
    const Instruction* inst = worklist.back();
    worklist.pop_back();
    for (const Value* op : inst->operands)
      if (op && op->valueKind() == ValueKind::Instruction)
        markLive(static_cast<const Instruction*>(op));
  }
  InstructionSet dead;
  for (auto& bb : function.blocks)
    for (auto& inst : bb->instructions)
      if (!live.count(inst.get())) dead.insert(inst.get());
  eraseInstructions(function, dead);
  return !dead.empty();
}

} // namespace minicc::ir
