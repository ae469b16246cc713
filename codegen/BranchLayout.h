// codegen/BranchLayout.h — branch clean-up on the final block order.
//
// Provides: simplifyBranches. Needs: MachineIR.h.
// Requires: physical registers (so copying instructions between blocks is exact). Provides:
// no jump to the next block, no jump to a block that only jumps, small blocks reached by an
// unconditional jump duplicated into the jumping block, no unreachable blocks.
#pragma once

#include "codegen/MachineIR.h"

namespace minicc::codegen {

void simplifyBranches(MachineFunction& mf);

} // namespace minicc::codegen
