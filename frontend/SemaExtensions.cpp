// frontend/SemaExtensions.cpp — generic selections and GNU statement expressions.
//
// Provides: Sema::checkGeneric (C11 6.5.1.1; the node is replaced by the selected association)
// and Sema::checkStmtExpr (GNU `({ ... })`; SemaStmt.cpp reports jumps into one). Needs: Sema.h.
#include "frontend/Sema.h"

#include <algorithm>

namespace minicc::frontend {

// C11 6.5.1.1p2: an association names a complete object type that is not variably modified.
bool Sema::checkGenericAssociationType(const CType* type, SourceLocation loc) {
  if (type->isError()) return false;
  if (type->isFunction()) {
    error(loc, "'_Generic' association has function type");
    return false;
  }
  if (!type->isComplete()) {
    error(loc, "'_Generic' association has incomplete type");
    return false;
  }
  return true;
}

// The controlling expression is not evaluated; its type is taken after lvalue conversion and
// array/function decay, so qualifiers are dropped (C11 6.5.1.1p2 as amended by DR 481, gcc).
// Each association is checked; the selected one replaces the whole selection, keeping its type,
// lvalue-ness and constness (C11 6.5.1.1p4).
Expr* Sema::checkGeneric(GenericExpr* e) {
  ++unevaluatedDepth_;
  e->controlling = checkRValue(e->controlling);
  --unevaluatedDepth_;
  const CType* selector = e->controlling->type;
  bool failed = selector->isError();
  if (!failed) selector = selector->unqualified();
  const GenericAssociation* defaultAssociation = nullptr;
  const GenericAssociation* match = nullptr;
  std::vector<std::pair<const CType*, const GenericAssociation*>> seen;
  for (const GenericAssociation& a : e->associations) {
    if (!a.typeName) {
      if (defaultAssociation) {
        error(a.loc, "duplicate 'default' case in '_Generic'");
        note(defaultAssociation->loc, "original 'default' is here");
        failed = true;
      } else {
        defaultAssociation = &a;
      }
      continue;
    }
    const CType* type = resolveTypeName(a.typeName);
    if (!checkGenericAssociationType(type, a.loc)) {
      failed = true;
      continue;
    }
    for (const auto& [previousType, previous] : seen) {
      if (!types_.compatible(previousType, type)) continue;
      error(a.loc, "'_Generic' specifies two compatible types");
      note(previous->loc, "compatible type is here");
      failed = true;
      break;
    }
    seen.emplace_back(type, &a);
    if (selector->isError() || !types_.compatible(selector, type)) continue;
    if (match) {
      error(a.loc, "'_Generic' selector matches multiple associations");
      note(match->loc, "other match is here");
      failed = true;
    }
    match = &a;
  }
  if (!match) match = defaultAssociation;
  if (!failed && !match) {
    error(startLocation(e->controlling), "'_Generic' selector of type " + quote(selector) +
                                             " is not compatible with any association");
    failed = true;
  }
  Expr* selected = nullptr;
  for (GenericAssociation& a : e->associations) {
    if (&a == match && !failed) {
      a.expr = checkExpr(a.expr);
      selected = a.expr;
      continue;
    }
    ++unevaluatedDepth_;
    a.expr = checkExpr(a.expr);
    --unevaluatedDepth_;
  }
  return selected ? selected : errorExpr(e);
}

// The statement that gives a statement expression its value: the last block item, when it is
// an expression statement (possibly labelled).
static ExpressionStmt* valueStatement(CompoundStmt* body) {
  if (body->items.empty()) return nullptr;
  Stmt* last = body->items.back();
  while (last->kind == StmtKind::Label) last = static_cast<LabelStmt*>(last)->body;
  if (last->kind != StmtKind::Expression) return nullptr;
  auto* es = static_cast<ExpressionStmt*>(last);
  return es->expr ? es : nullptr;
}

// GNU `({ ... })`: the block is checked in its own scope; the value is that of the last
// expression statement after lvalue conversion and decay, or void. Only inside functions.
Expr* Sema::checkStmtExpr(StmtExprExpr* e) {
  if (!function_) {
    error(e->loc, "braced-group within expression allowed only inside a function");
    return errorExpr(e);
  }
  ExpressionStmt* value = valueStatement(e->body);
  const Stmt* savedValue = stmtExprValue_;
  stmtExprValue_ = value;
  function_->stmtExprPath.push_back(++function_->stmtExprCount);
  checkCompound(e->body, true);
  function_->stmtExprPath.pop_back();
  stmtExprValue_ = savedValue;
  e->type = types_.voidType();
  e->isLvalue = false;
  if (value && value->expr->type->isError()) return errorExpr(e);
  if (value && !value->expr->type->isVoid()) {
    e->result = value->expr;
    e->type = value->expr->type;
  }
  return e;
}

} // namespace minicc::frontend
