// ir/OperationRules.h — the typing rule of each opcode (internal to ir/; docs/ir.md's tables).
//
// Provides: checkOperation, checkSignature, isArithmeticInteger. Needs: IR.h.
// Used by the verifier; the rules are stated once, here.
#pragma once

#include "ir/IR.h"

#include <string>

namespace minicc::ir {

// Empty when `inst` obeys its opcode's rule (operand count and types, result type, predicate,
// targets, flags) inside `function`; otherwise what is wrong. Operands must be non-null.
std::string checkOperation(const Instruction& inst, const Function& function);

// Empty when the signature is well formed (no void parameters, extensions only on i1/i8/i16,
// aggregates with a layout); otherwise what is wrong.
std::string checkSignature(const Signature& sig);

// i8..i64: the types integer arithmetic, division and shifts take.
bool isArithmeticInteger(Type t);

} // namespace minicc::ir
