// Tests argument/return location assignment (codegen/ABI.h lowerSignature): register order,
// stack offsets of arguments 7+, sret shifting the arguments, aggregates that do not fit going
// wholly to the stack while later scalars still take registers, and %al for variadic calls.
#include "codegen/ABI.h"

#include <gtest/gtest.h>

using namespace minicc;
using namespace minicc::codegen;
using ir::Type;

namespace {

class Layouts {
public:
  Type make(std::vector<ir::AggregateMember> members, std::uint64_t size, std::uint64_t align) {
    auto layout = std::make_unique<ir::AggregateLayout>();
    layout->members = std::move(members);
    layout->size = size;
    layout->align = align;
    owned_.push_back(std::move(layout));
    return Type::aggregate(owned_.back().get());
  }

private:
  std::vector<std::unique_ptr<ir::AggregateLayout>> owned_;
};

ir::Signature sig(Type ret, std::vector<Type> params, bool variadic = false) {
  ir::Signature s;
  s.returnType = ret;
  s.params = std::move(params);
  s.isVariadic = variadic;
  return s;
}

RegId reg(const ValueLocation& loc, std::size_t piece = 0) {
  EXPECT_EQ(loc.kind, LocationKind::Registers);
  return loc.pieces.size() > piece ? loc.pieces[piece].reg : NoReg;
}

TEST(ABILocation, SixIntegerRegistersThenTheStack) {
  CallABI abi = lowerSignature(sig(Type::i32(), std::vector<Type>(8, Type::i32())));
  const RegId expected[6] = {RDI, RSI, RDX, RCX, R8, R9};
  for (int i = 0; i < 6; ++i) EXPECT_EQ(reg(abi.arguments[i]), expected[i]) << describeCallABI(abi);
  EXPECT_EQ(abi.arguments[6].kind, LocationKind::Stack);
  EXPECT_EQ(abi.arguments[6].stackOffset, 0u);
  EXPECT_EQ(abi.arguments[7].stackOffset, 8u);
  EXPECT_EQ(abi.arguments[7].stackSize, 8u);
  EXPECT_EQ(abi.stackArgumentBytes, 16u);
  EXPECT_EQ(reg(abi.returnValue), RAX);
  EXPECT_EQ(abi.alValue, -1);
}

TEST(ABILocation, PieceSizesFollowTheType) {
  CallABI abi = lowerSignature(sig(Type::i8(), {Type::i16(), Type::ptr()}));
  EXPECT_EQ(abi.arguments[0].pieces[0].size, 2u);
  EXPECT_EQ(abi.arguments[1].pieces[0].size, 8u);
  EXPECT_EQ(abi.returnValue.pieces[0].size, 1u);
}

TEST(ABILocation, IntegerAndSseRegistersAreCountedSeparately) {
  CallABI abi =
      lowerSignature(sig(Type::f64(), {Type::i32(), Type::f64(), Type::i64(), Type::f32()}));
  EXPECT_EQ(reg(abi.arguments[0]), RDI);
  EXPECT_EQ(reg(abi.arguments[1]), XMM0);
  EXPECT_EQ(reg(abi.arguments[2]), RSI);
  EXPECT_EQ(reg(abi.arguments[3]), XMM1);
  EXPECT_EQ(reg(abi.returnValue), XMM0);
}

TEST(ABILocation, NinthDoubleGoesToTheStack) {
  CallABI abi = lowerSignature(sig(Type::voidTy(), std::vector<Type>(9, Type::f64())));
  EXPECT_EQ(reg(abi.arguments[7]), XMM7);
  EXPECT_EQ(abi.arguments[8].kind, LocationKind::Stack);
  EXPECT_EQ(abi.arguments[8].stackOffset, 0u);
  EXPECT_EQ(abi.returnValue.kind, LocationKind::None);
}

TEST(ABILocation, MemoryReturnUsesHiddenPointerAndShiftsArguments) {
  Layouts l;
  Type big = l.make({{0, Type::i64(), 3}}, 24, 8);
  CallABI abi = lowerSignature(sig(big, {Type::i32(), Type::i32()}));
  EXPECT_TRUE(abi.hasSret);
  EXPECT_EQ(abi.returnValue.kind, LocationKind::Sret);
  EXPECT_EQ(reg(abi.arguments[0]), RSI);
  EXPECT_EQ(reg(abi.arguments[1]), RDX);
  EXPECT_EQ(abi.gprArgumentsUsed, 3u);
}

TEST(ABILocation, SixteenByteStructReturnsInRegisters) {
  Layouts l;
  Type twoLongs = l.make({{0, Type::i64(), 2}}, 16, 8);
  CallABI a = lowerSignature(sig(twoLongs, {}));
  EXPECT_FALSE(a.hasSret);
  EXPECT_EQ(reg(a.returnValue, 0), RAX);
  EXPECT_EQ(reg(a.returnValue, 1), RDX);
  Type doubleLong = l.make({{0, Type::f64()}, {8, Type::i64()}}, 16, 8);
  CallABI b = lowerSignature(sig(doubleLong, {}));
  EXPECT_EQ(reg(b.returnValue, 0), XMM0);
  EXPECT_EQ(reg(b.returnValue, 1), RAX); // the first INTEGER eightbyte, not %rdx
  Type threeFloats = l.make({{0, Type::f32(), 3}}, 12, 4);
  CallABI c = lowerSignature(sig(threeFloats, {}));
  EXPECT_EQ(reg(c.returnValue, 1), XMM1);
  EXPECT_EQ(c.returnValue.pieces[1].size, 4u);
}

TEST(ABILocation, AggregateThatDoesNotFitGoesWhollyToTheStack) {
  Layouts l;
  Type twoLongs = l.make({{0, Type::i64(), 2}}, 16, 8);
  std::vector<Type> params(5, Type::i64());
  params.push_back(twoLongs);    // needs 2 GPRs, only %r9 is left
  params.push_back(Type::i32()); // still gets %r9
  CallABI abi = lowerSignature(sig(Type::voidTy(), params));
  EXPECT_EQ(abi.arguments[5].kind, LocationKind::Stack) << describeCallABI(abi);
  EXPECT_EQ(abi.arguments[5].stackOffset, 0u);
  EXPECT_EQ(abi.arguments[5].stackSize, 16u);
  EXPECT_EQ(reg(abi.arguments[6]), R9);
  EXPECT_EQ(abi.stackArgumentBytes, 16u);
}

TEST(ABILocation, MixedStructTakesOneRegisterOfEachClass) {
  Layouts l;
  Type doubleLong = l.make({{0, Type::f64()}, {8, Type::i64()}}, 16, 8);
  CallABI abi = lowerSignature(sig(Type::voidTy(), {Type::i32(), doubleLong, Type::f64()}));
  EXPECT_EQ(reg(abi.arguments[1], 0), XMM0);
  EXPECT_EQ(reg(abi.arguments[1], 1), RSI);
  EXPECT_EQ(reg(abi.arguments[2]), XMM1);
}

TEST(ABILocation, SseStructThatDoesNotFitLeavesRegistersForLaterDoubles) {
  Layouts l;
  Type twoDoubles = l.make({{0, Type::f64(), 2}}, 16, 8);
  std::vector<Type> params(7, Type::f64());
  params.push_back(twoDoubles);
  params.push_back(Type::f64());
  CallABI abi = lowerSignature(sig(Type::voidTy(), params));
  EXPECT_EQ(abi.arguments[7].kind, LocationKind::Stack);
  EXPECT_EQ(reg(abi.arguments[8]), XMM7);
}

TEST(ABILocation, MemoryArgumentsAndLongDoubleGoToTheStackAligned) {
  Layouts l;
  Type big = l.make({{0, Type::i64(), 3}}, 24, 8);
  CallABI abi = lowerSignature(sig(Type::voidTy(), {big, Type::i32(), Type::f80(), Type::i64()}));
  EXPECT_EQ(abi.arguments[0].kind, LocationKind::Stack);
  EXPECT_EQ(abi.arguments[0].stackOffset, 0u);
  EXPECT_EQ(abi.arguments[0].stackSize, 24u);
  EXPECT_EQ(reg(abi.arguments[1]), RDI);
  EXPECT_EQ(abi.arguments[2].kind, LocationKind::Stack);
  EXPECT_EQ(abi.arguments[2].stackOffset, 32u); // 16-byte boundary
  EXPECT_EQ(abi.arguments[2].stackSize, 16u);
  EXPECT_EQ(reg(abi.arguments[3]), RSI);
  EXPECT_EQ(abi.stackArgumentBytes, 48u);
}

TEST(ABILocation, LongDoubleReturnsInX87) {
  CallABI abi = lowerSignature(sig(Type::f80(), {}));
  EXPECT_EQ(abi.returnValue.kind, LocationKind::X87);
  EXPECT_FALSE(abi.hasSret);
}

TEST(ABILocation, VariadicCallsCountSseRegistersInAl) {
  ir::Signature printfSig = sig(Type::i32(), {Type::ptr()}, true);
  CallABI none = lowerSignature(printfSig, {Type::i32()});
  EXPECT_EQ(none.alValue, 0);
  CallABI two = lowerSignature(printfSig, {Type::f64(), Type::i32(), Type::f64()});
  EXPECT_EQ(two.alValue, 2);
  EXPECT_TRUE(two.arguments[1].isVariadic);
  EXPECT_EQ(reg(two.arguments[2]), RSI);
}

// Aggregates through `...` are classified like named ones: a small union takes the next GPR,
// a struct's SSE eightbytes count in %al.
TEST(ABILocation, VariadicAggregatesUseRegistersAndCountInAl) {
  Layouts l;
  Type intOrFloat = l.make({{0, Type::i32()}, {0, Type::f32()}}, 4, 4);
  Type doubleLong = l.make({{0, Type::f64()}, {8, Type::i64()}}, 16, 8);
  Type twoFloats = l.make({{0, Type::f32()}, {4, Type::f32()}}, 8, 4);
  ir::Signature printfSig = sig(Type::i32(), {Type::ptr()}, true);
  CallABI abi = lowerSignature(printfSig, {intOrFloat, doubleLong, twoFloats});
  EXPECT_EQ(reg(abi.arguments[1]), RSI) << describeCallABI(abi);
  EXPECT_EQ(reg(abi.arguments[2], 0), XMM0);
  EXPECT_EQ(reg(abi.arguments[2], 1), RDX);
  EXPECT_EQ(reg(abi.arguments[3]), XMM1); // both floats packed in one register
  EXPECT_EQ(abi.arguments[3].pieces.size(), 1u);
  EXPECT_EQ(abi.alValue, 2);
}

// With sret, %rdi is taken: five visible integer arguments fit, the sixth goes to the stack.
TEST(ABILocation, SretLeavesFiveIntegerRegisters) {
  Layouts l;
  Type big = l.make({{0, Type::i64(), 3}}, 24, 8);
  CallABI abi = lowerSignature(sig(big, std::vector<Type>(6, Type::i64())));
  EXPECT_EQ(reg(abi.arguments[4]), R9);
  EXPECT_EQ(abi.arguments[5].kind, LocationKind::Stack);
  EXPECT_EQ(abi.arguments[5].stackOffset, 0u);
}

// A 16-byte aligned aggregate that goes to the stack starts at a 16-byte boundary.
TEST(ABILocation, SixteenByteAlignedAggregateOnTheStackIsAligned) {
  Layouts l;
  Type aligned = l.make({{0, Type::i64()}}, 16, 16);
  std::vector<Type> params(6, Type::i64());
  params.push_back(Type::i32());
  params.push_back(aligned);
  CallABI abi = lowerSignature(sig(Type::voidTy(), params));
  EXPECT_EQ(abi.arguments[6].stackOffset, 0u);
  EXPECT_EQ(abi.arguments[7].stackOffset, 16u);
  EXPECT_EQ(abi.stackArgumentBytes, 32u);
}

TEST(ABILocation, EmptyStructPassesNothing) {
  Layouts l;
  Type empty = l.make({}, 0, 1);
  CallABI abi = lowerSignature(sig(Type::voidTy(), {empty, Type::i32()}));
  EXPECT_EQ(abi.arguments[0].kind, LocationKind::None);
  EXPECT_EQ(reg(abi.arguments[1]), RDI);
}

TEST(ABILocation, ExtensionsAreRecorded) {
  ir::Signature s = sig(Type::i8(), {Type::i16(), Type::i8()});
  s.returnExtension = ir::Extension::Sign;
  s.paramExtensions = {ir::Extension::Zero, ir::Extension::Sign};
  CallABI abi = lowerSignature(s);
  EXPECT_EQ(abi.returnValue.extension, ir::Extension::Sign);
  EXPECT_EQ(abi.arguments[0].extension, ir::Extension::Zero);
  EXPECT_EQ(abi.arguments[1].extension, ir::Extension::Sign);
}

} // namespace
