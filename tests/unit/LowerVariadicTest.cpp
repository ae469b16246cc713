// Variadic function definitions and stdarg.h's builtins (issue 3): va_start, va_arg, va_end
// and va_copy become the IR's vastart, vaarg, vaend and vacopy on the address of the va_list.
#include "SemaTestSupport.h"

using namespace minicc::frontend::testing;

namespace {

bool has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

const char* const kSum = R"(
typedef __builtin_va_list va_list;
int sum(int n, ...) {
  va_list ap, copy;
  __builtin_va_start(ap, n);
  __builtin_va_copy(copy, ap);
  int s = 0;
  for (int i = 0; i < n; i++) s += __builtin_va_arg(ap, int);
  __builtin_va_end(copy);
  __builtin_va_end(ap);
  return s + (int)__builtin_va_arg(copy, long);
}
)";

TEST(LowerVariadic, BuiltinsBecomeVaInstructions) {
  std::string ir = lowerAndVerify(kSum);
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "define @sum(i32 %n, ...) -> i32")) << ir;
  EXPECT_TRUE(has(ir, "%ap = alloca size 24, align 16")) << ir;
  EXPECT_TRUE(has(ir, "vastart ptr %ap")) << ir;
  EXPECT_TRUE(has(ir, "vacopy ptr %copy, ptr %ap")) << ir;
  EXPECT_TRUE(has(ir, "vaarg i32, ptr %ap")) << ir;
  EXPECT_TRUE(has(ir, "vaarg i64, ptr %copy")) << ir;
  EXPECT_TRUE(has(ir, "vaend ptr %ap")) << ir;
}

TEST(LowerVariadic, VaStartNeedsAVariadicFunction) {
  std::string out = lowerAndVerify("typedef __builtin_va_list va_list;\n"
                                   "void fixed(int n) { va_list ap; __builtin_va_start(ap, n); }\n"
                                   "void wrong(int n, ...) { int x; __builtin_va_start(x, n); }\n");
  EXPECT_TRUE(has(out, "test.c:2:33: error: 'va_start' used in function with fixed arguments"))
      << out;
  EXPECT_TRUE(has(out, "test.c:3:52: error: first argument to 'va_start' not of type 'va_list'"))
      << out;
}

} // namespace
