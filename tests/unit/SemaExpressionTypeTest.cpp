// The types Sema gives expressions: integer literals (C11 6.4.4.1p5), character constants
// (6.4.4.4), integer promotions (6.3.1.1, including gcc's rule for bit-fields), the usual
// arithmetic conversions (6.3.1.8), and the result types of every operator. The expected
// spellings were checked against gcc 12 (`(expr) + s` with a struct `s` makes gcc print the
// promoted type of each expression).
#include "SemaTestSupport.h"

using namespace minicc::frontend::testing;

namespace {

const char* const kPrelude = R"(
struct S { int a; } s;
char c; signed char sc; unsigned char uc; short sh; unsigned short us; int i; unsigned u;
long l; unsigned long ul; long long ll; unsigned long long ull; _Bool b;
enum E { A, B } e; enum N { M = -1 } en;
int *p, *q; const int *cp; void *vp; int arr[3]; int **pp;
struct F { unsigned u3 : 3; unsigned u32 : 32; unsigned long ul40 : 40; int i5 : 5; } bf;
const struct T { int a; } ct; struct T *pt;
int f(int);
)";

struct TypeCase {
  const char* expression;
  const char* type;
};

void expectTypes(const std::vector<TypeCase>& cases) {
  for (const TypeCase& c : cases) {
    CheckResult r = checkExpression(c.expression, kPrelude);
    EXPECT_EQ(r.errors, 0u) << c.expression << "\n" << r.diagnostics;
    EXPECT_EQ(r.type, c.type) << c.expression;
  }
}

TEST(SemaExpressionType, IntegerLiteralsTakeTheFirstTypeThatFits) {
  expectTypes({
      {"2147483647", "int"},
      {"2147483648", "long int"}, // decimal: never unsigned
      {"4294967295", "long int"},
      {"9223372036854775807", "long int"},
      {"0x7fffffff", "int"},
      {"0x80000000", "unsigned int"}, // octal and hexadecimal may be unsigned
      {"0xffffffff", "unsigned int"},
      {"0x100000000", "long int"},
      {"0x8000000000000000", "long unsigned int"},
      {"07777777777", "int"},
      {"020000000000", "unsigned int"},
      {"4294967295u", "unsigned int"},
      {"4294967296u", "long unsigned int"},
      {"1l", "long int"},
      {"1ul", "long unsigned int"},
      {"1lu", "long unsigned int"},
      {"1ll", "long long int"},
      {"1ull", "long long unsigned int"},
      {"0xffffffffffffffffll", "long long unsigned int"},
  });
}

TEST(SemaExpressionType, CharacterConstants) {
  expectTypes({
      {"'a'", "int"},
      {"L'a'", "int"},                // wchar_t
      {"u'a'", "short unsigned int"}, // char16_t
      {"U'a'", "unsigned int"},       // char32_t
      {"\"abc\"", "char[4]"},
      {"L\"ab\"", "int[3]"},
  });
}

TEST(SemaExpressionType, UsualArithmeticConversions) {
  expectTypes({
      {"c + c", "int"},
      {"uc + sh", "int"},
      {"us * us", "int"}, // unsigned short fits in int
      {"b + b", "int"},
      {"u + i", "unsigned int"},
      {"l + u", "long int"}, // long represents every unsigned int
      {"ul + l", "long unsigned int"},
      {"ll + ul", "long long unsigned int"}, // same width: the unsigned version of the signed type
      {"ull + l", "long long unsigned int"},
      {"i + ll", "long long int"},
      {"e + 1", "unsigned int"}, // gcc: an enum without negative values is unsigned int
      {"en + 1", "int"},
      {"uc / uc", "int"},
      {"u % ul", "long unsigned int"},
      {"(short)1 + (short)1", "int"},
  });
}

TEST(SemaExpressionType, ShiftsHaveThePromotedLeftType) {
  expectTypes({
      {"c << l", "int"},
      {"u >> c", "unsigned int"},
      {"l << i", "long int"},
      {"uc >> ull", "int"},
  });
}

TEST(SemaExpressionType, UnaryOperatorsPromote) {
  expectTypes({
      {"-uc", "int"},
      {"~us", "int"},
      {"!l", "int"},
      {"-u", "unsigned int"},
      {"-ll", "long long int"},
      {"~ull", "long long unsigned int"},
      {"+c", "int"},
  });
}

TEST(SemaExpressionType, BitFieldsPromoteByWidth) {
  expectTypes({
      {"bf.u3 + 0", "int"},           // narrower than int: int
      {"bf.u32 + 0", "unsigned int"}, // as wide as unsigned int
      {"bf.ul40 + 0", "long unsigned int"},
      {"bf.i5 + 0u", "unsigned int"},
      {"bf.u3", "unsigned int"}, // the member itself has its declared type
  });
}

TEST(SemaExpressionType, PointersAndObjects) {
  expectTypes({
      {"p < q", "int"},
      {"p - q", "long int"}, // ptrdiff_t
      {"p + 1", "int *"},
      {"1 + p", "int *"},
      {"*pp", "int *"},
      {"&arr", "int (*)[3]"},
      {"arr", "int[3]"},
      {"arr + 1", "int *"},
      {"&arr[1]", "int *"},
      {"f", "int(int)"},
      {"&f", "int (*)(int)"},
      {"*f", "int(int)"},
      {"f(1)", "int"},
      {"ct.a", "const int"}, // members of a const struct are const
      {"pt->a", "int"},
      {"&s", "struct S *"},
  });
}

TEST(SemaExpressionType, SizeofAndAlignofAreSizeT) {
  expectTypes({
      {"sizeof(int)", "long unsigned int"},
      {"sizeof i", "long unsigned int"},
      {"_Alignof(long)", "long unsigned int"},
  });
}

TEST(SemaExpressionType, ConditionalOperator) {
  expectTypes({
      {"i ? c : sh", "int"},
      {"i ? u : l", "long int"},
      {"i ? p : 0", "int *"},
      {"i ? 0 : p", "int *"},
      {"i ? vp : p", "void *"},
      {"i ? cp : p", "const int *"}, // qualifiers of both pointed-to types
      {"i ? s : s", "struct S"},
      {"i ? (void)0 : (void)1", "void"},
  });
}

TEST(SemaExpressionType, AssignmentsHaveTheLeftType) {
  expectTypes({
      {"c += 1", "char"},
      {"p += 1", "int *"},
      {"i = l", "int"},
      {"u <<= 40L", "unsigned int"},
      {"(i, l)", "long int"},
      {"(unsigned char)i", "unsigned char"},
      {"i++", "int"},
      {"--p", "int *"},
      {"A", "int"},
  });
}

} // namespace
