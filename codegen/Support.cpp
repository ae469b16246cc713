// codegen/Support.cpp — rejects IR the backend cannot lower yet (see Support.h).
//
// Provides: checkSupported. Needs: ir/IR.h.
//
// What remains unsupported, each with its own diagnostic: aggregates aligned to more than 16
// bytes in signatures, calls or va_arg, and locals aligned to more than 16 bytes (the frame
// aligns its objects to at most 16, and the psABI's stack argument rules stop at 16).
#include "codegen/Support.h"

#include <optional>

namespace minicc::codegen {

namespace {

using ir::Opcode;

enum class Missing { OverAlignedAggregate, OverAlignedLocal };

const char* describe(Missing m) {
  switch (m) {
  case Missing::OverAlignedAggregate:
    return "passing structures and unions aligned to more than 16 bytes by value";
  case Missing::OverAlignedLocal: return "local variables aligned to more than 16 bytes";
  }
  return "?";
}

std::optional<Missing> checkType(ir::Type t) {
  if (t.isAggregate() && t.align() > 16) return Missing::OverAlignedAggregate;
  return std::nullopt;
}

std::optional<Missing> checkSignature(const ir::Signature& sig) {
  if (auto m = checkType(sig.returnType)) return m;
  for (ir::Type t : sig.params)
    if (auto m = checkType(t)) return m;
  return std::nullopt;
}

std::optional<Missing> checkInstruction(const ir::Instruction& inst) {
  switch (inst.opcode()) {
  case Opcode::Alloca:
    if (inst.allocAlign > 16) return Missing::OverAlignedLocal;
    break;
  case Opcode::Call:
    if (auto m = checkSignature(inst.signature)) return m;
    for (ir::Type t : inst.variadicTypes)
      if (auto m = checkType(t)) return m;
    break;
  case Opcode::VaArg:
    if (auto m = checkType(inst.vaArgType)) return m;
    break;
  default: break;
  }
  if (auto m = checkType(inst.type())) return m;
  for (const ir::Value* op : inst.operands)
    if (auto m = checkType(op->type())) return m;
  return std::nullopt;
}

std::optional<Missing> checkFunction(const ir::Function& fn) {
  if (auto m = checkSignature(fn.signature())) return m;
  for (const auto& block : fn.blocks)
    for (const auto& inst : block->instructions)
      if (auto m = checkInstruction(*inst)) return m;
  return std::nullopt;
}

} // namespace

bool checkSupported(const ir::Module& module, DiagnosticEngine& diags) {
  bool ok = true;
  SourceLocation where;
  if (!module.sourceFileName.empty()) where.file = diags.internFile(module.sourceFileName);
  for (const auto& fn : module.functions) {
    if (fn->isDeclaration()) continue;
    if (auto missing = checkFunction(*fn)) {
      diags.error(where, std::string(describe(*missing)) + " is not supported yet (in function '" +
                             fn->name() + "')");
      ok = false;
    }
  }
  return ok;
}

} // namespace minicc::codegen
