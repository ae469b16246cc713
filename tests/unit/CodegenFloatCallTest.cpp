// End-to-end tests of floats crossing calls and living in registers: float/double arguments
// and returns in both directions (%xmm0-7, then the stack: 9+ floating arguments interleaved
// with integers), printf with doubles (%al), floats live across calls (spilled: every xmm
// register is caller-saved), phis of floats (including a swap cycle), more live floats than
// xmm registers, and float loads/stores of globals (literals stored as bit patterns).
#include "CodegenTestSupport.h"

using namespace minicc;
using namespace minicc::testing;
using ir::Opcode;
using ir::Predicate;
using ir::Type;

namespace {

// 10 doubles, 3 floats and 3 ints interleaved: d f i d d f i d d d f i d d d d.
const char Pattern[] = "dfiddfidddfidddd";

Type patternType(char c) {
  return c == 'd' ? Type::f64() : c == 'f' ? Type::f32() : Type::i32();
}
const char* patternCType(char c) {
  return c == 'd' ? "double" : c == 'f' ? "float" : "int";
}
std::vector<Type> patternTypes() {
  std::vector<Type> types;
  for (const char* p = Pattern; *p; ++p) types.push_back(patternType(*p));
  return types;
}
// The value of argument i: exact in float, distinct, some negative.
double patternValue(int i) {
  return (i % 3 == 0 ? -1 : 1) * (i * 1.25 + 0.5);
}

// gcc calls minicc: the callee stores each argument (as a double) into a global array, and
// returns a weighted sum, computed in f64.
TEST(CodegenFloatCall, GccCallsMiniccWithSixteenMixedArguments) {
  ir::Module m;
  int n = static_cast<int>(sizeof Pattern - 1);
  ir::GlobalVariable* got = m.createGlobal("got", 8 * n, 8);
  got->hasInitializer = true;
  got->initializer = {zeroPiece(static_cast<std::uint64_t>(8 * n))};
  ir::Function* f = m.createFunction("take16", signatureOf(Type::f64(), patternTypes()));
  ir::Builder b(m);
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* sum = b.constFloat(Type::f64(), 0.0);
  for (int i = 0; i < n; ++i) {
    ir::Value* v = f->arguments[i].get();
    if (Pattern[i] == 'f') v = b.convert(Opcode::FPExt, v, Type::f64());
    if (Pattern[i] == 'i') v = b.convert(Opcode::SIToFP, v, Type::f64());
    b.store(v, b.ptrAdd(got, b.constInt(Type::i64(), 8 * i)));
    sum = b.binary(Opcode::FAdd, sum, b.binary(Opcode::FMul, v, b.constFloat(Type::f64(), i + 1)));
  }
  b.ret(sum);
  std::string params, args, checks;
  double expected = 0;
  for (int i = 0; i < n; ++i) {
    params += std::string(i ? ", " : "") + patternCType(Pattern[i]);
    double v = Pattern[i] == 'i' ? static_cast<int>(patternValue(i)) : patternValue(i);
    args += std::string(i ? ", " : "") + std::to_string(v);
    checks += "  if (got[" + std::to_string(i) + "] != (" + patternCType(Pattern[i]) + ")" +
              std::to_string(v) + ") printf(\"bad %d %g\\n\", " + std::to_string(i) + ", got[" +
              std::to_string(i) + "]);\n";
    expected += v * (i + 1);
  }
  std::string program = "#include <stdio.h>\nextern double got[];\ndouble take16(" + params +
                        ");\nint main(void) {\n  double r = take16(" + args + ");\n" + checks +
                        "  printf(\"%.4f\\n\", r);\n  return 0;\n}\n";
  char text[64];
  std::snprintf(text, sizeof text, "%.4f\n", expected);
  EXPECT_EQ(runWithMain(m, program), text);
}

// minicc calls gcc with literals and with computed values (so both the literal-pool path and
// register values reach the argument registers and stack slots), and uses the float result.
TEST(CodegenFloatCall, MiniccCallsGccWithSixteenMixedArguments) {
  ir::Module m;
  int n = static_cast<int>(sizeof Pattern - 1);
  ir::Function* callee = m.createFunction("check16", signatureOf(Type::f32(), patternTypes()));
  ir::Function* f = m.createFunction("call16", signatureOf(Type::f64(), {Type::f64()}));
  ir::Builder b(m);
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* one = f->arguments[0].get(); // 1.0 at run time
  std::vector<ir::Value*> literals, computed;
  for (int i = 0; i < n; ++i) {
    Type t = patternType(Pattern[i]);
    double v = patternValue(i);
    if (t == Type::i32()) {
      literals.push_back(b.constInt(t, static_cast<int>(v)));
      computed.push_back(
          b.convert(Opcode::FPToSI, b.binary(Opcode::FMul, one, b.constFloat(Type::f64(), v)), t));
      continue;
    }
    literals.push_back(b.constFloat(t, v));
    ir::Value* x = b.binary(Opcode::FMul, one, b.constFloat(Type::f64(), v));
    computed.push_back(t == Type::f32() ? b.convert(Opcode::FPTrunc, x, t) : x);
  }
  ir::Value* r1 = b.call(callee, callee->signature(), literals);
  ir::Value* r2 = b.call(callee, callee->signature(), computed);
  b.ret(b.binary(Opcode::FAdd, b.convert(Opcode::FPExt, r1, Type::f64()),
                 b.convert(Opcode::FPExt, r2, Type::f64())));
  std::string params, checks;
  for (int i = 0; i < n; ++i) {
    double v = Pattern[i] == 'i' ? static_cast<int>(patternValue(i)) : patternValue(i);
    params += std::string(i ? ", " : "") + patternCType(Pattern[i]) + " a" + std::to_string(i);
    checks += "  if (a" + std::to_string(i) + " != (" + patternCType(Pattern[i]) + ")" +
              std::to_string(v) + ") { printf(\"bad arg %d\\n\", " + std::to_string(i) +
              "); bad = 1; }\n";
  }
  std::string program = "#include <stdio.h>\nfloat check16(" + params + ") {\n  int bad = 0;\n" +
                        checks +
                        "  return bad ? 1000.0f : 0.25f;\n}\ndouble call16(double);\n"
                        "int main(void) { printf(\"%g\\n\", call16(1.0)); return 0; }\n";
  EXPECT_EQ(runWithMain(m, program), "0.5\n");
}

// printf with doubles needs %al = the number of xmm registers used (here 3; promoted float
// included), and the stack aligned for glibc's SSE code.
TEST(CodegenFloatCall, PrintfWithDoubles) {
  ir::Module m;
  ir::Builder b(m);
  ir::GlobalVariable* fmt = m.createGlobal(".str.0", 1, 1);
  fmt->linkage = ir::Linkage::Private;
  fmt->isConstant = true;
  fmt->hasInitializer = true;
  std::string text = "%d %.3f %s %g %.1f %ld|\n";
  std::vector<std::uint8_t> bytes(text.begin(), text.end());
  bytes.push_back(0);
  fmt->size = bytes.size();
  fmt->initializer = {bytesPiece(bytes)};
  ir::Signature printfSig = signatureOf(Type::i32(), {Type::ptr()}, true);
  ir::Function* printfFn = m.createFunction("printf", printfSig);
  ir::Function* f = m.createFunction("say", signatureOf(Type::i32(), {Type::f64(), Type::f32()}));
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* x = f->arguments[0].get();
  ir::Value* y = b.convert(Opcode::FPExt, f->arguments[1].get(), Type::f64());
  b.call(printfFn, printfSig,
         {fmt, b.constInt(Type::i32(), -3), x, fmt, b.constFloat(Type::f64(), 1e100), y,
          b.constInt(Type::i64(), 1234567890123)});
  b.ret(b.constInt(Type::i32(), 0));
  EXPECT_EQ(runWithMain(m, "int say(double, float);\nint main(void) { return say(3.14159, "
                           "-2.5f); }\n"),
            "-3 3.142 %d %.3f %s %g %.1f %ld|\n 1e+100 -2.5 1234567890123|\n");
}

// double across(double x): x and x * 3 live across a call to a gcc function that clobbers
// every xmm register; the checker rejects any xmm assignment across the call.
TEST(CodegenFloatCall, FloatsLiveAcrossCallsSurvive) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* clobber = m.createFunction("clobber_xmm", signatureOf(Type::f64(), {}));
  ir::Function* f = m.createFunction("across", signatureOf(Type::f64(), {Type::f64()}));
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* x = f->arguments[0].get();
  ir::Value* y = b.binary(Opcode::FMul, x, b.constFloat(Type::f64(), 3.0));
  ir::Value* z = b.call(clobber, clobber->signature(), {});
  ir::Value* w = b.call(clobber, clobber->signature(), {});
  b.ret(b.binary(Opcode::FAdd, b.binary(Opcode::FAdd, y, x), b.binary(Opcode::FMul, z, w)));
  std::string program = R"(
    #include <stdio.h>
    double across(double);
    double clobber_xmm(void) {
      volatile double v[16];
      for (int i = 0; i < 16; ++i) v[i] = i * 100.0;
      __asm__ volatile("xorps %%xmm0, %%xmm0; xorps %%xmm1, %%xmm1; xorps %%xmm2, %%xmm2;"
                       "xorps %%xmm8, %%xmm8; xorps %%xmm15, %%xmm15" ::: "xmm0", "xmm1",
                       "xmm2", "xmm8", "xmm15");
      return 2.0;
    }
    int main(void) { printf("%g\n", across(1.5)); return 0; })";
  EXPECT_EQ(runWithMain(m, program), "10\n");
}

// Phis of doubles: a loop summing 1/i, and the Fibonacci swap (a, b) = (b, a + b) whose phi
// copies form a cycle.
TEST(CodegenFloatCall, PhisOfFloats) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* f = m.createFunction("fib", signatureOf(Type::f64(), {Type::i32()}));
  ir::BasicBlock* entry = f->createBlock("entry");
  ir::BasicBlock* loop = f->createBlock("loop");
  ir::BasicBlock* body = f->createBlock("body");
  ir::BasicBlock* done = f->createBlock("done");
  b.setInsertPoint(entry);
  b.jmp(loop);
  b.setInsertPoint(loop);
  ir::Instruction* i = b.phi(loop, Type::i32());
  ir::Instruction* a = b.phi(loop, Type::f64());
  ir::Instruction* c = b.phi(loop, Type::f64());
  ir::Instruction* harmonic = b.phi(loop, Type::f64());
  b.br(b.icmp(Predicate::SLt, i, f->arguments[0].get()), body, done);
  b.setInsertPoint(body);
  ir::Value* next = b.binary(Opcode::FAdd, a, c);
  ir::Value* i1 = b.binary(Opcode::Add, i, b.constInt(Type::i32(), 1));
  ir::Value* h = b.binary(Opcode::FAdd, harmonic,
                          b.binary(Opcode::FDiv, b.constFloat(Type::f64(), 1.0),
                                   b.convert(Opcode::SIToFP, i1, Type::f64())));
  b.jmp(loop);
  ir::Builder::addIncoming(i, b.constInt(Type::i32(), 0), entry);
  ir::Builder::addIncoming(i, i1, body);
  ir::Builder::addIncoming(a, b.constFloat(Type::f64(), 0.0), entry);
  ir::Builder::addIncoming(a, c, body);
  ir::Builder::addIncoming(c, b.constFloat(Type::f64(), 1.0), entry);
  ir::Builder::addIncoming(c, next, body);
  ir::Builder::addIncoming(harmonic, b.constFloat(Type::f64(), 0.0), entry);
  ir::Builder::addIncoming(harmonic, h, body);
  b.setInsertPoint(done);
  b.ret(b.binary(Opcode::FAdd, a, harmonic));
  std::string program = R"(
    #include <stdio.h>
    double fib(int);
    int main(void) {
      double a = 0, c = 1, h = 0;
      for (int i = 0; i < 50; ++i) { double n = a + c; a = c; c = n; h += 1.0 / (i + 1); }
      printf("%d\n", fib(50) == a + h);
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "1\n");
}

// Twenty doubles live at once do not fit sixteen xmm registers: some are spilled (8-byte
// slots, movsd) and reloaded, and the sum is still right.
TEST(CodegenFloatCall, MoreLiveFloatsThanRegisters) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* f = m.createFunction("many", signatureOf(Type::f64(), {Type::f64()}));
  b.setInsertPoint(f->createBlock("entry"));
  std::vector<ir::Value*> values;
  for (int i = 0; i < 20; ++i)
    values.push_back(
        b.binary(Opcode::FMul, f->arguments[0].get(), b.constFloat(Type::f64(), i + 1)));
  ir::Value* sum = values[0];
  for (int i = 1; i < 20; ++i)
    sum = b.binary(Opcode::FAdd, sum, b.binary(Opcode::FSub, values[i], values[19 - i]));
  b.ret(sum);
  std::string errors;
  std::string assembly = compileToAssembly(m, &errors, "regalloc");
  EXPECT_NE(errors.find("movsd\t%xmm"), std::string::npos) << errors; // a spill store
  EXPECT_EQ(runWithMain(m, "#include <stdio.h>\ndouble many(double);\n"
                           "int main(void) { printf(\"%g\\n\", many(2.0)); return 0; }\n"),
            "40\n"); // v0 + sum of (v[i] - v[19 - i]) telescopes to v[19] = 2 * 20
}

// Float globals: loads, stores of registers and of literals (as integer bit patterns where
// they fit an immediate, 1.5 as a double does not).
TEST(CodegenFloatCall, FloatLoadsAndStores) {
  ir::Module m;
  ir::Builder b(m);
  ir::GlobalVariable* gd = m.createGlobal("gd", 8, 8);
  gd->hasInitializer = true;
  gd->initializer = {zeroPiece(8)};
  ir::GlobalVariable* gf = m.createGlobal("gf", 4, 4);
  gf->hasInitializer = true;
  gf->initializer = {zeroPiece(4)};
  ir::Function* f = m.createFunction("update", signatureOf(Type::f64(), {Type::ptr()}));
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* old = b.load(Type::f64(), gd);
  ir::Value* oldF = b.load(Type::f32(), gf);
  b.store(b.binary(Opcode::FAdd, old, b.constFloat(Type::f64(), 0.25)), gd);
  b.store(b.constFloat(Type::f32(), -2.5), gf);
  b.store(b.constFloat(Type::f64(), 1.5), f->arguments[0].get());
  b.store(b.constFloat(Type::f64(), -0.0),
          b.ptrAdd(f->arguments[0].get(), b.constInt(Type::i64(), 8)));
  b.ret(b.binary(Opcode::FSub, old, b.convert(Opcode::FPExt, oldF, Type::f64())));
  std::string program = R"(
    #include <stdio.h>
    extern double gd; extern float gf;
    double update(double*);
    int main(void) {
      double out[2] = {7, 7};
      gd = 4.0; gf = 0.5f;
      double r = update(out);
      printf("%g %g %g %g %g %d\n", r, gd, gf, out[0], out[1], __builtin_signbit(out[1]) != 0);
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "3.5 4.25 -2.5 1.5 -0 1\n");
}

} // namespace
