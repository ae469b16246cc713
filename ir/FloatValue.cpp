// ir/FloatValue.cpp — see FloatValue.h. Non-NaN values convert with the host's conversions,
// which round to nearest-even once (x87 fstp, SSE cvt*); NaNs are moved by hand so their bits
// survive (loading a signalling NaN into the x87 unit would quiet it).
#include "ir/FloatValue.h"

#include <bit>
#include <cmath>
#include <cstring>

namespace minicc::ir {
namespace {

constexpr std::uint64_t IntegerBit = std::uint64_t{1} << 63;
constexpr std::uint16_t NaNExponent = 0x7fff;

long double nanFromParts(bool negative, std::uint64_t significandBelowIntegerBit) {
  ExtendedBits bits;
  bits.significand = IntegerBit | significandBelowIntegerBit;
  bits.signExponent = static_cast<std::uint16_t>((negative ? 0x8000 : 0) | NaNExponent);
  return fromExtendedBits(bits);
}

} // namespace

ExtendedBits extendedBits(long double value) {
  unsigned char bytes[sizeof(long double)] = {};
  std::memcpy(bytes, &value, 10); // bytes 10-15 of a long double object are padding
  ExtendedBits bits;
  std::memcpy(&bits.significand, bytes, 8);
  std::memcpy(&bits.signExponent, bytes + 8, 2);
  return bits;
}

long double fromExtendedBits(ExtendedBits bits) {
  unsigned char bytes[sizeof(long double)] = {};
  std::memcpy(bytes, &bits.significand, 8);
  std::memcpy(bytes + 8, &bits.signExponent, 2);
  long double value;
  std::memcpy(&value, bytes, sizeof value);
  return value;
}

long double fromFloat(float value) {
  if (!std::isnan(value)) return value;
  auto bits = std::bit_cast<std::uint32_t>(value);
  return nanFromParts(bits >> 31, std::uint64_t{bits & 0x7fffff} << 40);
}

long double fromDouble(double value) {
  if (!std::isnan(value)) return value;
  auto bits = std::bit_cast<std::uint64_t>(value);
  return nanFromParts(bits >> 63, (bits & ((std::uint64_t{1} << 52) - 1)) << 11);
}

float toFloat(long double value) {
  if (!std::isnan(value)) return static_cast<float>(value);
  ExtendedBits x = extendedBits(value);
  auto fraction = static_cast<std::uint32_t>((x.significand >> 40) & 0x7fffff);
  if (fraction == 0) fraction = 0x400000; // the payload was below float's: a quiet NaN
  std::uint32_t sign = x.signExponent >> 15;
  return std::bit_cast<float>((sign << 31) | 0x7f800000 | fraction);
}

double toDouble(long double value) {
  if (!std::isnan(value)) return static_cast<double>(value);
  ExtendedBits x = extendedBits(value);
  std::uint64_t fraction = (x.significand >> 11) & ((std::uint64_t{1} << 52) - 1);
  if (fraction == 0) fraction = std::uint64_t{1} << 51;
  std::uint64_t sign = x.signExponent >> 15;
  return std::bit_cast<double>((sign << 63) | (std::uint64_t{0x7ff} << 52) | fraction);
}

long double roundToType(Type type, long double value) {
  switch (type.kind()) {
  case TypeKind::F32: return fromFloat(toFloat(value));
  case TypeKind::F64: return fromDouble(toDouble(value));
  default: return value;
  }
}

std::uint32_t floatBitsOf(long double value) {
  return std::bit_cast<std::uint32_t>(toFloat(value));
}

std::uint64_t doubleBitsOf(long double value) {
  return std::bit_cast<std::uint64_t>(toDouble(value));
}

namespace {

template <typename T> T apply(FloatOperation op, T a, T b) {
  switch (op) {
  case FloatOperation::Add: return a + b;
  case FloatOperation::Sub: return a - b;
  case FloatOperation::Mul: return a * b;
  case FloatOperation::Div: return a / b;
  }
  return a;
}

} // namespace

long double applyInType(Type type, FloatOperation op, long double a, long double b) {
  switch (type.kind()) {
  case TypeKind::F32: return fromFloat(apply(op, toFloat(a), toFloat(b)));
  case TypeKind::F64: return fromDouble(apply(op, toDouble(a), toDouble(b)));
  default: return apply(op, a, b);
  }
}

long double integerToFloat(Type type, std::uint64_t bits, bool isSigned) {
  auto s = static_cast<std::int64_t>(bits);
  switch (type.kind()) {
  case TypeKind::F32: return isSigned ? static_cast<float>(s) : static_cast<float>(bits);
  case TypeKind::F64: return isSigned ? static_cast<double>(s) : static_cast<double>(bits);
  default: // every 64-bit integer is an f80
    return isSigned ? static_cast<long double>(s) : static_cast<long double>(bits);
  }
}

std::optional<std::uint64_t> floatToInteger(long double value, unsigned bits, bool isSigned) {
  if (std::isnan(value)) return std::nullopt;
  long double t = std::trunc(value);
  if (isSigned) {
    long double limit = std::ldexp(1.0L, static_cast<int>(bits) - 1);
    if (!(t >= -limit && t < limit)) return std::nullopt;
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(t));
  }
  if (!(t >= 0 && t < std::ldexp(1.0L, static_cast<int>(bits)))) return std::nullopt;
  return static_cast<std::uint64_t>(t);
}

} // namespace minicc::ir
