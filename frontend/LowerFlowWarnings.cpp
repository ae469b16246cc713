// frontend/LowerFlowWarnings.cpp — warnings that need the function's control flow, which
// lowering has just built: gcc's -Wreturn-type "control reaches end of non-void function".
//
// Needs: Lower.h (the function being lowered, its calls of _Noreturn functions), Sema's
// DiagnosticEngine. The IR itself is not changed.
#include "frontend/Lower.h"

#include <unordered_set>

namespace minicc::frontend {

namespace {

// The successors control can really take: a branch on a constant condition (`while (1)`,
// `if (0)`) takes one side only, as gcc folds it before its check; a block that calls a
// function that never returns has none.
bool callsNoreturn(const ir::BasicBlock* bb,
                   const std::unordered_set<const ir::Instruction*>& noreturnCalls) {
  for (const auto& inst : bb->instructions)
    if (noreturnCalls.count(inst.get())) return true;
  return false;
}

std::vector<const ir::BasicBlock*>
liveSuccessors(const ir::BasicBlock* bb,
               const std::unordered_set<const ir::Instruction*>& noreturnCalls) {
  if (callsNoreturn(bb, noreturnCalls)) return {};
  const ir::Instruction* last = bb->instructions.empty() ? nullptr : bb->instructions.back().get();
  if (last && last->opcode() == ir::Opcode::Br && !last->operands.empty() &&
      last->operands[0]->valueKind() == ir::ValueKind::ConstantInt) {
    bool taken = static_cast<const ir::ConstantInt*>(last->operands[0])->value() != 0;
    return {last->targets[taken ? 0 : 1]};
  }
  std::vector<const ir::BasicBlock*> out;
  for (ir::BasicBlock* next : bb->successors()) out.push_back(next);
  return out;
}

} // namespace

// C11 6.9.1p12 makes using the value of such a call undefined; gcc warns with -Wall.
void Lowering::warnIfEndReachable(const FunctionDefinition* def, const ir::BasicBlock* fallOff) {
  DiagnosticEngine& diags = sema_.diagnostics();
  if (!diags.isWarningEnabled("return-type")) return;
  std::unordered_set<const ir::BasicBlock*> reached;
  std::vector<const ir::BasicBlock*> work{function_->entry()};
  while (!work.empty()) {
    const ir::BasicBlock* bb = work.back();
    work.pop_back();
    if (!reached.insert(bb).second) continue;
    if (bb == fallOff && !callsNoreturn(bb, noreturnCalls_)) {
      diags.setFunctionContext(def->symbol->name);
      diags.warning(def->body->closeLoc,
                    "control reaches end of non-void function [-Wreturn-type]");
      diags.setFunctionContext("");
      return;
    }
    for (const ir::BasicBlock* next : liveSuccessors(bb, noreturnCalls_)) work.push_back(next);
  }
}

} // namespace minicc::frontend
