// Golden tests for simplifycfg, instsimplify, dce and gvn, and for the pass pipeline's options.
#include "IRPassTesting.h"
#include "ir/Diagnostics.h"

using namespace minicc;
using namespace minicc::ir;
using passtest::runPasses;

namespace {

TEST(IRSimplifyCFG, BranchOnConstantFoldsAndMerges) {
  EXPECT_EQ(runPasses(R"(define @f(i32 %a) -> i32 {
entry:
  br i1 true, %yes, %no
yes:
  jmp %join
no:
  jmp %join
join:
  %p = phi i32 [1, %yes], [2, %no]
  ret i32 %p
}
)",
                      {simplifyCFG}),
            R"(define @f(i32 %a) -> i32 {
entry:
  ret i32 1
}
)");
}

TEST(IRSimplifyCFG, SwitchOnConstantOrOneDestination) {
  EXPECT_EQ(runPasses(R"(define @f(i32 %a) -> i32 {
entry:
  switch i32 7, %def [1: %one, 7: %seven]
one:
  ret i32 1
seven:
  ret i32 7
def:
  ret i32 0
}

define @g(i32 %a) -> i32 {
entry:
  switch i32 %a, %x [1: %x, 2: %x]
x:
  ret i32 %a
}
)",
                      {simplifyCFG}),
            R"(define @f(i32 %a) -> i32 {
entry:
  ret i32 7
}

define @g(i32 %a) -> i32 {
entry:
  ret i32 %a
}
)");
}

TEST(IRSimplifyCFG, ChainsMergeIntoOneBlock) {
  EXPECT_EQ(runPasses(R"(define @f(i32 %a) -> i32 {
entry:
  %b = add i32 %a, 1
  jmp %second
second:
  %p = phi i32 [%b, %entry]
  %c = mul i32 %p, 2
  jmp %third
third:
  %d = sub i32 %c, %a
  ret i32 %d
}
)",
                      {simplifyCFG}),
            R"(define @f(i32 %a) -> i32 {
entry:
  %b = add i32 %a, 1
  %c = mul i32 %b, 2
  %d = sub i32 %c, %a
  ret i32 %d
}
)");
}

TEST(IRSimplifyCFG, UnreachableBlocksAndTheirPhiEntriesGo) {
  EXPECT_EQ(runPasses(R"(define @f(i1 %c) -> i32 {
entry:
  br i1 %c, %a, %join
a:
  jmp %join
orphan:
  %x = add i32 1, 2
  jmp %join
join:
  %p = phi i32 [1, %entry], [2, %a], [%x, %orphan]
  ret i32 %p
}
)",
                      {simplifyCFG}),
            R"(define @f(i1 %c) -> i32 {
entry:
  br i1 %c, %a, %join
a:
  jmp %join
join:
  %p = phi i32 [1, %entry], [2, %a]
  ret i32 %p
}
)");
}

TEST(IRSimplifyCFG, EmptyLatchIsBypassed) {
  EXPECT_EQ(runPasses(R"(define @f(i32 %n) -> i32 {
entry:
  jmp %head
head:
  %i = phi i32 [0, %entry], [%next, %latch]
  %c = icmp slt i32 %i, %n
  br i1 %c, %body, %exit
body:
  %next = add i32 %i, 1
  jmp %latch
latch:
  jmp %head
exit:
  ret i32 %i
}
)",
                      {simplifyCFG}),
            R"(define @f(i32 %n) -> i32 {
entry:
  jmp %head
head:
  %i = phi i32 [0, %entry], [%next, %body]
  %c = icmp slt i32 %i, %n
  br i1 %c, %body, %exit
body:
  %next = add i32 %i, 1
  jmp %head
exit:
  ret i32 %i
}
)");
}

TEST(IRSimplifyCFG, EmptyBlockBypassedWhenItsPredecessorsJumpOnlyThere) {
  EXPECT_EQ(runPasses(R"(declare @g() -> void

define @f(i1 %c, i1 %d) -> i32 {
entry:
  br i1 %c, %mid, %other
mid:
  br i1 %d, %l1, %l2
l1:
  call () -> void @g()
  jmp %empty
l2:
  call () -> void @g()
  jmp %empty
empty:
  jmp %join
other:
  jmp %join
join:
  %p = phi i32 [1, %empty], [2, %other]
  ret i32 %p
}
)",
                      {simplifyCFG}),
            R"(declare @g() -> void

define @f(i1 %c, i1 %d) -> i32 {
entry:
  br i1 %c, %mid, %other
mid:
  br i1 %d, %l1, %l2
l1:
  call () -> void @g()
  jmp %join
l2:
  call () -> void @g()
  jmp %join
other:
  jmp %join
join:
  %p = phi i32 [2, %other], [1, %l1], [1, %l2]
  ret i32 %p
}
)");
}

TEST(IRSimplifyCFG, EmptyBlockOnACriticalEdgeIntoPhisStays) {
  EXPECT_EQ(runPasses(R"(declare @g() -> void

define @f(i1 %c, i1 %d) -> i32 {
entry:
  br i1 %c, %mid, %other
mid:
  br i1 %d, %l1, %l2
l1:
  call () -> void @g()
  jmp %empty
l2:
  jmp %empty
empty:
  jmp %join
other:
  jmp %join
join:
  %p = phi i32 [1, %empty], [2, %other]
  ret i32 %p
}
)",
                      {simplifyCFG}),
            R"(declare @g() -> void

define @f(i1 %c, i1 %d) -> i32 {
entry:
  br i1 %c, %mid, %other
mid:
  br i1 %d, %l1, %empty
l1:
  call () -> void @g()
  jmp %empty
empty:
  jmp %join
other:
  jmp %join
join:
  %p = phi i32 [1, %empty], [2, %other]
  ret i32 %p
}
)");
}

TEST(IRInstSimplify, IdentitiesCollapse) {
  EXPECT_EQ(runPasses(R"(define @identities(i32 %x, i1 %c) -> i32 {
entry:
  %a = add i32 %x, 0
  %b = mul i32 1, %a
  %z = mul i32 %b, 0
  %m = and i32 %b, -1
  %o = or i32 %m, %z
  %s = sub i32 %o, %o
  %x2 = xor i32 %o, %s
  %sh = shl i32 %x2, 0
  %d = sdiv i32 %sh, 1
  %sel = select i1 true, i32 %d, 99
  %same = select i1 %c, i32 %sel, %sel
  %eq = icmp eq i32 %same, %same
  %ult = icmp ult i32 %same, 0
  %k = select i1 %eq, i32 %same, 5
  %k2 = select i1 %ult, i32 5, %k
  ret i32 %k2
}
)",
                      {simplifyInstructions}),
            R"(define @identities(i32 %x, i1 %c) -> i32 {
entry:
  ret i32 %x
}
)");
}

TEST(IRInstSimplify, UndefinedOperationsAreNotFolded) {
  EXPECT_EQ(runPasses(R"(define @notFolded(i32 %x) -> i32 {
entry:
  %a = sdiv i32 -2147483648, -1
  %b = srem i32 -2147483648, -1
  %c = udiv i32 7, 0
  %d = shl i32 1, 32
  %e = fptosi f64 3e+10 to i32
  %f = fptoui f64 -1.0 to i32
  %g = fptosi f64 nan to i32
  %h = add i32 %a, %b
  %i = add i32 %c, %d
  %j = add i32 %e, %f
  %k = add i32 %h, %i
  %l = add i32 %j, %g
  %r = add i32 %k, %l
  ret i32 %r
}
)",
                      {simplifyInstructions}),
            R"(define @notFolded(i32 %x) -> i32 {
entry:
  %a = sdiv i32 -2147483648, -1
  %b = srem i32 -2147483648, -1
  %c = udiv i32 7, 0
  %d = shl i32 1, 32
  %e = fptosi f64 3e+10 to i32
  %f = fptoui f64 -1.0 to i32
  %g = fptosi f64 0x7FF8000000000000 to i32
  %h = add i32 %a, %b
  %i = add i32 %c, %d
  %j = add i32 %e, %f
  %k = add i32 %h, %i
  %l = add i32 %j, %g
  %r = add i32 %k, %l
  ret i32 %r
}
)");
}

TEST(IRInstSimplify, ConstantsFoldPerWidth) {
  EXPECT_EQ(runPasses(R"(define @constants() -> i64 {
entry:
  %a = add i8 127, 1
  %b = sext i8 %a to i64
  %c = udiv i16 -1, 3
  %d = zext i16 %c to i64
  %e = ashr i32 -8, 1
  %f = lshr i32 -8, 28
  %g = sext i32 %e to i64
  %h = zext i32 %f to i64
  %i = fptosi f64 -2.75 to i64
  %j = add i64 %b, %d
  %k = add i64 %g, %h
  %l = add i64 %j, %k
  %m = add i64 %l, %i
  ret i64 %m
}
)",
                      {simplifyInstructions}),
            R"(define @constants() -> i64 {
entry:
  ret i64 21726
}
)");
}

TEST(IRInstSimplify, PhiOfOneValue) {
  EXPECT_EQ(runPasses(R"(define @phis(i1 %c, i32 %v) -> i32 {
entry:
  br i1 %c, %a, %b
a:
  jmp %b
b:
  %p = phi i32 [%v, %entry], [%v, %a]
  ret i32 %p
}
)",
                      {simplifyInstructions}),
            R"(define @phis(i1 %c, i32 %v) -> i32 {
entry:
  br i1 %c, %a, %b
a:
  jmp %b
b:
  ret i32 %v
}
)");
}

TEST(IRInstSimplify, PhiOfItselfAndOneValue) {
  EXPECT_EQ(runPasses(R"(define @loopPhi(i32 %v, i32 %n) -> i32 {
entry:
  jmp %head
head:
  %p = phi i32 [%v, %entry], [%p, %head]
  %c = icmp slt i32 %p, %n
  br i1 %c, %head, %exit
exit:
  ret i32 %p
}
)",
                      {simplifyInstructions}),
            R"(define @loopPhi(i32 %v, i32 %n) -> i32 {
entry:
  jmp %head
head:
  %c = icmp slt i32 %v, %n
  br i1 %c, %head, %exit
exit:
  ret i32 %v
}
)");
}

TEST(IRDeadCode, KeepsSideEffectsAndRemovesTheRest) {
  EXPECT_EQ(runPasses(R"(declare @sink(i32) -> i32

define @f(i32 %n, ptr %p) -> void {
entry:
  %unusedSlot = alloca size 4, align 4
  %usedSlot = alloca size 4, align 4
  store i32 %n, ptr %usedSlot
  %dead = mul i32 %n, %n
  %deadLoad = load i32, ptr %p
  %keptLoad = load volatile i32, ptr %p
  %r = call (i32) -> i32 @sink(i32 %n)
  %div = sdiv i32 %n, 0
  jmp %head
head:
  %i = phi i32 [0, %entry], [%i2, %head]
  %junk = phi i32 [0, %entry], [%junk2, %head]
  %junk2 = add i32 %junk, 1
  %i2 = add i32 %i, 1
  %c = icmp slt i32 %i2, %n
  br i1 %c, %head, %exit
exit:
  ret void
}
)",
                      {eliminateDeadCode}),
            R"(declare @sink(i32) -> i32

define @f(i32 %n, ptr %p) -> void {
entry:
  %usedSlot = alloca size 4, align 4
  store i32 %n, ptr %usedSlot
  %keptLoad = load volatile i32, ptr %p
  %r = call (i32) -> i32 @sink(i32 %n)
  jmp %head
head:
  %i = phi i32 [0, %entry], [%i2, %head]
  %i2 = add i32 %i, 1
  %c = icmp slt i32 %i2, %n
  br i1 %c, %head, %exit
exit:
  ret void
}
)");
}

TEST(IRValueNumbering, DominatedDuplicatesMergeSiblingsAndLoadsDoNot) {
  EXPECT_EQ(runPasses(R"(define @f(i32 %a, i32 %b, i1 %c, ptr %p) -> i32 {
entry:
  %x = add i32 %a, %b
  %y = add i32 %b, %a
  %s1 = sub i32 %a, %b
  %s2 = sub i32 %b, %a
  %l1 = load i32, ptr %p
  %l2 = load i32, ptr %p
  br i1 %c, %then, %else
then:
  %t = mul i32 %x, %y
  %u = add i32 %a, %b
  jmp %join
else:
  %t2 = mul i32 %x, %y
  jmp %join
join:
  %m = phi i32 [%t, %then], [%t2, %else]
  %w = mul i32 %x, %x
  %e1 = sext i32 %w to i64
  %e2 = zext i32 %w to i64
  %q = add i64 %e1, %e2
  %q32 = trunc i64 %q to i32
  %r1 = add i32 %m, %q32
  %r2 = add i32 %s1, %s2
  %r3 = add i32 %l1, %l2
  %r4 = add i32 %r1, %r2
  %r5 = add i32 %r3, %r4
  ret i32 %r5
}
)",
                      {numberValues}),
            R"(define @f(i32 %a, i32 %b, i1 %c, ptr %p) -> i32 {
entry:
  %x = add i32 %a, %b
  %s1 = sub i32 %a, %b
  %s2 = sub i32 %b, %a
  %l1 = load i32, ptr %p
  %l2 = load i32, ptr %p
  br i1 %c, %then, %else
then:
  %t = mul i32 %x, %x
  jmp %join
else:
  %t2 = mul i32 %x, %x
  jmp %join
join:
  %m = phi i32 [%t, %then], [%t2, %else]
  %w = mul i32 %x, %x
  %e1 = sext i32 %w to i64
  %e2 = zext i32 %w to i64
  %q = add i64 %e1, %e2
  %q32 = trunc i64 %q to i32
  %r1 = add i32 %m, %q32
  %r2 = add i32 %s1, %s2
  %r3 = add i32 %l1, %l2
  %r4 = add i32 %r1, %r2
  %r5 = add i32 %r3, %r4
  ret i32 %r5
}
)");
}

// Invariants climb to the outermost preheader they can reach; %row only to the inner one; a
// division by a variable (it may trap) and a load stay in the loop.
TEST(IRLoopInvariantCodeMotion, HoistsSafeInvariantsOutOfNestedLoops) {
  EXPECT_EQ(runPasses(R"(define @f(i32 %n, i32 %a, i32 %b, ptr %p) -> i32 {
entry:
  jmp %outer
outer:
  %i = phi i32 [0, %entry], [%i2, %outerLatch]
  %sum = phi i32 [0, %entry], [%sum2, %outerLatch]
  %c = icmp slt i32 %i, %n
  br i1 %c, %innerPre, %exit
innerPre:
  jmp %inner
inner:
  %j = phi i32 [0, %innerPre], [%j2, %inner]
  %acc = phi i32 [%sum, %innerPre], [%acc2, %inner]
  %ab = mul i32 %a, %b
  %abc = add i32 %ab, 7
  %row = mul i32 %i, %n
  %q = sdiv i32 %a, %b
  %r = sdiv i32 %ab, 3
  %v = load i32, ptr %p
  %t1 = add i32 %acc, %abc
  %t2 = add i32 %t1, %row
  %t3 = add i32 %t2, %q
  %t4 = add i32 %t3, %r
  %acc2 = add i32 %t4, %v
  %j2 = add i32 %j, 1
  %more = icmp slt i32 %j2, %n
  br i1 %more, %inner, %outerLatch
outerLatch:
  %sum2 = phi i32 [%acc2, %inner]
  %i2 = add i32 %i, 1
  jmp %outer
exit:
  ret i32 %sum
}

)",
                      {hoistLoopInvariants}),
            R"(define @f(i32 %n, i32 %a, i32 %b, ptr %p) -> i32 {
entry:
  %ab = mul i32 %a, %b
  %abc = add i32 %ab, 7
  %r = sdiv i32 %ab, 3
  jmp %outer
outer:
  %i = phi i32 [0, %entry], [%i2, %outerLatch]
  %sum = phi i32 [0, %entry], [%sum2, %outerLatch]
  %c = icmp slt i32 %i, %n
  br i1 %c, %innerPre, %exit
innerPre:
  %row = mul i32 %i, %n
  jmp %inner
inner:
  %j = phi i32 [0, %innerPre], [%j2, %inner]
  %acc = phi i32 [%sum, %innerPre], [%acc2, %inner]
  %q = sdiv i32 %a, %b
  %v = load i32, ptr %p
  %t1 = add i32 %acc, %abc
  %t2 = add i32 %t1, %row
  %t3 = add i32 %t2, %q
  %t4 = add i32 %t3, %r
  %acc2 = add i32 %t4, %v
  %j2 = add i32 %j, 1
  %more = icmp slt i32 %j2, %n
  br i1 %more, %inner, %outerLatch
outerLatch:
  %sum2 = phi i32 [%acc2, %inner]
  %i2 = add i32 %i, 1
  jmp %outer
exit:
  ret i32 %sum
}
)");
}

TEST(IRLoopInvariantCodeMotion, LoopWithoutPreheaderIsLeftAlone) {
  const char* text = R"(define @f(i1 %c, i32 %a) -> i32 {
entry:
  br i1 %c, %loop, %exit
loop:
  %x = mul i32 %a, 3
  br i1 %c, %loop, %exit
exit:
  ret i32 %a
}
)";
  EXPECT_EQ(runPasses(text, {hoistLoopInvariants}), text);
}

const char* loopWithLocals = R"(define @f(i32 %n) -> i32 {
entry:
  %i = alloca size 4, align 4
  store i32 0, ptr %i
  jmp %head
head:
  %0 = load i32, ptr %i
  %1 = icmp slt i32 %0, %n
  br i1 %1, %body, %exit
body:
  %2 = add i32 %0, 1
  store i32 %2, ptr %i
  jmp %head
exit:
  ret i32 %0
}
)";

TEST(IRPipeline, PrintAfterAllNamesEveryPassOfTheLevel) {
  auto m = passtest::parseOrFail(loopWithLocals);
  std::ostringstream out;
  PassOptions options;
  options.optLevel = 2;
  options.printAfter = "all";
  options.printStream = &out;
  runPassPipeline(*m, options);
  std::string text = out.str();
  std::vector<std::string> headers;
  for (std::size_t at = text.find("; IR after "); at != std::string::npos;
       at = text.find("; IR after ", at + 1))
    headers.push_back(text.substr(at, text.find('\n', at) - at));
  EXPECT_EQ(headers, (std::vector<std::string>{"; IR after mem2reg", "; IR after instsimplify",
                                               "; IR after simplifycfg", "; IR after licm",
                                               "; IR after gvn", "; IR after instsimplify",
                                               "; IR after simplifycfg", "; IR after dce"}));
}

TEST(IRPipeline, PrintAfterOnePass) {
  auto m = passtest::parseOrFail(loopWithLocals);
  std::ostringstream out;
  PassOptions options;
  options.printAfter = "mem2reg";
  options.printStream = &out;
  runPassPipeline(*m, options);
  EXPECT_EQ(out.str(), "; IR after mem2reg\n" + passtest::printed(*m));
  EXPECT_EQ(out.str().find("alloca"), std::string::npos);
}

TEST(IRPipeline, EveryLevelPromotesAllocas) {
  for (int level = 0; level <= 2; ++level) {
    auto m = passtest::parseOrFail(loopWithLocals);
    PassOptions options;
    options.optLevel = level;
    options.verifyEach = true;
    runPassPipeline(*m, options);
    std::string text = passtest::printed(*m);
    EXPECT_EQ(text.find("alloca"), std::string::npos) << "-O" << level << "\n" << text;
    EXPECT_NE(text.find("phi i32"), std::string::npos) << "-O" << level << "\n" << text;
  }
}

TEST(IRPipeline, VerifyEachReportsInvalidInputAsAnInternalError) {
  auto m = passtest::parseOrFail("define @f() -> i32 {\nentry:\n  ret i64 1\n}\n");
  PassOptions options;
  options.verifyEach = true;
  try {
    runPassPipeline(*m, options);
    ADD_FAILURE() << "no internal error";
  } catch (const InternalError& e) {
    EXPECT_EQ(std::string(e.what()),
              "invalid IR before the passes:\n  @f: block %entry: 'ret i64 1': returns i64 from "
              "a function returning i32");
  }
}

} // namespace
