// Differential end-to-end tests of f32/f64 code: arithmetic (register, memory and literal
// operands), negation, every fcmp predicate as a value, a fused branch and both kinds of
// select (NaN, infinities and signed zeros included), and every conversion between floats
// and i8..i64 (signed and unsigned, with the 2^63 / 2^64-1 edges of u64). Functions built
// with ir::Builder are compiled by minicc and checked bit for bit by a gcc-compiled main
// against the same operation written in C.
#include "CodegenTestSupport.h"

#include <cstdint>

using namespace minicc;
using namespace minicc::testing;
using ir::Opcode;
using ir::Predicate;
using ir::Type;

namespace {

struct FloatType {
  Type type;
  const char* name;  // in function names
  const char* cType; // float / double
  const char* bitsType;
};
const FloatType F32{Type::f32(), "f32", "float", "uint32_t"};
const FloatType F64{Type::f64(), "f64", "double", "uint64_t"};

const char* const Prelude = R"(
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
static uint64_t bits64(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static uint32_t bits32(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static int bad;
)";

// Values every float test runs over: one NaN (a single payload, so that which operand's NaN
// comes out does not matter), infinities, signed zeros, a denormal, extremes.
const char* const ValuesF64 = "{0.0, -0.0, 1.0, -1.5, 3.25, 0.1, 1e-10, 123456789.0, 1e308, "
                              "-1e308, 5e-324, INFINITY, -INFINITY, NAN}";
const char* const ValuesF32 = "{0.0f, -0.0f, 1.0f, -1.5f, 3.25f, 0.1f, 1e-10f, 12345.5f, 3e38f, "
                              "-3e38f, 1e-45f, INFINITY, -INFINITY, NAN}";

ir::Function* define(ir::Module& m, ir::Builder& b, const std::string& name, Type ret,
                     std::vector<Type> params) {
  ir::Function* f = m.createFunction(name, signatureOf(ret, std::move(params)));
  b.setInsertPoint(f->createBlock("entry"));
  return f;
}

struct Arith {
  Opcode op;
  const char* name;
  const char* cOp;
};
const Arith ArithOps[] = {{Opcode::FAdd, "fadd", "+"},
                          {Opcode::FSub, "fsub", "-"},
                          {Opcode::FMul, "fmul", "*"},
                          {Opcode::FDiv, "fdiv", "/"}};

// For each operation: a op b with both in registers, with b loaded from memory (a folded load),
// with a literal right operand and with a literal left operand.
void addArithmetic(ir::Module& m, const FloatType& t, std::string& decls, std::string& checks) {
  ir::Builder b(m);
  std::string c = t.cType, n = t.name;
  std::string bits = t.type == Type::f32() ? "bits32" : "bits64";
  for (const Arith& a : ArithOps) {
    std::string base = std::string(a.name) + "_" + n;
    ir::Function* f = define(m, b, base, t.type, {t.type, t.type});
    b.ret(b.binary(a.op, f->arguments[0].get(), f->arguments[1].get()));
    ir::Function* g = define(m, b, base + "_mem", t.type, {t.type, Type::ptr()});
    b.ret(b.binary(a.op, g->arguments[0].get(), b.load(t.type, g->arguments[1].get())));
    ir::Function* h = define(m, b, base + "_lit", t.type, {t.type});
    b.ret(b.binary(a.op, h->arguments[0].get(), b.constFloat(t.type, 2.5)));
    ir::Function* k = define(m, b, base + "_litl", t.type, {t.type});
    b.ret(b.binary(a.op, b.constFloat(t.type, -0.75), k->arguments[0].get()));
    decls += c + " " + base + "(" + c + ", " + c + ");\n" + c + " " + base + "_mem(" + c + ", " +
             c + "*);\n" + c + " " + base + "_lit(" + c + ");\n" + c + " " + base + "_litl(" + c +
             ");\n";
    std::string o = a.cOp;
    checks += "    if (" + bits + "(" + base + "(x, y)) != " + bits + "(x " + o + " y)) bad++;\n";
    checks +=
        "    if (" + bits + "(" + base + "_mem(x, &y)) != " + bits + "(x " + o + " y)) bad++;\n";
    checks += "    if (" + bits + "(" + base + "_lit(x)) != " + bits + "(x " + o + " (" + c +
              ")2.5)) bad++;\n";
    checks += "    if (" + bits + "(" + base + "_litl(x)) != " + bits + "((" + c + ")-0.75 " + o +
              " x)) bad++;\n";
  }
  std::string neg = "fneg_" + n;
  ir::Function* f = define(m, b, neg, t.type, {t.type});
  b.ret(b.unary(Opcode::FNeg, f->arguments[0].get()));
  decls += c + " " + neg + "(" + c + ");\n";
  checks += "    if (" + bits + "(" + neg + "(x)) != " + bits + "(-x)) bad++;\n";
}

std::string floatMain(const FloatType& t, const std::string& decls, const std::string& checks) {
  std::string c = t.cType;
  return std::string(Prelude) + decls + "int main(void) {\n  static " + c +
         " v[] = " + (t.type == Type::f32() ? ValuesF32 : ValuesF64) +
         ";\n  int n = sizeof v / sizeof v[0];\n"
         "  for (int i = 0; i < n; ++i) for (int j = 0; j < n; ++j) {\n    " +
         c + " x = v[i], y = v[j];\n" + checks + "  }\n  printf(\"%d\\n\", bad);\n  return 0;\n}\n";
}

TEST(CodegenFloat, ArithmeticMatchesGccBitForBit) {
  for (const FloatType* t : {&F64, &F32}) {
    ir::Module m;
    std::string decls, checks;
    addArithmetic(m, *t, decls, checks);
    EXPECT_EQ(runWithMain(m, floatMain(*t, decls, checks)), "0\n") << t->name;
  }
}

struct Compare {
  Predicate p;
  const char* name;
  const char* cExpr; // over x, y
};
const Compare Compares[] = {
    {Predicate::OEq, "oeq", "x == y"},
    {Predicate::ONe, "one", "(x < y || x > y)"},
    {Predicate::OLt, "olt", "x < y"},
    {Predicate::OLe, "ole", "x <= y"},
    {Predicate::OGt, "ogt", "x > y"},
    {Predicate::OGe, "oge", "x >= y"},
    {Predicate::UEq, "ueq", "!(x < y || x > y)"},
    {Predicate::UNe, "une", "x != y"},
    {Predicate::ULtF, "ult", "!(x >= y)"},
    {Predicate::ULeF, "ule", "!(x > y)"},
    {Predicate::UGtF, "ugt", "!(x <= y)"},
    {Predicate::UGeF, "uge", "!(x < y)"},
    {Predicate::Ord, "ord", "!isunordered(x, y)"},
    {Predicate::Uno, "uno", "isunordered(x, y)"},
};

// Each predicate as a 0/1 value, fused into a branch, selecting integers (cmov) and selecting
// floats (through integer registers), and against a literal on either side.
void addComparisons(ir::Module& m, const FloatType& t, std::string& decls, std::string& checks) {
  ir::Builder b(m);
  std::string c = t.cType, n = t.name;
  for (const Compare& cmp : Compares) {
    std::string base = std::string(cmp.name) + "_" + n;
    ir::Function* f = define(m, b, "value_" + base, Type::i32(), {t.type, t.type});
    ir::Value* x = f->arguments[0].get();
    ir::Value* y = f->arguments[1].get();
    b.ret(b.convert(Opcode::ZExt, b.fcmp(cmp.p, x, y), Type::i32()));

    ir::Function* g = define(m, b, "branch_" + base, Type::i32(), {t.type, t.type});
    ir::BasicBlock* yes = g->createBlock("yes");
    ir::BasicBlock* no = g->createBlock("no");
    b.br(b.fcmp(cmp.p, g->arguments[0].get(), g->arguments[1].get()), yes, no);
    b.setInsertPoint(yes);
    b.ret(b.constInt(Type::i32(), 10));
    b.setInsertPoint(no);
    b.ret(b.constInt(Type::i32(), 20));

    ir::Function* s = define(m, b, "select_" + base, Type::i64(), {t.type, t.type, Type::i64()});
    ir::Value* cond = b.fcmp(cmp.p, s->arguments[0].get(), s->arguments[1].get());
    b.ret(b.select(cond, s->arguments[2].get(), b.constInt(Type::i64(), -7)));

    ir::Function* fs = define(m, b, "fselect_" + base, t.type, {t.type, t.type, t.type, t.type});
    cond = b.fcmp(cmp.p, fs->arguments[0].get(), fs->arguments[1].get());
    b.ret(b.select(cond, fs->arguments[2].get(), fs->arguments[3].get()));

    ir::Function* l = define(m, b, "literal_" + base, Type::i32(), {t.type});
    ir::Value* lhs = b.fcmp(cmp.p, l->arguments[0].get(), b.constFloat(t.type, 1.0));
    ir::Value* rhs = b.fcmp(cmp.p, b.constFloat(t.type, 1.0), l->arguments[0].get());
    ir::Value* zero = b.fcmp(cmp.p, l->arguments[0].get(), b.constFloat(t.type, 0.0));
    ir::Value* both = b.binary(Opcode::Or, b.convert(Opcode::ZExt, lhs, Type::i32()),
                               b.binary(Opcode::Shl, b.convert(Opcode::ZExt, rhs, Type::i32()),
                                        b.constInt(Type::i32(), 1)));
    b.ret(b.binary(Opcode::Or, both,
                   b.binary(Opcode::Shl, b.convert(Opcode::ZExt, zero, Type::i32()),
                            b.constInt(Type::i32(), 2))));

    decls += "int value_" + base + "(" + c + ", " + c + ");\nint branch_" + base + "(" + c + ", " +
             c + ");\nlong select_" + base + "(" + c + ", " + c + ", long);\n" + c + " fselect_" +
             base + "(" + c + ", " + c + ", " + c + ", " + c + ");\nint literal_" + base + "(" + c +
             ");\n";
    std::string e = cmp.cExpr;
    auto with = [&](const std::string& a, const std::string& bb) {
      std::string s = e, out;
      for (char ch : s) out += ch == 'x' ? a : ch == 'y' ? bb : std::string(1, ch);
      return "(" + out + ")";
    };
    checks += "    if (value_" + base + "(x, y) != (" + e + ")) bad++;\n";
    checks += "    if (branch_" + base + "(x, y) != ((" + e + ") ? 10 : 20)) bad++;\n";
    checks += "    if (select_" + base + "(x, y, 99) != ((" + e + ") ? 99 : -7)) bad++;\n";
    checks += "    if (fselect_" + base + "(x, y, (" + c + ")1.5, (" + c + ")-2.0) != ((" + e +
              ") ? 1.5 : -2.0)) bad++;\n";
    checks += "    { " + c + " one = 1, zero = 0; if (literal_" + base + "(x) != (" +
              with("x", "one") + " | " + with("one", "x") + " << 1 | " + with("x", "zero") +
              " << 2)) bad++; }\n";
  }
}

TEST(CodegenFloat, EveryPredicateHandlesNaNAsValueBranchAndSelect) {
  for (const FloatType* t : {&F64, &F32}) {
    ir::Module m;
    std::string decls, checks;
    addComparisons(m, *t, decls, checks);
    EXPECT_EQ(runWithMain(m, floatMain(*t, decls, checks)), "0\n") << t->name;
  }
}

struct IntType {
  Type type;
  const char* name;
  const char* cSigned;
  const char* cUnsigned;
};
const IntType IntTypes[] = {{Type::i8(), "i8", "int8_t", "uint8_t"},
                            {Type::i16(), "i16", "int16_t", "uint16_t"},
                            {Type::i32(), "i32", "int32_t", "uint32_t"},
                            {Type::i64(), "i64", "int64_t", "uint64_t"}};

// Integer inputs, given as 64-bit patterns and converted to each width by C: zero, one, the
// extremes of every width, 2^53 + 1 (not a double), 2^63, 2^63 + 1025 (rounds up), 2^64 - 1.
const char* const IntValues = "{0, 1, 2, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, "
                              "0x80000000, 0xffffffff, 0x20000000000001, 0x7ffffffffffffdffULL, "
                              "0x7fffffffffffffffULL, 0x8000000000000000ULL, "
                              "0x8000000000000401ULL, 0xfffffffffffffbffULL, "
                              "0xffffffffffffffffULL, 0x1234567887654321ULL, -5ULL, -1000000ULL}";

ir::Signature conversionSignature(Type ret, Type param, ir::Extension ext) {
  ir::Signature sig = signatureOf(ret, {param});
  if (ret.isInteger() && ret.bits() < 32) sig.returnExtension = ext;
  if (param.isInteger() && param.bits() < 32) sig.paramExtensions = {ext};
  return sig;
}

TEST(CodegenFloat, IntegerToFloatConversionsMatchGcc) {
  ir::Module m;
  ir::Builder b(m);
  std::string decls, checks;
  for (const FloatType* t : {&F64, &F32}) {
    std::string bits = t->type == Type::f32() ? "bits32" : "bits64";
    for (const IntType& it : IntTypes) {
      for (bool isSigned : {true, false}) {
        std::string name = std::string(isSigned ? "sitofp_" : "uitofp_") + it.name + "_" + t->name;
        ir::Extension ext = isSigned ? ir::Extension::Sign : ir::Extension::Zero;
        ir::Function* f = m.createFunction(name, conversionSignature(t->type, it.type, ext));
        b.setInsertPoint(f->createBlock("entry"));
        b.ret(
            b.convert(isSigned ? Opcode::SIToFP : Opcode::UIToFP, f->arguments[0].get(), t->type));
        std::string cInt = isSigned ? it.cSigned : it.cUnsigned;
        decls += std::string(t->cType) + " " + name + "(" + cInt + ");\n";
        checks += "    if (" + bits + "(" + name + "((" + cInt + ")u)) != " + bits + "((" +
                  t->cType + ")(" + cInt + ")u)) { bad++; printf(\"" + name + " %llx\\n\", u); }\n";
      }
    }
  }
  std::string program = std::string(Prelude) + decls +
                        "int main(void) {\n  static const unsigned long long v[] = " + IntValues +
                        ";\n  for (unsigned i = 0; i < sizeof v / sizeof v[0]; ++i) {\n"
                        "    unsigned long long u = v[i];\n" +
                        checks + "  }\n  printf(\"%d\\n\", bad);\n  return 0;\n}\n";
  EXPECT_EQ(runWithMain(m, program), "0\n");
}

// The C range test for converting x to the integer type `cInt`: only values whose truncation
// fits are defined (C11 6.3.1.4).
std::string inRange(const std::string& cInt, bool isSigned) {
  std::string bitsOf = "(sizeof(" + cInt + ") * 8)";
  if (!isSigned) return "(x > -1.0 && x < 2.0 * (double)((" + cInt + ")-1 / 2 + 1))";
  std::string limit = "(double)(1ULL << (" + bitsOf + " - 1))";
  return "(x >= -" + limit + " && x < " + limit + ")";
}

// Float inputs include each target's edges: 2^63 and 2^64 - 2048 for u64, -2^63 for i64, the
// 32-bit limits, and fractions that truncate toward zero; out-of-range inputs are skipped.
TEST(CodegenFloat, FloatToIntegerConversionsMatchGcc) {
  ir::Module m;
  ir::Builder b(m);
  std::string program = std::string(Prelude);
  std::string body;
  for (const FloatType* t : {&F64, &F32}) {
    std::string c = t->cType, checks;
    for (const IntType& it : IntTypes) {
      for (bool isSigned : {true, false}) {
        std::string name = std::string(isSigned ? "fptosi_" : "fptoui_") + t->name + "_" + it.name;
        ir::Extension ext = isSigned ? ir::Extension::Sign : ir::Extension::Zero;
        ir::Function* f = m.createFunction(name, conversionSignature(it.type, t->type, ext));
        b.setInsertPoint(f->createBlock("entry"));
        b.ret(
            b.convert(isSigned ? Opcode::FPToSI : Opcode::FPToUI, f->arguments[0].get(), it.type));
        std::string cInt = isSigned ? it.cSigned : it.cUnsigned;
        program += cInt + " " + name + "(" + c + ");\n";
        checks += "    if (" + inRange(cInt, isSigned) + " && " + name + "(x) != (" + cInt +
                  ")x) { bad++; printf(\"" + name + " %a\\n\", (double)x); }\n";
      }
    }
    // fpext / fptrunc to the other float type.
    bool isF32 = t->type == Type::f32();
    std::string conv = isF32 ? "fpext" : "fptrunc";
    Type other = isF32 ? Type::f64() : Type::f32();
    std::string otherC = isF32 ? "double" : "float";
    ir::Function* f = m.createFunction(conv, signatureOf(other, {t->type}));
    b.setInsertPoint(f->createBlock("entry"));
    b.ret(b.convert(isF32 ? Opcode::FPExt : Opcode::FPTrunc, f->arguments[0].get(), other));
    program += otherC + " " + conv + "(" + c + ");\n";
    std::string bits = isF32 ? "bits64" : "bits32";
    checks += "    if (" + bits + "(" + conv + "(x)) != " + bits + "((" + otherC + ")x)) bad++;\n";
    body += "  for (unsigned i = 0; i < sizeof v / sizeof v[0]; ++i) {\n    " + c + " x = (" + c +
            ")v[i];\n" + checks + "  }\n";
  }
  program += "int main(void) {\n  static const double v[] = {0.0, -0.0, 0.5, -0.5, 1.0, 1.9, "
             "-1.9, 100.75, -128.0, 127.0, 255.0, -32768.0, 65535.0, 2147483647.0, "
             "-2147483648.0, 4294967295.0, 4294967040.0, 9007199254740993.0, "
             "9223372036854774784.0, -9223372036854775808.0, 9223372036854775808.0, "
             "9223372036854777856.0, 18446744073709549568.0, 18446742974197923840.0, 1e300, "
             "NAN, INFINITY};\n" +
             body + "  printf(\"%d\\n\", bad);\n  return 0;\n}\n";
  EXPECT_EQ(runWithMain(m, program), "0\n");
}

} // namespace
