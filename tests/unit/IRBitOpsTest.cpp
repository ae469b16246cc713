// Unit tests for the bit-counting opcodes (ir/BitOps.h): clz, ctz, popcount and bswap fold to
// what the host compiler's own built-ins compute on edge values of each allowed width, clz/ctz
// of 0 fold to the width, non-constant operands do not fold, the verifier accepts exactly the
// documented widths and the text form round-trips.
#include "ir/BitOps.h"
#include "ir/Builder.h"
#include "ir/ConstantFold.h"
#include "ir/TextIO.h"
#include "ir/Verifier.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace minicc;
using namespace minicc::ir;

namespace {

struct Fixture {
  Fixture() {
    Signature sig;
    sig.returnType = Type::voidTy();
    sig.params = {Type::i32()};
    f = m.createFunction("f", sig);
    b.setInsertPoint(f->createBlock("entry"));
  }
  std::int64_t fold(Opcode op, Type t, std::uint64_t v) {
    Value* r = foldInstruction(*b.unary(op, m.constantInt(t, static_cast<std::int64_t>(v))), m);
    EXPECT_NE(r, nullptr);
    return r ? static_cast<ConstantInt*>(r)->value() : -1;
  }
  Module m;
  Function* f = nullptr;
  Builder b{m};
};

const std::uint64_t kValues[] = {1,
                                 2,
                                 3,
                                 0x80,
                                 0xff,
                                 0x1234,
                                 0x8000,
                                 0xffff,
                                 0x12345678,
                                 0x7fffffff,
                                 0x80000000,
                                 0xffffffff,
                                 0x100000000ull,
                                 0x0123456789abcdefull,
                                 0x8000000000000000ull,
                                 0xffffffffffffffffull};

} // namespace

TEST(IRBitOps, FoldLikeTheHostBuiltinsAt32And64Bits) {
  Fixture x;
  for (std::uint64_t v : kValues) {
    auto v32 = static_cast<std::uint32_t>(v);
    if (v32 != 0) {
      EXPECT_EQ(x.fold(Opcode::Clz, Type::i32(), v32), __builtin_clz(v32)) << v;
      EXPECT_EQ(x.fold(Opcode::Ctz, Type::i32(), v32), __builtin_ctz(v32)) << v;
    }
    EXPECT_EQ(x.fold(Opcode::Popcount, Type::i32(), v32), __builtin_popcount(v32)) << v;
    EXPECT_EQ(x.fold(Opcode::Bswap, Type::i32(), v32),
              static_cast<std::int32_t>(__builtin_bswap32(v32)))
        << v;
    EXPECT_EQ(x.fold(Opcode::Clz, Type::i64(), v), __builtin_clzll(v)) << v;
    EXPECT_EQ(x.fold(Opcode::Ctz, Type::i64(), v), __builtin_ctzll(v)) << v;
    EXPECT_EQ(x.fold(Opcode::Popcount, Type::i64(), v), __builtin_popcountll(v)) << v;
    EXPECT_EQ(x.fold(Opcode::Bswap, Type::i64(), v),
              static_cast<std::int64_t>(__builtin_bswap64(v)))
        << v;
    auto v16 = static_cast<std::uint16_t>(v);
    EXPECT_EQ(x.fold(Opcode::Bswap, Type::i16(), v16),
              static_cast<std::int16_t>(__builtin_bswap16(v16)))
        << v;
  }
}

TEST(IRBitOps, ClzAndCtzOfZeroAreTheWidth) {
  Fixture x;
  EXPECT_EQ(x.fold(Opcode::Clz, Type::i32(), 0), 32);
  EXPECT_EQ(x.fold(Opcode::Ctz, Type::i32(), 0), 32);
  EXPECT_EQ(x.fold(Opcode::Clz, Type::i64(), 0), 64);
  EXPECT_EQ(x.fold(Opcode::Ctz, Type::i64(), 0), 64);
  EXPECT_EQ(x.fold(Opcode::Popcount, Type::i64(), 0), 0);
  EXPECT_EQ(evaluateBitOperation(Opcode::Clz, 32, 0xffffffff00000000ull), 32u); // high bits ignored
}

TEST(IRBitOps, NonConstantOperandsDoNotFold) {
  Fixture x;
  for (Opcode op : {Opcode::Clz, Opcode::Ctz, Opcode::Popcount, Opcode::Bswap})
    EXPECT_EQ(foldInstruction(*x.b.unary(op, x.f->arguments[0].get()), x.m), nullptr);
}

namespace {

std::string verify(const std::string& body) {
  std::ostringstream errors;
  DiagnosticEngine diags(errors);
  auto m = parseModule("define @f(" + body + "\n}\n", "t.ir", diags);
  if (!m) return "<parse error> " + errors.str();
  std::string all;
  for (auto& p : verifyModule(*m)) all += p + "\n";
  return all;
}

} // namespace

TEST(IRBitOps, VerifierAcceptsOnlyTheDocumentedWidths) {
  EXPECT_EQ(verify("i32 %a) -> i32 {\nentry:\n  %r = clz i32 %a\n  ret i32 %r"), "");
  EXPECT_EQ(verify("i64 %a) -> i64 {\nentry:\n  %r = popcount i64 %a\n  ret i64 %r"), "");
  EXPECT_EQ(verify("i16 %a) -> i16 {\nentry:\n  %r = bswap i16 %a\n  ret i16 %r"), "");
  EXPECT_NE(verify("i16 %a) -> i16 {\nentry:\n  %r = ctz i16 %a\n  ret i16 %r").find("i32 or i64"),
            std::string::npos);
  EXPECT_NE(verify("i8 %a) -> i8 {\nentry:\n  %r = bswap i8 %a\n  ret i8 %r").find("i16, i32"),
            std::string::npos);
}

TEST(IRBitOps, TextFormRoundTrips) {
  const std::string text = "define @f(i64 %a, i16 %b) -> i64 {\n"
                           "entry:\n"
                           "  %0 = clz i64 %a\n"
                           "  %1 = ctz i64 %0\n"
                           "  %2 = popcount i64 %1\n"
                           "  %3 = bswap i16 %b\n"
                           "  %4 = bswap i64 %2\n"
                           "  ret i64 %4\n"
                           "}\n";
  std::ostringstream errors;
  DiagnosticEngine diags(errors);
  auto m = parseModule(text, "t.ir", diags);
  ASSERT_NE(m, nullptr) << errors.str();
  std::ostringstream out;
  printModule(*m, out);
  EXPECT_EQ(out.str(), text);
}
