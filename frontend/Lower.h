// frontend/Lower.h — lowering of the checked AST to minicc's SSA IR.
//
// Provides: Lowering, which builds an ir::Module from a unit Sema has checked without errors.
// Needs: Sema.h (the annotated AST, symbols, constant evaluation), ir/Builder.h.
//
// Conventions (TEAM.md "IR conventions"): every local and parameter gets an alloca in the entry
// block and parameters are stored into theirs; conditions are lowered straight to branches
// (lowerCondition), so a comparison that only feeds a branch never becomes a 0/1 value;
// `switch` becomes the IR switch; values of struct/union type are represented by the address
// of the bytes holding them; block and value names are deterministic and unique per function.
// Split by construct: LowerTypes.cpp (C types to IR types and signatures), LowerDecl.cpp
// (globals, functions, local initialisation), LowerStmt.cpp, LowerExpr.cpp, LowerOps.cpp
// (operators, conversions, calls), LowerFlowWarnings.cpp (-Wreturn-type).
#pragma once

#include "frontend/Builtins.h"
#include "frontend/Sema.h"
#include "ir/Builder.h"

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace minicc::frontend {

class Lowering {
public:
  Lowering(Sema& sema, ir::Module& module);
  void lowerUnit();

private:
  // An object designated by an lvalue: its address, and the bit-field when it is one.
  struct LValue {
    ir::Value* address = nullptr;
    const CType* type = nullptr;
    const RecordMember* bitField = nullptr;
    bool isVolatile = false;
  };
  struct JumpTargets {
    ir::BasicBlock* breakTarget = nullptr;
    ir::BasicBlock* continueTarget = nullptr; // null for a switch
    std::size_t stackSaveDepth = 0;           // stackSaves_.size() where the statement starts
  };
  struct PendingGoto {
    ir::BasicBlock* trampoline = nullptr;
    std::vector<ir::Value*> saves; // stackSaves_ at the goto
  };

  // The two parts of a complex value; `im` is null for a real operand.
  struct ComplexParts {
    ir::Value* re = nullptr;
    ir::Value* im = nullptr;
  };

  // --- Types (LowerTypes.cpp)
  ir::Type irType(const CType* t);
  const ir::AggregateLayout* layoutOf(const CType* record);
  ir::Signature signatureOf(const CType* fnType, bool isDefinition);
  static ir::Extension extensionOf(const CType* t);

  // --- Complex types (LowerComplex.cpp)
  const ir::AggregateLayout* complexLayout(const CType* complex);
  ComplexParts complexParts(ir::Value* v, const CType* type);
  ir::Value* makeComplex(const CType* type, ir::Value* re, ir::Value* im);
  ir::Value* convertComplex(ir::Value* v, const CType* from, const CType* to);
  ir::Value* complexIsNonZero(ir::Value* v, const CType* type);
  ir::Value* complexEquality(BinaryOp op, ir::Value* a, const CType* aType, ir::Value* b,
                             const CType* bType);
  ir::Value* complexHelperCall(const char* operation, const CType* type, ComplexParts x,
                               ComplexParts y);
  ir::Value* complexArithmetic(BinaryOp op, ir::Value* a, const CType* aType, ir::Value* b,
                               const CType* bType, const CType* type);
  ir::Value* lowerRealImag(UnaryExpr* e);
  ir::Value* lowerComplexIncDec(UnaryExpr* e, const LValue& lv);

  // --- Globals and functions (LowerDecl.cpp)
  void declareStaticSymbol(Symbol* s);
  ir::GlobalVariable* defineStaticObject(Symbol* s);
  std::vector<ir::InitPiece> staticInitializer(const CType* type,
                                               const std::vector<InitEntry>& entries);
  ir::GlobalVariable* stringLiteralGlobal(const StringLiteralExpr* literal);
  ir::GlobalSymbol* globalFor(Symbol* s);
  void lowerFunction(FunctionDefinition* def);
  void dropUnusedInlineFunctions();
  void removeUnreachableBlocks(ir::Function* f);

  // --- Warnings that need the control flow (LowerFlowWarnings.cpp)
  void warnIfEndReachable(const FunctionDefinition* def, const ir::BasicBlock* fallOff);
  ir::Value* localAddress(Symbol* s);
  void lowerLocalDeclaration(Declaration* decl);
  void initializeLocal(ir::Value* address, const CType* type,
                       const std::vector<InitEntry>& entries);
  void zeroFill(ir::Value* base, std::uint64_t offset, std::uint64_t length);

  // --- Variable-length arrays (LowerVariableArrays.cpp)
  void evaluateArraySizes(const Declarator& d);
  ir::Value* variableLengthCountSlot(const Expr* length);
  ir::Value* runtimeSize(const CType* t);
  ir::Value* elementStride(const CType* pointerType);
  void allocateVariableLengthArray(Symbol* s);
  void beginVariableLengthScope();
  void endVariableLengthScope(std::size_t depthAtStart);
  void restoreStack(std::size_t depth);
  void lowerGoto(const std::string& label);
  void placeLabel(const std::string& label);

  // --- Statements (LowerStmt.cpp)
  void lowerStmt(Stmt* s);
  void lowerIf(IfStmt* s);
  void lowerWhile(WhileStmt* s);
  void lowerDoWhile(DoWhileStmt* s);
  void lowerFor(ForStmt* s);
  void lowerSwitch(SwitchStmt* s);
  void lowerReturn(ReturnStmt* s);
  void startBlock(ir::BasicBlock* bb); // falls through from the current block into bb
  ir::BasicBlock* labelBlock(const std::string& label);

  // --- Expressions (LowerExpr.cpp)
  ir::Value* lowerRValue(Expr* e);
  void lowerDiscarded(Expr* e);
  LValue lowerLValue(Expr* e);
  ir::Value* loadLValue(const LValue& lv);
  ir::Value* storeLValue(const LValue& lv, ir::Value* value); // returns the value stored
  ir::Value* extractBitField(const LValue& lv, ir::Value* unit, ir::Type t);
  ir::Value* loadBitFieldBytes(const LValue& lv);
  void storeBitFieldBytes(const LValue& lv, ir::Value* unit);
  void lowerCondition(Expr* e, ir::BasicBlock* ifTrue, ir::BasicBlock* ifFalse);
  ir::Value* lowerTruth(Expr* e);
  ir::Value* lowerCast(ImplicitCastExpr* e);
  ir::Value* lowerConditional(ConditionalExpr* e);
  ir::Value* lowerLogicalValue(Expr* e);
  ir::Value* lowerCompoundLiteral(CompoundLiteralExpr* e);
  ir::Value* lowerStmtExpr(StmtExprExpr* e);

  // --- Operators, conversions, calls (LowerOps.cpp)
  ir::Value* lowerUnary(UnaryExpr* e);
  ir::Value* lowerIncDec(UnaryExpr* e);
  ir::Value* lowerBinary(BinaryExpr* e);
  ir::Value* lowerComparison(BinaryExpr* e);
  ir::Value* lowerPointerArithmetic(BinaryOp op, ir::Value* pointer, ir::Value* offset,
                                    const CType* pointerType);
  ir::Value* lowerPointerDifference(BinaryExpr* e);
  ir::Value* lowerAssign(AssignExpr* e);
  ir::Value* lowerCall(CallExpr* e);
  // --- gcc built-ins (LowerBuiltins.cpp)
  ir::Value* lowerBuiltinCall(CallExpr* e);
  ir::Value* lowerOverflowBuiltin(CallExpr* e, BuiltinKind kind);
  ir::Value* crc32Byte(ir::Value* crc, ir::Value* byte);
  void multiplyWide(ir::Value* aLo, ir::Value* aHi, ir::Value* bLo, ir::Value* bHi, ir::Value*& lo,
                    ir::Value*& hi);
  ir::Value* arithmetic(BinaryOp op, ir::Value* a, ir::Value* b, const CType* type);
  ir::Value* convertValue(ir::Value* v, const CType* from, const CType* to);
  ir::Value* resizeInteger(ir::Value* v, ir::Type to, bool isSigned);
  ir::Value* isNonZero(ir::Value* v, const CType* type);
  ir::Value* zero(ir::Type t);
  ir::Value* offsetAddress(ir::Value* base, std::int64_t offset);

  // --- Blocks and names
  ir::BasicBlock* newBlock(const std::string& name);
  // Continues emitting in bb; blocks are finally ordered by when code was first put in them,
  // so the text reads in source order.
  void enterBlock(ir::BasicBlock* bb);
  void orderBlocks(ir::Function* f);
  std::string uniqueName(const std::string& name);

  Sema& sema_;
  TypeContext& types_;
  SemaOutput& output_;
  ir::Module& module_;
  ir::Builder builder_;

  std::unordered_map<const Symbol*, ir::GlobalSymbol*> globals_;
  std::unordered_map<const RecordInfo*, const ir::AggregateLayout*> layouts_;
  std::map<std::string, unsigned> layoutNames_;
  std::map<CTypeKind, const ir::AggregateLayout*> complexLayouts_;
  std::unordered_map<const StringLiteralExpr*, ir::GlobalVariable*> strings_;
  unsigned stringCounter_ = 0;

  // Per function.
  ir::Function* function_ = nullptr;
  const CType* returnType_ = nullptr;
  bool isMain_ = false;
  std::unordered_map<const Symbol*, ir::Value*> locals_;
  std::unordered_map<const CompoundLiteralExpr*, ir::Value*> compoundLiterals_;
  std::map<std::string, ir::BasicBlock*> labels_;
  std::map<std::string, unsigned> names_;
  std::unordered_map<const ir::BasicBlock*, std::size_t> blockOrder_;
  std::vector<JumpTargets> jumps_;
  std::unordered_map<const Expr*, ir::Value*> vlaCounts_;      // VLA size -> i64 count slot
  std::unordered_map<const Symbol*, ir::Value*> vlaAddresses_; // VLA object -> ptr slot
  std::vector<ir::Value*> stackSaves_; // slots of the stacksaves in force, outermost first
  std::vector<std::size_t> stackSaveDepthOfBlock_; // stackSaves_.size() at each open block
  std::map<std::string, std::size_t> labelStackDepth_;
  std::map<std::string, std::vector<PendingGoto>> pendingGotos_;
  std::unordered_map<const Stmt*, ir::BasicBlock*> caseBlocks_;
  std::unordered_set<const ir::Instruction*> noreturnCalls_;
  // Statement expressions being lowered: the expression giving each its value, and that value.
  std::vector<std::pair<const Expr*, ir::Value*>> stmtExprValues_; // calls of _Noreturn functions
};

} // namespace minicc::frontend
