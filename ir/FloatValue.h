// ir/FloatValue.h — floating values of the IR's types (f32, f64, f80) held in a long double.
//
// Provides: bit-exact moves between long double and float/double (NaN payloads and signalling
// NaNs kept, which a hardware conversion would quiet), rounding to a type, the 80-bit encoding,
// and arithmetic and conversions carried out in the operation's own type: an f32 sum is a float
// sum and an f64 one a double sum, so each rounds once as the SSE instruction does (computing in
// long double and rounding after would round twice). Needs: Type.h. Used by ConstantFloat's
// users: the IR text form, constant folding, the frontend's constant evaluator and lowering, and
// the backend's literal pools.
#pragma once

#include "ir/Type.h"

#include <cstdint>
#include <limits>
#include <optional>

namespace minicc::ir {

static_assert(std::numeric_limits<long double>::digits == 64 &&
                  std::numeric_limits<long double>::max_exponent == 16384,
              "minicc holds f80 constants in the host's long double: it must be x87 extended");

// The x87 extended encoding: 64-bit significand with its explicit integer bit, then the sign
// and the 15-bit exponent biased by 16383 (bytes 0-7 and 8-9 in memory).
struct ExtendedBits {
  std::uint64_t significand = 0;
  std::uint16_t signExponent = 0;
};
ExtendedBits extendedBits(long double value);
long double fromExtendedBits(ExtendedBits bits);

// Exact widening, and narrowing of a value the narrower type holds; a value it does not hold is
// rounded to nearest-even (once). NaNs move bit for bit (payload shifted, quiet bit unchanged).
long double fromFloat(float value);
long double fromDouble(double value);
float toFloat(long double value);
double toDouble(long double value);

// The value rounded to `type` (f32, f64 or f80), as an f32/f64 constant must hold it.
long double roundToType(Type type, long double value);

// The encodings a constant of `type` is emitted with: 4 bytes for f32, 8 for f64.
std::uint32_t floatBitsOf(long double value);
std::uint64_t doubleBitsOf(long double value);

enum class FloatOperation : std::uint8_t { Add, Sub, Mul, Div };

// `a op b` computed in `type` (both operands are values of that type), rounded once.
long double applyInType(Type type, FloatOperation op, long double a, long double b);

// The integer (its 64-bit pattern, read signed or unsigned) converted to `type`, rounded once.
long double integerToFloat(Type type, std::uint64_t bits, bool isSigned);

// C11 6.3.1.4: the value truncated toward zero, as a pattern of `bits` bits read signed or
// unsigned; nullopt when it is NaN or does not fit (undefined behaviour).
std::optional<std::uint64_t> floatToInteger(long double value, unsigned bits, bool isSigned);

} // namespace minicc::ir
