// frontend/Sema.h — semantic analysis: name resolution, types, conversions and diagnostics.
//
// Provides: Symbol (a declared object, function, typedef or enumerator), InitEntry (one store
// of an initializer), SemaOutput (what lowering reads besides the annotated AST) and Sema, which
// checks a TranslationUnit and annotates it. Needs: AST.h, CType.h, ir/Diagnostics.h.
//
// What the annotated AST guarantees to lowering (frontend/Lower*.cpp):
//  - every Expr has a `type`; `isLvalue` says whether it designates an object;
//  - an lvalue is only ever *read* through an ImplicitCast LvalueToRvalue (whose type is the
//    unqualified type), arrays only decay through ArrayToPointer and function designators
//    through FunctionToPointer; so lowering computes addresses for lvalues and values for
//    everything else, and never guesses;
//  - operands of arithmetic, comparisons and assignments are already converted to the type
//    the operation works in (C11 6.3.1.8), with the exceptions documented at each node:
//    `&&`, `||`, `!` and conditions keep their scalar operand, pointer arithmetic keeps its
//    integer operand (converted to long), and compound assignments record computationType;
//  - IdentifierExpr::symbol, MemberExpr::member (anonymous members are made explicit by
//    nested MemberExprs), InitDeclarator::symbol, FunctionDefinition::symbol and
//    CaseStmt::constantValue are filled in.
// Sema reports every user error; lowering runs only on a unit without errors.
#pragma once

#include "frontend/AST.h"
#include "frontend/CType.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace minicc::frontend {

enum class SymbolKind : std::uint8_t { Object, Function, Typedef, EnumConstant };
enum class Linkage : std::uint8_t { None, Internal, External };

// One store an initializer performs: `expr` (already converted to `type`) goes to `offset`
// bytes into the object. `type` is a scalar, a struct/union (copied whole) or a char array
// initialised from a StringLiteralExpr. Bit-field stores name their member; `offset` is then
// the member's storage unit. Bytes no entry covers are zero (C11 6.7.9p10, p21).
struct InitEntry {
  std::uint64_t offset = 0;
  const CType* type = nullptr;
  Expr* expr = nullptr;
  const RecordMember* bitField = nullptr;
};

struct Symbol {
  SymbolKind kind = SymbolKind::Object;
  std::string name;
  const CType* type = nullptr;
  SourceLocation loc; // of the first declaration
  Linkage linkage = Linkage::None;
  bool hasStaticStorage = false; // file scope, `static` or `extern` (C11 6.2.4p3)
  bool isDefined = false;        // a function body, or an object definition with initializer
  bool isTentative = false;      // file-scope object declared without initializer or extern
  bool hasInitializer = false;   // `init` holds its initializer (absent: zero or automatic)
  bool isParameter = false;
  bool isRegister = false; // declared `register`: its address may not be taken
  bool isUsed = false;     // referenced where its address or value is needed
  bool isInline = false;   // every declaration said `inline` and none `extern`
  bool isWeak = false;     // named by `#pragma weak`: its address may be null
  bool isNoreturn = false; // a function declared _Noreturn, or a C library one that never returns
  bool isThreadLocal = false; // C11 6.7.1p3 _Thread_local: an object per thread (static storage)
  unsigned declarationCount = 0;
  std::string irName;                    // IR symbol: the C name, or `name.N` for static locals
  std::int64_t enumValue = 0;            // EnumConstant
  std::uint64_t alignas_ = 0;            // _Alignas on the declaration (0: none)
  std::vector<InitEntry> init;           // the initializer of a defined object
  std::vector<Symbol*> params;           // a defined function's parameters, in order
  std::vector<SourceLocation> paramLocs; // a function's parameters in its latest prototype
  SourceLocation definitionLoc;
  // An old-style definition without a prototype in scope: the same function with the promoted
  // parameter types, the signature the definition receives its arguments in.
  const CType* oldStyleType = nullptr;
};

// A switch's case values (GNU ranges expanded) in source order, and its default label.
struct SwitchInfo {
  const CType* type = nullptr; // the promoted controlling type
  std::vector<std::pair<std::int64_t, CaseStmt*>> cases;
  DefaultStmt* defaultStmt = nullptr;
};

struct SemaOutput {
  // Objects with static storage (including static locals, compound literals at file scope and
  // __func__) and functions, in the order they were first declared: lowering emits the used
  // and defined ones in this order.
  std::vector<Symbol*> staticSymbols;
  std::vector<FunctionDefinition*> functions; // definitions, in source order
  std::unordered_map<const SwitchStmt*, SwitchInfo> switches;
  std::unordered_map<const CompoundLiteralExpr*, Symbol*> compoundLiterals;
};

// A constant as C11 6.6 allows it in an initializer: an integer, or an address (a static
// object, function or string literal plus a byte offset; base == nullptr for an integer
// that was cast to a pointer).
struct ConstantValue {
  enum class Kind : std::uint8_t { Integer, Address, Float } kind = Kind::Integer;
  std::int64_t value = 0;     // Integer: the value truncated/extended to the expression's type
  long double floatValue = 0; // Float: a value of the expression's type (float, double, ...)
  Symbol* symbol = nullptr;   // Address: the object or function
  const StringLiteralExpr* string = nullptr; // Address: or the string literal
  std::int64_t offset = 0;                   // Address: bytes added
};

// The two parts of a complex constant (Sema::evaluateComplex).
struct ComplexConstant {
  long double re = 0;
  long double im = 0;
};

class Sema {
public:
  Sema(TypeContext& types, AstContext& ast, DiagnosticEngine& diags);

  void analyze(TranslationUnit& unit);
  SemaOutput& output() { return output_; }
  TypeContext& types() { return types_; }
  DiagnosticEngine& diagnostics() { return diags_; }

  // C11 6.6: evaluate a checked expression as a constant (nullopt if it is not one).
  std::optional<ConstantValue> evaluateConstant(const Expr* e) const;
  // The parts of a constant of complex (or real) type, for static initialisers.
  std::optional<ComplexConstant> evaluateComplex(const Expr* e) const;
  std::optional<std::int64_t> evaluateInteger(const Expr* e) const;

private:
  struct Scope {
    std::map<std::string, Symbol*> names;
    std::map<std::string, const CType*> tags;
  };
  struct SwitchContext {
    SwitchInfo* info;
    std::map<std::int64_t, CaseStmt*> seen;
    std::vector<unsigned> variablyModifiedAtSwitch; // see variablyModifiedInScope_
    SourceLocation loc;
  };
  struct FunctionContext {
    Symbol* function = nullptr;
    const CType* returnType = nullptr;
    std::map<std::string, LabelStmt*> labels;
    std::vector<GotoStmt*> gotos;
    // The variably modified declarations in scope at each label and goto (C11 6.8.6.1p1).
    std::map<const LabelStmt*, std::vector<unsigned>> variablyModifiedAtLabel;
    std::vector<std::vector<unsigned>> variablyModifiedAtGoto; // parallel to gotos
    std::set<std::string> reportedUndeclared;
    int loopDepth = 0;
    std::vector<SwitchContext> switches;
    unsigned staticCounter = 0;
    // The statement expressions around the statement being checked (by number), and where
    // each label and goto is: a goto may not enter a statement expression.
    std::vector<unsigned> stmtExprPath;
    unsigned stmtExprCount = 0;
    std::map<const Stmt*, std::vector<unsigned>> stmtExprPaths;
  };
  // How a declaration asks for linkage (C11 6.2.2p3-5).
  enum class LinkageRequest : std::uint8_t {
    Internal, // `static` at file scope
    External, // an object at file scope without storage class
    Inherit,  // `extern`, or a function without storage class: the prior linkage if any
  };
  // How a DeclSpecs resolved: the base type plus what only the declaration needs.
  struct BaseType {
    const CType* type = nullptr;
    std::uint64_t alignas_ = 0;
  };
  struct ParamInfo {
    std::string name;
    const CType* type;
    SourceLocation loc;
    bool isRegister = false;
    Symbol* symbol = nullptr; // bound in the prototype scope; a definition's body reuses it
  };
  // Where an assignment-like conversion happens (C11 6.5.16.1): it picks gcc's wording.
  struct ConversionContext {
    enum class Kind : std::uint8_t { Assignment, Initialization, Argument, Return } kind;
    SourceLocation loc;
    std::string functionName; // Argument
    unsigned argumentIndex = 0;
    SourceLocation paramLoc;
  };

  // --- Scopes and symbols (SemaScope.cpp)
  void pushScope();
  void popScope();
  bool atFileScope() const { return scopes_.size() == 1; }
  Symbol* lookup(const std::string& name) const;
  Symbol* lookupInCurrentScope(const std::string& name) const;
  const CType* lookupTag(const std::string& tag, bool currentScopeOnly) const;
  void declareTag(const std::string& tag, const CType* type);
  Symbol* newSymbol(SymbolKind kind, const std::string& name, const CType* type,
                    SourceLocation loc);
  void bind(Symbol* symbol);
  void declarePredefined();
  void noteStaticSymbol(Symbol* symbol);

  // --- Types from syntax (SemaType.cpp)
  BaseType resolveSpecs(DeclSpecs* specs, bool standaloneTagDeclaration = false);
  const CType* basicTypeFromCounts(DeclSpecs* specs);
  const CType* complexTypeFromCounts(DeclSpecs* specs);
  const CType* resolveTypeof(DeclSpecs* specs);
  const CType* resolveRecord(RecordSpec* spec, bool standalone);
  void defineRecordBody(RecordSpec* spec, const CType* type);
  std::optional<FieldSpec> checkField(FieldDeclarator& fdl, const BaseType& base,
                                      SourceLocation declLoc);
  std::optional<unsigned> checkBitFieldWidth(FieldDeclarator& fdl, const CType* type,
                                             SourceLocation loc);
  void checkFlexibleArrayMembers(const std::vector<FieldSpec>& fields, bool isUnion);
  const CType* resolveEnum(EnumSpec* spec, bool standalone);
  void defineEnumBody(EnumSpec* spec, const CType* type);
  const CType* applyDeclarator(const CType* base, const Declarator& d,
                               std::vector<ParamInfo>* outerParams = nullptr);
  const CType* applyArrayPart(const CType* element, const DeclaratorPart& part,
                              const Declarator& d);
  const CType* applyFunctionPart(const CType* result, const DeclaratorPart& part,
                                 const Declarator& d, std::vector<ParamInfo>* params);
  const CType* resolveTypeName(TypeName* typeName);
  Symbol* bindPrototypeParameter(const std::string& name, const CType* type, SourceLocation loc);
  std::uint64_t alignasValue(DeclSpecs* specs);

  // --- Declarations (SemaDecl.cpp)
  void checkExternalDeclaration(ExternalDecl& decl);
  void checkDeclaration(Declaration* decl);
  void checkStaticAssert(Expr* condition, StringLiteralExpr* message, SourceLocation loc);
  void declareTypedef(InitDeclarator& d, const CType* type);
  Symbol* declareFunction(const Declarator& d, DeclSpecs* specs, const CType* type,
                          bool isDefinition);
  Symbol* declareFileScopeObject(InitDeclarator& d, DeclSpecs* specs, const BaseType& base,
                                 const CType* type);
  Symbol* declareBlockScopeObject(InitDeclarator& d, DeclSpecs* specs, const BaseType& base,
                                  const CType* type);
  Symbol* declareLinkedName(const std::string& name, SourceLocation loc, SymbolKind kind,
                            const CType* type, LinkageRequest request, bool isDefinition,
                            bool isThreadLocal = false);
  bool checkRedeclarationKind(Symbol* previous, SymbolKind kind, const std::string& name,
                              SourceLocation loc);
  void checkFunctionDefinition(FunctionDefinition* def);
  void declareParameters(FunctionDefinition* def, Symbol* function,
                         const std::vector<ParamInfo>& params);
  // --- Old-style definitions (SemaOldStyle.cpp)
  const CType* promotedParameterType(const CType* t);
  std::vector<ParamInfo> checkOldStyleParameters(FunctionDefinition* def,
                                                 const DeclaratorPart& part);
  void checkOldStylePrototype(FunctionDefinition* def, Symbol* fn,
                              const std::vector<ParamInfo>& params);
  void checkObjectInitializer(Symbol* symbol, Initializer* init);
  void finishTranslationUnit();
  void reportPrevious(Symbol* previous, const char* what);

  // --- Initializers (SemaInit.cpp)
  struct InitBuilder;
  friend struct InitBuilder;
  std::vector<InitEntry> checkInitializer(const CType*& type, Initializer* init, bool isStatic,
                                          const std::string& objectName);

  // --- Statements (SemaStmt.cpp)
  void checkStmt(Stmt* s);
  void checkCompound(CompoundStmt* s, bool newScope);
  Expr* checkCondition(Expr* e);
  void checkIf(IfStmt* s);
  void checkLoop(Stmt* s);
  void checkFor(ForStmt* s);
  void checkSwitch(SwitchStmt* s);
  void checkCase(CaseStmt* s);
  void checkDefault(DefaultStmt* s);
  void checkReturn(ReturnStmt* s);
  void checkLabel(LabelStmt* s);
  void checkFunctionLabels();

  // --- Expressions (SemaExpr.cpp, SemaOperators.cpp, SemaCall.cpp)
  Expr* checkExpr(Expr* e);
  Expr* checkRValue(Expr* e) { return rvalue(checkExpr(e)); }
  Expr* checkIdentifier(IdentifierExpr* e);
  Expr* checkStringLiteral(StringLiteralExpr* e);
  Expr* checkIntLiteral(IntLiteralExpr* e);
  Expr* checkUnary(UnaryExpr* e);
  Expr* checkIncDec(UnaryExpr* e);
  Expr* checkAddressOf(UnaryExpr* e);
  Expr* checkDeref(UnaryExpr* e);
  Expr* checkBinary(BinaryExpr* e);
  Expr* checkArithmetic(BinaryExpr* e);
  Expr* checkRealImag(UnaryExpr* e);
  Expr* checkAdditive(BinaryExpr* e);
  Expr* checkShift(BinaryExpr* e);
  Expr* checkComparison(BinaryExpr* e);
  Expr* checkLogical(BinaryExpr* e);
  Expr* checkAssign(AssignExpr* e);
  Expr* checkCompoundAssign(AssignExpr* e);
  Expr* checkConditional(ConditionalExpr* e);
  Expr* checkCall(CallExpr* e);
  Expr* checkCallArguments(CallExpr* e, const CType* fn, const std::string& name,
                           const Symbol* declaration, bool isBuiltin);
  // --- gcc built-ins (SemaBuiltins.cpp)
  Expr* checkBuiltinCall(CallExpr* e, const std::string& name);
  bool checkBuiltinArity(CallExpr* e, const std::string& name, std::size_t arity);
  Expr* checkVaBuiltin(CallExpr* e, const std::string& name);
  Expr* checkConstantP(CallExpr* e, const std::string& name);
  Expr* checkOverflowBuiltin(CallExpr* e, const std::string& name);
  Expr* checkOffsetof(OffsetofExpr* e);
  Expr* checkTypesCompatible(TypesCompatibleExpr* e);
  Expr* builtinIntLiteral(SourceLocation loc, std::uint64_t value, const CType* type);
  const CType* builtinFunctionType(const char* signature);
  Symbol* libraryFunction(const std::string& name, const CType* type, SourceLocation loc);
  Expr* checkVaArg(VaArgExpr* e);
  bool checkVaList(const Expr* e, const std::string& builtin);
  Expr* checkIndex(IndexExpr* e);
  Expr* checkMember(MemberExpr* e);
  Expr* checkCast(CastExpr* e);
  Expr* checkSizeofExpr(SizeofExprExpr* e);
  Expr* checkSizeofType(Expr* e, TypeName* typeName, bool isAlignof);
  Expr* checkCompoundLiteral(CompoundLiteralExpr* e);
  Expr* checkGeneric(GenericExpr* e);
  bool checkGenericAssociationType(const CType* type, SourceLocation loc);
  Expr* checkStmtExpr(StmtExprExpr* e);
  Symbol* implicitlyDeclareFunction(IdentifierExpr* callee);
  bool checkModifiableLvalue(Expr* e, SourceLocation loc, const char* notLvalueMessage,
                             const char* verb);
  void invalidOperands(SourceLocation loc, const char* op, const Expr* a, const Expr* b,
                       bool asTruthValues = false);
  bool isVoidOperand(const Expr* e);
  Expr* errorExpr(Expr* e);

  // --- Conversions (SemaConv.cpp)
  Expr* rvalue(Expr* e);
  Expr* implicitCast(Expr* e, CastKind kind, const CType* type);
  Expr* convert(Expr* e, const CType* to);
  Expr* convertKeepingDomain(Expr* e, const CType* to);
  Expr* promote(Expr* e);
  Expr* defaultArgumentPromotion(Expr* e);
  const CType* promotedType(const Expr* e) const;
  const CType* usualArithmeticType(const CType* a, const CType* b) const;
  enum class ConversionProblem : std::uint8_t {
    None,
    PointerFromInteger,
    IntegerFromPointer,
    IncompatiblePointer,
    DiscardedQualifiers,
    IncompatibleTypes,
  };
  Expr* convertForAssignment(const CType* target, Expr* value, const ConversionContext& ctx);
  ConversionProblem classifyAssignment(const CType* to, const Expr* value,
                                       unsigned& lostQualifiers) const;
  void reportConversionProblem(ConversionProblem problem, const ConversionContext& ctx,
                               const CType* target, const Expr* value, unsigned lostQualifiers);
  bool isNullPointerConstant(const Expr* e) const;
  bool checkScalarCondition(Expr* e);

  // --- Constant evaluation (SemaConst.cpp)
  std::optional<ConstantValue> evaluate(const Expr* e) const;
  std::optional<ConstantValue> evaluateAddress(const Expr* e) const;
  std::optional<ConstantValue> evaluateBinary(const BinaryExpr* e) const;
  std::optional<ConstantValue> evaluateCast(const Expr* operand, const CType* to) const;
  std::optional<ConstantValue> evaluateBuiltinCall(const CallExpr* e) const;
  // Reports notConstantMessage at reportAt (default: the expression's location); with
  // nonIntegerAtStart, an operand of non-integer type is reported at the start of the
  // expression instead (gcc's enumerator values).
  std::optional<std::int64_t> checkIntegerConstant(Expr*& e, const char* notConstantMessage,
                                                   SourceLocation reportAt = {},
                                                   bool nonIntegerAtStart = false);

  // Diagnostics helpers.
  void error(SourceLocation loc, const std::string& message) { diags_.error(loc, message); }
  void warning(SourceLocation loc, const std::string& message) { diags_.warning(loc, message); }
  void note(SourceLocation loc, const std::string& message) { diags_.note(loc, message); }
  static std::string quote(const CType* t) { return "'" + typeToString(t) + "'"; }
  static bool isNoreturnLibraryFunction(const Symbol* s);
  bool returnsLocalAddress(const Expr* e) const;
  void warnIfConstantOverflows(const CType* to, const Expr* value);

  TypeContext& types_;
  AstContext& ast_;
  DiagnosticEngine& diags_;
  SemaOutput output_;
  std::vector<std::unique_ptr<Symbol>> symbols_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::map<std::string, Symbol*> linkedNames_; // every name with linkage, visible or not
  std::map<const DeclSpecs*, BaseType> resolvedSpecs_;
  std::unique_ptr<FunctionContext> function_;
  const Stmt* stmtExprValue_ = nullptr; // the expression statement giving a ({ }) its value
  unsigned unevaluatedDepth_ = 0;       // inside sizeof/_Alignof: no value is computed
  std::set<std::string> weakNames_; // `#pragma weak` (TranslationUnit::weakPragmas)
  unsigned prototypeDepth_ = 0;         // inside a function declarator's parameter list
  // Block-scope declarations of variably modified objects and typedefs now in scope, by a
  // number given in declaration order, and per open scope how many were in scope at its start:
  // a jump may leave such a scope but not enter one (C11 6.8.6.1p1, 6.8.4.2p2).
  std::vector<unsigned> variablyModifiedInScope_;
  std::vector<std::size_t> variablyModifiedScopeMarks_;
  std::vector<std::pair<std::string, SourceLocation>> variablyModifiedDeclarations_; // by number
  void noteVariablyModifiedDeclaration(const CType* type, const Declarator& d);
  // The first declaration a jump from `from` to `to` enters the scope of, if any.
  std::optional<unsigned> enteredVariablyModifiedScope(const std::vector<unsigned>& from,
                                                       const std::vector<unsigned>& to) const;
  void checkJumpScope(std::size_t gotoIndex, const LabelStmt* label);
  void checkSwitchJumpScope(SourceLocation labelLoc);
  unsigned staticLocalCounter_ = 0;
  bool explainedUndeclared_ = false;
};

// The location where an expression starts (gcc's "called object" and argument notes).
SourceLocation startLocation(const Expr* e);
// Spells an lvalue expression for diagnostics ("*p", "s.a", "a[2]").
std::string expressionToString(const Expr* e);
// True when the (checked) expression reads a bit-field.
const RecordMember* bitFieldOf(const Expr* e);

} // namespace minicc::frontend
