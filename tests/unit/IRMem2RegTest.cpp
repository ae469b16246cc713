// Unit tests for SSA construction (ir/Mem2Reg.cpp): straight line, diamonds, loops, nested loops,
// partially defined paths, loads before stores, and allocas that must stay in memory.
#include "IRPassTesting.h"

using namespace minicc::ir;
using passtest::runPasses;

namespace {

TEST(IRMem2Reg, StraightLineLoadsTakeTheStoredValue) {
  EXPECT_EQ(runPasses(R"(define @straight(i32 %a) -> i32 {
entry:
  %a.addr = alloca size 4, align 4
  %x = alloca size 4, align 4
  store i32 %a, ptr %a.addr
  %0 = load i32, ptr %a.addr
  %1 = add i32 %0, 1
  store i32 %1, ptr %x
  %2 = load i32, ptr %x
  %3 = load i32, ptr %a.addr
  %4 = mul i32 %2, %3
  ret i32 %4
}
)",
                      {promoteAllocas}),
            R"(define @straight(i32 %a) -> i32 {
entry:
  %0 = add i32 %a, 1
  %1 = mul i32 %0, %a
  ret i32 %1
}
)");
}

TEST(IRMem2Reg, DiamondGetsAPhi) {
  EXPECT_EQ(runPasses(R"(define @diamond(i1 %c) -> i32 {
entry:
  %x = alloca size 4, align 4
  br i1 %c, %then, %else
then:
  store i32 1, ptr %x
  jmp %join
else:
  store i32 2, ptr %x
  jmp %join
join:
  %v = load i32, ptr %x
  ret i32 %v
}
)",
                      {promoteAllocas}),
            R"(define @diamond(i1 %c) -> i32 {
entry:
  br i1 %c, %then, %else
then:
  jmp %join
else:
  jmp %join
join:
  %x = phi i32 [1, %then], [2, %else]
  ret i32 %x
}
)");
}

TEST(IRMem2Reg, PathWithoutStoreGivesUndef) {
  EXPECT_EQ(runPasses(R"(define @partial(i1 %c) -> i32 {
entry:
  %x = alloca size 4, align 4
  br i1 %c, %then, %join
then:
  store i32 1, ptr %x
  jmp %join
join:
  %v = load i32, ptr %x
  ret i32 %v
}
)",
                      {promoteAllocas}),
            R"(define @partial(i1 %c) -> i32 {
entry:
  br i1 %c, %then, %join
then:
  jmp %join
join:
  %x = phi i32 [undef, %entry], [1, %then]
  ret i32 %x
}
)");
}

TEST(IRMem2Reg, LoopCounterBecomesHeaderPhi) {
  EXPECT_EQ(runPasses(R"(define @loop(i32 %n) -> i32 {
entry:
  %i = alloca size 4, align 4
  %sum = alloca size 4, align 4
  store i32 0, ptr %i
  store i32 0, ptr %sum
  jmp %cond
cond:
  %0 = load i32, ptr %i
  %1 = icmp slt i32 %0, %n
  br i1 %1, %body, %exit
body:
  %2 = load i32, ptr %sum
  %3 = load i32, ptr %i
  %4 = add i32 %2, %3
  store i32 %4, ptr %sum
  %5 = add i32 %3, 1
  store i32 %5, ptr %i
  jmp %cond
exit:
  %6 = load i32, ptr %sum
  ret i32 %6
}
)",
                      {promoteAllocas}),
            R"(define @loop(i32 %n) -> i32 {
entry:
  jmp %cond
cond:
  %i = phi i32 [0, %entry], [%2, %body]
  %sum = phi i32 [0, %entry], [%1, %body]
  %0 = icmp slt i32 %i, %n
  br i1 %0, %body, %exit
body:
  %1 = add i32 %sum, %i
  %2 = add i32 %i, 1
  jmp %cond
exit:
  ret i32 %sum
}
)");
}

TEST(IRMem2Reg, LoadBeforeAnyStoreIsUndef) {
  EXPECT_EQ(runPasses(R"(define @uninit() -> i64 {
entry:
  %x = alloca size 8, align 8
  %v = load i64, ptr %x
  store i64 5, ptr %x
  ret i64 %v
}
)",
                      {promoteAllocas}),
            R"(define @uninit() -> i64 {
entry:
  ret i64 undef
}
)");
}

TEST(IRMem2Reg, EscapingMixedVolatileAndPartialSlotsStay) {
  EXPECT_EQ(runPasses(R"(declare @use(ptr) -> void

define @notPromoted(i32 %a) -> i32 {
entry:
  %escapes = alloca size 4, align 4
  %mixed = alloca size 4, align 4
  %vol = alloca size 4, align 4
  %small = alloca size 8, align 8
  %stored = alloca size 8, align 8
  %unused = alloca size 4, align 4
  store i32 %a, ptr %escapes
  call (ptr) -> void @use(ptr %escapes)
  store i32 %a, ptr %mixed
  %b = load i8, ptr %mixed
  store volatile i32 %a, ptr %vol
  %c = load i32, ptr %vol
  store i32 %a, ptr %small
  %d = load i32, ptr %small
  store ptr %stored, ptr %stored
  %e = sext i8 %b to i32
  %f = add i32 %c, %d
  %g = add i32 %e, %f
  ret i32 %g
}
)",
                      {promoteAllocas}),
            R"(declare @use(ptr) -> void

define @notPromoted(i32 %a) -> i32 {
entry:
  %escapes = alloca size 4, align 4
  %mixed = alloca size 4, align 4
  %vol = alloca size 4, align 4
  %small = alloca size 8, align 8
  %stored = alloca size 8, align 8
  store i32 %a, ptr %escapes
  call (ptr) -> void @use(ptr %escapes)
  store i32 %a, ptr %mixed
  %b = load i8, ptr %mixed
  store volatile i32 %a, ptr %vol
  %c = load i32, ptr %vol
  store i32 %a, ptr %small
  %d = load i32, ptr %small
  store ptr %stored, ptr %stored
  %e = sext i8 %b to i32
  %f = add i32 %c, %d
  %g = add i32 %e, %f
  ret i32 %g
}
)");
}

TEST(IRMem2Reg, NestedLoops) {
  EXPECT_EQ(runPasses(R"(define @nested(i32 %n) -> i32 {
entry:
  %i = alloca size 4, align 4
  %j = alloca size 4, align 4
  %acc = alloca size 4, align 4
  store i32 0, ptr %acc
  store i32 0, ptr %i
  jmp %outer
outer:
  %0 = load i32, ptr %i
  %1 = icmp slt i32 %0, %n
  br i1 %1, %outerBody, %done
outerBody:
  store i32 0, ptr %j
  jmp %inner
inner:
  %2 = load i32, ptr %j
  %3 = icmp slt i32 %2, %0
  br i1 %3, %innerBody, %outerLatch
innerBody:
  %4 = load i32, ptr %acc
  %5 = add i32 %4, %2
  store i32 %5, ptr %acc
  %6 = add i32 %2, 1
  store i32 %6, ptr %j
  jmp %inner
outerLatch:
  %7 = add i32 %0, 1
  store i32 %7, ptr %i
  jmp %outer
done:
  %8 = load i32, ptr %acc
  ret i32 %8
}
)",
                      {promoteAllocas}),
            R"(define @nested(i32 %n) -> i32 {
entry:
  jmp %outer
outer:
  %i = phi i32 [0, %entry], [%4, %outerLatch]
  %acc = phi i32 [0, %entry], [%acc.1, %outerLatch]
  %0 = icmp slt i32 %i, %n
  br i1 %0, %outerBody, %done
outerBody:
  jmp %inner
inner:
  %j = phi i32 [0, %outerBody], [%3, %innerBody]
  %acc.1 = phi i32 [%acc, %outerBody], [%2, %innerBody]
  %1 = icmp slt i32 %j, %i
  br i1 %1, %innerBody, %outerLatch
innerBody:
  %2 = add i32 %acc.1, %j
  %3 = add i32 %j, 1
  jmp %inner
outerLatch:
  %4 = add i32 %i, 1
  jmp %outer
done:
  ret i32 %acc
}
)");
}

TEST(IRMem2Reg, StoresNeverLoadedNeedNoPhi) {
  EXPECT_EQ(runPasses(R"(define @deadStoresOnly(i1 %c) -> void {
entry:
  %x = alloca size 4, align 4
  br i1 %c, %a, %b
a:
  store i32 1, ptr %x
  jmp %b
b:
  ret void
}
)",
                      {promoteAllocas}),
            R"(define @deadStoresOnly(i1 %c) -> void {
entry:
  br i1 %c, %a, %b
a:
  jmp %b
b:
  ret void
}
)");
}

TEST(IRMem2Reg, UnreachablePredecessorGivesUndef) {
  EXPECT_EQ(runPasses(R"(define @unreachablePred(i1 %c) -> i32 {
entry:
  %x = alloca size 4, align 4
  store i32 7, ptr %x
  br i1 %c, %join, %other
other:
  store i32 8, ptr %x
  jmp %join
dead:
  store i32 9, ptr %x
  %d = load i32, ptr %x
  jmp %join
join:
  %v = load i32, ptr %x
  ret i32 %v
}
)",
                      {promoteAllocas}),
            R"(define @unreachablePred(i1 %c) -> i32 {
entry:
  br i1 %c, %join, %other
other:
  jmp %join
dead:
  jmp %join
join:
  %x = phi i32 [7, %entry], [8, %other], [undef, %dead]
  ret i32 %x
}
)");
}

TEST(IRMem2Reg, FunctionsWithoutAllocasAreUnchanged) {
  const char* text = "define @f(i32 %a) -> i32 {\nentry:\n  ret i32 %a\n}\n";
  auto m = passtest::parseOrFail(text);
  EXPECT_FALSE(promoteAllocas(*m->functions[0]));
  EXPECT_EQ(passtest::printed(*m), text);
}

} // namespace
