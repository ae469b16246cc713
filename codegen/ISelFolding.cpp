// codegen/ISelFolding.cpp — which IR instructions are selected at their uses.
//
// Provides: InstructionSelector::decideFolding and its parts. Needs: InstructionSelector.h.
// Runs before any code is selected, on the use lists from analyzeUses; fills `folded_`.
//
//   - A ptradd whose every use is an address (load/store/memcopy pointer, or the base of
//     another ptradd, folded or computed with lea) becomes part of those memory operands; a
//     `mul`/`shl` by 1, 2, 4, 8 that only feeds the offset of such a ptradd becomes the scale.
//   - A compare (icmp or fcmp) read only by its block's `br`, or by one `select`, becomes
//     cmp/ucomis + jcc/cmov.
//   - A load read only by one add/sub/and/or/xor/mul/icmp/sext/zext of the same block, with
//     nothing that may write memory in between, becomes that instruction's memory operand.
#include "codegen/InstructionSelector.h"

#include <algorithm>

namespace minicc::codegen {

using ir::Opcode;

void InstructionSelector::decideFolding() {
  decideAddressFolding();
  decideCompareFusion();
  decideLoadFolding();
}

void InstructionSelector::decideAddressFolding() {
  auto isAddressUse = [](const Use& use) {
    switch (use.first->opcode()) {
    case Opcode::Load: return use.second == 0;
    case Opcode::Store: return use.second == 1;
    case Opcode::MemCopy: return true;
    case Opcode::PtrAdd: return use.second == 0;
    default: return false;
    }
  };
  for (const auto& block : function_.blocks) {
    for (const auto& inst : block->instructions) {
      auto it = uses_.find(inst.get());
      if (it == uses_.end()) continue;
      const std::vector<Use>& uses = it->second;
      if (inst->opcode() == Opcode::PtrAdd && std::all_of(uses.begin(), uses.end(), isAddressUse))
        folded_.insert(inst.get());
      const Use& use = uses.front();
      if ((inst->opcode() == Opcode::Mul || inst->opcode() == Opcode::Shl) && uses.size() == 1 &&
          use.first->opcode() == Opcode::PtrAdd && use.second == 1 && indexScale(inst.get()) != 0)
        folded_.insert(inst.get());
    }
  }
}

void InstructionSelector::decideCompareFusion() {
  for (const auto& block : function_.blocks) {
    for (const auto& inst : block->instructions) {
      bool isCompare = inst->opcode() == Opcode::ICmp || inst->opcode() == Opcode::FCmp;
      if (!isCompare || useCount(inst.get()) != 1) continue;
      const Use& use = uses_.at(inst.get()).front();
      bool isBranchOrSelect =
          use.first->opcode() == Opcode::Br || use.first->opcode() == Opcode::Select;
      if (use.second == 0 && use.first->parent() == inst->parent() && isBranchOrSelect)
        folded_.insert(inst.get());
    }
  }
}

bool InstructionSelector::isFoldedLoad(const ir::Value* value) const {
  return value->valueKind() == ir::ValueKind::Instruction &&
         static_cast<const ir::Instruction*>(value)->opcode() == Opcode::Load && isFolded(value);
}

namespace {

bool mayWriteMemory(const ir::Instruction& inst) {
  switch (inst.opcode()) {
  case Opcode::Store:
  case Opcode::MemCopy:
  case Opcode::Call:
  case Opcode::VaStart:
  case Opcode::VaCopy:
  case Opcode::VaArg:
  case Opcode::VaEnd:
  case Opcode::DynAlloca:
  case Opcode::StackRestore: return true;
  default: return false;
  }
}

// Whether operand `index` of `user` can be a memory operand of the x86 instruction it
// becomes. Arithmetic on narrow types is done in 32 bits, which would read too many bytes.
bool acceptsLoadOperand(const ir::Instruction& user, unsigned index) {
  ir::Type type = user.operand(index)->type();
  if (type.kind() == ir::TypeKind::F80) return false; // long double lives in memory anyway
  if (type.isFloat()) { // SSE arithmetic and ucomis read their source operand from memory
    switch (user.opcode()) {
    case Opcode::FAdd:
    case Opcode::FMul:
    case Opcode::FCmp: return true;
    case Opcode::FSub:
    case Opcode::FDiv: return index == 1;
    default: return false;
    }
  }
  if (!type.isIntegerLike()) return false;
  unsigned size = accessSize(type);
  switch (user.opcode()) {
  case Opcode::Add:
  case Opcode::And:
  case Opcode::Or:
  case Opcode::Xor:
  case Opcode::Mul: return size >= 4;
  case Opcode::Sub: return size >= 4 && index == 1;
  case Opcode::ICmp:
  case Opcode::SExt:
  case Opcode::ZExt: return true; // movs*/movz* read their source from memory
  default: return false;
  }
}

} // namespace

void InstructionSelector::decideLoadFolding() {
  for (const auto& block : function_.blocks) {
    const auto& instrs = block->instructions;
    std::unordered_map<const ir::Instruction*, std::size_t> position;
    for (std::size_t i = 0; i < instrs.size(); ++i) position[instrs[i].get()] = i;
    for (std::size_t i = 0; i < instrs.size(); ++i) {
      const ir::Instruction& load = *instrs[i];
      if (load.opcode() != Opcode::Load || load.isVolatile || useCount(&load) != 1) continue;
      auto [user, index] = uses_.at(&load).front();
      if (user->parent() != block.get() || !acceptsLoadOperand(*user, index)) continue;
      const ir::Value* other = user->numOperands() == 2 ? user->operand(1 - index) : nullptr;
      bool otherIsLoad = other && other->valueKind() == ir::ValueKind::Instruction &&
                         static_cast<const ir::Instruction*>(other)->opcode() == Opcode::Load;
      // One memory operand per instruction; when both are loads, fold the right-hand one.
      if (otherIsLoad && (isFolded(other) || (index == 0 && useCount(other) == 1))) continue;
      // A fused compare is emitted at its branch or select, so the load moves there.
      const ir::Instruction* selectedAt = user;
      if (isFolded(user)) selectedAt = uses_.at(user).front().first;
      std::size_t end = position.at(selectedAt);
      bool clobbered = false;
      for (std::size_t k = i + 1; k < end && !clobbered; ++k)
        clobbered = mayWriteMemory(*instrs[k]);
      if (!clobbered) folded_.insert(&load);
    }
  }
}

} // namespace minicc::codegen
