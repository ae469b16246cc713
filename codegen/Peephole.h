// codegen/Peephole.h — local clean-ups on allocated machine code.
//
// Provides: runPeepholes. Needs: MachineIR.h.
// Requires: physical registers (after assignPhysicalRegisters). Each rewrite keeps the
// instruction count or lowers it and is valid because isel never leaves the flags live across
// the instructions involved.
#pragma once

#include "codegen/MachineIR.h"

namespace minicc::codegen {

void runPeepholes(MachineFunction& mf);

} // namespace minicc::codegen
