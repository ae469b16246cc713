// ir/Verifier.h — checks the IR's structural invariants.
//
// Provides: verifyModule, verifyFunction. Needs: IR.h.
// Checked: every block ends in exactly one terminator; phis only at the top, one incoming per
// predecessor; operand types match each opcode's rule (docs/ir.md); every use is dominated by
// its definition; allocas only in the entry block; call arguments match the signature.
#pragma once

#include "ir/IR.h"

#include <string>
#include <vector>

namespace minicc::ir {

// Returns the problems found (empty: valid). Each message names the function and value.
std::vector<std::string> verifyModule(const Module& module);
std::vector<std::string> verifyFunction(const Function& function);

} // namespace minicc::ir
