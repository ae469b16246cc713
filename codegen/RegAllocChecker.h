// codegen/RegAllocChecker.h — independent check of a register allocation.
//
// Provides: checkAllocation. Needs: MachineIR.h, RegAlloc.h.
// Requires: the machine IR the allocation was computed for (after spill rewriting, before
// assignPhysicalRegisters). Checks, with its own exact liveness (per instruction, not the
// allocator's intervals): every virtual register has a register of its class; no definition
// overwrites the register of another value live after it (so no two simultaneously live
// values share a register); no value live across a call sits in a caller-saved register.
// Used by unit tests and by CodegenOptions::verifyRegAlloc.
#pragma once

#include "codegen/MachineIR.h"
#include "codegen/RegAlloc.h"

#include <string>
#include <vector>

namespace minicc::codegen {

// The problems found, each naming the function, block and instruction; empty when valid.
std::vector<std::string> checkAllocation(const MachineFunction& mf, const Allocation& allocation);

} // namespace minicc::codegen
