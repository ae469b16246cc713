// codegen/RegAlloc.h — register allocation (linear scan with spill-everywhere rewriting).
//
// Provides: allocateRegisters, assignPhysicalRegisters. Needs: Liveness.h.
// Requires: machine IR from isel (CFG computed). Provides: every virtual register mapped to a
// physical register of its class; spill slots as frame objects with the loads and stores
// inserted; after assignPhysicalRegisters, only physical registers remain, copies between
// equal registers are gone, and MachineFunction::savedRegs lists the callee-saved registers
// the function writes. The design and its rationale are in docs/regalloc.md.
#pragma once

#include "codegen/MachineIR.h"

#include <vector>

namespace minicc::codegen {

struct Allocation {
  std::vector<RegId> assignment; // indexed by virtualIndex; a physical register
  unsigned rounds = 0;           // allocation rounds (1 + the number of spill rewrites)
  unsigned spilledRegisters = 0; // virtual registers sent to spill slots
};

Allocation allocateRegisters(MachineFunction& mf);
void assignPhysicalRegisters(MachineFunction& mf, const Allocation& allocation);

} // namespace minicc::codegen
