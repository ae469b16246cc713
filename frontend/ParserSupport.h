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
  SourceLocation loc;

  static SpecItem storageClass(StorageClass storage, SourceLocation loc);
  static SpecItem basicType(Basic basic, SourceLocation loc);
  static SpecItem typeQualifier(Qual qualifier, SourceLocation loc);
  static SpecItem unsupported(std::string what, SourceLocation loc);
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
  static DeclaratorPart pointerPart(SourceLocation loc, const DeclaratorPart& qualifiers);
  static DeclaratorPart arrayPart(SourceLocation loc);
  static void makeArray(DeclaratorPart& part, SourceLocation loc);
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
