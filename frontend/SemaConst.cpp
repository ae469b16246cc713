// frontend/SemaConst.cpp — constant expressions (C11 6.6).
//
// Provides: Sema::evaluateConstant / evaluateInteger over checked expressions: integer
// constant expressions (array sizes, case labels, enumerators, bit-field widths), arithmetic
// constants, and address constants (a static object, function or string literal plus an
// offset, including the offsetof idiom `&((T *)0)->m`) for static initializers; and
// checkIntegerConstant, which checks an expression and requires it to be an ICE.
// Integer values are kept in the canonical form of their type: sign-extended for signed types,
// zero-extended for unsigned ones. Floating values are values of their type held in a long
// double; each operation is computed in its type and each conversion rounds once to the target
// (C11 6.3.1.4-5, 6.6p5: as at run time, FLT_EVAL_METHOD 0), through ir/FloatValue.h.
// Needs: Sema.h, LiteralParser.h, ir/FloatValue.h.
#include "frontend/LiteralParser.h"
#include "frontend/Sema.h"
#include "ir/FloatValue.h"

#include <cmath>

namespace minicc::frontend {

namespace {

using Kind = ConstantValue::Kind;

std::int64_t normalize(std::uint64_t value, const CType* type) {
  type = enumUnderlying(type->unqualified());
  if (type->isBool()) return value != 0;
  if (!type->isInteger()) return static_cast<std::int64_t>(value);
  unsigned bits = integerBits(type);
  if (bits >= 64) return static_cast<std::int64_t>(value);
  std::uint64_t mask = (std::uint64_t{1} << bits) - 1;
  value &= mask;
  if (type->isSignedInteger()) {
    std::uint64_t sign = std::uint64_t{1} << (bits - 1);
    return static_cast<std::int64_t>((value ^ sign) - sign);
  }
  return static_cast<std::int64_t>(value);
}

ConstantValue integer(std::int64_t v) {
  ConstantValue c;
  c.kind = Kind::Integer;
  c.value = v;
  return c;
}

ConstantValue floating(long double v) {
  ConstantValue c;
  c.kind = Kind::Float;
  c.floatValue = v;
  return c;
}

std::optional<bool> truthValue(const ConstantValue& v) {
  switch (v.kind) {
  case Kind::Integer: return v.value != 0;
  case Kind::Float: return v.floatValue != 0;
  case Kind::Address: // objects and functions have non-null addresses, unless weak
    if (v.symbol && v.symbol->isWeak) return std::nullopt;
    return true;
  }
  return std::nullopt;
}

// The IR type whose arithmetic a C floating type has.
ir::Type floatingType(const CType* type) {
  switch (type->unqualified()->kind) {
  case CTypeKind::Float: return ir::Type::f32();
  case CTypeKind::Double: return ir::Type::f64();
  default: return ir::Type::f80();
  }
}

// An arithmetic constant of type `from` converted to the floating type `to`, rounded once.
long double toFloating(const ConstantValue& v, const CType* from, const CType* to) {
  if (v.kind == Kind::Float) return ir::roundToType(floatingType(to), v.floatValue);
  return ir::integerToFloat(floatingType(to), static_cast<std::uint64_t>(v.value),
                            !enumUnderlying(from->unqualified())->isUnsignedInteger());
}

// gcc folds an out-of-range conversion to an integer type by saturating (NaN gives 0); the
// behaviour is undefined (C11 6.3.1.4p1), so this only has to be deterministic and match gcc.
std::int64_t floatToIntegerConstant(long double v, const CType* to) {
  const CType* t = enumUnderlying(to->unqualified());
  unsigned bits = integerBits(t);
  bool isSigned = t->isSignedInteger();
  if (auto inRange = ir::floatToInteger(v, bits, isSigned)) return normalize(*inRange, t);
  if (std::isnan(v)) return 0;
  std::uint64_t max = isSigned ? (std::uint64_t{1} << (bits - 1)) - 1
                               : (bits >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << bits) - 1);
  std::uint64_t min = isSigned ? std::uint64_t{1} << (bits - 1) : 0; // the pattern of the minimum
  return normalize(v > 0 ? max : min, t);
}

std::uint64_t pointeeSize(const CType* pointer) {
  const CType* pointee = pointer->inner;
  return pointee->isVoid() || pointee->isFunction() ? 1 : typeSize(pointee);
}

// Adds `delta` bytes to a pointer constant.
ConstantValue offsetBy(ConstantValue p, std::int64_t delta) {
  if (p.kind == Kind::Address)
    p.offset += delta;
  else
    p.value = static_cast<std::int64_t>(static_cast<std::uint64_t>(p.value) +
                                        static_cast<std::uint64_t>(delta));
  return p;
}

std::optional<ConstantValue> compareIntegers(BinaryOp op, std::int64_t a, std::int64_t b,
                                             bool isSigned) {
  auto ua = static_cast<std::uint64_t>(a), ub = static_cast<std::uint64_t>(b);
  bool r;
  switch (op) {
  case BinaryOp::Lt: r = isSigned ? a < b : ua < ub; break;
  case BinaryOp::Gt: r = isSigned ? a > b : ua > ub; break;
  case BinaryOp::Le: r = isSigned ? a <= b : ua <= ub; break;
  case BinaryOp::Ge: r = isSigned ? a >= b : ua >= ub; break;
  case BinaryOp::Eq: r = a == b; break;
  case BinaryOp::Ne: r = a != b; break;
  default: return std::nullopt;
  }
  return integer(r);
}

std::optional<ConstantValue> integerArithmetic(BinaryOp op, std::int64_t a, std::int64_t b,
                                               const CType* type) {
  bool isSigned = type->isSignedInteger();
  auto ua = static_cast<std::uint64_t>(a), ub = static_cast<std::uint64_t>(b);
  unsigned bits = integerBits(enumUnderlying(type));
  std::uint64_t r;
  switch (op) {
  case BinaryOp::Add: r = ua + ub; break;
  case BinaryOp::Sub: r = ua - ub; break;
  case BinaryOp::Mul: r = ua * ub; break;
  case BinaryOp::Div:
  case BinaryOp::Mod:
    if (b == 0) return std::nullopt;
    if (isSigned) {
      if (b == -1) // avoid the host's INT64_MIN / -1 trap; the wrapped result is normalised
        r = op == BinaryOp::Div ? 0 - ua : 0;
      else
        r = static_cast<std::uint64_t>(op == BinaryOp::Div ? a / b : a % b);
    } else {
      r = op == BinaryOp::Div ? ua / ub : ua % ub;
    }
    break;
  case BinaryOp::Shl:
    if (ub >= bits) return std::nullopt;
    r = ua << ub;
    break;
  case BinaryOp::Shr:
    if (ub >= bits) return std::nullopt;
    r = isSigned ? static_cast<std::uint64_t>(a >> ub) : ua >> ub;
    break;
  case BinaryOp::BitAnd: r = ua & ub; break;
  case BinaryOp::BitXor: r = ua ^ ub; break;
  case BinaryOp::BitOr: r = ua | ub; break;
  default: return compareIntegers(op, a, b, isSigned);
  }
  return integer(normalize(r, type));
}

// `a op b` for two values of the floating type `type`, computed in that type.
std::optional<ConstantValue> floatArithmetic(BinaryOp op, long double a, long double b,
                                             const CType* type) {
  ir::FloatOperation operation;
  switch (op) {
  case BinaryOp::Add: operation = ir::FloatOperation::Add; break;
  case BinaryOp::Sub: operation = ir::FloatOperation::Sub; break;
  case BinaryOp::Mul: operation = ir::FloatOperation::Mul; break;
  case BinaryOp::Div: operation = ir::FloatOperation::Div; break;
  case BinaryOp::Lt: return integer(a < b);
  case BinaryOp::Gt: return integer(a > b);
  case BinaryOp::Le: return integer(a <= b);
  case BinaryOp::Ge: return integer(a >= b);
  case BinaryOp::Eq: return integer(a == b);
  case BinaryOp::Ne: return integer(a != b);
  default: return std::nullopt;
  }
  return floating(ir::applyInType(floatingType(type), operation, a, b));
}

} // namespace

std::optional<ConstantValue> Sema::evaluateConstant(const Expr* e) const {
  return evaluate(e);
}

std::optional<std::int64_t> Sema::evaluateInteger(const Expr* e) const {
  if (!e->type || !e->type->isInteger()) return std::nullopt;
  auto v = evaluate(e);
  if (!v || v->kind != Kind::Integer) return std::nullopt;
  return v->value;
}

std::optional<std::int64_t> Sema::checkIntegerConstant(Expr*& e, const char* notConstantMessage,
                                                       SourceLocation reportAt,
                                                       bool nonIntegerAtStart) {
  e = checkRValue(e);
  if (e->type->isError()) return std::nullopt;
  auto v = e->type->isInteger() ? evaluateInteger(e) : std::nullopt;
  if (v) return v;
  if (nonIntegerAtStart && !e->type->isInteger()) reportAt = startLocation(e);
  error(reportAt.isValid() ? reportAt : e->loc, notConstantMessage);
  return v;
}

std::optional<ConstantValue> Sema::evaluate(const Expr* e) const {
  // ConstantValue holds one number: complex values (and their parts) are computed at run time.
  if (!e->type || e->type->isError() || e->type->isComplex()) return std::nullopt;
  switch (e->kind) {
  case ExprKind::IntLiteral:
    return integer(normalize(static_cast<const IntLiteralExpr*>(e)->value, e->type));
  case ExprKind::CharLiteral:
    return integer(normalize(
        static_cast<std::uint64_t>(static_cast<const CharLiteralExpr*>(e)->value), e->type));
  case ExprKind::FloatLiteral:
    return floating(floatingLiteralValue(*static_cast<const FloatLiteralExpr*>(e)));
  case ExprKind::Identifier: {
    const Symbol* s = static_cast<const IdentifierExpr*>(e)->symbol;
    if (s && s->kind == SymbolKind::EnumConstant) return integer(s->enumValue);
    return std::nullopt;
  }
  case ExprKind::ImplicitCast: {
    auto* c = static_cast<const ImplicitCastExpr*>(e);
    switch (c->castKind) {
    case CastKind::ArrayToPointer:
    case CastKind::FunctionToPointer: return evaluateAddress(c->operand);
    case CastKind::LvalueToRvalue:
    case CastKind::ToVoid: return std::nullopt;
    default: return evaluateCast(c->operand, c->type);
    }
  }
  case ExprKind::Cast: {
    auto* c = static_cast<const CastExpr*>(e);
    if (e->type->isVoid()) return std::nullopt;
    return evaluate(c->operand);
  }
  case ExprKind::Unary: {
    auto* u = static_cast<const UnaryExpr*>(e);
    if (u->op == UnaryOp::AddrOf) return evaluateAddress(u->operand);
    if (u->op == UnaryOp::Deref || u->op == UnaryOp::PreInc || u->op == UnaryOp::PreDec ||
        u->op == UnaryOp::PostInc || u->op == UnaryOp::PostDec || u->op == UnaryOp::Real ||
        u->op == UnaryOp::Imag)
      return std::nullopt;
    auto v = evaluate(u->operand);
    if (!v) return std::nullopt;
    if (u->op == UnaryOp::LogNot) {
      auto t = truthValue(*v);
      if (!t) return std::nullopt;
      return integer(!*t);
    }
    if (v->kind == Kind::Float) {
      if (u->op == UnaryOp::Minus) v->floatValue = -v->floatValue;
      return u->op == UnaryOp::BitNot ? std::nullopt : v;
    }
    if (v->kind != Kind::Integer) return std::nullopt;
    auto x = static_cast<std::uint64_t>(v->value);
    if (u->op == UnaryOp::Minus) x = 0 - x;
    if (u->op == UnaryOp::BitNot) x = ~x;
    return integer(normalize(x, e->type));
  }
  case ExprKind::Binary: return evaluateBinary(static_cast<const BinaryExpr*>(e));
  case ExprKind::Call: return evaluateBuiltinCall(static_cast<const CallExpr*>(e));
  case ExprKind::Conditional: {
    auto* c = static_cast<const ConditionalExpr*>(e);
    auto cond = evaluate(c->condition);
    if (!cond) return std::nullopt;
    auto truth = truthValue(*cond);
    if (!truth) return std::nullopt;
    return evaluate(*truth ? c->thenExpr : c->elseExpr);
  }
  default: return std::nullopt;
  }
}

// The address an lvalue designates, when it is a constant (C11 6.6p9).
std::optional<ConstantValue> Sema::evaluateAddress(const Expr* e) const {
  ConstantValue address;
  address.kind = Kind::Address;
  switch (e->kind) {
  case ExprKind::Identifier: {
    Symbol* s = static_cast<const IdentifierExpr*>(e)->symbol;
    // A thread-local object's address differs per thread: not an address constant.
    if (!s || !(s->kind == SymbolKind::Function ||
                (s->kind == SymbolKind::Object && s->hasStaticStorage && !s->isThreadLocal)))
      return std::nullopt;
    address.symbol = s;
    return address;
  }
  case ExprKind::StringLiteral:
    address.string = static_cast<const StringLiteralExpr*>(e);
    return address;
  case ExprKind::CompoundLiteral: {
    auto found = output_.compoundLiterals.find(static_cast<const CompoundLiteralExpr*>(e));
    if (found == output_.compoundLiterals.end() || !found->second->hasStaticStorage)
      return std::nullopt;
    address.symbol = found->second;
    return address;
  }
  case ExprKind::Member: {
    auto* m = static_cast<const MemberExpr*>(e);
    if (!m->member || m->member->isBitField) return std::nullopt;
    auto base = m->isArrow ? evaluate(m->base) : evaluateAddress(m->base);
    if (!base || base->kind == Kind::Float) return std::nullopt;
    return offsetBy(*base, static_cast<std::int64_t>(m->member->offset));
  }
  case ExprKind::Index: {
    auto* i = static_cast<const IndexExpr*>(e);
    auto base = evaluate(i->base);
    auto index = evaluate(i->index);
    if (!base || !index || base->kind == Kind::Float || index->kind != Kind::Integer)
      return std::nullopt;
    return offsetBy(*base, index->value * static_cast<std::int64_t>(pointeeSize(i->base->type)));
  }
  case ExprKind::Unary: {
    auto* u = static_cast<const UnaryExpr*>(e);
    if (u->op != UnaryOp::Deref) return std::nullopt;
    auto p = evaluate(u->operand);
    if (!p || p->kind == Kind::Float) return std::nullopt;
    return p;
  }
  default: return std::nullopt;
  }
}

std::optional<ConstantValue> Sema::evaluateCast(const Expr* operand, const CType* to) const {
  auto v = evaluate(operand);
  if (!v) return std::nullopt;
  const CType* from = operand->type;
  to = to->unqualified();
  if (to->isBool()) {
    auto t = truthValue(*v);
    return t ? std::optional(integer(*t)) : std::nullopt;
  }
  if (to->isInteger()) {
    if (v->kind == Kind::Address) return v; // only usable where a pointer-sized value fits
    if (v->kind == Kind::Float) return integer(floatToIntegerConstant(v->floatValue, to));
    return integer(normalize(static_cast<std::uint64_t>(v->value), to));
  }
  if (to->isPointer()) {
    if (v->kind == Kind::Float) return std::nullopt;
    if (v->kind == Kind::Integer && from->isInteger())
      return integer(normalize(static_cast<std::uint64_t>(v->value), types_.ulongType()));
    return v;
  }
  if (to->isFloating()) {
    if (v->kind == Kind::Address) return std::nullopt;
    return floating(toFloating(*v, from, to));
  }
  return std::nullopt;
}

std::optional<ConstantValue> Sema::evaluateBinary(const BinaryExpr* e) const {
  if (e->op == BinaryOp::Comma) return std::nullopt;
  if (e->op == BinaryOp::LogAnd || e->op == BinaryOp::LogOr) {
    auto a = evaluate(e->lhs);
    auto ta = a ? truthValue(*a) : std::nullopt;
    if (!ta) return std::nullopt;
    if (e->op == BinaryOp::LogAnd ? !*ta : *ta) return integer(*ta);
    auto b = evaluate(e->rhs);
    auto tb = b ? truthValue(*b) : std::nullopt;
    if (!tb) return std::nullopt;
    return integer(*tb);
  }
  auto a = evaluate(e->lhs);
  auto b = evaluate(e->rhs);
  if (!a || !b) return std::nullopt;
  const CType* lt = e->lhs->type;
  const CType* rt = e->rhs->type;
  if (lt->isPointer() && rt->isInteger() && (e->op == BinaryOp::Add || e->op == BinaryOp::Sub)) {
    std::int64_t delta = b->value * static_cast<std::int64_t>(pointeeSize(lt));
    return offsetBy(*a, e->op == BinaryOp::Add ? delta : -delta);
  }
  if (lt->isPointer() && rt->isPointer()) {
    bool sameBase = a->kind == b->kind && a->symbol == b->symbol && a->string == b->string;
    if (!sameBase) {
      // Distinct objects are never equal, and no object is at address 0.
      bool nullVsObject = (a->kind == Kind::Integer && a->value == 0) ||
                          (b->kind == Kind::Integer && b->value == 0);
      if ((e->op == BinaryOp::Eq || e->op == BinaryOp::Ne) && nullVsObject)
        return integer(e->op == BinaryOp::Ne);
      return std::nullopt;
    }
    std::int64_t x = a->kind == Kind::Address ? a->offset : a->value;
    std::int64_t y = b->kind == Kind::Address ? b->offset : b->value;
    if (e->op == BinaryOp::Sub)
      return integer((x - y) / static_cast<std::int64_t>(pointeeSize(lt)));
    return compareIntegers(e->op, x, y, false);
  }
  // Addresses cast to integers (gcc folds `(long)&a[2] - (long)a` and `(long)&x + 4`).
  if (a->kind == Kind::Address || b->kind == Kind::Address) {
    if (e->op == BinaryOp::Sub && a->kind == Kind::Address && b->kind == Kind::Address &&
        a->symbol == b->symbol && a->string == b->string)
      return integer(normalize(static_cast<std::uint64_t>(a->offset - b->offset), e->type));
    if (e->op == BinaryOp::Add && b->kind == Kind::Address) std::swap(a, b);
    if ((e->op == BinaryOp::Add || e->op == BinaryOp::Sub) && a->kind == Kind::Address &&
        b->kind == Kind::Integer)
      return offsetBy(*a, e->op == BinaryOp::Add ? b->value : -b->value);
    return std::nullopt;
  }
  // Sema converted both operands to their common type (C11 6.3.1.8), the operation's type.
  if (a->kind == Kind::Float || b->kind == Kind::Float)
    return floatArithmetic(e->op, toFloating(*a, lt, lt), toFloating(*b, rt, lt), lt);
  if (a->kind != Kind::Integer || b->kind != Kind::Integer) return std::nullopt;
  return integerArithmetic(e->op, a->value, b->value, lt);
}

} // namespace minicc::frontend

namespace minicc::frontend {

// A complex arithmetic constant (C11 6.6p3, with GNU imaginary constants): its two parts,
// each rounded to the real type of the expression's type. Products and quotients of two
// complex constants use the textbook formulas, exact for the finite values initialisers use.
std::optional<ComplexConstant> Sema::evaluateComplex(const Expr* e) const {
  if (!e->type || e->type->isError()) return std::nullopt;
  const CType* type = e->type->unqualified();
  if (!type->isComplex()) {
    auto v = evaluate(e);
    if (!v || v->kind == Kind::Address) return std::nullopt;
    return ComplexConstant{toFloating(*v, type, types_.basic(CTypeKind::LongDouble)), 0};
  }
  ir::Type part = floatingType(type->inner);
  auto rounded = [&](long double re, long double im) {
    return ComplexConstant{ir::roundToType(part, re), ir::roundToType(part, im)};
  };
  switch (e->kind) {
  case ExprKind::FloatLiteral:
    return rounded(0, floatingLiteralValue(*static_cast<const FloatLiteralExpr*>(e)));
  case ExprKind::ImplicitCast:
  case ExprKind::Cast: {
    const Expr* operand = e->kind == ExprKind::Cast
                              ? static_cast<const CastExpr*>(e)->operand
                              : static_cast<const ImplicitCastExpr*>(e)->operand;
    if (e->kind == ExprKind::ImplicitCast &&
        static_cast<const ImplicitCastExpr*>(e)->castKind == CastKind::LvalueToRvalue)
      return std::nullopt;
    auto v = evaluateComplex(operand);
    if (!v) return std::nullopt;
    // An integer converts to the real type once, not through long double.
    if (!operand->type->isComplex()) {
      auto real = evaluate(operand);
      return rounded(toFloating(*real, operand->type, type->inner), 0);
    }
    return rounded(v->re, v->im);
  }
  case ExprKind::Unary: {
    auto* u = static_cast<const UnaryExpr*>(e);
    auto v = evaluateComplex(u->operand);
    if (!v) return std::nullopt;
    if (u->op == UnaryOp::Plus) return v;
    if (u->op == UnaryOp::Minus) return rounded(-v->re, -v->im);
    if (u->op == UnaryOp::BitNot) return rounded(v->re, -v->im);
    return std::nullopt;
  }
  case ExprKind::Binary: {
    auto* b = static_cast<const BinaryExpr*>(e);
    auto x = evaluateComplex(b->lhs), y = evaluateComplex(b->rhs);
    if (!x || !y) return std::nullopt;
    switch (b->op) {
    case BinaryOp::Add: return rounded(x->re + y->re, x->im + y->im);
    case BinaryOp::Sub: return rounded(x->re - y->re, x->im - y->im);
    case BinaryOp::Mul:
      return rounded(x->re * y->re - x->im * y->im, x->re * y->im + x->im * y->re);
    case BinaryOp::Div: {
      long double d = y->re * y->re + y->im * y->im;
      return rounded((x->re * y->re + x->im * y->im) / d, (x->im * y->re - x->re * y->im) / d);
    }
    default: return std::nullopt;
    }
  }
  default: return std::nullopt;
  }
}

} // namespace minicc::frontend
