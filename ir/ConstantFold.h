// ir/ConstantFold.h — what an instruction computes, when its operands decide it.
//
// Provides: foldInstruction. Needs: IR.h. Used by InstSimplify (and by tests, which compare it
// with C++ computations across widths and edge values).
#pragma once

#include "ir/IR.h"

namespace minicc::ir {

// The value `inst` always produces, known from its operands — constants (exact per-width
// semantics, docs/ir.md) or algebraic identities such as x+0, x*1, x&0, select on a constant,
// a phi whose inputs are all one value — or nullptr. Never folds an operation whose result may
// be undefined or unspecified: division or remainder by zero or of INT_MIN by -1, shifts by the
// width or more, out-of-range float-to-integer conversions. Floating operations are computed in
// their own type (ir/FloatValue.h). New constants are created in `module`.
Value* foldInstruction(const Instruction& inst, Module& module);

} // namespace minicc::ir
