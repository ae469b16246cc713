// Differential end-to-end tests of integer arithmetic, comparisons and conversions: for every
// opcode and width, functions built with ir::Builder (register operands, constant right and
// left operands) are compiled by minicc and checked by a gcc-compiled main against the same
// operation written in C, over boundary values.
#include "CodegenTestSupport.h"

#include <cstdint>
#include <set>

using namespace minicc;
using namespace minicc::testing;
using ir::Opcode;
using ir::Predicate;
using ir::Type;

namespace {

struct IntType {
  Type type;
  const char* name;    // IR-ish name used in function names
  const char* cSigned; // C types used by the checking main
  const char* cUnsigned;
  unsigned bits;
};

const IntType IntTypes[] = {
    {Type::i8(), "i8", "int8_t", "uint8_t", 8},
    {Type::i16(), "i16", "int16_t", "uint16_t", 16},
    {Type::i32(), "i32", "int32_t", "uint32_t", 32},
    {Type::i64(), "i64", "int64_t", "uint64_t", 64},
};

std::vector<std::int64_t> interestingValues(const IntType& t) {
  std::int64_t max = t.bits == 64 ? INT64_MAX : (std::int64_t{1} << (t.bits - 1)) - 1;
  std::int64_t min = -max - 1;
  std::vector<std::int64_t> raw = {0,  1,   -1,  2,       3,       5,       7,         -2,
                                   -7, 13,  100, -100,    min,     max,     min + 1,   max - 1,
                                   85, -86, 255, 0x12345, -0x3039, 1 << 20, 1000000007};
  std::set<std::int64_t> seen;
  std::vector<std::int64_t> values;
  for (std::int64_t v : raw) {
    std::int64_t c = ir::canonicalizeInt(t.type, v);
    if (seen.insert(c).second) values.push_back(c);
  }
  return values;
}

std::string literal(std::int64_t v, const IntType& t) {
  if (v == INT64_MIN) return "INT64_MIN";
  return "(" + std::string(t.cSigned) + ")" + std::to_string(v) + "LL";
}

struct BinaryOp {
  Opcode op;
  const char* name;
  const char* cExpr; // over signed a, b, unsigned ua, ub; result converted to the type
  enum Check { Always, NonZeroDivisor, SignedDivision, ShiftCount } check;
};

const BinaryOp BinaryOps[] = {
    {Opcode::Add, "add", "ua + ub", BinaryOp::Always},
    {Opcode::Sub, "sub", "ua - ub", BinaryOp::Always},
    {Opcode::Mul, "mul", "ua * ub", BinaryOp::Always},
    {Opcode::And, "and", "a & b", BinaryOp::Always},
    {Opcode::Or, "or", "a | b", BinaryOp::Always},
    {Opcode::Xor, "xor", "a ^ b", BinaryOp::Always},
    {Opcode::SDiv, "sdiv", "a / b", BinaryOp::SignedDivision},
    {Opcode::SRem, "srem", "a % b", BinaryOp::SignedDivision},
    {Opcode::UDiv, "udiv", "ua / ub", BinaryOp::NonZeroDivisor},
    {Opcode::URem, "urem", "ua % ub", BinaryOp::NonZeroDivisor},
    {Opcode::Shl, "shl", "ua << ub", BinaryOp::ShiftCount},
    {Opcode::LShr, "lshr", "ua >> ub", BinaryOp::ShiftCount},
    {Opcode::AShr, "ashr", "a >> ub", BinaryOp::ShiftCount},
};

std::string validCondition(BinaryOp::Check check, const IntType& t) {
  switch (check) {
  case BinaryOp::Always: return "1";
  case BinaryOp::NonZeroDivisor: return "ub != 0";
  case BinaryOp::SignedDivision:
    return std::string("b != 0 && !(a == (") + t.cSigned + ")((" + t.cUnsigned + ")1 << " +
           std::to_string(t.bits - 1) + ") && b == -1)";
  case BinaryOp::ShiftCount: return "ub < " + std::to_string(t.bits);
  }
  return "1";
}

// Writes a C loop checking `fn(a, b)` (or fn(a) with b fixed) against `expr` for all pairs.
class CheckWriter {
public:
  std::string declarations, body;

  void addLoop(const std::string& fn, const IntType& t, const std::string& call,
               const std::string& expr, const std::string& valid,
               const std::vector<std::int64_t>& values, std::int64_t fixedB, bool bIsFixed,
               bool aIsFixed = false) {
    std::string list;
    for (std::int64_t v : values) list += literal(v, t) + ",";
    std::string T = t.cSigned, U = t.cUnsigned;
    body += "  { static const " + T + " vals[] = {" + list + "};\n";
    body += "    for (unsigned i = 0; i < sizeof vals / sizeof *vals; ++i)\n";
    body += "    for (unsigned j = 0; j < sizeof vals / sizeof *vals; ++j) {\n";
    body += "      " + T + " a = " + (aIsFixed ? literal(fixedB, t) : "vals[i]") + ";\n";
    body +=
        "      " + T + " b = " + (bIsFixed && !aIsFixed ? literal(fixedB, t) : "vals[j]") + ";\n";
    body += "      " + U + " ua = (" + U + ")a, ub = (" + U + ")b; (void)ua; (void)ub;\n";
    if (bIsFixed || aIsFixed)
      body += "      if (" + std::string(aIsFixed ? "i" : "j") + " != 0) continue;\n";
    body += "      if (!(" + valid + ")) continue;\n";
    body += "      " + T + " want = (" + T + ")(" + expr + ");\n";
    body += "      " + T + " got = " + call + ";\n";
    body += "      if (got != want && failures++ < 20) printf(\"FAIL " + fn +
            " a=%lld b=%lld got=%lld want=%lld\\n\", (long long)a, (long long)b, (long long)got, "
            "(long long)want);\n";
    body += "    } }\n";
  }

  std::string program() const {
    return "#include <stdio.h>\n#include <stdint.h>\n" + declarations +
           "int main(void) {\n  int failures = 0;\n" + body +
           "  printf(\"done %d\\n\", failures);\n  return 0;\n}\n";
  }
};

ir::Function* makeBinary(ir::Module& m, const std::string& name, const IntType& t, Opcode op,
                         std::optional<std::int64_t> constA, std::optional<std::int64_t> constB) {
  std::vector<Type> params;
  if (!constA) params.push_back(t.type);
  if (!constB) params.push_back(t.type);
  ir::Function* f = m.createFunction(name, signatureOf(t.type, params));
  ir::Builder b(m);
  b.setInsertPoint(f->createBlock("entry"));
  unsigned next = 0;
  ir::Value* a =
      constA ? static_cast<ir::Value*>(b.constInt(t.type, *constA)) : f->arguments[next++].get();
  ir::Value* c =
      constB ? static_cast<ir::Value*>(b.constInt(t.type, *constB)) : f->arguments[next++].get();
  b.ret(b.binary(op, a, c));
  return f;
}

TEST(CodegenArithmetic, BinaryOperationsMatchC) {
  ir::Module m;
  CheckWriter w;
  for (const IntType& t : IntTypes) {
    std::vector<std::int64_t> values = interestingValues(t);
    for (const BinaryOp& op : BinaryOps) {
      std::string base = std::string(op.name) + "_" + t.name;
      std::string T = t.cSigned, valid = validCondition(op.check, t);
      // register, register
      makeBinary(m, base, t, op.op, std::nullopt, std::nullopt);
      w.declarations += T + " " + base + "(" + T + ", " + T + ");\n";
      w.addLoop(base, t, base + "(a, b)", op.cExpr, valid, values, 0, false);
      // register, constant: small, power of two, odd, negative, and the boundaries
      std::vector<std::int64_t> constants = {1, 2, 7, 8, -3, 16};
      if (op.check == BinaryOp::ShiftCount)
        constants = {0, 1, 3, t.bits - 1};
      else
        constants.push_back(values[12]), constants.push_back(values[13]);
      for (std::size_t k = 0; k < constants.size(); ++k) {
        std::int64_t c = ir::canonicalizeInt(t.type, constants[k]);
        std::string name = base + "_rc" + std::to_string(k);
        makeBinary(m, name, t, op.op, std::nullopt, c);
        w.declarations += T + " " + name + "(" + T + ");\n";
        w.addLoop(name, t, name + "(a)", op.cExpr, valid, values, c, true);
      }
      // constant, register
      std::string name = base + "_cr";
      makeBinary(m, name, t, op.op, ir::canonicalizeInt(t.type, 100), std::nullopt);
      w.declarations += T + " " + name + "(" + T + ");\n";
      w.addLoop(name, t, name + "(b)", op.cExpr, valid, values, ir::canonicalizeInt(t.type, 100),
                false, true);
    }
  }
  EXPECT_EQ(runWithMain(m, w.program()), "done 0\n");
}

TEST(CodegenArithmetic, UnaryOperationsMatchC) {
  ir::Module m;
  CheckWriter w;
  for (const IntType& t : IntTypes) {
    for (auto [op, name, expr] :
         {std::tuple{Opcode::Neg, "neg", "-ua"}, {Opcode::Not, "not", "~a"}}) {
      std::string fn = std::string(name) + "_" + t.name;
      ir::Function* f = m.createFunction(fn, signatureOf(t.type, {t.type}));
      ir::Builder b(m);
      b.setInsertPoint(f->createBlock("entry"));
      b.ret(b.unary(op, f->arguments[0].get()));
      w.declarations += std::string(t.cSigned) + " " + fn + "(" + t.cSigned + ");\n";
      w.addLoop(fn, t, fn + "(a)", expr, "j == 0", interestingValues(t), 0, false);
    }
  }
  EXPECT_EQ(runWithMain(m, w.program()), "done 0\n");
}

struct Comparison {
  Predicate predicate;
  const char* name;
  const char* cExpr;
};

const Comparison Comparisons[] = {
    {Predicate::Eq, "eq", "a == b"},    {Predicate::Ne, "ne", "a != b"},
    {Predicate::SLt, "slt", "a < b"},   {Predicate::SLe, "sle", "a <= b"},
    {Predicate::SGt, "sgt", "a > b"},   {Predicate::SGe, "sge", "a >= b"},
    {Predicate::ULt, "ult", "ua < ub"}, {Predicate::ULe, "ule", "ua <= ub"},
    {Predicate::UGt, "ugt", "ua > ub"}, {Predicate::UGe, "uge", "ua >= ub"},
};

// Three shapes per predicate: the 0/1 value (setcc), a branch (cmp+jcc), a select (cmov),
// each with register operands and with a constant on either side.
TEST(CodegenArithmetic, ComparisonsMatchC) {
  ir::Module m;
  CheckWriter w;
  for (const IntType& t : IntTypes) {
    std::vector<std::int64_t> values = interestingValues(t);
    for (const Comparison& cmp : Comparisons) {
      for (int shape = 0; shape < 3; ++shape) {
        for (int operands = 0; operands < 3; ++operands) { // rr, rc, cr
          std::string fn = std::string(cmp.name) + "_" + t.name + "_s" + std::to_string(shape) +
                           "_o" + std::to_string(operands);
          std::int64_t c = ir::canonicalizeInt(t.type, 7);
          std::vector<Type> params =
              operands == 0 ? std::vector<Type>{t.type, t.type} : std::vector<Type>{t.type};
          ir::Function* f = m.createFunction(fn, signatureOf(Type::i32(), params));
          ir::Builder b(m);
          b.setInsertPoint(f->createBlock("entry"));
          ir::Value* x = operands == 2 ? static_cast<ir::Value*>(b.constInt(t.type, c))
                                       : f->arguments[0].get();
          ir::Value* y = operands == 0   ? f->arguments[1].get()
                         : operands == 1 ? static_cast<ir::Value*>(b.constInt(t.type, c))
                                         : f->arguments[0].get();
          ir::Instruction* test = b.icmp(cmp.predicate, x, y);
          if (shape == 0) {
            b.ret(b.convert(Opcode::ZExt, test, Type::i32()));
          } else if (shape == 1) {
            ir::BasicBlock* yes = f->createBlock("yes");
            ir::BasicBlock* no = f->createBlock("no");
            b.br(test, yes, no);
            b.setInsertPoint(yes);
            b.ret(b.constInt(Type::i32(), 1));
            b.setInsertPoint(no);
            b.ret(b.constInt(Type::i32(), 0));
          } else {
            b.ret(b.select(test, b.constInt(Type::i32(), 1), b.constInt(Type::i32(), 0)));
          }
          std::string T = t.cSigned;
          w.declarations +=
              "int " + fn + (operands == 0 ? "(" + T + ", " + T + ");\n" : "(" + T + ");\n");
          std::string call = fn + (operands == 0 ? "(a, b)" : operands == 1 ? "(a)" : "(b)");
          w.addLoop(fn, t, call, cmp.cExpr, "1", values, c, operands != 0, operands == 2);
        }
      }
    }
  }
  EXPECT_EQ(runWithMain(m, w.program()), "done 0\n");
}

TEST(CodegenArithmetic, ConversionsMatchC) {
  ir::Module m;
  CheckWriter w;
  for (const IntType& from : IntTypes) {
    for (const IntType& to : IntTypes) {
      std::vector<std::pair<Opcode, std::string>> ops;
      if (to.bits > from.bits) {
        ops.push_back({Opcode::SExt, std::string("(") + to.cSigned + ")a"});
        ops.push_back({Opcode::ZExt, std::string("(") + to.cSigned + ")ua"});
      } else if (to.bits < from.bits) {
        ops.push_back({Opcode::Trunc, std::string("(") + to.cSigned + ")a"});
      }
      for (auto& [op, expr] : ops) {
        std::string fn = std::string(ir::opcodeName(op)) + "_" + from.name + "_" + to.name;
        ir::Function* f = m.createFunction(fn, signatureOf(to.type, {from.type}));
        ir::Builder b(m);
        b.setInsertPoint(f->createBlock("entry"));
        b.ret(b.convert(op, f->arguments[0].get(), to.type));
        w.declarations += std::string(to.cSigned) + " " + fn + "(" + from.cSigned + ");\n";
        // Compare in the destination type: the loop variables are of the source type.
        std::string check = "if ((" + std::string(to.cSigned) + ")" + fn + "(vals[i]) != (" +
                            to.cSigned + ")(" + expr + ")) { printf(\"FAIL " + fn +
                            " %lld\\n\", (long long)a); if (++failures > 20) return 1; }\n";
        std::string list;
        for (std::int64_t v : interestingValues(from)) list += literal(v, from) + ",";
        w.body += "  { static const " + std::string(from.cSigned) + " vals[] = {" + list +
                  "};\n    for (unsigned i = 0; i < sizeof vals / sizeof *vals; ++i) { " +
                  from.cSigned + " a = vals[i]; " + from.cUnsigned + " ua = (" + from.cUnsigned +
                  ")a; (void)ua;\n      " + check + "    } }\n";
      }
    }
  }
  EXPECT_EQ(runWithMain(m, w.program()), "done 0\n");
}

// i1 values: arithmetic modulo 2, zext/sext, compares of booleans, select on a boolean.
TEST(CodegenArithmetic, BooleanValues) {
  ir::Module m;
  ir::Builder b(m);
  std::string decls, body;
  int n = 0;
  for (Opcode op : {Opcode::And, Opcode::Or, Opcode::Xor, Opcode::Add, Opcode::Sub, Opcode::Mul}) {
    // int f(int x, int y) { return zext((x != 0) op (y != 0)); }
    std::string fn = "bool" + std::to_string(n++);
    ir::Function* f = m.createFunction(fn, signatureOf(Type::i32(), {Type::i32(), Type::i32()}));
    b.setInsertPoint(f->createBlock("entry"));
    ir::Value* x = b.icmp(Predicate::Ne, f->arguments[0].get(), b.constInt(Type::i32(), 0));
    ir::Value* y = b.icmp(Predicate::Ne, f->arguments[1].get(), b.constInt(Type::i32(), 0));
    b.ret(b.convert(Opcode::ZExt, b.binary(op, x, y), Type::i32()));
    const char* expr = op == Opcode::And || op == Opcode::Mul ? "&" : op == Opcode::Or ? "|" : "^";
    decls += "int " + fn + "(int, int);\n";
    body += "  for (int x = 0; x < 3; x++) for (int y = 0; y < 3; y++) if (" + fn +
            "(x, y) != ((x != 0) " + expr + " (y != 0))) printf(\"FAIL " + fn +
            " %d %d\\n\", x, y);\n";
  }
  { // int notsext(int x) { return sext(!(x < 5)) }  -> 0 or -1
    ir::Function* f = m.createFunction("notsext", signatureOf(Type::i32(), {Type::i32()}));
    b.setInsertPoint(f->createBlock("entry"));
    ir::Value* c = b.icmp(Predicate::SLt, f->arguments[0].get(), b.constInt(Type::i32(), 5));
    b.ret(b.convert(Opcode::SExt, b.unary(Opcode::Not, c), Type::i32()));
    decls += "int notsext(int);\n";
    body += "  for (int x = 0; x < 10; x++) if (notsext(x) != (x < 5 ? 0 : -1)) printf(\"FAIL "
            "notsext %d\\n\", x);\n";
  }
  { // int boolcmp(int x, int y) { return (x < 3) <s (y < 3) }  (i1 signed: 1 is -1)
    ir::Function* f =
        m.createFunction("boolcmp", signatureOf(Type::i32(), {Type::i32(), Type::i32()}));
    b.setInsertPoint(f->createBlock("entry"));
    ir::Value* x = b.icmp(Predicate::SLt, f->arguments[0].get(), b.constInt(Type::i32(), 3));
    ir::Value* y = b.icmp(Predicate::SLt, f->arguments[1].get(), b.constInt(Type::i32(), 3));
    b.ret(b.convert(Opcode::ZExt, b.icmp(Predicate::SLt, x, y), Type::i32()));
    decls += "int boolcmp(int, int);\n";
    body += "  for (int x = 0; x < 6; x++) for (int y = 0; y < 6; y++) if (boolcmp(x, y) != ((x < "
            "3) && !(y < 3))) printf(\"FAIL boolcmp %d %d\\n\", x, y);\n";
  }
  { // long selbool(int x, long a, long b) { int c = x & 1 (trunc to i1); return c ? a : b; }
    ir::Function* f = m.createFunction(
        "selbool", signatureOf(Type::i64(), {Type::i32(), Type::i64(), Type::i64()}));
    b.setInsertPoint(f->createBlock("entry"));
    ir::Value* c = b.convert(Opcode::Trunc, f->arguments[0].get(), Type::i1());
    b.ret(b.select(c, f->arguments[1].get(), f->arguments[2].get()));
    decls += "long selbool(int, long, long);\n";
    body += "  for (int x = 0; x < 6; x++) if (selbool(x, 1L << 40, -5) != ((x & 1) ? 1L << 40 : "
            "-5)) printf(\"FAIL selbool %d\\n\", x);\n";
  }
  std::string program = "#include <stdio.h>\n" + decls + "int main(void) {\n" + body +
                        "  printf(\"done\\n\");\n  return 0;\n}\n";
  EXPECT_EQ(runWithMain(m, program), "done\n");
}

} // namespace

namespace {

// Constant expressions (instructions whose operands are all constants) are evaluated by
// selection; shifts by the width or more are left to the hardware and division is never
// evaluated (it may trap).
TEST(CodegenArithmetic, ConstantExpressions) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* f = m.createFunction("consts", signatureOf(Type::i64(), {Type::i64()}));
  ir::BasicBlock* entry = f->createBlock("entry");
  ir::BasicBlock* yes = f->createBlock("yes");
  ir::BasicBlock* no = f->createBlock("no");
  b.setInsertPoint(entry);
  ir::Value* x = f->arguments[0].get();
  ir::Value* big = b.convert(Opcode::SExt, b.constInt(Type::i32(), -2000000), Type::i64());
  ir::Value* narrow = b.convert(Opcode::Trunc, b.constInt(Type::i32(), 0x1ff), Type::i8()); // -1
  ir::Value* wide = b.convert(Opcode::ZExt, narrow, Type::i64());                           // 255
  ir::Value* shifted =
      b.binary(Opcode::Shl, b.constInt(Type::i32(), 1), b.constInt(Type::i32(), 31));
  ir::Value* mixed = b.binary(Opcode::Sub, b.binary(Opcode::Mul, big, wide),
                              b.convert(Opcode::SExt, shifted, Type::i64()));
  ir::Value* sum = b.binary(Opcode::Add, x, mixed);
  ir::Value* cond = b.icmp(Predicate::UGt, narrow, b.constInt(Type::i8(), 100)); // 255 > 100
  b.br(cond, yes, no);
  b.setInsertPoint(yes);
  b.ret(sum);
  b.setInsertPoint(no);
  b.ret(b.constInt(Type::i64(), -1));
  std::string program = R"(
    #include <stdio.h>
    long consts(long);
    int main(void) { printf("%ld\n", consts(5)); return 0; }
  )";
  long expected = 5 + (-2000000L * 255) - (long)(int)0x80000000u;
  EXPECT_EQ(runWithMain(m, program), std::to_string(expected) + "\n");
}

} // namespace
