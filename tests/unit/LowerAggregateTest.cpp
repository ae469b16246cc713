// Structs and unions by value (issue 3): the IR passes aggregates by address (ir/IR.h), so a
// parameter is the callee's own copy, an argument is the address of the bytes to copy, a
// return hands over the address of the value and a call yields the address of a temporary.
#include "SemaTestSupport.h"

using namespace minicc::frontend::testing;

namespace {

bool has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

const char* const kPair = "struct Pair { long a; int b; };\n";

TEST(LowerAggregate, ParametersAreTheCalleesCopy) {
  std::string ir =
      lowerAndVerify(std::string(kPair) + "int second(struct Pair p) { return p.b; }\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "define @second(%struct.Pair %p) -> i32")) << ir;
  EXPECT_FALSE(has(ir, "alloca")) << ir; // no copy: %p is the address of the copy
  EXPECT_TRUE(has(ir, "ptradd ptr %p, i64 8")) << ir;
}

TEST(LowerAggregate, ArgumentsAndReturnsAreAddresses) {
  std::string ir =
      lowerAndVerify(std::string(kPair) + "struct Pair make(long a);\n"
                                          "int use(struct Pair p);\n"
                                          "struct Pair copy(struct Pair *p) { return *p; }\n"
                                          "int chain(void) { return use(make(1)) + make(2).b; }\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "define @copy(ptr %p) -> %struct.Pair")) << ir;
  EXPECT_TRUE(has(ir, "ret ptr %0")) << ir;
  EXPECT_TRUE(has(ir, "%0 = call (i64) -> %struct.Pair @make(i64 1)")) << ir;
  EXPECT_TRUE(has(ir, "call (%struct.Pair) -> i32 @use(ptr %0)")) << ir;
}

TEST(LowerAggregate, AssignmentFromACallCopiesTheResult) {
  std::string ir = lowerAndVerify(std::string(kPair) +
                                  "struct Pair make(long a);\n"
                                  "long f(void) { struct Pair q; q = make(3); return q.a; }\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "memcopy ptr %q, ptr %0, size 16, align 8")) << ir;
}

TEST(LowerAggregate, StructsGoThroughEllipsisWithTheirDeclaredType) {
  std::string ir =
      lowerAndVerify(std::string(kPair) + "int printf(const char *, ...);\n"
                                          "void f(struct Pair p) { printf(\"\", p, 1); }\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "call (ptr, ...) -> i32 @printf(ptr @.str.0, %struct.Pair %p, i32 1)")) << ir;
}

TEST(LowerAggregate, VaArgOfAStructYieldsTheAddressOfACopy) {
  std::string ir = lowerAndVerify(
      std::string(kPair) +
      "long first(int n, ...) { __builtin_va_list ap; __builtin_va_start(ap, n);\n"
      "  struct Pair p = __builtin_va_arg(ap, struct Pair); __builtin_va_end(ap); return p.a; }\n");
  EXPECT_FALSE(has(ir, "invalid IR")) << ir;
  EXPECT_TRUE(has(ir, "%1 = vaarg %struct.Pair, ptr %ap")) << ir;
  EXPECT_TRUE(has(ir, "memcopy ptr %p, ptr %1, size 16, align 8")) << ir;
}

} // namespace
