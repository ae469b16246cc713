// Unit tests for ir/Verifier.h: the corpus verifies cleanly; each invariant, when broken, gives
// its message naming the function, block and instruction.
#include "IRCorpus.h"
#include "ir/Builder.h"
#include "ir/TextIO.h"
#include "ir/Verifier.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <sstream>

using namespace minicc;
using namespace minicc::ir;

namespace {

std::unique_ptr<Module> parse(const std::string& text) {
  std::ostringstream errors;
  DiagnosticEngine diags(errors);
  auto m = parseModule(text, "t.ir", diags);
  EXPECT_NE(m, nullptr) << errors.str();
  return m;
}

std::string join(const std::vector<std::string>& problems) {
  std::string all;
  for (auto& p : problems) all += p + "\n";
  return all;
}

std::string verifyText(const std::string& text) {
  auto m = parse(text);
  return m ? join(verifyModule(*m)) : "<parse error>";
}

TEST(IRVerifier, AcceptsTheWholeCorpus) {
  for (auto& entry : corpus::irCorpus()) {
    auto m = parse(entry.text);
    ASSERT_NE(m, nullptr) << entry.name;
    EXPECT_EQ(join(verifyModule(*m)), "") << entry.name;
  }
}

struct VerifierCase {
  const char* name;
  const char* text;
  const char* message; // the verifier's whole output
};

class VerifierRejects : public ::testing::TestWithParam<VerifierCase> {};

TEST_P(VerifierRejects, WithTheExpectedMessage) {
  EXPECT_EQ(verifyText(GetParam().text), GetParam().message);
}

const VerifierCase verifierCases[] = {
    {"MissingTerminator", "define @f() -> void {\nentry:\n  %a = add i32 1, 2\n}\n",
     "@f: block %entry: '%a = add i32 1, 2': the block does not end in a terminator\n"},
    {"TerminatorInTheMiddle", "define @f() -> void {\nentry:\n  ret void\n  ret void\n}\n",
     "@f: block %entry: 'ret void': terminator before the end of the block\n"},
    {"EmptyBlock", "define @f() -> void {\nentry:\n  jmp %b\nb:\nc:\n  ret void\n}\n",
     "@f: block %b: is empty (a block ends in a terminator)\n"},
    {"PhiAfterNonPhi",
     "define @f() -> i32 {\nentry:\n  jmp %b\nb:\n  %x = add i32 1, 2\n  %p = phi i32 [1, "
     "%entry]\n  ret i32 %p\n}\n",
     "@f: block %b: '%p = phi i32 [1, %entry]': phi after a non-phi instruction\n"},
    {"PhiMissingPredecessor",
     "define @f(i1 %c) -> i32 {\nentry:\n  br i1 %c, %a, %b\na:\n  jmp %b\nb:\n  %p = phi i32 "
     "[1, %a]\n  ret i32 %p\n}\n",
     "@f: block %b: '%p = phi i32 [1, %a]': no entry for predecessor %entry\n"},
    {"PhiFromNonPredecessor",
     "define @f() -> i32 {\nentry:\n  jmp %b\na:\n  jmp %a\nb:\n  %p = phi i32 [1, %entry], [2, "
     "%a]\n  ret i32 %p\n}\n",
     "@f: block %b: '%p = phi i32 [1, %entry], [2, %a]': incoming block %a is not a "
     "predecessor\n"},
    {"PhiTwiceForOnePredecessor",
     "define @f(i1 %c) -> i32 {\nentry:\n  br i1 %c, %b, %b\nb:\n  %p = phi i32 [1, %entry], [2, "
     "%entry]\n  ret i32 %p\n}\n",
     "@f: block %b: '%p = phi i32 [1, %entry], [2, %entry]': two entries for predecessor "
     "%entry\n"},
    {"UseNotDominated",
     "define @f(i1 %c) -> i32 {\nentry:\n  br i1 %c, %then, %join\nthen:\n  %x = add i32 1, 2\n "
     " jmp %join\njoin:\n  ret i32 %x\n}\n",
     "@f: block %join: 'ret i32 %x': use of %x is not dominated by its definition\n"},
    {"UseBeforeDefinitionInBlock",
     "define @f() -> i32 {\nentry:\n  %y = add i32 %x, 1\n  %x = add i32 1, 2\n  ret i32 %y\n}\n",
     "@f: block %entry: '%y = add i32 %x, 1': use of %x is not dominated by its definition\n"},
    {"PhiValueNotAvailableAtPredecessorEnd",
     "define @f(i1 %c) -> i32 {\nentry:\n  br i1 %c, %a, %b\na:\n  %x = add i32 1, 2\n  jmp "
     "%b\nb:\n  %p = phi i32 [%x, %entry], [%x, %a]\n  ret i32 %p\n}\n",
     "@f: block %b: '%p = phi i32 [%x, %entry], [%x, %a]': use of %x is not dominated by its "
     "definition\n"},
    {"AllocaOutsideEntry",
     "define @f() -> void {\nentry:\n  jmp %b\nb:\n  %p = alloca size 4, align 4\n  ret void\n}\n",
     "@f: block %b: '%p = alloca size 4, align 4': alloca outside the entry block\n"},
    {"EntryIsABranchTarget", "define @f() -> void {\nentry:\n  jmp %entry\n}\n",
     "@f: block %entry: the entry block is the target of a branch from %entry\n"},
    {"AddOnPointer", "define @f(ptr %p) -> ptr {\nentry:\n  %q = add ptr %p, %p\n  ret ptr %q\n}\n",
     "@f: block %entry: '%q = add ptr %p, %p': expected an integer type i8..i64, got ptr\n"},
    {"ArithmeticOnI1", "define @f() -> i1 {\nentry:\n  %q = add i1 true, true\n  ret i1 %q\n}\n",
     "@f: block %entry: '%q = add i1 true, true': expected an integer type i8..i64, got i1\n"},
    {"FloatArithmeticOnInteger",
     "define @f() -> i32 {\nentry:\n  %q = fadd i32 1, 2\n  ret i32 %q\n}\n",
     "@f: block %entry: '%q = fadd i32 1, 2': expected a floating type, got i32\n"},
    {"SextToNarrower", "define @f() -> i8 {\nentry:\n  %q = sext i32 1 to i8\n  ret i8 %q\n}\n",
     "@f: block %entry: '%q = sext i32 1 to i8': invalid sext from i32 to i8\n"},
    {"PtrToIntNotI64",
     "define @f(ptr %p) -> i32 {\nentry:\n  %q = ptrtoint ptr %p to i32\n  ret i32 %q\n}\n",
     "@f: block %entry: '%q = ptrtoint ptr %p to i32': invalid ptrtoint from ptr to i32\n"},
    {"IcmpOnFloats", "define @f() -> i1 {\nentry:\n  %q = icmp eq f64 1.0, 2.0\n  ret i1 %q\n}\n",
     "@f: block %entry: '%q = icmp eq f64 1.0, 2.0': expected integer or ptr operands, got f64\n"},
    {"PtrAddWithI32",
     "define @f(ptr %p) -> ptr {\nentry:\n  %q = ptradd ptr %p, i32 4\n  ret ptr %q\n}\n",
     "@f: block %entry: '%q = ptradd ptr %p, i32 4': ptradd takes a ptr and an i64 and gives a "
     "ptr\n"},
    {"SelectOnI32",
     "define @f() -> i32 {\nentry:\n  %q = select i32 1, i32 2, 3\n  ret i32 %q\n}\n",
     "@f: block %entry: '%q = select i32 1, i32 2, 3': expected an i1 condition, got i32\n"},
    {"StoreToInteger", "define @f() -> void {\nentry:\n  store i32 1, i64 8\n  ret void\n}\n",
     "@f: block %entry: 'store i32 1, i64 8': expected a ptr address, got i64\n"},
    {"AlignmentNotPowerOfTwo",
     "define @f(ptr %p) -> i32 {\nentry:\n  %v = load i32, ptr %p, align 3\n  ret i32 %v\n}\n",
     "@f: block %entry: '%v = load i32, ptr %p, align 3': alignment must be a power of two\n"},
    {"BrOnI32", "define @f() -> void {\nentry:\n  br i32 1, %a, %a\na:\n  ret void\n}\n",
     "@f: block %entry: 'br i32 1, %a, %a': expected an i1 condition, got i32\n"},
    {"SwitchDuplicateCase",
     "define @f(i32 %x) -> void {\nentry:\n  switch i32 %x, %a [1: %a, 1: %a]\na:\n  ret void\n}\n",
     "@f: block %entry: 'switch i32 %x, %a [1: %a, 1: %a]': duplicate case value 1\n"},
    {"RetWrongType", "define @f() -> i32 {\nentry:\n  ret i64 1\n}\n",
     "@f: block %entry: 'ret i64 1': returns i64 from a function returning i32\n"},
    {"RetVoidFromI32", "define @f() -> i32 {\nentry:\n  ret void\n}\n",
     "@f: block %entry: 'ret void': ret takes 1 operand(s), has 0\n"},
    {"RetValueFromAggregateFunction",
     "type %s = { size 8, align 8, [0: i64] }\ndefine @f() -> %s {\nentry:\n  ret i64 1\n}\n",
     "@f: block %entry: 'ret i64 1': returns i64 from a function returning ptr\n"},
    {"CallTooFewArguments",
     "declare @g(i32, i32) -> void\ndefine @f() -> void {\nentry:\n  call (i32, i32) -> void "
     "@g(i32 1)\n  ret void\n}\n",
     "@f: block %entry: 'call (i32, i32) -> void @g(i32 1)': call passes 1 argument(s) to a "
     "signature with 2\n"},
    {"CallArgumentType",
     "declare @g(i32) -> void\ndefine @f() -> void {\nentry:\n  call (i32) -> void @g(i64 1)\n  "
     "ret void\n}\n",
     "@f: block %entry: 'call (i32) -> void @g(i64 1)': argument 1 has type i64, the signature "
     "says i32\n"},
    {"CallAggregateArgumentNotPtr",
     "type %s = { size 8, align 8, [0: i64] }\ndeclare @g(%s) -> void\ndefine @f() -> void "
     "{\nentry:\n  call (%s) -> void @g(i64 1)\n  ret void\n}\n",
     "@f: block %entry: 'call (%s) -> void @g(i64 1)': argument 1 has type i64, the signature "
     "says ptr\n"},
    {"VaStartInFixedFunction",
     "define @f(ptr %ap) -> void {\nentry:\n  vastart ptr %ap\n  ret void\n}\n",
     "@f: block %entry: 'vastart ptr %ap': vastart in a function that is not variadic\n"},
    {"ExtensionOnI32", "declare @g(i32 signext) -> void\n",
     "@g: signature: signext on i32 (only i1, i8 and i16 are extended)\n"},
    {"InitializerSize", "@g = global size 4, align 4 [zero 3]\n",
     "@g: initializer has 3 bytes for a size of 4\n"},
    {"GlobalAlignment", "@g = global size 4, align 6 [zero 4]\n",
     "@g: alignment must be a power of two\n"},
    {"ThreadLocalConstant", "@g = thread_local constant size 4, align 4 [zero 4]\n",
     "@g: a thread-local global cannot be constant\n"},
    {"ThreadLocalPrivate", "@g = private thread_local global size 4, align 4 [zero 4]\n",
     "@g: a thread-local global cannot be private\n"},
    {"AddressOfThreadLocal",
     "@t = thread_local global size 4, align 4\n@p = global size 8, align 8 [addr @t]\n",
     "@p: initializer takes the address of the thread-local @t\n"},
    {"LayoutMemberOutside", "type %t = { size 4, align 4, [2: i32] }\n",
     "type %t: member at offset 2 does not fit in 4 bytes\n"},
    {"LayoutSizeNotMultipleOfAlign", "type %t = { size 6, align 4, [0: i32] }\n",
     "type %t: size is not a multiple of the alignment\n"},
    {"LayoutContainsItself", "type %t = { size 8, align 8, [0: %t] }\n",
     "type %t: contains itself\n"},
};

INSTANTIATE_TEST_SUITE_P(IRVerifier, VerifierRejects, ::testing::ValuesIn(verifierCases),
                         [](const auto& info) { return std::string(info.param.name); });

// ---------------------------------------------------------------- cases text cannot express

struct Fixture {
  Module m;
  Builder b{m};
  Function* f;
  Fixture() {
    Signature sig;
    sig.returnType = Type::voidTy();
    sig.params = {Type::i32()};
    f = m.createFunction("f", sig);
    b.setInsertPoint(f->createBlock("entry"));
  }
};

TEST(IRVerifier, RejectsVolatileArithmetic) {
  Fixture x;
  x.b.binary(Opcode::Add, x.f->arguments[0].get(), x.b.constInt(Type::i32(), 1))->isVolatile = true;
  x.b.ret();
  EXPECT_EQ(join(verifyModule(x.m)),
            "@f: block %entry: '%1 = add i32 %0, 1': only load, store and memcopy can be "
            "volatile\n");
}

TEST(IRVerifier, RejectsAnIcmpPredicateOnFcmp) {
  Fixture x;
  x.b.fcmp(Predicate::SLt, x.b.constFloat(Type::f64(), 1), x.b.constFloat(Type::f64(), 2));
  x.b.ret();
  EXPECT_EQ(join(verifyModule(x.m)),
            "@f: block %entry: '%1 = fcmp slt f64 1.0, 2.0': predicate 'slt' is not an fcmp "
            "predicate\n");
}

TEST(IRVerifier, RejectsAVaArgOfAnAggregateThatDoesNotYieldAPtr) {
  Fixture x;
  AggregateLayout* pair = x.m.createLayout("pair");
  pair->size = 16;
  pair->align = 8;
  pair->members = {{0, Type::i64()}, {8, Type::i64()}};
  Instruction* fetch = x.b.vaArg(Type::aggregate(pair), x.b.alloca(24, 8));
  fetch->setType(Type::i64()); // as a buggy producer might make it
  x.b.ret();
  EXPECT_EQ(join(verifyModule(x.m)),
            "@f: block %entry: '%2 = vaarg %pair, ptr %1': expected a ptr result, got i64\n");
}

TEST(IRVerifier, RejectsACallWhoseVariadicTypesDoNotMatchItsArguments) {
  Fixture x;
  Signature variadic;
  variadic.returnType = Type::voidTy();
  variadic.isVariadic = true;
  Function* g = x.m.createFunction("g", variadic);
  Instruction* call = x.b.call(g, variadic, {x.f->arguments[0].get()});
  EXPECT_EQ(call->variadicTypes, std::vector<Type>{Type::i32()}); // filled from the operand
  call->variadicTypes.clear();
  x.b.ret();
  EXPECT_EQ(join(verifyModule(x.m)),
            "@f: block %entry: 'call (...) -> void @g(i32 %0)': call has 0 variadic type(s) for "
            "1 variadic argument(s)\n");
}

TEST(IRVerifier, RejectsNullOperandsAndForeignValues) {
  Fixture x;
  Signature sig;
  sig.returnType = Type::voidTy();
  sig.params = {Type::i32()};
  Function* g = x.m.createFunction("g", sig);
  x.b.make(Opcode::Neg, Type::i32(), {nullptr});
  x.b.unary(Opcode::Neg, g->arguments[0].get());
  x.b.ret();
  std::string problems = join(verifyModule(x.m));
  EXPECT_NE(problems.find("'%1 = neg i32 <null>': operand 0 is null"), std::string::npos)
      << problems;
  EXPECT_NE(problems.find("'%2 = neg i32 %<badref>': operand 0 is an argument of another "
                          "function"),
            std::string::npos)
      << problems;
}

TEST(IRVerifier, RejectsDuplicateSymbolsAndUnknownAddressTargets) {
  Module m;
  m.createGlobal("x", 4, 4)->hasInitializer = false;
  GlobalVariable* dup = m.createGlobal("x", 8, 8);
  dup->hasInitializer = true;
  InitPiece piece;
  piece.kind = InitPiece::Kind::Address;
  piece.symbol = "nowhere";
  dup->initializer.push_back(piece);
  EXPECT_EQ(join(verifyModule(m)), "@x: the symbol is defined twice\n"
                                   "@x: initializer refers to the unknown symbol @nowhere\n");
}

TEST(IRVerifier, RejectsNonCanonicalCaseValues) {
  Fixture x;
  BasicBlock* out = x.f->createBlock("out");
  Instruction* sw =
      x.b.switchOn(x.b.make(Opcode::Trunc, Type::i8(), {x.f->arguments[0].get()}), out);
  Builder::addCase(sw, 255, out);
  x.b.setInsertPoint(out);
  x.b.ret();
  std::string problems = join(verifyModule(x.m));
  EXPECT_NE(problems.find("case value 255 is not sign-extended from i8"), std::string::npos)
      << problems;
}

TEST(IRVerifier, RejectsF32ConstantsFloatCannotHold) {
  Fixture x;
  x.b.unary(Opcode::FNeg, x.b.constFloat(Type::f32(), 0.1)); // the double nearest 0.1
  x.b.unary(Opcode::FNeg, x.b.constFloat(Type::f32(), static_cast<float>(0.1)));
  x.b.ret();
  std::string problems = join(verifyModule(x.m));
  EXPECT_NE(problems.find("operand 0 is an f32 constant that float cannot represent exactly"),
            std::string::npos)
      << problems;
  EXPECT_EQ(std::count(problems.begin(), problems.end(), '\n'), 1) << problems;
}

TEST(IRVerifier, RejectsF64ConstantsDoubleCannotHold) {
  Fixture x;
  x.b.unary(Opcode::FNeg, x.b.constFloat(Type::f64(), 0.1L)); // the long double nearest 0.1
  x.b.unary(Opcode::FNeg, x.b.constFloat(Type::f64(), 0.1));
  x.b.unary(Opcode::FNeg, x.b.constFloat(Type::f80(), 0.1L));
  x.b.ret();
  std::string problems = join(verifyModule(x.m));
  EXPECT_NE(problems.find("operand 0 is an f64 constant that double cannot represent exactly"),
            std::string::npos)
      << problems;
  EXPECT_EQ(std::count(problems.begin(), problems.end(), '\n'), 1) << problems;
}

TEST(IRVerifier, RejectsArgumentsThatDoNotMatchTheSignature) {
  Fixture x;
  x.f->arguments[0]->setType(Type::i64());
  x.b.ret();
  EXPECT_EQ(join(verifyModule(x.m)), "@f: argument 0 has type i64, the signature says i32\n");
}

TEST(IRVerifier, UsesInUnreachableBlocksAreNotCheckedForDominance) {
  EXPECT_EQ(verifyText("define @f() -> i32 {\nentry:\n  ret i32 0\ndead:\n  %y = add i32 %x, "
                       "1\n  %x = add i32 %y, 1\n  jmp %dead\n}\n"),
            "");
}

TEST(IRVerifier, LoopsThroughPhisVerify) {
  EXPECT_EQ(verifyText("define @f(i32 %n) -> i32 {\nentry:\n  jmp %h\nh:\n  %i = phi i32 [0, "
                       "%entry], [%j, %h]\n  %j = add i32 %i, 1\n  %c = icmp slt i32 %j, %n\n  "
                       "br i1 %c, %h, %x\nx:\n  ret i32 %j\n}\n"),
            "");
}

} // namespace
