// Unit tests for ir/Type.h and the constant canonical form in ir/IR.h.
#include "ir/IR.h"

#include <gtest/gtest.h>

using namespace minicc::ir;

TEST(IRType, ScalarSizesMatchLP64) {
  EXPECT_EQ(Type::i8().size(), 1u);
  EXPECT_EQ(Type::i16().size(), 2u);
  EXPECT_EQ(Type::i32().size(), 4u);
  EXPECT_EQ(Type::i64().size(), 8u);
  EXPECT_EQ(Type::ptr().size(), 8u);
  EXPECT_EQ(Type::f80().align(), 16u);
}

TEST(IRType, ConstantsAreStoredSignExtendedFromTheirWidth) {
  Module m;
  EXPECT_EQ(m.constantInt(Type::i8(), 255)->value(), -1);
  EXPECT_EQ(m.constantInt(Type::i8(), 255)->zextValue(), 255u);
  EXPECT_EQ(m.constantInt(Type::i1(), 3)->value(), 1);
  EXPECT_EQ(m.constantInt(Type::i32(), 255), m.constantInt(Type::i32(), 255));
}
