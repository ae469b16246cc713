// frontend/ParserSupport.cpp — see ParserSupport.h.
#include "frontend/ParserSupport.h"

#include "frontend/LiteralParser.h"
#include "frontend/Parser.hpp"
#include "frontend/SyntaxErrors.h"

#include <algorithm>

namespace minicc::frontend {

SpecItem SpecItem::storageClass(StorageClass storage, SourceLocation loc) {
  SpecItem item;
  item.kind = Kind::Storage;
  item.storage = storage;
  item.loc = loc;
  return item;
}

SpecItem SpecItem::basicType(Basic basic, SourceLocation loc) {
  SpecItem item;
  item.kind = Kind::Basic;
  item.basic = basic;
  item.loc = loc;
  return item;
}

SpecItem SpecItem::typeQualifier(Qual qualifier, SourceLocation loc) {
  SpecItem item;
  item.kind = Kind::Qualifier;
  item.qualifier = qualifier;
  item.loc = loc;
  return item;
}

SpecItem SpecItem::unsupported(std::string what, SourceLocation loc) {
  SpecItem item;
  item.kind = Kind::Unsupported;
  item.name = std::move(what);
  item.loc = loc;
  return item;
}

SpecItem SpecItem::of(Kind kind, SourceLocation loc) {
  SpecItem item;
  item.kind = kind;
  item.loc = loc;
  return item;
}

SpecItem SpecItem::typedefName(std::string name, SourceLocation loc) {
  SpecItem item = of(Kind::TypedefName, loc);
  item.name = std::move(name);
  return item;
}

SpecItem SpecItem::typeofSpecifier(Expr* operand, TypeName* type, bool unqual, SourceLocation loc) {
  SpecItem item = of(Kind::Typeof, loc);
  item.alignExpr = operand;
  item.alignType = type;
  item.typeofUnqual = unqual;
  return item;
}

SpecItem SpecItem::recordSpec(RecordSpec* record, SourceLocation loc) {
  SpecItem item = of(Kind::Record, loc);
  item.record = record;
  return item;
}

SpecItem SpecItem::enumSpecifier(EnumSpec* enumSpec, SourceLocation loc) {
  SpecItem item = of(Kind::Enum, loc);
  item.enumSpec = enumSpec;
  return item;
}

SpecItem SpecItem::alignasType(TypeName* type, SourceLocation loc) {
  SpecItem item = of(Kind::AlignasType, loc);
  item.alignType = type;
  return item;
}

SpecItem SpecItem::alignasExpr(Expr* alignment, SourceLocation loc) {
  SpecItem item = of(Kind::AlignasExpr, loc);
  item.alignExpr = alignment;
  return item;
}

ParseContext::ParseContext(std::string_view text, const std::string& fileName, AstContext& ast,
                           TranslationUnit& unit, DiagnosticEngine& diags)
    : ast(ast), unit(unit), diags(diags),
      lexer_(text, fileName, diags, ast,
             [this](const std::string& name) { return isTypedefName(name); }) {
  scopeNames_.emplace_back();
  // Sema predeclares this typedef (runtime/include/stdarg.h uses it).
  declareName("__builtin_va_list", true);
}

Token ParseContext::nextToken() {
  previous_ = std::move(last_);
  if (peeked_) {
    last_ = std::move(*peeked_);
    peeked_.reset();
  } else {
    last_ = lexer_.next();
  }
  // "at end of input" diagnostics point just past the last token.
  if (last_.kind == 0 && previous_.loc.isValid()) last_.loc = last_.endLoc = previous_.endLoc;
  return last_;
}

const Token& ParseContext::peekToken() {
  if (!peeked_) peeked_ = lexer_.next();
  return *peeked_;
}

// ---------------------------------------------------------------------------------------------
// Scopes

bool ParseContext::isTypedefName(const std::string& name) const {
  auto it = bindings_.find(name);
  return it != bindings_.end() && !it->second.empty() && it->second.back().isTypedef;
}

void ParseContext::declareName(const std::string& name, bool isTypedef) {
  if (name.empty()) return;
  auto& stack = bindings_[name];
  unsigned depth = scopeDepth();
  if (!stack.empty() && stack.back().depth == depth) {
    stack.back().isTypedef = isTypedef;
    return;
  }
  stack.push_back({depth, isTypedef});
  scopeNames_.back().push_back(name);
}

ScopeMark ParseContext::enterScope() {
  scopeNames_.emplace_back();
  return {scopeDepth()};
}

void ParseContext::leaveScope() {
  if (scopeNames_.size() <= 1) internalError("parser left the file scope");
  for (const std::string& name : scopeNames_.back()) {
    auto it = bindings_.find(name);
    it->second.pop_back();
    if (it->second.empty()) bindings_.erase(it);
  }
  scopeNames_.pop_back();
}

bool ParseContext::reclassifyLookahead() {
  using T = Parser::token;
  if (last_.kind != T::TOK_IDENTIFIER && last_.kind != T::TOK_TYPEDEF_NAME) return false;
  int kind = isTypedefName(last_.text) ? T::TOK_TYPEDEF_NAME : T::TOK_IDENTIFIER;
  if (kind == last_.kind) return false;
  last_.kind = kind;
  return true;
}

void ParseContext::leaveScopesTo(unsigned depth) {
  while (scopeDepth() > depth) leaveScope();
}

// ---------------------------------------------------------------------------------------------
// Declarations

SpecsMark ParseContext::pushSpecs(DeclSpecs* specs) {
  specsStack_.push_back(specs);
  return {specs, specsStack_.size() - 1};
}

void ParseContext::popSpecs(const SpecsMark& mark) {
  // After error recovery the stack may already be shorter.
  if (specsStack_.size() > mark.stackSizeBefore) specsStack_.resize(mark.stackSizeBefore);
}

void ParseContext::recoverAtFileScope() {
  leaveScopesTo(0);
  specsStack_.clear();
  openFunctionBodies_ = 0;
  diags.setFunctionContext("");
}

void ParseContext::declareDeclarator(const Declarator& declarator) {
  DeclSpecs* specs = currentSpecs();
  declareName(declarator.name, specs && specs->storage == StorageClass::Typedef);
}

void ParseContext::noteDeclarator(const Declarator& declarator) {
  lastDeclaratorIsFunction_ =
      !declarator.parts.empty() && declarator.parts.back().kind == DeclaratorPartKind::Function;
}

void ParseContext::markUnsupported(DeclSpecs* specs, const std::string& what) {
  if (specs && specs->unsupported.empty()) specs->unsupported = what;
}

void ParseContext::attachPendingAttributes(DeclSpecs* specs) {
  for (const std::string& what : lexer_.takeUnsupportedAttributes()) markUnsupported(specs, what);
}

Declaration* ParseContext::finishDeclaration(const SpecsMark& mark,
                                             std::vector<InitDeclarator> declarators) {
  popSpecs(mark);
  DeclSpecs* specs = mark.specs;
  auto* decl = make<Declaration>(specs->loc);
  decl->specs = specs;
  decl->declarators = std::move(declarators);
  attachPendingAttributes(specs);
  return decl;
}

ScopeMark ParseContext::beginFunctionBody(const Declarator& declarator) {
  if (declarator.parts.empty() || declarator.parts.back().kind != DeclaratorPartKind::Function)
    diags.error(last_.loc,
                "expected '=', ',', ';', 'asm' or '__attribute__'" + describeTokenPosition(last_));
  declareName(declarator.name, false);
  diags.setFunctionContext(declarator.name);
  ++openFunctionBodies_;
  ScopeMark mark = enterScope();
  if (!declarator.parts.empty()) {
    const DeclaratorPart& function = declarator.parts.back();
    for (const ParamDecl* param : function.params) declareName(param->declarator.name, false);
    for (const std::string& name : function.identifierList) declareName(name, false);
  }
  return mark;
}

FunctionDefinition* ParseContext::finishFunction(const SpecsMark& mark, Declarator declarator,
                                                 std::vector<Declaration*> oldStyle,
                                                 CompoundStmt* body) {
  popSpecs(mark);
  diags.setFunctionContext("");
  if (openFunctionBodies_) --openFunctionBodies_;
  DeclSpecs* specs = mark.specs;
  auto* function = make<FunctionDefinition>(specs->loc);
  function->specs = specs;
  function->declarator = std::move(declarator);
  function->oldStyleParamDecls = std::move(oldStyle);
  function->body = body;
  attachPendingAttributes(specs);
  return function;
}

// ---------------------------------------------------------------------------------------------
// Declaration specifiers

DeclSpecs* ParseContext::newSpecs(const SpecItem& first) {
  auto* specs = make<DeclSpecs>(first.loc);
  applySpec(specs, first);
  return specs;
}

static const char* storageName(StorageClass storage) {
  switch (storage) {
  case StorageClass::Typedef: return "typedef";
  case StorageClass::Extern: return "extern";
  case StorageClass::Static: return "static";
  case StorageClass::Auto: return "auto";
  case StorageClass::Register: return "register";
  case StorageClass::ThreadLocal: return "_Thread_local";
  case StorageClass::None: break;
  }
  return "";
}

static bool excludesThreadLocal(StorageClass storage) {
  return storage == StorageClass::Typedef || storage == StorageClass::Auto ||
         storage == StorageClass::Register;
}

static std::string threadLocalSpelling(const DeclSpecs* specs) {
  return specs->threadLocalIsGnu ? "__thread" : "_Thread_local";
}

// C11 6.7.1p2-3: _Thread_local (gcc's __thread) combines with static or extern, in either order
// (gcc wants __thread after them), and with no other storage class. gcc's wording, at the
// start of the specifiers; a rejected _Thread_local is dropped.
static void applyThreadLocal(DeclSpecs* specs, const SpecItem& item, DiagnosticEngine& diags) {
  if (specs->isThreadLocal) {
    diags.error(specs->loc, "duplicate '_Thread_local' or '__thread'");
    return;
  }
  std::string spelling = item.name.empty() ? "_Thread_local" : item.name;
  if (excludesThreadLocal(specs->storage)) {
    diags.error(specs->loc, "'" + spelling + "' used with '" + storageName(specs->storage) + "'");
    return;
  }
  specs->isThreadLocal = true;
  specs->threadLocalIsGnu = !item.name.empty();
  specs->threadLocalLoc = item.loc;
}

static void applyStorage(DeclSpecs* specs, const SpecItem& item, DiagnosticEngine& diags) {
  if (item.storage == StorageClass::ThreadLocal) return applyThreadLocal(specs, item, diags);
  if (specs->isThreadLocal && specs->storage == StorageClass::None) {
    if (excludesThreadLocal(item.storage)) {
      diags.error(specs->loc, "'" + threadLocalSpelling(specs) + "' used with '" +
                                  storageName(item.storage) + "'");
      specs->isThreadLocal = false;
    } else if (specs->threadLocalIsGnu) {
      diags.error(specs->loc, std::string("'__thread' before '") + storageName(item.storage) + "'");
    }
  }
  // C11 6.7.1p2: at most one storage class (besides _Thread_local).
  if (specs->storage == item.storage) {
    diags.error(specs->loc, std::string("duplicate '") + storageName(item.storage) + "'");
    return;
  }
  if (specs->storage != StorageClass::None) {
    diags.error(specs->loc, "multiple storage classes in declaration specifiers");
    return;
  }
  specs->storage = item.storage;
}

static void applyBasic(DeclSpecs* specs, SpecItem::Basic basic) {
  using B = SpecItem::Basic;
  switch (basic) {
  case B::Void: ++specs->voidCount; break;
  case B::Char: ++specs->charCount; break;
  case B::Short: ++specs->shortCount; break;
  case B::Int: ++specs->intCount; break;
  case B::Long: ++specs->longCount; break;
  case B::Float: ++specs->floatCount; break;
  case B::Double: ++specs->doubleCount; break;
  case B::Signed: ++specs->signedCount; break;
  case B::Unsigned: ++specs->unsignedCount; break;
  case B::Bool: ++specs->boolCount; break;
  case B::Complex: ++specs->complexCount; break;
  case B::Imaginary: ParseContext::markUnsupported(specs, "'_Imaginary'"); break;
  case B::Int128:
    ++specs->intCount;
    ParseContext::markUnsupported(specs, "'__int128'");
    break;
  }
}

void ParseContext::applySpec(DeclSpecs* specs, const SpecItem& item) {
  using K = SpecItem::Kind;
  switch (item.kind) {
  case K::Storage: applyStorage(specs, item, diags); break;
  case K::Qualifier:
    switch (item.qualifier) {
    case SpecItem::Qual::Const: specs->isConst = true; break;
    case SpecItem::Qual::Volatile: specs->isVolatile = true; break;
    case SpecItem::Qual::Restrict: specs->isRestrict = true; break;
    case SpecItem::Qual::Atomic:
      specs->isAtomic = true;
      markUnsupported(specs, "'_Atomic'");
      break;
    }
    break;
  case K::Inline: specs->isInline = true; break;
  case K::Noreturn: specs->isNoreturn = true; break;
  case K::Basic: applyBasic(specs, item.basic); break;
  case K::TypedefName:
    specs->typedefName = item.name;
    specs->typedefNameLoc = item.loc;
    break;
  case K::Record: specs->record = item.record; break;
  case K::Enum: specs->enumSpec = item.enumSpec; break;
  case K::AlignasExpr: specs->alignas_.push_back(item.alignExpr); break;
  case K::AlignasType: specs->alignasTypes.push_back(item.alignType); break;
  case K::Typeof:
    specs->typeofExpr = item.alignExpr;
    specs->typeofType = item.alignType;
    specs->typeofUnqual = item.typeofUnqual;
    break;
  case K::Unsupported: markUnsupported(specs, item.name); break;
  }
}

// ---------------------------------------------------------------------------------------------
// Expressions and statements

Expr* ParseContext::makeBinary(BinaryOp op, Expr* lhs, Expr* rhs, SourceLocation opLoc) {
  auto* e = make<BinaryExpr>(opLoc);
  e->op = op;
  e->lhs = lhs;
  e->rhs = rhs;
  return checkDepth(e, {lhs, rhs});
}

Expr* ParseContext::makeAssign(bool isCompound, BinaryOp op, Expr* lhs, Expr* rhs,
                               SourceLocation opLoc) {
  auto* e = make<AssignExpr>(opLoc);
  e->isCompound = isCompound;
  e->op = op;
  e->lhs = lhs;
  e->rhs = rhs;
  return checkDepth(e, {lhs, rhs});
}

Expr* ParseContext::makeUnary(UnaryOp op, Expr* operand, SourceLocation opLoc) {
  auto* e = make<UnaryExpr>(opLoc);
  e->op = op;
  e->operand = operand;
  return checkDepth(e, {operand});
}

Expr* ParseContext::makeCompoundLiteral(SourceLocation loc, TypeName* typeName,
                                        SourceLocation braceLoc,
                                        std::vector<InitializerItem> items) {
  auto* e = make<CompoundLiteralExpr>(loc);
  e->typeName = typeName;
  e->init = make<Initializer>(braceLoc);
  e->init->items = std::move(items);
  return e;
}

static std::size_t prefixLength(StringLiteralExpr::Prefix prefix) {
  switch (prefix) {
  case StringLiteralExpr::Prefix::None: return 0;
  case StringLiteralExpr::Prefix::u8: return 2;
  default: return 1;
  }
}

// C11 6.4.5p5: adjacent literals are concatenated; if one has a prefix the result has it.
// Each piece is decoded with the final prefix (so "\xff" L"a" gives the wide unit 0xff).
StringLiteralExpr* ParseContext::makeString(const std::vector<StringPiece>& pieces) {
  auto* lit = make<StringLiteralExpr>(pieces.front().loc);
  using P = StringLiteralExpr::Prefix;
  for (const StringPiece& piece : pieces) {
    if (piece.prefix == P::None || piece.prefix == lit->prefix) continue;
    if (lit->prefix != P::None) {
      diags.error(piece.loc, "unsupported non-standard concatenation of string literals");
      continue;
    }
    lit->prefix = piece.prefix;
  }
  for (const StringPiece& piece : pieces) {
    SourceLocation bodyLoc = piece.loc;
    if (bodyLoc.column) bodyLoc.column += static_cast<unsigned>(prefixLength(piece.prefix)) + 1;
    decodeStringBody(piece.body, lit->prefix, bodyLoc, lit->elements, diags);
  }
  return lit;
}

CompoundStmt* ParseContext::makeCompound(SourceLocation open, std::vector<Stmt*> items,
                                         SourceLocation close) {
  auto* s = make<CompoundStmt>(open);
  s->items = std::move(items);
  s->closeLoc = close;
  return s;
}

ParamDecl* ParseContext::makeParam(DeclSpecs* specs, Declarator declarator) {
  auto* param = make<ParamDecl>(specs->loc);
  param->specs = specs;
  param->declarator = std::move(declarator);
  attachPendingAttributes(specs);
  return param;
}

TypeName* ParseContext::makeTypeName(DeclSpecs* specs, Declarator declarator) {
  auto* typeName = make<TypeName>(specs->loc);
  typeName->specs = specs;
  typeName->declarator = std::move(declarator);
  attachPendingAttributes(specs);
  return typeName;
}

Expr* ParseContext::unsupportedExpr(SourceLocation loc, const std::string& what) {
  unsupportedConstruct(loc, what);
  auto* placeholder = make<IntLiteralExpr>(loc);
  return placeholder;
}

void ParseContext::unsupportedConstruct(SourceLocation loc, const std::string& what) {
  diags.error(loc, what + " is not supported yet");
}

void ParseContext::recordDepth(const Node* node, std::initializer_list<const Node*> children) {
  unsigned depth = 0;
  for (const Node* child : children) {
    if (!child) continue;
    auto it = depths_.find(child);
    depth = std::max(depth, it == depths_.end() ? 0u : it->second);
  }
  ++depth;
  depths_[node] = depth;
  if (depth > kMaxNestingDepth && !reportedTooDeep_) {
    reportedTooDeep_ = true;
    diags.error(node->loc, "expressions and statements nested more than " +
                               std::to_string(kMaxNestingDepth) + " levels deep");
  }
}

// ---------------------------------------------------------------------------------------------
// Declarators

void ParseContext::prependParts(Declarator& declarator, std::vector<DeclaratorPart> parts) {
  declarator.parts.insert(declarator.parts.begin(), std::make_move_iterator(parts.begin()),
                          std::make_move_iterator(parts.end()));
}

// A suffix written further right applies to the base type earlier: `a[3][4]` is an array of 3
// arrays of 4, so parts = {Array(4), Array(3)}.
void ParseContext::addSuffix(Declarator& declarator, DeclaratorPart part) {
  declarator.parts.insert(declarator.parts.begin(), std::move(part));
}

DeclaratorPart ParseContext::pointerPart(SourceLocation loc, const DeclaratorPart& qualifiers) {
  DeclaratorPart part = qualifiers;
  part.kind = DeclaratorPartKind::Pointer;
  part.loc = loc;
  return part;
}

DeclaratorPart ParseContext::arrayPart(SourceLocation loc, const DeclaratorPart& qualifiers,
                                       Expr* size) {
  DeclaratorPart part = qualifiers;
  part.kind = DeclaratorPartKind::Array;
  part.loc = loc;
  part.size = size;
  return part;
}

Declarator ParseContext::namedDeclarator(std::string name, SourceLocation loc) {
  Declarator declarator;
  declarator.name = std::move(name);
  declarator.nameLoc = loc;
  noteDeclarator(declarator);
  return declarator;
}

Declarator ParseContext::withSuffix(Declarator declarator, DeclaratorPart suffix) {
  addSuffix(declarator, std::move(suffix));
  noteDeclarator(declarator);
  return declarator;
}

DeclaratorPart ParseContext::functionPart(SourceLocation loc, ParamList params) {
  DeclaratorPart part;
  part.kind = DeclaratorPartKind::Function;
  part.loc = loc;
  part.params = std::move(params.params);
  part.isVariadic = params.isVariadic;
  return part;
}

void ParseContext::addQualifier(DeclaratorPart& part, const SpecItem& qualifier) {
  switch (qualifier.qualifier) {
  case SpecItem::Qual::Const: part.isConst = true; break;
  case SpecItem::Qual::Volatile: part.isVolatile = true; break;
  case SpecItem::Qual::Restrict: part.isRestrict = true; break;
  case SpecItem::Qual::Atomic: part.isAtomic = true; break;
  }
}

} // namespace minicc::frontend
