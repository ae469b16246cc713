// Tests the psABI 3.2.3 rows for complex types (AggregateLayout::isComplex): _Complex float is
// one SSE eightbyte, _Complex double two, _Complex long double COMPLEX_X87 — passed in memory
// and returned in %st(0)/%st(1), unlike a struct of two long doubles (MEMORY, returned via sret).
#include "codegen/ABI.h"

#include <gtest/gtest.h>

using namespace minicc;
using namespace minicc::codegen;
using ir::Type;

namespace {

ir::AggregateLayout complexLayout(Type part, bool isComplex) {
  ir::AggregateLayout layout;
  layout.name = isComplex ? "complex" : "pair";
  layout.size = 2 * part.size();
  layout.align = part.align();
  layout.isComplex = isComplex;
  layout.members.push_back({0, part, 2});
  return layout;
}

std::string show(const std::vector<EightbyteClass>& classes) {
  std::string s;
  for (EightbyteClass c : classes) s += std::string(s.empty() ? "" : " ") + eightbyteClassName(c);
  return s;
}

ir::Signature returning(Type result, std::vector<Type> params = {}) {
  ir::Signature sig;
  sig.returnType = result;
  sig.params = std::move(params);
  return sig;
}

TEST(ABIComplex, ComplexFloatAndDoubleAreSseEightbytes) {
  ir::AggregateLayout f = complexLayout(Type::f32(), true);
  ir::AggregateLayout d = complexLayout(Type::f64(), true);
  EXPECT_EQ(show(classifyType(Type::aggregate(&f))), "SSE");
  EXPECT_EQ(show(classifyType(Type::aggregate(&d))), "SSE SSE");
  CallABI abi = lowerSignature(returning(Type::aggregate(&d), {Type::aggregate(&f)}));
  EXPECT_EQ(describeCallABI(abi), "return: complex [SSE SSE] %xmm0, %xmm1\n"
                                  "arg 0: complex [SSE] %xmm0\n"
                                  "stack argument bytes: 0\n");
}

TEST(ABIComplex, ComplexLongDoubleIsComplexX87) {
  ir::AggregateLayout c = complexLayout(Type::f80(), true);
  ir::AggregateLayout pair = complexLayout(Type::f80(), false);
  EXPECT_EQ(show(classifyType(Type::aggregate(&c))),
            "COMPLEX_X87 COMPLEX_X87 COMPLEX_X87 COMPLEX_X87");
  EXPECT_EQ(show(classifyType(Type::aggregate(&pair))), "MEMORY MEMORY MEMORY MEMORY");
  CallABI abi = lowerSignature(returning(Type::aggregate(&c), {Type::aggregate(&c), Type::i32()}));
  EXPECT_EQ(abi.returnValue.kind, LocationKind::X87Pair);
  EXPECT_FALSE(abi.hasSret);
  EXPECT_EQ(abi.arguments[0].kind, LocationKind::Stack);
  EXPECT_EQ(abi.arguments[0].stackSize, 32u);
  EXPECT_EQ(abi.arguments[1].pieces[0].reg, RDI); // no hidden sret pointer takes %rdi
  CallABI viaStruct = lowerSignature(returning(Type::aggregate(&pair)));
  EXPECT_EQ(viaStruct.returnValue.kind, LocationKind::Sret);
}

} // namespace
