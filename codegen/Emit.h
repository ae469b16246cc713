// codegen/Emit.h — GNU assembler text for functions and data.
//
// Provides: emitFunction, emitGlobals. Needs: MachineIR.h, ir/IR.h.
// Requires (emitFunction): registers allocated and the frame laid out.
#pragma once

#include "codegen/MachineIR.h"
#include "ir/IR.h"

#include <iosfwd>

namespace minicc::codegen {

void emitFunction(const MachineFunction& mf, std::ostream& out);
void emitGlobals(const ir::Module& module, std::ostream& out);

} // namespace minicc::codegen
