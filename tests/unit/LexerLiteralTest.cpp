// Unit tests for literal values (frontend/LiteralParser.cpp through the lexer): integer
// radixes, suffixes and overflow, floating forms and suffixes, character constants with every
// escape and prefix (gcc's values), and string decoding.
#include "frontend/Lexer.h"
#include "frontend/LiteralParser.h"
#include "frontend/Parser.hpp"

#include <gtest/gtest.h>
#include <sstream>

using namespace minicc;
using namespace minicc::frontend;
using T = Parser::token;

namespace {

class LiteralTest : public ::testing::Test {
protected:
  Token lexOne(std::string_view text) {
    Lexer lexer(text, "lit.c", diags, ast);
    Token token = lexer.next();
    EXPECT_EQ(lexer.next().kind, T::TOK_END) << text;
    return token;
  }

  const IntLiteralExpr& integer(std::string_view text) {
    Token token = lexOne(text);
    EXPECT_EQ(token.kind, T::TOK_INTEGER_CONSTANT) << text;
    return static_cast<const IntLiteralExpr&>(*token.literal);
  }

  const FloatLiteralExpr& floating(std::string_view text) {
    Token token = lexOne(text);
    EXPECT_EQ(token.kind, T::TOK_FLOATING_CONSTANT) << text;
    return static_cast<const FloatLiteralExpr&>(*token.literal);
  }

  const CharLiteralExpr& character(std::string_view text) {
    Token token = lexOne(text);
    EXPECT_EQ(token.kind, T::TOK_CHARACTER_CONSTANT) << text;
    return static_cast<const CharLiteralExpr&>(*token.literal);
  }

  std::vector<std::uint32_t> string(std::string_view text) {
    Token token = lexOne(text);
    EXPECT_EQ(token.kind, T::TOK_STRING_LITERAL) << text;
    std::vector<std::uint32_t> units;
    decodeStringBody(token.text, token.stringPrefix, token.loc, units, diags);
    return units;
  }

  std::string takeDiagnostics() {
    std::string text = out.str();
    out.str("");
    return text;
  }

  std::ostringstream out;
  DiagnosticEngine diags{out};
  AstContext ast;
};

std::vector<std::uint32_t> units(std::string_view bytes) {
  return {bytes.begin(), bytes.end()};
}

} // namespace

TEST_F(LiteralTest, IntegerRadixes) {
  EXPECT_EQ(integer("0").value, 0u);
  EXPECT_EQ(integer("1234567890").value, 1234567890u);
  EXPECT_TRUE(integer("1234567890").isDecimal);
  EXPECT_EQ(integer("0777").value, 0777u);
  EXPECT_FALSE(integer("0777").isDecimal);
  EXPECT_EQ(integer("0xDeadBeef").value, 0xDEADBEEFu);
  EXPECT_EQ(integer("0X1f").value, 0x1Fu);
  EXPECT_FALSE(integer("0x1f").isDecimal);
  EXPECT_EQ(integer("0b1011").value, 11u);
  EXPECT_EQ(integer("0B1").value, 1u);
  EXPECT_FALSE(integer("0b1").isDecimal);
  EXPECT_EQ(takeDiagnostics(), "");
}

TEST_F(LiteralTest, IntegerSuffixesInAnyOrderAndCase) {
  struct Case {
    const char* text;
    bool isUnsigned;
    unsigned longs;
  };
  const Case cases[] = {
      {"1", false, 0},   {"1u", true, 0},   {"1U", true, 0},   {"1l", false, 1},
      {"1L", false, 1},  {"1ll", false, 2}, {"1LL", false, 2}, {"1ul", true, 1},
      {"1lu", true, 1},  {"1UL", true, 1},  {"1LU", true, 1},  {"1uLL", true, 2},
      {"1LLu", true, 2}, {"1ull", true, 2}, {"1llU", true, 2}, {"0x1fUL", true, 1},
  };
  for (const Case& c : cases) {
    const IntLiteralExpr& lit = integer(c.text);
    EXPECT_EQ(lit.value, c.text[1] == 'x' ? 0x1Fu : 1u) << c.text;
    EXPECT_EQ(lit.hasUnsignedSuffix, c.isUnsigned) << c.text;
    EXPECT_EQ(lit.longSuffixCount, c.longs) << c.text;
  }
  EXPECT_EQ(takeDiagnostics(), "");
}

TEST_F(LiteralTest, InvalidIntegerSuffixes) {
  for (const char* text : {"1lL", "1Ll", "1uu", "1ulu", "1lul", "1x", "1f", "1lll"}) {
    integer(text);
    EXPECT_NE(takeDiagnostics().find("error: invalid suffix"), std::string::npos) << text;
  }
  integer("0x");
  EXPECT_NE(takeDiagnostics().find("error: invalid suffix \"x\" on integer constant"),
            std::string::npos);
  integer("12abc");
  EXPECT_NE(takeDiagnostics().find("lit.c:1:1: error: invalid suffix \"abc\" on integer constant"),
            std::string::npos);
}

TEST_F(LiteralTest, InvalidDigits) {
  integer("09");
  EXPECT_NE(takeDiagnostics().find("error: invalid digit \"9\" in octal constant"),
            std::string::npos);
  integer("0b102");
  EXPECT_NE(takeDiagnostics().find("error: invalid digit \"2\" in binary constant"),
            std::string::npos);
}

TEST_F(LiteralTest, IntegerOverflowIsFlagged) {
  EXPECT_EQ(integer("18446744073709551615").value, ~std::uint64_t(0));
  EXPECT_FALSE(integer("18446744073709551615").overflowed);
  EXPECT_TRUE(integer("18446744073709551616").overflowed);
  EXPECT_FALSE(integer("0xffffffffffffffff").overflowed);
  EXPECT_TRUE(integer("0x10000000000000000").overflowed);
  EXPECT_TRUE(integer("99999999999999999999999").overflowed);
  EXPECT_EQ(takeDiagnostics(), "");
}

TEST_F(LiteralTest, FloatingForms) {
  EXPECT_DOUBLE_EQ(floating("1.5").value, 1.5);
  EXPECT_DOUBLE_EQ(floating(".25").value, 0.25);
  EXPECT_DOUBLE_EQ(floating("2.").value, 2.0);
  EXPECT_DOUBLE_EQ(floating("1e3").value, 1000.0);
  EXPECT_DOUBLE_EQ(floating("1E-2").value, 0.01);
  EXPECT_DOUBLE_EQ(floating("2.5e+1").value, 25.0);
  EXPECT_DOUBLE_EQ(floating("0x1p4").value, 16.0);
  EXPECT_DOUBLE_EQ(floating("0x1.8p1").value, 3.0);
  EXPECT_DOUBLE_EQ(floating("0X.8P0").value, 0.5);
  EXPECT_DOUBLE_EQ(floating("0x1P-2").value, 0.25);
  EXPECT_DOUBLE_EQ(floating("0.1").value, 0.1);
  EXPECT_EQ(floating("1e3").spelling, "1e3");
  EXPECT_EQ(takeDiagnostics(), "");
}

TEST_F(LiteralTest, FloatingSuffixes) {
  EXPECT_TRUE(floating("1.5f").hasFloatSuffix);
  EXPECT_TRUE(floating("1.5F").hasFloatSuffix);
  EXPECT_FALSE(floating("1.5F").hasLongSuffix);
  EXPECT_TRUE(floating("1.5l").hasLongSuffix);
  EXPECT_TRUE(floating("1e2L").hasLongSuffix);
  EXPECT_TRUE(floating("0x1p1f").hasFloatSuffix);
  EXPECT_DOUBLE_EQ(floating("1.5f").value, 1.5);
  EXPECT_EQ(floating("1.5L").spelling, "1.5L");
  EXPECT_EQ(takeDiagnostics(), "");
}

TEST_F(LiteralTest, InvalidFloatingConstants) {
  floating("1e");
  EXPECT_NE(takeDiagnostics().find("error: exponent has no digits"), std::string::npos);
  floating("1e+");
  EXPECT_NE(takeDiagnostics().find("error: exponent has no digits"), std::string::npos);
  floating("0x1.8");
  EXPECT_NE(takeDiagnostics().find("error: hexadecimal floating constants require an exponent"),
            std::string::npos);
  floating("1.5ff");
  EXPECT_NE(takeDiagnostics().find("error: invalid suffix \"ff\" on floating constant"),
            std::string::npos);
  floating("1.2.3");
  EXPECT_NE(takeDiagnostics().find("error: invalid suffix \".3\" on floating constant"),
            std::string::npos);
}

TEST_F(LiteralTest, SimpleEscapes) {
  const std::pair<const char*, int> escapes[] = {
      {R"('\n')", '\n'}, {R"('\t')", '\t'}, {R"('\\')", '\\'}, {R"('\'')", '\''}, {R"('\"')", '"'},
      {R"('\?')", '?'},  {R"('\a')", 7},    {R"('\b')", 8},    {R"('\f')", 12},   {R"('\v')", 11},
      {R"('\r')", 13},   {R"('\e')", 27},   {"'a'", 'a'},      {"'\"'", '"'},
  };
  for (auto [text, value] : escapes) {
    const CharLiteralExpr& lit = character(text);
    EXPECT_EQ(lit.value, value) << text;
    EXPECT_FALSE(lit.isMultiChar) << text;
  }
  EXPECT_EQ(takeDiagnostics(), "");
}

TEST_F(LiteralTest, NumericEscapes) {
  EXPECT_EQ(character(R"('\0')").value, 0);
  EXPECT_EQ(character(R"('\101')").value, 'A');
  EXPECT_EQ(character(R"('\7')").value, 7);
  EXPECT_EQ(character(R"('\377')").value, -1); // plain char is signed on x86-64
  EXPECT_EQ(character(R"('\x41')").value, 'A');
  EXPECT_EQ(character(R"('\xff')").value, -1);
  EXPECT_EQ(character(R"('\x7f')").value, 127);
  EXPECT_EQ(character(R"('\x80')").value, -128);
  EXPECT_EQ(takeDiagnostics(), "");
  // An octal escape has at most three digits: '\1234' is the two chars '\123' and '4'.
  EXPECT_EQ(character(R"('\1234')").value, (0123 << 8) | '4');
  EXPECT_TRUE(character(R"('\1234')").isMultiChar); // Sema gives the -Wmultichar warning
  EXPECT_EQ(takeDiagnostics(), "");
}

TEST_F(LiteralTest, EscapeErrors) {
  character(R"('\x')");
  EXPECT_NE(takeDiagnostics().find("lit.c:1:2: error: \\x used with no following hex digits"),
            std::string::npos);
  character(R"('\x100')");
  EXPECT_NE(takeDiagnostics().find("warning: hex escape sequence out of range"), std::string::npos);
  character(R"('\777')");
  EXPECT_NE(takeDiagnostics().find("warning: octal escape sequence out of range"),
            std::string::npos);
  EXPECT_EQ(character(R"('\q')").value, 'q');
  EXPECT_NE(takeDiagnostics().find("warning: unknown escape sequence: '\\q'"), std::string::npos);
  character(R"('\u12')");
  EXPECT_NE(takeDiagnostics().find("error: incomplete universal character name \\u12"),
            std::string::npos);
  character("''");
  EXPECT_NE(takeDiagnostics().find("error: empty character constant"), std::string::npos);
}

TEST_F(LiteralTest, MultiCharacterConstantsHaveGccValues) {
  EXPECT_EQ(character("'ab'").value, 24930); // ('a' << 8) | 'b'
  EXPECT_TRUE(character("'ab'").isMultiChar);
  EXPECT_EQ(character(R"('\xff\xff')").value, 65535);
  EXPECT_EQ(character("'abcd'").value, 1633837924);
  EXPECT_EQ(character("'abcde'").value, 1650680933); // the last four
  EXPECT_NE(takeDiagnostics().find("warning: character constant too long for its type"),
            std::string::npos);
  // A UCN in a plain constant is its UTF-8 bytes, as gcc does.
  EXPECT_EQ(character(R"('\u00e9')").value, 50089);
  EXPECT_EQ(character("'\xc3\xa9'").value, 50089);
}

TEST_F(LiteralTest, PrefixedCharacterConstants) {
  EXPECT_EQ(character("L'a'").prefix, CharLiteralExpr::Prefix::L);
  EXPECT_EQ(character("L'a'").value, 'a');
  EXPECT_EQ(character(R"(L'\xffffffff')").value, -1); // wchar_t is int
  EXPECT_EQ(character("L'\xc3\xa9'").value, 0xE9);    // UTF-8 source decoded
  EXPECT_EQ(character(R"(L'\u00e9')").value, 0xE9);
  EXPECT_EQ(character(R"(u'\xffff')").value, 65535);
  EXPECT_EQ(character("u'a'").prefix, CharLiteralExpr::Prefix::u);
  EXPECT_EQ(character(R"(U'\xffffffff')").value, 4294967295);
  EXPECT_EQ(character(R"(U'\U0001F600')").value, 0x1F600);
  EXPECT_EQ(character("U'a'").prefix, CharLiteralExpr::Prefix::U);
  EXPECT_EQ(takeDiagnostics(), "");
  EXPECT_EQ(character("L'ab'").value, 'b'); // gcc keeps the last character
  EXPECT_NE(takeDiagnostics().find("warning: character constant too long for its type"),
            std::string::npos);
}

TEST_F(LiteralTest, StringEscapesAreDecoded) {
  EXPECT_EQ(string(R"("a\tb\n\\\"\x41\101\0z")"), units(std::string("a\tb\n\\\"AA\0z", 10)));
  EXPECT_EQ(string(R"("\xff")"), (std::vector<std::uint32_t>{0xFF}));
  EXPECT_EQ(string(R"("\u00e9")"), (std::vector<std::uint32_t>{0xC3, 0xA9}));
  EXPECT_EQ(string("\"\xc3\xa9\""), (std::vector<std::uint32_t>{0xC3, 0xA9}));
  EXPECT_EQ(string(R"("")"), (std::vector<std::uint32_t>{}));
  EXPECT_EQ(takeDiagnostics(), "");
}

TEST_F(LiteralTest, WideStringsHoldCodeUnits) {
  EXPECT_EQ(string("L\"a\xc3\xa9\""), (std::vector<std::uint32_t>{'a', 0xE9}));
  EXPECT_EQ(string(R"(U"\U0001F600")"), (std::vector<std::uint32_t>{0x1F600}));
  // UTF-16: a code point above U+FFFF is a surrogate pair.
  EXPECT_EQ(string(R"(u"\U0001F600x")"), (std::vector<std::uint32_t>{0xD83D, 0xDE00, 'x'}));
  EXPECT_EQ(string(R"(L"\xffffffff")"), (std::vector<std::uint32_t>{0xFFFFFFFF}));
  EXPECT_EQ(string(R"(u8"\u00e9")"), (std::vector<std::uint32_t>{0xC3, 0xA9}));
  EXPECT_EQ(takeDiagnostics(), "");
}
