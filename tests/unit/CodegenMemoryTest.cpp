// End-to-end tests of memory: globals in every section (initialized, zero, constant, with
// address initializers, internal and private), loads and stores of every width through folded
// address modes, allocas whose address escapes to gcc code, and memcopy.
#include "CodegenTestSupport.h"

using namespace minicc;
using namespace minicc::testing;
using ir::Opcode;
using ir::Type;

namespace {

ir::GlobalVariable* defineGlobal(ir::Module& m, const std::string& name, std::uint64_t size,
                                 std::uint64_t align, std::vector<ir::InitPiece> init,
                                 ir::Linkage linkage = ir::Linkage::External) {
  ir::GlobalVariable* g = m.createGlobal(name, size, align);
  g->linkage = linkage;
  g->hasInitializer = true;
  g->initializer = std::move(init);
  return g;
}

ir::InitPiece bytes(std::vector<std::uint8_t> b) {
  return {ir::InitPiece::Kind::Bytes, std::move(b), 0};
}
ir::InitPiece zeros(std::uint64_t n) {
  return {ir::InitPiece::Kind::Zero, {}, n};
}
ir::InitPiece address(std::string symbol, std::int64_t addend) {
  ir::InitPiece p;
  p.kind = ir::InitPiece::Kind::Address;
  p.symbol = std::move(symbol);
  p.addend = addend;
  return p;
}

TEST(CodegenMemory, GlobalsInEverySection) {
  ir::Module m;
  ir::Builder b(m);
  // int counter = 0x01020304; static short table[4] = {1, 2, 3, 4}; long zeros[100];
  // const char *const names[2] = {"hi", &counter+... }; int *p = &table[2];
  defineGlobal(m, "counter", 4, 4, {bytes({4, 3, 2, 1})});
  ir::GlobalVariable* table =
      defineGlobal(m, "table", 8, 2, {bytes({1, 0, 2, 0, 3, 0, 4, 0})}, ir::Linkage::Internal);
  defineGlobal(m, "zeros", 800, 16, {zeros(800)});
  ir::GlobalVariable* hi =
      defineGlobal(m, ".str.0", 3, 1, {bytes({'h', 'i', 0})}, ir::Linkage::Private);
  hi->isConstant = true;
  ir::GlobalVariable* names =
      defineGlobal(m, "names", 16, 8, {address(".str.0", 0), address("counter", 2)});
  names->isConstant = true;
  defineGlobal(m, "p", 8, 8, {address("table", 4)});
  // short table_at(long i) { return table[i]; }
  ir::Function* at = m.createFunction("table_at", signatureOf(Type::i16(), {Type::i64()}));
  b.setInsertPoint(at->createBlock("entry"));
  ir::Value* off = b.binary(Opcode::Mul, at->arguments[0].get(), b.constInt(Type::i64(), 2));
  b.ret(b.load(Type::i16(), b.ptrAdd(table, off)));
  std::string program = R"(
    #include <stdio.h>
    extern int counter; extern long zeros[100]; extern const char *const names[2]; extern short *p;
    short table_at(long);
    int main(void) {
      printf("%x %d %d %s %d %d\n", counter, table_at(3), *p, names[0],
             *(const char *)names[1], (int)zeros[99]);
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "1020304 4 3 hi 2 0\n");
  std::string assembly = compileToAssembly(m);
  EXPECT_NE(assembly.find(".bss"), std::string::npos);
  EXPECT_NE(assembly.find(".section\t.rodata"), std::string::npos);
  EXPECT_NE(assembly.find(".section\t.data.rel.ro"), std::string::npos);
  EXPECT_NE(assembly.find(".local\ttable"), std::string::npos);
  EXPECT_NE(assembly.find(".quad\t.L.str.0"), std::string::npos);
  EXPECT_EQ(assembly.find(".globl\t.L"), std::string::npos);
}

// Loads and stores of each width at constant offsets, scaled indices and negative offsets,
// including storing immediates (a 64-bit one that does not fit in 32 bits).
TEST(CodegenMemory, LoadsAndStoresOfEveryWidth) {
  ir::Module m;
  ir::Builder b(m);
  // void fill(char *base, long i): base[i*8 + 8] = (long)i*3 ... through several widths
  ir::Function* f =
      m.createFunction("fill", signatureOf(Type::voidTy(), {Type::ptr(), Type::i64()}));
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* base = f->arguments[0].get();
  ir::Value* i = f->arguments[1].get();
  ir::Value* scaled = b.binary(Opcode::Mul, i, b.constInt(Type::i64(), 8));
  ir::Value* slot = b.ptrAdd(b.ptrAdd(base, scaled), b.constInt(Type::i64(), 16));
  b.store(b.binary(Opcode::Mul, i, b.constInt(Type::i64(), 3)), slot);              // long at 16+8i
  b.store(b.constInt(Type::i64(), 0x123456789abcdefLL), base);                      // long at 0
  b.store(b.constInt(Type::i32(), -2), b.ptrAdd(base, b.constInt(Type::i64(), 8))); // int at 8
  b.store(b.constInt(Type::i16(), 0x7abc), b.ptrAdd(base, b.constInt(Type::i64(), 12)));
  b.store(b.constInt(Type::i8(), -1), b.ptrAdd(base, b.constInt(Type::i64(), 14)));
  ir::Value* end = b.ptrAdd(base, b.constInt(Type::i64(), 64));
  ir::Value* back =
      b.ptrAdd(end, b.binary(Opcode::Shl, b.binary(Opcode::Sub, b.constInt(Type::i64(), 0), i),
                             b.constInt(Type::i64(), 2)));
  b.store(b.convert(Opcode::Trunc, i, Type::i32()), b.ptrAdd(back, b.constInt(Type::i64(), -4)));
  b.ret();
  // long sum(char *base): reads back with each width, sign- and zero-extending
  ir::Function* s = m.createFunction("sum", signatureOf(Type::i64(), {Type::ptr()}));
  b.setInsertPoint(s->createBlock("entry"));
  ir::Value* p = s->arguments[0].get();
  auto at = [&](int offset) { return b.ptrAdd(p, b.constInt(Type::i64(), offset)); };
  ir::Value* total = b.load(Type::i64(), p);
  total = b.binary(Opcode::Add, total,
                   b.convert(Opcode::SExt, b.load(Type::i32(), at(8)), Type::i64()));
  total = b.binary(Opcode::Add, total,
                   b.convert(Opcode::ZExt, b.load(Type::i16(), at(12)), Type::i64()));
  total = b.binary(Opcode::Add, total,
                   b.convert(Opcode::SExt, b.load(Type::i8(), at(14)), Type::i64()));
  total = b.binary(Opcode::Add, total,
                   b.convert(Opcode::ZExt, b.load(Type::i8(), at(14)), Type::i64()));
  b.ret(total);
  std::string program = R"(
    #include <stdio.h>
    #include <string.h>
    void fill(char *, long);
    long sum(char *);
    int main(void) {
      long buf[8]; memset(buf, 0, sizeof buf);
      fill((char *)buf, 5);
      printf("%ld %ld %d\n", buf[7], sum((char *)buf), ((int *)buf)[10]);
      return 0;
    })";
  long want = 0x123456789abcdefL - 2 + 0x7abc - 1 + 255;
  EXPECT_EQ(runWithMain(m, program), "15 " + std::to_string(want) + " 5\n");
}

// Locals whose address escapes: gcc code writes through the pointers, minicc reads back.
TEST(CodegenMemory, AllocaAddressEscapes) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* set =
      m.createFunction("set_it", signatureOf(Type::voidTy(), {Type::ptr(), Type::i32()}));
  // int local(int v) { int y = v; int arr[10]; arr[9] = 1000; set_it(&y, 7);
  //                    set_it(&arr[9], y); return arr[9] + y; }
  ir::Function* g = m.createFunction("local", signatureOf(Type::i32(), {Type::i32()}));
  b.setInsertPoint(g->createBlock("entry"));
  ir::Value* y = b.alloca(4, 4);
  ir::Value* arr = b.alloca(40, 16);
  ir::Value* last = b.ptrAdd(arr, b.constInt(Type::i64(), 36));
  b.store(g->arguments[0].get(), y);
  b.store(b.constInt(Type::i32(), 1000), last);
  b.call(set, set->signature(), {y, b.constInt(Type::i32(), 7)});
  b.call(set, set->signature(), {last, b.load(Type::i32(), y)});
  b.ret(b.binary(Opcode::Add, b.load(Type::i32(), last), b.load(Type::i32(), y)));
  std::string program = R"(
    #include <stdio.h>
    int local(int);
    void set_it(int *p, int v) { *p += v; }
    int main(void) { printf("%d\n", local(100)); return 0; }
  )";
  EXPECT_EQ(runWithMain(m, program), "1214\n");
}

TEST(CodegenMemory, MemCopySmallAndLarge) {
  ir::Module m;
  ir::Builder b(m);
  for (std::uint64_t size : {1u, 7u, 16u, 33u, 64u, 65u, 300u}) {
    std::string name = "copy" + std::to_string(size);
    ir::Function* f =
        m.createFunction(name, signatureOf(Type::voidTy(), {Type::ptr(), Type::ptr()}));
    b.setInsertPoint(f->createBlock("entry"));
    b.memCopy(b.ptrAdd(f->arguments[0].get(), b.constInt(Type::i64(), 1)), f->arguments[1].get(),
              size, 1);
    b.ret();
  }
  std::string program = R"(
    #include <stdio.h>
    #include <string.h>
    #define N(s) void copy##s(char *, const char *);
    N(1) N(7) N(16) N(33) N(64) N(65) N(300)
    int check(void (*fn)(char *, const char *), int size) {
      char src[400], dst[400], want[400];
      for (int i = 0; i < 400; i++) src[i] = (char)(i * 7 + 1), dst[i] = want[i] = (char)-i;
      memcpy(want + 1, src, size);
      fn(dst, src);
      return memcmp(dst, want, sizeof dst) == 0;
    }
    int main(void) {
      printf("%d%d%d%d%d%d%d\n", check(copy1, 1), check(copy7, 7), check(copy16, 16),
             check(copy33, 33), check(copy64, 64), check(copy65, 65), check(copy300, 300));
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "1111111\n");
}

} // namespace

namespace {

// Loads folded into the instruction that reads them (add/sub/mul/cmp memory operands), and a
// load that must not move past a store to the same address.
TEST(CodegenMemory, FoldedLoadsKeepTheirOrderWithStores) {
  ir::Module m;
  ir::Builder b(m);
  // long f(long *p, signed char *c):
  //   long x = p[0]; p[0] = 100; long y = p[1] - p[0]; long z = p[2] * 3;
  //   int lt = c[0] < c[1]; return x * 1000000 + y * 1000 + z + lt
  ir::Function* f = m.createFunction("folds", signatureOf(Type::i64(), {Type::ptr(), Type::ptr()}));
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* p = f->arguments[0].get();
  ir::Value* c = f->arguments[1].get();
  auto at = [&](ir::Value* base, int off) { return b.ptrAdd(base, b.constInt(Type::i64(), off)); };
  ir::Value* x = b.load(Type::i64(), p);
  b.store(b.constInt(Type::i64(), 100), p);
  ir::Value* y = b.binary(Opcode::Sub, b.load(Type::i64(), at(p, 8)), b.load(Type::i64(), p));
  ir::Value* z = b.binary(Opcode::Mul, b.load(Type::i64(), at(p, 16)), b.constInt(Type::i64(), 3));
  ir::Value* lt = b.icmp(ir::Predicate::SLt, b.load(Type::i8(), c), b.load(Type::i8(), at(c, 1)));
  ir::Value* r = b.binary(Opcode::Add, b.binary(Opcode::Mul, x, b.constInt(Type::i64(), 1000000)),
                          b.binary(Opcode::Mul, y, b.constInt(Type::i64(), 1000)));
  r = b.binary(Opcode::Add, b.binary(Opcode::Add, r, z), b.convert(Opcode::ZExt, lt, Type::i64()));
  b.ret(r);
  std::string program = R"(
    #include <stdio.h>
    long folds(long *, signed char *);
    int main(void) {
      long p[3] = {7, 150, 5};
      signed char c[2] = {-100, 20};
      long r = folds(p, c);
      printf("%ld %ld\n", r, p[0]);
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "7050016 100\n");
  std::string assembly = compileToAssembly(m);
  EXPECT_NE(assembly.find("subq\t(%"), std::string::npos) << assembly;
  EXPECT_NE(assembly.find("cmpb\t"), std::string::npos) << assembly;
}

} // namespace
