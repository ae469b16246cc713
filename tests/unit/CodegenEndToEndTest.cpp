// End-to-end backend tests: IR built with ir::Builder, compiled by minicc's backend, linked
// with a gcc-compiled C main that calls it, and run.
#include "CodegenTestSupport.h"

using namespace minicc;
using namespace minicc::testing;
using ir::Opcode;
using ir::Type;

namespace {

TEST(CodegenEndToEnd, AddTwoInts) {
  ir::Module m;
  ir::Function* f = m.createFunction("add", signatureOf(Type::i32(), {Type::i32(), Type::i32()}));
  ir::Builder b(m);
  b.setInsertPoint(f->createBlock("entry"));
  b.ret(b.binary(Opcode::Add, f->arguments[0].get(), f->arguments[1].get()));
  std::string out = runWithMain(m, R"(
    #include <stdio.h>
    int add(int, int);
    int main(void) {
      printf("%d %d %d\n", add(2, 3), add(-7, 4), add(2147483647, 1));
      return 0;
    })");
  EXPECT_EQ(out, "5 -3 -2147483648\n");
}

} // namespace
