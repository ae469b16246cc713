// End-to-end tests of long double (f80, the x87 unit) against gcc: arithmetic and negation
// bit for bit (10 value bytes) over NaN, infinities, signed zeros and values outside double's
// range; every fcmp predicate as a value, a branch and both kinds of select; conversions from
// and to every integer width (u64 edges included) and to and from float/double; literals
// (a subnormal double included); loads, stores and phis; calls in both directions (passed in
// memory, returned in %st(0)), structs holding only a long double (returned in %st(0)),
// printf("%Lf") and va_arg.
#include "CodegenTestSupport.h"

#include <iterator>
#include <limits>

using namespace minicc;
using namespace minicc::testing;
using ir::Opcode;
using ir::Predicate;
using ir::Type;

namespace {

const Type F80 = Type::f80();

const char* const Prelude = R"(
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
static int bad;
static int same(long double a, long double b) { return memcmp(&a, &b, 10) == 0; }
)";

// Values every test runs over: NaN (one payload), infinities, signed zeros, values beyond
// double's range and precision.
const char* const Values = "{0.0L, -0.0L, 1.0L, -1.5L, 3.25L, 0.1L, 1e-10L, 123456789.0L, "
                           "1e4000L, -1e4000L, 1e-4940L, 1.0L + 1e-18L, INFINITY, -INFINITY, NAN}";

ir::Function* define(ir::Module& m, ir::Builder& b, const std::string& name, Type ret,
                     std::vector<Type> params) {
  ir::Function* f = m.createFunction(name, signatureOf(ret, std::move(params)));
  b.setInsertPoint(f->createBlock("entry"));
  return f;
}

std::string pairwiseMain(const std::string& decls, const std::string& checks) {
  return std::string(Prelude) + decls + "int main(void) {\n  static long double v[] = " + Values +
         ";\n  int n = sizeof v / sizeof v[0];\n"
         "  for (int i = 0; i < n; ++i) for (int j = 0; j < n; ++j) {\n"
         "    long double x = v[i], y = v[j];\n" +
         checks + "  }\n  printf(\"%d\\n\", bad);\n  return 0;\n}\n";
}

TEST(CodegenLongDouble, ArithmeticMatchesGcc) {
  ir::Module m;
  ir::Builder b(m);
  std::string decls, checks;
  const std::pair<Opcode, const char*> ops[] = {
      {Opcode::FAdd, "+"}, {Opcode::FSub, "-"}, {Opcode::FMul, "*"}, {Opcode::FDiv, "/"}};
  int k = 0;
  for (auto [op, c] : ops) {
    std::string name = "op" + std::to_string(k++);
    ir::Function* f = define(m, b, name, F80, {F80, F80});
    b.ret(b.binary(op, f->arguments[0].get(), f->arguments[1].get()));
    ir::Function* g = define(m, b, name + "_lit", F80, {F80});
    b.ret(b.binary(op, b.constFloat(F80, -0.75), g->arguments[0].get()));
    decls += "long double " + name + "(long double, long double);\nlong double " + name +
             "_lit(long double);\n";
    checks += "    if (!same(" + name + "(x, y), x " + c + " y)) bad++;\n";
    checks += "    if (!same(" + name + "_lit(x), -0.75L " + c + " x)) bad++;\n";
  }
  ir::Function* neg = define(m, b, "neg", F80, {F80});
  b.ret(b.unary(Opcode::FNeg, neg->arguments[0].get()));
  decls += "long double neg(long double);\n";
  checks += "    if (!same(neg(x), -x)) bad++;\n";
  EXPECT_EQ(runWithMain(m, pairwiseMain(decls, checks)), "0\n");
}

struct Compare {
  Predicate p;
  const char* name;
  const char* cExpr;
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

TEST(CodegenLongDouble, EveryPredicateAsValueBranchAndSelect) {
  ir::Module m;
  ir::Builder b(m);
  std::string decls, checks;
  for (const Compare& c : Compares) {
    std::string n = c.name;
    ir::Function* f = define(m, b, "value_" + n, Type::i32(), {F80, F80});
    b.ret(b.convert(Opcode::ZExt, b.fcmp(c.p, f->arguments[0].get(), f->arguments[1].get()),
                    Type::i32()));
    ir::Function* g = define(m, b, "branch_" + n, Type::i32(), {F80, F80});
    ir::BasicBlock* yes = g->createBlock("yes");
    ir::BasicBlock* no = g->createBlock("no");
    b.br(b.fcmp(c.p, g->arguments[0].get(), g->arguments[1].get()), yes, no);
    b.setInsertPoint(yes);
    b.ret(b.constInt(Type::i32(), 10));
    b.setInsertPoint(no);
    b.ret(b.constInt(Type::i32(), 20));
    ir::Function* s = define(m, b, "select_" + n, F80, {F80, F80});
    ir::Value* cond = b.fcmp(c.p, s->arguments[0].get(), s->arguments[1].get());
    b.ret(b.select(cond, s->arguments[0].get(), b.constFloat(F80, 7.0)));
    decls += "int value_" + n + "(long double, long double);\nint branch_" + n +
             "(long double, long double);\nlong double select_" + n +
             "(long double, long double);\n";
    std::string e = c.cExpr;
    checks += "    if (value_" + n + "(x, y) != (" + e + ")) bad++;\n";
    checks += "    if (branch_" + n + "(x, y) != ((" + e + ") ? 10 : 20)) bad++;\n";
    checks += "    if (!same(select_" + n + "(x, y), (" + e + ") ? x : 7.0L)) bad++;\n";
  }
  EXPECT_EQ(runWithMain(m, pairwiseMain(decls, checks)), "0\n");
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

TEST(CodegenLongDouble, ConversionsMatchGcc) {
  ir::Module m;
  ir::Builder b(m);
  std::string decls, intChecks, floatChecks;
  for (const IntType& it : IntTypes) {
    for (bool isSigned : {true, false}) {
      std::string suffix = std::string(isSigned ? "s_" : "u_") + it.name;
      std::string cInt = isSigned ? it.cSigned : it.cUnsigned;
      ir::Extension ext = isSigned ? ir::Extension::Sign : ir::Extension::Zero;
      ir::Signature toSig = signatureOf(F80, {it.type});
      ir::Signature fromSig = signatureOf(it.type, {F80});
      if (it.type.bits() < 32) {
        toSig.paramExtensions = {ext};
        fromSig.returnExtension = ext;
      }
      ir::Function* to = m.createFunction("to_" + suffix, toSig);
      b.setInsertPoint(to->createBlock("entry"));
      b.ret(b.convert(isSigned ? Opcode::SIToFP : Opcode::UIToFP, to->arguments[0].get(), F80));
      ir::Function* from = m.createFunction("from_" + suffix, fromSig);
      b.setInsertPoint(from->createBlock("entry"));
      b.ret(
          b.convert(isSigned ? Opcode::FPToSI : Opcode::FPToUI, from->arguments[0].get(), it.type));
      decls += "long double to_" + suffix + "(" + cInt + ");\n" + cInt + " from_" + suffix +
               "(long double);\n";
      intChecks += "    if (!same(to_" + suffix + "((" + cInt + ")u), (long double)(" + cInt +
                   ")u)) { bad++; printf(\"to_" + suffix + " %llx\\n\", u); }\n";
      // Only values whose truncation fits are defined (C11 6.3.1.4).
      std::string lo = isSigned ? "-(long double)(1ULL << (sizeof(" + cInt + ") * 8 - 1))" : "0.0L";
      std::string hi = isSigned ? "(long double)(1ULL << (sizeof(" + cInt + ") * 8 - 1))"
                                : "2.0L * (long double)((" + cInt + ")-1 / 2 + 1)";
      floatChecks += "    if (x >= " + lo + " && x < " + hi + " && from_" + suffix + "(x) != (" +
                     cInt + ")x) { bad++; printf(\"from_" + suffix + " %La\\n\", x); }\n";
    }
  }
  for (Type t : {Type::f32(), Type::f64()}) {
    std::string c = t == Type::f32() ? "float" : "double";
    ir::Function* ext = m.createFunction("ext_" + c, signatureOf(F80, {t}));
    b.setInsertPoint(ext->createBlock("entry"));
    b.ret(b.convert(Opcode::FPExt, ext->arguments[0].get(), F80));
    ir::Function* trunc = m.createFunction("trunc_" + c, signatureOf(t, {F80}));
    b.setInsertPoint(trunc->createBlock("entry"));
    b.ret(b.convert(Opcode::FPTrunc, trunc->arguments[0].get(), t));
    decls += "long double ext_" + c + "(" + c + ");\n" + c + " trunc_" + c + "(long double);\n";
    floatChecks += "    { " + c + " r = trunc_" + c + "(x), e = (" + c +
                   ")x; if (memcmp(&r, &e, sizeof r)) bad++; }\n";
    floatChecks +=
        "    if (!same(ext_" + c + "((" + c + ")x), (long double)(" + c + ")x)) bad++;\n";
  }
  std::string program =
      std::string(Prelude) + decls +
      "int main(void) {\n  static const unsigned long long iv[] = {0, 1, 0x7f, 0x80, 0xff, "
      "0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff, 0x20000000000001, "
      "0x7fffffffffffffffULL, 0x8000000000000000ULL, 0x8000000000000401ULL, "
      "0xffffffffffffffffULL, -5ULL};\n"
      "  for (unsigned i = 0; i < sizeof iv / sizeof iv[0]; ++i) {\n"
      "    unsigned long long u = iv[i];\n" +
      intChecks +
      "  }\n  static const long double fv[] = {0.0L, -0.0L, 0.5L, -0.5L, 1.9L, -1.9L, 127.9L, "
      "-128.0L, 255.5L, 65535.0L, -32768.0L, 2147483647.5L, -2147483648.0L, 4294967295.0L, "
      "9223372036854775807.0L, -9223372036854775808.0L, 9223372036854775808.0L, "
      "18446744073709551615.0L, 1e300L, 1e-300L, 1e4000L, NAN, INFINITY};\n"
      "  for (unsigned i = 0; i < sizeof fv / sizeof fv[0]; ++i) {\n"
      "    long double x = fv[i];\n" +
      floatChecks + "  }\n  printf(\"%d\\n\", bad);\n  return 0;\n}\n";
  EXPECT_EQ(runWithMain(m, program), "0\n");
}

// Literals (the f80 encoding of doubles, a subnormal one included, and values only long double
// holds: all 64 significand bits, the extremes of the format), loads and stores of globals, and
// a loop with long double phis swapping each other.
TEST(CodegenLongDouble, LiteralsMemoryAndPhis) {
  ir::Module m;
  ir::Builder b(m);
  ir::GlobalVariable* g = m.createGlobal("gld", 16, 16);
  g->hasInitializer = true;
  g->initializer = {zeroPiece(16)};
  const long double literals[] = {0.0L,
                                  -0.0L,
                                  1.5L,
                                  -2.25L,
                                  1e300L,
                                  5e-324L,
                                  2.2250738585072014e-308L,
                                  1.0 / 3.0,
                                  1.0L / 3,
                                  -9000000000000000001.0L,
                                  18446744073709551615.0L,
                                  std::numeric_limits<long double>::max(),
                                  std::numeric_limits<long double>::denorm_min()};
  std::string decls, checks;
  for (std::size_t i = 0; i < std::size(literals); ++i) {
    define(m, b, "lit" + std::to_string(i), F80, {});
    b.ret(b.constFloat(F80, literals[i]));
    char text[64];
    std::snprintf(text, sizeof text, "%LaL", literals[i]);
    decls += "long double lit" + std::to_string(i) + "(void);\n";
    checks += "  if (!same(lit" + std::to_string(i) + "(), " + text + ")) { bad++; printf(\"lit" +
              std::to_string(i) + "\\n\"); }\n";
  }
  // long double bump(long double* p): *p = gld + *p; gld = 2; returns the old gld.
  ir::Function* bump = define(m, b, "bump", F80, {Type::ptr()});
  ir::Value* old = b.load(F80, g);
  ir::Value* sum = b.binary(Opcode::FAdd, old, b.load(F80, bump->arguments[0].get()));
  b.store(sum, bump->arguments[0].get());
  b.store(b.constFloat(F80, 2.0), g);
  b.ret(old);
  // long double fib(int n): (a, c) = (c, a + c) n times, a long double phi cycle.
  ir::Function* fib = m.createFunction("fib", signatureOf(F80, {Type::i32()}));
  ir::BasicBlock* entry = fib->createBlock("entry");
  ir::BasicBlock* loop = fib->createBlock("loop");
  ir::BasicBlock* body = fib->createBlock("body");
  ir::BasicBlock* done = fib->createBlock("done");
  b.setInsertPoint(entry);
  b.jmp(loop);
  b.setInsertPoint(loop);
  ir::Instruction* i = b.phi(loop, Type::i32());
  ir::Instruction* a = b.phi(loop, F80);
  ir::Instruction* c = b.phi(loop, F80);
  b.br(b.icmp(Predicate::SLt, i, fib->arguments[0].get()), body, done);
  b.setInsertPoint(body);
  ir::Value* next = b.binary(Opcode::FAdd, a, c);
  ir::Value* i1 = b.binary(Opcode::Add, i, b.constInt(Type::i32(), 1));
  b.jmp(loop);
  ir::Builder::addIncoming(i, b.constInt(Type::i32(), 0), entry);
  ir::Builder::addIncoming(i, i1, body);
  ir::Builder::addIncoming(a, b.constFloat(F80, 0.0), entry);
  ir::Builder::addIncoming(a, c, body);
  ir::Builder::addIncoming(c, b.constFloat(F80, 1.0), entry);
  ir::Builder::addIncoming(c, next, body);
  b.setInsertPoint(done);
  b.ret(a);
  std::string program = std::string(Prelude) + decls +
                        "extern long double gld;\nlong double bump(long double*);\n"
                        "long double fib(int);\nint main(void) {\n" +
                        checks +
                        "  long double x = 0.25L; gld = 1e4000L;\n"
                        "  long double r = bump(&x);\n"
                        "  if (!same(r, 1e4000L) || !same(x, 1e4000L + 0.25L) || gld != 2) "
                        "bad++;\n"
                        "  long double a = 0, c = 1;\n"
                        "  for (int i = 0; i < 90; ++i) { long double n = a + c; a = c; c = n; }\n"
                        "  if (!same(fib(90), a)) bad++;\n"
                        "  printf(\"%d\\n\", bad);\n  return 0;\n}\n";
  EXPECT_EQ(runWithMain(m, program), "0\n");
}

// Calls both ways with long doubles between integers and doubles (memory, 16-byte aligned
// slots), a struct holding only a long double returned in %st(0) both ways, a long double
// result dropped (the x87 stack must be popped), printf("%Lf"), and va_arg(ap, long double).
TEST(CodegenLongDouble, CallsStructsAndVarargs) {
  ir::Module m;
  ir::Builder b(m);
  ir::AggregateLayout* layout = m.createLayout("lds");
  layout->size = 16;
  layout->align = 16;
  layout->members = {{0, F80, 1}};
  Type lds = Type::aggregate(layout);
  ir::Signature mixSig = signatureOf(F80, {Type::i32(), F80, Type::f64(), F80, Type::i64()});
  ir::Function* gccMix = m.createFunction("gcc_mix", mixSig);
  ir::Function* gccWrap = m.createFunction("gcc_wrap", signatureOf(lds, {F80}));
  // long double mc_mix(int a, long double x, double d, long double y, long b)
  //   { gcc_mix(a, x, d, y, b); (result dropped 3 times) return gcc_mix(a + 1, x, d, y, b); }
  ir::Function* mix = m.createFunction("mc_mix", mixSig);
  b.setInsertPoint(mix->createBlock("entry"));
  std::vector<ir::Value*> args;
  for (auto& arg : mix->arguments) args.push_back(arg.get());
  for (int k = 0; k < 9; ++k) b.call(gccMix, mixSig, args); // more than 8 x87 registers
  args[0] = b.binary(Opcode::Add, args[0], b.constInt(Type::i32(), 1));
  b.ret(b.call(gccMix, mixSig, args));
  // struct lds mc_wrap(long double x) { return gcc_wrap(x * 2); }
  ir::Function* wrap = m.createFunction("mc_wrap", signatureOf(lds, {F80}));
  b.setInsertPoint(wrap->createBlock("entry"));
  ir::Value* doubled = b.binary(Opcode::FMul, wrap->arguments[0].get(), b.constFloat(F80, 2.0));
  b.ret(b.call(gccWrap, gccWrap->signature(), {doubled}));
  // long double mc_sum(int n, ...): va_arg long doubles, ints interleaved.
  ir::Function* sum = m.createFunction("mc_sum", signatureOf(F80, {Type::i32()}, true));
  b.setInsertPoint(sum->createBlock("entry"));
  ir::Value* ap = b.alloca(24, 8);
  b.make(Opcode::VaStart, Type::voidTy(), {ap});
  ir::Value* total = b.constFloat(F80, 0.0);
  for (int k = 0; k < 4; ++k) {
    total = b.binary(Opcode::FAdd, total, b.vaArg(F80, ap));
    total = b.binary(Opcode::FAdd, total, b.convert(Opcode::SIToFP, b.vaArg(Type::i32(), ap), F80));
  }
  b.make(Opcode::VaEnd, Type::voidTy(), {ap});
  b.ret(total);
  // int mc_print(long double x): printf("%.25Lg %d\n", x, 7)
  ir::GlobalVariable* fmt = m.createGlobal(".str.0", 1, 1);
  fmt->linkage = ir::Linkage::Private;
  fmt->isConstant = true;
  fmt->hasInitializer = true;
  std::string text = "%.25Lg %d %Lg\n";
  std::vector<std::uint8_t> bytes(text.begin(), text.end());
  bytes.push_back(0);
  fmt->size = bytes.size();
  fmt->initializer = {bytesPiece(bytes)};
  ir::Signature printfSig = signatureOf(Type::i32(), {Type::ptr()}, true);
  ir::Function* printfFn = m.createFunction("printf", printfSig);
  ir::Function* print = m.createFunction("mc_print", signatureOf(Type::i32(), {F80}));
  b.setInsertPoint(print->createBlock("entry"));
  b.ret(b.call(
      printfFn, printfSig,
      {fmt, print->arguments[0].get(), b.constInt(Type::i32(), 7), b.constFloat(F80, -0.5)}));
  std::string program = std::string(Prelude) + R"(
    struct lds { long double x; };
    long double mc_mix(int, long double, double, long double, long);
    struct lds mc_wrap(long double);
    long double mc_sum(int, ...);
    int mc_print(long double);
    static int calls;
    long double gcc_mix(int a, long double x, double d, long double y, long b) {
      calls++;
      if (x != 1e4000L || d != 2.5 || y != -0.125L || b != -9) bad++;
      return a * x + y;
    }
    struct lds gcc_wrap(long double x) { struct lds s = {x + 1}; return s; }
    int main(void) {
      long double r = mc_mix(3, 1e4000L, 2.5, -0.125L, -9);
      if (!same(r, 4 * 1e4000L - 0.125L) || calls != 10) bad++;
      struct lds s = mc_wrap(1e-4000L);
      if (!same(s.x, 2e-4000L + 1)) bad++;
      long double t = mc_sum(4, 1.5L, 1, 2.25L, 2, 1e4000L, 3, -1e4000L, 4);
      if (!same(t, (((1.5L + 1) + 2.25L + 2) + 1e4000L + 3) - 1e4000L + 4)) bad++;
      mc_print(1.0L / 3);
      printf("%d\n", bad);
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "0.3333333333333333333423684 7 -0.5\n0\n");
}

} // namespace
