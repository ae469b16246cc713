// ir/BitOps.h — the values of the bit-counting opcodes (clz, ctz, popcount, bswap).
//
// Provides: isBitOperation, evaluateBitOperation — the one definition of what these opcodes
// compute (docs/ir.md "Integer semantics"), used by the constant folder, the verifier, isel's
// constant evaluation and the frontend's constant expressions (gcc's built-ins).
// Needs: IR.h.
#pragma once

#include "ir/IR.h"

#include <cstdint>

namespace minicc::ir {

inline bool isBitOperation(Opcode op) {
  return op == Opcode::Clz || op == Opcode::Ctz || op == Opcode::Popcount || op == Opcode::Bswap;
}

// Whether the opcode is defined on an integer of `bits` bits (clz/ctz/popcount: 32, 64;
// bswap: 16, 32, 64).
inline bool bitOperationAllowsWidth(Opcode op, unsigned bits) {
  if (op == Opcode::Bswap) return bits == 16 || bits == 32 || bits == 64;
  return bits == 32 || bits == 64;
}

// The result, zero-extended, of `op` applied to the low `bits` bits of `value`.
std::uint64_t evaluateBitOperation(Opcode op, unsigned bits, std::uint64_t value);

} // namespace minicc::ir
