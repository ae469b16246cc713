// End-to-end tests of variadic functions against gcc:
//   - minicc definitions read with va_arg what gcc callers pass: integers and doubles running
//     from the register save area into the overflow area, and structs of every class
//     (including ones that no longer fit the remaining registers, after which a scalar still
//     comes from a register), after named parameters that use integer registers, vector
//     registers, struct eightbytes and the sret pointer;
//   - minicc calls gcc's variadic functions with the same sequences (%al, structs through ...);
//   - glibc's vprintf reads a va_list that minicc's va_start filled; va_copy.
#include "AggregateCases.h"

using namespace minicc;
using namespace minicc::testing;
using ir::Opcode;
using ir::Type;

namespace {

constexpr int SlotBytes = 128; // each value's slot in the `in`/`out` buffers

// A sequence of variadic values: "long", "int", "double", "ptr" or a StructCase name.
using Items = std::vector<std::string>;

bool isScalarItem(const std::string& item) {
  return item == "long" || item == "int" || item == "double" || item == "ptr";
}

Type itemType(const StructCatalog& catalog, const std::string& item) {
  if (item == "long") return Type::i64();
  if (item == "int") return Type::i32();
  if (item == "double") return Type::f64();
  if (item == "ptr") return Type::ptr();
  return catalog.type(item);
}

std::string cType(const std::string& item) {
  return item == "ptr" ? "char*" : item;
}

// The expected value of item i, in C.
std::string cValue(const std::string& item, int i) {
  std::string n = std::to_string(i);
  if (item == "long") return "(-1000000000000L * " + n + " - 7)";
  if (item == "int") return "(-1000 * " + n + " - 3)";
  if (item == "double") return "(" + n + " * 1.5 - 0.25)";
  if (item == "ptr") return "((char*)in + " + n + ")";
  return "make_" + item + "(" + n + ")";
}

std::string cEqual(const std::string& item, const std::string& a, const std::string& b) {
  return isScalarItem(item) ? "(" + a + " == " + b + ")" : "eq_" + item + "(" + a + ", " + b + ")";
}

ir::Value* slot(ir::Builder& b, ir::Value* buffer, int i) {
  return b.ptrAdd(buffer, b.constInt(Type::i64(), SlotBytes * i));
}

// Reads `items` with va_arg from the va_list at `ap` into out's slots.
void emitReads(ir::Builder& b, const StructCatalog& catalog, ir::Value* ap, ir::Value* out,
               const Items& items, int first) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    Type t = itemType(catalog, items[i]);
    ir::Value* v = b.vaArg(t, ap);
    ir::Value* to = slot(b, out, first + static_cast<int>(i));
    if (t.isAggregate())
      b.memCopy(to, v, t.size(), t.align());
    else
      b.store(v, to);
  }
}

// void <name>(named..., ...): va_start, the reads, va_end; named parameters are stored too.
ir::Function* defineReader(ir::Module& m, const StructCatalog& catalog, const std::string& name,
                           ir::Signature sig, ir::Value* out, const Items& items) {
  ir::Builder b(m);
  ir::Function* f = m.createFunction(name, sig);
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* ap = b.alloca(24, 8);
  b.make(Opcode::VaStart, Type::voidTy(), {ap});
  emitReads(b, catalog, ap, out, items, static_cast<int>(sig.params.size()));
  b.make(Opcode::VaEnd, Type::voidTy(), {ap});
  for (std::size_t i = 0; i < f->arguments.size(); ++i) {
    Type t = sig.params[i];
    ir::Value* to = slot(b, out, static_cast<int>(i));
    if (t.isAggregate())
      b.memCopy(to, f->arguments[i].get(), t.size(), t.align());
    else
      b.store(f->arguments[i].get(), to);
  }
  if (sig.returnType.isAggregate()) {
    b.ret(f->arguments[0].get()); // returns its first (aggregate) parameter
    return f;
  }
  b.ret();
  return f;
}

// C that calls `name(named values..., item values...)` and checks every slot of `out`.
std::string cCallAndCheck(const std::string& call, const Items& named, const Items& items) {
  Items all = named;
  all.insert(all.end(), items.begin(), items.end());
  std::string text = "  memset(out, 0, sizeof out);\n  " + call + "(";
  for (std::size_t i = 0; i < all.size(); ++i)
    text += std::string(i ? ", " : "") + cValue(all[i], static_cast<int>(i));
  text += ");\n";
  for (std::size_t i = 0; i < all.size(); ++i) {
    std::string n = std::to_string(i);
    text += "  if (!" +
            cEqual(all[i], "*(" + cType(all[i]) + "*)(out + " + n + ")",
                   cValue(all[i], static_cast<int>(i))) +
            ") { bad++; printf(\"" + call + " item " + n + "\\n\"); }\n";
  }
  return text;
}

std::string cDeclaration(const std::string& ret, const std::string& name, const Items& named) {
  std::string text = ret + " " + name + "(";
  for (const std::string& item : named) text += cType(item) + ", ";
  return text + "...);\n";
}

std::string makers(const StructCatalog&) {
  std::string text;
  for (const StructCase& c : structCases())
    text += "static " + c.name + " make_" + c.name + "(int k) { " + c.name + " x; init_" + c.name +
            "(&x, k); return x; }\n";
  return text;
}

const char* const Prelude = R"(
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
static int bad;
char in[512][128], out[64][128];
)";

// Crosses both register limits, with aggregates that no longer fit (c11 needs two GPRs when
// one is left, dd two xmm registers when one is left, dl one of each when no GPR is left)
// followed by scalars that still come from registers, then MEMORY types and more.
const Items MixedItems = {"long",   "long",   "long",   "long",   "c11",    "long",
                          "double", "double", "double", "double", "double", "double",
                          "double", "dd",     "double", "dl",     "ff",     "l3",
                          "c100",   "int",    "ffi",    "cd",     "ptr",    "uif",
                          "fi",     "double", "long",   "ld",     "c3",     "f3"};
const Items LongItems = {"long", "long", "long", "long", "long", "long", "long", "long"};
const Items DoubleItems = {"double", "double", "double", "double", "double", "double",
                           "double", "double", "double", "double", "double"};

struct Reader {
  std::string name;
  Items named;
  Items items;
  std::string ret; // C return type: void, or a struct (sret / register return)
};

const Reader Readers[] = {
    {"va_longs", {"int"}, LongItems, "void"},
    {"va_doubles", {"int"}, DoubleItems, "void"},
    {"va_mixed", {"ptr"}, MixedItems, "void"},
    // Named parameters consume registers va_start must skip: two struct eightbytes...
    {"va_after_struct", {"c11"}, LongItems, "void"},
    // ...vector registers (fp_offset starts at 48 + 16 * 2) and a packed-float struct...
    {"va_after_doubles", {"double", "ff", "int"}, MixedItems, "void"},
    // ...a MEMORY named parameter on the stack (overflow_arg_area starts after it)...
    {"va_after_memory", {"l3", "long"}, MixedItems, "void"},
    // ...and the sret pointer in %rdi (the function returns its named l3).
    {"va_sret", {"l3", "int"}, LongItems, "l3"},
};

TEST(CodegenVarArgs, MiniccDefinitionsReadWhatGccPasses) {
  ir::Module m;
  StructCatalog catalog(m);
  ir::GlobalVariable* out = m.createGlobal("out", 64 * SlotBytes, 16);
  std::string program = std::string(Prelude) + catalog.cText() + makers(catalog);
  std::string body;
  for (const Reader& r : Readers) {
    ir::Signature sig;
    sig.returnType = r.ret == "void" ? Type::voidTy() : catalog.type(r.ret);
    for (const std::string& item : r.named) sig.params.push_back(itemType(catalog, item));
    sig.isVariadic = true;
    defineReader(m, catalog, r.name, sig, out, r.items);
    program += cDeclaration(r.ret, r.name, r.named);
    body += cCallAndCheck(r.name, r.named, r.items);
  }
  program += "int main(void) {\n" + body + "  printf(\"%d\\n\", bad);\n  return 0;\n}\n";
  EXPECT_EQ(runWithMain(m, program), "0\n");
}

// minicc calls gcc: `gcc_<reader>(named..., items...)` with the values loaded from `in` (scalars)
// or passed by address from `in` (aggregates); gcc reads them with va_arg and checks.
TEST(CodegenVarArgs, MiniccCallsGccVariadicWithStructs) {
  ir::Module m;
  StructCatalog catalog(m);
  ir::GlobalVariable* in = m.createGlobal("in", 512 * SlotBytes, 16);
  ir::Builder b(m);
  ir::Function* caller = m.createFunction("call_all", signatureOf(Type::voidTy(), {}));
  b.setInsertPoint(caller->createBlock("entry"));
  std::string program = std::string(Prelude) + catalog.cText() + makers(catalog);
  std::string fill;
  int base = 0; // each call's values get their own slots of `in`
  for (const Reader& r : Readers) {
    if (r.ret != "void") continue;
    ir::Signature sig = signatureOf(Type::voidTy(), {}, true);
    for (const std::string& item : r.named) sig.params.push_back(itemType(catalog, item));
    Items all = r.named;
    all.insert(all.end(), r.items.begin(), r.items.end());
    std::vector<ir::Value*> args;
    std::vector<Type> variadicTypes;
    for (std::size_t i = 0; i < all.size(); ++i) {
      Type t = itemType(catalog, all[i]);
      ir::Value* at = slot(b, in, base + static_cast<int>(i));
      args.push_back(t.isAggregate() ? at : b.load(t, at));
      if (i >= r.named.size()) variadicTypes.push_back(t);
    }
    ir::Function* callee = m.createFunction("gcc_" + r.name, sig);
    b.call(callee, sig, args, variadicTypes);
    // gcc's side: read with va_arg and compare with the expected values.
    std::string def = "void gcc_" + r.name + "(";
    for (std::size_t i = 0; i < r.named.size(); ++i)
      def += cType(r.named[i]) + " n" + std::to_string(i) + ", ";
    def += "...) {\n  va_list ap;\n  va_start(ap, n" + std::to_string(r.named.size() - 1) + ");\n";
    for (std::size_t i = 0; i < all.size(); ++i) {
      std::string n = std::to_string(i);
      std::string got = i < r.named.size() ? "n" + n : "va_arg(ap, " + cType(all[i]) + ")";
      if (all[i] == "int" && i >= r.named.size()) got = "va_arg(ap, int)";
      def += "  { " + cType(all[i]) + " v = " + got + "; if (!" +
             cEqual(all[i], "v", cValue(all[i], static_cast<int>(i))) + ") { bad++; printf(\"gcc_" +
             r.name + " item " + n + "\\n\"); } }\n";
      // main stores the values where minicc loads them from.
      fill += "  { " + cType(all[i]) + " v = " + cValue(all[i], static_cast<int>(i)) +
              "; memcpy(in[" + std::to_string(base + static_cast<int>(i)) + "], &v, sizeof v); }\n";
    }
    base += static_cast<int>(all.size());
    program += def + "  va_end(ap);\n}\n";
  }
  b.ret();
  program += "void call_all(void);\nint main(void) {\n" + fill +
             "  call_all();\n  printf(\"%d\\n\", bad);\n  return 0;\n}\n";
  EXPECT_EQ(runWithMain(m, program), "0\n");
}

// int mc_printf(const char* fmt, ...) { va_list ap; va_start(ap, fmt);
//   int n = vprintf(fmt, ap); va_end(ap); return n; }
// and long sum_twice(int n, ...): sums n longs, then again through a va_copy made before.
TEST(CodegenVarArgs, VprintfReadsMiniccVaListAndVaCopy) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* vprintfFn =
      m.createFunction("vprintf", signatureOf(Type::i32(), {Type::ptr(), Type::ptr()}));
  ir::Function* f = m.createFunction("mc_printf", signatureOf(Type::i32(), {Type::ptr()}, true));
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* ap = b.alloca(24, 8);
  b.make(Opcode::VaStart, Type::voidTy(), {ap});
  ir::Value* n = b.call(vprintfFn, vprintfFn->signature(), {f->arguments[0].get(), ap});
  b.make(Opcode::VaEnd, Type::voidTy(), {ap});
  b.ret(n);

  ir::Function* g = m.createFunction("sum_twice", signatureOf(Type::i64(), {Type::i32()}, true));
  ir::BasicBlock* entry = g->createBlock("entry");
  ir::BasicBlock* loop = g->createBlock("loop");
  ir::BasicBlock* body = g->createBlock("body");
  ir::BasicBlock* done = g->createBlock("done");
  b.setInsertPoint(entry);
  ir::Value* first = b.alloca(24, 8);
  ir::Value* copy = b.alloca(24, 8);
  b.make(Opcode::VaStart, Type::voidTy(), {first});
  b.make(Opcode::VaCopy, Type::voidTy(), {copy, first});
  b.jmp(loop);
  b.setInsertPoint(loop);
  ir::Instruction* i = b.phi(loop, Type::i32());
  ir::Instruction* sum = b.phi(loop, Type::i64());
  b.br(b.icmp(ir::Predicate::SLt, i, g->arguments[0].get()), body, done);
  b.setInsertPoint(body);
  ir::Value* x = b.vaArg(Type::i64(), first);
  ir::Value* y = b.vaArg(Type::i64(), copy);
  ir::Value* next = b.binary(Opcode::Add, sum, b.binary(Opcode::Add, x, y));
  ir::Value* i1 = b.binary(Opcode::Add, i, b.constInt(Type::i32(), 1));
  b.jmp(loop);
  ir::Builder::addIncoming(i, b.constInt(Type::i32(), 0), entry);
  ir::Builder::addIncoming(i, i1, body);
  ir::Builder::addIncoming(sum, b.constInt(Type::i64(), 0), entry);
  ir::Builder::addIncoming(sum, next, body);
  b.setInsertPoint(done);
  b.make(Opcode::VaEnd, Type::voidTy(), {first});
  b.make(Opcode::VaEnd, Type::voidTy(), {copy});
  b.ret(sum);

  std::string program = R"(
    #include <stdio.h>
    int mc_printf(const char*, ...);
    long sum_twice(int, ...);
    int main(void) {
      int n = mc_printf("%d %s %.2f %ld %g %c %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %d|\n",
                        -5, "str", 3.14159, 1234567890123L, 1e-5, 'x', 1.0, 2.0, 3.0, 4.0,
                        5.0, 6.0, 7.0, 8.0, 42);
      printf("%d\n", n);
      printf("%ld\n", sum_twice(9, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L));
      return 0;
    })";
  EXPECT_EQ(runWithMain(m, program),
            "-5 str 3.14 1234567890123 1e-05 x 1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0 42|\n"
            "70\n90\n"); // vprintf's count, then 2 * (1 + ... + 9)
}

} // namespace
