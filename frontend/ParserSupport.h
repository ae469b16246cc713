// frontend/ParserSupport.h — the state the Bison grammar (Parser.y) works with.
//
// Provides: ParseContext (typedef-name scopes for the lexer feedback hook, the stack of
// declaration specifiers being declared, AST-building helpers) and the small value types the
// grammar passes between rules (SpecItem, ParamList, StringPiece, AssignOp, ScopeMark,
// SpecsMark). Needs: AST.h, Lexer.h, ir/Diagnostics.h.
//
// Typedef-name feedback (C11 6.2.1, 6.7.8): the lexer asks isTypedefName() for each
// identifier. The grammar declares each name as soon as its declarator is complete (before an
// initializer, a `,` or the `;`), so in `T T; T = 1;` the second and third T are ordinary
// identifiers. Scopes open at `{`, at `for (` and at the `(` of a parameter list; a function
// definition's body re-declares the parameters of its declarator.
#pragma once

#include "frontend/AST.h"
#include "frontend/Lexer.h"
#include "ir/Diagnostics.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace minicc::frontend {

// One declaration specifier or qualifier as the grammar reduces it.
struct SpecItem {
  enum class Kind : std::uint8_t {
    Storage,   // storage
    Qualifier, // qualifier
    Inline,
    Noreturn,
    Basic,       // basic: one of the counted type keywords
    TypedefName, // name
    Record,      // record
    Enum,        // enumSpec
    AlignasExpr, // alignExpr
    AlignasType, // alignType
    Typeof,      // alignExpr or alignType: the operand of typeof; typeofUnqual
    Unsupported, // name: a noun phrase for DeclSpecs::unsupported
  };
  enum class Qual : std::uint8_t { Const, Volatile, Restrict, Atomic };
  enum class Basic : std::uint8_t {
    Void,
    Char,
    Short,
    Int,
    Long,
    Float,
    Double,
    Signed,
    Unsigned,
    Bool,
    Complex,
    Imaginary,
    Int128
  };

  Kind kind = Kind::Basic;
  StorageClass storage = StorageClass::None;
  Qual qualifier = Qual::Const;
  Basic basic = Basic::Int;
  std::string name;
  RecordSpec* record = nullptr;
  EnumSpec* enumSpec = nullptr;
  Expr* alignExpr = nullptr;
  TypeName* alignType = nullptr;
  bool typeofUnqual = false;
  SourceLocation loc;

  static SpecItem storageClass(StorageClass storage, SourceLocation loc);
  static SpecItem basicType(Basic basic, SourceLocation loc);
  static SpecItem typeQualifier(Qual qualifier, SourceLocation loc);
  static SpecItem unsupported(std::string what, SourceLocation loc);
  static SpecItem of(Kind kind, SourceLocation loc);
  static SpecItem typedefName(std::string name, SourceLocation loc);
  static SpecItem recordSpec(RecordSpec* record, SourceLocation loc);
  static SpecItem enumSpecifier(EnumSpec* enumSpec, SourceLocation loc);
  static SpecItem alignasType(TypeName* type, SourceLocation loc);
  static SpecItem alignasExpr(Expr* alignment, SourceLocation loc);
  static SpecItem typeofSpecifier(Expr* operand, TypeName* type, bool unqual, SourceLocation loc);
};

struct ParamList {
  std::vector<ParamDecl*> params;
  bool isVariadic = false;
};

struct AssignOp {
  bool isCompound = false;
  BinaryOp op = BinaryOp::Add;
};

// One string-literal token before concatenation: its prefix and its body as written.
struct StringPiece {
  StringLiteralExpr::Prefix prefix = StringLiteralExpr::Prefix::None;
  std::string body;
  SourceLocation loc; // of the literal's first byte (its prefix or opening quote)
};

// Semantic values recording the state to restore when a scope or declaration ends (error
// recovery may have discarded the symbols of inner ones).
struct ScopeMark {
  unsigned depth = 0; // the scope depth after entering
};
struct SpecsMark {
  DeclSpecs* specs = nullptr;
  std::size_t stackSizeBefore = 0;
};

class ParseContext {
public:
  ParseContext(std::string_view text, const std::string& fileName, AstContext& ast,
               TranslationUnit& unit, DiagnosticEngine& diags);

  AstContext& ast;
  TranslationUnit& unit;
  const Lexer& lexer() const { return lexer_; }
  DiagnosticEngine& diags;

  // --- tokens
  Token nextToken();
  const Token& peekToken(); // the token after lastToken() (only for wording syntax errors)
  const Token& lastToken() const { return last_; }         // the parser's current lookahead
  const Token& previousToken() const { return previous_; } // the token before it

  // --- typedef-name scopes
  bool isTypedefName(const std::string& name) const;
  void declareName(const std::string& name, bool isTypedef);
  ScopeMark enterScope();
  void leaveScope();
  void leaveScopesTo(unsigned depth); // closes every scope deeper than `depth`
  unsigned scopeDepth() const { return static_cast<unsigned>(scopeNames_.size()) - 1; }
  // Classifies the lookahead token again after a scope closed while it was already read (a
  // `for` whose body ends in an `if` without `else`); true when it changed between IDENTIFIER
  // and TYPEDEF_NAME, and the parser must then replace its lookahead.
  bool reclassifyLookahead();

  // --- declarations in progress
  SpecsMark pushSpecs(DeclSpecs* specs);
  void popSpecs(const SpecsMark& mark);
  void recoverAtFileScope(); // after a syntax error recovered at the external level
  DeclSpecs* currentSpecs() const { return specsStack_.empty() ? nullptr : specsStack_.back(); }
  void declareDeclarator(const Declarator& declarator);
  void noteDeclarator(const Declarator& declarator);
  bool lastDeclaratorIsFunction() const { return lastDeclaratorIsFunction_; }
  bool insideFunctionBody() const { return openFunctionBodies_ != 0; }
  // Records GNU attributes the lexer flagged since the last call in `specs->unsupported`.
  void attachPendingAttributes(DeclSpecs* specs);
  static void markUnsupported(DeclSpecs* specs, const std::string& what);

  Declaration* finishDeclaration(const SpecsMark& specs, std::vector<InitDeclarator> declarators);
  ScopeMark beginFunctionBody(const Declarator& declarator);
  FunctionDefinition* finishFunction(const SpecsMark& specs, Declarator declarator,
                                     std::vector<Declaration*> oldStyle, CompoundStmt* body);

  // --- AST helpers
  template <typename T> T* make(SourceLocation loc) {
    T* node = ast.make<T>();
    node->loc = loc;
    return node;
  }
  DeclSpecs* newSpecs(const SpecItem& first);
  void applySpec(DeclSpecs* specs, const SpecItem& item);
  Expr* makeBinary(BinaryOp op, Expr* lhs, Expr* rhs, SourceLocation opLoc);
  Expr* makeAssign(bool isCompound, BinaryOp op, Expr* lhs, Expr* rhs, SourceLocation opLoc);
  Expr* makeUnary(UnaryOp op, Expr* operand, SourceLocation opLoc);
  Expr* makeCompoundLiteral(SourceLocation loc, TypeName* typeName, SourceLocation braceLoc,
                            std::vector<InitializerItem> items);
  StringLiteralExpr* makeString(const std::vector<StringPiece>& pieces);
  CompoundStmt* makeCompound(SourceLocation open, std::vector<Stmt*> items, SourceLocation close);
  ParamDecl* makeParam(DeclSpecs* specs, Declarator declarator);
  TypeName* makeTypeName(DeclSpecs* specs, Declarator declarator);
  // One builder per construct (ParserBuild.cpp); locations as AstPrinter.h/ParserLocation
  // tests document: operators at the operator, calls and statements at their first token.
  Expr* identifier(std::string name, SourceLocation loc);
  Expr* index(Expr* base, Expr* subscript, SourceLocation bracketLoc);
  Expr* call(Expr* callee, std::vector<Expr*> args, SourceLocation loc);
  Expr* member(Expr* base, std::string name, bool isArrow, SourceLocation opLoc);
  Expr* conditional(Expr* condition, Expr* thenExpr, Expr* elseExpr, SourceLocation questionLoc);
  Expr* cast(TypeName* typeName, Expr* operand, SourceLocation loc);
  Expr* sizeofExpr(Expr* operand, SourceLocation loc);
  Expr* sizeofType(TypeName* typeName, SourceLocation loc);
  Expr* alignofType(TypeName* typeName, SourceLocation loc);
  Expr* vaArg(Expr* vaList, TypeName* typeName, SourceLocation loc);
  Expr* offsetOf(TypeName* typeName, std::vector<Designator> designators, SourceLocation loc);
  Expr* typesCompatible(TypeName* first, TypeName* second, SourceLocation loc);
  Expr* statementExpression(CompoundStmt* body, SourceLocation loc);
  Expr* genericSelection(Expr* controlling, std::vector<GenericAssociation> associations,
                         SourceLocation loc);
  Stmt* expressionStatement(Expr* expr, SourceLocation loc);
  Stmt* declarationStatement(Declaration* decl);
  Stmt* label(std::string name, Stmt* body, SourceLocation loc);
  Stmt* caseLabel(Expr* value, Expr* rangeEnd, Stmt* body, SourceLocation loc);
  Stmt* defaultLabel(Stmt* body, SourceLocation loc);
  Stmt* ifStatement(Expr* condition, Stmt* thenStmt, Stmt* elseStmt, SourceLocation loc);
  Stmt* switchStatement(Expr* condition, Stmt* body, SourceLocation loc);
  Stmt* whileStatement(Expr* condition, Stmt* body, SourceLocation loc);
  Stmt* doWhileStatement(Stmt* body, Expr* condition, SourceLocation loc);
  Stmt* forStatement(Declaration* initDecl, Expr* initExpr, Expr* condition, Expr* step, Stmt* body,
                     SourceLocation loc);
  Stmt* gotoStatement(std::string target, SourceLocation loc);
  Stmt* returnStatement(Expr* value, SourceLocation loc);
  Stmt* unsupportedStatement(SourceLocation loc, const std::string& what);
  RecordSpec* finishRecord(RecordSpec* record, std::string tag, bool hasBody,
                           std::vector<FieldDecl*> fields);
  EnumSpec* finishEnum(EnumSpec* spec, std::string tag, bool hasBody,
                       std::vector<Enumerator> enumerators);
  FieldDecl* fieldDeclaration(DeclSpecs* specs, std::vector<FieldDeclarator> declarators);
  FieldDecl* fieldStaticAssert(const Declaration* assertion);
  Declaration* staticAssert(Expr* condition, StringLiteralExpr* message, SourceLocation loc);
  Enumerator enumerator(std::string name, SourceLocation loc); // declares the name
  Initializer* initializerList(std::vector<InitializerItem> items, SourceLocation braceLoc);
  static Designator designator(Designator::Kind kind, SourceLocation loc, Expr* index,
                               Expr* rangeEnd = nullptr, std::string field = {});

  // Reports "<what> is not supported yet" for constructs without an AST form.
  Expr* unsupportedExpr(SourceLocation loc, const std::string& what);
  void unsupportedConstruct(SourceLocation loc, const std::string& what);

  // Records the nesting depth of `node` (one more than its deepest child) and reports trees
  // too deep for the recursive passes after the parser.
  template <typename T> T* checkDepth(T* node, std::initializer_list<const Node*> children) {
    recordDepth(node, children);
    return node;
  }
  static constexpr unsigned kMaxNestingDepth = 2048;

  // --- declarators (AST.h: parts[0] is applied to the base type first, parts.back() last)
  static void prependParts(Declarator& declarator, std::vector<DeclaratorPart> parts);
  static void addSuffix(Declarator& declarator, DeclaratorPart part);
  Declarator namedDeclarator(std::string name, SourceLocation loc);
  Declarator withSuffix(Declarator declarator, DeclaratorPart suffix);
  static DeclaratorPart pointerPart(SourceLocation loc, const DeclaratorPart& qualifiers);
  static DeclaratorPart arrayPart(SourceLocation loc, const DeclaratorPart& qualifiers, Expr* size);
  static DeclaratorPart functionPart(SourceLocation loc, ParamList params);
  static void addQualifier(DeclaratorPart& part, const SpecItem& qualifier);

private:
  void recordDepth(const Node* node, std::initializer_list<const Node*> children);

  struct Binding {
    unsigned depth;
    bool isTypedef;
  };
  Lexer lexer_;
  Token last_, previous_;
  std::optional<Token> peeked_;
  unsigned openFunctionBodies_ = 0;
  std::unordered_map<std::string, std::vector<Binding>> bindings_;
  std::vector<std::vector<std::string>> scopeNames_;
  std::vector<DeclSpecs*> specsStack_;
  std::unordered_map<const Node*, unsigned> depths_;
  bool reportedTooDeep_ = false;
  bool lastDeclaratorIsFunction_ = false;
};

} // namespace minicc::frontend
