// codegen/Support.h — what the backend can compile today.
//
// Provides: checkSupported. Needs: ir/IR.h, ir/Diagnostics.h.
// Runs before any other stage: IR the later stages cannot lower yet (aggregates and locals
// aligned beyond 16 bytes; the list is at the top of Support.cpp) gets a
// "... is not supported yet" diagnostic naming the function instead of reaching an internal
// error.
#pragma once

#include "ir/Diagnostics.h"
#include "ir/IR.h"

namespace minicc::codegen {

// Reports every unsupported function; returns false if there was any.
bool checkSupported(const ir::Module& module, DiagnosticEngine& diags);

} // namespace minicc::codegen
