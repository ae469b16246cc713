// frontend/SemaExpr.cpp — primary and postfix expressions, casts, sizeof, compound literals.
//
// Provides: Sema::checkExpr (the dispatcher over every ExprKind), literals and their types
// (C11 6.4.4, 6.4.5), identifiers (with gcc's undeclared-identifier reporting), member access
// (6.5.2.3, anonymous members made explicit), subscripts (6.5.2.1), casts (6.5.4), sizeof and
// _Alignof (6.5.3.4, folded to constants), compound literals (6.5.2.5); and the helpers
// startLocation, expressionToString, bitFieldOf. Operators are in SemaOperators.cpp, calls in
// SemaCall.cpp. Needs: Sema.h.
#include "frontend/Sema.h"

#include <limits>

namespace minicc::frontend {

Expr* Sema::errorExpr(Expr* e) {
  e->type = types_.errorType();
  e->isLvalue = false;
  return e;
}

Expr* Sema::checkExpr(Expr* e) {
  if (e->type) return e; // already checked (sema may revisit a shared node)
  switch (e->kind) {
  case ExprKind::IntLiteral: return checkIntLiteral(static_cast<IntLiteralExpr*>(e));
  case ExprKind::FloatLiteral: {
    auto* f = static_cast<FloatLiteralExpr*>(e);
    f->type = types_.basic(f->hasFloatSuffix  ? CTypeKind::Float
                           : f->hasLongSuffix ? CTypeKind::LongDouble
                                              : CTypeKind::Double);
    if (f->isImaginary) f->type = types_.complexOf(f->type);
    return f;
  }
  case ExprKind::CharLiteral: {
    auto* c = static_cast<CharLiteralExpr*>(e);
    // C11 6.4.4.4p10-11: int for plain and L (wchar_t is int), char16_t/char32_t for u/U.
    c->type = c->prefix == CharLiteralExpr::Prefix::u   ? types_.basic(CTypeKind::UShort)
              : c->prefix == CharLiteralExpr::Prefix::U ? types_.uintType()
                                                        : types_.intType();
    if (c->isMultiChar && c->prefix == CharLiteralExpr::Prefix::None)
      warning(c->loc, "multi-character character constant [-Wmultichar]");
    return c;
  }
  case ExprKind::StringLiteral: return checkStringLiteral(static_cast<StringLiteralExpr*>(e));
  case ExprKind::Identifier: return checkIdentifier(static_cast<IdentifierExpr*>(e));
  case ExprKind::Unary: return checkUnary(static_cast<UnaryExpr*>(e));
  case ExprKind::Binary: return checkBinary(static_cast<BinaryExpr*>(e));
  case ExprKind::Assign: return checkAssign(static_cast<AssignExpr*>(e));
  case ExprKind::Conditional: return checkConditional(static_cast<ConditionalExpr*>(e));
  case ExprKind::Call: return checkCall(static_cast<CallExpr*>(e));
  case ExprKind::Index: return checkIndex(static_cast<IndexExpr*>(e));
  case ExprKind::Member: return checkMember(static_cast<MemberExpr*>(e));
  case ExprKind::Cast: return checkCast(static_cast<CastExpr*>(e));
  case ExprKind::SizeofExpr: return checkSizeofExpr(static_cast<SizeofExprExpr*>(e));
  case ExprKind::SizeofType:
    return checkSizeofType(e, static_cast<SizeofTypeExpr*>(e)->typeName, false);
  case ExprKind::AlignofType:
    return checkSizeofType(e, static_cast<AlignofTypeExpr*>(e)->typeName, true);
  case ExprKind::CompoundLiteral: return checkCompoundLiteral(static_cast<CompoundLiteralExpr*>(e));
  case ExprKind::VaArg: return checkVaArg(static_cast<VaArgExpr*>(e));
  case ExprKind::Offsetof: return checkOffsetof(static_cast<OffsetofExpr*>(e));
  case ExprKind::TypesCompatible: return checkTypesCompatible(static_cast<TypesCompatibleExpr*>(e));
  case ExprKind::ImplicitCast: return e;
  case ExprKind::Generic: return checkGeneric(static_cast<GenericExpr*>(e));
  case ExprKind::StmtExpr: return checkStmtExpr(static_cast<StmtExprExpr*>(e));
  }
  return errorExpr(e);
}

// C11 6.4.4.1p5: the first type in the literal's list that can represent its value.
Expr* Sema::checkIntLiteral(IntLiteralExpr* e) {
  if (e->overflowed) warning(e->loc, "integer constant is too large for its type");
  bool decimal = e->isDecimal;
  bool u = e->hasUnsignedSuffix;
  std::vector<CTypeKind> candidates;
  auto add = [&](CTypeKind s, CTypeKind us) {
    if (!u) candidates.push_back(s);
    if (u || !decimal) candidates.push_back(us);
  };
  if (e->longSuffixCount == 0) add(CTypeKind::Int, CTypeKind::UInt);
  if (e->longSuffixCount <= 1) add(CTypeKind::Long, CTypeKind::ULong);
  add(CTypeKind::LongLong, CTypeKind::ULongLong);
  for (CTypeKind k : candidates) {
    const CType* t = types_.basic(k);
    std::uint64_t max = t->isSignedInteger() ? (std::uint64_t{1} << (integerBits(t) - 1)) - 1
                                             : ~std::uint64_t{0} >> (64 - integerBits(t));
    if (e->value <= max) {
      e->type = t;
      return e;
    }
  }
  warning(e->loc, "integer constant is so large that it is unsigned");
  e->type = types_.basic(CTypeKind::ULongLong);
  return e;
}

Expr* Sema::checkStringLiteral(StringLiteralExpr* e) {
  using P = StringLiteralExpr::Prefix;
  const CType* element = e->prefix == P::L   ? types_.intType()
                         : e->prefix == P::u ? types_.basic(CTypeKind::UShort)
                         : e->prefix == P::U ? types_.uintType()
                                             : types_.charType();
  e->type = types_.arrayOf(element, e->elements.size() + 1);
  e->isLvalue = true; // C11 6.5.1p4
  return e;
}

Expr* Sema::checkIdentifier(IdentifierExpr* e) {
  Symbol* s = lookup(e->name);
  // C11 6.4.2.2: static const char __func__[] = "function-name"; gcc's __FUNCTION__ and (in C)
  // __PRETTY_FUNCTION__ are the same.
  bool functionName =
      e->name == "__func__" || e->name == "__FUNCTION__" || e->name == "__PRETTY_FUNCTION__";
  if (!s && functionName && function_) {
    auto* literal = ast_.make<StringLiteralExpr>();
    literal->loc = e->loc;
    for (char c : function_->function->name)
      literal->elements.push_back(static_cast<unsigned char>(c));
    const CType* type = types_.arrayOf(types_.qualified(types_.charType(), QualConst),
                                       literal->elements.size() + 1);
    s = newSymbol(SymbolKind::Object, e->name, type, e->loc);
    s->hasStaticStorage = true;
    s->isDefined = true;
    s->irName = e->name + "." + std::to_string(staticLocalCounter_++);
    s->hasInitializer = true;
    checkStringLiteral(literal);
    s->init.push_back({0, type, literal, nullptr});
    noteStaticSymbol(s);
    scopes_[1]->names[e->name] = s;
  }
  if (!s) {
    if (!function_) {
      error(e->loc, "'" + e->name + "' undeclared here (not in a function)");
    } else if (function_->reportedUndeclared.insert(e->name).second) {
      error(e->loc, "'" + e->name + "' undeclared (first use in this function)");
      if (!explainedUndeclared_) {
        explainedUndeclared_ = true;
        note(e->loc, "each undeclared identifier is reported only once for each function it "
                     "appears in");
      }
    }
    return errorExpr(e);
  }
  e->symbol = s;
  e->type = s->type;
  switch (s->kind) {
  case SymbolKind::Typedef:
    error(e->loc, "expected expression before '" + e->name + "'");
    return errorExpr(e);
  case SymbolKind::EnumConstant: return e;
  case SymbolKind::Function:
    if (!unevaluatedDepth_) s->isUsed = true;
    return e;
  case SymbolKind::Object:
    if (!unevaluatedDepth_) s->isUsed = true;
    e->isLvalue = true;
    return e;
  }
  return e;
}

Expr* Sema::checkMember(MemberExpr* e) {
  e->base = e->isArrow ? checkRValue(e->base) : checkExpr(e->base);
  const CType* baseType = e->base->type;
  if (baseType->isError()) return errorExpr(e);
  const CType* record = baseType;
  if (e->isArrow) {
    if (!baseType->isPointer()) {
      error(e->loc, "invalid type argument of '->' (have " + quote(baseType) + ")");
      return errorExpr(e);
    }
    record = baseType->inner;
  }
  if (!e->isArrow && record->isPointer() && record->inner->isRecord()) {
    error(e->loc, "'" + expressionToString(e->base) + "' is a pointer; did you mean to use '->'?");
    return errorExpr(e);
  }
  if (!record->isRecord()) {
    error(e->loc,
          "request for member '" + e->memberName + "' in something not a structure or union");
    return errorExpr(e);
  }
  if (!record->isComplete()) {
    error(e->loc, "invalid use of undefined type " + quote(record));
    return errorExpr(e);
  }
  std::vector<const RecordMember*> path = findMember(*record->record, e->memberName);
  if (path.empty()) {
    error(e->loc, quote(record->unqualified()) + " has no member named '" + e->memberName + "'");
    return errorExpr(e);
  }
  // C11 6.5.2.3p3-4: the member's type gains the record's qualifiers; `.` of an lvalue and
  // every `->` are lvalues.
  bool isLvalue = e->isArrow || e->base->isLvalue;
  unsigned quals = record->quals;
  for (std::size_t i = 0; i + 1 < path.size(); ++i) {
    auto* step = ast_.make<MemberExpr>();
    step->loc = e->loc;
    step->base = e->base;
    step->isArrow = e->isArrow;
    step->member = path[i];
    step->type = types_.qualified(path[i]->type, quals);
    step->isLvalue = isLvalue;
    quals = step->type->quals;
    e->base = step;
    e->isArrow = false;
  }
  e->member = path.back();
  e->type = types_.qualified(e->member->type, quals);
  e->isLvalue = isLvalue;
  return e;
}

// C11 6.5.2.1: E1[E2] is *((E1) + (E2)); either operand may be the pointer.
Expr* Sema::checkIndex(IndexExpr* e) {
  e->base = checkRValue(e->base);
  e->index = checkRValue(e->index);
  if (e->base->type->isError() || e->index->type->isError()) return errorExpr(e);
  if (e->base->type->isInteger() && e->index->type->isPointer()) std::swap(e->base, e->index);
  if (!e->base->type->isPointer()) {
    error(e->loc, "subscripted value is neither array nor pointer nor vector");
    return errorExpr(e);
  }
  if (!e->index->type->isInteger()) {
    error(e->loc, "array subscript is not an integer");
    return errorExpr(e);
  }
  const CType* element = e->base->type->inner;
  if (!element->isComplete() && !element->isVoid()) {
    error(e->loc, "invalid use of undefined type " + quote(element));
    return errorExpr(e);
  }
  if (element->isVoid()) warning(e->loc, "dereferencing 'void *' pointer");
  e->index = convert(e->index, types_.longType());
  e->type = element;
  e->isLvalue = !element->isVoid();
  return e;
}

Expr* Sema::checkCast(CastExpr* e) {
  const CType* to = resolveTypeName(e->typeName);
  e->operand = checkRValue(e->operand);
  const CType* from = e->operand->type;
  if (to->isError() || from->isError()) return errorExpr(e);
  e->type = to->unqualified();
  if (to->isVoid()) {
    e->operand = convert(e->operand, to);
    return e;
  }
  if (!to->isScalar()) {
    // GNU C: a cast to the operand's own struct or union type is allowed.
    if (to->isRecord() && from->isRecord() && to->record == from->record) return e;
    error(e->loc, "conversion to non-scalar type requested");
    return errorExpr(e);
  }
  if (!from->isScalar()) {
    error(e->loc, to->isPointer()    ? "cannot convert to a pointer type"
                  : to->isFloating() ? "aggregate value used where a floating-point was expected"
                                     : "aggregate value used where an integer was expected");
    return errorExpr(e);
  }
  if (to->isComplex() && from->isPointer()) {
    error(e->loc, "pointer value used where a complex was expected");
    return errorExpr(e);
  }
  if (to->isPointer() && (from->isFloating() || from->isComplex())) {
    error(e->loc, "cannot convert to a pointer type");
    return errorExpr(e);
  }
  if (to->isFloating() && from->isPointer()) {
    error(e->loc, "pointer value used where a floating-point was expected");
    return errorExpr(e);
  }
  if (to->isPointer() && from->isInteger() && typeSize(from) != 8 && !evaluateInteger(e->operand))
    warning(e->loc, "cast to pointer from integer of different size [-Wint-to-pointer-cast]");
  if (to->isInteger() && !to->isBool() && from->isPointer() && typeSize(to) != 8)
    warning(e->loc, "cast from pointer to integer of different size [-Wpointer-to-int-cast]");
  e->operand = convert(e->operand, to);
  return e;
}

namespace {

Expr* sizeLiteral(AstContext& ast, SourceLocation loc, std::uint64_t value, const CType* type) {
  auto* literal = ast.make<IntLiteralExpr>();
  literal->loc = loc;
  literal->value = value;
  literal->hasUnsignedSuffix = true;
  literal->longSuffixCount = 1;
  literal->type = type;
  return literal;
}

} // namespace

// C11 6.5.3.4p2: the operand is not evaluated and the result is an integer constant of type
// size_t, so the node is replaced by that constant — unless the operand has a variable-length
// array type: then the operand is evaluated and lowering computes the size.
Expr* Sema::checkSizeofExpr(SizeofExprExpr* e) {
  ++unevaluatedDepth_;
  e->operand = checkExpr(e->operand);
  --unevaluatedDepth_;
  const CType* t = e->operand->type;
  if (t->isError()) return errorExpr(e);
  if (bitFieldOf(e->operand)) {
    error(startLocation(e->operand), "'sizeof' applied to a bit-field");
    return errorExpr(e);
  }
  if (!t->isComplete() && !t->isVoid() && !t->isFunction()) {
    error(e->loc, "invalid application of 'sizeof' to incomplete type " + quote(t));
    return errorExpr(e);
  }
  if (t->hasVariableSize()) {
    e->type = types_.sizeType();
    return e;
  }
  return sizeLiteral(ast_, e->loc, typeSize(t), types_.sizeType());
}

Expr* Sema::checkSizeofType(Expr* e, TypeName* typeName, bool isAlignof) {
  const CType* t = resolveTypeName(typeName);
  if (t->isError()) return errorExpr(e);
  if (!t->isComplete() && !t->isVoid() && !t->isFunction()) {
    error(typeName->loc.isValid() ? typeName->loc : e->loc,
          std::string("invalid application of '") + (isAlignof ? "__alignof__" : "sizeof") +
              "' to incomplete type " + quote(t));
    return errorExpr(e);
  }
  if (!isAlignof && t->hasVariableSize()) {
    e->type = types_.sizeType();
    return e;
  }
  return sizeLiteral(ast_, e->loc, isAlignof ? typeAlign(t) : typeSize(t), types_.sizeType());
}

Expr* Sema::checkCompoundLiteral(CompoundLiteralExpr* e) {
  const CType* t = resolveTypeName(e->typeName);
  if (t->isError()) return errorExpr(e);
  if (t->isVariablyModified()) {
    error(e->loc, "compound literal has variable size");
    return errorExpr(e);
  }
  if (t->isFunction() || (!t->isComplete() && !(t->isArray() && !t->arraySize))) {
    error(e->loc, "compound literal has variable size or incomplete type");
    return errorExpr(e);
  }
  // C11 6.5.2.5p5: static storage at file scope, automatic inside a function.
  Symbol* s = newSymbol(SymbolKind::Object, "", t, e->loc);
  s->isDefined = true;
  s->hasInitializer = true;
  s->hasStaticStorage = !function_;
  if (s->hasStaticStorage) {
    s->irName = "__compound_literal." + std::to_string(staticLocalCounter_++);
    s->isUsed = true;
    noteStaticSymbol(s);
  }
  s->init = checkInitializer(t, e->init, s->hasStaticStorage, "");
  s->type = t;
  output_.compoundLiterals[e] = s;
  e->type = t;
  e->isLvalue = true;
  return e;
}

// ---------------------------------------------------------------------------------------------
// Helpers shared with diagnostics and lowering

SourceLocation startLocation(const Expr* e) {
  switch (e->kind) {
  case ExprKind::Binary: return startLocation(static_cast<const BinaryExpr*>(e)->lhs);
  case ExprKind::Assign: return startLocation(static_cast<const AssignExpr*>(e)->lhs);
  case ExprKind::Conditional:
    return startLocation(static_cast<const ConditionalExpr*>(e)->condition);
  case ExprKind::Call: return startLocation(static_cast<const CallExpr*>(e)->callee);
  case ExprKind::Index: return startLocation(static_cast<const IndexExpr*>(e)->base);
  case ExprKind::Member: return startLocation(static_cast<const MemberExpr*>(e)->base);
  case ExprKind::ImplicitCast:
    return startLocation(static_cast<const ImplicitCastExpr*>(e)->operand);
  case ExprKind::Unary: {
    auto* u = static_cast<const UnaryExpr*>(e);
    if (u->op == UnaryOp::PostInc || u->op == UnaryOp::PostDec) return startLocation(u->operand);
    return e->loc;
  }
  default: return e->loc;
  }
}

namespace {

const Expr* withoutImplicitCasts(const Expr* e) {
  while (e->kind == ExprKind::ImplicitCast) e = static_cast<const ImplicitCastExpr*>(e)->operand;
  return e;
}

std::optional<std::int64_t> literalValue(const Expr* e) {
  e = withoutImplicitCasts(e);
  if (e->kind == ExprKind::IntLiteral)
    return static_cast<std::int64_t>(static_cast<const IntLiteralExpr*>(e)->value);
  if (e->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(e)->op == UnaryOp::Minus)
    if (auto v = literalValue(static_cast<const UnaryExpr*>(e)->operand)) return -*v;
  return std::nullopt;
}

// gcc prints an object reached through pointer arithmetic with the offset in bytes: on an
// `int *p`, p[0] is '*p', p[3] and *(p + 3) are '*(p + 12)', p[i] is
// '*(p + (sizetype)((long unsigned int)i * 4))'.
std::string dereferenceToString(const Expr* pointer, const Expr* index, bool subtract) {
  std::uint64_t size = std::max<std::uint64_t>(typeSize(pointer->type->inner), 1);
  std::int64_t bytes = 0;
  const Expr* root = withoutImplicitCasts(pointer);
  while (root->kind == ExprKind::Binary) { // (p + 1)[2]: gcc folds the constants
    auto* b = static_cast<const BinaryExpr*>(root);
    auto k = literalValue(b->rhs);
    if ((b->op != BinaryOp::Add && b->op != BinaryOp::Sub) || !b->lhs->type->isPointer() || !k)
      break;
    bytes += (b->op == BinaryOp::Sub ? -*k : *k) * static_cast<std::int64_t>(size);
    root = withoutImplicitCasts(b->lhs);
  }
  std::string base = expressionToString(root);
  if (auto k = literalValue(index)) {
    bytes += (subtract ? -*k : *k) * static_cast<std::int64_t>(size);
    return bytes == 0 ? "*" + base : "*(" + base + " + " + std::to_string(bytes) + ")";
  }
  std::string i = expressionToString(withoutImplicitCasts(index));
  if (size == 1) return "*(" + base + " + (sizetype)" + i + ")";
  return "*(" + base + " + (sizetype)((long unsigned int)" + i + " * " + std::to_string(size) +
         "))";
}

} // namespace

std::string expressionToString(const Expr* e) {
  switch (e->kind) {
  case ExprKind::Identifier: return static_cast<const IdentifierExpr*>(e)->name;
  case ExprKind::IntLiteral: return std::to_string(static_cast<const IntLiteralExpr*>(e)->value);
  case ExprKind::ImplicitCast:
    return expressionToString(static_cast<const ImplicitCastExpr*>(e)->operand);
  case ExprKind::Unary: {
    auto* u = static_cast<const UnaryExpr*>(e);
    std::string inner = expressionToString(u->operand);
    const Expr* operand = withoutImplicitCasts(u->operand);
    if (u->op == UnaryOp::Deref && operand->kind == ExprKind::Binary) {
      auto* b = static_cast<const BinaryExpr*>(operand);
      if ((b->op == BinaryOp::Add || b->op == BinaryOp::Sub) && b->lhs->type->isPointer())
        return dereferenceToString(b->lhs, b->rhs, b->op == BinaryOp::Sub);
    }
    switch (u->op) {
    case UnaryOp::Deref: return "*" + inner;
    case UnaryOp::AddrOf: return "&" + inner;
    case UnaryOp::Minus: return "-" + inner;
    default: return inner;
    }
  }
  case ExprKind::Member: {
    auto* m = static_cast<const MemberExpr*>(e);
    return expressionToString(m->base) + (m->isArrow ? "->" : ".") + m->memberName;
  }
  case ExprKind::Index: {
    auto* i = static_cast<const IndexExpr*>(e);
    const Expr* base = i->base->type->isPointer() ? i->base : i->index;
    const Expr* index = base == i->base ? i->index : i->base;
    bool decayedArray =
        base->kind == ExprKind::ImplicitCast &&
        static_cast<const ImplicitCastExpr*>(base)->castKind == CastKind::ArrayToPointer;
    if (base->type->isPointer() && !decayedArray) return dereferenceToString(base, index, false);
    return expressionToString(i->base) + "[" + expressionToString(i->index) + "]";
  }
  case ExprKind::Cast: {
    auto* c = static_cast<const CastExpr*>(e);
    return "(" + typeToString(c->type) + ")" + expressionToString(c->operand);
  }
  default: return "<expression>";
  }
}

const RecordMember* bitFieldOf(const Expr* e) {
  while (e->kind == ExprKind::ImplicitCast &&
         static_cast<const ImplicitCastExpr*>(e)->castKind == CastKind::LvalueToRvalue)
    e = static_cast<const ImplicitCastExpr*>(e)->operand;
  if (e->kind != ExprKind::Member) return nullptr;
  const RecordMember* m = static_cast<const MemberExpr*>(e)->member;
  return m && m->isBitField ? m : nullptr;
}

} // namespace minicc::frontend
