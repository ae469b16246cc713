// codegen/ISel.h — instruction selection: IR function -> machine IR over virtual registers.
//
// Provides: selectInstructions. Needs: the function's CallABI (ABI.h), which the prologue's
// argument copies read; every call site lowers its own signature the same way.
// Requires: the function passed checkSupported (no long double, no over-aligned objects).
// Provides to later stages: a MachineFunction in SSA-free form (phis eliminated into parallel
// copies on split critical edges), CFG computed, blocks in layout order.
#pragma once

#include "codegen/ABI.h"
#include "codegen/MachineIR.h"
#include "ir/IR.h"

namespace minicc::codegen {

// `number` makes the function's local labels unique in the module (.LBB<number>_<block>).
// `positionIndependent` (-fPIC): global symbols are reached through the GOT and the PLT.
MachineFunction selectInstructions(const ir::Function& function, const CallABI& abi,
                                   unsigned number, bool positionIndependent = false);

// The assembler name of a global: Private symbols get the `.L` prefix (not in the symbol table).
std::string symbolName(const ir::GlobalSymbol& symbol);
// `text` as a GAS string literal: in double quotes, `"` and `\` escaped.
std::string gasQuoted(const std::string& text);
// Every caller-saved register (psABI 3.2.1): what a call clobbers.
std::vector<RegId> callClobberedRegisters();

} // namespace minicc::codegen
