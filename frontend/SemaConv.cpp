// frontend/SemaConv.cpp — conversions (C11 6.3) and the assignment-like conversion checks.
//
// Provides: Sema::rvalue (lvalue, array and function conversions, 6.3.2.1), convert (inserts
// the ImplicitCast a conversion needs), the integer promotions (6.3.1.1), the usual arithmetic
// conversions (6.3.1.8), default argument promotions (6.5.2.2p6), null pointer constants
// (6.3.2.3p3) and convertForAssignment (6.5.16.1, used for assignment, initialisation,
// arguments and return) with gcc 12's wording for each context. Needs: Sema.h.
//
// Floating types already flow through every rule here; only requireFloatSupport stops them
// until the backend handles them (issue 3).
#include "frontend/Sema.h"

namespace minicc::frontend {

Expr* Sema::implicitCast(Expr* e, CastKind kind, const CType* type) {
  auto* cast = ast_.make<ImplicitCastExpr>();
  cast->loc = e->loc;
  cast->castKind = kind;
  cast->operand = e;
  cast->type = type;
  return cast;
}

Expr* Sema::rvalue(Expr* e) {
  if (!e->type || e->type->isError()) return e;
  if (e->type->isArray())
    return implicitCast(e, CastKind::ArrayToPointer, types_.pointerTo(e->type->inner));
  if (e->type->isFunction())
    return implicitCast(e, CastKind::FunctionToPointer, types_.pointerTo(e->type));
  if (!e->isLvalue) return e;
  if (e->type->isFloating()) requireFloatSupport(e);
  return implicitCast(e, CastKind::LvalueToRvalue, e->type->unqualified());
}

void Sema::requireFloatSupport(const Expr* e) {
  if (floatingPointEnabled_ || unevaluatedDepth_ || reportedFloat_) return;
  reportedFloat_ = true;
  reportUnsupported(e->loc, "floating-point values are not supported yet");
}

// Issue 3 constructs. In a static function the report waits until the end of the unit: such a
// function is only an error if something uses it (glibc-independent headers, like csmith's,
// define static helpers over double that a program may never call).
void Sema::reportUnsupported(SourceLocation loc, const std::string& message) {
  if (function_ && function_->deferUnsupported) {
    if (function_->firstUnsupported.empty()) {
      function_->firstUnsupportedLoc = loc;
      function_->firstUnsupported = message;
    }
    return;
  }
  error(loc, message);
}

Expr* Sema::convert(Expr* e, const CType* to) {
  const CType* from = e->type;
  to = to->unqualified();
  if (from->isError() || to->isError() || from == to) return e;
  CastKind kind = CastKind::NoOp;
  if (to->isVoid()) {
    kind = CastKind::ToVoid;
  } else if (to->isBool() && from->isScalar()) {
    kind = CastKind::BoolConversion;
  } else if (to->isInteger()) {
    kind = from->isPointer()    ? CastKind::PointerToInteger
           : from->isFloating() ? CastKind::FloatToInteger
                                : CastKind::IntegerConversion;
  } else if (to->isPointer()) {
    kind = from->isPointer() ? CastKind::PointerConversion : CastKind::IntegerToPointer;
  } else if (to->isFloating()) {
    kind = from->isFloating() ? CastKind::FloatConversion : CastKind::IntegerToFloat;
  }
  if (to->isFloating() || from->isFloating()) requireFloatSupport(e);
  return implicitCast(e, kind, to);
}

// C11 6.3.1.1p2. gcc promotes a bit-field narrower than int to int, and an unsigned int
// bit-field of full width to unsigned int; wider bit-fields keep their declared type.
const CType* Sema::promotedType(const Expr* e) const {
  const CType* t = e->type->unqualified();
  if (!t->isInteger()) return t;
  if (const RecordMember* bf = bitFieldOf(e)) {
    if (integerRank(t) <= integerRank(types_.intType()))
      return bf->bitWidth < 32 || t->isSignedInteger() ? types_.intType() : types_.uintType();
  }
  if (integerRank(t) < integerRank(types_.intType())) return types_.intType();
  return enumUnderlying(t);
}

Expr* Sema::promote(Expr* e) {
  if (e->type->isError()) return e;
  return convert(e, promotedType(e));
}

Expr* Sema::defaultArgumentPromotion(Expr* e) {
  if (e->type->unqualified()->kind == CTypeKind::Float)
    return convert(e, types_.basic(CTypeKind::Double));
  return promote(e);
}

const CType* Sema::usualArithmeticType(const CType* a, const CType* b) const {
  a = enumUnderlying(a->unqualified());
  b = enumUnderlying(b->unqualified());
  if (a->isError() || b->isError()) return types_.errorType();
  for (CTypeKind k : {CTypeKind::LongDouble, CTypeKind::Double, CTypeKind::Float})
    if (a->kind == k || b->kind == k) return types_.basic(k);
  if (a == b) return a;
  if (a->isSignedInteger() == b->isSignedInteger()) return integerRank(a) >= integerRank(b) ? a : b;
  const CType* u = a->isSignedInteger() ? b : a;
  const CType* s = a->isSignedInteger() ? a : b;
  if (integerRank(u) >= integerRank(s)) return u;
  if (typeSize(s) > typeSize(u)) return s;
  switch (s->kind) {
  case CTypeKind::Long: return types_.basic(CTypeKind::ULong);
  case CTypeKind::LongLong: return types_.basic(CTypeKind::ULongLong);
  default: return types_.basic(CTypeKind::UInt);
  }
}

bool Sema::isNullPointerConstant(const Expr* e) const {
  if (e->type->isInteger()) {
    auto v = evaluateInteger(e);
    return v && *v == 0;
  }
  if (!e->type->isPointer() || !e->type->inner->isVoid() || e->type->inner->quals) return false;
  const Expr* operand = nullptr;
  if (e->kind == ExprKind::Cast) operand = static_cast<const CastExpr*>(e)->operand;
  if (e->kind == ExprKind::ImplicitCast) operand = static_cast<const ImplicitCastExpr*>(e)->operand;
  return operand && operand->type->isInteger() && isNullPointerConstant(operand);
}

bool Sema::checkScalarCondition(Expr* e) {
  const CType* t = e->type;
  if (t->isError() || t->isScalar()) return true;
  if (t->isVoid())
    error(e->loc, "void value not ignored as it ought to be");
  else
    error(e->loc, std::string("used ") + (t->isUnion() ? "union" : "struct") +
                      " type value where scalar is required");
  return false;
}

namespace {

std::string qualifierNames(unsigned quals) {
  std::string out;
  unsigned count = 0;
  for (auto [bit, word] : {std::pair{QualConst, "const"}, std::pair{QualVolatile, "volatile"},
                           std::pair{QualRestrict, "restrict"}, std::pair{QualAtomic, "_Atomic"}})
    if (quals & bit) {
      out += (count++ ? " " : "") + std::string(word);
    }
  return "'" + out + (count > 1 ? "' qualifiers" : "' qualifier");
}

} // namespace

// C11 6.5.16.1p1 constraints, reported with gcc 12's wording: integer/pointer mixes,
// incompatible pointers and dropped qualifiers are warnings; other mismatches are errors.
Expr* Sema::convertForAssignment(const CType* target, Expr* value, const ConversionContext& ctx) {
  const CType* to = target->unqualified();
  const CType* from = value->type;
  if (to->isError() || from->isError()) return value;
  using Kind = ConversionContext::Kind;
  std::string argument =
      "passing argument " + std::to_string(ctx.argumentIndex) + " of '" + ctx.functionName + "'";
  auto expectedNote = [&] {
    if (ctx.kind == Kind::Argument && ctx.paramLoc.isValid())
      note(ctx.paramLoc, "expected " + quote(target) + " but argument is of type " + quote(from));
  };
  auto intPointerMix = [&](const char* what) {
    std::string tail = std::string(" makes ") + what + " without a cast [-Wint-conversion]";
    switch (ctx.kind) {
    case Kind::Assignment:
      warning(ctx.loc, "assignment to " + quote(to) + " from " + quote(from) + tail);
      break;
    case Kind::Initialization:
      warning(ctx.loc, "initialization of " + quote(to) + " from " + quote(from) + tail);
      break;
    case Kind::Return:
      warning(ctx.loc,
              "returning " + quote(from) + " from a function with return type " + quote(to) + tail);
      break;
    case Kind::Argument: warning(ctx.loc, argument + tail); break;
    }
    expectedNote();
  };
  auto incompatiblePointer = [&] {
    const char* flag = " [-Wincompatible-pointer-types]";
    switch (ctx.kind) {
    case Kind::Assignment:
      warning(ctx.loc, "assignment to " + quote(to) + " from incompatible pointer type " +
                           quote(from) + flag);
      break;
    case Kind::Initialization:
      warning(ctx.loc, "initialization of " + quote(to) + " from incompatible pointer type " +
                           quote(from) + flag);
      break;
    case Kind::Return:
      warning(ctx.loc, "returning " + quote(from) +
                           " from a function with incompatible return type " + quote(to) + flag);
      break;
    case Kind::Argument:
      warning(ctx.loc, argument + " from incompatible pointer type" + flag);
      break;
    }
    expectedNote();
  };
  auto discards = [&](unsigned quals) {
    std::string tail =
        " discards " + qualifierNames(quals) + " from pointer target type [-Wdiscarded-qualifiers]";
    switch (ctx.kind) {
    case Kind::Assignment: warning(ctx.loc, "assignment" + tail); break;
    case Kind::Initialization: warning(ctx.loc, "initialization" + tail); break;
    case Kind::Return: warning(ctx.loc, "return" + tail); break;
    case Kind::Argument: warning(ctx.loc, argument + tail); break;
    }
    expectedNote();
  };
  auto incompatible = [&] {
    switch (ctx.kind) {
    case Kind::Assignment:
      error(value->loc,
            "incompatible types when assigning to type " + quote(to) + " from type " + quote(from));
      break;
    case Kind::Initialization:
      error(ctx.loc, "incompatible types when initializing type " + quote(to) + " using type " +
                         quote(from));
      break;
    case Kind::Return:
      error(ctx.loc, "incompatible types when returning type " + quote(from) + " but " + quote(to) +
                         " was expected");
      break;
    case Kind::Argument:
      error(ctx.loc, "incompatible type for argument " + std::to_string(ctx.argumentIndex) +
                         " of '" + ctx.functionName + "'");
      expectedNote();
      break;
    }
    return value;
  };

  if (from->isVoid()) {
    error(startLocation(value), "void value not ignored as it ought to be");
    return value;
  }
  if (to->isArithmetic() && from->isArithmetic()) return convert(value, to);
  if (to->isRecord() || from->isRecord()) {
    if (to->isRecord() && from->isRecord() && to->record == from->record) return value;
    return incompatible();
  }
  if (to->isBool() && from->isPointer()) return convert(value, to);
  if (to->isPointer()) {
    if (from->isInteger()) {
      if (!isNullPointerConstant(value)) intPointerMix("pointer from integer");
      return convert(value, to);
    }
    if (!from->isPointer()) return incompatible();
    const CType* toPointee = to->inner;
    const CType* fromPointee = from->inner;
    bool eitherVoid = toPointee->isVoid() || fromPointee->isVoid();
    if (!eitherVoid && !types_.compatible(toPointee->unqualified(), fromPointee->unqualified()))
      incompatiblePointer();
    else if (unsigned lost = fromPointee->quals & ~toPointee->quals;
             lost && !isNullPointerConstant(value))
      discards(lost);
    return convert(value, to);
  }
  if (to->isInteger() && from->isPointer()) {
    intPointerMix("integer from pointer");
    return convert(value, to);
  }
  return incompatible();
}

} // namespace minicc::frontend
