// frontend/LowerExpr.cpp — expressions: values, addresses and conditions.
//
// Provides: Lowering::lowerRValue (the value of an expression; for a struct/union, the address
// of its bytes), lowerLValue (the address an lvalue designates, with the bit-field if any),
// loadLValue/storeLValue (bit-fields read and written in their storage unit), lowerDiscarded
// (expression statements), lowerCondition (conditions straight to branches: `&&`, `||`, `!`
// and comparisons never materialise a 0/1 value when they only feed a branch), the
// conditional operator and compound literals. Needs: Lower.h.
#include "frontend/LiteralParser.h"
#include "frontend/Lower.h"

namespace minicc::frontend {

ir::Value* Lowering::zero(ir::Type t) {
  return builder_.constInt(t, 0);
}

ir::Value* Lowering::offsetAddress(ir::Value* base, std::int64_t offset) {
  if (offset == 0) return base;
  return builder_.ptrAdd(base, builder_.constInt(ir::Type::i64(), offset));
}

ir::Value* Lowering::lowerRValue(Expr* e) {
  // An arithmetic constant expression (C11 6.6) is emitted as its value.
  bool composite = e->kind == ExprKind::Binary || e->kind == ExprKind::Unary ||
                   e->kind == ExprKind::Conditional || e->kind == ExprKind::Cast ||
                   e->kind == ExprKind::ImplicitCast;
  if (composite && e->type->isInteger())
    if (auto value = sema_.evaluateInteger(e)) return builder_.constInt(irType(e->type), *value);
  if (composite && e->type->isFloating())
    if (auto value = sema_.evaluateConstant(e); value && value->kind == ConstantValue::Kind::Float)
      return builder_.constFloat(irType(e->type), value->floatValue);
  switch (e->kind) {
  case ExprKind::IntLiteral:
  case ExprKind::CharLiteral: {
    auto value = sema_.evaluateInteger(e);
    if (!value) internalError("literal without a value");
    return builder_.constInt(irType(e->type), *value);
  }
  case ExprKind::FloatLiteral:
    if (e->type->isComplex()) { // GNU imaginary constant: 0 + value*i
      ir::Type part = irType(e->type->inner);
      return makeComplex(
          e->type, builder_.constFloat(part, 0.0),
          builder_.constFloat(part, floatingLiteralValue(*static_cast<FloatLiteralExpr*>(e))));
    }
    return builder_.constFloat(irType(e->type),
                               floatingLiteralValue(*static_cast<FloatLiteralExpr*>(e)));
  case ExprKind::Identifier: {
    auto* id = static_cast<IdentifierExpr*>(e);
    if (id->symbol->kind == SymbolKind::EnumConstant)
      return builder_.constInt(irType(e->type), id->symbol->enumValue);
    return loadLValue(lowerLValue(e));
  }
  case ExprKind::ImplicitCast: return lowerCast(static_cast<ImplicitCastExpr*>(e));
  case ExprKind::Cast: {
    auto* c = static_cast<CastExpr*>(e);
    evaluateArraySizes(c->typeName->declarator); // a cast to a pointer to a VLA type
    if (c->type->isVoid()) {
      lowerDiscarded(c->operand);
      return nullptr;
    }
    return lowerRValue(c->operand);
  }
  case ExprKind::Unary: return lowerUnary(static_cast<UnaryExpr*>(e));
  case ExprKind::Binary: return lowerBinary(static_cast<BinaryExpr*>(e));
  case ExprKind::Assign: return lowerAssign(static_cast<AssignExpr*>(e));
  case ExprKind::Conditional: return lowerConditional(static_cast<ConditionalExpr*>(e));
  case ExprKind::Call: return lowerCall(static_cast<CallExpr*>(e));
  case ExprKind::SizeofExpr: { // C11 6.5.3.4p2: a VLA operand is evaluated
    auto* s = static_cast<SizeofExprExpr*>(e);
    lowerDiscarded(s->operand);
    return runtimeSize(s->operand->type);
  }
  case ExprKind::SizeofType: {
    auto* s = static_cast<SizeofTypeExpr*>(e);
    evaluateArraySizes(s->typeName->declarator);
    return runtimeSize(s->typeName->type);
  }
  case ExprKind::VaArg: {
    auto* v = static_cast<VaArgExpr*>(e);
    ir::Value* list = lowerRValue(v->vaList);
    return builder_.vaArg(irType(v->type), list); // an aggregate yields the address of a copy
  }
  case ExprKind::StmtExpr: return lowerStmtExpr(static_cast<StmtExprExpr*>(e));
  case ExprKind::Index:
  case ExprKind::Member:
  case ExprKind::StringLiteral:
  case ExprKind::CompoundLiteral:
    // Non-lvalue members (of a struct rvalue) and, for aggregates, the address itself.
    return loadLValue(lowerLValue(e));
  default: internalError("cannot lower expression as a value");
  }
}

void Lowering::lowerDiscarded(Expr* e) {
  if (e->isLvalue) {
    LValue lv = lowerLValue(e);
    if (lv.isVolatile && !lv.type->isAddressValued())
      loadLValue(lv); // a volatile access is a side effect
    return;
  }
  if (e->kind == ExprKind::ImplicitCast &&
      static_cast<ImplicitCastExpr*>(e)->castKind != CastKind::LvalueToRvalue &&
      static_cast<ImplicitCastExpr*>(e)->castKind != CastKind::ToVoid) {
    lowerDiscarded(static_cast<ImplicitCastExpr*>(e)->operand);
    return;
  }
  lowerRValue(e);
}

// The block runs in order; its value statement (the last one, so its block reaches the end of
// the statement expression) records the value instead of discarding it.
ir::Value* Lowering::lowerStmtExpr(StmtExprExpr* e) {
  stmtExprValues_.emplace_back(e->result, nullptr);
  lowerStmt(e->body);
  ir::Value* value = stmtExprValues_.back().second;
  stmtExprValues_.pop_back();
  if (e->result && !value) internalError("statement expression without its value");
  return value;
}

ir::Value* Lowering::lowerCast(ImplicitCastExpr* e) {
  switch (e->castKind) {
  case CastKind::LvalueToRvalue: return loadLValue(lowerLValue(e->operand));
  case CastKind::ArrayToPointer:
  case CastKind::FunctionToPointer: return lowerLValue(e->operand).address;
  case CastKind::ToVoid: lowerDiscarded(e->operand); return nullptr;
  case CastKind::NoOp: return lowerRValue(e->operand);
  default: return convertValue(lowerRValue(e->operand), e->operand->type, e->type);
  }
}

Lowering::LValue Lowering::lowerLValue(Expr* e) {
  LValue lv;
  lv.type = e->type;
  lv.isVolatile = e->type->isVolatile();
  switch (e->kind) {
  case ExprKind::Identifier: {
    Symbol* s = static_cast<IdentifierExpr*>(e)->symbol;
    lv.address = s->hasStaticStorage || s->kind == SymbolKind::Function
                     ? static_cast<ir::Value*>(globalFor(s))
                     : localAddress(s);
    return lv;
  }
  case ExprKind::StringLiteral:
    lv.address = stringLiteralGlobal(static_cast<StringLiteralExpr*>(e));
    return lv;
  case ExprKind::CompoundLiteral:
    lv.address = lowerCompoundLiteral(static_cast<CompoundLiteralExpr*>(e));
    return lv;
  case ExprKind::Unary: {
    auto* u = static_cast<UnaryExpr*>(e);
    if (u->op == UnaryOp::Real || u->op == UnaryOp::Imag) { // of a complex lvalue
      LValue whole = lowerLValue(u->operand);
      lv.isVolatile |= whole.isVolatile;
      lv.address = offsetAddress(
          whole.address, u->op == UnaryOp::Imag ? static_cast<std::int64_t>(typeSize(e->type)) : 0);
      return lv;
    }
    if (u->op != UnaryOp::Deref) break;
    lv.address = lowerRValue(u->operand);
    return lv;
  }
  case ExprKind::Index: {
    auto* i = static_cast<IndexExpr*>(e);
    ir::Value* base = lowerRValue(i->base);
    ir::Value* index = lowerRValue(i->index);
    lv.address = lowerPointerArithmetic(BinaryOp::Add, base, index, i->base->type);
    return lv;
  }
  case ExprKind::Member: {
    auto* m = static_cast<MemberExpr*>(e);
    ir::Value* base;
    if (m->isArrow) {
      base = lowerRValue(m->base);
    } else if (m->base->isLvalue) {
      LValue outer = lowerLValue(m->base);
      base = outer.address;
      lv.isVolatile |= outer.isVolatile;
    } else {
      base = lowerRValue(m->base); // a struct rvalue is the address of its bytes
    }
    lv.address = offsetAddress(base, static_cast<std::int64_t>(m->member->offset));
    if (m->member->isBitField) lv.bitField = m->member;
    return lv;
  }
  default: break;
  }
  // Struct values that are not lvalues (assignment, call, conditional, comma) are addresses.
  lv.address = lowerRValue(e);
  return lv;
}

// A bit-field in a packed record that no unit of its type holds (RecordMember::accessByBytes):
// its bytes are loaded one by one and assembled, little-endian, into an i64 "unit".
ir::Value* Lowering::loadBitFieldBytes(const LValue& lv) {
  unsigned count = (lv.bitField->bitOffset + lv.bitField->bitWidth + 7) / 8;
  ir::Value* unit = nullptr;
  for (unsigned i = 0; i < count; ++i) {
    ir::Value* byte = builder_.load(ir::Type::i8(), offsetAddress(lv.address, i), lv.isVolatile);
    ir::Value* wide = builder_.convert(ir::Opcode::ZExt, byte, ir::Type::i64());
    if (i) wide = builder_.binary(ir::Opcode::Shl, wide, builder_.constInt(ir::Type::i64(), 8 * i));
    unit = unit ? builder_.binary(ir::Opcode::Or, unit, wide) : wide;
  }
  return unit;
}

void Lowering::storeBitFieldBytes(const LValue& lv, ir::Value* unit) {
  unsigned count = (lv.bitField->bitOffset + lv.bitField->bitWidth + 7) / 8;
  for (unsigned i = 0; i < count; ++i) {
    ir::Value* shifted =
        i ? builder_.binary(ir::Opcode::LShr, unit, builder_.constInt(ir::Type::i64(), 8 * i))
          : unit;
    builder_.store(builder_.convert(ir::Opcode::Trunc, shifted, ir::Type::i8()),
                   offsetAddress(lv.address, i), lv.isVolatile);
  }
}

// Bit-fields: the unit of the member's declared type is loaded, and the field's bits moved to
// the bottom and sign- or zero-extended (psABI 3.1.2: plain int bit-fields are signed).
ir::Value* Lowering::loadLValue(const LValue& lv) {
  if (lv.type->isAddressValued() || lv.type->isArray() || lv.type->isFunction()) return lv.address;
  if (lv.type->isVoid()) return nullptr;
  ir::Type t = irType(lv.type);
  if (lv.bitField && lv.bitField->accessByBytes) {
    ir::Value* field = extractBitField(lv, loadBitFieldBytes(lv), ir::Type::i64());
    return t.bits() == 64 ? field : builder_.convert(ir::Opcode::Trunc, field, t);
  }
  ir::Value* unit = builder_.load(t, lv.address, lv.isVolatile);
  if (!lv.bitField) return unit;
  return extractBitField(lv, unit, t);
}

// The bit-field's bits of `unit` (of type t) at the bottom, sign- or zero-extended to t.
ir::Value* Lowering::extractBitField(const LValue& lv, ir::Value* unit, ir::Type t) {
  unsigned bits = t.bits() == 1 ? 8 : t.bits();
  unsigned width = lv.bitField->bitWidth, offset = lv.bitField->bitOffset;
  if (lv.type->isSignedInteger()) {
    ir::Value* up =
        builder_.binary(ir::Opcode::Shl, unit, builder_.constInt(t, bits - offset - width));
    return builder_.binary(ir::Opcode::AShr, up, builder_.constInt(t, bits - width));
  }
  ir::Value* down =
      offset ? builder_.binary(ir::Opcode::LShr, unit, builder_.constInt(t, offset)) : unit;
  if (width == bits) return down;
  return builder_.binary(
      ir::Opcode::And, down,
      builder_.constInt(t, static_cast<std::int64_t>((std::uint64_t{1} << width) - 1)));
}

// Returns the value the object holds afterwards (for a bit-field: the value truncated to its
// width, C11 6.5.16p3).
ir::Value* Lowering::storeLValue(const LValue& lv, ir::Value* value) {
  if (lv.type->isAddressValued()) {
    builder_.memCopy(lv.address, value, typeSize(lv.type), typeAlign(lv.type));
    return lv.address;
  }
  if (!lv.bitField) {
    builder_.store(value, lv.address, lv.isVolatile);
    return value;
  }
  ir::Type t = irType(lv.type);
  unsigned bits = t.bits();
  unsigned width = lv.bitField->bitWidth, offset = lv.bitField->bitOffset;
  std::uint64_t low = width >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << width) - 1;
  std::uint64_t mask = low << offset;
  // The unit is t-sized, or (accessByBytes) the i64 assembled from the field's bytes.
  bool byBytes = lv.bitField->accessByBytes;
  ir::Type unitType = byBytes ? ir::Type::i64() : t;
  ir::Value* unit = byBytes ? loadBitFieldBytes(lv) : builder_.load(t, lv.address, lv.isVolatile);
  ir::Value* kept = builder_.binary(ir::Opcode::And, unit,
                                    builder_.constInt(unitType, static_cast<std::int64_t>(~mask)));
  ir::Value* field =
      builder_.binary(ir::Opcode::And, value, builder_.constInt(t, static_cast<std::int64_t>(low)));
  ir::Value* wideField =
      byBytes && bits < 64 ? builder_.convert(ir::Opcode::ZExt, field, unitType) : field;
  ir::Value* shifted =
      offset ? builder_.binary(ir::Opcode::Shl, wideField, builder_.constInt(unitType, offset))
             : wideField;
  ir::Value* merged = builder_.binary(ir::Opcode::Or, kept, shifted);
  if (byBytes)
    storeBitFieldBytes(lv, merged);
  else
    builder_.store(merged, lv.address, lv.isVolatile);
  if (width == bits) return value;
  if (!lv.type->isSignedInteger()) return field;
  ir::Value* up = builder_.binary(ir::Opcode::Shl, value, builder_.constInt(t, bits - width));
  return builder_.binary(ir::Opcode::AShr, up, builder_.constInt(t, bits - width));
}

// ---------------------------------------------------------------------------------------------
// Conditions

namespace {

bool isComparison(BinaryOp op) {
  return op == BinaryOp::Lt || op == BinaryOp::Gt || op == BinaryOp::Le || op == BinaryOp::Ge ||
         op == BinaryOp::Eq || op == BinaryOp::Ne;
}

} // namespace

void Lowering::lowerCondition(Expr* e, ir::BasicBlock* ifTrue, ir::BasicBlock* ifFalse) {
  if (auto constant = sema_.evaluateConstant(e);
      constant && constant->kind == ConstantValue::Kind::Integer) {
    builder_.jmp(constant->value ? ifTrue : ifFalse);
    return;
  }
  if (e->kind == ExprKind::Binary) {
    auto* b = static_cast<BinaryExpr*>(e);
    if (b->op == BinaryOp::LogAnd || b->op == BinaryOp::LogOr) {
      ir::BasicBlock* rhs = newBlock(b->op == BinaryOp::LogAnd ? "land.rhs" : "lor.rhs");
      if (b->op == BinaryOp::LogAnd)
        lowerCondition(b->lhs, rhs, ifFalse);
      else
        lowerCondition(b->lhs, ifTrue, rhs);
      enterBlock(rhs);
      lowerCondition(b->rhs, ifTrue, ifFalse);
      return;
    }
    if (b->op == BinaryOp::Comma) {
      lowerDiscarded(b->lhs);
      lowerCondition(b->rhs, ifTrue, ifFalse);
      return;
    }
  }
  if (e->kind == ExprKind::Unary && static_cast<UnaryExpr*>(e)->op == UnaryOp::LogNot) {
    lowerCondition(static_cast<UnaryExpr*>(e)->operand, ifFalse, ifTrue);
    return;
  }
  builder_.br(lowerTruth(e), ifTrue, ifFalse);
}

// An i1 that is true when the scalar expression is non-zero.
ir::Value* Lowering::lowerTruth(Expr* e) {
  if (e->kind == ExprKind::Binary && isComparison(static_cast<BinaryExpr*>(e)->op))
    return lowerComparison(static_cast<BinaryExpr*>(e));
  return isNonZero(lowerRValue(e), e->type);
}

ir::Value* Lowering::isNonZero(ir::Value* v, const CType* type) {
  if (type->isComplex()) return complexIsNonZero(v, type);
  if (type->isFloating())
    return builder_.fcmp(ir::Predicate::UNe, v, builder_.constFloat(v->type(), 0.0));
  return builder_.icmp(ir::Predicate::Ne, v, zero(v->type()));
}

// `&&`, `||` and `!` as int values: the condition branches to blocks that feed a phi.
ir::Value* Lowering::lowerLogicalValue(Expr* e) {
  ir::BasicBlock* ifTrue = newBlock("logic.true");
  ir::BasicBlock* ifFalse = newBlock("logic.false");
  ir::BasicBlock* end = newBlock("logic.end");
  lowerCondition(e, ifTrue, ifFalse);
  enterBlock(ifTrue);
  builder_.jmp(end);
  enterBlock(ifFalse);
  builder_.jmp(end);
  enterBlock(end);
  ir::Instruction* phi = builder_.phi(end, ir::Type::i32());
  ir::Builder::addIncoming(phi, builder_.constInt(ir::Type::i32(), 1), ifTrue);
  ir::Builder::addIncoming(phi, builder_.constInt(ir::Type::i32(), 0), ifFalse);
  return phi;
}

ir::Value* Lowering::lowerConditional(ConditionalExpr* e) {
  ir::BasicBlock* thenBlock = newBlock("cond.true");
  ir::BasicBlock* elseBlock = newBlock("cond.false");
  ir::BasicBlock* end = newBlock("cond.end");
  lowerCondition(e->condition, thenBlock, elseBlock);
  enterBlock(thenBlock);
  ir::Value* a = lowerRValue(e->thenExpr);
  ir::BasicBlock* thenEnd = builder_.block();
  builder_.jmp(end);
  enterBlock(elseBlock);
  ir::Value* b = lowerRValue(e->elseExpr);
  ir::BasicBlock* elseEnd = builder_.block();
  builder_.jmp(end);
  enterBlock(end);
  if (e->type->isVoid() || !a || !b) return nullptr;
  ir::Instruction* phi = builder_.phi(end, a->type());
  ir::Builder::addIncoming(phi, a, thenEnd);
  ir::Builder::addIncoming(phi, b, elseEnd);
  return phi;
}

// C11 6.5.2.5p5-6: an automatic compound literal is initialised each time it is evaluated.
ir::Value* Lowering::lowerCompoundLiteral(CompoundLiteralExpr* e) {
  Symbol* s = output_.compoundLiterals.at(e);
  if (s->hasStaticStorage) return globalFor(s);
  ir::Value* address = localAddress(s);
  initializeLocal(address, s->type, s->init);
  return address;
}

} // namespace minicc::frontend
