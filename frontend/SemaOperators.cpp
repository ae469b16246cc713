// frontend/SemaOperators.cpp — unary, binary, assignment and conditional operators.
//
// Provides: the constraint checks and result types of C11 6.5.3 (unary), 6.5.5-6.5.17
// (multiplicative through comma), with operands converted to the type the operation is
// performed in, and gcc's diagnostics ("invalid operands to binary + (have ...)",
// "lvalue required as ...", "assignment of read-only variable ..."). Needs: Sema.h.
#include "frontend/Sema.h"

namespace minicc::frontend {

namespace {

bool isError(const Expr* e) {
  return e->type->isError();
}

const Expr* stripImplicit(const Expr* e) {
  while (e->kind == ExprKind::ImplicitCast) e = static_cast<const ImplicitCastExpr*>(e)->operand;
  return e;
}

} // namespace

// gcc names the operand types after the integer promotions (and, for && and ||, after the
// conversion of scalars to truth values, which are int).
void Sema::invalidOperands(SourceLocation loc, const char* op, const Expr* a, const Expr* b,
                           bool asTruthValues) {
  auto shown = [&](const Expr* e) {
    if (asTruthValues && e->type->isScalar()) return types_.intType();
    return e->type->isInteger() ? promotedType(e) : e->type;
  };
  error(loc, std::string("invalid operands to binary ") + op + " (have " + quote(shown(a)) +
                 " and " + quote(shown(b)) + ")");
}

// C11 6.3.2.2: the value of a void expression cannot be used.
bool Sema::isVoidOperand(const Expr* e) {
  if (!e->type->isVoid()) return false;
  error(startLocation(e), "void value not ignored as it ought to be");
  return true;
}

namespace {

// C11 6.3.2.1p1: a const-qualified type, or a struct/union with such a member (at any depth),
// is not modifiable.
bool isReadOnlyType(const CType* t) {
  while (t->isArray()) t = t->inner;
  if (t->isConst()) return true;
  if (!t->isRecord() || !t->record->isComplete) return false;
  for (const RecordMember& m : t->record->members)
    if (isReadOnlyType(m.type)) return true;
  return false;
}

} // namespace

// C11 6.5.16p2, 6.5.2.4p1, 6.5.3.1p1: the operand must be a modifiable lvalue (6.3.2.1p1).
bool Sema::checkModifiableLvalue(Expr* e, SourceLocation loc, const char* notLvalueMessage,
                                 const char* verb) {
  if (isError(e)) return false;
  if (e->type->isArray() && std::string(verb) == "assignment") {
    error(loc, "assignment to expression with array type");
    return false;
  }
  if (!e->isLvalue || e->type->isArray()) {
    error(loc, notLvalueMessage);
    return false;
  }
  if (!isReadOnlyType(e->type)) {
    if (e->type->isRecord() && !e->type->isComplete()) {
      error(loc, "invalid use of undefined type " + quote(e->type));
      return false;
    }
    return true;
  }
  const Expr* target = stripImplicit(e);
  std::string v = verb;
  if (target->kind == ExprKind::Identifier) {
    auto* id = static_cast<const IdentifierExpr*>(target);
    bool parameter = id->symbol && id->symbol->isParameter;
    error(loc, v + (parameter ? " of read-only parameter '" : " of read-only variable '") +
                   id->name + "'");
  } else if (target->kind == ExprKind::Member) {
    auto* m = static_cast<const MemberExpr*>(target);
    if (isReadOnlyType(m->member->type))
      error(loc, v + " of read-only member '" + m->memberName + "'");
    else
      error(loc, v + " of member '" + m->memberName + "' in read-only object");
  } else {
    error(loc, v + " of read-only location '" + expressionToString(target) + "'");
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Unary operators (C11 6.5.3)

Expr* Sema::checkUnary(UnaryExpr* e) {
  switch (e->op) {
  case UnaryOp::PreInc:
  case UnaryOp::PreDec:
  case UnaryOp::PostInc:
  case UnaryOp::PostDec: return checkIncDec(e);
  case UnaryOp::AddrOf: return checkAddressOf(e);
  case UnaryOp::Deref: return checkDeref(e);
  case UnaryOp::Real:
  case UnaryOp::Imag: return checkRealImag(e);
  default: break;
  }
  e->operand = checkRValue(e->operand);
  const CType* t = e->operand->type;
  if (t->isError() || isVoidOperand(e->operand)) return errorExpr(e);
  switch (e->op) {
  case UnaryOp::Plus:
  case UnaryOp::Minus:
    if (!t->isArithmetic()) {
      error(e->loc, e->op == UnaryOp::Plus ? "wrong type argument to unary plus"
                                           : "wrong type argument to unary minus");
      return errorExpr(e);
    }
    e->operand = promote(e->operand);
    e->type = e->operand->type;
    return e;
  case UnaryOp::BitNot:
    if (t->isComplex()) { // GNU: ~z is the complex conjugate
      e->type = t;
      return e;
    }
    if (!t->isInteger()) {
      error(e->loc, "wrong type argument to bit-complement");
      return errorExpr(e);
    }
    e->operand = promote(e->operand);
    e->type = e->operand->type;
    return e;
  default: // LogNot: the scalar operand is compared with 0 (6.5.3.3p5)
    if (!t->isScalar()) {
      error(e->loc, "wrong type argument to unary exclamation mark");
      return errorExpr(e);
    }
    e->type = types_.intType();
    return e;
  }
}

// GNU __real__/__imag__: the part of a complex operand, an lvalue when the operand is one; of a
// real operand, the operand itself or a zero of its type.
Expr* Sema::checkRealImag(UnaryExpr* e) {
  e->operand = checkExpr(e->operand);
  const CType* t = e->operand->type;
  if (t->isError()) return errorExpr(e);
  if (t->isArray() || t->isFunction()) e->operand = rvalue(e->operand);
  t = e->operand->type->unqualified();
  if (!t->isArithmetic()) {
    error(e->loc, e->op == UnaryOp::Real ? "wrong type argument to __real__"
                                         : "wrong type argument to __imag__");
    return errorExpr(e);
  }
  if (t->isComplex() && e->operand->isLvalue) {
    e->isLvalue = true;
    e->type = types_.qualified(t->inner, e->operand->type->quals);
    return e;
  }
  e->operand = rvalue(e->operand);
  e->type = t->isComplex() ? t->inner : promotedType(e->operand);
  e->operand = t->isComplex() ? e->operand : convert(e->operand, e->type);
  return e;
}

Expr* Sema::checkIncDec(UnaryExpr* e) {
  bool increment = e->op == UnaryOp::PreInc || e->op == UnaryOp::PostInc;
  e->operand = checkExpr(e->operand);
  if (!checkModifiableLvalue(e->operand, e->loc,
                             increment ? "lvalue required as increment operand"
                                       : "lvalue required as decrement operand",
                             increment ? "increment" : "decrement"))
    return errorExpr(e);
  const CType* t = e->operand->type->unqualified();
  if (!t->isArithmetic() && !t->isPointer()) {
    error(e->loc,
          increment ? "wrong type argument to increment" : "wrong type argument to decrement");
    return errorExpr(e);
  }
  if (t->isPointer() && !t->inner->isComplete() && !t->inner->isVoid() && !t->inner->isFunction()) {
    error(e->loc, std::string(increment ? "increment" : "decrement") +
                      " of pointer to an incomplete type " + quote(t->inner));
    return errorExpr(e);
  }
  e->type = t;
  return e;
}

Expr* Sema::checkAddressOf(UnaryExpr* e) {
  e->operand = checkExpr(e->operand);
  const CType* t = e->operand->type;
  if (t->isError()) return errorExpr(e);
  if (!t->isFunction() && !e->operand->isLvalue) {
    error(e->loc, "lvalue required as unary '&' operand");
    return errorExpr(e);
  }
  if (const RecordMember* bf = bitFieldOf(e->operand)) {
    error(e->loc, "cannot take address of bit-field '" + bf->name + "'");
    return errorExpr(e);
  }
  // C11 6.7.1p6: the address of a register object cannot be taken.
  if (e->operand->kind == ExprKind::Identifier) {
    const Symbol* s = static_cast<IdentifierExpr*>(e->operand)->symbol;
    if (s && s->isRegister) {
      error(e->loc, "address of register variable '" + s->name + "' requested");
      return errorExpr(e);
    }
  }
  e->type = types_.pointerTo(t);
  return e;
}

Expr* Sema::checkDeref(UnaryExpr* e) {
  e->operand = checkRValue(e->operand);
  const CType* t = e->operand->type;
  if (t->isError()) return errorExpr(e);
  if (!t->isPointer()) {
    error(e->loc, "invalid type argument of unary '*' (have " + quote(t) + ")");
    return errorExpr(e);
  }
  e->type = t->inner;
  if (t->inner->isVoid()) warning(e->loc, "dereferencing 'void *' pointer");
  e->isLvalue = !t->inner->isFunction() && !t->inner->isVoid();
  return e;
}

// ---------------------------------------------------------------------------------------------
// Binary operators (C11 6.5.5-6.5.14, 6.5.17)

Expr* Sema::checkBinary(BinaryExpr* e) {
  switch (e->op) {
  case BinaryOp::Add:
  case BinaryOp::Sub: return checkAdditive(e);
  case BinaryOp::Shl:
  case BinaryOp::Shr: return checkShift(e);
  case BinaryOp::Lt:
  case BinaryOp::Gt:
  case BinaryOp::Le:
  case BinaryOp::Ge:
  case BinaryOp::Eq:
  case BinaryOp::Ne: return checkComparison(e);
  case BinaryOp::LogAnd:
  case BinaryOp::LogOr: return checkLogical(e);
  case BinaryOp::Comma:
    // C11 6.5.17p2: the left operand is a void expression; the result is not an lvalue.
    e->lhs = checkExpr(e->lhs);
    e->rhs = checkRValue(e->rhs);
    e->type = e->rhs->type;
    return e;
  default: return checkArithmetic(e);
  }
}

Expr* Sema::checkArithmetic(BinaryExpr* e) {
  e->lhs = checkRValue(e->lhs);
  e->rhs = checkRValue(e->rhs);
  if (isError(e->lhs) || isError(e->rhs)) return errorExpr(e);
  if (isVoidOperand(e->lhs) | isVoidOperand(e->rhs)) return errorExpr(e);
  bool integerOnly = e->op == BinaryOp::Mod || e->op == BinaryOp::BitAnd ||
                     e->op == BinaryOp::BitXor || e->op == BinaryOp::BitOr;
  const CType* a = e->lhs->type;
  const CType* b = e->rhs->type;
  bool valid =
      integerOnly ? a->isInteger() && b->isInteger() : a->isArithmetic() && b->isArithmetic();
  if (!valid) {
    invalidOperands(e->loc, spellingOf(e->op), e->lhs, e->rhs);
    return errorExpr(e);
  }
  const CType* t = usualArithmeticType(promotedType(e->lhs), promotedType(e->rhs));
  if ((e->op == BinaryOp::Div || e->op == BinaryOp::Mod) && b->isInteger()) {
    auto divisor = evaluateInteger(e->rhs);
    if (divisor && *divisor == 0) warning(e->loc, "division by zero [-Wdiv-by-zero]");
  }
  e->lhs = convertKeepingDomain(e->lhs, t);
  e->rhs = convertKeepingDomain(e->rhs, t);
  e->type = t;
  return e;
}

// C11 6.5.6: arithmetic, pointer +/- integer (the integer is converted to long and scaled by
// lowering), and pointer - pointer (ptrdiff_t). For `+`, the pointer ends up as lhs.
Expr* Sema::checkAdditive(BinaryExpr* e) {
  e->lhs = checkRValue(e->lhs);
  e->rhs = checkRValue(e->rhs);
  if (isError(e->lhs) || isError(e->rhs)) return errorExpr(e);
  if (isVoidOperand(e->lhs) | isVoidOperand(e->rhs)) return errorExpr(e);
  const CType* a = e->lhs->type;
  const CType* b = e->rhs->type;
  const char* op = spellingOf(e->op);
  if (a->isArithmetic() && b->isArithmetic()) return checkArithmetic(e);
  if (e->op == BinaryOp::Add && a->isInteger() && b->isPointer()) {
    std::swap(e->lhs, e->rhs);
    std::swap(a, b);
  }
  if (!a->isPointer()) {
    invalidOperands(e->loc, op, e->lhs, e->rhs);
    return errorExpr(e);
  }
  const CType* pointee = a->inner;
  if (!pointee->isComplete() && !pointee->isVoid() && !pointee->isFunction()) {
    error(e->loc, "invalid use of undefined type " + quote(pointee));
    return errorExpr(e);
  }
  if (b->isInteger()) {
    e->rhs = convert(e->rhs, types_.longType());
    e->type = a;
    return e;
  }
  if (e->op == BinaryOp::Sub && b->isPointer() &&
      types_.compatible(pointee->unqualified(), b->inner->unqualified())) {
    e->type = types_.ptrdiffType();
    return e;
  }
  invalidOperands(e->loc, op, e->lhs, e->rhs);
  return errorExpr(e);
}

// C11 6.5.7: each operand is promoted separately; the result has the promoted left type. The
// count is converted to that type too (the IR's shifts take equal operand types).
Expr* Sema::checkShift(BinaryExpr* e) {
  e->lhs = checkRValue(e->lhs);
  e->rhs = checkRValue(e->rhs);
  if (isError(e->lhs) || isError(e->rhs)) return errorExpr(e);
  if (isVoidOperand(e->lhs) | isVoidOperand(e->rhs)) return errorExpr(e);
  if (!e->lhs->type->isInteger() || !e->rhs->type->isInteger()) {
    invalidOperands(e->loc, spellingOf(e->op), e->lhs, e->rhs);
    return errorExpr(e);
  }
  e->lhs = promote(e->lhs);
  e->rhs = promote(e->rhs);
  const CType* t = e->lhs->type;
  if (auto count = evaluateInteger(e->rhs)) {
    const char* which = e->op == BinaryOp::Shl ? "left" : "right";
    if (*count < 0 && e->rhs->type->isSignedInteger())
      warning(e->loc, std::string(which) + " shift count is negative [-Wshift-count-negative]");
    else if (static_cast<std::uint64_t>(*count) >= integerBits(t))
      warning(e->loc,
              std::string(which) + " shift count >= width of type [-Wshift-count-overflow]");
  }
  e->rhs = convert(e->rhs, t);
  e->type = t;
  return e;
}

// C11 6.5.8, 6.5.9. Pointer operands stay pointers (the IR compares them unsigned); an integer
// compared with a pointer is converted to the pointer's type.
Expr* Sema::checkComparison(BinaryExpr* e) {
  e->lhs = checkRValue(e->lhs);
  e->rhs = checkRValue(e->rhs);
  if (isError(e->lhs) || isError(e->rhs)) return errorExpr(e);
  if (isVoidOperand(e->lhs) | isVoidOperand(e->rhs)) return errorExpr(e);
  const CType* a = e->lhs->type;
  const CType* b = e->rhs->type;
  bool equality = e->op == BinaryOp::Eq || e->op == BinaryOp::Ne;
  e->type = types_.intType();
  if (a->isArithmetic() && b->isArithmetic()) {
    const CType* t = usualArithmeticType(promotedType(e->lhs), promotedType(e->rhs));
    e->lhs = convert(e->lhs, t);
    e->rhs = convert(e->rhs, t);
    return e;
  }
  if (a->isPointer() && b->isPointer()) {
    bool eitherVoid = a->inner->isVoid() || b->inner->isVoid();
    bool nullCompare = isNullPointerConstant(e->lhs) || isNullPointerConstant(e->rhs);
    if (!types_.compatible(a->inner->unqualified(), b->inner->unqualified()) &&
        !(equality && (eitherVoid || nullCompare)) && !(!equality && eitherVoid))
      warning(e->loc, "comparison of distinct pointer types lacks a cast");
    return e;
  }
  if ((a->isPointer() && b->isInteger()) || (a->isInteger() && b->isPointer())) {
    Expr*& integer = a->isPointer() ? e->rhs : e->lhs;
    const CType* pointer = a->isPointer() ? a : b;
    if (!isNullPointerConstant(integer)) warning(e->loc, "comparison between pointer and integer");
    integer = convert(integer, pointer);
    return e;
  }
  invalidOperands(e->loc, spellingOf(e->op), e->lhs, e->rhs);
  return errorExpr(e);
}

// C11 6.5.13-14: scalar operands, each compared with 0 by lowering; result int.
Expr* Sema::checkLogical(BinaryExpr* e) {
  e->lhs = checkRValue(e->lhs);
  e->rhs = checkRValue(e->rhs);
  if (isError(e->lhs) || isError(e->rhs)) return errorExpr(e);
  if (isVoidOperand(e->lhs) | isVoidOperand(e->rhs)) return errorExpr(e);
  if (!e->lhs->type->isScalar() || !e->rhs->type->isScalar()) {
    invalidOperands(e->loc, spellingOf(e->op), e->lhs, e->rhs, true);
    return errorExpr(e);
  }
  e->type = types_.intType();
  return e;
}

// ---------------------------------------------------------------------------------------------
// Assignment (C11 6.5.16)

Expr* Sema::checkAssign(AssignExpr* e) {
  if (e->isCompound) return checkCompoundAssign(e);
  e->lhs = checkExpr(e->lhs);
  e->rhs = checkRValue(e->rhs);
  if (!checkModifiableLvalue(e->lhs, e->loc, "lvalue required as left operand of assignment",
                             "assignment"))
    return errorExpr(e);
  ConversionContext ctx{ConversionContext::Kind::Assignment, e->loc, "", 0, {}};
  e->rhs = convertForAssignment(e->lhs->type, e->rhs, ctx);
  e->type = e->lhs->type->unqualified();
  return e;
}

// C11 6.5.16.2: `E1 op= E2` is `E1 = E1 op (E2)` with E1 evaluated once. The operation is
// performed in computationType (the usual arithmetic conversions of both operands, or the
// promoted left type for shifts); the result is converted back to E1's type.
Expr* Sema::checkCompoundAssign(AssignExpr* e) {
  e->lhs = checkExpr(e->lhs);
  e->rhs = checkRValue(e->rhs);
  if (!checkModifiableLvalue(e->lhs, e->loc, "lvalue required as left operand of assignment",
                             "assignment"))
    return errorExpr(e);
  if (isError(e->rhs) || isVoidOperand(e->rhs)) return errorExpr(e);
  const CType* target = e->lhs->type->unqualified();
  const CType* value = e->rhs->type;
  const char* op = spellingOf(e->op);
  bool additive = e->op == BinaryOp::Add || e->op == BinaryOp::Sub;
  bool shift = e->op == BinaryOp::Shl || e->op == BinaryOp::Shr;
  bool integerOnly = shift || e->op == BinaryOp::Mod || e->op == BinaryOp::BitAnd ||
                     e->op == BinaryOp::BitXor || e->op == BinaryOp::BitOr;
  e->type = target;
  if (additive && target->isPointer() && value->isInteger()) {
    const CType* pointee = target->inner;
    if (!pointee->isComplete() && !pointee->isVoid() && !pointee->isFunction()) {
      error(e->loc, "invalid use of undefined type " + quote(pointee));
      return errorExpr(e);
    }
    e->computationType = target;
    e->rhs = convert(e->rhs, types_.longType());
    return e;
  }
  bool valid = integerOnly ? target->isInteger() && value->isInteger()
                           : target->isArithmetic() && value->isArithmetic();
  if (!valid) {
    invalidOperands(e->loc, op, e->lhs, e->rhs);
    return errorExpr(e);
  }
  if (shift) {
    e->computationType = promotedType(e->lhs);
    e->rhs = convert(promote(e->rhs), e->computationType);
  } else {
    e->computationType = usualArithmeticType(promotedType(e->lhs), promotedType(e->rhs));
    e->rhs = convertKeepingDomain(e->rhs, e->computationType);
  }
  return e;
}

// ---------------------------------------------------------------------------------------------
// Conditional operator (C11 6.5.15)

Expr* Sema::checkConditional(ConditionalExpr* e) {
  e->condition = checkRValue(e->condition);
  checkScalarCondition(e->condition);
  e->thenExpr = checkRValue(e->thenExpr);
  e->elseExpr = checkRValue(e->elseExpr);
  if (isError(e->condition) || isError(e->thenExpr) || isError(e->elseExpr)) return errorExpr(e);
  const CType* a = e->thenExpr->type;
  const CType* b = e->elseExpr->type;
  const CType* t = nullptr;
  if (a->isArithmetic() && b->isArithmetic()) {
    t = usualArithmeticType(promotedType(e->thenExpr), promotedType(e->elseExpr));
  } else if (a->isVoid() || b->isVoid()) {
    t = types_.voidType();
  } else if (a->isRecord() && b->isRecord() && a->record == b->record) {
    t = a;
  } else if (a->isPointer() && b->isPointer()) {
    const CType* pa = a->inner;
    const CType* pb = b->inner;
    unsigned quals = pa->quals | pb->quals;
    if (isNullPointerConstant(e->elseExpr))
      t = a;
    else if (isNullPointerConstant(e->thenExpr))
      t = b;
    else if (pa->isVoid() || pb->isVoid())
      t = types_.pointerTo(types_.qualified(types_.voidType(), quals));
    else if (types_.compatible(pa->unqualified(), pb->unqualified()))
      t = types_.pointerTo(
          types_.qualified(types_.composite(pa->unqualified(), pb->unqualified()), quals));
    else {
      warning(e->loc, "pointer type mismatch in conditional expression");
      t = types_.pointerTo(types_.qualified(types_.voidType(), quals));
    }
  } else if ((a->isPointer() && b->isInteger()) || (a->isInteger() && b->isPointer())) {
    t = a->isPointer() ? a : b;
    Expr* integer = a->isPointer() ? e->elseExpr : e->thenExpr;
    if (!isNullPointerConstant(integer))
      warning(e->loc, "pointer/integer type mismatch in conditional expression");
  } else {
    error(e->loc, "type mismatch in conditional expression");
    return errorExpr(e);
  }
  e->thenExpr = convert(e->thenExpr, t);
  e->elseExpr = convert(e->elseExpr, t);
  e->type = t->unqualified();
  return e;
}

} // namespace minicc::frontend
