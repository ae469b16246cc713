// Static initializers (C11 6.7.9): designators, brace elision, nested and partial braces,
// unions, anonymous members, bit-fields, strings and constant expressions, lowered to the
// bytes of each global and compared with the bytes gcc's objects hold for the same
// declarations (measured once by compiling them with gcc and dumping each object).
#include "SemaTestSupport.h"
#include "ir/IR.h"

using namespace minicc;
using namespace minicc::frontend;

namespace {

struct InitCase {
  const char* declaration;
  const char* name;
  std::vector<int> bytes;
};

const std::vector<InitCase> kCases = {
    {R"(int a1[5] = {1, [3] = 4, 5};)", "a1", {1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                               0, 0, 4, 0, 0, 0, 5, 0, 0, 0}},
    {R"(int a2[2][3] = {1, 2, 3, [1][1] = 5};)", "a2", {1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0,
                                                        0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0}},
    {R"(int a3[][2] = {{1}, 2, 3, {4, 5}};)", "a3", {1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0,
                                                     3, 0, 0, 0, 4, 0, 0, 0, 5, 0, 0, 0}},
    {R"(struct P { char c; int i; short s[2]; } p1 = {'x', 2, {3, 4}};)",
     "p1",
     {120, 0, 0, 0, 2, 0, 0, 0, 3, 0, 4, 0}},
    {R"(struct P p2 = {.s[1] = 7, .c = 'a', 9};)", "p2", {97, 0, 0, 0, 9, 0, 0, 0, 0, 0, 7, 0}},
    {R"(struct P p3[2] = {[1].i = 5, [0] = {'q'}, 8};)",
     "p3",
     {113, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0}},
    {R"(union U { char c[3]; int i; } u1 = {.i = 0x01020304, .c = {9}};)", "u1", {9, 0, 0, 0}},
    {R"(union U u2 = {{1, 2}};)", "u2", {1, 2, 0, 0}},
    {R"(struct B { unsigned a : 3; int b : 4; unsigned c : 9; char d; } b1 = {7, -2, 300, 'z'};)",
     "b1",
     {119, 150, 122, 0}},
    {R"(struct B b2 = {.c = 1, .a = 2};)", "b2", {130, 0, 0, 0}},
    {R"(char s1[6] = "ab";)", "s1", {97, 98, 0, 0, 0, 0}},
    {R"(char s2[3] = "abc";)", "s2", {97, 98, 99}},
    {R"(char s3[] = {"xyz"};)", "s3", {120, 121, 122, 0}},
    {R"(struct N { int x; struct { int y, z; } in; int w; } n1 = {1, 2, 3, 4};)",
     "n1",
     {1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0}},
    {R"(struct N n2 = {1, {2}, 4};)", "n2", {1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0}},
    {R"(struct N n3 = {.in.z = 6, 7};)", "n3", {0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 7, 0, 0, 0}},
    {R"(struct A { int x; union { int y; char c; }; int z; } an = {1, {2}, 3};)",
     "an",
     {1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0}},
    {R"(struct A an2 = {.c = 5, .z = 9};)", "an2", {0, 0, 0, 0, 5, 0, 0, 0, 9, 0, 0, 0}},
    {R"(long l1 = 0x123456789abcdef0L;)", "l1", {240, 222, 188, 154, 120, 86, 52, 18}},
    {R"(signed char sc1 = -1;)", "sc1", {255}},
    {R"(unsigned short us1 = 65535;)", "us1", {255, 255}},
    {R"(_Bool bo = 42;)", "bo", {1}},
    {R"(int ie = 3 * 4 - 1 << 2;)", "ie", {44, 0, 0, 0}},
    {R"(long off = (long)&((struct P *)0)->s[1];)", "off", {10, 0, 0, 0, 0, 0, 0, 0}},
    {R"(char cs[4] = {'a', 98, 'c' + 1};)", "cs", {97, 98, 100, 0}},
    {R"(int arr_of_str_len = sizeof("abc") + sizeof(s1);)", "arr_of_str_len", {10, 0, 0, 0}},
};

std::vector<int> bytesOf(const ir::GlobalVariable& g) {
  std::vector<int> bytes;
  for (const ir::InitPiece& piece : g.initializer) {
    switch (piece.kind) {
    case ir::InitPiece::Kind::Bytes:
      for (std::uint8_t b : piece.bytes) bytes.push_back(b);
      break;
    case ir::InitPiece::Kind::Zero: bytes.insert(bytes.end(), piece.zeroCount, 0); break;
    case ir::InitPiece::Kind::Address: bytes.insert(bytes.end(), 8, -1); break;
    }
  }
  return bytes;
}

TEST(SemaInitializer, StaticBytesMatchGcc) {
  std::string source;
  for (const InitCase& c : kCases) source += std::string(c.declaration) + "\n";
  std::ostringstream out;
  DiagnosticEngine diags(out);
  std::unique_ptr<ir::Module> module = compileC(source, "test.c", diags);
  ASSERT_TRUE(module) << out.str();
  EXPECT_EQ(out.str(), "");
  for (const InitCase& c : kCases) {
    const ir::GlobalVariable* g = module->findGlobal(c.name);
    ASSERT_TRUE(g) << c.name;
    EXPECT_TRUE(g->hasInitializer) << c.name;
    EXPECT_EQ(g->size, c.bytes.size()) << c.declaration;
    EXPECT_EQ(bytesOf(*g), c.bytes) << c.declaration;
  }
}

TEST(SemaInitializer, AddressesOfGlobalsAndStrings) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  std::unique_ptr<ir::Module> module =
      compileC("int x[4]; int *p = &x[3]; char *s = \"hi\" + 1; int *q = x + 1 - 1;\n"
               "struct { int a; int *b; } r = {1, &x[2]};\n",
               "test.c", diags);
  ASSERT_TRUE(module) << out.str();
  auto piece = [&](const char* name, std::size_t index) {
    return module->findGlobal(name)->initializer.at(index);
  };
  EXPECT_EQ(piece("p", 0).symbol, "x");
  EXPECT_EQ(piece("p", 0).addend, 12);
  EXPECT_EQ(piece("s", 0).symbol, ".str.0");
  EXPECT_EQ(piece("s", 0).addend, 1);
  EXPECT_EQ(piece("q", 0).addend, 0);
  EXPECT_EQ(piece("r", 0).kind, ir::InitPiece::Kind::Bytes); // a, then padding
  EXPECT_EQ(piece("r", 1).kind, ir::InitPiece::Kind::Address);
  EXPECT_EQ(piece("r", 1).addend, 8);
}

TEST(SemaInitializer, ArraySizeComesFromTheInitializer) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  std::unique_ptr<ir::Module> module =
      compileC("int a[] = {1, 2, [9] = 3}; char s[] = \"four\"; int m[][3] = {1, 2, 3, 4};\n"
               "int t[];\n",
               "test.c", diags);
  ASSERT_TRUE(module) << out.str();
  EXPECT_EQ(module->findGlobal("a")->size, 40u);
  EXPECT_EQ(module->findGlobal("s")->size, 5u);
  EXPECT_EQ(module->findGlobal("m")->size, 24u);
  // C11 6.9.2p5: a tentative definition of an array of unknown size has one element.
  EXPECT_EQ(module->findGlobal("t")->size, 4u);
  EXPECT_NE(out.str().find("warning: array 't' assumed to have one element"), std::string::npos);
}

} // namespace
