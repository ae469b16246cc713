// Floating-point expressions (issue 3) flow through the same conversion rules as integers;
// these tests check the IR that lowering produces (and that it verifies).
#include "SemaTestSupport.h"

using namespace minicc::frontend::testing;

namespace {

bool has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

TEST(LowerFloat, ArithmeticUsesTheCommonFloatingType) {
  std::string ir = lowerAndVerify("double f(double a, float b) { return a * b + 1; }\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "fpext f32 %")) << ir;
  EXPECT_TRUE(has(ir, "fmul f64")) << ir;
  EXPECT_TRUE(has(ir, "fadd f64 %3, 1.0")) << ir;
}

TEST(LowerFloat, ComparisonsAreOrderedExceptNotEqual) {
  std::string ir = lowerAndVerify("int lt(double d) { return d < 2.5; }\n"
                                  "int ne(double d) { return d != d; }\n"
                                  "int truth(float f) { if (f) return 1; return 0; }\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "fcmp olt f64 %0, 2.5")) << ir;
  EXPECT_TRUE(has(ir, "fcmp une f64")) << ir;
  EXPECT_TRUE(has(ir, "fcmp une f32 %0, 0.0")) << ir;
}

TEST(LowerFloat, ConversionsFollowSignedness) {
  std::string ir = lowerAndVerify("double from_unsigned(unsigned long u) { return u; }\n"
                                  "double from_signed(short s) { return s; }\n"
                                  "unsigned to_unsigned(double d) { return d; }\n"
                                  "long to_signed(float f) { return f; }\n"
                                  "float narrow(double d) { return d; }\n"
                                  "_Bool to_bool(double d) { return d; }\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "uitofp i64 %0 to f64")) << ir;
  EXPECT_TRUE(has(ir, "sitofp i16 %0 to f64")) << ir;
  EXPECT_TRUE(has(ir, "fptoui f64 %0 to i32")) << ir;
  EXPECT_TRUE(has(ir, "fptosi f32 %0 to i64")) << ir;
  EXPECT_TRUE(has(ir, "fptrunc f64 %0 to f32")) << ir;
  EXPECT_TRUE(has(ir, "fcmp une f64 %0, 0.0")) << ir;
}

TEST(LowerFloat, CompoundAssignmentAndIncrement) {
  std::string ir = lowerAndVerify("int add_half(int x) { x += 0.5; return x; }\n"
                                  "double inc(double d) { d++; return -d; }\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "sitofp i32 %0 to f64")) << ir;
  EXPECT_TRUE(has(ir, "fadd f64 %1, 0.5")) << ir;
  EXPECT_TRUE(has(ir, "fptosi f64 %2 to i32")) << ir;
  EXPECT_TRUE(has(ir, "fadd f64 %0, 1.0")) << ir;
  EXPECT_TRUE(has(ir, "fneg f64")) << ir;
}

TEST(LowerFloat, VariadicArgumentsArePromotedToDouble) {
  std::string ir = lowerAndVerify("int printf(const char *, ...);\n"
                                  "void show(float f) { printf(\"%f\", f); }\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "fpext f32 %0 to f64")) << ir;
  EXPECT_TRUE(has(ir, "@printf(ptr @.str.0, f64 %1)")) << ir;
}

TEST(LowerFloat, StaticInitializersHoldTheEncodedBytes) {
  std::string ir = lowerAndVerify(
      "double d = 1.5; float f = 2.5f; long double l = 1.0L; int i = 2.9; double e = 1 / 4.0;\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "@d = global size 8, align 8 [bytes \"\\00\\00\\00\\00\\00\\00\\F8?\"]"))
      << ir;
  EXPECT_TRUE(has(ir, "@f = global size 4, align 4 [bytes \"\\00\\00 @\"]")) << ir;
  // x87 extended: mantissa 0x8000000000000000, exponent 0x3fff, then six bytes of padding.
  EXPECT_TRUE(has(ir, "@l = global size 16, align 16 [bytes "
                      "\"\\00\\00\\00\\00\\00\\00\\00\\80\\FF?\\00\\00\\00\\00\\00\\00\"]"))
      << ir;
  EXPECT_TRUE(has(ir, "@i = global size 4, align 4 [bytes \"\\02\\00\\00\\00\"]")) << ir;
  EXPECT_TRUE(has(ir, "@e = global size 8, align 8 [bytes \"\\00\\00\\00\\00\\00\\00\\D0?\"]"))
      << ir;
}

// Constants are evaluated in their own type (C11 6.3.1.8, FLT_EVAL_METHOD 0) and each
// conversion rounds once: long double keeps 64 significand bits, a float constant passed as a
// double is the float's value widened, integer extremes convert exactly to long double.
TEST(LowerFloat, ConstantsAreEvaluatedInTheirOwnType) {
  std::string ir =
      lowerAndVerify("void pd(const char*, double);\n"
                     "long double third(void) { return 1.0L / 3; }\n"
                     "long double big(void) { return (long double)-9000000000000000001L; }\n"
                     "long double umax(void) { return (long double)18446744073709551615UL; }\n"
                     "void f(void) { pd(\"x\", 0.1f); }\n"
                     "float fsum(void) { return 0.1f + 0.2f; }\n"
                     "double dsum(void) { return 0.1 + 0.2; }\n"
                     "double widened(void) { return 0.1f * 3; }\n"
                     "unsigned long back(void) { return (unsigned long)18446744073709551615.0L; }\n"
                     "long back2(void) { return (long)-9000000000000000001.0L; }\n"
                     "long double g = 1.0L / 3;\n"
                     "double fromFloat = 0.1f;\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "ret f80 0.33333333333333333334")) << ir;
  EXPECT_TRUE(has(ir, "ret f80 -9000000000000000001.0")) << ir;
  EXPECT_TRUE(has(ir, "ret f80 18446744073709551615.0")) << ir;
  EXPECT_TRUE(has(ir, "@pd(ptr @.str.0, f64 0.10000000149011612)")) << ir;
  EXPECT_TRUE(has(ir, "ret f32 0.3\n")) << ir; // float's 0.3: the sum rounds once in float
  EXPECT_TRUE(has(ir, "ret f64 0.30000000000000004")) << ir;
  EXPECT_TRUE(has(ir, "ret f64 0.30000001192092896")) << ir; // 0.1f * 3 in float, widened
  EXPECT_TRUE(has(ir, "ret i64 -1")) << ir;
  EXPECT_TRUE(has(ir, "ret i64 -9000000000000000001")) << ir;
  // 1/3 as x87 extended: significand 0xAAAAAAAAAAAAAAAB, exponent 0x3FFD, six zero bytes.
  EXPECT_TRUE(has(ir, "@g = global size 16, align 16 [bytes "
                      "\"\\AB\\AA\\AA\\AA\\AA\\AA\\AA\\AA\\FD?\\00\\00\\00\\00\\00\\00\"]"))
      << ir;
  EXPECT_TRUE(
      has(ir, "@fromFloat = global size 8, align 8 [bytes \"\\00\\00\\00\\A0\\99\\99\\B9?\"]"))
      << ir;
}

// Out-of-range conversions of constants to integers are undefined (C11 6.3.1.4); gcc folds them
// by saturating, and so does Sema.
TEST(LowerFloat, OutOfRangeConstantConversionsSaturateLikeGcc) {
  std::string ir = lowerAndVerify("int a = 1e10; unsigned b = -1.5; unsigned char c = 300.0;\n"
                                  "long d = -1e30; unsigned long e = 1e30L;\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "@a = global size 4, align 4 [bytes \"\\FF\\FF\\FF\\7F\"]")) << ir;
  EXPECT_TRUE(has(ir, "@b = global size 4, align 4 [zero 4]")) << ir;
  EXPECT_TRUE(has(ir, "@c = global size 1, align 1 [bytes \"\\FF\"]")) << ir;
  EXPECT_TRUE(has(ir, "@d = global size 8, align 8 [bytes \"\\00\\00\\00\\00\\00\\00\\00\\80\"]"))
      << ir;
  EXPECT_TRUE(has(ir, "@e = global size 8, align 8 [bytes "
                      "\"\\FF\\FF\\FF\\FF\\FF\\FF\\FF\\FF\"]"))
      << ir;
}

} // namespace
