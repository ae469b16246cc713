// Random signatures against gcc, at the IR level: random structs and unions (scalars of every
// kind, arrays, nesting, 1..40 bytes), random parameter lists (up to 16, so registers run out
// mid-struct), random returns, and variadic functions. For each case:
//   - gcc's main calls minicc's `mc_N(args)`, which passes every parameter on to gcc's
//     `check_N` (fixed parameters as they came, variadic ones read with va_arg; every other
//     case through a function pointer) and returns its result: minicc as callee, caller,
//     result receiver and returner;
//   - minicc's `mcv_N()` calls gcc's variadic (or plain) `vcheck_N` with literal scalars and
//     structs from gcc-initialized globals.
// gcc checks every field of every value. A fixed seed runs in CI; MINICC_ABI_SEED=S and
// MINICC_ABI_CASES=N run other and longer campaigns (the output names the failing case).
#include "AggregateCases.h"

#include <random>

using namespace minicc;
using namespace minicc::testing;
using ir::Type;

namespace {

const char* const Scalars[] = {"char", "short", "int", "long", "float", "double", "long double"};
// What survives the default argument promotions unchanged (C11 6.5.2.2p7): the types a
// variadic argument may have.
const char* const VariadicScalars[] = {"int", "long", "double", "long double"};

struct RandomCase {
  std::vector<StructCase> structs;
  std::string ret;                 // "void", a scalar or a struct name
  std::vector<std::string> params; // scalar or struct names
  std::size_t fixed = 0;           // params before `...` (== params.size() when not variadic)
  bool isVariadic = false;
};

class Generator {
public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  RandomCase make(int index) {
    RandomCase c;
    std::string prefix = "s" + std::to_string(index) + "_";
    for (unsigned k = pick(4); k-- > 0;) c.structs.push_back(makeStruct(c, prefix));
    auto anyType = [&](bool variadic) -> std::string {
      if (!c.structs.empty() && pick(3) == 0) return c.structs[pick(c.structs.size())].name;
      return variadic ? VariadicScalars[pick(4)] : Scalars[pick(7)];
    };
    c.isVariadic = pick(3) == 0;
    unsigned count = pick(17);
    c.fixed = c.isVariadic ? 1 + pick(std::max(count, 1u)) : count;
    c.fixed = std::min<std::size_t>(c.fixed, std::max(count, 1u));
    if (c.isVariadic && count == 0) count = 1;
    for (unsigned i = 0; i < count; ++i) c.params.push_back(anyType(i >= c.fixed));
    c.ret = pick(4) == 0 ? "void" : anyType(false);
    return c;
  }

private:
  unsigned pick(std::size_t n) {
    return std::uniform_int_distribution<unsigned>(0, static_cast<unsigned>(n) - 1)(rng_);
  }

  StructCase makeStruct(const RandomCase& c, const std::string& prefix) {
    StructCase s;
    s.name = prefix + std::to_string(c.structs.size());
    s.isUnion = pick(6) == 0;
    for (unsigned n = 1 + pick(5); n-- > 0;) {
      StructField f;
      if (!c.structs.empty() && pick(5) == 0)
        f.type = c.structs[pick(c.structs.size())].name;
      else
        f.type = Scalars[pick(pick(8) == 0 ? 7 : 6)]; // long double now and then
      f.count = pick(4) == 0 ? 2 + pick(4) : 1;
      s.fields.push_back(f);
    }
    return s;
  }

  std::mt19937 rng_;
};

bool isScalarName(const std::string& t) {
  for (const char* s : Scalars)
    if (t == s) return true;
  return false;
}

// The C value of parameter `k` of type `t` (structs: made by init_<t>).
std::string cValue(const std::string& t, int k) {
  std::string n = std::to_string(k + 1);
  if (t == "char") return "(char)(" + n + " * 37 - 100)";
  if (t == "short") return "(short)(" + n + " * -3001)";
  if (t == "int") return "(" + n + " * -100003)";
  if (t == "long") return "(" + n + " * -1000000000007L)";
  if (t == "float") return "(" + n + " * 1.25f)";
  if (t == "double") return "(" + n + " * -2.5)";
  if (t == "long double") return "(" + n + " * 0.75L + 1e-17L)";
  return "make_" + t + "(" + n + ")";
}

std::string cEqual(const std::string& t, const std::string& a, const std::string& b) {
  return isScalarName(t) ? "(" + a + " == " + b + ")" : "eq_" + t + "(" + a + ", " + b + ")";
}

Type irType(const StructCatalog& catalog, const std::string& t) {
  if (t == "void") return Type::voidTy();
  if (isScalarName(t)) return scalarInfo(t).type;
  return catalog.type(t);
}

ir::Extension extensionOf(const std::string& t) {
  return t == "char" || t == "short" ? ir::Extension::Sign : ir::Extension::None;
}

ir::Signature signatureOf(const StructCatalog& catalog, const RandomCase& c, bool variadic) {
  ir::Signature sig;
  sig.returnType = irType(catalog, c.ret);
  sig.returnExtension = extensionOf(c.ret);
  std::size_t named = variadic ? c.fixed : c.params.size();
  for (std::size_t i = 0; i < named; ++i) {
    sig.params.push_back(irType(catalog, c.params[i]));
    sig.paramExtensions.push_back(extensionOf(c.params[i]));
  }
  sig.isVariadic = variadic;
  return sig;
}

// A literal of scalar type `t` equal to cValue(t, k).
ir::Value* irLiteral(ir::Builder& b, const std::string& t, int k) {
  int n = k + 1;
  if (t == "char") return b.constInt(Type::i8(), static_cast<std::int8_t>(n * 37 - 100));
  if (t == "short") return b.constInt(Type::i16(), static_cast<std::int16_t>(n * -3001));
  if (t == "int") return b.constInt(Type::i32(), n * -100003);
  if (t == "long") return b.constInt(Type::i64(), n * -1000000000007LL);
  if (t == "float") return b.constFloat(Type::f32(), n * 1.25);
  if (t == "double") return b.constFloat(Type::f64(), n * -2.5);
  return nullptr; // long double: loaded from a gcc global (its value is not a double)
}

// `in` holds one slot of `slotBytes` per parameter of each case (16 per case).
void defineMinicc(ir::Module& m, const StructCatalog& catalog, const RandomCase& c, int index,
                  ir::GlobalVariable* in, std::uint64_t slotBytes) {
  std::string n = std::to_string(index);
  ir::Builder b(m);
  ir::Signature plain = signatureOf(catalog, c, false);
  ir::Signature own = signatureOf(catalog, c, c.isVariadic);
  ir::Function* check = m.createFunction("check_" + n, plain);
  ir::Function* mc = m.createFunction("mc_" + n, own);
  b.setInsertPoint(mc->createBlock("entry"));
  std::vector<ir::Value*> args;
  for (auto& arg : mc->arguments) args.push_back(arg.get());
  if (c.isVariadic) {
    ir::Value* ap = b.alloca(24, 8);
    b.make(ir::Opcode::VaStart, Type::voidTy(), {ap});
    for (std::size_t i = c.fixed; i < c.params.size(); ++i)
      args.push_back(b.vaArg(irType(catalog, c.params[i]), ap));
    b.make(ir::Opcode::VaEnd, Type::voidTy(), {ap});
  }
  // Every other case calls through a function pointer (a global initialized with the address).
  ir::Value* callee = check;
  if (index % 2) {
    ir::GlobalVariable* pointer = m.createGlobal("fp_" + n, 8, 8);
    pointer->linkage = ir::Linkage::Internal;
    pointer->hasInitializer = true;
    ir::InitPiece address;
    address.kind = ir::InitPiece::Kind::Address;
    address.symbol = "check_" + n;
    pointer->initializer = {address};
    callee = b.load(Type::ptr(), pointer);
  }
  ir::Value* r = b.call(callee, plain, args);
  b.ret(plain.returnType.isVoid() ? nullptr : r);

  // mcv_N: calls gcc's vcheck_N with literals, or values at in[N][k] (structs by address).
  ir::Function* vcheck = m.createFunction("vcheck_" + n, own);
  ir::Function* mcv =
      m.createFunction("mcv_" + n, ::minicc::testing::signatureOf(plain.returnType, {}));
  mcv->linkage = ir::Linkage::External;
  b.setInsertPoint(mcv->createBlock("entry"));
  std::vector<ir::Value*> values;
  std::vector<Type> variadicTypes;
  for (std::size_t k = 0; k < c.params.size(); ++k) {
    Type t = irType(catalog, c.params[k]);
    std::int64_t offset = static_cast<std::int64_t>(slotBytes) * (index * 16 + static_cast<int>(k));
    ir::Value* at = b.ptrAdd(in, b.constInt(Type::i64(), offset));
    ir::Value* v = irLiteral(b, c.params[k], static_cast<int>(k));
    if (!v) v = t.isAggregate() ? at : b.load(t, at);
    values.push_back(v);
    if (c.isVariadic && k >= c.fixed) variadicTypes.push_back(t);
  }
  ir::Value* vr = b.call(vcheck, own, values, variadicTypes);
  b.ret(plain.returnType.isVoid() ? nullptr : vr);
}

// C: check_N (plain), vcheck_N (variadic when the case is), the expected result, and the
// test of both directions.
std::string cText(const RandomCase& c, int index) {
  std::string n = std::to_string(index);
  std::string params, fixedParams, call;
  for (std::size_t k = 0; k < c.params.size(); ++k) {
    std::string p = c.params[k] + " a" + std::to_string(k);
    params += (k ? ", " : "") + p;
    if (k < c.fixed) fixedParams += (k ? ", " : "") + p;
    call += (k ? ", " : "") + cValue(c.params[k], static_cast<int>(k));
  }
  std::string checks;
  for (std::size_t k = 0; k < c.params.size(); ++k)
    checks +=
        "  if (!" +
        cEqual(c.params[k], "a" + std::to_string(k), cValue(c.params[k], static_cast<int>(k))) +
        ") { bad++; printf(\"case " + n + " %s param " + std::to_string(k) + "\\n\", who); }\n";
  bool isVoid = c.ret == "void";
  std::string result = isVoid ? "" : cValue(c.ret, 40);
  std::string text = c.ret + " check_" + n + "(" + (params.empty() ? "void" : params) +
                     ") {\n  const char* who = \"mc\";\n" + checks +
                     (isVoid ? "" : "  return " + result + ";\n") + "}\n";
  // vcheck: named parameters, then va_arg for the rest.
  text += c.ret + " vcheck_" + n + "(" + (c.isVariadic ? fixedParams + ", ..." : params) +
          (params.empty() ? "void" : "") + ") {\n  const char* who = \"mcv\";\n";
  if (c.isVariadic) {
    text += "  va_list ap;\n  va_start(ap, a" + std::to_string(c.fixed - 1) + ");\n";
    for (std::size_t k = c.fixed; k < c.params.size(); ++k)
      text +=
          "  " + c.params[k] + " a" + std::to_string(k) + " = va_arg(ap, " + c.params[k] + ");\n";
    text += "  va_end(ap);\n";
  }
  text += checks + (isVoid ? "" : "  return " + result + ";\n") + "}\n";
  text += c.ret + " mc_" + n + "(" + (c.isVariadic ? fixedParams + ", ..." : params) +
          (params.empty() ? "void" : "") + ");\n" + c.ret + " mcv_" + n + "(void);\n";
  text += "static void test_" + n + "(void) {\n";
  for (std::size_t k = 0; k < c.params.size(); ++k)
    text += "  { " + c.params[k] + " v = " + cValue(c.params[k], static_cast<int>(k)) +
            "; memcpy(in[" + std::to_string(index * 16 + k) + "], &v, sizeof v); }\n";
  if (isVoid) {
    text += "  mc_" + n + "(" + call + ");\n  mcv_" + n + "();\n";
  } else {
    text += "  " + c.ret + " r = mc_" + n + "(" + call + ");\n  if (!" +
            cEqual(c.ret, "r", result) + ") { bad++; printf(\"case " + n +
            " mc result\\n\"); }\n  r = mcv_" + n + "();\n  if (!" + cEqual(c.ret, "r", result) +
            ") { bad++; printf(\"case " + n + " mcv result\\n\"); }\n";
  }
  return text + "}\n";
}

std::string describe(const RandomCase& c) {
  std::string text = c.ret + " (";
  for (std::size_t k = 0; k < c.params.size(); ++k)
    text += std::string(k ? ", " : "") + (c.isVariadic && k == c.fixed ? "... " : "") + c.params[k];
  text += ")";
  for (const StructCase& s : c.structs) {
    text += "\n  " + std::string(s.isUnion ? "union " : "struct ") + s.name + " {";
    for (const StructField& f : s.fields)
      text += " " + f.type + (f.count > 1 ? "[" + std::to_string(f.count) + "]" : "") + ";";
    text += " }";
  }
  return text;
}

TEST(CodegenRandomAbi, RandomSignaturesAgreeWithGccBothWays) {
  const char* seedText = std::getenv("MINICC_ABI_SEED");
  const char* casesText = std::getenv("MINICC_ABI_CASES");
  unsigned seed = seedText ? static_cast<unsigned>(std::atoi(seedText)) : 2024;
  int total = casesText ? std::atoi(casesText) : 60;
  constexpr int Batch = 60; // cases per program
  for (int first = 0; first < total; first += Batch) {
    ir::Module m;
    Generator gen(seed + static_cast<unsigned>(first));
    std::vector<RandomCase> cases;
    std::vector<StructCase> allStructs;
    int count = std::min(Batch, total - first);
    for (int i = 0; i < count; ++i) {
      cases.push_back(gen.make(i));
      allStructs.insert(allStructs.end(), cases.back().structs.begin(), cases.back().structs.end());
    }
    StructCatalog catalog(m, allStructs);
    std::uint64_t slotBytes = 16; // room for the largest value
    for (const StructCase& s : allStructs)
      slotBytes = std::max(slotBytes, (catalog.type(s.name).size() + 15) / 16 * 16);
    ir::GlobalVariable* in = m.createGlobal("in", slotBytes * 16 * Batch, 16);
    std::string program = "#include <stdarg.h>\n#include <stdio.h>\n#include <string.h>\n"
                          "static int bad;\nchar in[" +
                          std::to_string(16 * Batch) + "][" + std::to_string(slotBytes) +
                          "] __attribute__((aligned(16)));\n" + catalog.cText();
    for (const StructCase& s : allStructs)
      program += "static " + s.name + " make_" + s.name + "(int k) { " + s.name + " x; init_" +
                 s.name + "(&x, k); return x; }\n";
    std::string calls;
    for (int i = 0; i < count; ++i) {
      defineMinicc(m, catalog, cases[i], i, in, slotBytes);
      program += cText(cases[i], i);
      calls += "  test_" + std::to_string(i) + "();\n";
    }
    program += "int main(void) {\n" + calls + "  printf(\"%d\\n\", bad);\n  return 0;\n}\n";
    std::string output = runWithMain(m, program);
    std::string failures;
    for (int i = 0; i < count; ++i)
      if (output.find("case " + std::to_string(i) + " ") != std::string::npos)
        failures += "case " + std::to_string(i) + ": " + describe(cases[i]) + "\n";
    EXPECT_EQ(output, "0\n") << "seed " << seed + first << "\n" << failures;
  }
}

} // namespace
