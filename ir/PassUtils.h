// ir/PassUtils.h — small edits that several passes make (internal to ir/).
//
// Provides: erasing instructions, editing phi entries and branch targets. Needs: IR.h.
#pragma once

#include "ir/IR.h"

#include <unordered_set>

namespace minicc::ir {

using InstructionSet = std::unordered_set<const Instruction*>;

// Removes the instructions in `dead` from their blocks (they are destroyed). Their uses must
// already be gone.
void eraseInstructions(Function& function, const InstructionSet& dead);

// The phis at the top of bb.
std::vector<Instruction*> phisOf(const BasicBlock& bb);

// Drops bb's phi entries that come from `pred`.
void removeIncoming(const BasicBlock& bb, const BasicBlock* pred);
// Renames the incoming block `from` to `to` in bb's phis.
void replaceIncomingBlock(const BasicBlock& bb, const BasicBlock* from, BasicBlock* to);
// The value a phi receives from `pred`, or nullptr.
Value* incomingValue(const Instruction& phi, const BasicBlock* pred);
// Redirects every edge of a terminator from `from` to `to`.
void replaceTarget(Instruction& terminator, const BasicBlock* from, BasicBlock* to);

// Loads, stores, calls, va_* and terminators: instructions that must stay even when their result
// is unused.
bool hasSideEffects(const Instruction& inst);

} // namespace minicc::ir
