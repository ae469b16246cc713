// ir/OperationRules.cpp — see OperationRules.h. Each rule cites the table in docs/ir.md.
#include "ir/OperationRules.h"

#include "ir/TextSyntax.h"

namespace minicc::ir {
namespace {

using text::typeKeyword;

bool isPowerOfTwo(std::uint64_t v) {
  return v != 0 && (v & (v - 1)) == 0;
}

std::string need(const char* what, Type got) {
  return std::string("expected ") + what + ", got " + typeKeyword(got);
}

// Operand count, or a message.
std::string checkCount(const Instruction& inst, unsigned expected) {
  if (inst.numOperands() == expected) return "";
  return std::string(opcodeName(inst.opcode())) + " takes " + std::to_string(expected) +
         " operand(s), has " + std::to_string(inst.numOperands());
}

std::string checkOperandsHaveResultType(const Instruction& inst) {
  for (Value* op : inst.operands)
    if (op->type() != inst.type())
      return "operand of type " + typeKeyword(op->type()) + " differs from the result type " +
             typeKeyword(inst.type());
  return "";
}

// add sub mul sdiv udiv srem urem shl lshr ashr neg: i8..i64; and or xor not: also i1.
std::string checkIntegerOp(const Instruction& inst, unsigned operands) {
  if (auto e = checkCount(inst, operands); !e.empty()) return e;
  Opcode op = inst.opcode();
  bool bitwise = op == Opcode::And || op == Opcode::Or || op == Opcode::Xor || op == Opcode::Not;
  Type t = inst.type();
  if (!(isArithmeticInteger(t) || (bitwise && t == Type::i1())))
    return need(bitwise ? "an integer type" : "an integer type i8..i64", t);
  return checkOperandsHaveResultType(inst);
}

std::string checkFloatOp(const Instruction& inst, unsigned operands) {
  if (auto e = checkCount(inst, operands); !e.empty()) return e;
  if (!inst.type().isFloat()) return need("a floating type", inst.type());
  return checkOperandsHaveResultType(inst);
}

std::string checkCompare(const Instruction& inst) {
  if (auto e = checkCount(inst, 2); !e.empty()) return e;
  if (inst.type() != Type::i1()) return need("an i1 result", inst.type());
  Type t = inst.operand(0)->type();
  if (inst.operand(1)->type() != t) return "operands have different types";
  bool isInt = inst.opcode() == Opcode::ICmp;
  if (isInt ? !t.isIntegerLike() : !t.isFloat())
    return need(isInt ? "integer or ptr operands" : "floating operands", t);
  Predicate p = inst.predicate;
  bool valid = isInt ? p >= Predicate::Eq && p <= Predicate::UGe
                     : p >= Predicate::OEq && p <= Predicate::Uno;
  if (!valid)
    return std::string("predicate '") + predicateName(p) + "' is not an " +
           opcodeName(inst.opcode()) + " predicate";
  return "";
}

std::string checkConversion(const Instruction& inst) {
  if (auto e = checkCount(inst, 1); !e.empty()) return e;
  Type from = inst.operand(0)->type(), to = inst.type();
  std::string shape = typeKeyword(from) + " to " + typeKeyword(to);
  bool ok = false;
  switch (inst.opcode()) {
  case Opcode::SExt:
  case Opcode::ZExt: ok = from.isInteger() && to.isInteger() && from.bits() < to.bits(); break;
  case Opcode::Trunc: ok = from.isInteger() && to.isInteger() && from.bits() > to.bits(); break;
  case Opcode::SIToFP:
  case Opcode::UIToFP: ok = isArithmeticInteger(from) && to.isFloat(); break;
  case Opcode::FPToSI:
  case Opcode::FPToUI: ok = from.isFloat() && isArithmeticInteger(to); break;
  case Opcode::FPExt: ok = from.isFloat() && to.isFloat() && from.bits() < to.bits(); break;
  case Opcode::FPTrunc: ok = from.isFloat() && to.isFloat() && from.bits() > to.bits(); break;
  case Opcode::PtrToInt: ok = from.isPointer() && to == Type::i64(); break;
  case Opcode::IntToPtr: ok = from == Type::i64() && to.isPointer(); break;
  default: break;
  }
  if (ok) return "";
  return std::string("invalid ") + opcodeName(inst.opcode()) + " from " + shape;
}

std::string checkMemory(const Instruction& inst) {
  Opcode op = inst.opcode();
  unsigned count = op == Opcode::Load ? 1 : 2;
  if (auto e = checkCount(inst, count); !e.empty()) return e;
  if (!isPowerOfTwo(inst.allocAlign)) return "alignment must be a power of two";
  if (op == Opcode::Load) {
    if (!inst.operand(0)->type().isPointer()) return need("a ptr address", inst.operand(0)->type());
    if (!inst.type().isScalar()) return need("a scalar type to load", inst.type());
    return "";
  }
  if (!inst.type().isVoid()) return "has a result";
  if (op == Opcode::Store) {
    if (!inst.operand(1)->type().isPointer()) return need("a ptr address", inst.operand(1)->type());
    return "";
  }
  if (!inst.operand(0)->type().isPointer() || !inst.operand(1)->type().isPointer())
    return "memcopy takes two ptr operands";
  return "";
}

std::string checkCall(const Instruction& inst) {
  const Signature& sig = inst.signature;
  if (auto e = checkSignature(sig); !e.empty()) return e;
  if (inst.numOperands() < 1) return "call has no callee";
  if (!inst.operand(0)->type().isPointer()) return need("a ptr callee", inst.operand(0)->type());
  std::size_t args = inst.numOperands() - 1;
  if (args < sig.params.size() || (!sig.isVariadic && args > sig.params.size()))
    return "call passes " + std::to_string(args) + " argument(s) to a signature with " +
           std::to_string(sig.params.size()) + (sig.isVariadic ? " fixed parameter(s)" : "");
  for (std::size_t i = 0; i < sig.params.size(); ++i) {
    Type expected = sig.params[i].isAggregate() ? Type::ptr() : sig.params[i];
    Type got = inst.operand(static_cast<unsigned>(i + 1))->type();
    if (got != expected)
      return "argument " + std::to_string(i + 1) + " has type " + typeKeyword(got) +
             ", the signature says " + typeKeyword(expected);
  }
  if (inst.variadicTypes.size() != args - sig.params.size())
    return "call has " + std::to_string(inst.variadicTypes.size()) + " variadic type(s) for " +
           std::to_string(args - sig.params.size()) + " variadic argument(s)";
  for (std::size_t i = 0; i < inst.variadicTypes.size(); ++i) {
    Type declared = inst.variadicTypes[i];
    Type expected = declared.isAggregate() ? Type::ptr() : declared;
    Type got = inst.operand(static_cast<unsigned>(sig.params.size() + i + 1))->type();
    if (!declared.isScalar() && !declared.isAggregate())
      return "variadic argument " + std::to_string(sig.params.size() + i + 1) +
             " has no value type";
    if (got != expected)
      return "variadic argument " + std::to_string(sig.params.size() + i + 1) + " has type " +
             typeKeyword(got) + ", its declared type needs " + typeKeyword(expected);
  }
  Type result = sig.returnType.isAggregate() ? Type::ptr() : sig.returnType;
  if (inst.type() != result)
    return "result type " + typeKeyword(inst.type()) + " does not match the signature's " +
           typeKeyword(result);
  return "";
}

std::string checkVarArgs(const Instruction& inst, const Function& function) {
  Opcode op = inst.opcode();
  unsigned count = op == Opcode::VaCopy ? 2 : 1;
  if (auto e = checkCount(inst, count); !e.empty()) return e;
  for (Value* v : inst.operands)
    if (!v->type().isPointer()) return need("a ptr to a va_list", v->type());
  if (op == Opcode::VaArg) {
    Type fetched = inst.vaArgType;
    if (!fetched.isScalar() && !fetched.isAggregate())
      return need("a scalar or aggregate type to fetch", fetched);
    Type result = fetched.isAggregate() ? Type::ptr() : fetched;
    return inst.type() == result
               ? ""
               : need(fetched.isAggregate() ? "a ptr result" : "the fetched type as result",
                      inst.type());
  }
  if (!inst.type().isVoid()) return "has a result";
  if (op == Opcode::VaStart && !function.signature().isVariadic)
    return "vastart in a function that is not variadic";
  return "";
}

std::string checkPhi(const Instruction& inst) {
  if (!inst.type().isScalar()) return need("a scalar type", inst.type());
  if (inst.operands.size() != inst.targets.size())
    return "phi has " + std::to_string(inst.operands.size()) + " values but " +
           std::to_string(inst.targets.size()) + " blocks";
  return checkOperandsHaveResultType(inst);
}

std::string checkTerminator(const Instruction& inst, const Function& function) {
  auto targets = [&](std::size_t n) {
    return inst.targets.size() == n ? ""
                                    : std::string(opcodeName(inst.opcode())) + " needs " +
                                          std::to_string(n) + " target(s)";
  };
  switch (inst.opcode()) {
  case Opcode::Br:
    if (auto e = checkCount(inst, 1); !e.empty()) return e;
    if (inst.operand(0)->type() != Type::i1())
      return need("an i1 condition", inst.operand(0)->type());
    return targets(2);
  case Opcode::Jmp:
    if (auto e = checkCount(inst, 0); !e.empty()) return e;
    return targets(1);
  case Opcode::Switch: {
    if (auto e = checkCount(inst, 1); !e.empty()) return e;
    Type t = inst.operand(0)->type();
    if (!isArithmeticInteger(t)) return need("an integer type i8..i64", t);
    if (auto e = targets(inst.caseValues.size() + 1); !e.empty()) return e;
    for (std::size_t i = 0; i < inst.caseValues.size(); ++i) {
      std::int64_t c = inst.caseValues[i];
      if (canonicalizeInt(t, c) != c)
        return "case value " + std::to_string(c) + " is not sign-extended from " + typeKeyword(t);
      for (std::size_t j = 0; j < i; ++j)
        if (inst.caseValues[j] == c) return "duplicate case value " + std::to_string(c);
    }
    return "";
  }
  case Opcode::Ret: {
    Type declared = function.signature().returnType;
    if (declared.isVoid()) return checkCount(inst, 0);
    if (auto e = checkCount(inst, 1); !e.empty()) return e;
    Type expected = declared.isAggregate() ? Type::ptr() : declared;
    if (inst.operand(0)->type() != expected)
      return "returns " + typeKeyword(inst.operand(0)->type()) + " from a function returning " +
             typeKeyword(expected);
    return "";
  }
  case Opcode::Unreachable: return checkCount(inst, 0);
  default: return "";
  }
}

// Fields that only some opcodes use must be empty elsewhere, so that nothing is silently lost
// when the printer writes the instruction.
std::string checkUnusedFields(const Instruction& inst) {
  Opcode op = inst.opcode();
  bool hasTargets =
      op == Opcode::Phi || op == Opcode::Br || op == Opcode::Jmp || op == Opcode::Switch;
  if (!hasTargets && !inst.targets.empty()) return "has block targets";
  if (op != Opcode::Switch && !inst.caseValues.empty()) return "has case values";
  if (inst.isVolatile && op != Opcode::Load && op != Opcode::Store && op != Opcode::MemCopy)
    return "only load, store and memcopy can be volatile";
  bool isCompare = op == Opcode::ICmp || op == Opcode::FCmp;
  if (!isCompare && inst.predicate != Predicate::None) return "has a predicate";
  if (inst.isTerminator() && !inst.type().isVoid()) return "a terminator has no result";
  return "";
}

} // namespace

bool isArithmeticInteger(Type t) {
  return t.isInteger() && t.kind() != TypeKind::I1;
}

std::string checkSignature(const Signature& sig) {
  auto checkType = [](Type t, Extension ext, bool isReturn) -> std::string {
    if (t.isVoid() && !isReturn) return "a parameter has type void";
    if (t.isAggregate() && !t.layout()) return "an aggregate type without a layout";
    if (ext != Extension::None && !(t.isInteger() && t.bits() <= 16))
      return std::string(ext == Extension::Sign ? "signext" : "zeroext") + " on " + typeKeyword(t) +
             " (only i1, i8 and i16 are extended)";
    return "";
  };
  if (!sig.paramExtensions.empty() && sig.paramExtensions.size() != sig.params.size())
    return "paramExtensions is neither empty nor one per parameter";
  for (std::size_t i = 0; i < sig.params.size(); ++i)
    if (auto e = checkType(sig.params[i], sig.paramExtension(i), false); !e.empty()) return e;
  return checkType(sig.returnType, sig.returnExtension, true);
}

std::string checkOperation(const Instruction& inst, const Function& function) {
  if (auto e = checkUnusedFields(inst); !e.empty()) return e;
  switch (inst.opcode()) {
  case Opcode::Add:
  case Opcode::Sub:
  case Opcode::Mul:
  case Opcode::SDiv:
  case Opcode::UDiv:
  case Opcode::SRem:
  case Opcode::URem:
  case Opcode::And:
  case Opcode::Or:
  case Opcode::Xor:
  case Opcode::Shl:
  case Opcode::LShr:
  case Opcode::AShr: return checkIntegerOp(inst, 2);
  case Opcode::Neg:
  case Opcode::Not: return checkIntegerOp(inst, 1);
  case Opcode::FAdd:
  case Opcode::FSub:
  case Opcode::FMul:
  case Opcode::FDiv: return checkFloatOp(inst, 2);
  case Opcode::FNeg: return checkFloatOp(inst, 1);
  case Opcode::ICmp:
  case Opcode::FCmp: return checkCompare(inst);
  case Opcode::SExt:
  case Opcode::ZExt:
  case Opcode::Trunc:
  case Opcode::SIToFP:
  case Opcode::UIToFP:
  case Opcode::FPToSI:
  case Opcode::FPToUI:
  case Opcode::FPExt:
  case Opcode::FPTrunc:
  case Opcode::PtrToInt:
  case Opcode::IntToPtr: return checkConversion(inst);
  case Opcode::PtrAdd:
    if (auto e = checkCount(inst, 2); !e.empty()) return e;
    if (!inst.type().isPointer() || !inst.operand(0)->type().isPointer() ||
        inst.operand(1)->type() != Type::i64())
      return "ptradd takes a ptr and an i64 and gives a ptr";
    return "";
  case Opcode::Select:
    if (auto e = checkCount(inst, 3); !e.empty()) return e;
    if (inst.operand(0)->type() != Type::i1())
      return need("an i1 condition", inst.operand(0)->type());
    if (!inst.type().isScalar()) return need("a scalar type", inst.type());
    if (inst.operand(1)->type() != inst.type() || inst.operand(2)->type() != inst.type())
      return "the selected values must have the result type " + typeKeyword(inst.type());
    return "";
  case Opcode::Alloca:
    if (auto e = checkCount(inst, 0); !e.empty()) return e;
    if (!inst.type().isPointer()) return need("a ptr result", inst.type());
    if (!isPowerOfTwo(inst.allocAlign)) return "alignment must be a power of two";
    return "";
  case Opcode::Load:
  case Opcode::Store:
  case Opcode::MemCopy: return checkMemory(inst);
  case Opcode::Call: return checkCall(inst);
  case Opcode::VaStart:
  case Opcode::VaEnd:
  case Opcode::VaCopy:
  case Opcode::VaArg: return checkVarArgs(inst, function);
  case Opcode::DynAlloca:
    if (auto e = checkCount(inst, 1); !e.empty()) return e;
    if (inst.operand(0)->type() != Type::i64()) return need("an i64 size", inst.operand(0)->type());
    if (!inst.type().isPointer()) return need("a ptr result", inst.type());
    if (!isPowerOfTwo(inst.allocAlign) || inst.allocAlign > 16)
      return "alignment must be a power of two no larger than 16";
    return "";
  case Opcode::StackSave:
    if (auto e = checkCount(inst, 0); !e.empty()) return e;
    return inst.type().isPointer() ? "" : need("a ptr result", inst.type());
  case Opcode::StackRestore:
    if (auto e = checkCount(inst, 1); !e.empty()) return e;
    if (!inst.operand(0)->type().isPointer()) return need("a ptr operand", inst.operand(0)->type());
    return inst.type().isVoid() ? "" : "has a result";
  case Opcode::Phi: return checkPhi(inst);
  case Opcode::Br:
  case Opcode::Jmp:
  case Opcode::Switch:
  case Opcode::Ret:
  case Opcode::Unreachable: return checkTerminator(inst, function);
  }
  return "unknown opcode";
}

} // namespace minicc::ir
