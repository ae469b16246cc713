// frontend/LowerComplex.cpp — complex arithmetic (C11 6.2.5p11-13, Annex G) as IR.
//
// Provides: Lowering::complexLayout (the IR aggregate of a complex type, marked isComplex for
// the ABI classifier), complexParts/makeComplex (a complex value is the address of its two
// parts, like a struct: real at offset 0, imaginary after it, C11 6.2.5p13), convertComplex
// (C11 6.3.1.6-7: real to complex with a zero imaginary part, complex to real keeping the real
// part, part by part between complex types), complexArithmetic (+ - part by part; * and / as
// gcc -O0: component-wise when an operand is real (G.5.1), else libgcc's __mul?c3/__div?c3,
// which give Annex G's infinities and NaNs; a real dividend of a complex divisor is made
// complex first, as gcc does), complexEquality (6.5.9p4), complexIsNonZero, lowerRealImag
// (GNU __real__/__imag__) and lowerComplexIncDec. Needs: Lower.h.
#include "frontend/Lower.h"

namespace minicc::frontend {

namespace {

// libgcc's helpers for one real type: "sc3" (float), "dc3" (double), "xc3" (long double).
std::string libgccComplexHelper(const char* operation, const CType* real) {
  const char* suffix = real->kind == CTypeKind::Float    ? "sc3"
                       : real->kind == CTypeKind::Double ? "dc3"
                                                         : "xc3";
  return std::string("__") + operation + suffix;
}

} // namespace

const ir::AggregateLayout* Lowering::complexLayout(const CType* complex) {
  const CType* real = complex->unqualified()->inner;
  auto found = complexLayouts_.find(real->kind);
  if (found != complexLayouts_.end()) return found->second;
  const char* name = real->kind == CTypeKind::Float    ? "complex.float"
                     : real->kind == CTypeKind::Double ? "complex.double"
                                                       : "complex.ldouble";
  ir::AggregateLayout* layout = module_.createLayout(name);
  ir::Type part = irType(real);
  layout->size = 2 * typeSize(real);
  layout->align = typeAlign(real);
  layout->isComplex = true;
  layout->members.push_back({0, part, 2});
  complexLayouts_[real->kind] = layout;
  return layout;
}

Lowering::ComplexParts Lowering::complexParts(ir::Value* v, const CType* type) {
  type = type->unqualified();
  if (!type->isComplex()) return {v, nullptr};
  ir::Type part = irType(type->inner);
  return {builder_.load(part, v),
          builder_.load(part, offsetAddress(v, static_cast<std::int64_t>(part.size())))};
}

ir::Value* Lowering::makeComplex(const CType* type, ir::Value* re, ir::Value* im) {
  const CType* real = type->unqualified()->inner;
  ir::Type part = irType(real);
  if (!im) im = builder_.constFloat(part, 0.0);
  ir::Instruction* slot = builder_.alloca(typeSize(type), typeAlign(type));
  builder_.store(re, slot);
  builder_.store(im, offsetAddress(slot, static_cast<std::int64_t>(part.size())));
  return slot;
}

ir::Value* Lowering::convertComplex(ir::Value* v, const CType* from, const CType* to) {
  from = from->unqualified();
  to = to->unqualified();
  if (from == to) return v;
  ComplexParts parts = complexParts(v, from);
  const CType* fromReal = from->isComplex() ? from->inner : from;
  if (!to->isComplex()) {
    // C11 6.3.1.2: to _Bool, a complex value is 1 unless both parts are zero.
    if (to->isBool())
      return builder_.convert(ir::Opcode::ZExt, complexIsNonZero(v, from), irType(to));
    return convertValue(parts.re, fromReal, to);
  }
  ir::Value* re = convertValue(parts.re, fromReal, to->inner);
  ir::Value* im = parts.im ? convertValue(parts.im, fromReal, to->inner) : nullptr;
  return makeComplex(to, re, im);
}

ir::Value* Lowering::complexIsNonZero(ir::Value* v, const CType* type) {
  ComplexParts parts = complexParts(v, type);
  ir::Value* zeroPart = builder_.constFloat(parts.re->type(), 0.0);
  ir::Value* re = builder_.fcmp(ir::Predicate::UNe, parts.re, zeroPart);
  ir::Value* im = builder_.fcmp(ir::Predicate::UNe, parts.im, zeroPart);
  return builder_.binary(ir::Opcode::Or, re, im);
}

// C11 6.5.9p4 with G.5.1: equal when both parts are equal (a real operand's imaginary part is
// zero); `!=` is the negation, true when a part is NaN.
ir::Value* Lowering::complexEquality(BinaryOp op, ir::Value* a, const CType* aType, ir::Value* b,
                                     const CType* bType) {
  ComplexParts x = complexParts(a, aType), y = complexParts(b, bType);
  ir::Type part = x.re->type();
  if (!x.im) x.im = builder_.constFloat(part, 0.0);
  if (!y.im) y.im = builder_.constFloat(part, 0.0);
  bool equal = op == BinaryOp::Eq;
  ir::Predicate p = equal ? ir::Predicate::OEq : ir::Predicate::UNe;
  ir::Value* re = builder_.fcmp(p, x.re, y.re);
  ir::Value* im = builder_.fcmp(p, x.im, y.im);
  return builder_.binary(equal ? ir::Opcode::And : ir::Opcode::Or, re, im);
}

// Calls libgcc's `__mulXc3`/`__divXc3 (a, b, c, d)`, which return (a+ib) op (c+id).
ir::Value* Lowering::complexHelperCall(const char* operation, const CType* type, ComplexParts x,
                                       ComplexParts y) {
  const CType* real = type->unqualified()->inner;
  ir::Type part = irType(real);
  ir::Signature sig;
  sig.returnType = ir::Type::aggregate(complexLayout(type));
  sig.params.assign(4, part);
  std::string name = libgccComplexHelper(operation, real);
  ir::Function* helper = module_.findFunction(name);
  if (!helper) helper = module_.createFunction(name, sig);
  ir::Value* zeroPart = builder_.constFloat(part, 0.0);
  return builder_.call(helper, sig, {x.re, x.im ? x.im : zeroPart, y.re, y.im ? y.im : zeroPart});
}

// `a op b` where the result type is complex and each operand is complex or of its real type
// (Sema converted them keeping their domain, C11 6.3.1.8p1).
ir::Value* Lowering::complexArithmetic(BinaryOp op, ir::Value* a, const CType* aType, ir::Value* b,
                                       const CType* bType, const CType* type) {
  using ir::Opcode;
  ComplexParts x = complexParts(a, aType), y = complexParts(b, bType);
  auto fold = [&](Opcode opcode, ir::Value* p, ir::Value* q) {
    return builder_.binary(opcode, p, q);
  };
  switch (op) {
  case BinaryOp::Add:
  case BinaryOp::Sub: {
    Opcode opcode = op == BinaryOp::Add ? Opcode::FAdd : Opcode::FSub;
    ir::Value* re = fold(opcode, x.re, y.re);
    ir::Value* im = x.im && y.im          ? fold(opcode, x.im, y.im)
                    : x.im                ? x.im
                    : op == BinaryOp::Add ? y.im
                                          : builder_.unary(Opcode::FNeg, y.im);
    return makeComplex(type, re, im);
  }
  case BinaryOp::Mul:
    if (x.im && y.im) return complexHelperCall("mul", type, x, y);
    if (!x.im) std::swap(x, y); // G.5.1p2: real * complex multiplies each part
    return makeComplex(type, fold(Opcode::FMul, x.re, y.re), fold(Opcode::FMul, x.im, y.re));
  case BinaryOp::Div:
    if (y.im) return complexHelperCall("div", type, x, y);
    return makeComplex(type, fold(Opcode::FDiv, x.re, y.re), fold(Opcode::FDiv, x.im, y.re));
  default: internalError("not a complex arithmetic operator");
  }
}

ir::Value* Lowering::lowerRealImag(UnaryExpr* e) {
  const CType* t = e->operand->type->unqualified();
  if (!t->isComplex()) {
    ir::Value* v = lowerRValue(e->operand);
    if (e->op == UnaryOp::Real) return v;
    return v->type().isFloat() ? builder_.constFloat(v->type(), 0.0) : zero(v->type());
  }
  ComplexParts parts = complexParts(lowerRValue(e->operand), t);
  return e->op == UnaryOp::Real ? parts.re : parts.im;
}

// GNU C: ++z and --z add or subtract 1 to the real part; the postfix forms yield a copy of the
// old value.
ir::Value* Lowering::lowerComplexIncDec(UnaryExpr* e, const LValue& lv) {
  bool increment = e->op == UnaryOp::PreInc || e->op == UnaryOp::PostInc;
  bool prefix = e->op == UnaryOp::PreInc || e->op == UnaryOp::PreDec;
  ComplexParts parts = complexParts(lv.address, lv.type);
  ir::Value* old = prefix ? nullptr : makeComplex(lv.type, parts.re, parts.im);
  ir::Value* re = builder_.binary(increment ? ir::Opcode::FAdd : ir::Opcode::FSub, parts.re,
                                  builder_.constFloat(parts.re->type(), 1.0));
  builder_.store(re, lv.address, lv.isVolatile);
  return prefix ? lv.address : old;
}

} // namespace minicc::frontend
