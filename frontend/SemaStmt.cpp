// frontend/SemaStmt.cpp — statements (C11 6.8).
//
// Provides: Sema::checkStmt and one check per statement kind: scopes of blocks and `for`,
// scalar conditions, switch (integer controlling expression promoted, case values converted
// to its type, duplicates and misplaced labels diagnosed), break/continue placement, return
// with conversion to the return type, labels and gotos (function scope, 6.2.1p3).
// Needs: Sema.h.
#include "frontend/Sema.h"

namespace minicc::frontend {

void Sema::checkStmt(Stmt* s) {
  switch (s->kind) {
  case StmtKind::Compound: checkCompound(static_cast<CompoundStmt*>(s), true); return;
  case StmtKind::Expression: {
    auto* es = static_cast<ExpressionStmt*>(s);
    if (es->expr) es->expr = s == stmtExprValue_ ? checkRValue(es->expr) : checkExpr(es->expr);
    return;
  }
  case StmtKind::Declaration: checkDeclaration(static_cast<DeclarationStmt*>(s)->decl); return;
  case StmtKind::If: checkIf(static_cast<IfStmt*>(s)); return;
  case StmtKind::While:
  case StmtKind::DoWhile: checkLoop(s); return;
  case StmtKind::For: checkFor(static_cast<ForStmt*>(s)); return;
  case StmtKind::Switch: checkSwitch(static_cast<SwitchStmt*>(s)); return;
  case StmtKind::Case: checkCase(static_cast<CaseStmt*>(s)); return;
  case StmtKind::Default: checkDefault(static_cast<DefaultStmt*>(s)); return;
  case StmtKind::Break:
    if (function_->loopDepth == 0 && function_->switches.empty())
      error(s->loc, "break statement not within loop or switch");
    return;
  case StmtKind::Continue:
    if (function_->loopDepth == 0) error(s->loc, "continue statement not within a loop");
    return;
  case StmtKind::Return: checkReturn(static_cast<ReturnStmt*>(s)); return;
  case StmtKind::Goto: {
    auto* g = static_cast<GotoStmt*>(s);
    function_->gotos.push_back(g);
    function_->stmtExprPaths[s] = function_->stmtExprPath;
    function_->variablyModifiedAtGoto.push_back(variablyModifiedInScope_);
    if (auto label = function_->labels.find(g->label); label != function_->labels.end())
      checkJumpScope(function_->gotos.size() - 1, label->second);
    return;
  }
  case StmtKind::Label: checkLabel(static_cast<LabelStmt*>(s)); return;
  case StmtKind::Null: return;
  }
}

void Sema::checkCompound(CompoundStmt* s, bool newScope) {
  if (newScope) pushScope();
  for (Stmt* item : s->items) checkStmt(item);
  if (newScope) popScope();
}

Expr* Sema::checkCondition(Expr* e) {
  e = checkRValue(e);
  checkScalarCondition(e);
  return e;
}

void Sema::checkIf(IfStmt* s) {
  s->condition = checkCondition(s->condition);
  checkStmt(s->thenStmt);
  if (s->elseStmt) checkStmt(s->elseStmt);
}

void Sema::checkLoop(Stmt* s) {
  ++function_->loopDepth;
  if (s->kind == StmtKind::While) {
    auto* w = static_cast<WhileStmt*>(s);
    w->condition = checkCondition(w->condition);
    checkStmt(w->body);
  } else {
    auto* d = static_cast<DoWhileStmt*>(s);
    checkStmt(d->body);
    d->condition = checkCondition(d->condition);
  }
  --function_->loopDepth;
}

void Sema::checkFor(ForStmt* s) {
  pushScope(); // C11 6.8.5p5: the for statement is a block
  if (s->initDecl) {
    for (InitDeclarator& id : s->initDecl->declarators)
      if (s->initDecl->specs->storage != StorageClass::None &&
          s->initDecl->specs->storage != StorageClass::Register)
        error(id.declarator.nameLoc, "declaration of non-variable '" + id.declarator.name +
                                         "' in 'for' loop initial declaration");
    checkDeclaration(s->initDecl);
  } else if (s->initExpr) {
    s->initExpr = checkExpr(s->initExpr);
  }
  if (s->condition) s->condition = checkCondition(s->condition);
  if (s->step) s->step = checkExpr(s->step);
  ++function_->loopDepth;
  checkStmt(s->body);
  --function_->loopDepth;
  popScope();
}

// C11 6.8.4.2: the controlling expression is promoted; case values are converted to its type.
void Sema::checkSwitch(SwitchStmt* s) {
  s->condition = checkRValue(s->condition);
  SwitchInfo& info = output_.switches[s];
  if (!s->condition->type->isError() && !s->condition->type->isInteger()) {
    error(s->condition->loc, "switch quantity not an integer");
    s->condition->type = types_.errorType();
  } else {
    s->condition = promote(s->condition);
  }
  info.type = s->condition->type;
  function_->switches.push_back({&info, {}, variablyModifiedInScope_, s->loc});
  checkStmt(s->body);
  function_->switches.pop_back();
}

namespace {

// The value as the switch's type holds it, sign-extended from its width (the canonical form of
// the IR's integer constants).
std::int64_t convertCaseValue(std::int64_t value, const CType* type) {
  unsigned bits = integerBits(type);
  if (bits >= 64 || bits == 0) return value;
  std::uint64_t mask = (std::uint64_t{1} << bits) - 1;
  std::uint64_t v = static_cast<std::uint64_t>(value) & mask;
  std::uint64_t sign = std::uint64_t{1} << (bits - 1);
  return static_cast<std::int64_t>((v ^ sign) - sign);
}

} // namespace

void Sema::checkCase(CaseStmt* s) {
  const char* notConstant = "case label does not reduce to an integer constant";
  auto value = checkIntegerConstant(s->value, notConstant, s->loc);
  std::optional<std::int64_t> last = value;
  if (s->rangeEnd) last = checkIntegerConstant(s->rangeEnd, notConstant, s->loc);
  checkSwitchJumpScope(s->loc);
  if (function_->switches.empty()) {
    error(s->loc, "case label not within a switch statement");
  } else if (value && last) {
    SwitchContext& sw = function_->switches.back();
    const CType* type = sw.info->type;
    if (!type->isError()) {
      s->constantValue = convertCaseValue(*value, type);
      if (*last < *value) {
        warning(s->loc, "empty range specified");
      } else if (static_cast<std::uint64_t>(*last - *value) > 4096) {
        error(s->loc, "case ranges wider than 4096 values are not supported yet");
      } else {
        for (std::int64_t v = *value;; ++v) {
          std::int64_t converted = convertCaseValue(v, type);
          auto [it, inserted] = sw.seen.emplace(converted, s);
          if (!inserted) {
            error(s->loc, "duplicate case value");
            note(it->second->loc, "previously used here");
            break;
          }
          sw.info->cases.emplace_back(converted, s);
          if (v == *last) break;
        }
      }
    }
  }
  checkStmt(s->body);
}

void Sema::checkDefault(DefaultStmt* s) {
  checkSwitchJumpScope(s->loc);
  if (function_->switches.empty()) {
    error(s->loc, "'default' label not within a switch statement");
  } else {
    SwitchInfo* info = function_->switches.back().info;
    if (info->defaultStmt) {
      error(s->loc, "multiple default labels in one switch");
      note(info->defaultStmt->loc, "this is the first default label");
    } else {
      info->defaultStmt = s;
    }
  }
  checkStmt(s->body);
}

// C11 6.8.6.4; gcc 12 only warns about a missing or superfluous value.
void Sema::checkReturn(ReturnStmt* s) {
  const CType* result = function_->returnType;
  Symbol* fn = function_->function;
  SourceLocation declared = fn->definitionLoc.isValid() ? fn->definitionLoc : fn->loc;
  if (!s->value) {
    if (!result->isVoid() && !result->isError()) {
      warning(s->loc, "'return' with no value, in function returning non-void");
      note(declared, "declared here");
    }
    return;
  }
  s->value = checkRValue(s->value);
  const CType* type = s->value->type;
  if (type->isError() || result->isError()) return;
  if (result->isVoid()) {
    if (!type->isVoid()) {
      warning(s->value->loc, "'return' with a value, in function returning void");
      note(declared, "declared here");
    }
    return;
  }
  if (type->isVoid()) {
    error(s->value->loc, "void value not ignored as it ought to be");
    return;
  }
  ConversionContext ctx{ConversionContext::Kind::Return, s->value->loc, "", 0, {}};
  SourceLocation valueLoc = s->value->loc;
  s->value = convertForAssignment(result, s->value, ctx);
  if (result->isPointer() && returnsLocalAddress(s->value))
    warning(valueLoc, "function returns address of local variable [-Wreturn-local-addr]");
}

namespace {

// The automatic object an lvalue designates through `.` and array indexing (gcc's
// REFERENCE_CLASS_P walk), or null: `p->m` and `p[i]` designate memory through a pointer.
const Symbol* automaticObjectOf(const Expr* e) {
  for (;;) {
    if (e->kind == ExprKind::Member && !static_cast<const MemberExpr*>(e)->isArrow) {
      e = static_cast<const MemberExpr*>(e)->base;
    } else if (e->kind == ExprKind::Index) {
      auto* index = static_cast<const IndexExpr*>(e);
      const Expr* array = index->base->type->isPointer() ? index->base : index->index;
      if (array->kind != ExprKind::ImplicitCast ||
          static_cast<const ImplicitCastExpr*>(array)->castKind != CastKind::ArrayToPointer)
        return nullptr;
      e = static_cast<const ImplicitCastExpr*>(array)->operand;
    } else if (e->kind == ExprKind::Identifier) {
      const Symbol* s = static_cast<const IdentifierExpr*>(e)->symbol;
      return s && s->kind == SymbolKind::Object && !s->hasStaticStorage ? s : nullptr;
    } else {
      return nullptr;
    }
  }
}

} // namespace

// gcc's frontend check behind -Wreturn-local-addr (c_finish_return): the value, seen through
// conversions and pointer arithmetic on its pointer operand, is the address of an automatic
// object of this function (its parameters included).
bool Sema::returnsLocalAddress(const Expr* e) const {
  for (;;) {
    switch (e->kind) {
    case ExprKind::ImplicitCast: {
      auto* cast = static_cast<const ImplicitCastExpr*>(e);
      if (cast->castKind == CastKind::ArrayToPointer) return automaticObjectOf(cast->operand);
      if (cast->castKind != CastKind::PointerConversion && cast->castKind != CastKind::NoOp)
        return false;
      e = cast->operand;
      continue;
    }
    case ExprKind::Cast: e = static_cast<const CastExpr*>(e)->operand; continue;
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(e);
      if (b->op != BinaryOp::Add && b->op != BinaryOp::Sub) return false;
      if (b->lhs->type->isPointer())
        e = b->lhs;
      else if (b->op == BinaryOp::Add && b->rhs->type->isPointer())
        e = b->rhs;
      else
        return false;
      continue;
    }
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(e);
      return u->op == UnaryOp::AddrOf && automaticObjectOf(u->operand);
    }
    default: return false;
    }
  }
}

void Sema::checkLabel(LabelStmt* s) {
  function_->stmtExprPaths[s] = function_->stmtExprPath;
  auto [it, inserted] = function_->labels.emplace(s->label, s);
  function_->variablyModifiedAtLabel[s] = variablyModifiedInScope_;
  if (inserted) // the jumps to it seen so far (gcc reports them here)
    for (std::size_t i = 0; i < function_->gotos.size(); ++i)
      if (function_->gotos[i]->label == s->label) checkJumpScope(i, s);
  if (!inserted) {
    error(s->loc, "duplicate label '" + s->label + "'");
    note(it->second->loc, "previous definition of '" + s->label + "' with type 'void'");
  }
  checkStmt(s->body);
}

void Sema::checkFunctionLabels() {
  std::set<std::string> reported;
  for (GotoStmt* g : function_->gotos) {
    auto label = function_->labels.find(g->label);
    if (label == function_->labels.end()) {
      if (reported.insert(g->label).second)
        error(g->loc, "label '" + g->label + "' used but not defined");
      continue;
    }
    // GNU: a statement expression may be left by a jump but not entered.
    const auto& from = function_->stmtExprPaths[g];
    const auto& to = function_->stmtExprPaths[label->second];
    if (to.size() > from.size() || !std::equal(to.begin(), to.end(), from.begin())) {
      error(g->loc, "jump into statement expression");
      note(label->second->loc, "label '" + g->label + "' defined here");
    }
  }
}

// C11 6.8.6.1p1: a goto shall not jump from outside the scope of a variably modified identifier
// into it.
void Sema::checkJumpScope(std::size_t gotoIndex, const LabelStmt* label) {
  auto entered = enteredVariablyModifiedScope(function_->variablyModifiedAtGoto[gotoIndex],
                                              function_->variablyModifiedAtLabel[label]);
  if (!entered) return;
  error(function_->gotos[gotoIndex]->loc,
        "jump into scope of identifier with variably modified type");
  note(label->loc, "label '" + label->label + "' defined here");
  const auto& [name, loc] = variablyModifiedDeclarations_[*entered];
  note(loc, "'" + name + "' declared here");
}

// C11 6.8.4.2p2: nor may a switch jump into such a scope to reach its case or default label.
void Sema::checkSwitchJumpScope(SourceLocation labelLoc) {
  if (function_->switches.empty()) return;
  const SwitchContext& sw = function_->switches.back();
  auto entered =
      enteredVariablyModifiedScope(sw.variablyModifiedAtSwitch, variablyModifiedInScope_);
  if (!entered) return;
  error(labelLoc, "switch jumps into scope of identifier with variably modified type");
  note(sw.loc, "switch starts here");
  const auto& [name, loc] = variablyModifiedDeclarations_[*entered];
  note(loc, "'" + name + "' declared here");
}

} // namespace minicc::frontend
