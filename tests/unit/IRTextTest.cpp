// Unit tests for the IR text form (ir/TextIO.h): exact round trips, the printer's numbering and
// uniquing of names, and the parser's diagnostics.
#include "IRCorpus.h"
#include "ir/Builder.h"
#include "ir/FloatValue.h"
#include "ir/TextIO.h"

#include <bit>
#include <gtest/gtest.h>
#include <limits>
#include <sstream>

using namespace minicc;
using namespace minicc::ir;

namespace {

std::string print(const Module& m) {
  std::ostringstream out;
  printModule(m, out);
  return out.str();
}

std::unique_ptr<Module> parse(const std::string& text, std::string* errors = nullptr) {
  std::ostringstream diagOut;
  DiagnosticEngine diags(diagOut);
  auto m = parseModule(text, "t.ir", diags);
  if (errors) *errors = diagOut.str();
  return m;
}

// The first line of the diagnostic output (the `file:line:col: error: ...` line).
std::string parseError(const std::string& text) {
  std::string errors;
  auto m = parse(text, &errors);
  EXPECT_EQ(m, nullptr) << "parsed without error:\n" << text;
  return errors.substr(0, errors.find('\n'));
}

class CorpusRoundTrip : public ::testing::TestWithParam<corpus::CorpusEntry> {};

TEST_P(CorpusRoundTrip, PrintsBackExactlyTheCanonicalText) {
  std::string errors;
  auto m = parse(GetParam().text, &errors);
  ASSERT_NE(m, nullptr) << errors;
  std::string printed = print(*m);
  EXPECT_EQ(printed, GetParam().text);
  auto again = parse(printed, &errors);
  ASSERT_NE(again, nullptr) << errors;
  EXPECT_EQ(print(*again), printed);
}

INSTANTIATE_TEST_SUITE_P(IRText, CorpusRoundTrip, ::testing::ValuesIn(corpus::irCorpus()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(IRText, ParsedModuleHasTheStructureTheTextSays) {
  auto m = parse(corpus::irCorpus()[0].text);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->sourceFileName, "max.c");
  ASSERT_EQ(m->globals.size(), 1u);
  EXPECT_EQ(m->globals[0]->linkage, Linkage::Private);
  EXPECT_TRUE(m->globals[0]->isConstant);
  Function* printf = m->findFunction("printf");
  ASSERT_NE(printf, nullptr);
  EXPECT_TRUE(printf->isDeclaration());
  EXPECT_TRUE(printf->signature().isVariadic);
  Function* max = m->findFunction("max");
  ASSERT_NE(max, nullptr);
  EXPECT_EQ(max->signature().paramExtension(0), Extension::None);
  EXPECT_EQ(max->signature().paramExtension(2), Extension::Sign);
  ASSERT_EQ(max->blocks.size(), 4u);
  Instruction* phi = max->blocks[3]->instructions[0].get();
  EXPECT_EQ(phi->opcode(), Opcode::Phi);
  ASSERT_EQ(phi->operands.size(), 2u);
  EXPECT_EQ(phi->operands[0], max->arguments[1].get());
  EXPECT_EQ(phi->targets[0], max->blocks[1].get());
  Instruction* call = max->blocks[1]->instructions[0].get();
  EXPECT_EQ(call->operand(0), printf);
  EXPECT_EQ(call->operand(1), m->globals[0].get());
}

TEST(IRText, ForwardReferenceResolvesToTheLaterDefinition) {
  auto m = parse(R"(define @f(i1 %c) -> i64 {
entry:
  br i1 %c, %b, %a
a:
  %u = add i64 %v, 1
  ret i64 %u
b:
  %v = add i64 5, 6
  jmp %a
}
)");
  ASSERT_NE(m, nullptr);
  Function* f = m->findFunction("f");
  Instruction* u = f->blocks[1]->instructions[0].get();
  Instruction* v = f->blocks[2]->instructions[0].get();
  EXPECT_EQ(u->operand(0), v);
}

TEST(IRText, ConstantsAreCanonicalWhateverTheSpelling) {
  auto m = parse(R"(define @f() -> i8 {
entry:
  %a = add i8 255, 0x80
  ret i8 %a
}
)");
  ASSERT_NE(m, nullptr);
  Instruction* a = m->findFunction("f")->blocks[0]->instructions[0].get();
  EXPECT_EQ(a->operand(0), m->constantInt(Type::i8(), -1));
  EXPECT_EQ(a->operand(1), m->constantInt(Type::i8(), -128));
  EXPECT_NE(print(*m).find("add i8 -1, -128"), std::string::npos);
}

// Every f80 value reads back bit for bit from the text: decimals in long double's shortest
// spelling, NaNs as their 80 bits; f32/f64 keep their own shortest spellings.
TEST(IRText, ExtendedConstantsRoundTripExactly) {
  Module m;
  Signature sig;
  sig.returnType = Type::voidTy();
  Function* f = m.createFunction("f", sig);
  Builder b(m);
  b.setInsertPoint(f->createBlock("entry"));
  ExtendedBits signallingNaN{0xA000000000000001ull, 0xFFFF};
  std::vector<long double> values = {1.0L / 3,
                                     0.1L,
                                     1.0L,
                                     -9000000000000000001.0L,
                                     18446744073709551615.0L,
                                     std::numeric_limits<long double>::max(),
                                     std::numeric_limits<long double>::denorm_min(),
                                     std::numeric_limits<long double>::min(),
                                     -0.0L,
                                     std::numeric_limits<long double>::infinity(),
                                     std::numeric_limits<long double>::quiet_NaN(),
                                     fromExtendedBits(signallingNaN)};
  for (long double v : values) b.unary(Opcode::FNeg, b.constFloat(Type::f80(), v));
  b.unary(Opcode::FNeg, b.constFloat(Type::f64(), 0.1));
  b.unary(Opcode::FNeg, b.constFloat(Type::f32(), fromFloat(0.1f)));
  b.unary(Opcode::FNeg,
          b.constFloat(Type::f64(), fromDouble(std::bit_cast<double>(0x7FF4000000000001ull))));
  b.ret();
  std::string text = print(m);
  EXPECT_NE(text.find("fneg f80 0.33333333333333333334"), std::string::npos) << text;
  EXPECT_NE(text.find("fneg f80 -9000000000000000001.0"), std::string::npos) << text;
  EXPECT_NE(text.find("fneg f80 18446744073709551615.0"), std::string::npos) << text;
  EXPECT_NE(text.find("fneg f80 1.0\n"), std::string::npos) << text;
  EXPECT_NE(text.find("fneg f80 0x7FFFC000000000000000"), std::string::npos) << text;
  EXPECT_NE(text.find("fneg f80 0xFFFFA000000000000001"), std::string::npos) << text;
  EXPECT_NE(text.find("fneg f64 0.1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("fneg f32 0.1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("fneg f64 0x7FF4000000000001"), std::string::npos) << text;
  std::string errors;
  auto again = parse(text, &errors);
  ASSERT_NE(again, nullptr) << errors;
  EXPECT_EQ(print(*again), text);
  const auto& insts = again->findFunction("f")->blocks[0]->instructions;
  for (std::size_t i = 0; i < values.size(); ++i) {
    auto* c = static_cast<const ConstantFloat*>(insts[i]->operand(0));
    ExtendedBits want = extendedBits(values[i]), got = extendedBits(c->value());
    EXPECT_EQ(got.significand, want.significand) << i;
    EXPECT_EQ(got.signExponent, want.signExponent) << i;
  }
}

TEST(IRText, CommentsAndLitLinesAreIgnored) {
  auto m = parse(R"(// RUN: %minicc --emit-ir %s -o - | %FileCheck %s
; a comment
define @f() -> void { // CHECK: define @f
entry:              ; the entry block
  ret void
}
)");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(print(*m), "define @f() -> void {\nentry:\n  ret void\n}\n");
}

// ---------------------------------------------------------------- the printer on built IR

TEST(IRText, UnnamedValuesAndBlocksAreNumberedInOrder) {
  Module m;
  Signature sig;
  sig.returnType = Type::i32();
  sig.params = {Type::i32(), Type::i32()};
  Function* f = m.createFunction("f", sig);
  Builder b(m);
  BasicBlock* entry = f->createBlock("");
  BasicBlock* next = f->createBlock("");
  b.setInsertPoint(entry);
  Value* sum = b.binary(Opcode::Add, f->arguments[0].get(), f->arguments[1].get());
  b.jmp(next);
  b.setInsertPoint(next);
  b.ret(b.binary(Opcode::Mul, sum, b.constInt(Type::i32(), 3)));
  EXPECT_EQ(print(m), R"(define @f(i32 %0, i32 %1) -> i32 {
2:
  %3 = add i32 %0, %1
  jmp %4
4:
  %5 = mul i32 %3, 3
  ret i32 %5
}
)");
  auto again = parse(print(m));
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(print(*again), print(m));
}

TEST(IRText, DuplicateAndNumericNamesAreUniquified) {
  Module m;
  Signature sig;
  sig.returnType = Type::i32();
  sig.params = {Type::i32(), Type::i32()};
  Function* f = m.createFunction("f", sig);
  f->arguments[0]->setName("x");
  f->arguments[1]->setName("x");
  Builder b(m);
  BasicBlock* entry = f->createBlock("x");
  b.setInsertPoint(entry);
  Instruction* a = b.binary(Opcode::Add, f->arguments[0].get(), f->arguments[1].get());
  a->setName("x.1"); // an explicit name the uniquifier must not hand out
  Instruction* c = b.binary(Opcode::Add, a, a);
  c->setName("7"); // numeric names are the printer's: treated as unnamed
  b.ret(c);
  EXPECT_EQ(print(m), R"(define @f(i32 %x, i32 %x.2) -> i32 {
x.3:
  %x.1 = add i32 %x, %x.2
  %0 = add i32 %x.1, %x.1
  ret i32 %0
}
)");
  auto again = parse(print(m));
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(print(*again), print(m));
}

TEST(IRText, DuplicateLayoutNamesAreUniquified) {
  Module m;
  AggregateLayout* a = m.createLayout("s");
  a->size = 4;
  a->align = 4;
  a->members.push_back({0, Type::i32(), 1});
  AggregateLayout* b = m.createLayout("s");
  b->size = 8;
  b->align = 8;
  b->members.push_back({0, Type::aggregate(a), 2});
  m.createLayout("");
  Signature sig;
  sig.returnType = Type::voidTy();
  sig.params = {Type::aggregate(b)};
  m.createFunction("g", sig);
  EXPECT_EQ(print(m), R"(type %s = { size 4, align 4, [0: i32] }
type %s.1 = { size 8, align 8, [0: [2 x %s]] }
type %0 = { size 0, align 1, [] }

declare @g(%s.1) -> void
)");
  auto again = parse(print(m));
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(print(*again), print(m));
}

TEST(IRText, PrinterSurvivesBrokenIR) {
  Module m;
  Signature sig;
  sig.returnType = Type::i32();
  Function* f = m.createFunction("f", sig);
  Builder b(m);
  b.setInsertPoint(f->createBlock("entry"));
  b.make(Opcode::Add, Type::i32(), {nullptr});
  b.make(Opcode::Br, Type::voidTy(), {});
  std::string text = print(m);
  EXPECT_NE(text.find("add i32 <null>, <null>"), std::string::npos) << text;
  EXPECT_NE(text.find("br <null>, %<null>, %<null>"), std::string::npos) << text;
}

TEST(IRText, SwitchCaseValuesPrintCanonical) {
  Module m;
  Signature sig;
  sig.returnType = Type::voidTy();
  sig.params = {Type::i8()};
  Function* f = m.createFunction("f", sig);
  Builder b(m);
  BasicBlock* entry = f->createBlock("entry");
  BasicBlock* out = f->createBlock("out");
  b.setInsertPoint(entry);
  Instruction* sw = b.switchOn(f->arguments[0].get(), out);
  Builder::addCase(sw, 255, out);
  b.setInsertPoint(out);
  b.ret();
  EXPECT_NE(print(m).find("switch i8 %0, %out [-1: %out]"), std::string::npos) << print(m);
}

// ---------------------------------------------------------------- parse errors

struct ParseErrorCase {
  const char* name;
  const char* text;
  const char* error;
};

class ParseErrors : public ::testing::TestWithParam<ParseErrorCase> {};

TEST_P(ParseErrors, ReportTheProblemAtItsLocation) {
  EXPECT_EQ(parseError(GetParam().text), GetParam().error);
}

const ParseErrorCase parseErrorCases[] = {
    {"UnknownOpcode", "define @f() -> void {\nentry:\n  frob i32 1\n}\n",
     "t.ir:3:3: error: unknown instruction 'frob'"},
    {"UndefinedValue", "define @f() -> i32 {\nentry:\n  ret i32 %nope\n}\n",
     "t.ir:3:11: error: use of undefined value '%nope'"},
    {"UndefinedBlock", "define @f() -> void {\nentry:\n  jmp %nowhere\n}\n",
     "t.ir:3:7: error: use of undefined block '%nowhere'"},
    {"UndefinedSymbol", "define @f() -> void {\nentry:\n  call () -> void @g()\n  ret void\n}\n",
     "t.ir:3:19: error: use of undefined symbol @g"},
    {"UndefinedSymbolInInitializer", "@p = global size 8, align 8 [addr @q]\n",
     "t.ir:1:35: error: use of undefined symbol @q"},
    {"TypeMismatch", "define @f(i64 %a) -> i32 {\nentry:\n  %b = add i32 %a, 1\n  ret i32 %b\n}\n",
     "t.ir:3:16: error: type mismatch: '%a' has type i64, not i32"},
    {"ForwardTypeMismatch",
     "define @f() -> i32 {\nentry:\n  jmp %b\na:\n  ret i32 %x\nb:\n  %x = add i64 1, 2\n  "
     "jmp %a\n}\n",
     "t.ir:5:11: error: '%x' is used as i32 but defined as i64"},
    {"GlobalIsPointer",
     "@g = global size 4, align 4\ndefine @f() -> i32 {\nentry:\n  ret i32 @g\n}\n",
     "t.ir:4:11: error: type mismatch: '@g' has type ptr, not i32"},
    {"RedefinedValue",
     "define @f() -> void {\nentry:\n  %a = add i32 1, 2\n  %a = add i32 1, 2\n  ret void\n}\n",
     "t.ir:4:3: error: redefinition of '%a'"},
    {"ValueNamedLikeBlock",
     "define @f() -> void {\nentry:\n  %entry = add i32 1, 2\n  ret void\n}\n",
     "t.ir:3:3: error: redefinition of '%entry'"},
    {"RedefinedBlock", "define @f() -> void {\nentry:\n  ret void\nentry:\n  ret void\n}\n",
     "t.ir:4:1: error: redefinition of block '%entry'"},
    {"RedefinedSymbol", "@g = global size 4, align 4\ndeclare @g() -> void\n",
     "t.ir:2:9: error: redefinition of symbol @g"},
    {"RedefinedType", "type %t = { size 0, align 1, [] }\ntype %t = { size 0, align 1, [] }\n",
     "t.ir:2:6: error: redefinition of type %t"},
    {"UnknownType", "declare @f(%nope) -> void\n", "t.ir:1:12: error: unknown type %nope"},
    {"IntegerTooWide", "define @f() -> i8 {\nentry:\n  ret i8 256\n}\n",
     "t.ir:3:10: error: integer constant 256 does not fit in i8"},
    {"NegativeTooWide", "define @f() -> i8 {\nentry:\n  ret i8 -129\n}\n",
     "t.ir:3:10: error: integer constant -129 does not fit in i8"},
    {"IntegerTooLarge", "define @f() -> i64 {\nentry:\n  ret i64 18446744073709551616\n}\n",
     "t.ir:3:11: error: integer literal '18446744073709551616' is too large"},
    {"FloatForInteger", "define @f() -> i32 {\nentry:\n  ret i32 1.5\n}\n",
     "t.ir:3:11: error: floating constant 1.5 for type i32"},
    {"MalformedNumber", "define @f() -> i32 {\nentry:\n  ret i32 12ab\n}\n",
     "t.ir:3:13: error: malformed number"},
    {"MalformedExponent", "define @f() -> f64 {\nentry:\n  ret f64 1e\n}\n",
     "t.ir:3:13: error: malformed exponent in floating literal"},
    {"NotRepresentableF32", "define @f() -> f32 {\nentry:\n  ret f32 0x3FB999999999999A\n}\n",
     "t.ir:3:11: error: floating constant 0x3FB999999999999A is not exactly representable as f32"},
    {"FloatOutOfRange", "define @f() -> f32 {\nentry:\n  ret f32 1e39\n}\n",
     "t.ir:3:11: error: floating constant out of range for f32"},
    {"ExtendedOutOfRange", "define @f() -> f80 {\nentry:\n  ret f80 1e5000\n}\n",
     "t.ir:3:11: error: floating constant out of range"},
    {"ExtendedShortBits", "define @f() -> f80 {\nentry:\n  ret f80 0x7FF8000000000000\n}\n",
     "t.ir:3:11: error: malformed f80 bit pattern '0x7FF8000000000000' (expected 0x and 20 hex "
     "digits)"},
    {"UnterminatedString", "@s = global size 1, align 1 [bytes \"abc\n",
     "t.ir:1:36: error: unterminated string"},
    {"MalformedEscape", "@s = global size 1, align 1 [bytes \"\\q\"]\n",
     "t.ir:1:37: error: malformed escape in string (expected \\XX, \\\\ or \\\")"},
    {"UnexpectedCharacter", "define @f() -> void {\nentry:\n  ret void #\n}\n",
     "t.ir:3:12: error: unexpected character '#'"},
    {"MissingBlockLabel", "define @f() -> void {\n  ret void\n}\n",
     "t.ir:2:3: error: expected a block label, found 'ret'"},
    {"EmptyBody", "define @f() -> void {\n}\n", "t.ir:1:21: error: the body of @f has no blocks"},
    {"UnterminatedBody", "define @f() -> void {\nentry:\n  ret void\n",
     "t.ir:4:1: error: expected '}' to end the body of @f"},
    {"ResultOfVoidInstruction",
     "define @f(ptr %p) -> void {\nentry:\n  %x = store i32 1, ptr %p\n  "
     "ret void\n}\n",
     "t.ir:3:3: error: 'store' does not produce a value"},
    {"UnknownPredicate", "define @f() -> i1 {\nentry:\n  %c = icmp olt i32 1, 2\n  ret i1 %c\n}\n",
     "t.ir:3:13: error: unknown icmp predicate 'olt'"},
    {"BlockUsedAsValue", "define @f() -> i32 {\nentry:\n  ret i32 %entry\n}\n",
     "t.ir:3:11: error: '%entry' is a block, not a value"},
    {"ValueUsedAsBlock", "define @f(i32 %a) -> void {\nentry:\n  jmp %a\n}\n",
     "t.ir:3:7: error: '%a' is a value, not a block"},
    {"AggregateAsValue",
     "type %s = { size 4, align 4, [0: i32] }\ndefine @f() -> void {\nentry:\n  ret %s undef\n}\n",
     "t.ir:4:7: error: aggregate type %s is not allowed here"},
    {"VoidParameter", "declare @f(void) -> void\n", "t.ir:1:12: error: 'void' is not allowed here"},
    {"GarbageAtTopLevel", "hello\n",
     "t.ir:1:1: error: expected a type, global, 'declare' or 'define', found 'hello'"},
    {"TrailingTokensInGlobal", "@g = global size 4, align 4 [zero 4] extra\n",
     "t.ir:1:38: error: unexpected 'extra'"},
    {"BadInitPiece", "@g = global size 4, align 4 [ones 4]\n",
     "t.ir:1:30: error: expected 'bytes', 'zero' or 'addr', found 'ones'"},
    {"MissingArrow", "declare @f() i32\n", "t.ir:1:14: error: expected '->', found 'i32'"},
    {"SwitchOnFloat", "define @f(f64 %x) -> void {\nentry:\n  switch f64 %x, %entry []\n}\n",
     "t.ir:3:10: error: switch needs an integer value"},
};

INSTANTIATE_TEST_SUITE_P(IRText, ParseErrors, ::testing::ValuesIn(parseErrorCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(IRText, ParseErrorShowsTheSourceLineAndCaret) {
  std::string errors;
  parse("define @f() -> void {\nentry:\n  frob i32 1\n}\n", &errors);
  EXPECT_EQ(errors, "t.ir:3:3: error: unknown instruction 'frob'\n"
                    "    3 |   frob i32 1\n"
                    "      |   ^\n");
}

} // namespace
