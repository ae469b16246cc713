// ir/FloatValue.h: f32/f64 values move through a long double bit for bit, operations round once
// in their own type (never in long double and again), and conversions to and from integers
// round once or refuse values out of range.
#include "ir/FloatValue.h"

#include <bit>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace minicc::ir;

namespace {

TEST(IRFloatValue, NaNsKeepTheirBitsThroughLongDouble) {
  for (std::uint64_t bits : {0x7FF8000000000000ull, 0xFFF8000000000001ull, 0x7FF0000000000001ull,
                             0x7FF4000000000000ull, 0x7FFFFFFFFFFFFFFFull}) {
    long double held = fromDouble(std::bit_cast<double>(bits));
    EXPECT_TRUE(std::isnan(held));
    EXPECT_EQ(doubleBitsOf(held), bits) << std::hex << bits;
  }
  for (std::uint32_t bits : {0x7FC00000u, 0xFFC00001u, 0x7F800001u, 0x7FA00000u}) {
    long double held = fromFloat(std::bit_cast<float>(bits));
    EXPECT_EQ(floatBitsOf(held), bits) << std::hex << bits;
  }
}

TEST(IRFloatValue, ExtendedEncodingIsTheTenBytesOfX87) {
  ExtendedBits one = extendedBits(1.0L);
  EXPECT_EQ(one.significand, 0x8000000000000000ull);
  EXPECT_EQ(one.signExponent, 0x3FFF);
  ExtendedBits third = extendedBits(1.0L / 3);
  EXPECT_EQ(third.significand, 0xAAAAAAAAAAAAAAABull);
  EXPECT_EQ(third.signExponent, 0x3FFD);
  EXPECT_EQ(fromExtendedBits(third), 1.0L / 3);
  ExtendedBits minusInf = extendedBits(-std::numeric_limits<long double>::infinity());
  EXPECT_EQ(minusInf.significand, 0x8000000000000000ull);
  EXPECT_EQ(minusInf.signExponent, 0xFFFF);
}

TEST(IRFloatValue, RoundingToATypeRoundsOnce) {
  EXPECT_EQ(roundToType(Type::f32(), 0.1L), static_cast<long double>(0.1f));
  EXPECT_EQ(roundToType(Type::f64(), 0.1L), static_cast<long double>(0.1));
  EXPECT_EQ(roundToType(Type::f80(), 0.1L), 0.1L);
  // 1 + 2^-24 + 2^-60 rounds up to 1 + 2^-23 directly; through double (1 + 2^-24, a tie) it
  // would round to even, 1.
  long double x = 1.0L + std::ldexp(1.0L, -24) + std::ldexp(1.0L, -60);
  EXPECT_EQ(roundToType(Type::f32(), x), 1.0L + std::ldexp(1.0L, -23));
}

TEST(IRFloatValue, ArithmeticIsDoneInTheOperationsType) {
  volatile float fa = 16777216.0f, fb = 1.0f;
  volatile double da = 0.1, db = 0.2;
  EXPECT_EQ(applyInType(Type::f32(), FloatOperation::Add, fa, fb),
            static_cast<long double>(fa + fb)); // 2^24 + 1 rounds to 2^24 in float
  EXPECT_EQ(applyInType(Type::f64(), FloatOperation::Add, da, db),
            static_cast<long double>(da + db));
  EXPECT_NE(applyInType(Type::f64(), FloatOperation::Add, da, db),
            static_cast<long double>(da) + static_cast<long double>(db));
  EXPECT_EQ(applyInType(Type::f80(), FloatOperation::Div, 1.0L, 3.0L), 1.0L / 3);
  // A double product whose long double result lies just off a double tie would round twice.
  volatile double p = 4294967295.9000001, q = -2147483648.9000001;
  EXPECT_EQ(applyInType(Type::f64(), FloatOperation::Mul, p, q), static_cast<long double>(p * q));
}

TEST(IRFloatValue, IntegersConvertWithOneRounding) {
  EXPECT_EQ(integerToFloat(Type::f80(), static_cast<std::uint64_t>(-9000000000000000001LL), true),
            -9000000000000000001.0L);
  EXPECT_EQ(integerToFloat(Type::f80(), ~0ull, false), 18446744073709551615.0L);
  EXPECT_EQ(integerToFloat(Type::f80(), 1ull << 63, true), -9223372036854775808.0L);
  EXPECT_EQ(integerToFloat(Type::f64(), ~0ull, false), 18446744073709551616.0L);
  // 2^53 + 2^29 + 1 as float: via double it would round to 2^53 + 2^29, a float tie, then to
  // even (2^53); directly it rounds up to 2^53 + 2^30.
  std::uint64_t n = (1ull << 53) + (1ull << 29) + 1;
  EXPECT_EQ(integerToFloat(Type::f32(), n, false), static_cast<long double>(static_cast<float>(n)));
  EXPECT_EQ(integerToFloat(Type::f32(), n, false), std::ldexp(1.0L, 53) + std::ldexp(1.0L, 30));
}

TEST(IRFloatValue, FloatToIntegerTruncatesWithinRange) {
  EXPECT_EQ(floatToInteger(-2.9L, 32, true), static_cast<std::uint64_t>(-2));
  EXPECT_EQ(floatToInteger(18446744073709551615.0L, 64, false), ~0ull);
  EXPECT_EQ(floatToInteger(18446744073709551616.0L, 64, false), std::nullopt);
  EXPECT_EQ(floatToInteger(-9223372036854775808.0L, 64, true), 1ull << 63);
  EXPECT_EQ(floatToInteger(9223372036854775807.0L, 64, true), 0x7FFFFFFFFFFFFFFFull);
  EXPECT_EQ(floatToInteger(4611686018427387904.5L, 64, true), 1ull << 62);
  EXPECT_EQ(floatToInteger(9223372036854775808.0L, 64, true), std::nullopt);
  EXPECT_EQ(floatToInteger(-0.5L, 8, false), 0u);
  EXPECT_EQ(floatToInteger(-1.0L, 8, false), std::nullopt);
  EXPECT_EQ(floatToInteger(std::numeric_limits<long double>::quiet_NaN(), 32, true), std::nullopt);
}

} // namespace
