// frontend/AST.h — the syntax tree the parser builds and semantic analysis annotates.
//
// Provides: the node types and AstContext (which owns every node). Needs: ir/Diagnostics.h for
// SourceLocation; the semantic classes (CType, Symbol, RecordMember) are only forward-declared
// here and defined by frontend/CType.h and frontend/Sema*.
//
// The parser records *syntax* only: declaration specifiers and declarators as written, with no
// types computed. Semantic analysis turns them into CTypes, resolves names, fills the `type`,
// `symbol` and `member` annotations, and may rewrite child pointers to insert ImplicitCast nodes.
// Nodes are allocated in the AstContext and referred to by raw pointers; nothing else owns them.
#pragma once

#include "ir/Diagnostics.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace minicc::frontend {

struct CType;        // frontend/CType.h
struct Symbol;       // a declared object, function, typedef or enumerator (sema)
struct RecordMember; // a struct/union member (frontend/CType.h)

struct Node {
  virtual ~Node() = default;
  SourceLocation loc;
};

// ---------------------------------------------------------------------------------------------
// Expressions

enum class ExprKind : std::uint8_t {
  IntLiteral,
  FloatLiteral,
  CharLiteral,
  StringLiteral,
  Identifier,
  Unary,
  Binary,
  Assign,
  Conditional,
  Call,
  Index,
  Member,
  Cast,
  SizeofExpr,
  SizeofType,
  AlignofType,
  CompoundLiteral,
  VaArg,           // __builtin_va_arg(ap, type)
  Offsetof,        // __builtin_offsetof(type, member-designator); sema replaces it by its value
  TypesCompatible, // __builtin_types_compatible_p(type, type); sema replaces it by its value
  ImplicitCast,    // inserted by sema only
  Generic,         // _Generic(controlling, type: expr, default: expr)
  StmtExpr,        // GNU statement expression ({ ... })
};

struct Expr : Node {
  explicit Expr(ExprKind k) : kind(k) {}
  ExprKind kind;
  // Sema annotations.
  const CType* type = nullptr;
  bool isLvalue = false;
};

struct IntLiteralExpr : Expr {
  IntLiteralExpr() : Expr(ExprKind::IntLiteral) {}
  std::uint64_t value = 0;
  bool hasUnsignedSuffix = false;
  unsigned longSuffixCount = 0; // 0, 1 (l) or 2 (ll)
  bool isDecimal = true;        // C11 6.4.4.1p5: decimal literals never become unsigned implicitly
  bool overflowed = false;      // did not fit in 64 bits (sema reports it)
};

struct FloatLiteralExpr : Expr {
  FloatLiteralExpr() : Expr(ExprKind::FloatLiteral) {}
  double value = 0;
  bool hasFloatSuffix = false; // f/F
  bool hasLongSuffix = false;  // l/L (long double)
  bool isImaginary = false;    // GNU i/j suffix: an imaginary constant of complex type
  std::string spelling;        // as written, for exact long double conversion later
};

struct CharLiteralExpr : Expr {
  CharLiteralExpr() : Expr(ExprKind::CharLiteral) {}
  enum class Prefix : std::uint8_t { None, L, u, U } prefix = Prefix::None;
  std::int64_t value = 0; // plain 'a' already has type int and the value of a (signed) char
  bool isMultiChar = false;
};

struct StringLiteralExpr : Expr {
  StringLiteralExpr() : Expr(ExprKind::StringLiteral) {}
  enum class Prefix : std::uint8_t { None, u8, L, u, U } prefix = Prefix::None;
  // Escapes decoded and adjacent literals concatenated; no terminating zero. For wide literals
  // each element is one code unit (of 2 or 4 bytes) stored here in order.
  std::vector<std::uint32_t> elements;
};

struct IdentifierExpr : Expr {
  IdentifierExpr() : Expr(ExprKind::Identifier) {}
  std::string name;
  Symbol* symbol = nullptr; // sema
};

enum class UnaryOp : std::uint8_t {
  Plus,
  Minus,
  BitNot,
  LogNot,
  Deref,
  AddrOf,
  PreInc,
  PreDec,
  PostInc,
  PostDec,
  Real, // GNU __real__: the real part of a complex operand (the operand itself if real)
  Imag  // GNU __imag__: the imaginary part (0 of the operand's type if real)
};

struct UnaryExpr : Expr {
  UnaryExpr() : Expr(ExprKind::Unary) {}
  UnaryOp op = UnaryOp::Plus;
  Expr* operand = nullptr;
};

enum class BinaryOp : std::uint8_t {
  Mul,
  Div,
  Mod,
  Add,
  Sub,
  Shl,
  Shr,
  Lt,
  Gt,
  Le,
  Ge,
  Eq,
  Ne,
  BitAnd,
  BitXor,
  BitOr,
  LogAnd,
  LogOr,
  Comma
};

// The operator as written in C, for diagnostics ("invalid operands to binary +") and dumps.
constexpr const char* spellingOf(BinaryOp op) {
  switch (op) {
  case BinaryOp::Mul: return "*";
  case BinaryOp::Div: return "/";
  case BinaryOp::Mod: return "%";
  case BinaryOp::Add: return "+";
  case BinaryOp::Sub: return "-";
  case BinaryOp::Shl: return "<<";
  case BinaryOp::Shr: return ">>";
  case BinaryOp::Lt: return "<";
  case BinaryOp::Gt: return ">";
  case BinaryOp::Le: return "<=";
  case BinaryOp::Ge: return ">=";
  case BinaryOp::Eq: return "==";
  case BinaryOp::Ne: return "!=";
  case BinaryOp::BitAnd: return "&";
  case BinaryOp::BitXor: return "^";
  case BinaryOp::BitOr: return "|";
  case BinaryOp::LogAnd: return "&&";
  case BinaryOp::LogOr: return "||";
  case BinaryOp::Comma: return ",";
  }
  return "?";
}

struct BinaryExpr : Expr {
  BinaryExpr() : Expr(ExprKind::Binary) {}
  BinaryOp op = BinaryOp::Add;
  Expr* lhs = nullptr;
  Expr* rhs = nullptr;
};

// `lhs = rhs`, or `lhs op= rhs` when isCompound (op is then one of Mul..BitOr).
struct AssignExpr : Expr {
  AssignExpr() : Expr(ExprKind::Assign) {}
  bool isCompound = false;
  BinaryOp op = BinaryOp::Add;
  Expr* lhs = nullptr;
  Expr* rhs = nullptr;
  const CType* computationType = nullptr; // sema: the type `lhs op rhs` is computed in
};

struct ConditionalExpr : Expr {
  ConditionalExpr() : Expr(ExprKind::Conditional) {}
  Expr* condition = nullptr;
  Expr* thenExpr = nullptr;
  Expr* elseExpr = nullptr;
};

struct CallExpr : Expr {
  CallExpr() : Expr(ExprKind::Call) {}
  Expr* callee = nullptr;
  std::vector<Expr*> args;
};

struct IndexExpr : Expr {
  IndexExpr() : Expr(ExprKind::Index) {}
  Expr* base = nullptr;
  Expr* index = nullptr;
};

struct MemberExpr : Expr {
  MemberExpr() : Expr(ExprKind::Member) {}
  Expr* base = nullptr;
  std::string memberName;
  bool isArrow = false;
  const RecordMember* member = nullptr; // sema
};

struct TypeName;
struct Initializer;

struct CastExpr : Expr {
  CastExpr() : Expr(ExprKind::Cast) {}
  TypeName* typeName = nullptr;
  Expr* operand = nullptr;
};

struct SizeofExprExpr : Expr {
  SizeofExprExpr() : Expr(ExprKind::SizeofExpr) {}
  Expr* operand = nullptr;
};

struct SizeofTypeExpr : Expr {
  SizeofTypeExpr() : Expr(ExprKind::SizeofType) {}
  TypeName* typeName = nullptr;
};

struct AlignofTypeExpr : Expr {
  AlignofTypeExpr() : Expr(ExprKind::AlignofType) {}
  TypeName* typeName = nullptr;
};

struct CompoundLiteralExpr : Expr {
  CompoundLiteralExpr() : Expr(ExprKind::CompoundLiteral) {}
  TypeName* typeName = nullptr;
  Initializer* init = nullptr;
};

struct VaArgExpr : Expr {
  VaArgExpr() : Expr(ExprKind::VaArg) {}
  Expr* vaList = nullptr;
  TypeName* typeName = nullptr;
};

// One association of a generic selection; typeName == nullptr for `default`.
struct GenericAssociation {
  TypeName* typeName = nullptr;
  Expr* expr = nullptr;
  SourceLocation loc;
};

// C11 6.5.1.1. Sema checks every association and returns the selected one in place of this node,
// so lowering never sees a GenericExpr.
struct GenericExpr : Expr {
  GenericExpr() : Expr(ExprKind::Generic) {}
  Expr* controlling = nullptr;
  std::vector<GenericAssociation> associations;
};

struct CompoundStmt;

// GNU `({ ... })`: the value is that of the last block item when it is an expression statement,
// void otherwise. Sema sets `result` to that expression (converted to an rvalue) or nullptr.
struct StmtExprExpr : Expr {
  StmtExprExpr() : Expr(ExprKind::StmtExpr) {}
  CompoundStmt* body = nullptr;
  Expr* result = nullptr; // sema
};

enum class CastKind : std::uint8_t {
  LvalueToRvalue, // load (sema may leave loads implicit instead; see Sema.h)
  ArrayToPointer,
  FunctionToPointer,
  IntegerConversion, // between integer types (incl. _Bool from integer is BoolConversion)
  BoolConversion,    // any scalar -> _Bool (x != 0)
  IntegerToFloat,
  FloatToInteger,
  FloatConversion,
  IntegerToPointer,
  PointerToInteger,
  PointerConversion, // pointer -> pointer, null pointer constant -> pointer
  ToVoid,
  NoOp,
};

struct ImplicitCastExpr : Expr {
  ImplicitCastExpr() : Expr(ExprKind::ImplicitCast) {}
  CastKind castKind = CastKind::NoOp;
  Expr* operand = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Declarations (syntax)

enum class StorageClass : std::uint8_t {
  None,
  Typedef,
  Extern,
  Static,
  Auto,
  Register,
  ThreadLocal
};

struct RecordSpec;
struct EnumSpec;

struct DeclSpecs : Node {
  StorageClass storage = StorageClass::None;
  bool isInline = false;
  bool isNoreturn = false;
  bool isConst = false, isVolatile = false, isRestrict = false, isAtomic = false;
  // Counts of each basic type keyword as written ("long long" -> longCount 2); sema checks
  // the combination is valid.
  unsigned voidCount = 0, charCount = 0, shortCount = 0, intCount = 0, longCount = 0,
           floatCount = 0, doubleCount = 0, signedCount = 0, unsignedCount = 0, boolCount = 0,
           complexCount = 0;
  RecordSpec* record = nullptr; // struct/union specifier
  EnumSpec* enumSpec = nullptr; // enum specifier
  std::string typedefName;      // a typedef-name used as the type specifier
  SourceLocation typedefNameLoc;
  Expr* typeofExpr = nullptr;     // typeof(expression) as the type specifier
  TypeName* typeofType = nullptr; // typeof(type-name) as the type specifier
  bool typeofUnqual = false;      // C23 typeof_unqual: qualifiers dropped
  bool isThreadLocal = false;     // _Thread_local/__thread (with or without static/extern)
  bool threadLocalIsGnu = false;  // spelled `__thread` (gcc names the keyword as written)
  SourceLocation threadLocalLoc;
  std::vector<Expr*> alignas_;         // _Alignas(expr)
  std::vector<TypeName*> alignasTypes; // _Alignas(type-name)
  // Set when a construct the parser recognises but minicc does not support appears
  // (e.g. _Complex, __int128, a GNU attribute that changes layout): sema reports it.
  std::string unsupported;
};

enum class DeclaratorPartKind : std::uint8_t { Pointer, Array, Function };

struct ParamDecl;

struct DeclaratorPart {
  DeclaratorPartKind kind = DeclaratorPartKind::Pointer;
  SourceLocation loc;
  // Pointer
  bool isConst = false, isVolatile = false, isRestrict = false, isAtomic = false;
  // Array: size == nullptr means `[]`; isStar means `[*]`; isStatic for `[static n]` in params.
  Expr* size = nullptr;
  bool isStar = false;
  bool isStatic = false;
  // Function
  std::vector<ParamDecl*> params;
  bool isVariadic = false;
  bool hasPrototype = true;                // false for `f()` (old-style, unknown parameters)
  std::vector<std::string> identifierList; // K&R `f(a, b)`
  std::vector<SourceLocation> identifierLocs;
};

// The declarator of one declared name, or an abstract declarator (empty name).
// Derivations apply to the base type in order: parts[0] first, parts.back() last. So
//   int *a[3]     -> parts = {Pointer, Array(3)}   (array of 3 pointers to int)
//   int (*p)[3]   -> parts = {Array(3), Pointer}   (pointer to array of 3 int)
//   int (*f)(int) -> parts = {Function(int), Pointer}
struct Declarator {
  std::string name;
  SourceLocation nameLoc;
  std::vector<DeclaratorPart> parts;
};

struct ParamDecl : Node {
  DeclSpecs* specs = nullptr;
  Declarator declarator; // may be abstract
};

struct TypeName : Node {
  DeclSpecs* specs = nullptr;
  Declarator declarator;       // abstract
  const CType* type = nullptr; // sema
};

struct Designator {
  enum class Kind : std::uint8_t { Field, Index, Range } kind = Kind::Field;
  SourceLocation loc;
  std::string fieldName;    // Field
  Expr* index = nullptr;    // Index, and Range's first
  Expr* rangeEnd = nullptr; // Range (GNU [a ... b])
};

// `__builtin_offsetof(type, a.b[2].c)`: designators are Field and Index only, the first a Field.
struct OffsetofExpr : Expr {
  OffsetofExpr() : Expr(ExprKind::Offsetof) {}
  TypeName* typeName = nullptr;
  std::vector<Designator> designators;
};

struct TypesCompatibleExpr : Expr {
  TypesCompatibleExpr() : Expr(ExprKind::TypesCompatible) {}
  TypeName* first = nullptr;
  TypeName* second = nullptr;
};

struct InitializerItem {
  std::vector<Designator> designators;
  Initializer* init = nullptr;
};

// Either a single expression or a brace-enclosed list.
struct Initializer : Node {
  Expr* expr = nullptr;               // set for `= expr`
  std::vector<InitializerItem> items; // set for `= { ... }` (expr == nullptr)
  bool isList() const { return expr == nullptr; }
};

struct InitDeclarator {
  Declarator declarator;
  Initializer* init = nullptr;
  Symbol* symbol = nullptr; // sema
};

struct FieldDeclarator {
  Declarator declarator; // may be unnamed (bit-field padding, anonymous struct member)
  Expr* bitWidth = nullptr;
};

struct FieldDecl : Node {
  DeclSpecs* specs = nullptr;
  std::vector<FieldDeclarator> declarators; // empty: anonymous struct/union member
  bool isStaticAssert = false;              // a _Static_assert inside a struct
  Expr* assertCondition = nullptr;
  StringLiteralExpr* assertMessage = nullptr;
};

struct RecordSpec : Node {
  bool isUnion = false;
  std::string tag;      // empty: anonymous
  bool hasBody = false; // `struct S { ... }` as opposed to `struct S`
  std::vector<FieldDecl*> fields;
  // `#pragma pack(N)` in effect at the closing brace: members are aligned to at most this many
  // bytes (0: no pragma, natural alignment).
  unsigned maxFieldAlign = 0;
  const CType* type = nullptr; // sema
};

struct Enumerator {
  std::string name;
  SourceLocation loc;
  Expr* value = nullptr;
  Symbol* symbol = nullptr; // sema
};

struct EnumSpec : Node {
  std::string tag;
  bool hasBody = false;
  std::vector<Enumerator> enumerators;
  const CType* type = nullptr; // sema
};

enum class DeclKind : std::uint8_t { Declaration, StaticAssert };

// `specs init-declarator-list ;` — also a typedef, or a bare `struct S {...};`.
struct Declaration : Node {
  DeclKind kind = DeclKind::Declaration;
  DeclSpecs* specs = nullptr;
  std::vector<InitDeclarator> declarators;
  // StaticAssert
  Expr* assertCondition = nullptr;
  StringLiteralExpr* assertMessage = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Statements

enum class StmtKind : std::uint8_t {
  Compound,
  Expression,
  Declaration,
  If,
  While,
  DoWhile,
  For,
  Switch,
  Case,
  Default,
  Break,
  Continue,
  Return,
  Goto,
  Label,
  Null
};

struct Stmt : Node {
  explicit Stmt(StmtKind k) : kind(k) {}
  StmtKind kind;
};

struct CompoundStmt : Stmt {
  CompoundStmt() : Stmt(StmtKind::Compound) {}
  std::vector<Stmt*> items; // declarations appear as DeclarationStmt
  SourceLocation closeLoc;  // the `}`
};

struct ExpressionStmt : Stmt {
  ExpressionStmt() : Stmt(StmtKind::Expression) {}
  Expr* expr = nullptr;
};

struct DeclarationStmt : Stmt {
  DeclarationStmt() : Stmt(StmtKind::Declaration) {}
  Declaration* decl = nullptr;
};

struct IfStmt : Stmt {
  IfStmt() : Stmt(StmtKind::If) {}
  Expr* condition = nullptr;
  Stmt* thenStmt = nullptr;
  Stmt* elseStmt = nullptr;
};

struct WhileStmt : Stmt {
  WhileStmt() : Stmt(StmtKind::While) {}
  Expr* condition = nullptr;
  Stmt* body = nullptr;
};

struct DoWhileStmt : Stmt {
  DoWhileStmt() : Stmt(StmtKind::DoWhile) {}
  Stmt* body = nullptr;
  Expr* condition = nullptr;
};

struct ForStmt : Stmt {
  ForStmt() : Stmt(StmtKind::For) {}
  Declaration* initDecl = nullptr; // `for (int i = 0; ...)`
  Expr* initExpr = nullptr;        // `for (i = 0; ...)`
  Expr* condition = nullptr;       // may be null
  Expr* step = nullptr;            // may be null
  Stmt* body = nullptr;
};

struct SwitchStmt : Stmt {
  SwitchStmt() : Stmt(StmtKind::Switch) {}
  Expr* condition = nullptr;
  Stmt* body = nullptr;
};

struct CaseStmt : Stmt {
  CaseStmt() : Stmt(StmtKind::Case) {}
  Expr* value = nullptr;
  Expr* rangeEnd = nullptr; // GNU `case a ... b:`
  Stmt* body = nullptr;
  std::int64_t constantValue = 0; // sema
};

struct DefaultStmt : Stmt {
  DefaultStmt() : Stmt(StmtKind::Default) {}
  Stmt* body = nullptr;
};

struct BreakStmt : Stmt {
  BreakStmt() : Stmt(StmtKind::Break) {}
};

struct ContinueStmt : Stmt {
  ContinueStmt() : Stmt(StmtKind::Continue) {}
};

struct ReturnStmt : Stmt {
  ReturnStmt() : Stmt(StmtKind::Return) {}
  Expr* value = nullptr;
};

struct GotoStmt : Stmt {
  GotoStmt() : Stmt(StmtKind::Goto) {}
  std::string label;
};

struct LabelStmt : Stmt {
  LabelStmt() : Stmt(StmtKind::Label) {}
  std::string label;
  Stmt* body = nullptr;
};

struct NullStmt : Stmt {
  NullStmt() : Stmt(StmtKind::Null) {}
};

// ---------------------------------------------------------------------------------------------
// Top level

struct FunctionDefinition : Node {
  DeclSpecs* specs = nullptr;
  Declarator declarator;                        // its last part is the Function part
  std::vector<Declaration*> oldStyleParamDecls; // K&R: the declaration list
  CompoundStmt* body = nullptr;
  Symbol* symbol = nullptr; // sema
};

struct ExternalDecl {
  Declaration* declaration = nullptr; // exactly one of the two is set
  FunctionDefinition* function = nullptr;
};

// `#pragma weak name` / `#pragma weak name = target` (gcc): `name` is a weak symbol, and with a
// target an alias of it.
struct WeakPragma {
  std::string name;
  std::string aliasTarget; // empty: no alias
  SourceLocation loc;
};

struct TranslationUnit {
  std::vector<ExternalDecl> decls;
  std::vector<WeakPragma> weakPragmas; // in source order
};

// Owns every node of one translation unit.
class AstContext {
public:
  template <typename T, typename... Args> T* make(Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }

private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

} // namespace minicc::frontend
