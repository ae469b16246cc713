// ir/BitOps.cpp — evaluateBitOperation (see BitOps.h). Needs: BitOps.h.
#include "ir/BitOps.h"

#include "ir/Diagnostics.h"

#include <bit>

namespace minicc::ir {

std::uint64_t evaluateBitOperation(Opcode op, unsigned bits, std::uint64_t value) {
  std::uint64_t mask = bits >= 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << bits) - 1;
  value &= mask;
  switch (op) {
  case Opcode::Clz: // the leading zeros of the 64-bit value count bits above the width too
    return static_cast<std::uint64_t>(std::countl_zero(value)) - (64 - bits);
  case Opcode::Ctz: return value == 0 ? bits : static_cast<std::uint64_t>(std::countr_zero(value));
  case Opcode::Popcount: return static_cast<std::uint64_t>(std::popcount(value));
  case Opcode::Bswap: {
    std::uint64_t result = 0;
    for (unsigned i = 0; i < bits / 8; ++i) result = (result << 8) | ((value >> (8 * i)) & 0xff);
    return result;
  }
  default: break;
  }
  internalError(std::string("evaluateBitOperation: not a bit operation: ") + opcodeName(op));
}

} // namespace minicc::ir
