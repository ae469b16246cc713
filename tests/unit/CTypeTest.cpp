// CType interning, integer properties, compatibility and gcc-style spelling (frontend/CType.h).
// The expected spellings were taken from gcc 12's diagnostics for the same types.
#include "frontend/CType.h"

#include "frontend/AST.h"

#include <gtest/gtest.h>

using namespace minicc::frontend;

namespace {

class CTypeTest : public ::testing::Test {
protected:
  TypeContext t;
  const CType* b(CTypeKind k) { return t.basic(k); }
  const CType* ptr(const CType* p) { return t.pointerTo(p); }
  const CType* arr(const CType* e, std::uint64_t n) { return t.arrayOf(e, n); }
  const CType* fn(const CType* r, std::vector<const CType*> ps, bool variadic = false) {
    return t.functionType(r, std::move(ps), variadic, true);
  }
  const CType* cnst(const CType* x) { return t.qualified(x, QualConst); }
};

TEST_F(CTypeTest, InterningGivesOnePointerPerType) {
  EXPECT_EQ(ptr(t.intType()), ptr(t.intType()));
  EXPECT_NE(ptr(t.intType()), ptr(t.uintType()));
  EXPECT_EQ(arr(t.intType(), 3), arr(t.intType(), 3));
  EXPECT_NE(arr(t.intType(), 3), arr(t.intType(), 4));
  EXPECT_NE(t.arrayOf(t.intType(), std::nullopt), arr(t.intType(), 0));
  EXPECT_EQ(fn(t.intType(), {t.charType()}), fn(t.intType(), {t.charType()}));
  EXPECT_NE(fn(t.intType(), {}), t.functionType(t.intType(), {}, false, false));
  EXPECT_EQ(cnst(t.intType()), cnst(cnst(t.intType())));
  EXPECT_EQ(cnst(t.intType())->unqualified(), t.intType());
}

TEST_F(CTypeTest, QualifyingAnArrayQualifiesItsElements) {
  const CType* a = t.qualified(arr(t.intType(), 2), QualConst);
  ASSERT_TRUE(a->isArray());
  EXPECT_EQ(a->inner, cnst(t.intType()));
  EXPECT_EQ(a->quals, QualNone);
}

TEST_F(CTypeTest, IntegerRanksAndSignedness) {
  EXPECT_LT(integerRank(b(CTypeKind::Bool)), integerRank(b(CTypeKind::Char)));
  EXPECT_EQ(integerRank(b(CTypeKind::Char)), integerRank(b(CTypeKind::UChar)));
  EXPECT_LT(integerRank(b(CTypeKind::Short)), integerRank(b(CTypeKind::Int)));
  EXPECT_LT(integerRank(b(CTypeKind::Long)), integerRank(b(CTypeKind::LongLong)));
  EXPECT_TRUE(b(CTypeKind::Char)->isSignedInteger());
  EXPECT_FALSE(b(CTypeKind::Bool)->isSignedInteger());
  EXPECT_FALSE(b(CTypeKind::UShort)->isSignedInteger());
  EXPECT_EQ(integerBits(b(CTypeKind::Long)), 64u);
  EXPECT_EQ(typeSize(b(CTypeKind::LongDouble)), 16u);
  EXPECT_EQ(typeAlign(arr(b(CTypeKind::Short), 7)), 2u);
  EXPECT_EQ(typeSize(arr(arr(t.intType(), 3), 2)), 24u);
}

TEST_F(CTypeTest, EnumIsCompatibleWithItsUnderlyingType) {
  const CType* e = t.createEnum("E", {});
  EXPECT_TRUE(t.compatible(e, t.uintType()));
  EXPECT_FALSE(t.compatible(e, t.intType()));
  EXPECT_FALSE(e->isSignedInteger());
}

TEST_F(CTypeTest, Compatibility) {
  const CType* i = t.intType();
  EXPECT_TRUE(t.compatible(arr(i, 3), t.arrayOf(i, std::nullopt)));
  EXPECT_FALSE(t.compatible(arr(i, 3), arr(i, 4)));
  EXPECT_FALSE(t.compatible(ptr(i), ptr(cnst(i))));
  EXPECT_FALSE(t.compatible(b(CTypeKind::Char), b(CTypeKind::SChar)));
  EXPECT_FALSE(t.compatible(b(CTypeKind::Long), b(CTypeKind::LongLong)));
  const CType* unproto = t.functionType(i, {}, false, false);
  EXPECT_TRUE(t.compatible(unproto, fn(i, {i, ptr(i)})));
  // C11 6.7.6.3p15: a parameter changed by the default promotions is not compatible.
  EXPECT_FALSE(t.compatible(unproto, fn(i, {b(CTypeKind::Char)})));
  EXPECT_FALSE(t.compatible(unproto, fn(i, {i}, true)));
  EXPECT_FALSE(t.compatible(fn(i, {i}), fn(i, {t.longType()})));
  // Top-level qualifiers of parameters do not matter.
  EXPECT_TRUE(t.compatible(fn(i, {cnst(i)}), fn(i, {i})));
}

TEST_F(CTypeTest, CompositeTakesTheKnownSizeAndThePrototype) {
  const CType* i = t.intType();
  EXPECT_EQ(t.composite(t.arrayOf(i, std::nullopt), arr(i, 5)), arr(i, 5));
  EXPECT_EQ(t.composite(t.functionType(i, {}, false, false), fn(i, {i})), fn(i, {i}));
}

TEST_F(CTypeTest, SpellsTypesLikeGcc) {
  const CType* i = t.intType();
  const CType* c = t.charType();
  const CType* s = t.createRecord("S", false, {});
  EXPECT_EQ(typeToString(ptr(i)), "int *");
  EXPECT_EQ(typeToString(ptr(ptr(i))), "int **");
  EXPECT_EQ(typeToString(ptr(arr(c, 3))), "char (*)[3]");
  EXPECT_EQ(typeToString(ptr(fn(i, {i, ptr(c)}))), "int (*)(int,  char *)");
  EXPECT_EQ(typeToString(ptr(fn(i, {ptr(c), i}))), "int (*)(char *, int)");
  EXPECT_EQ(typeToString(ptr(fn(i, {}))), "int (*)(void)");
  EXPECT_EQ(typeToString(ptr(t.functionType(i, {}, false, false))), "int (*)()");
  EXPECT_EQ(typeToString(ptr(fn(i, {ptr(cnst(c))}, true))), "int (*)(const char *, ...)");
  EXPECT_EQ(typeToString(ptr(fn(i, {i}, true))), "int (*)(int, ...)");
  EXPECT_EQ(typeToString(s), "struct S");
  EXPECT_EQ(typeToString(t.createRecord("", true, {})), "union <anonymous>");
  EXPECT_EQ(typeToString(t.createEnum("E", {})), "enum E");
  EXPECT_EQ(typeToString(b(CTypeKind::ULong)), "long unsigned int");
  EXPECT_EQ(typeToString(b(CTypeKind::LongLong)), "long long int");
  EXPECT_EQ(typeToString(b(CTypeKind::ULongLong)), "long long unsigned int");
  EXPECT_EQ(typeToString(b(CTypeKind::UShort)), "short unsigned int");
  EXPECT_EQ(typeToString(b(CTypeKind::SChar)), "signed char");
  EXPECT_EQ(typeToString(b(CTypeKind::Bool)), "_Bool");
  EXPECT_EQ(typeToString(ptr(cnst(c))), "const char *");
  EXPECT_EQ(typeToString(t.qualified(ptr(i), QualConst)), "int * const");
  EXPECT_EQ(typeToString(ptr(t.qualified(ptr(i), QualConst))), "int * const*");
  EXPECT_EQ(typeToString(ptr(t.qualified(ptr(cnst(i)), QualConst))), "const int * const*");
  EXPECT_EQ(typeToString(ptr(t.qualified(ptr(i), QualVolatile))), "int * volatile*");
  EXPECT_EQ(typeToString(ptr(fn(ptr(c), {ptr(ptr(c))}))), "char * (*)(char **)");
  EXPECT_EQ(typeToString(ptr(arr(ptr(i), 4))), "int * (*)[4]");
  EXPECT_EQ(typeToString(ptr(ptr(fn(i, {})))), "int (**)(void)");
  EXPECT_EQ(typeToString(ptr(fn(ptr(fn(t.voidType(), {t.longType()})), {i}))),
            "void (* (*)(int))(long int)");
  EXPECT_EQ(typeToString(ptr(arr(arr(i, 3), 2))), "int (*)[2][3]");
  EXPECT_EQ(typeToString(ptr(t.arrayOf(i, std::nullopt))), "int (*)[]");
  EXPECT_EQ(typeToString(ptr(arr(ptr(fn(i, {i})), 2))), "int (* (*)[2])(int)");
  EXPECT_EQ(typeToString(ptr(cnst(arr(i, 2)))), "const int (*)[2]");
  EXPECT_EQ(typeToString(ptr(fn(i, {s, t.longType()}))), "int (*)(struct S,  long int)");
  EXPECT_EQ(typeToString(ptr(fn(i, {t.qualified(ptr(cnst(c)), QualRestrict), i}))),
            "int (*)(const char * restrict,  int)");
  EXPECT_EQ(typeToString(ptr(fn(i, {ptr(fn(i, {i})), i}))), "int (*)(int (*)(int), int)");
  EXPECT_EQ(typeToString(fn(i, {i})), "int(int)");
  EXPECT_EQ(typeToString(arr(i, 3)), "int[3]");
  EXPECT_EQ(typeToString(arr(ptr(i), 3)), "int *[3]");
}

} // namespace

namespace {

// Variable-length array types (C11 6.7.6.2p4): identified by their size expression.
TEST_F(CTypeTest, VariableLengthArrays) {
  IntLiteralExpr n, m; // stand-ins for two size expressions
  const CType* vla = t.variableLengthArrayOf(t.intType(), &n);
  EXPECT_EQ(vla, t.variableLengthArrayOf(t.intType(), &n));
  EXPECT_NE(vla, t.variableLengthArrayOf(t.intType(), &m));
  EXPECT_TRUE(vla->isComplete());
  EXPECT_TRUE(vla->hasVariableSize());
  EXPECT_EQ(typeSize(vla), 0u); // known only at run time
  EXPECT_EQ(typeAlign(vla), 4u);
  // A fixed count of VLA elements is a VLA type; a pointer to one is variably modified only.
  const CType* rows = arr(vla, 3);
  EXPECT_TRUE(rows->hasVariableSize());
  EXPECT_FALSE(ptr(vla)->hasVariableSize());
  EXPECT_TRUE(ptr(vla)->isVariablyModified());
  EXPECT_FALSE(ptr(arr(t.intType(), 3))->isVariablyModified());
  // Qualifying keeps the size expression.
  EXPECT_EQ(cnst(vla)->vlaLength, &n);
  EXPECT_EQ(cnst(vla)->inner, cnst(t.intType()));
  // Compatible with any array of a compatible element (6.7.6.2p6); the composite keeps a
  // constant size.
  EXPECT_TRUE(t.compatible(vla, arr(t.intType(), 7)));
  EXPECT_TRUE(t.compatible(ptr(vla), ptr(arr(t.intType(), 7))));
  EXPECT_FALSE(t.compatible(vla, arr(t.charType(), 7)));
  EXPECT_EQ(t.composite(vla, arr(t.intType(), 7)), arr(t.intType(), 7));
  EXPECT_EQ(t.composite(vla, t.arrayOf(t.intType(), std::nullopt)), vla);
}

} // namespace
