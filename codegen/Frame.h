// codegen/Frame.h — stack frame layout.
//
// Provides: layoutFrame. Needs: MachineIR.h.
// Requires: registers allocated (savedRegs known, spill slots created). Provides: every frame
// object at a fixed %rbp offset, memory operands rewritten to `disp(%rbp)`, and stackAdjust
// (the `subq` after the pushes) such that %rsp is 16-byte aligned at every call.
#pragma once

#include "codegen/MachineIR.h"

namespace minicc::codegen {

void layoutFrame(MachineFunction& mf);

} // namespace minicc::codegen
