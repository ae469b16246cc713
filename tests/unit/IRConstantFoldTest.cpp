// Unit tests for ir/ConstantFold.h: every integer operation, comparison and conversion on edge
// values of every width, checked against the same computation done by C++ on the native type of
// that width; undefined cases must not fold. Float folding is checked bit for bit, each type
// computed in its own precision.
#include "ir/Builder.h"
#include "ir/ConstantFold.h"
#include "ir/FloatValue.h"

#include <cmath>
#include <cstring>
#include <gtest/gtest.h>
#include <limits>
#include <optional>

using namespace minicc::ir;

namespace {

class Folder {
public:
  Folder() {
    Signature sig;
    sig.returnType = Type::voidTy();
    Function* f = m.createFunction("f", sig);
    b.setInsertPoint(f->createBlock("entry"));
  }
  Value* binary(Opcode op, Type t, std::int64_t x, std::int64_t y) {
    return foldInstruction(*b.binary(op, m.constantInt(t, x), m.constantInt(t, y)), m);
  }
  Value* icmp(Predicate p, Type t, std::int64_t x, std::int64_t y) {
    return foldInstruction(*b.icmp(p, m.constantInt(t, x), m.constantInt(t, y)), m);
  }
  Value* convert(Opcode op, Value* v, Type to) { return foldInstruction(*b.convert(op, v, to), m); }
  Value* fbinary(Opcode op, Type t, double x, double y) {
    return foldInstruction(*b.binary(op, m.constantFloat(t, x), m.constantFloat(t, y)), m);
  }
  Value* fcmp(Predicate p, double x, double y) {
    return foldInstruction(
        *b.fcmp(p, m.constantFloat(Type::f64(), x), m.constantFloat(Type::f64(), y)), m);
  }
  Module m;
  Builder b{m};
};

template <typename S> std::vector<S> edgeValues() {
  using L = std::numeric_limits<S>;
  return {0,
          1,
          2,
          3,
          7,
          static_cast<S>(-1),
          static_cast<S>(-2),
          static_cast<S>(-7),
          L::min(),
          static_cast<S>(L::min() + 1),
          L::max(),
          static_cast<S>(L::max() - 1),
          static_cast<S>(0x5555555555555555LL),
          static_cast<S>(0x1234567890ABCDEFLL)};
}

// Integer arithmetic of width sizeof(S)*8, computed with S/U (and promoted to 64 bits where the
// narrow type would promote to int and overflow).
template <typename S> void checkIntegerOps(Type t) {
  using U = std::make_unsigned_t<S>;
  const unsigned bits = sizeof(S) * 8;
  Folder f;
  for (S a : edgeValues<S>()) {
    for (S b : edgeValues<S>()) {
      U ua = static_cast<U>(a), ub = static_cast<U>(b);
      std::uint64_t wa = ua, wb = ub;
      auto expect = [&](Opcode op, Value* got, std::optional<S> want) {
        Value* wanted = want ? f.m.constantInt(t, *want) : nullptr;
        EXPECT_EQ(got, wanted) << opcodeName(op) << " i" << bits << " " << +a << ", " << +b;
      };
      expect(Opcode::Add, f.binary(Opcode::Add, t, a, b), static_cast<S>(static_cast<U>(wa + wb)));
      expect(Opcode::Sub, f.binary(Opcode::Sub, t, a, b), static_cast<S>(static_cast<U>(wa - wb)));
      expect(Opcode::Mul, f.binary(Opcode::Mul, t, a, b), static_cast<S>(static_cast<U>(wa * wb)));
      expect(Opcode::And, f.binary(Opcode::And, t, a, b), static_cast<S>(ua & ub));
      expect(Opcode::Or, f.binary(Opcode::Or, t, a, b), static_cast<S>(ua | ub));
      expect(Opcode::Xor, f.binary(Opcode::Xor, t, a, b), static_cast<S>(ua ^ ub));
      bool signedUndefined = b == 0 || (a == std::numeric_limits<S>::min() && b == -1);
      std::optional<S> quotient, remainder;
      if (!signedUndefined) {
        quotient = static_cast<S>(a / b);
        remainder = static_cast<S>(a % b);
      }
      expect(Opcode::SDiv, f.binary(Opcode::SDiv, t, a, b), quotient);
      expect(Opcode::SRem, f.binary(Opcode::SRem, t, a, b), remainder);
      std::optional<S> uq, ur;
      if (b != 0) {
        uq = static_cast<S>(static_cast<U>(ua / ub));
        ur = static_cast<S>(static_cast<U>(ua % ub));
      }
      expect(Opcode::UDiv, f.binary(Opcode::UDiv, t, a, b), uq);
      expect(Opcode::URem, f.binary(Opcode::URem, t, a, b), ur);
      std::optional<S> shl, lshr, ashr;
      if (ub < bits) {
        shl = static_cast<S>(static_cast<U>(wa << ub));
        lshr = static_cast<S>(static_cast<U>(ua >> ub));
        ashr = static_cast<S>(static_cast<std::int64_t>(a) >> ub);
      }
      expect(Opcode::Shl, f.binary(Opcode::Shl, t, a, b), shl);
      expect(Opcode::LShr, f.binary(Opcode::LShr, t, a, b), lshr);
      expect(Opcode::AShr, f.binary(Opcode::AShr, t, a, b), ashr);

      auto cmp = [&](Predicate p, bool want) {
        EXPECT_EQ(f.icmp(p, t, a, b), f.m.constantInt(Type::i1(), want))
            << "icmp " << predicateName(p) << " i" << bits << " " << +a << ", " << +b;
      };
      cmp(Predicate::Eq, a == b);
      cmp(Predicate::Ne, a != b);
      cmp(Predicate::SLt, a < b);
      cmp(Predicate::SLe, a <= b);
      cmp(Predicate::SGt, a > b);
      cmp(Predicate::SGe, a >= b);
      cmp(Predicate::ULt, ua < ub);
      cmp(Predicate::ULe, ua <= ub);
      cmp(Predicate::UGt, ua > ub);
      cmp(Predicate::UGe, ua >= ub);
    }
    Value* ca = f.m.constantInt(t, a);
    EXPECT_EQ(foldInstruction(*f.b.unary(Opcode::Neg, ca), f.m),
              f.m.constantInt(t, static_cast<S>(static_cast<U>(0 - std::uint64_t{U(a)}))));
    EXPECT_EQ(foldInstruction(*f.b.unary(Opcode::Not, ca), f.m),
              f.m.constantInt(t, static_cast<S>(static_cast<U>(~static_cast<U>(a)))));
  }
}

TEST(IRConstantFold, IntegerOperationsMatchCppAtEveryWidth) {
  checkIntegerOps<std::int8_t>(Type::i8());
  checkIntegerOps<std::int16_t>(Type::i16());
  checkIntegerOps<std::int32_t>(Type::i32());
  checkIntegerOps<std::int64_t>(Type::i64());
}

template <typename From, typename To> void checkIntegerConversions(Type from, Type to) {
  Folder f;
  for (From a : edgeValues<From>()) {
    Value* c = f.m.constantInt(from, a);
    if (sizeof(To) > sizeof(From)) {
      using UF = std::make_unsigned_t<From>;
      EXPECT_EQ(f.convert(Opcode::SExt, c, to), f.m.constantInt(to, static_cast<To>(a)));
      EXPECT_EQ(f.convert(Opcode::ZExt, c, to),
                f.m.constantInt(to, static_cast<To>(static_cast<UF>(a))));
    } else if (sizeof(To) < sizeof(From)) {
      EXPECT_EQ(f.convert(Opcode::Trunc, c, to), f.m.constantInt(to, static_cast<To>(a)));
    }
    auto sf = static_cast<float>(a);
    auto sd = static_cast<double>(a);
    auto uf = static_cast<float>(static_cast<std::make_unsigned_t<From>>(a));
    auto ud = static_cast<double>(static_cast<std::make_unsigned_t<From>>(a));
    EXPECT_EQ(f.convert(Opcode::SIToFP, c, Type::f32()), f.m.constantFloat(Type::f32(), sf));
    EXPECT_EQ(f.convert(Opcode::SIToFP, c, Type::f64()), f.m.constantFloat(Type::f64(), sd));
    EXPECT_EQ(f.convert(Opcode::UIToFP, c, Type::f32()), f.m.constantFloat(Type::f32(), uf));
    EXPECT_EQ(f.convert(Opcode::UIToFP, c, Type::f64()), f.m.constantFloat(Type::f64(), ud));
  }
}

TEST(IRConstantFold, IntegerConversionsMatchCpp) {
  checkIntegerConversions<std::int8_t, std::int16_t>(Type::i8(), Type::i16());
  checkIntegerConversions<std::int8_t, std::int64_t>(Type::i8(), Type::i64());
  checkIntegerConversions<std::int16_t, std::int32_t>(Type::i16(), Type::i32());
  checkIntegerConversions<std::int32_t, std::int64_t>(Type::i32(), Type::i64());
  checkIntegerConversions<std::int64_t, std::int32_t>(Type::i64(), Type::i32());
  checkIntegerConversions<std::int64_t, std::int8_t>(Type::i64(), Type::i8());
  checkIntegerConversions<std::int32_t, std::int16_t>(Type::i32(), Type::i16());
}

TEST(IRConstantFold, I1ExtendsAsTrueIsMinusOneSigned) {
  Folder f;
  Value* t = f.m.constantInt(Type::i1(), 1);
  EXPECT_EQ(f.convert(Opcode::SExt, t, Type::i32()), f.m.constantInt(Type::i32(), -1));
  EXPECT_EQ(f.convert(Opcode::ZExt, t, Type::i32()), f.m.constantInt(Type::i32(), 1));
  EXPECT_EQ(f.convert(Opcode::Trunc, f.m.constantInt(Type::i32(), 6), Type::i1()),
            f.m.constantInt(Type::i1(), 0));
  EXPECT_EQ(f.icmp(Predicate::SLt, Type::i1(), 1, 0), f.m.constantInt(Type::i1(), 1));
  EXPECT_EQ(f.icmp(Predicate::ULt, Type::i1(), 1, 0), f.m.constantInt(Type::i1(), 0));
}

const double floatEdges[] = {0.0,
                             -0.0,
                             1.0,
                             -1.0,
                             0.5,
                             -2.75,
                             3e10,
                             -3e10,
                             2147483647.5,
                             -2147483648.9,
                             4294967295.9,
                             9.2233720368547758e18,
                             1.8446744073709552e19,
                             1e-310,
                             std::numeric_limits<double>::infinity(),
                             -std::numeric_limits<double>::infinity(),
                             std::numeric_limits<double>::quiet_NaN(),
                             0.1,
                             1e308};

// Same value, or both NaN; -0.0 and 0.0 differ.
bool sameFloat(Value* v, double want) {
  if (!v || v->valueKind() != ValueKind::ConstantFloat) return false;
  double got = static_cast<ConstantFloat*>(v)->value();
  if (std::isnan(want)) return std::isnan(got);
  return std::memcmp(&got, &want, sizeof got) == 0;
}

TEST(IRConstantFold, FloatArithmeticMatchesCppBitForBit) {
  Folder f;
  for (double a : floatEdges) {
    for (double b : floatEdges) {
      EXPECT_TRUE(sameFloat(f.fbinary(Opcode::FAdd, Type::f64(), a, b), a + b)) << a << "+" << b;
      EXPECT_TRUE(sameFloat(f.fbinary(Opcode::FSub, Type::f64(), a, b), a - b)) << a << "-" << b;
      EXPECT_TRUE(sameFloat(f.fbinary(Opcode::FMul, Type::f64(), a, b), a * b)) << a << "*" << b;
      EXPECT_TRUE(sameFloat(f.fbinary(Opcode::FDiv, Type::f64(), a, b), a / b)) << a << "/" << b;
      float fa = static_cast<float>(a), fb = static_cast<float>(b);
      EXPECT_TRUE(sameFloat(f.fbinary(Opcode::FAdd, Type::f32(), fa, fb), fa + fb))
          << fa << "+" << fb;
      EXPECT_TRUE(sameFloat(f.fbinary(Opcode::FMul, Type::f32(), fa, fb), fa * fb))
          << fa << "*" << fb;
      bool uno = std::isnan(a) || std::isnan(b);
      auto cmp = [&](Predicate p, bool want) {
        EXPECT_EQ(f.fcmp(p, a, b), f.m.constantInt(Type::i1(), want))
            << "fcmp " << predicateName(p) << " " << a << ", " << b;
      };
      cmp(Predicate::OEq, !uno && a == b);
      cmp(Predicate::ONe, !uno && a != b);
      cmp(Predicate::OLt, a < b);
      cmp(Predicate::OLe, a <= b);
      cmp(Predicate::OGt, a > b);
      cmp(Predicate::OGe, a >= b);
      cmp(Predicate::UEq, uno || a == b);
      cmp(Predicate::UNe, a != b);
      cmp(Predicate::ULtF, !(a >= b));
      cmp(Predicate::ULeF, !(a > b));
      cmp(Predicate::UGtF, !(a <= b));
      cmp(Predicate::UGeF, !(a < b));
      cmp(Predicate::Ord, !uno);
      cmp(Predicate::Uno, uno);
    }
  }
}

// The value of a folded float constant (NaN when nothing was folded).
long double folded(Value* v) {
  if (!v || v->valueKind() != ValueKind::ConstantFloat)
    return std::numeric_limits<long double>::quiet_NaN();
  return static_cast<ConstantFloat*>(v)->value();
}

// Same 80 bits, or both NaN.
bool sameExtended(long double got, long double want) {
  if (std::isnan(want)) return std::isnan(got);
  ExtendedBits a = extendedBits(got), b = extendedBits(want);
  return a.significand == b.significand && a.signExponent == b.signExponent;
}

const long double extendedEdges[] = {0.0L,
                                     -0.0L,
                                     1.0L,
                                     3.0L,
                                     1.0L / 3,
                                     0.1L,
                                     -9000000000000000001.0L,
                                     18446744073709551615.0L,
                                     1e4000L,
                                     std::numeric_limits<long double>::max(),
                                     std::numeric_limits<long double>::denorm_min(),
                                     std::numeric_limits<long double>::infinity(),
                                     std::numeric_limits<long double>::quiet_NaN()};

// f80 is folded in long double, as the x87 unit computes it: 1/3 keeps 64 significant bits.
TEST(IRConstantFold, ExtendedArithmeticFoldsInLongDouble) {
  Folder f;
  auto fold = [&](Opcode op, long double a, long double b) {
    return folded(foldInstruction(
        *f.b.binary(op, f.m.constantFloat(Type::f80(), a), f.m.constantFloat(Type::f80(), b)),
        f.m));
  };
  for (long double a : extendedEdges) {
    for (long double b : extendedEdges) {
      volatile long double x = a, y = b;
      EXPECT_TRUE(sameExtended(fold(Opcode::FAdd, a, b), x + y)) << static_cast<double>(a);
      EXPECT_TRUE(sameExtended(fold(Opcode::FSub, a, b), x - y)) << static_cast<double>(a);
      EXPECT_TRUE(sameExtended(fold(Opcode::FMul, a, b), x * y)) << static_cast<double>(a);
      EXPECT_TRUE(sameExtended(fold(Opcode::FDiv, a, b), x / y)) << static_cast<double>(a);
      Value* lt = foldInstruction(*f.b.fcmp(Predicate::OLt, f.m.constantFloat(Type::f80(), a),
                                            f.m.constantFloat(Type::f80(), b)),
                                  f.m);
      EXPECT_EQ(lt, f.m.constantInt(Type::i1(), a < b));
    }
  }
  EXPECT_EQ(fold(Opcode::FDiv, 1.0L, 3.0L), 1.0L / 3);
  EXPECT_NE(fold(Opcode::FDiv, 1.0L, 3.0L), static_cast<long double>(1.0 / 3));
  Value* negated =
      foldInstruction(*f.b.unary(Opcode::FNeg, f.m.constantFloat(Type::f80(), 0.1L)), f.m);
  EXPECT_EQ(folded(negated), -0.1L);
}

// sitofp/uitofp round once, straight to the target type; every i64 and u64 is an f80.
TEST(IRConstantFold, IntegerToFloatRoundsOnceInTheTargetType) {
  Folder f;
  auto convert = [&](Opcode op, std::int64_t v, Type to) {
    return folded(f.convert(op, f.m.constantInt(Type::i64(), v), to));
  };
  EXPECT_EQ(convert(Opcode::SIToFP, -9000000000000000001LL, Type::f80()), -9000000000000000001.0L);
  EXPECT_EQ(convert(Opcode::SIToFP, std::numeric_limits<std::int64_t>::min(), Type::f80()),
            -9223372036854775808.0L);
  EXPECT_EQ(convert(Opcode::SIToFP, std::numeric_limits<std::int64_t>::max(), Type::f80()),
            9223372036854775807.0L);
  EXPECT_EQ(convert(Opcode::UIToFP, -1, Type::f80()), 18446744073709551615.0L);
  EXPECT_EQ(convert(Opcode::UIToFP, -1, Type::f64()), 18446744073709551616.0L);
  EXPECT_EQ(convert(Opcode::SIToFP, -9000000000000000001LL, Type::f64()),
            static_cast<long double>(-9000000000000000001.0));
  // 2^53 + 2^29 + 1: through double it would tie twice and land on 2^53.
  std::int64_t n = (std::int64_t{1} << 53) + (std::int64_t{1} << 29) + 1;
  EXPECT_EQ(convert(Opcode::SIToFP, n, Type::f32()), std::ldexp(1.0L, 53) + std::ldexp(1.0L, 30));
  EXPECT_EQ(convert(Opcode::UIToFP, n, Type::f32()), std::ldexp(1.0L, 53) + std::ldexp(1.0L, 30));
  EXPECT_EQ(folded(f.convert(Opcode::UIToFP, f.m.constantInt(Type::i8(), -1), Type::f80())),
            255.0L);
  EXPECT_EQ(folded(f.convert(Opcode::SIToFP, f.m.constantInt(Type::i8(), -1), Type::f80())), -1.0L);
}

// f80 to integers folds what fits; narrowing rounds once from the full value; widening is exact.
TEST(IRConstantFold, ExtendedConversionsAreExact) {
  Folder f;
  auto f80 = [&](long double v) { return f.m.constantFloat(Type::f80(), v); };
  EXPECT_EQ(f.convert(Opcode::FPToUI, f80(18446744073709551615.0L), Type::i64()),
            f.m.constantInt(Type::i64(), -1));
  EXPECT_EQ(f.convert(Opcode::FPToSI, f80(-9000000000000000001.0L), Type::i64()),
            f.m.constantInt(Type::i64(), -9000000000000000001LL));
  EXPECT_EQ(f.convert(Opcode::FPToSI, f80(-9223372036854775808.0L), Type::i64()),
            f.m.constantInt(Type::i64(), std::numeric_limits<std::int64_t>::min()));
  EXPECT_EQ(f.convert(Opcode::FPToSI, f80(9223372036854775808.0L), Type::i64()), nullptr);
  EXPECT_EQ(f.convert(Opcode::FPToUI, f80(18446744073709551616.0L), Type::i64()), nullptr);
  EXPECT_EQ(f.convert(Opcode::FPToUI, f80(-1.0L), Type::i64()), nullptr);
  EXPECT_EQ(f.convert(Opcode::FPToSI, f80(-2.75L), Type::i8()), f.m.constantInt(Type::i8(), -2));
  // 1 + 2^-24 + 2^-60 rounds up to float's 1 + 2^-23; through double it would tie down to 1.
  long double x = 1.0L + std::ldexp(1.0L, -24) + std::ldexp(1.0L, -60);
  EXPECT_EQ(folded(f.convert(Opcode::FPTrunc, f80(x), Type::f32())), 1.0L + std::ldexp(1.0L, -23));
  EXPECT_EQ(folded(f.convert(Opcode::FPTrunc, f80(1.0L / 3), Type::f64())),
            static_cast<long double>(static_cast<double>(1.0L / 3)));
  EXPECT_EQ(folded(f.convert(Opcode::FPExt, f.m.constantFloat(Type::f32(), 0.1f), Type::f64())),
            static_cast<long double>(0.1f));
  EXPECT_EQ(folded(f.convert(Opcode::FPExt, f.m.constantFloat(Type::f64(), 0.1), Type::f80())),
            static_cast<long double>(0.1));
}

TEST(IRConstantFold, FloatToIntegerFoldsOnlyInRange) {
  Folder f;
  for (double d : floatEdges) {
    Value* c = f.m.constantFloat(Type::f64(), d);
    double t = std::trunc(d);
    auto check = [&](Opcode op, Type to, bool inRange, std::int64_t want) {
      Value* got = f.convert(op, c, to);
      EXPECT_EQ(got, inRange ? f.m.constantInt(to, want) : nullptr)
          << opcodeName(op) << " " << d << " to i" << to.bits();
    };
    bool nan = std::isnan(d);
    check(Opcode::FPToSI, Type::i32(), !nan && t >= -2147483648.0 && t <= 2147483647.0,
          !nan && t >= -2147483648.0 && t <= 2147483647.0 ? static_cast<std::int32_t>(d) : 0);
    check(Opcode::FPToSI, Type::i8(), !nan && t >= -128 && t <= 127,
          !nan && t >= -128 && t <= 127 ? static_cast<std::int8_t>(d) : 0);
    bool u32 = !nan && t >= 0 && t <= 4294967295.0;
    check(Opcode::FPToUI, Type::i32(), u32, u32 ? static_cast<std::uint32_t>(d) : 0);
    bool s64 = !nan && t >= -9223372036854775808.0 && t < 9223372036854775808.0;
    check(Opcode::FPToSI, Type::i64(), s64, s64 ? static_cast<std::int64_t>(d) : 0);
    bool u64 = !nan && t >= 0 && t < 18446744073709551616.0;
    check(Opcode::FPToUI, Type::i64(), u64,
          u64 ? static_cast<std::int64_t>(static_cast<std::uint64_t>(d)) : 0);
    EXPECT_TRUE(sameFloat(f.convert(Opcode::FPTrunc, c, Type::f32()), static_cast<float>(d)));
  }
}

TEST(IRConstantFold, IdentitiesOnNonConstants) {
  Folder f;
  Signature sig;
  sig.returnType = Type::voidTy();
  sig.params = {Type::i32(), Type::i1()};
  Function* g = f.m.createFunction("g", sig);
  Value* x = g->arguments[0].get();
  Value* c = g->arguments[1].get();
  auto fold = [&](Opcode op, Value* a, Value* b) {
    return foldInstruction(*f.b.binary(op, a, b), f.m);
  };
  Value* zero = f.m.constantInt(Type::i32(), 0);
  Value* one = f.m.constantInt(Type::i32(), 1);
  Value* ones = f.m.constantInt(Type::i32(), -1);
  EXPECT_EQ(fold(Opcode::Add, x, zero), x);
  EXPECT_EQ(fold(Opcode::Add, zero, x), x);
  EXPECT_EQ(fold(Opcode::Sub, x, x), zero);
  EXPECT_EQ(fold(Opcode::Mul, one, x), x);
  EXPECT_EQ(fold(Opcode::Mul, x, zero), zero);
  EXPECT_EQ(fold(Opcode::And, x, zero), zero);
  EXPECT_EQ(fold(Opcode::And, ones, x), x);
  EXPECT_EQ(fold(Opcode::Or, x, ones), ones);
  EXPECT_EQ(fold(Opcode::Xor, x, x), zero);
  EXPECT_EQ(fold(Opcode::SDiv, x, one), x);
  EXPECT_EQ(fold(Opcode::URem, x, one), zero);
  EXPECT_EQ(fold(Opcode::AShr, x, zero), x);
  EXPECT_EQ(fold(Opcode::SDiv, x, zero), nullptr);
  EXPECT_EQ(fold(Opcode::Add, x, one), nullptr);
  EXPECT_EQ(foldInstruction(*f.b.select(c, x, x), f.m), x);
  EXPECT_EQ(foldInstruction(*f.b.select(f.m.constantInt(Type::i1(), 0), x, one), f.m), one);
  EXPECT_EQ(foldInstruction(*f.b.select(c, x, one), f.m), nullptr);
  EXPECT_EQ(foldInstruction(*f.b.icmp(Predicate::SLt, x, x), f.m), f.m.constantInt(Type::i1(), 0));
  EXPECT_EQ(foldInstruction(*f.b.icmp(Predicate::UGe, x, zero), f.m),
            f.m.constantInt(Type::i1(), 1));
  EXPECT_EQ(
      foldInstruction(
          *f.b.ptrAdd(f.m.constantInt(Type::ptr(), 0), f.m.constantInt(Type::i64(), 16)), f.m),
      f.m.constantInt(Type::ptr(), 16));
}

} // namespace
