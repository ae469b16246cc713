// codegen/InstructionSelector.h — the instruction selector's shared state (internal to isel).
//
// Provides: class InstructionSelector, whose member functions are implemented by operation
// family: ISel.cpp (driver, values, phi elimination), ISelArith.cpp, ISelMemory.cpp,
// ISelCompare.cpp, ISelConvert.cpp, ISelCall.cpp, ISelSwitch.cpp.
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
// The SIB scale (1, 2, 4, 8) when `offset` is a multiply or left shift by a constant that an
// address can absorb; 0 otherwise.
unsigned indexScale(const ir::Value* offset);

class InstructionSelector {
public:
  InstructionSelector(const ir::Function& function, const CallABI& abi, MachineFunction& mf);
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
  RegId extendTo32(const ir::Value* value, bool isSigned);

  // --- ISelMemory.cpp
  MemRef addressOf(const ir::Value* pointer);
  void addOffset(MemRef& mem, const ir::Value* offset);
  std::pair<RegId, unsigned> scaledIndex(const ir::Value* offset);
  RegId leaInto(const MemRef& mem);
  int frameIndexOf(const ir::Instruction& alloca);
  void selectLoad(const ir::Instruction& inst);
  void emitLoadInto(const ir::Instruction& load, RegId dst);
  void selectStore(const ir::Instruction& inst);
  void selectPtrAdd(const ir::Instruction& inst);
  void selectMemCopy(const ir::Instruction& inst);

  // --- ISelCompare.cpp
  CondCode emitCompare(const ir::Instruction& icmp);
  CondCode emitCondition(const ir::Value* condition);
  void selectICmp(const ir::Instruction& inst);
  void selectBr(const ir::Instruction& inst);
  void selectSelect(const ir::Instruction& inst);

  // --- ISelConvert.cpp
  void selectConversion(const ir::Instruction& inst);

  // --- ISelCall.cpp
  void lowerIncomingArguments();
  void selectCall(const ir::Instruction& inst);
  void selectRet(const ir::Instruction& inst);
  void moveArgumentInto(const ir::Value* value, const ValueLocation& loc, RegId reg);
  void storeStackArgument(const ir::Value* value, const ValueLocation& loc);

  // --- ISelSwitch.cpp
  void selectSwitch(const ir::Instruction& inst);
  void emitJumpTable(const ir::Instruction& inst, const std::vector<unsigned>& targets,
                     std::int64_t minCase, std::uint64_t range);

  const ir::Function& function_;
  const CallABI& abi_;
  MachineFunction& mf_;
  unsigned current_ = 0; // the machine block being filled
  const ir::BasicBlock* currentIRBlock_ = nullptr;
  unsigned firstIRBlock_ = 0; // machine block of IR block 0 (1 when a prologue block is needed)

  std::unordered_map<const ir::Value*, RegId> vregs_;
  std::unordered_map<const ir::BasicBlock*, unsigned> blockNumbers_;
  std::unordered_map<const ir::Instruction*, int> frameIndices_;
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
};

} // namespace minicc::codegen
