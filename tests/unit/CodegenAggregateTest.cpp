// End-to-end tests of structs and unions by value against gcc, in both directions, for every
// case of AggregateCases.h (each row of the classification table in docs/sysv-abi.md, mixed
// eightbytes, packed floats, unions, nesting, odd sizes 1..100 bytes):
//   - gcc calls minicc `T mc_pass_T(T a, int k)`, which calls gcc's `tr_T(a, k)` and returns
//     its result: parameters, arguments, results and returns of every class;
//   - the same after five longs and seven doubles, where a two-eightbyte aggregate no longer
//     fits and goes wholly to the stack while `k` still takes %r9 (both directions);
//   - from and to an object that ends at a page followed by an inaccessible page: minicc must
//     not read a byte past an odd-sized object;
//   - MEMORY results: the callee returns the sret buffer's address in %rax.
#include "AggregateCases.h"
#include "codegen/ABI.h"

using namespace minicc;
using namespace minicc::testing;
using ir::Opcode;
using ir::Type;

namespace {

std::vector<Type> lateParams(Type aggregate) {
  std::vector<Type> params(5, Type::i64());
  for (int i = 0; i < 7; ++i) params.push_back(Type::f64());
  params.push_back(aggregate);
  params.push_back(Type::i32());
  return params;
}

// T mc_pass_T(T a, int k) { return tr_T(a, k); } and the other minicc functions of one case.
void defineMiniccFunctions(ir::Module& m, const std::string& n, Type t) {
  ir::Builder b(m);
  ir::Signature trSig = signatureOf(t, {t, Type::i32()});
  ir::Function* tr = m.createFunction("tr_" + n, trSig);
  ir::Signature lateSig = signatureOf(t, lateParams(t));
  ir::Function* gccLate = m.createFunction("gcc_late_" + n, lateSig);

  ir::Function* pass = m.createFunction("mc_pass_" + n, trSig);
  b.setInsertPoint(pass->createBlock("entry"));
  b.ret(b.call(tr, trSig, {pass->arguments[0].get(), pass->arguments[1].get()}));

  ir::Function* late = m.createFunction("mc_late_" + n, lateSig);
  b.setInsertPoint(late->createBlock("entry"));
  std::vector<ir::Value*> args;
  for (auto& arg : late->arguments) args.push_back(arg.get());
  b.ret(b.call(gccLate, lateSig, args));

  ir::Signature fromPtrSig = signatureOf(t, {Type::ptr(), Type::i32()});
  ir::Function* fromPtr = m.createFunction("mc_from_ptr_" + n, fromPtrSig);
  b.setInsertPoint(fromPtr->createBlock("entry"));
  b.ret(b.call(tr, trSig, {fromPtr->arguments[0].get(), fromPtr->arguments[1].get()}));

  ir::Function* retPtr = m.createFunction("mc_ret_ptr_" + n, signatureOf(t, {Type::ptr()}));
  b.setInsertPoint(retPtr->createBlock("entry"));
  b.ret(retPtr->arguments[0].get());
}

std::string cTestsFor(const StructCase& c, bool isMemory) {
  const std::string& n = c.name;
  std::string late = "(long p1, long p2, long p3, long p4, long p5, double q1, double q2, "
                     "double q3, double q4, double q5, double q6, double q7, " +
                     n + " a, int k)";
  std::string text = n + " mc_pass_" + n + "(" + n + ", int);\n" + n + " mc_late_" + n + late +
                     ";\n" + n + " mc_from_ptr_" + n + "(" + n + "*, int);\n" + n + " mc_ret_ptr_" +
                     n + "(" + n + "*);\n" + n + " gcc_late_" + n + late +
                     " {\n  if (p1 != 1 || p2 != 2 || p3 != 3 || p4 != 4 || p5 != 5) bad++;\n"
                     "  if (q1 != 0.5 || q2 != 1 || q3 != 1.5 || q4 != 2 || q5 != 2.5 || "
                     "q6 != 3 || q7 != 3.5) bad++;\n  return tr_" +
                     n + "(a, k);\n}\n";
  text += "static void test_" + n + "(void) {\n  for (int k = 1; k <= 3; ++k) {\n    " + n +
          " x, e, r;\n    init_" + n + "(&x, k);\n    e = tr_" + n + "(x, k);\n" +
          "    r = mc_pass_" + n + "(x, k);\n    if (!eq_" + n + "(r, e)) FAIL(\"pass\");\n" +
          "    r = mc_late_" + n + "(1, 2, 3, 4, 5, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, x, k);\n" +
          "    if (!eq_" + n + "(r, e)) FAIL(\"late\");\n" + "    " + n +
          "* p = at_page_end(sizeof(" + n + "));\n    memcpy(p, &x, sizeof x);\n" +
          "    r = mc_from_ptr_" + n + "(p, k);\n    if (!eq_" + n +
          "(r, e)) FAIL(\"from_ptr\");\n" + "    r = mc_ret_ptr_" + n + "(p);\n    if (!eq_" + n +
          "(r, x)) FAIL(\"ret_ptr\");\n";
  if (isMemory) // the hidden pointer is the first argument and comes back in %rax
    text += "    " + n + " buf;\n    " + n + "* (*viaSret)(" + n + "*, " + n + ", int) = (" + n +
            "* (*)(" + n + "*, " + n + ", int))mc_pass_" + n +
            ";\n    if (viaSret(&buf, x, k) != &buf || !eq_" + n + "(buf, e)) FAIL(\"sret\");\n";
  text += "  }\n}\n";
  return text;
}

const char* const Prelude = R"(
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
static int bad;
#define FAIL(what) do { bad++; printf("%s %s k=%d\n", __func__, what, k); } while (0)
// The last bytes of a page followed by an inaccessible page.
static void* at_page_end(size_t size) {
  static char* base;
  if (!base) {
    base = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    mprotect(base + 4096, 4096, PROT_NONE);
  }
  return base + 4096 - size;
}
)";

// The cases cover the classes they claim (so the run below exercises each kind of location).
TEST(CodegenAggregate, CasesHaveTheirDocumentedClasses) {
  ir::Module m;
  StructCatalog catalog(m);
  for (const StructCase& c : structCases()) {
    std::vector<codegen::EightbyteClass> classes = codegen::classifyType(catalog.type(c.name));
    std::string text;
    for (codegen::EightbyteClass cls : classes) {
      std::string name = codegen::eightbyteClassName(cls);
      if (name == "MEMORY" && !text.empty()) continue; // MEMORY is reported per eightbyte
      text += (text.empty() ? "" : " ") + name;
    }
    EXPECT_EQ(text, c.expectedClasses) << c.name;
  }
}

TEST(CodegenAggregate, EveryClassInBothDirections) {
  ir::Module m;
  StructCatalog catalog(m);
  std::string program = std::string(Prelude) + catalog.cText();
  std::string calls;
  for (const StructCase& c : structCases()) {
    Type t = catalog.type(c.name);
    defineMiniccFunctions(m, c.name, t);
    bool isMemory = c.expectedClasses == "MEMORY";
    program += cTestsFor(c, isMemory);
    calls += "  test_" + c.name + "();\n";
  }
  program += "int main(void) {\n" + calls + "  printf(\"%d\\n\", bad);\n  return 0;\n}\n";
  EXPECT_EQ(runWithMain(m, program), "0\n");
}

} // namespace

namespace {

// A MEMORY parameter lives in the caller's stack area, and the callee may write it: values
// loaded from it before the writes (and spilled across a call, seven of them for five
// callee-saved registers) must not be re-read from the argument area.
TEST(CodegenAggregate, MemoryParameterWrittenAfterLoadsKeepsLoadedValues) {
  ir::Module m;
  ir::AggregateLayout* seven = m.createLayout("seven");
  seven->size = 56;
  seven->align = 8;
  seven->members = {{0, Type::i64(), 7}};
  Type t = Type::aggregate(seven);
  ir::Builder b(m);
  ir::Function* g = m.createFunction("g", signatureOf(Type::voidTy(), {}));
  ir::Function* f = m.createFunction("sum_after_clear", signatureOf(Type::i64(), {t}));
  b.setInsertPoint(f->createBlock("entry"));
  std::vector<ir::Value*> fields, loaded;
  for (int i = 0; i < 7; ++i)
    fields.push_back(b.ptrAdd(f->arguments[0].get(), b.constInt(Type::i64(), 8 * i)));
  for (ir::Value* p : fields) loaded.push_back(b.load(Type::i64(), p));
  for (ir::Value* p : fields) b.store(b.constInt(Type::i64(), 0), p);
  b.call(g, g->signature(), {});
  ir::Value* sum = loaded[0];
  for (int i = 1; i < 7; ++i) sum = b.binary(Opcode::Add, sum, loaded[i]);
  b.ret(sum);
  std::string program = R"(
    #include <stdio.h>
    typedef struct { long v[7]; } seven;
    long sum_after_clear(seven);
    void g(void) {}
    int main(void) {
      seven s = {{1, 2, 3, 4, 5, 6, 7}};
      printf("%ld\n", sum_after_clear(s));
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program), "28\n");
}

} // namespace
