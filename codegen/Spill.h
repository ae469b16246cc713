// codegen/Spill.h — spill code: moves spilled virtual registers to stack slots.
//
// Provides: insertSpillCode. Needs: MachineIR.h.
// Requires: the virtual registers chosen by the allocator. Provides: one 8-byte (movq/movsd)
// frame object per spilled register; each occurrence becomes a memory operand where x86 allows
// one, otherwise a new unspillable temporary loaded before / stored after the instruction.
// A register defined only by loading an incoming stack argument stays in that argument slot.
#pragma once

#include "codegen/MachineIR.h"

#include <vector>

namespace minicc::codegen {

void insertSpillCode(MachineFunction& mf, const std::vector<unsigned>& spilledVregs);

} // namespace minicc::codegen
