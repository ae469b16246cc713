// frontend/ParserBuild.cpp — the ParseContext methods that build expression, statement and
// record nodes for the grammar's actions (see ParserSupport.h), one per construct so that
// Parser.y reads as a grammar.
#include "frontend/ParserSupport.h"

namespace minicc::frontend {

// ---------------------------------------------------------------------------------------------
// Expressions

Expr* ParseContext::identifier(std::string name, SourceLocation loc) {
  auto* e = make<IdentifierExpr>(loc);
  e->name = std::move(name);
  return e;
}

Expr* ParseContext::index(Expr* base, Expr* subscript, SourceLocation bracketLoc) {
  auto* e = make<IndexExpr>(bracketLoc);
  e->base = base;
  e->index = subscript;
  return checkDepth(e, {base, subscript});
}

Expr* ParseContext::call(Expr* callee, std::vector<Expr*> args, SourceLocation loc) {
  auto* e = make<CallExpr>(loc);
  e->callee = callee;
  e->args = std::move(args);
  return checkDepth(e, {callee});
}

Expr* ParseContext::member(Expr* base, std::string name, bool isArrow, SourceLocation opLoc) {
  auto* e = make<MemberExpr>(opLoc);
  e->base = base;
  e->memberName = std::move(name);
  e->isArrow = isArrow;
  return checkDepth(e, {base});
}

Expr* ParseContext::conditional(Expr* condition, Expr* thenExpr, Expr* elseExpr,
                                SourceLocation questionLoc) {
  auto* e = make<ConditionalExpr>(questionLoc);
  e->condition = condition;
  e->thenExpr = thenExpr;
  e->elseExpr = elseExpr;
  return checkDepth(e, {condition, thenExpr, elseExpr});
}

Expr* ParseContext::cast(TypeName* typeName, Expr* operand, SourceLocation loc) {
  auto* e = make<CastExpr>(loc);
  e->typeName = typeName;
  e->operand = operand;
  return checkDepth(e, {operand});
}

Expr* ParseContext::sizeofExpr(Expr* operand, SourceLocation loc) {
  auto* e = make<SizeofExprExpr>(loc);
  e->operand = operand;
  return checkDepth(e, {operand});
}

Expr* ParseContext::sizeofType(TypeName* typeName, SourceLocation loc) {
  auto* e = make<SizeofTypeExpr>(loc);
  e->typeName = typeName;
  return e;
}

Expr* ParseContext::alignofType(TypeName* typeName, SourceLocation loc) {
  auto* e = make<AlignofTypeExpr>(loc);
  e->typeName = typeName;
  return e;
}

Expr* ParseContext::vaArg(Expr* vaList, TypeName* typeName, SourceLocation loc) {
  auto* e = make<VaArgExpr>(loc);
  e->vaList = vaList;
  e->typeName = typeName;
  return e;
}

Expr* ParseContext::offsetOf(TypeName* typeName, std::vector<Designator> designators,
                             SourceLocation loc) {
  auto* e = make<OffsetofExpr>(loc);
  e->typeName = typeName;
  e->designators = std::move(designators);
  return e;
}

Expr* ParseContext::typesCompatible(TypeName* first, TypeName* second, SourceLocation loc) {
  auto* e = make<TypesCompatibleExpr>(loc);
  e->first = first;
  e->second = second;
  return e;
}

Expr* ParseContext::statementExpression(CompoundStmt* body, SourceLocation loc) {
  auto* e = make<StmtExprExpr>(loc);
  e->body = body;
  return e;
}

Expr* ParseContext::genericSelection(Expr* controlling,
                                     std::vector<GenericAssociation> associations,
                                     SourceLocation loc) {
  auto* e = make<GenericExpr>(loc);
  e->controlling = controlling;
  e->associations = std::move(associations);
  return e;
}

// ---------------------------------------------------------------------------------------------
// Statements

Stmt* ParseContext::expressionStatement(Expr* expr, SourceLocation loc) {
  auto* s = make<ExpressionStmt>(loc);
  s->expr = expr;
  return s;
}

Stmt* ParseContext::declarationStatement(Declaration* decl) {
  auto* s = make<DeclarationStmt>(decl->loc);
  s->decl = decl;
  return s;
}

Stmt* ParseContext::label(std::string name, Stmt* body, SourceLocation loc) {
  auto* s = make<LabelStmt>(loc);
  s->label = std::move(name);
  s->body = body;
  return checkDepth(s, {body});
}

Stmt* ParseContext::caseLabel(Expr* value, Expr* rangeEnd, Stmt* body, SourceLocation loc) {
  auto* s = make<CaseStmt>(loc);
  s->value = value;
  s->rangeEnd = rangeEnd;
  s->body = body;
  return checkDepth(s, {body});
}

Stmt* ParseContext::defaultLabel(Stmt* body, SourceLocation loc) {
  auto* s = make<DefaultStmt>(loc);
  s->body = body;
  return checkDepth(s, {body});
}

Stmt* ParseContext::ifStatement(Expr* condition, Stmt* thenStmt, Stmt* elseStmt,
                                SourceLocation loc) {
  auto* s = make<IfStmt>(loc);
  s->condition = condition;
  s->thenStmt = thenStmt;
  s->elseStmt = elseStmt;
  return checkDepth(s, {condition, thenStmt, elseStmt});
}

Stmt* ParseContext::switchStatement(Expr* condition, Stmt* body, SourceLocation loc) {
  auto* s = make<SwitchStmt>(loc);
  s->condition = condition;
  s->body = body;
  return checkDepth(s, {condition, body});
}

Stmt* ParseContext::whileStatement(Expr* condition, Stmt* body, SourceLocation loc) {
  auto* s = make<WhileStmt>(loc);
  s->condition = condition;
  s->body = body;
  return checkDepth(s, {condition, body});
}

Stmt* ParseContext::doWhileStatement(Stmt* body, Expr* condition, SourceLocation loc) {
  auto* s = make<DoWhileStmt>(loc);
  s->body = body;
  s->condition = condition;
  return checkDepth(s, {body, condition});
}

Stmt* ParseContext::forStatement(Declaration* initDecl, Expr* initExpr, Expr* condition, Expr* step,
                                 Stmt* body, SourceLocation loc) {
  auto* s = make<ForStmt>(loc);
  s->initDecl = initDecl;
  s->initExpr = initExpr;
  s->condition = condition;
  s->step = step;
  s->body = body;
  return checkDepth(s, {initExpr, condition, step, body});
}

Stmt* ParseContext::gotoStatement(std::string target, SourceLocation loc) {
  auto* s = make<GotoStmt>(loc);
  s->label = std::move(target);
  return s;
}

Stmt* ParseContext::returnStatement(Expr* value, SourceLocation loc) {
  auto* s = make<ReturnStmt>(loc);
  s->value = value;
  return s;
}

Stmt* ParseContext::unsupportedStatement(SourceLocation loc, const std::string& what) {
  unsupportedConstruct(loc, what);
  return make<NullStmt>(loc);
}

// ---------------------------------------------------------------------------------------------
// Declarations

RecordSpec* ParseContext::finishRecord(RecordSpec* record, std::string tag, bool hasBody,
                                       std::vector<FieldDecl*> fields) {
  record->tag = std::move(tag);
  record->hasBody = hasBody;
  record->fields = std::move(fields);
  // gcc lays a record out with the `#pragma pack` in effect at its closing brace: the `}` is
  // the current token, or the one before it when the parser has read a lookahead.
  if (hasBody) record->maxFieldAlign = (last_.kind == '}' ? last_ : previous_).maxFieldAlign;
  return record;
}

EnumSpec* ParseContext::finishEnum(EnumSpec* spec, std::string tag, bool hasBody,
                                   std::vector<Enumerator> enumerators) {
  spec->tag = std::move(tag);
  spec->hasBody = hasBody;
  spec->enumerators = std::move(enumerators);
  return spec;
}

FieldDecl* ParseContext::fieldDeclaration(DeclSpecs* specs,
                                          std::vector<FieldDeclarator> declarators) {
  auto* field = make<FieldDecl>(specs->loc);
  field->specs = specs;
  field->declarators = std::move(declarators);
  attachPendingAttributes(specs);
  return field;
}

FieldDecl* ParseContext::fieldStaticAssert(const Declaration* assertion) {
  auto* field = make<FieldDecl>(assertion->loc);
  field->isStaticAssert = true;
  field->assertCondition = assertion->assertCondition;
  field->assertMessage = assertion->assertMessage;
  return field;
}

Declaration* ParseContext::staticAssert(Expr* condition, StringLiteralExpr* message,
                                        SourceLocation loc) {
  auto* decl = make<Declaration>(loc);
  decl->kind = DeclKind::StaticAssert;
  decl->assertCondition = condition;
  decl->assertMessage = message;
  return decl;
}

Enumerator ParseContext::enumerator(std::string name, SourceLocation loc) {
  // C11 6.2.1p7: an enumeration constant is in scope right after its enumerator's name.
  declareName(name, false);
  Enumerator result;
  result.name = std::move(name);
  result.loc = loc;
  return result;
}

Initializer* ParseContext::initializerList(std::vector<InitializerItem> items,
                                           SourceLocation braceLoc) {
  auto* init = make<Initializer>(braceLoc);
  init->items = std::move(items);
  return init;
}

Designator ParseContext::designator(Designator::Kind kind, SourceLocation loc, Expr* index,
                                    Expr* rangeEnd, std::string field) {
  Designator d;
  d.kind = kind;
  d.loc = loc;
  d.index = index;
  d.rangeEnd = rangeEnd;
  d.fieldName = std::move(field);
  return d;
}

} // namespace minicc::frontend
