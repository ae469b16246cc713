// Unit tests for the re2c lexer (frontend/Lexer.re): token kinds, keywords and their GNU
// spellings, punctuators and digraphs, line markers and locations, GNU attributes and asm.
// Literal values are tested in LexerLiteralTest.cpp.
#include "frontend/Lexer.h"

#include "frontend/Parser.hpp"

#include <gtest/gtest.h>
#include <memory>
#include <set>
#include <sstream>

using namespace minicc;
using namespace minicc::frontend;
using T = Parser::token;

namespace {

struct Lexed {
  // Owns the interned file names the tokens' locations point to.
  std::shared_ptr<std::ostringstream> out = std::make_shared<std::ostringstream>();
  std::shared_ptr<DiagnosticEngine> diags = std::make_shared<DiagnosticEngine>(*out);
  std::vector<Token> tokens; // without the final END
  std::string diagnostics;
  std::vector<std::string> unsupportedAttributes;
  std::vector<WeakPragma> weakPragmas;
};

Lexed lexAll(std::string_view text, std::set<std::string> typedefs = {}) {
  Lexed result;
  AstContext ast;
  Lexer lexer(text, "test.c", *result.diags, ast,
              [&](const std::string& name) { return typedefs.count(name) != 0; });
  for (int guard = 0; guard < 10000; ++guard) {
    Token token = lexer.next();
    if (token.kind == T::TOK_END) break;
    result.tokens.push_back(token);
  }
  result.diagnostics = result.out->str();
  result.unsupportedAttributes = lexer.takeUnsupportedAttributes();
  result.weakPragmas = lexer.weakPragmas();
  return result;
}

std::vector<int> kinds(std::string_view text) {
  std::vector<int> result;
  for (const Token& token : lexAll(text).tokens) result.push_back(token.kind);
  return result;
}

int singleKind(std::string_view text) {
  Lexed lexed = lexAll(text);
  EXPECT_EQ(lexed.tokens.size(), 1u) << text;
  EXPECT_EQ(lexed.diagnostics, "") << text;
  return lexed.tokens.empty() ? -1 : lexed.tokens[0].kind;
}

} // namespace

TEST(Lexer, C11Keywords) {
  const std::pair<const char*, int> keywords[] = {
      {"auto", T::TOK_AUTO},
      {"break", T::TOK_BREAK},
      {"case", T::TOK_CASE},
      {"char", T::TOK_CHAR},
      {"const", T::TOK_CONST},
      {"continue", T::TOK_CONTINUE},
      {"default", T::TOK_DEFAULT},
      {"do", T::TOK_DO},
      {"double", T::TOK_DOUBLE},
      {"else", T::TOK_ELSE},
      {"enum", T::TOK_ENUM},
      {"extern", T::TOK_EXTERN},
      {"float", T::TOK_FLOAT},
      {"for", T::TOK_FOR},
      {"goto", T::TOK_GOTO},
      {"if", T::TOK_IF},
      {"inline", T::TOK_INLINE},
      {"int", T::TOK_INT},
      {"long", T::TOK_LONG},
      {"register", T::TOK_REGISTER},
      {"restrict", T::TOK_RESTRICT},
      {"return", T::TOK_RETURN},
      {"short", T::TOK_SHORT},
      {"signed", T::TOK_SIGNED},
      {"sizeof", T::TOK_SIZEOF},
      {"static", T::TOK_STATIC},
      {"struct", T::TOK_STRUCT},
      {"switch", T::TOK_SWITCH},
      {"typedef", T::TOK_TYPEDEF},
      {"union", T::TOK_UNION},
      {"unsigned", T::TOK_UNSIGNED},
      {"void", T::TOK_VOID},
      {"volatile", T::TOK_VOLATILE},
      {"while", T::TOK_WHILE},
      {"_Alignas", T::TOK_ALIGNAS},
      {"_Alignof", T::TOK_ALIGNOF},
      {"_Atomic", T::TOK_ATOMIC},
      {"_Bool", T::TOK_BOOL},
      {"_Complex", T::TOK_COMPLEX},
      {"_Generic", T::TOK_GENERIC},
      {"_Imaginary", T::TOK_IMAGINARY},
      {"_Noreturn", T::TOK_NORETURN},
      {"_Static_assert", T::TOK_STATIC_ASSERT},
      {"_Thread_local", T::TOK_THREAD_LOCAL},
  };
  for (auto [spelling, kind] : keywords) {
    EXPECT_EQ(singleKind(spelling), kind) << spelling;
    // A keyword is only a keyword as a whole identifier.
    EXPECT_EQ(singleKind(std::string(spelling) + "x"), T::TOK_IDENTIFIER) << spelling;
  }
}

TEST(Lexer, GnuKeywordSpellings) {
  const std::pair<const char*, int> keywords[] = {
      {"__inline", T::TOK_INLINE},
      {"__inline__", T::TOK_INLINE},
      {"__restrict", T::TOK_RESTRICT},
      {"__restrict__", T::TOK_RESTRICT},
      {"__const", T::TOK_CONST},
      {"__const__", T::TOK_CONST},
      {"__signed", T::TOK_SIGNED},
      {"__signed__", T::TOK_SIGNED},
      {"__volatile", T::TOK_VOLATILE},
      {"__volatile__", T::TOK_VOLATILE},
      {"__alignof__", T::TOK_ALIGNOF},
      {"__alignof", T::TOK_ALIGNOF},
      {"__typeof__", T::TOK_TYPEOF},
      {"typeof", T::TOK_TYPEOF},
      {"__int128", T::TOK_INT128},
      {"__thread", T::TOK_GNU_THREAD}, // its own token: gcc names it as spelled
      {"__builtin_va_arg", T::TOK_BUILTIN_VA_ARG},
  };
  for (auto [spelling, kind] : keywords) EXPECT_EQ(singleKind(spelling), kind) << spelling;
}

TEST(Lexer, ExtensionKeywordIsIgnored) {
  EXPECT_EQ(kinds("__extension__ int"), std::vector<int>{T::TOK_INT});
}

TEST(Lexer, AtomicBeforeParenthesisIsTheTypeSpecifier) {
  EXPECT_EQ(kinds("_Atomic (int)")[0], T::TOK_ATOMIC_LPAREN);
  EXPECT_EQ(kinds("_Atomic int")[0], T::TOK_ATOMIC);
}

TEST(Lexer, IdentifiersAndTypedefNames) {
  Lexed lexed = lexAll("size_t x _y9 $dollar size_tt", {"size_t"});
  ASSERT_EQ(lexed.tokens.size(), 5u);
  EXPECT_EQ(lexed.tokens[0].kind, T::TOK_TYPEDEF_NAME);
  EXPECT_EQ(lexed.tokens[0].text, "size_t");
  EXPECT_EQ(lexed.tokens[1].kind, T::TOK_IDENTIFIER);
  EXPECT_EQ(lexed.tokens[2].text, "_y9");
  EXPECT_EQ(lexed.tokens[3].text, "$dollar");
  EXPECT_EQ(lexed.tokens[4].kind, T::TOK_IDENTIFIER);
}

TEST(Lexer, AllPunctuators) {
  const std::pair<const char*, int> punctuators[] = {
      {"[", '['},
      {"]", ']'},
      {"(", '('},
      {")", ')'},
      {"{", '{'},
      {"}", '}'},
      {".", '.'},
      {"->", T::TOK_ARROW},
      {"++", T::TOK_INC},
      {"--", T::TOK_DEC},
      {"&", '&'},
      {"*", '*'},
      {"+", '+'},
      {"-", '-'},
      {"~", '~'},
      {"!", '!'},
      {"/", '/'},
      {"%", '%'},
      {"<<", T::TOK_SHL},
      {">>", T::TOK_SHR},
      {"<", '<'},
      {">", '>'},
      {"<=", T::TOK_LE},
      {">=", T::TOK_GE},
      {"==", T::TOK_EQ},
      {"!=", T::TOK_NE},
      {"^", '^'},
      {"|", '|'},
      {"&&", T::TOK_AND_AND},
      {"||", T::TOK_OR_OR},
      {"?", '?'},
      {":", ':'},
      {";", ';'},
      {"...", T::TOK_ELLIPSIS},
      {"=", '='},
      {"*=", T::TOK_MUL_ASSIGN},
      {"/=", T::TOK_DIV_ASSIGN},
      {"%=", T::TOK_MOD_ASSIGN},
      {"+=", T::TOK_ADD_ASSIGN},
      {"-=", T::TOK_SUB_ASSIGN},
      {"<<=", T::TOK_SHL_ASSIGN},
      {">>=", T::TOK_SHR_ASSIGN},
      {"&=", T::TOK_AND_ASSIGN},
      {"^=", T::TOK_XOR_ASSIGN},
      {"|=", T::TOK_OR_ASSIGN},
      {",", ','},
      // C11 6.4.6p3 digraphs
      {"<:", '['},
      {":>", ']'},
      {"<%", '{'},
      {"%>", '}'},
  };
  for (auto [spelling, kind] : punctuators) EXPECT_EQ(singleKind(spelling), kind) << spelling;
}

TEST(Lexer, PunctuatorsTakeTheLongestMatch) {
  EXPECT_EQ(kinds("a+++b"),
            (std::vector<int>{T::TOK_IDENTIFIER, T::TOK_INC, '+', T::TOK_IDENTIFIER}));
  EXPECT_EQ(kinds(".."), (std::vector<int>{'.', '.'}));
  EXPECT_EQ(kinds("x>>=1"),
            (std::vector<int>{T::TOK_IDENTIFIER, T::TOK_SHR_ASSIGN, T::TOK_INTEGER_CONSTANT}));
  EXPECT_EQ(kinds("p->q"), (std::vector<int>{T::TOK_IDENTIFIER, T::TOK_ARROW, T::TOK_IDENTIFIER}));
}

TEST(Lexer, LiteralTokenKinds) {
  EXPECT_EQ(singleKind("42"), T::TOK_INTEGER_CONSTANT);
  EXPECT_EQ(singleKind("4.2"), T::TOK_FLOATING_CONSTANT);
  EXPECT_EQ(singleKind(".5e3"), T::TOK_FLOATING_CONSTANT);
  EXPECT_EQ(singleKind("'c'"), T::TOK_CHARACTER_CONSTANT);
  EXPECT_EQ(singleKind("L'c'"), T::TOK_CHARACTER_CONSTANT);
  EXPECT_EQ(singleKind("\"s\""), T::TOK_STRING_LITERAL);
  EXPECT_EQ(singleKind("u8\"s\""), T::TOK_STRING_LITERAL);
  // A prefix letter on its own is an identifier.
  EXPECT_EQ(kinds("L x"), (std::vector<int>{T::TOK_IDENTIFIER, T::TOK_IDENTIFIER}));
}

TEST(Lexer, StringTokensKeepTheirBodyAndPrefix) {
  Lexed lexed = lexAll(R"("a\"b" L"w" u8"x" u"y" U"z")");
  ASSERT_EQ(lexed.tokens.size(), 5u);
  EXPECT_EQ(lexed.tokens[0].text, R"(a\"b)");
  EXPECT_EQ(lexed.tokens[0].stringPrefix, StringLiteralExpr::Prefix::None);
  EXPECT_EQ(lexed.tokens[1].stringPrefix, StringLiteralExpr::Prefix::L);
  EXPECT_EQ(lexed.tokens[2].stringPrefix, StringLiteralExpr::Prefix::u8);
  EXPECT_EQ(lexed.tokens[3].stringPrefix, StringLiteralExpr::Prefix::u);
  EXPECT_EQ(lexed.tokens[4].stringPrefix, StringLiteralExpr::Prefix::U);
  EXPECT_EQ(lexed.tokens[4].text, "z");
}

TEST(Lexer, CommentsAndWhitespaceAreSkipped) {
  EXPECT_EQ(kinds("a /* b \n c */ d // e\n\tf\v\f\r"),
            (std::vector<int>{T::TOK_IDENTIFIER, T::TOK_IDENTIFIER, T::TOK_IDENTIFIER}));
}

TEST(Lexer, LocationsAreLineAndByteColumn) {
  Lexed lexed = lexAll("int x;\n\tfoo  /* c\n */ bar");
  ASSERT_EQ(lexed.tokens.size(), 5u);
  EXPECT_EQ(*lexed.tokens[0].loc.file, "test.c");
  EXPECT_EQ(lexed.tokens[0].loc.line, 1u);
  EXPECT_EQ(lexed.tokens[0].loc.column, 1u);
  EXPECT_EQ(lexed.tokens[1].loc.column, 5u);
  EXPECT_EQ(lexed.tokens[1].endLoc.column, 6u);
  EXPECT_EQ(lexed.tokens[3].loc.line, 2u);
  EXPECT_EQ(lexed.tokens[3].loc.column, 2u); // a tab is one byte
  EXPECT_EQ(lexed.tokens[4].loc.line, 3u);
  EXPECT_EQ(lexed.tokens[4].loc.column, 5u);
}

TEST(Lexer, LineMarkersSetFileAndLine) {
  Lexed lexed = lexAll("# 1 \"main.c\"\n"
                       "a\n"
                       "# 12 \"/usr/include/stdio.h\" 1 3 4\n"
                       "  b\n"
                       "c\n"
                       "#line 40 \"dir\\\\x\\\"y.h\"\n"
                       "d\n"
                       "#line 7\n"
                       "e\n"
                       "# 3 \"main.c\" 2\n"
                       "f\n");
  ASSERT_EQ(lexed.tokens.size(), 6u);
  EXPECT_EQ(lexed.diagnostics, "");
  auto at = [&](int i) {
    const SourceLocation& loc = lexed.tokens[i].loc;
    return *loc.file + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
  };
  EXPECT_EQ(at(0), "main.c:1:1");
  EXPECT_EQ(at(1), "/usr/include/stdio.h:12:3");
  EXPECT_EQ(at(2), "/usr/include/stdio.h:13:1");
  EXPECT_EQ(at(3), "dir\\x\"y.h:40:1");
  EXPECT_EQ(at(4), "dir\\x\"y.h:7:1");
  EXPECT_EQ(at(5), "main.c:3:1");
}

TEST(Lexer, PragmaAndIdentLinesAreSkipped) {
  Lexed lexed = lexAll("#pragma once\n  # pragma GCC visibility push(default)\n#ident \"x\"\n"
                       "#\nx\n");
  ASSERT_EQ(lexed.tokens.size(), 1u);
  EXPECT_EQ(lexed.tokens[0].loc.line, 5u);
  EXPECT_EQ(lexed.diagnostics, "");
}

// `#pragma weak NAME` and `#pragma weak NAME = TARGET` are collected for the assembler's `.weak`;
// anything else is gcc's "malformed" warning, at the `weak` word.
TEST(Lexer, WeakPragmasAreCollected) {
  Lexed weak = lexAll("#pragma weak f\n  #pragma weak g = f\nint x;\n");
  ASSERT_EQ(weak.weakPragmas.size(), 2u);
  EXPECT_EQ(weak.weakPragmas[0].name, "f");
  EXPECT_EQ(weak.weakPragmas[0].aliasTarget, "");
  EXPECT_EQ(weak.weakPragmas[1].name, "g");
  EXPECT_EQ(weak.weakPragmas[1].aliasTarget, "f");
  EXPECT_EQ(weak.diagnostics, "");
  Lexed malformed = lexAll("#pragma weak 3\n");
  EXPECT_NE(malformed.diagnostics.find("test.c:1:9: warning: malformed '#pragma weak', ignored"),
            std::string::npos)
      << malformed.diagnostics;
  EXPECT_EQ(lexAll("#pragma packed_thing\n#pragma GCC diagnostic push\n").diagnostics, "");
}

// Each token carries the `#pragma pack` alignment in effect where it appears (gcc's push/pop
// stack with optional identifiers).
TEST(Lexer, PragmaPackSetsTheAlignmentOfLaterTokens) {
  Lexed lexed = lexAll("a\n#pragma pack(push, 1)\nb\n# pragma pack(push, id, 4)\nc\n"
                       "#pragma pack(2)\nd\n#pragma pack(push)\ne\n#pragma pack(pop, id)\nf\n"
                       "#pragma pack()\ng\n#pragma pack(16)\nh\n#pragma pack(pop)\ni\n");
  EXPECT_EQ(lexed.diagnostics, "");
  std::vector<unsigned> aligns;
  for (const Token& token : lexed.tokens) aligns.push_back(token.maxFieldAlign);
  EXPECT_EQ(aligns, (std::vector<unsigned>{0, 1, 4, 2, 2, 1, 0, 16, 0}));
}

TEST(Lexer, MalformedPragmaPackIsIgnoredWithAWarning) {
  Lexed lexed = lexAll("#pragma pack(4)\n#pragma pack(3)\n#pragma pack(push, 2\na\n");
  EXPECT_NE(lexed.diagnostics.find("test.c:2:9: warning: alignment must be a small power of two, "
                                   "not 3 [-Wpragmas]"),
            std::string::npos)
      << lexed.diagnostics;
  EXPECT_NE(lexed.diagnostics.find("test.c:3:9: warning: malformed"), std::string::npos);
  ASSERT_EQ(lexed.tokens.size(), 1u);
  EXPECT_EQ(lexed.tokens[0].maxFieldAlign, 4u);
}

TEST(Lexer, OtherDirectivesAreErrors) {
  Lexed lexed = lexAll("#define X 1\nint");
  EXPECT_NE(lexed.diagnostics.find("test.c:1:1: error: invalid preprocessing directive #define"),
            std::string::npos)
      << lexed.diagnostics;
  ASSERT_EQ(lexed.tokens.size(), 1u);
  EXPECT_EQ(lexed.tokens[0].kind, T::TOK_INT);
}

TEST(Lexer, HashInsideALineIsStray) {
  Lexed lexed = lexAll("int # x");
  EXPECT_NE(lexed.diagnostics.find("test.c:1:5: error: stray '#' in program"), std::string::npos)
      << lexed.diagnostics;
  EXPECT_EQ(lexed.tokens.size(), 2u);
}

TEST(Lexer, StrayCharactersAreReported) {
  Lexed lexed = lexAll("a @ b \\ `");
  EXPECT_NE(lexed.diagnostics.find("1:3: error: stray '@' in program"), std::string::npos);
  EXPECT_NE(lexed.diagnostics.find("1:7: error: stray '\\' in program"), std::string::npos);
  EXPECT_NE(lexed.diagnostics.find("1:9: error: stray '`' in program"), std::string::npos);
  EXPECT_EQ(lexed.tokens.size(), 2u);
}

TEST(Lexer, EmbeddedNulIsIgnoredWithAWarning) {
  std::string text("a\0b", 3);
  Lexed lexed = lexAll(text);
  EXPECT_EQ(lexed.tokens.size(), 2u);
  EXPECT_NE(lexed.diagnostics.find("warning: null character(s) ignored"), std::string::npos);
}

TEST(Lexer, UnterminatedCommentAndLiterals) {
  EXPECT_NE(lexAll("a /* b").diagnostics.find("1:3: error: unterminated comment"),
            std::string::npos);
  EXPECT_NE(lexAll("x = \"abc\ny").diagnostics.find("1:5: error: missing terminating \" character"),
            std::string::npos);
  EXPECT_NE(lexAll("x = 'a\ny").diagnostics.find("1:5: error: missing terminating ' character"),
            std::string::npos);
}

TEST(Lexer, AttributesAreSkippedAndLayoutOnesRecorded) {
  Lexed lexed = lexAll("int __attribute__((noreturn, format(printf, 1, 2))) x "
                       "__attribute((__packed__, aligned(8))) ;");
  EXPECT_EQ(lexed.diagnostics, "");
  ASSERT_EQ(lexed.tokens.size(), 3u);
  EXPECT_EQ(lexed.tokens[0].kind, T::TOK_INT);
  EXPECT_EQ(lexed.tokens[1].kind, T::TOK_IDENTIFIER);
  EXPECT_EQ(lexed.tokens[2].kind, ';');
  EXPECT_EQ(lexed.unsupportedAttributes,
            (std::vector<std::string>{"the 'packed' attribute", "the 'aligned' attribute"}));
}

TEST(Lexer, AttributeArgumentsAreNotAttributeNames) {
  // `aligned` here is an argument, not the attribute.
  Lexed lexed = lexAll("__attribute__((visibility(aligned))) int");
  EXPECT_TRUE(lexed.unsupportedAttributes.empty());
  ASSERT_EQ(lexed.tokens.size(), 1u);
}

TEST(Lexer, AsmIsOneToken) {
  Lexed lexed = lexAll("int f(void) __asm__ (\"g\" \"h\"); asm volatile(\"nop\" ::: \"memory\");");
  std::vector<int> expected = {T::TOK_INT, T::TOK_IDENTIFIER, '(', T::TOK_VOID, ')', T::TOK_ASM,
                               ';',        T::TOK_ASM,        ';'};
  std::vector<int> actual;
  for (const Token& token : lexed.tokens) actual.push_back(token.kind);
  EXPECT_EQ(actual, expected);
}

TEST(Lexer, BracketNestingIsLimited) {
  std::string deep(Lexer::kMaxBracketDepth + 10, '(');
  Lexed lexed = lexAll(deep + "x");
  EXPECT_NE(lexed.diagnostics.find("error: bracket nesting level exceeded maximum of 256"),
            std::string::npos);
  EXPECT_EQ(lexed.tokens.size(), Lexer::kMaxBracketDepth);
  // Balanced brackets may nest repeatedly without limit.
  std::string balanced;
  for (int i = 0; i < 1000; ++i) balanced += "(x)";
  EXPECT_EQ(lexAll(balanced).diagnostics, "");
}

TEST(Lexer, EndOfInputRepeats) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  AstContext ast;
  Lexer lexer("x", "t.c", diags, ast);
  EXPECT_EQ(lexer.next().kind, T::TOK_IDENTIFIER);
  EXPECT_EQ(lexer.next().kind, T::TOK_END);
  EXPECT_EQ(lexer.next().kind, T::TOK_END);
}
