// End-to-end tests of calls against gcc-compiled code in both directions: argument registers
// and stack slots for many mixed-width parameters, narrow-value extension, variadic calls
// (%al), indirect calls, callbacks from glibc (qsort), external function addresses (GOT),
// recursion, and values kept across calls.
#include "CodegenTestSupport.h"

using namespace minicc;
using namespace minicc::testing;
using ir::Extension;
using ir::Opcode;
using ir::Predicate;
using ir::Type;

namespace {

const Type MixedParams[] = {Type::i8(),  Type::i8(),  Type::i16(), Type::i16(),
                            Type::i32(), Type::i32(), Type::i64(), Type::ptr(),
                            Type::i8(),  Type::i16(), Type::i32(), Type::i64()};
const Extension MixedExtensions[] = {Extension::Sign, Extension::Zero, Extension::Sign,
                                     Extension::Zero, Extension::None, Extension::None,
                                     Extension::None, Extension::None, Extension::Sign,
                                     Extension::Zero, Extension::None, Extension::None};
const char* const MixedCTypes[] = {"signed char", "unsigned char",  "short", "unsigned short",
                                   "int",         "unsigned",       "long",  "char*",
                                   "signed char", "unsigned short", "int",   "long"};
const char* const MixedCValues[] = {
    "-3",           "250",           "-1234", "60000", "-100000",    "4000000000u",
    "-5000000000L", "(char*)0x1234", "-128",  "65535", "2147483647", "0x7fffffffffffffffL"};
constexpr int MixedCount = 12;

ir::Signature mixedSignature(Type ret) {
  ir::Signature sig = signatureOf(ret, {std::begin(MixedParams), std::end(MixedParams)});
  sig.paramExtensions = {std::begin(MixedExtensions), std::end(MixedExtensions)};
  return sig;
}

// The C value of parameter i widened to long the way C converts it.
std::string widenedValue(int i) {
  return std::string("(long)(") + MixedCTypes[i] + ")" + MixedCValues[i];
}

// gcc calls minicc: the callee stores every parameter (extended as its C type says) into a
// global array that the C side checks.
TEST(CodegenCall, GccCallsMiniccWithTwelveMixedArguments) {
  ir::Module m;
  ir::GlobalVariable* got = m.createGlobal("got", 8 * MixedCount, 8);
  got->linkage = ir::Linkage::External;
  got->hasInitializer = true;
  got->initializer = {{ir::InitPiece::Kind::Zero, {}, 8 * MixedCount}};
  ir::Function* f = m.createFunction("take12", mixedSignature(Type::i32()));
  ir::Builder b(m);
  b.setInsertPoint(f->createBlock("entry"));
  for (int i = 0; i < MixedCount; ++i) {
    ir::Value* v = f->arguments[i].get();
    if (v->type().isInteger() && v->type().bits() < 64)
      v = b.convert(MixedExtensions[i] == Extension::Zero ? Opcode::ZExt : Opcode::SExt, v,
                    Type::i64());
    b.store(v, b.ptrAdd(got, b.constInt(Type::i64(), 8 * i)));
  }
  b.ret(b.constInt(Type::i32(), 42));
  std::string decl, call, checks;
  for (int i = 0; i < MixedCount; ++i) {
    decl += std::string(i ? ", " : "") + MixedCTypes[i];
    call += std::string(i ? ", " : "") + MixedCValues[i];
    if (i == 5 || i == 4) { // i32 without extension: only the low 32 bits are meaningful
      checks += "  if ((int)got[" + std::to_string(i) + "] != (int)" + widenedValue(i) +
                ") printf(\"bad " + std::to_string(i) + "\\n\");\n";
      continue;
    }
    checks += "  if (got[" + std::to_string(i) + "] != " + widenedValue(i) + ") printf(\"bad " +
              std::to_string(i) + " %lx\\n\", got[" + std::to_string(i) + "]);\n";
  }
  std::string program = "#include <stdio.h>\nextern long got[];\nint take12(" + decl +
                        ");\nint main(void) {\n  int r = take12(" + call + ");\n" + checks +
                        "  printf(\"%d\\n\", r);\n  return 0;\n}\n";
  EXPECT_EQ(runWithMain(m, program), "42\n");
}

// minicc calls gcc: constants and computed values, including stack arguments 7..12.
TEST(CodegenCall, MiniccCallsGccWithTwelveMixedArguments) {
  ir::Module m;
  ir::Function* callee = m.createFunction("check12", mixedSignature(Type::i64()));
  ir::Function* f = m.createFunction("call12", signatureOf(Type::i64(), {Type::i32()}));
  ir::Builder b(m);
  b.setInsertPoint(f->createBlock("entry"));
  // Values computed from the parameter (x = 1) so that they live in registers, not constants.
  ir::Value* x = f->arguments[0].get();
  auto computed = [&](Type t, std::int64_t value) -> ir::Value* {
    ir::Value* wide = x;
    if (t.bits() < 32) wide = b.convert(Opcode::Trunc, x, t);
    if (t.bits() > 32 || t.isPointer()) wide = b.convert(Opcode::SExt, x, Type::i64());
    ir::Value* scaled =
        b.binary(Opcode::Mul, wide,
                 b.constInt(t.isPointer() ? Type::i64() : t,
                            ir::canonicalizeInt(t.isPointer() ? Type::i64() : t, value)));
    return t.isPointer() ? b.convert(Opcode::IntToPtr, scaled, Type::ptr()) : scaled;
  };
  const std::int64_t values[] = {-3,          250,    -1234, 60000, -100000,    4000000000,
                                 -5000000000, 0x1234, -128,  65535, 2147483647, INT64_MAX};
  std::vector<ir::Value*> constArgs, computedArgs;
  for (int i = 0; i < MixedCount; ++i) {
    Type t = MixedParams[i];
    constArgs.push_back(t.isPointer() ? static_cast<ir::Value*>(b.constInt(Type::ptr(), values[i]))
                                      : b.constInt(t, ir::canonicalizeInt(t, values[i])));
    computedArgs.push_back(computed(t, values[i]));
  }
  ir::Value* r1 = b.call(callee, callee->signature(), constArgs);
  ir::Value* r2 = b.call(callee, callee->signature(), computedArgs);
  b.ret(b.binary(Opcode::Add, r1, r2));
  std::string params, checks;
  for (int i = 0; i < MixedCount; ++i) {
    params += std::string(i ? ", " : "") + MixedCTypes[i] + " a" + std::to_string(i);
    checks += "  if ((long)a" + std::to_string(i) + " != " + widenedValue(i) +
              ") { printf(\"bad arg " + std::to_string(i) + "\\n\"); bad = 1; }\n";
  }
  std::string program = "#include <stdio.h>\nlong check12(" + params + ") {\n  int bad = 0;\n" +
                        checks +
                        "  return bad ? 1000 : 1;\n}\nlong call12(int);\n"
                        "int main(void) { printf(\"%ld\\n\", call12(1)); return 0; }\n";
  EXPECT_EQ(runWithMain(m, program), "2\n");
}

// The sender extends narrow values to 32 bits (clang-built code relies on it): seen from C
// through `int`, a `signed char` -5 must arrive as -5 and an `unsigned char` 251 as 251.
TEST(CodegenCall, NarrowArgumentsAndReturnsAreExtendedBySender) {
  ir::Module m;
  ir::Builder b(m);
  ir::Signature narrowSig = signatureOf(Type::i8(), {Type::i8(), Type::i16()});
  narrowSig.returnExtension = Extension::Sign;
  narrowSig.paramExtensions = {Extension::Zero, Extension::Sign};
  ir::Function* seeWide = m.createFunction("see_wide", narrowSig);
  ir::Function* f = m.createFunction("narrow", signatureOf(Type::i32(), {Type::i32()}));
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* a = b.convert(Opcode::Trunc, f->arguments[0].get(), Type::i8()); // garbage above
  ir::Value* c = b.convert(Opcode::Trunc, f->arguments[0].get(), Type::i16());
  ir::Value* r = b.call(seeWide, narrowSig, {a, c});
  b.ret(b.convert(Opcode::SExt, r, Type::i32()));
  ir::Function* ret = m.createFunction("ret_minus5", narrowSig);
  b.setInsertPoint(ret->createBlock("entry"));
  b.ret(b.binary(Opcode::Sub, ret->arguments[0].get(), b.constInt(Type::i8(), 0)));
  std::string program = R"(
    #include <stdio.h>
    int narrow(int);
    int ret_minus5(int, int);   /* really returns signed char, sign-extended by the callee */
    int see_wide(int a, int c) { printf("%d %d\n", a, c); return 0x7ffffffb; }
    int main(void) {
      printf("%d\n", narrow(0x1234fffb));
      printf("%d\n", ret_minus5(0x7ffffffb, 0));
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "251 -5\n-5\n-5\n");
}

// printf through `...`: %al must be set (0 here), and the format string is a Private global.
TEST(CodegenCall, VariadicCallToPrintf) {
  ir::Module m;
  ir::Builder b(m);
  ir::GlobalVariable* fmt = m.createGlobal(".str.0", 17, 1);
  fmt->linkage = ir::Linkage::Private;
  fmt->isConstant = true;
  fmt->hasInitializer = true;
  std::string text = "%d %ld %s|%c\n";
  std::vector<std::uint8_t> bytes(text.begin(), text.end());
  bytes.push_back(0);
  fmt->size = bytes.size();
  fmt->initializer = {{ir::InitPiece::Kind::Bytes, bytes, 0}};
  ir::GlobalVariable* word = m.createGlobal(".str.1", 4, 1);
  word->linkage = ir::Linkage::Private;
  word->isConstant = true;
  word->hasInitializer = true;
  word->initializer = {{ir::InitPiece::Kind::Bytes, {'a', '"', 'z', 0}, 0}};
  ir::Signature printfSig = signatureOf(Type::i32(), {Type::ptr()}, true);
  ir::Function* printfFn = m.createFunction("printf", printfSig);
  ir::Function* f = m.createFunction("say", signatureOf(Type::i32(), {Type::i32()}));
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* x = f->arguments[0].get();
  ir::Value* big = b.binary(Opcode::Mul, b.convert(Opcode::SExt, x, Type::i64()),
                            b.constInt(Type::i64(), 1000000000000));
  b.call(printfFn, printfSig, {fmt, x, big, word, b.constInt(Type::i32(), 'Q')});
  b.ret(b.constInt(Type::i32(), 0));
  EXPECT_EQ(runWithMain(m, "int say(int);\nint main(void) { return say(-7); }\n"),
            "-7 -7000000000000 a\"z|Q\n");
}

// qsort calls back into minicc code through a function pointer minicc passed; minicc calls
// through a pointer it received; and an external function's address comes from the GOT.
TEST(CodegenCall, CallbacksAndIndirectCalls) {
  ir::Module m;
  ir::Builder b(m);
  ir::Signature cmpSig = signatureOf(Type::i32(), {Type::ptr(), Type::ptr()});
  ir::Function* cmp = m.createFunction("by_value_desc", cmpSig);
  cmp->linkage = ir::Linkage::Internal;
  b.setInsertPoint(cmp->createBlock("entry"));
  ir::Value* x = b.load(Type::i32(), cmp->arguments[0].get());
  ir::Value* y = b.load(Type::i32(), cmp->arguments[1].get());
  ir::Value* gt = b.convert(Opcode::ZExt, b.icmp(Predicate::SLt, x, y), Type::i32());
  ir::Value* lt = b.convert(Opcode::ZExt, b.icmp(Predicate::SGt, x, y), Type::i32());
  b.ret(b.binary(Opcode::Sub, gt, lt));
  ir::Signature qsortSig =
      signatureOf(Type::voidTy(), {Type::ptr(), Type::i64(), Type::i64(), Type::ptr()});
  ir::Function* qsortFn = m.createFunction("qsort", qsortSig);
  ir::Function* sortIt =
      m.createFunction("sort_desc", signatureOf(Type::voidTy(), {Type::ptr(), Type::i64()}));
  b.setInsertPoint(sortIt->createBlock("entry"));
  b.call(qsortFn, qsortSig,
         {sortIt->arguments[0].get(), sortIt->arguments[1].get(), b.constInt(Type::i64(), 4), cmp});
  b.ret();
  // int apply(int (*fn)(int), int v) { return fn(v) + fn(v + 1); }
  ir::Signature unarySig = signatureOf(Type::i32(), {Type::i32()});
  ir::Function* apply =
      m.createFunction("apply", signatureOf(Type::i32(), {Type::ptr(), Type::i32()}));
  b.setInsertPoint(apply->createBlock("entry"));
  ir::Value* r1 = b.call(apply->arguments[0].get(), unarySig, {apply->arguments[1].get()});
  ir::Value* next = b.binary(Opcode::Add, apply->arguments[1].get(), b.constInt(Type::i32(), 1));
  ir::Value* r2 = b.call(apply->arguments[0].get(), unarySig, {next});
  b.ret(b.binary(Opcode::Add, r1, r2));
  // void *puts_address(void) { return &puts; }
  ir::Function* puts = m.createFunction("puts", signatureOf(Type::i32(), {Type::ptr()}));
  ir::Function* addr = m.createFunction("puts_address", signatureOf(Type::ptr(), {}));
  b.setInsertPoint(addr->createBlock("entry"));
  b.ret(puts);
  std::string program = R"(
    #include <stdio.h>
    void sort_desc(int *, long);
    int apply(int (*)(int), int);
    void *puts_address(void);
    static int square(int v) { return v * v; }
    int main(void) {
      int a[] = {5, -2, 9, 0, 7, 7, -10, 3};
      sort_desc(a, 8);
      for (int i = 0; i < 8; i++) printf("%d ", a[i]);
      printf("\n%d %d\n", apply(square, 3), puts_address() == (void *)puts);
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "9 7 7 5 3 0 -2 -10 \n25 1\n");
}

// Recursion with values live across the recursive calls (callee-saved registers).
TEST(CodegenCall, RecursiveFibonacci) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* fib = m.createFunction("fib", signatureOf(Type::i64(), {Type::i64()}));
  ir::BasicBlock* entry = fib->createBlock("entry");
  ir::BasicBlock* rec = fib->createBlock("rec");
  ir::BasicBlock* base = fib->createBlock("base");
  b.setInsertPoint(entry);
  ir::Value* n = fib->arguments[0].get();
  b.br(b.icmp(Predicate::SLt, n, b.constInt(Type::i64(), 2)), base, rec);
  b.setInsertPoint(base);
  b.ret(n);
  b.setInsertPoint(rec);
  ir::Value* a =
      b.call(fib, fib->signature(), {b.binary(Opcode::Sub, n, b.constInt(Type::i64(), 1))});
  ir::Value* c =
      b.call(fib, fib->signature(), {b.binary(Opcode::Sub, n, b.constInt(Type::i64(), 2))});
  b.ret(b.binary(Opcode::Add, a, c));
  EXPECT_EQ(runWithMain(m, "#include <stdio.h>\nlong fib(long);\nint main(void) { "
                           "printf(\"%ld\\n\", fib(30)); return 0; }\n"),
            "832040\n");
}

// Twenty values computed before a call and all used after it: more than the five
// callee-saved registers, so some must be spilled, and none may sit in a caller-saved register
// across the call (the gcc-compiled callee clobbers all of them).
TEST(CodegenCall, ManyValuesLiveAcrossACall) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* clobber = m.createFunction("clobber", signatureOf(Type::i64(), {Type::i64()}));
  ir::Function* f = m.createFunction("keep", signatureOf(Type::i64(), {Type::i64()}));
  b.setInsertPoint(f->createBlock("entry"));
  std::vector<ir::Value*> values;
  ir::Value* x = f->arguments[0].get();
  for (int i = 0; i < 20; ++i)
    values.push_back(b.binary(Opcode::Mul, x, b.constInt(Type::i64(), i + 3)));
  ir::Value* sum = b.call(clobber, clobber->signature(), {x});
  for (int i = 0; i < 20; ++i)
    sum = b.binary(Opcode::Add, sum, b.binary(Opcode::Xor, values[i], b.constInt(Type::i64(), i)));
  b.ret(sum);
  std::string program = R"(
    #include <stdio.h>
    long keep(long);
    long clobber(long x) {
      /* Scribble on every caller-saved register gcc might leave alone. */
      __asm__ volatile("mov $-1, %%rcx; mov $-1, %%rdx; mov $-1, %%rsi; mov $-1, %%rdi;"
                       "mov $-1, %%r8; mov $-1, %%r9; mov $-1, %%r10; mov $-1, %%r11"
                       ::: "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11");
      return x;
    }
    int main(void) {
      long want = 5;
      for (int i = 0; i < 20; i++) want += (5L * (i + 3)) ^ i;
      printf("%d\n", keep(5) == want);
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "1\n");
}

} // namespace
