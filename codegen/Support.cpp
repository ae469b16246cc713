// codegen/Support.cpp — rejects IR the backend cannot lower yet (see Support.h).
//
// Provides: checkSupported. Needs: ir/IR.h, ABI.h (which returns go to %st(0)).
//
// What remains unsupported, each with its own diagnostic:
//   - long double (f80 values, f80 in signatures, va_arg or variadic arguments): the x87 unit
//     is not used by the backend;
//   - returning an aggregate classified X87 (a struct or union holding only a long double),
//     which the psABI returns in %st(0) (passing one works: it is MEMORY class);
//   - aggregates aligned to more than 16 bytes in signatures, calls or va_arg, and locals
//     aligned to more than 16 bytes (the frame aligns its objects to at most 16).
#include "codegen/Support.h"

#include "codegen/ABI.h"

#include <optional>

namespace minicc::codegen {

namespace {

using ir::Opcode;

enum class Missing { LongDouble, X87Aggregate, OverAlignedAggregate, OverAlignedLocal };

const char* describe(Missing m) {
  switch (m) {
  case Missing::LongDouble: return "long double";
  case Missing::X87Aggregate:
    return "returning a structure or union that holds only a long double (in %st(0))";
  case Missing::OverAlignedAggregate:
    return "passing structures and unions aligned to more than 16 bytes by value";
  case Missing::OverAlignedLocal: return "local variables aligned to more than 16 bytes";
  }
  return "?";
}

std::optional<Missing> checkType(ir::Type t) {
  if (t.kind() == ir::TypeKind::F80) return Missing::LongDouble;
  if (t.isAggregate() && t.align() > 16) return Missing::OverAlignedAggregate;
  return std::nullopt;
}

std::optional<Missing> checkSignature(const ir::Signature& sig) {
  if (auto m = checkType(sig.returnType)) return m;
  if (sig.returnType.isAggregate()) {
    std::vector<EightbyteClass> classes = classifyType(sig.returnType);
    if (!classes.empty() && classes[0] == EightbyteClass::X87) return Missing::X87Aggregate;
  }
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
