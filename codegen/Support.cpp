// codegen/Support.cpp — rejects IR the backend cannot lower yet (see Support.h).
//
// Provides: checkSupported. Needs: ir/IR.h.
#include "codegen/Support.h"

#include <optional>

namespace minicc::codegen {

namespace {

using ir::Opcode;

enum class Missing { FloatingPoint, AggregateByValue, VariadicDefinition, OverAlignedLocal };

const char* describe(Missing m) {
  switch (m) {
  case Missing::FloatingPoint: return "floating-point code generation";
  case Missing::AggregateByValue: return "passing or returning structures and unions by value";
  case Missing::VariadicDefinition: return "defining variadic functions";
  case Missing::OverAlignedLocal: return "local variables aligned to more than 16 bytes";
  }
  return "?";
}

bool isFloat(ir::Type t) {
  return t.isFloat();
}

std::optional<Missing> checkSignature(const ir::Signature& sig) {
  if (isFloat(sig.returnType)) return Missing::FloatingPoint;
  if (sig.returnType.isAggregate()) return Missing::AggregateByValue;
  for (ir::Type t : sig.params) {
    if (isFloat(t)) return Missing::FloatingPoint;
    if (t.isAggregate()) return Missing::AggregateByValue;
  }
  return std::nullopt;
}

std::optional<Missing> checkInstruction(const ir::Instruction& inst) {
  switch (inst.opcode()) {
  case Opcode::FAdd:
  case Opcode::FSub:
  case Opcode::FMul:
  case Opcode::FDiv:
  case Opcode::FNeg:
  case Opcode::FCmp:
  case Opcode::SIToFP:
  case Opcode::UIToFP:
  case Opcode::FPToSI:
  case Opcode::FPToUI:
  case Opcode::FPExt:
  case Opcode::FPTrunc: return Missing::FloatingPoint;
  case Opcode::VaStart:
  case Opcode::VaEnd:
  case Opcode::VaCopy:
  case Opcode::VaArg: return Missing::VariadicDefinition;
  case Opcode::Alloca:
    if (inst.allocAlign > 16) return Missing::OverAlignedLocal;
    break;
  case Opcode::Call:
    if (auto m = checkSignature(inst.signature)) return m;
    break;
  default: break;
  }
  if (isFloat(inst.type())) return Missing::FloatingPoint;
  for (const ir::Value* op : inst.operands)
    if (isFloat(op->type())) return Missing::FloatingPoint;
  return std::nullopt;
}

std::optional<Missing> checkFunction(const ir::Function& fn) {
  if (auto m = checkSignature(fn.signature())) return m;
  if (fn.signature().isVariadic) return Missing::VariadicDefinition;
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
