// End-to-end tests of control flow: loops with phis (including phis that swap, which need a
// parallel copy with a cycle), critical edges, switch as a jump table and as compare chains,
// branches back to the entry block, and register pressure high enough to spill in a loop.
#include "CodegenTestSupport.h"

using namespace minicc;
using namespace minicc::testing;
using ir::Opcode;
using ir::Predicate;
using ir::Type;

namespace {

// long gcd_steps(long a, long b): while (b != 0) { (a, b) = (b, a % b); steps++ } -> a*1000+steps
// The phis of a and b swap roles every iteration.
TEST(CodegenControlFlow, LoopWithSwappingPhis) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* f =
      m.createFunction("gcd_steps", signatureOf(Type::i64(), {Type::i64(), Type::i64()}));
  ir::BasicBlock* entry = f->createBlock("entry");
  ir::BasicBlock* head = f->createBlock("head");
  ir::BasicBlock* body = f->createBlock("body");
  ir::BasicBlock* exit = f->createBlock("exit");
  b.setInsertPoint(entry);
  b.jmp(head);
  b.setInsertPoint(head);
  ir::Instruction* a = b.phi(head, Type::i64());
  ir::Instruction* c = b.phi(head, Type::i64());
  ir::Instruction* steps = b.phi(head, Type::i64());
  b.br(b.icmp(Predicate::Ne, c, b.constInt(Type::i64(), 0)), body, exit);
  b.setInsertPoint(body);
  ir::Value* r = b.binary(Opcode::SRem, a, c);
  ir::Value* steps2 = b.binary(Opcode::Add, steps, b.constInt(Type::i64(), 1));
  b.jmp(head);
  ir::Builder::addIncoming(a, f->arguments[0].get(), entry);
  ir::Builder::addIncoming(a, c, body); // a <- b
  ir::Builder::addIncoming(c, f->arguments[1].get(), entry);
  ir::Builder::addIncoming(c, r, body);
  ir::Builder::addIncoming(steps, b.constInt(Type::i64(), 0), entry);
  ir::Builder::addIncoming(steps, steps2, body);
  b.setInsertPoint(exit);
  b.ret(b.binary(Opcode::Add, b.binary(Opcode::Mul, a, b.constInt(Type::i64(), 1000)), steps));
  // long rotate3(long n): (x, y, z) = (y, z, x) n times, starting (1, 2, 3) -> x*100+y*10+z
  ir::Function* g = m.createFunction("rotate3", signatureOf(Type::i64(), {Type::i64()}));
  entry = g->createBlock("entry");
  head = g->createBlock("head");
  exit = g->createBlock("exit");
  b.setInsertPoint(entry);
  b.jmp(head);
  b.setInsertPoint(head);
  ir::Instruction* x = b.phi(head, Type::i64());
  ir::Instruction* y = b.phi(head, Type::i64());
  ir::Instruction* z = b.phi(head, Type::i64());
  ir::Instruction* n = b.phi(head, Type::i64());
  ir::Value* n2 = b.binary(Opcode::Sub, n, b.constInt(Type::i64(), 1));
  b.br(b.icmp(Predicate::SGt, n, b.constInt(Type::i64(), 0)), head, exit); // critical edge
  for (auto [phi, init, next] : {std::tuple{x, 1, y}, {y, 2, z}, {z, 3, x}}) {
    ir::Builder::addIncoming(phi, b.constInt(Type::i64(), init), entry);
    ir::Builder::addIncoming(phi, next, head);
  }
  ir::Builder::addIncoming(n, g->arguments[0].get(), entry);
  ir::Builder::addIncoming(n, n2, head);
  b.setInsertPoint(exit);
  ir::Value* xy = b.binary(Opcode::Add, b.binary(Opcode::Mul, x, b.constInt(Type::i64(), 100)),
                           b.binary(Opcode::Mul, y, b.constInt(Type::i64(), 10)));
  b.ret(b.binary(Opcode::Add, xy, z));
  std::string program = R"(
    #include <stdio.h>
    long gcd_steps(long, long); long rotate3(long);
    int main(void) {
      printf("%ld %ld %ld %ld %ld\n", gcd_steps(1071, 462), gcd_steps(17, 5), rotate3(0),
             rotate3(1), rotate3(5));
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "21003 1003 123 231 312\n");
}

// Builds `int classify(T v)` as a switch with the given cases, each case block returning its
// index through a phi in a common exit block (so every case edge carries a copy).
ir::Function* makeSwitch(ir::Module& m, const std::string& name, Type t,
                         const std::vector<std::int64_t>& cases, bool shareTargets) {
  ir::Builder b(m);
  ir::Function* f = m.createFunction(name, signatureOf(Type::i32(), {t}));
  ir::BasicBlock* entry = f->createBlock("entry");
  ir::BasicBlock* exit = f->createBlock("exit");
  ir::BasicBlock* other = f->createBlock("default");
  b.setInsertPoint(entry);
  ir::Instruction* sw = b.switchOn(f->arguments[0].get(), other);
  b.setInsertPoint(exit);
  ir::Instruction* result = b.phi(exit, Type::i32());
  b.ret(result);
  b.setInsertPoint(other);
  b.jmp(exit);
  ir::Builder::addIncoming(result, b.constInt(Type::i32(), -1), other);
  ir::BasicBlock* shared = nullptr;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    if (shareTargets && i % 3 == 2) { // several cases to one block, straight into the phi
      if (!shared) {
        shared = f->createBlock("shared");
        b.setInsertPoint(shared);
        b.jmp(exit);
        ir::Builder::addIncoming(result, b.constInt(Type::i32(), 99), shared);
      }
      ir::Builder::addCase(sw, cases[i], shared);
      continue;
    }
    ir::BasicBlock* block = f->createBlock("case" + std::to_string(i));
    b.setInsertPoint(block);
    b.jmp(exit);
    ir::Builder::addIncoming(result, b.constInt(Type::i32(), static_cast<std::int64_t>(i)), block);
    ir::Builder::addCase(sw, cases[i], block);
  }
  return f;
}

TEST(CodegenControlFlow, SwitchTablesAndChains) {
  ir::Module m;
  makeSwitch(m, "dense", Type::i32(), {10, 11, 12, 13, 15, 16, 17, 18, 19, 20}, true);
  makeSwitch(m, "sparse", Type::i32(), {-1000000, 3, 77, 100000}, false);
  makeSwitch(m, "small8", Type::i8(), {-128, -3, -2, -1, 0, 1, 2, 127}, false);
  makeSwitch(m, "wide64", Type::i64(), {-5, -4, -3, -2, -1}, false);
  makeSwitch(m, "huge64", Type::i64(), {INT64_MIN, 0x100000000LL, INT64_MAX}, false);
  // Four cases spanning all of i64: the span (2^64 - 1) must not wrap into a small table.
  makeSwitch(m, "full64", Type::i64(), {INT64_MIN, -1, 0, INT64_MAX}, false);
  std::string assembly = compileToAssembly(m);
  EXPECT_NE(assembly.find(".LJTI"), std::string::npos) << "expected a jump table";
  std::string program = R"(
    #include <stdio.h>
    #include <stdint.h>
    int dense(int); int sparse(int); int small8(signed char); int wide64(long); int huge64(long);
    int full64(long);
    int main(void) {
      for (int v = 8; v <= 22; v++) printf("%d ", dense(v));
      printf("| %d %d %d %d %d %d |", sparse(-1000000), sparse(3), sparse(77), sparse(100000),
             sparse(4), sparse(-1));
      for (int v = -128; v <= 127; v++) { int r = small8((signed char)v); if (r >= 0) printf(" %d:%d", v, r); }
      printf(" |");
      for (long v = -7; v <= 1; v++) printf(" %d", wide64(v));
      printf(" | %d %d %d %d", huge64(INT64_MIN), huge64(0x100000000L), huge64(INT64_MAX), huge64(0));
      printf(" | %d %d %d %d %d\n", full64(INT64_MIN), full64(-1), full64(0), full64(INT64_MAX), full64(5));
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program),
            "-1 -1 0 1 99 3 -1 4 99 6 7 99 9 -1 -1 | 0 1 2 3 -1 -1 | -128:0 -3:1 -2:2 -1:3 0:4 "
            "1:5 2:6 127:7 | -1 -1 0 1 2 3 4 -1 -1 | 0 1 2 -1 | 0 1 2 3 -1\n");
}

// A branch back to the entry block (legal in the IR): the prologue must not run again.
TEST(CodegenControlFlow, BranchBackToEntry) {
  ir::Module m;
  ir::Builder b(m);
  ir::GlobalVariable* counter = m.createGlobal("counter", 4, 4);
  counter->hasInitializer = true;
  counter->initializer = {{ir::InitPiece::Kind::Zero, {}, 4}};
  ir::Function* f = m.createFunction("count_to", signatureOf(Type::i32(), {Type::i32()}));
  ir::BasicBlock* entry = f->createBlock("entry");
  ir::BasicBlock* done = f->createBlock("done");
  b.setInsertPoint(entry);
  ir::Value* c = b.binary(Opcode::Add, b.load(Type::i32(), counter), b.constInt(Type::i32(), 1));
  b.store(c, counter);
  b.br(b.icmp(Predicate::SLt, c, f->arguments[0].get()), entry, done);
  b.setInsertPoint(done);
  b.ret(c);
  EXPECT_EQ(runWithMain(m, "#include <stdio.h>\nint count_to(int);\nint main(void) { "
                           "printf(\"%d\\n\", count_to(9)); return 0; }\n"),
            "9\n");
}

// select with a fused compare and with a boolean computed elsewhere; unreachable code.
TEST(CodegenControlFlow, SelectAndUnreachable) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* f =
      m.createFunction("clamp", signatureOf(Type::i64(), {Type::i64(), Type::i64(), Type::i64()}));
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* v = f->arguments[0].get();
  ir::Value* lo = f->arguments[1].get();
  ir::Value* hi = f->arguments[2].get();
  ir::Value* atLeastLo = b.select(b.icmp(Predicate::SLt, v, lo), lo, v);
  b.ret(b.select(b.icmp(Predicate::SGt, atLeastLo, hi), hi, atLeastLo));
  ir::Function* g = m.createFunction("never", signatureOf(Type::i32(), {Type::i32()}));
  ir::BasicBlock* entry = g->createBlock("entry");
  ir::BasicBlock* bad = g->createBlock("bad");
  ir::BasicBlock* ok = g->createBlock("ok");
  b.setInsertPoint(entry);
  b.br(b.icmp(Predicate::Eq, g->arguments[0].get(), b.constInt(Type::i32(), 0)), bad, ok);
  b.setInsertPoint(bad);
  b.unreachable();
  b.setInsertPoint(ok);
  b.ret(g->arguments[0].get());
  std::string program = R"(
    #include <stdio.h>
    long clamp(long, long, long); int never(int);
    int main(void) {
      printf("%ld %ld %ld %d\n", clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10), never(3));
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "0 5 10 3\n");
  EXPECT_NE(compileToAssembly(m).find("ud2"), std::string::npos);
}

// Thirty values live through a loop that also divides and shifts by variable amounts (fixed
// registers %rax, %rdx, %rcx in the middle of high pressure): spills must be correct.
TEST(CodegenControlFlow, HighRegisterPressureLoop) {
  ir::Module m;
  ir::Builder b(m);
  const int N = 30;
  ir::Function* f =
      m.createFunction("pressure", signatureOf(Type::i64(), {Type::i64(), Type::i64()}));
  ir::BasicBlock* entry = f->createBlock("entry");
  ir::BasicBlock* head = f->createBlock("head");
  ir::BasicBlock* exit = f->createBlock("exit");
  b.setInsertPoint(entry);
  ir::Value* x = f->arguments[0].get();
  std::vector<ir::Value*> vals;
  for (int i = 0; i < N; ++i)
    vals.push_back(b.binary(Opcode::Add, x, b.constInt(Type::i64(), i * 7 + 1)));
  b.jmp(head);
  b.setInsertPoint(head);
  ir::Instruction* i = b.phi(head, Type::i64());
  ir::Instruction* acc = b.phi(head, Type::i64());
  ir::Value* next = acc;
  for (int k = 0; k < N; ++k) {
    ir::Value* q =
        b.binary(Opcode::SDiv, vals[k], b.binary(Opcode::Add, i, b.constInt(Type::i64(), 1)));
    ir::Value* s = b.binary(Opcode::Shl, q, b.binary(Opcode::And, i, b.constInt(Type::i64(), 3)));
    next = b.binary(Opcode::Add, b.binary(Opcode::Xor, next, s), vals[(k * 7) % N]);
  }
  ir::Value* i2 = b.binary(Opcode::Add, i, b.constInt(Type::i64(), 1));
  b.br(b.icmp(Predicate::SLt, i2, f->arguments[1].get()), head, exit);
  ir::Builder::addIncoming(i, b.constInt(Type::i64(), 0), entry);
  ir::Builder::addIncoming(i, i2, head);
  ir::Builder::addIncoming(acc, b.constInt(Type::i64(), 0), entry);
  ir::Builder::addIncoming(acc, next, head);
  b.setInsertPoint(exit);
  ir::Value* total = next;
  for (int k = 0; k < N; ++k) total = b.binary(Opcode::Add, total, vals[k]);
  b.ret(total);
  std::string program = R"(
    #include <stdio.h>
    long pressure(long, long);
    static long reference(long x, long n) {
      long vals[30], acc = 0, next = 0;
      for (int k = 0; k < 30; k++) vals[k] = x + k * 7 + 1;
      for (long i = 0; i < n; i++) {
        next = acc;
        for (int k = 0; k < 30; k++) next = (next ^ ((vals[k] / (i + 1)) << (i & 3))) + vals[(k * 7) % 30];
        acc = next;
      }
      for (int k = 0; k < 30; k++) next += vals[k];
      return next;
    }
    int main(void) {
      printf("%d %d\n", pressure(12345, 10) == reference(12345, 10), pressure(-99, 3) == reference(-99, 3));
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "1 1\n");
}

} // namespace
