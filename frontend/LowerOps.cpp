// frontend/LowerOps.cpp — operators, conversions and calls.
//
// Provides: Lowering::lowerUnary/lowerIncDec/lowerBinary/lowerComparison/lowerAssign (the IR
// operation each C operator performs on operands Sema has already converted: signed or
// unsigned division, remainder, right shift and comparison by the C type; pointer arithmetic
// scaled by the element size with ptradd; pointer difference divided by it), compound
// assignment in its computation type (C11 6.5.16.2), convertValue (C11 6.3: integer widths by
// sign or zero extension, _Bool as != 0, pointers through i64, floating conversions), and
// lowerCall (direct calls to known functions, indirect calls through pointers, signatures per
// TEAM.md). Needs: Lower.h.
#include "frontend/Lower.h"

namespace minicc::frontend {

namespace {

bool isSigned(const CType* t) {
  return t->isSignedInteger();
}

const ir::ConstantInt* asConstant(const ir::Value* v) {
  return v->valueKind() == ir::ValueKind::ConstantInt ? static_cast<const ir::ConstantInt*>(v)
                                                      : nullptr;
}

ir::Predicate predicateFor(BinaryOp op, const CType* operand) {
  if (operand->isFloating()) {
    switch (op) {
    case BinaryOp::Lt: return ir::Predicate::OLt;
    case BinaryOp::Gt: return ir::Predicate::OGt;
    case BinaryOp::Le: return ir::Predicate::OLe;
    case BinaryOp::Ge: return ir::Predicate::OGe;
    case BinaryOp::Eq: return ir::Predicate::OEq;
    default: return ir::Predicate::UNe; // x != NaN is true
    }
  }
  bool s = isSigned(operand); // pointers compare unsigned
  switch (op) {
  case BinaryOp::Lt: return s ? ir::Predicate::SLt : ir::Predicate::ULt;
  case BinaryOp::Gt: return s ? ir::Predicate::SGt : ir::Predicate::UGt;
  case BinaryOp::Le: return s ? ir::Predicate::SLe : ir::Predicate::ULe;
  case BinaryOp::Ge: return s ? ir::Predicate::SGe : ir::Predicate::UGe;
  case BinaryOp::Eq: return ir::Predicate::Eq;
  default: return ir::Predicate::Ne;
  }
}

} // namespace

ir::Value* Lowering::lowerUnary(UnaryExpr* e) {
  switch (e->op) {
  case UnaryOp::Plus: return lowerRValue(e->operand);
  case UnaryOp::Real:
  case UnaryOp::Imag: return lowerRealImag(e);
  case UnaryOp::Minus: {
    ir::Value* v = lowerRValue(e->operand);
    if (e->type->isComplex()) {
      ComplexParts parts = complexParts(v, e->type);
      return makeComplex(e->type, builder_.unary(ir::Opcode::FNeg, parts.re),
                         builder_.unary(ir::Opcode::FNeg, parts.im));
    }
    if (const ir::ConstantInt* c = asConstant(v))
      return builder_.constInt(v->type(), static_cast<std::int64_t>(0 - c->zextValue()));
    return builder_.unary(e->type->isFloating() ? ir::Opcode::FNeg : ir::Opcode::Neg, v);
  }
  case UnaryOp::BitNot: {
    ir::Value* v = lowerRValue(e->operand);
    if (e->type->isComplex()) { // GNU: the conjugate
      ComplexParts parts = complexParts(v, e->type);
      return makeComplex(e->type, parts.re, builder_.unary(ir::Opcode::FNeg, parts.im));
    }
    if (const ir::ConstantInt* c = asConstant(v)) return builder_.constInt(v->type(), ~c->value());
    return builder_.unary(ir::Opcode::Not, v);
  }
  case UnaryOp::LogNot: return lowerLogicalValue(e);
  case UnaryOp::AddrOf: return lowerLValue(e->operand).address;
  case UnaryOp::Deref: return loadLValue(lowerLValue(e));
  default: return lowerIncDec(e);
  }
}

// C11 6.5.2.4, 6.5.3.1: `++E` is `E += 1`. Integer addition at the operand's own width gives the
// same bits as computing in the promoted type and converting back; _Bool does not (6.3.1.2),
// so it is computed in int and converted.
ir::Value* Lowering::lowerIncDec(UnaryExpr* e) {
  bool increment = e->op == UnaryOp::PreInc || e->op == UnaryOp::PostInc;
  bool prefix = e->op == UnaryOp::PreInc || e->op == UnaryOp::PreDec;
  LValue lv = lowerLValue(e->operand);
  if (e->type->isComplex()) return lowerComplexIncDec(e, lv);
  ir::Value* old = loadLValue(lv);
  const CType* t = e->type;
  ir::Value* updated;
  if (t->isPointer()) {
    ir::Value* step = elementStride(t);
    if (!increment && asConstant(step))
      step = builder_.constInt(ir::Type::i64(), -asConstant(step)->value());
    else if (!increment)
      step = builder_.unary(ir::Opcode::Neg, step);
    updated = builder_.ptrAdd(old, step);
  } else if (t->isFloating()) {
    updated = builder_.binary(increment ? ir::Opcode::FAdd : ir::Opcode::FSub, old,
                              builder_.constFloat(old->type(), 1.0));
  } else if (t->unqualified()->isBool()) {
    ir::Value* wide = convertValue(old, t, types_.intType());
    ir::Value* sum = builder_.binary(increment ? ir::Opcode::Add : ir::Opcode::Sub, wide,
                                     builder_.constInt(ir::Type::i32(), 1));
    updated = convertValue(sum, types_.intType(), t);
  } else {
    updated = builder_.binary(increment ? ir::Opcode::Add : ir::Opcode::Sub, old,
                              builder_.constInt(old->type(), 1));
  }
  ir::Value* stored = storeLValue(lv, updated);
  return prefix ? stored : old;
}

ir::Value* Lowering::arithmetic(BinaryOp op, ir::Value* a, ir::Value* b, const CType* type) {
  using ir::Opcode;
  bool f = type->isFloating();
  bool s = isSigned(type);
  Opcode opcode;
  switch (op) {
  case BinaryOp::Mul: opcode = f ? Opcode::FMul : Opcode::Mul; break;
  case BinaryOp::Div: opcode = f ? Opcode::FDiv : s ? Opcode::SDiv : Opcode::UDiv; break;
  case BinaryOp::Mod: opcode = s ? Opcode::SRem : Opcode::URem; break;
  case BinaryOp::Add: opcode = f ? Opcode::FAdd : Opcode::Add; break;
  case BinaryOp::Sub: opcode = f ? Opcode::FSub : Opcode::Sub; break;
  case BinaryOp::Shl: opcode = Opcode::Shl; break;
  case BinaryOp::Shr: opcode = s ? Opcode::AShr : Opcode::LShr; break; // C11 6.5.7p5 (gcc)
  case BinaryOp::BitAnd: opcode = Opcode::And; break;
  case BinaryOp::BitXor: opcode = Opcode::Xor; break;
  case BinaryOp::BitOr: opcode = Opcode::Or; break;
  default: internalError("not an arithmetic operator");
  }
  return builder_.binary(opcode, a, b);
}

ir::Value* Lowering::lowerBinary(BinaryExpr* e) {
  switch (e->op) {
  case BinaryOp::LogAnd:
  case BinaryOp::LogOr: return lowerLogicalValue(e);
  case BinaryOp::Comma: lowerDiscarded(e->lhs); return lowerRValue(e->rhs);
  case BinaryOp::Lt:
  case BinaryOp::Gt:
  case BinaryOp::Le:
  case BinaryOp::Ge:
  case BinaryOp::Eq:
  case BinaryOp::Ne:
    // A comparison used as a value is its i1 zero-extended to int (TEAM.md).
    return builder_.convert(ir::Opcode::ZExt, lowerComparison(e), ir::Type::i32());
  default: break;
  }
  if (e->lhs->type->isPointer()) {
    if (e->rhs->type->isPointer()) return lowerPointerDifference(e);
    ir::Value* pointer = lowerRValue(e->lhs);
    return lowerPointerArithmetic(e->op, pointer, lowerRValue(e->rhs), e->lhs->type);
  }
  ir::Value* a = lowerRValue(e->lhs);
  ir::Value* b = lowerRValue(e->rhs);
  if (e->type->isComplex())
    return complexArithmetic(e->op, a, e->lhs->type, b, e->rhs->type, e->type);
  return arithmetic(e->op, a, b, e->type);
}

ir::Value* Lowering::lowerComparison(BinaryExpr* e) {
  ir::Value* a = lowerRValue(e->lhs);
  ir::Value* b = lowerRValue(e->rhs);
  if (e->lhs->type->isComplex() || e->rhs->type->isComplex())
    return complexEquality(e->op, a, e->lhs->type, b, e->rhs->type);
  ir::Predicate p = predicateFor(e->op, e->lhs->type);
  if (e->lhs->type->isFloating()) return builder_.fcmp(p, a, b);
  return builder_.icmp(p, a, b);
}

// C11 6.5.6p8: pointer +/- n moves by n elements; `offset` is an i64 (Sema converted it).
ir::Value* Lowering::lowerPointerArithmetic(BinaryOp op, ir::Value* pointer, ir::Value* offset,
                                            const CType* pointerType) {
  ir::Value* stride = elementStride(pointerType);
  const ir::ConstantInt* constantStride = asConstant(stride);
  std::int64_t size = constantStride ? constantStride->value() : 0;
  if (const ir::ConstantInt* c = asConstant(offset); c && constantStride) {
    std::int64_t bytes = c->value() * size;
    return offsetAddress(pointer, op == BinaryOp::Sub ? -bytes : bytes);
  }
  ir::Value* bytes = offset;
  if (!constantStride || size != 1) bytes = builder_.binary(ir::Opcode::Mul, offset, stride);
  if (op == BinaryOp::Sub) bytes = builder_.unary(ir::Opcode::Neg, bytes);
  return builder_.ptrAdd(pointer, bytes);
}

// C11 6.5.6p9: the difference of two pointers counts elements (ptrdiff_t).
ir::Value* Lowering::lowerPointerDifference(BinaryExpr* e) {
  ir::Value* a = builder_.convert(ir::Opcode::PtrToInt, lowerRValue(e->lhs), ir::Type::i64());
  ir::Value* b = builder_.convert(ir::Opcode::PtrToInt, lowerRValue(e->rhs), ir::Type::i64());
  ir::Value* bytes = builder_.binary(ir::Opcode::Sub, a, b);
  ir::Value* stride = elementStride(e->lhs->type);
  if (const ir::ConstantInt* c = asConstant(stride); c && c->value() == 1) return bytes;
  return builder_.binary(ir::Opcode::SDiv, bytes, stride);
}

ir::Value* Lowering::lowerAssign(AssignExpr* e) {
  LValue lv = lowerLValue(e->lhs);
  if (!e->isCompound) return storeLValue(lv, lowerRValue(e->rhs));
  ir::Value* old = loadLValue(lv);
  ir::Value* rhs = lowerRValue(e->rhs);
  const CType* target = e->lhs->type;
  ir::Value* result;
  if (e->computationType->isPointer()) {
    result = lowerPointerArithmetic(e->op, old, rhs, e->computationType);
  } else if (e->computationType->isComplex()) {
    // The right operand kept its domain (Sema); the left one is complex or of the real type.
    const CType* left = target->isComplex() ? e->computationType : e->computationType->inner;
    ir::Value* widened = convertValue(old, target, left);
    ir::Value* computed =
        complexArithmetic(e->op, widened, left, rhs, e->rhs->type, e->computationType);
    result = convertValue(computed, e->computationType, target);
  } else {
    ir::Value* widened = convertValue(old, target, e->computationType);
    ir::Value* computed = arithmetic(e->op, widened, rhs, e->computationType);
    result = convertValue(computed, e->computationType, target);
  }
  return storeLValue(lv, result);
}

// ---------------------------------------------------------------------------------------------
// Conversions (C11 6.3)

ir::Value* Lowering::resizeInteger(ir::Value* v, ir::Type to, bool isSignedSource) {
  unsigned from = v->type().bits(), bits = to.bits();
  if (from == bits) return v;
  if (const ir::ConstantInt* c = asConstant(v)) // fold: constants stay readable in the IR
    return builder_.constInt(
        to, isSignedSource || from > bits ? c->value() : static_cast<std::int64_t>(c->zextValue()));
  if (from > bits) return builder_.convert(ir::Opcode::Trunc, v, to);
  return builder_.convert(isSignedSource ? ir::Opcode::SExt : ir::Opcode::ZExt, v, to);
}

ir::Value* Lowering::convertValue(ir::Value* v, const CType* fromType, const CType* toType) {
  const CType* from = enumUnderlying(fromType->unqualified());
  const CType* to = enumUnderlying(toType->unqualified());
  if (to->isVoid()) return nullptr;
  if (to->isComplex() || from->isComplex()) return convertComplex(v, from, to);
  ir::Type target = irType(to);
  if (to->isBool()) {
    if (from->isBool()) return v;
    // C11 6.3.1.2: any scalar converts to 1 unless it compares equal to 0.
    if (const ir::ConstantInt* c = asConstant(v)) return builder_.constInt(target, c->value() != 0);
    return builder_.convert(ir::Opcode::ZExt, isNonZero(v, from), target);
  }
  if (to->isRecord() || from == to) return v;
  if (to->isInteger()) {
    if (from->isPointer()) {
      ir::Value* wide = builder_.convert(ir::Opcode::PtrToInt, v, ir::Type::i64());
      return resizeInteger(wide, target, false);
    }
    if (from->isFloating())
      return builder_.convert(to->isSignedInteger() ? ir::Opcode::FPToSI : ir::Opcode::FPToUI, v,
                              target);
    return resizeInteger(v, target, isSigned(from));
  }
  if (to->isPointer()) {
    if (from->isPointer()) return v;
    ir::Value* wide = resizeInteger(v, ir::Type::i64(), isSigned(from));
    if (const ir::ConstantInt* c = asConstant(wide)) return builder_.constInt(target, c->value());
    return builder_.convert(ir::Opcode::IntToPtr, wide, target);
  }
  if (to->isFloating()) {
    if (from->isFloating()) {
      if (typeSize(from) == typeSize(to)) return v;
      return builder_.convert(
          typeSize(from) < typeSize(to) ? ir::Opcode::FPExt : ir::Opcode::FPTrunc, v, target);
    }
    return builder_.convert(isSigned(from) ? ir::Opcode::SIToFP : ir::Opcode::UIToFP, v, target);
  }
  internalError("unsupported conversion from " + typeToString(fromType) + " to " +
                typeToString(toType));
}

// ---------------------------------------------------------------------------------------------
// Calls (C11 6.5.2.2)

ir::Value* Lowering::lowerCall(CallExpr* e) {
  if (e->callee->kind == ExprKind::Identifier && !static_cast<IdentifierExpr*>(e->callee)->symbol)
    return lowerBuiltinCall(e);
  const CType* fnType = e->callee->type->inner;
  ir::Value* callee = nullptr;
  bool neverReturns = false;
  // A call of a named function calls the function itself, not a loaded pointer.
  if (e->callee->kind == ExprKind::ImplicitCast) {
    auto* cast = static_cast<ImplicitCastExpr*>(e->callee);
    if (cast->castKind == CastKind::FunctionToPointer &&
        cast->operand->kind == ExprKind::Identifier) {
      Symbol* s = static_cast<IdentifierExpr*>(cast->operand)->symbol;
      if (s->kind == SymbolKind::Function) {
        callee = globalFor(s);
        neverReturns = s->isNoreturn;
      }
    }
  }
  if (!callee) callee = lowerRValue(e->callee);
  ir::Signature sig = signatureOf(fnType, false);
  std::vector<ir::Value*> args;
  std::vector<ir::Type> variadicTypes; // declared types past the fixed parameters (ir/IR.h)
  for (std::size_t i = 0; i < e->args.size(); ++i) {
    args.push_back(lowerRValue(e->args[i]));
    if (i >= sig.params.size()) variadicTypes.push_back(irType(e->args[i]->type));
  }
  ir::Instruction* call = builder_.call(callee, sig, args, std::move(variadicTypes));
  if (neverReturns) noreturnCalls_.insert(call);
  return call->hasResult() ? call : nullptr;
}

} // namespace minicc::frontend
