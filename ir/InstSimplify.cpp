// ir/InstSimplify.cpp — constant folding and instruction simplification ("instsimplify").
//
// Requires: verified IR. Provides: every instruction whose value foldInstruction knows (constant
// operands, identities, phis of one value) is replaced by that value and removed. Instructions
// with side effects are left alone. Branches on the constants this produces are SimplifyCFG's.
// Blocks are visited in reverse post-order, so operands are simplified before their users;
// phis fed by back edges get another sweep until nothing changes.
#include "ir/CFG.h"
#include "ir/ConstantFold.h"
#include "ir/PassUtils.h"
#include "ir/Passes.h"

namespace minicc::ir {

bool simplifyInstructions(Function& function) {
  if (function.isDeclaration() || !function.parent()) return false;
  Module& module = *function.parent();
  CFG cfg(function);
  std::map<const Value*, Value*> replacements;
  InstructionSet dead;
  auto resolve = [&](Value* v) {
    for (auto it = replacements.find(v); it != replacements.end(); it = replacements.find(v))
      v = it->second;
    return v;
  };
  for (bool again = true; again;) {
    again = false;
    for (unsigned b : cfg.reversePostOrder()) {
      for (auto& inst : cfg.block(b)->instructions) {
        if (dead.count(inst.get())) continue;
        for (Value*& op : inst->operands) op = resolve(op);
        if (!inst->hasResult() || hasSideEffects(*inst)) continue;
        Value* folded = foldInstruction(*inst, module);
        if (!folded || folded == inst.get()) continue;
        replacements[inst.get()] = folded;
        dead.insert(inst.get());
        again = true;
      }
    }
  }
  function.replaceUses(replacements);
  eraseInstructions(function, dead);
  return !dead.empty();
}

} // namespace minicc::ir
