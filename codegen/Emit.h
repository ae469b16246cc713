// codegen/Emit.h — GNU assembler text for functions and data.
//
// Provides: simplifyBranches, emitFunction, emitGlobals. Needs: MachineIR.h, ir/IR.h.
// Requires (emitFunction): registers allocated and the frame laid out.
#pragma once

#include "codegen/MachineIR.h"
#include "ir/IR.h"

#include <iosfwd>

namespace minicc::codegen {

// Block layout clean-up: threads jumps through blocks that only jump, drops the blocks that
// become unreachable, removes jumps to the next block and inverts `jcc next; jmp other`.
void simplifyBranches(MachineFunction& mf);

void emitFunction(const MachineFunction& mf, std::ostream& out);
void emitGlobals(const ir::Module& module, std::ostream& out);

} // namespace minicc::codegen
