// Tests psABI 3.2.3 classification (codegen/ABI.h classifyType) against the table and the
// examples in docs/sysv-abi.md, including the traps small compilers fall into.
#include "codegen/ABI.h"

#include <gtest/gtest.h>

using namespace minicc;
using namespace minicc::codegen;
using ir::Type;
using EB = EightbyteClass;

namespace {

// Builds layouts the way the frontend does: members at C offsets, size with tail padding.
class Layouts {
public:
  Type make(std::vector<ir::AggregateMember> members, std::uint64_t size, std::uint64_t align,
            bool isUnion = false) {
    auto layout = std::make_unique<ir::AggregateLayout>();
    layout->name = "s" + std::to_string(owned_.size());
    layout->members = std::move(members);
    layout->size = size;
    layout->align = align;
    layout->isUnion = isUnion;
    owned_.push_back(std::move(layout));
    return Type::aggregate(owned_.back().get());
  }

private:
  std::vector<std::unique_ptr<ir::AggregateLayout>> owned_;
};

ir::AggregateMember field(std::uint64_t offset, Type type, std::uint64_t count = 1) {
  return {offset, type, count};
}

std::string show(const std::vector<EB>& classes) {
  std::string s;
  for (EB c : classes) s += std::string(s.empty() ? "" : " ") + eightbyteClassName(c);
  return s;
}

TEST(ABIClassification, ScalarTable) {
  EXPECT_EQ(show(classifyType(Type::i1())), "INTEGER");
  EXPECT_EQ(show(classifyType(Type::i8())), "INTEGER");
  EXPECT_EQ(show(classifyType(Type::i16())), "INTEGER");
  EXPECT_EQ(show(classifyType(Type::i32())), "INTEGER");
  EXPECT_EQ(show(classifyType(Type::i64())), "INTEGER");
  EXPECT_EQ(show(classifyType(Type::ptr())), "INTEGER");
  EXPECT_EQ(show(classifyType(Type::f32())), "SSE");
  EXPECT_EQ(show(classifyType(Type::f64())), "SSE");
  EXPECT_EQ(show(classifyType(Type::f80())), "X87 X87UP");
  EXPECT_EQ(show(classifyType(Type::voidTy())), "");
}

TEST(ABIClassification, TwoCharsAreOneIntegerEightbyte) {
  Layouts l;
  Type s = l.make({field(0, Type::i8()), field(1, Type::i8())}, 2, 1);
  EXPECT_EQ(show(classifyType(s)), "INTEGER");
}

TEST(ABIClassification, TwoDoublesAreSseSse) {
  Layouts l;
  Type s = l.make({field(0, Type::f64()), field(8, Type::f64())}, 16, 8);
  EXPECT_EQ(show(classifyType(s)), "SSE SSE");
}

TEST(ABIClassification, MergesPerEightbyteNotOverTheWholeStruct) {
  Layouts l;
  Type doubleLong = l.make({field(0, Type::f64()), field(8, Type::i64())}, 16, 8);
  EXPECT_EQ(show(classifyType(doubleLong)), "SSE INTEGER");
  Type floatsInt =
      l.make({field(0, Type::f32()), field(4, Type::f32()), field(8, Type::i32())}, 12, 4);
  EXPECT_EQ(show(classifyType(floatsInt)), "SSE INTEGER");
}

TEST(ABIClassification, MixedEightbyteIsInteger) {
  Layouts l;
  Type s = l.make({field(0, Type::f32()), field(4, Type::i32())}, 8, 4);
  EXPECT_EQ(show(classifyType(s)), "INTEGER");
}

TEST(ABIClassification, StructOfFloatsIsNotInteger) {
  Layouts l;
  Type pair = l.make({field(0, Type::f32()), field(4, Type::f32())}, 8, 4);
  EXPECT_EQ(show(classifyType(pair)), "SSE");
  Type array3 = l.make({field(0, Type::f32(), 3)}, 12, 4);
  EXPECT_EQ(show(classifyType(array3)), "SSE SSE");
}

TEST(ABIClassification, OverSixteenBytesIsMemory) {
  Layouts l;
  Type s = l.make({field(0, Type::i64()), field(8, Type::i64()), field(16, Type::i64())}, 24, 8);
  EXPECT_EQ(show(classifyType(s)), "MEMORY MEMORY MEMORY");
  Type big = l.make({field(0, Type::i8(), 100)}, 100, 1);
  EXPECT_EQ(classifyType(big).size(), 13u);
  EXPECT_EQ(classifyType(big)[0], EB::Memory);
  Type fourFloats = l.make({field(0, Type::f32(), 5)}, 20, 4);
  EXPECT_EQ(classifyType(fourFloats)[0], EB::Memory);
}

TEST(ABIClassification, CharArrayOfNineIsTwoIntegers) {
  Layouts l;
  Type s = l.make({field(0, Type::i8(), 9)}, 9, 1);
  EXPECT_EQ(show(classifyType(s)), "INTEGER INTEGER");
}

TEST(ABIClassification, NestedStructsAreClassifiedFieldByField) {
  Layouts l;
  Type pair = l.make({field(0, Type::f32()), field(4, Type::f32())}, 8, 4);
  Type outer = l.make({field(0, pair), field(8, Type::f64())}, 16, 8);
  EXPECT_EQ(show(classifyType(outer)), "SSE SSE");
  Type inner = l.make({field(0, Type::i8()), field(4, Type::f32())}, 8, 4);
  Type arrayOfInner = l.make({field(0, inner, 2)}, 16, 4);
  EXPECT_EQ(show(classifyType(arrayOfInner)), "INTEGER INTEGER");
}

TEST(ABIClassification, UnionsMergeTheirMembers) {
  Layouts l;
  Type floatOrInt = l.make({field(0, Type::f32()), field(0, Type::i32())}, 4, 4, true);
  EXPECT_EQ(show(classifyType(floatOrInt)), "INTEGER");
  Type floats = l.make({field(0, Type::f64()), field(0, Type::f32(), 2)}, 8, 8, true);
  EXPECT_EQ(show(classifyType(floats)), "SSE");
}

TEST(ABIClassification, UnalignedFieldMakesMemory) {
  Layouts l; // struct __attribute__((packed)) { char c; int x; }
  Type packed = l.make({field(0, Type::i8()), field(1, Type::i32())}, 5, 1);
  EXPECT_EQ(show(classifyType(packed)), "MEMORY");
  Type packedAligned = l.make({field(0, Type::i32()), field(4, Type::i32())}, 8, 1);
  EXPECT_EQ(show(classifyType(packedAligned)), "INTEGER");
}

TEST(ABIClassification, LongDoubleInStructIsX87AndMixedIsMemory) {
  Layouts l;
  Type ld = l.make({field(0, Type::f80())}, 16, 16);
  EXPECT_EQ(show(classifyType(ld)), "X87 X87UP");
  Type ldOrLong = l.make({field(0, Type::f80()), field(0, Type::i64())}, 16, 16, true);
  EXPECT_EQ(show(classifyType(ldOrLong)), "MEMORY MEMORY");
}

// gcc classifies a nested aggregate whole before merging it: MEMORY alone makes the container
// MEMORY, while a nested {long double} is still X87 X87UP (returned in %st(0)).
TEST(ABIClassification, NestedAggregateThatIsMemoryAloneMakesTheContainerMemory) {
  Layouts l;
  Type ldOrBool = l.make({field(0, Type::f80()), field(0, Type::i8())}, 16, 16, true);
  EXPECT_EQ(show(classifyType(ldOrBool)), "MEMORY MEMORY");
  Type besideChars = l.make({field(0, ldOrBool), field(0, Type::i8(), 16)}, 16, 16, true);
  EXPECT_EQ(show(classifyType(besideChars)), "MEMORY MEMORY"); // flat: INTEGER INTEGER
  Type ld = l.make({field(0, Type::f80())}, 16, 16);
  Type nested = l.make({field(0, ld)}, 16, 16);
  EXPECT_EQ(show(classifyType(nested)), "X87 X87UP");
}

TEST(ABIClassification, EmptyStructHasNoEightbytes) {
  Layouts l;
  EXPECT_EQ(show(classifyType(l.make({}, 0, 1))), "");
}

} // namespace
