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

} // namespace
