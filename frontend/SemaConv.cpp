// frontend/SemaConv.cpp — conversions (C11 6.3) and the assignment-like conversion checks.
//
// Provides: Sema::rvalue (lvalue, array and function conversions, 6.3.2.1), convert (inserts
// the ImplicitCast a conversion needs), the integer promotions (6.3.1.1), the usual arithmetic
// conversions (6.3.1.8), default argument promotions (6.5.2.2p6), null pointer constants
// (6.3.2.3p3) and convertForAssignment (6.5.16.1, used for assignment, initialisation,
// arguments and return) with gcc 12's wording for each context. Needs: Sema.h.

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
  return implicitCast(e, CastKind::LvalueToRvalue, e->type->unqualified());
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
    kind = from->isPointer()                         ? CastKind::PointerToInteger
           : from->isFloating() || from->isComplex() ? CastKind::FloatToInteger
                                                     : CastKind::IntegerConversion;
  } else if (to->isPointer()) {
    kind = from->isPointer() ? CastKind::PointerConversion : CastKind::IntegerToPointer;
  } else if (to->isFloating() || to->isComplex()) {
    // Lowering converts complex values by the C types (LowerComplex.cpp); the kind only says
    // whether the source is floating.
    kind = from->isInteger() ? CastKind::IntegerToFloat : CastKind::FloatConversion;
  }
  return implicitCast(e, kind, to);
}

// C11 6.3.1.1p2. gcc applies the bit-field rule to bit-fields of every integer type (long and
// long long too): one whose values all fit in int promotes to int, else one that fits in
// unsigned int to unsigned int; wider bit-fields keep their declared type.
const CType* Sema::promotedType(const Expr* e) const {
  const CType* t = e->type->unqualified();
  if (!t->isInteger()) return t;
  if (const RecordMember* bf = bitFieldOf(e)) {
    bool isSigned = enumUnderlying(t)->isSignedInteger();
    if (bf->bitWidth < 32 || (bf->bitWidth == 32 && isSigned)) return types_.intType();
    if (bf->bitWidth == 32) return types_.uintType();
  }
  if (integerRank(t) < integerRank(types_.intType())) return types_.intType();
  return enumUnderlying(t);
}

// C11 6.3.1.8p1: an operand is converted "without change of type domain": a real operand of
// a complex operation becomes the result's real type (G.5.1: real * complex multiplies the two
// parts, with no imaginary zero that would turn inf * 0 into NaN).
Expr* Sema::convertKeepingDomain(Expr* e, const CType* to) {
  if (to->isComplex() && !e->type->isComplex()) return convert(e, to->inner);
  return convert(e, to);
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

// C11 6.3.1.8p1: with a complex operand the result is complex, its real type found from the
// operands' real types.
const CType* Sema::usualArithmeticType(const CType* a, const CType* b) const {
  a = enumUnderlying(a->unqualified());
  b = enumUnderlying(b->unqualified());
  if (a->isError() || b->isError()) return types_.errorType();
  if (a->isComplex() || b->isComplex())
    return types_.complexOf(
        usualArithmeticType(a->isComplex() ? a->inner : a, b->isComplex() ? b->inner : b));
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

// C11 6.5.16.1p1: what is wrong with assigning `value` to an object of type `to`, if anything.
Sema::ConversionProblem Sema::classifyAssignment(const CType* to, const Expr* value,
                                                 unsigned& lostQualifiers) const {
  const CType* from = value->type;
  if (to->isArithmetic() && from->isArithmetic()) return ConversionProblem::None;
  if (to->isRecord() || from->isRecord())
    return to->isRecord() && from->isRecord() && to->record == from->record
               ? ConversionProblem::None
               : ConversionProblem::IncompatibleTypes;
  if (to->isBool() && from->isPointer()) return ConversionProblem::None;
  if (to->isPointer() && from->isInteger())
    return isNullPointerConstant(value) ? ConversionProblem::None
                                        : ConversionProblem::PointerFromInteger;
  if (to->isInteger() && from->isPointer()) return ConversionProblem::IntegerFromPointer;
  if (!to->isPointer() || !from->isPointer()) return ConversionProblem::IncompatibleTypes;
  const CType* toPointee = to->inner;
  const CType* fromPointee = from->inner;
  bool eitherVoid = toPointee->isVoid() || fromPointee->isVoid();
  if (!eitherVoid && !types_.compatible(toPointee->unqualified(), fromPointee->unqualified()))
    return ConversionProblem::IncompatiblePointer;
  lostQualifiers = fromPointee->quals & ~toPointee->quals;
  if (lostQualifiers && !isNullPointerConstant(value))
    return ConversionProblem::DiscardedQualifiers;
  return ConversionProblem::None;
}

// gcc 12's wording of each problem in each context: integer/pointer mixes, incompatible
// pointers and dropped qualifiers are warnings; other mismatches are errors.
void Sema::reportConversionProblem(ConversionProblem problem, const ConversionContext& ctx,
                                   const CType* target, const Expr* value, unsigned lost) {
  using Kind = ConversionContext::Kind;
  const CType* to = target->unqualified();
  std::string t = quote(to), f = quote(value->type);
  std::string argument =
      "passing argument " + std::to_string(ctx.argumentIndex) + " of '" + ctx.functionName + "'";
  std::string message;
  SourceLocation loc = ctx.loc;
  bool isError = false;
  switch (problem) {
  case ConversionProblem::None: return;
  case ConversionProblem::PointerFromInteger:
  case ConversionProblem::IntegerFromPointer: {
    std::string tail = problem == ConversionProblem::PointerFromInteger
                           ? " makes pointer from integer without a cast [-Wint-conversion]"
                           : " makes integer from pointer without a cast [-Wint-conversion]";
    message = ctx.kind == Kind::Assignment       ? "assignment to " + t + " from " + f + tail
              : ctx.kind == Kind::Initialization ? "initialization of " + t + " from " + f + tail
              : ctx.kind == Kind::Return
                  ? "returning " + f + " from a function with return type " + t + tail
                  : argument + tail;
    break;
  }
  case ConversionProblem::IncompatiblePointer: {
    const char* flag = " [-Wincompatible-pointer-types]";
    message = ctx.kind == Kind::Assignment
                  ? "assignment to " + t + " from incompatible pointer type " + f + flag
              : ctx.kind == Kind::Initialization
                  ? "initialization of " + t + " from incompatible pointer type " + f + flag
              : ctx.kind == Kind::Return
                  ? "returning " + f + " from a function with incompatible return type " + t + flag
                  : argument + " from incompatible pointer type" + flag;
    break;
  }
  case ConversionProblem::DiscardedQualifiers: {
    std::string tail =
        " discards " + qualifierNames(lost) + " from pointer target type [-Wdiscarded-qualifiers]";
    message = ctx.kind == Kind::Assignment       ? "assignment" + tail
              : ctx.kind == Kind::Initialization ? "initialization" + tail
              : ctx.kind == Kind::Return         ? "return" + tail
                                                 : argument + tail;
    break;
  }
  case ConversionProblem::IncompatibleTypes:
    isError = true;
    switch (ctx.kind) {
    case Kind::Assignment:
      loc = value->loc; // gcc points at the right operand here
      message = "incompatible types when assigning to type " + t + " from type " + f;
      break;
    case Kind::Initialization:
      message = "incompatible types when initializing type " + t + " using type " + f;
      break;
    case Kind::Return:
      message = "incompatible types when returning type " + f + " but " + t + " was expected";
      break;
    case Kind::Argument:
      message = "incompatible type for argument " + std::to_string(ctx.argumentIndex) + " of '" +
                ctx.functionName + "'";
      break;
    }
    break;
  }
  if (isError)
    error(loc, message);
  else
    warning(loc, message);
  if (ctx.kind == Kind::Argument && ctx.paramLoc.isValid())
    note(ctx.paramLoc, "expected " + quote(target) + " but argument is of type " + f);
}

Expr* Sema::convertForAssignment(const CType* target, Expr* value, const ConversionContext& ctx) {
  const CType* to = target->unqualified();
  if (to->isError() || value->type->isError()) return value;
  if (value->type->isVoid()) {
    error(startLocation(value), "void value not ignored as it ought to be");
    return value;
  }
  unsigned lost = 0;
  ConversionProblem problem = classifyAssignment(to, value, lost);
  reportConversionProblem(problem, ctx, target, value, lost);
  if (problem == ConversionProblem::IncompatibleTypes) return value;
  warnIfConstantOverflows(to, value);
  return convert(value, to);
}

// gcc's -Woverflow for an integer constant converted implicitly to a narrower integer type:
// only a value that fits neither the signed nor the unsigned range of the target's width
// (`char c = 300`, not `char c = 255` or `unsigned char u = -1`, which are -Wconversion's).
void Sema::warnIfConstantOverflows(const CType* to, const Expr* value) {
  const CType* from = value->type->unqualified();
  if (!to->isInteger() || to->isBool() || !from->isInteger()) return;
  unsigned bits = integerBits(to);
  if (bits >= 64) return;
  std::optional<std::int64_t> v = evaluateInteger(value);
  if (!v) return;
  bool fromUnsigned = from->isUnsignedInteger() && integerBits(from) == 64;
  if (fromUnsigned && static_cast<std::uint64_t>(*v) >= (std::uint64_t{1} << bits)) {
    // a huge unsigned long value: out of every range of the narrower type
  } else if (!fromUnsigned && *v >= -(std::int64_t{1} << (bits - 1)) &&
             *v < (std::int64_t{1} << bits)) {
    return;
  } else if (fromUnsigned) {
    return;
  }
  std::uint64_t truncated = static_cast<std::uint64_t>(*v) & ((std::uint64_t{1} << bits) - 1);
  bool toSigned = enumUnderlying(to)->isSignedInteger();
  std::int64_t result = static_cast<std::int64_t>(truncated);
  if (toSigned && (truncated >> (bits - 1)) != 0)
    result -= static_cast<std::int64_t>(std::uint64_t{1} << bits);
  std::string original = fromUnsigned || (from->isUnsignedInteger() && *v >= 0)
                             ? std::to_string(static_cast<std::uint64_t>(*v))
                             : std::to_string(*v);
  warning(startLocation(value),
          std::string(toSigned ? "overflow in conversion" : "unsigned conversion") + " from " +
              quote(from) + " to " + quote(to) + " changes value from '" + original + "' to '" +
              std::to_string(result) + "' [-Woverflow]");
}

} // namespace minicc::frontend
