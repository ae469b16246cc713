// codegen/InstructionSelector.h — the instruction selector's shared state (internal to isel).
//
// Provides: class InstructionSelector, whose member functions are implemented by operation
// family: ISel.cpp (driver, values, phi elimination), ISelArith.cpp, ISelMemory.cpp,
// ISelCompare.cpp, ISelConvert.cpp, ISelFloat.cpp, ISelFloatConvert.cpp, ISelX87.cpp,
// ISelCall.cpp, ISelAggregate.cpp, ISelVarArgs.cpp, ISelSwitch.cpp.
// Needs: MachineIR.h, ABI.h, ir/IR.h.
#pragma once

#include "codegen/ABI.h"
#include "codegen/MachineIR.h"
#include "ir/IR.h"

#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace minicc::codegen {

// Bytes an integer/pointer IR type occupies in a register or memory access.
unsigned accessSize(ir::Type type);
// Size of the x86 operation used for arithmetic on the type: narrow values are computed in 32
// bits (same low bits, no partial-register writes).
inline unsigned aluSize(ir::Type type) {
  return accessSize(type) < 4 ? 4 : accessSize(type);
}
bool fitsInt32(std::int64_t value);
// The register class that holds values of a scalar IR type.
inline RegClass regClassFor(ir::Type type) {
  return type.isFloat() ? RegClass::XMM : RegClass::GPR;
}
// Size in bytes of an f32/f64 (4 or 8).
unsigned floatSize(ir::Type type);

// A condition on the flags. ucomiss/ucomisd report "unordered" as ZF = PF = CF = 1, so two
// fcmp predicates need two flags: oeq is ZF=1 and PF=0 (E and NP), une is ZF=0 or PF=1 (NE or
// P). Every other condition is one condition code.
struct Condition {
  enum class Join : std::uint8_t { Single, And, Or };
  CondCode first = CondCode::NE;
  CondCode second = CondCode::NE; // And/Or only
  Join join = Join::Single;
};
// The SIB scale (1, 2, 4, 8) when `offset` is a multiply or left shift by a constant that an
// address can absorb; 0 otherwise.
unsigned indexScale(const ir::Value* offset);

class InstructionSelector {
public:
  InstructionSelector(const ir::Function& function, const CallABI& abi, MachineFunction& mf,
                      bool positionIndependent);
  void run();

private:
  using Use = std::pair<const ir::Instruction*, unsigned>; // user, operand index

  // --- ISel.cpp: driver, blocks, values
  void analyzeUses();
  // --- ISelConstants.cpp: instructions whose operands are all constants are constants
  void foldConstantExpressions();
  std::optional<std::int64_t> evaluateConstant(const ir::Instruction& inst);
  // The operand as selection sees it: a constant expression is its ConstantInt.
  const ir::Value* operand(const ir::Instruction& inst, unsigned index) const;
  const ir::Value* resolve(const ir::Value* value) const;
  // --- ISelFolding.cpp: what is selected at its uses
  void decideFolding();
  void decideAddressFolding();
  void decideCompareFusion();
  void decideLoadFolding();
  bool isFoldedLoad(const ir::Value* value) const;
  void createBlocks();
  void selectBlock(const ir::BasicBlock& block);
  void selectInstruction(const ir::Instruction& inst);
  void finishLayout();
  MInstr& emit(MOpcode op, unsigned size, std::vector<MOperand> ops);
  void emitCopy(RegId src, RegId dst);
  void emitImmediate(std::int64_t value, RegId dst, unsigned size);
  RegId vregFor(const ir::Value* value);
  RegId valueReg(const ir::Value* value);
  MOperand valueOperand(const ir::Value* value, unsigned size);
  void materializeInto(const ir::Value* value, RegId dst);
  bool isFolded(const ir::Value* value) const;
  bool isUnused(const ir::Value* value) const;
  std::size_t useCount(const ir::Value* value) const;
  // --- ISel.cpp: control flow and phi elimination
  unsigned blockNumber(const ir::BasicBlock* block) const;
  unsigned edgeTarget(const ir::BasicBlock* from, const ir::BasicBlock* to);
  void emitPhiCopies(const ir::BasicBlock* from, const ir::BasicBlock* to);
  void emitParallelCopy(std::vector<std::pair<RegId, RegId>> copies);
  void selectJmp(const ir::Instruction& inst);

  // --- ISelArith.cpp
  void selectBinary(const ir::Instruction& inst);
  void selectBoolBinary(const ir::Instruction& inst);
  void selectTwoAddress(const ir::Instruction& inst, MOpcode op, bool commutative);
  bool selectAddAsLea(const ir::Instruction& inst);
  void selectMultiply(const ir::Instruction& inst);
  void selectShift(const ir::Instruction& inst);
  void selectDivision(const ir::Instruction& inst);
  bool selectDivisionByPowerOfTwo(const ir::Instruction& inst);
  void selectUnary(const ir::Instruction& inst);
  // --- ISelBits.cpp
  void selectBitOperation(const ir::Instruction& inst);
  void selectPopcount(const ir::Instruction& inst);
  RegId extendTo32(const ir::Value* value, bool isSigned);

  // --- ISelMemory.cpp
  MemRef addressOf(const ir::Value* pointer);
  // The operand a plain load or store uses: addressOf, or a %fs-relative thread-local operand.
  MemRef accessAddress(const ir::Value* pointer);
  bool isPreemptible(const ir::GlobalSymbol& symbol) const;
  RegId loadGotEntry(const ir::GlobalSymbol& symbol);
  bool hasFixedAddress(const ir::Value* value) const;
  void emitMemCopy(MemRef dst, MemRef src, std::uint64_t size);
  void addOffset(MemRef& mem, const ir::Value* offset);
  std::pair<RegId, unsigned> scaledIndex(const ir::Value* offset);
  RegId leaInto(const MemRef& mem);
  int frameIndexOf(const ir::Instruction& alloca);
  void selectLoad(const ir::Instruction& inst);
  void emitLoadInto(const ir::Instruction& load, RegId dst);
  void selectStore(const ir::Instruction& inst);
  void selectPtrAdd(const ir::Instruction& inst);
  void selectDynAlloca(const ir::Instruction& inst);
  void selectStackSave(const ir::Instruction& inst);
  void selectStackRestore(const ir::Instruction& inst);
  void selectMemCopy(const ir::Instruction& inst);
  // --- ISelThreadLocal.cpp: addresses of _Thread_local objects
  bool usesLocalExec(const ir::GlobalVariable& global) const;
  MemRef threadLocalAddress(const ir::GlobalVariable& global);
  std::optional<MemRef> threadLocalSegmentAddress(const ir::Value* pointer);
  RegId threadPointer();
  void prepareThreadLocalAddresses(const ir::Instruction& inst);
  void collectThreadLocals(const ir::Value* value, std::vector<const ir::GlobalVariable*>& out);

  // --- ISelCompare.cpp
  CondCode emitCompare(const ir::Instruction& icmp);
  Condition emitCondition(const ir::Value* condition);
  Condition::Join conditionJoin(const ir::Value* condition) const;
  void emitSetcc(const Condition& condition, RegId dst);
  void emitConditionalMoves(const Condition& condition, RegId ifTrue, RegId ifFalse, RegId dst,
                            unsigned size);
  void selectICmp(const ir::Instruction& inst);
  void selectBr(const ir::Instruction& inst);
  void selectSelect(const ir::Instruction& inst);

  // --- ISelFloat.cpp
  MemRef constantAddress(const PoolConstant& constant);
  void emitFloatConstant(const ir::ConstantFloat& constant, RegId dst);
  MOperand floatOperand(const ir::Value* value);
  void selectFloatBinary(const ir::Instruction& inst);
  void selectFloatNegation(const ir::Instruction& inst);
  Condition emitFloatCompare(const ir::Instruction& fcmp);
  void selectFCmp(const ir::Instruction& inst);
  void selectFloatSelect(const ir::Instruction& inst);
  RegId moveFromXmm(RegId xmm, unsigned size);
  // --- ISelFloatConvert.cpp
  void selectFloatConversion(const ir::Instruction& inst);
  RegId convertIntToFloat(RegId source, unsigned sourceSize, unsigned floatBytes);
  void selectUnsignedToFloat(const ir::Instruction& inst, RegId dst);
  void selectFloatToUnsigned64(const ir::Instruction& inst, RegId dst);

  // --- ISelConvert.cpp
  void selectConversion(const ir::Instruction& inst);

  // --- ISelCall.cpp
  void lowerIncomingArguments();
  void lowerIncomingScalar(const ir::Argument& arg, const ValueLocation& loc);
  void selectCall(const ir::Instruction& inst);
  void selectRet(const ir::Instruction& inst);
  void moveArgumentInto(const ir::Value* value, const ValueLocation& loc, RegId reg);
  void storeStackArgument(const ir::Value* value, const ValueLocation& loc);

  // --- ISelAggregate.cpp: aggregates by value, split into eightbytes (ABI.h pieces)
  void lowerIncomingAggregate(const ir::Argument& arg, const ValueLocation& loc);
  int newTemporary(ir::Type aggregate);
  RegId loadBytes(MemRef at, unsigned size);
  void loadPiece(MemRef at, const RegisterPiece& piece, RegId reg);
  void storePiece(RegId reg, const RegisterPiece& piece, MemRef at);
  void passAggregateInRegisters(const ir::Value* address, const ValueLocation& loc,
                                std::vector<RegId>& argumentRegs);
  void copyAggregateToStack(const ir::Value* address, const ValueLocation& loc);
  void receiveAggregate(const ir::Instruction& call, const CallABI& abi, int temporary);
  void returnAggregate(const ir::Value* address, std::vector<RegId>& returnRegs);

  // --- ISelX87.cpp: long double, kept in memory (x87 stack empty between instructions)
  MemRef x87Slot(const ir::Value* value);
  MemRef x87Address(const ir::Value* value);
  MemRef x87Scratch(std::int64_t offset);
  void copyX87(MemRef from, MemRef to);
  void
  emitX87PhiCopies(const std::vector<std::pair<const ir::Instruction*, const ir::Value*>>& copies);
  void selectX87Binary(const ir::Instruction& inst);
  void selectX87Negation(const ir::Instruction& inst);
  void emitX87Compare(const ir::Value* left, const ir::Value* right);
  void selectX87Select(const ir::Instruction& inst);
  void selectX87Conversion(const ir::Instruction& inst);
  RegId truncateX87(unsigned bytes);

  // --- ISelVarArgs.cpp: va_list over the register save area (psABI 3.5.7)
  void selectVaStart(const ir::Instruction& inst);
  void selectVaArg(const ir::Instruction& inst);
  void selectVaCopy(const ir::Instruction& inst);
  void emitVaArgFromOverflow(const ir::Instruction& inst, const MemRef& vaList, RegId overflow,
                             RegId next);
  void emitVaArgValue(const ir::Instruction& inst, const std::vector<RegId>& addresses);

  // --- ISelSwitch.cpp
  void selectSwitch(const ir::Instruction& inst);
  void emitJumpTable(const ir::Instruction& inst, const std::vector<unsigned>& targets,
                     std::int64_t minCase, std::uint64_t range);

  const ir::Function& function_;
  const CallABI& abi_;
  MachineFunction& mf_;
  bool positionIndependent_; // -fPIC: see isPreemptible
  unsigned current_ = 0;     // the machine block being filled
  const ir::BasicBlock* currentIRBlock_ = nullptr;
  SourceLocation currentDebugLoc_; // stamped on every instruction emit() makes
  unsigned firstIRBlock_ = 0; // machine block of IR block 0 (1 when a prologue block is needed)

  std::unordered_map<const ir::Value*, RegId> vregs_;
  std::unordered_map<const ir::BasicBlock*, unsigned> blockNumbers_;
  std::unordered_map<const ir::Instruction*, int> frameIndices_;
  // Values that are addresses the selector chose (selected like allocas, never in a vreg):
  // aggregate parameters (a frame copy, or the caller's stack area), aggregate call results
  // and va_arg results (temporaries in the frame).
  std::unordered_map<const ir::Value*, MemRef> fixedAddresses_;
  RegId sretPointer_ = NoReg; // the hidden result pointer a function returning MEMORY receives
  // Where each f80 value lives (ISelX87.cpp): its frame slot or its stack argument.
  std::unordered_map<const ir::Value*, MemRef> x87Addresses_;
  int x87Scratch_ = -1; // frame object for x87 conversions
  std::unordered_map<const ir::Value*, std::vector<Use>> uses_;
  // Instructions selected at their uses instead of where they stand: addresses folded into
  // memory operands, scaled indices, compares fused with the branch or select that reads them,
  // loads folded into the arithmetic or compare that reads them.
  std::unordered_set<const ir::Value*> folded_;
  // Constant expressions (e.g. `sext i32 5 to i64`) and the constants selection uses instead.
  std::unordered_map<const ir::Value*, const ir::ConstantInt*> constantExpressions_;
  std::vector<std::unique_ptr<ir::ConstantInt>> ownedConstants_;
  std::map<std::pair<unsigned, unsigned>, unsigned> splitBlocks_; // (from, to) -> edge block
  std::vector<std::vector<unsigned>> blocksAfter_; // edge blocks placed after each block
  // -fPIC: the addresses __tls_get_addr returned for the instruction being selected, computed
  // before it (prepareThreadLocalAddresses) so that no call lands inside its expansion.
  std::unordered_map<const ir::Value*, RegId> threadLocalAddresses_;
};

} // namespace minicc::codegen
