// codegen/Emit.h — GNU assembler text for functions and data.
//
// Provides: emitFunction, emitGlobals. Needs: MachineIR.h, ir/IR.h.
// Requires (emitFunction): registers allocated and the frame laid out.
#pragma once

#include "codegen/MachineIR.h"
#include "ir/IR.h"

#include <iosfwd>
#include <map>
#include <string>

namespace minicc::codegen {

// -g: the line table as `.file N "path"` / `.loc N line column` directives, from which the
// assembler builds .debug_line (and a compile unit for it). File numbers are per module.
struct DebugLineState {
  std::map<const std::string*, unsigned> fileNumbers; // interned file names (SourceLocation)
  const std::string* lastFile = nullptr;
  unsigned lastLine = 0;
};

// `lines` is null without -g.
void emitFunction(const MachineFunction& mf, std::ostream& out, DebugLineState* lines);
void emitGlobals(const ir::Module& module, std::ostream& out);

} // namespace minicc::codegen
