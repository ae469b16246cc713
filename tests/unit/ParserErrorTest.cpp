// Parser tests for syntax errors: gcc's wording and location for each kind of missing or
// unexpected token, "at end of input", and error recovery (several errors reported per run,
// parsing resumes at the next statement, member or external declaration without cascades).
#include "ParserTestSupport.h"

#include <cctype>

using namespace minicc::frontend::testing;

namespace {

// All "line:col: severity: message" lines, without the file name, the context lines
// ("test.c: In function 'f':") and the source excerpts.
std::vector<std::string> diagnosticLines(const std::string& source) {
  ParseResult result = parseSource(source);
  std::vector<std::string> lines;
  std::istringstream in(result.diagnostics);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("test.c:", 0) == 0 && line.size() > 7 && std::isdigit(line[7]))
      lines.push_back(line.substr(7));
  return lines;
}

// The first diagnostic line (file:line:col: error: message).
std::string firstError(const std::string& source) {
  EXPECT_FALSE(parseSource(source).ok) << source;
  std::vector<std::string> lines = diagnosticLines(source);
  return lines.empty() ? "" : "test.c:" + lines.front();
}

} // namespace

TEST(ParserError, MissingSemicolonIsReportedAfterThePreviousToken) {
  EXPECT_EQ(firstError("int f(void) { return 1 }"),
            "test.c:1:23: error: expected ';' before '}' token");
  EXPECT_EQ(firstError("int f(void) {\n  int x;\n  x = 1\n}\n"),
            "test.c:3:8: error: expected ';' before '}' token");
  EXPECT_EQ(firstError("int f(void) { return 0 return 1; }"),
            "test.c:1:23: error: expected ';' before 'return'");
  EXPECT_EQ(firstError("int f(int i) { for (i = 0; i < 3 i++) ; }"),
            "test.c:1:33: error: expected ';' before 'i'");
}

TEST(ParserError, MissingClosingTokens) {
  EXPECT_EQ(firstError("int g(int); int f(void) { return g(1; }"),
            "test.c:1:37: error: expected ')' before ';' token");
  EXPECT_EQ(firstError("int a[3]; int f(void) { return a[1; }"),
            "test.c:1:35: error: expected ']' before ';' token");
  EXPECT_EQ(firstError("int f(void) { return sizeof(int; }"),
            "test.c:1:32: error: expected ')' before ';' token");
  EXPECT_EQ(firstError("int f(int a) { return a ? 1 ; }"),
            "test.c:1:28: error: expected ':' before ';' token");
  EXPECT_EQ(firstError("int a[3] = {1 2};"),
            "test.c:1:15: error: expected '}' before numeric constant");
}

TEST(ParserError, ExpectedExpression) {
  EXPECT_EQ(firstError("int f(void) { return (1 + ); }"),
            "test.c:1:27: error: expected expression before ')' token");
  EXPECT_EQ(firstError("int f(void) { int x = ; return x; }"),
            "test.c:1:23: error: expected expression before ';' token");
  EXPECT_EQ(firstError("int f(void) { int x; x = int; }"),
            "test.c:1:26: error: expected expression before 'int'");
  EXPECT_EQ(firstError("int f(void) { if (1) }"),
            "test.c:1:22: error: expected expression before '}' token");
  EXPECT_EQ(firstError("int x[] = { 1, 2, , 3 };"),
            "test.c:1:19: error: expected expression before ',' token");
}

TEST(ParserError, ExpectedIdentifier) {
  EXPECT_EQ(firstError("int *;"), "test.c:1:6: error: expected identifier or '(' before ';' token");
  EXPECT_EQ(firstError("int f(void) { int x = 1, ; }"),
            "test.c:1:26: error: expected identifier or '(' before ';' token");
  EXPECT_EQ(diagnosticLines("int f(void) { int 3x = 0; }"),
            (std::vector<std::string>{
                "1:19: error: invalid suffix \"x\" on integer constant",
                "1:19: error: expected identifier or '(' before numeric constant"}));
  EXPECT_EQ(firstError("struct S { int a; }; int f(struct S s) { return s.; }"),
            "test.c:1:51: error: expected identifier before ';' token");
  EXPECT_EQ(firstError("enum E { 1 };"),
            "test.c:1:10: error: expected identifier before numeric constant");
  EXPECT_EQ(firstError("}"), "test.c:1:1: error: expected identifier or '(' before '}' token");
}

TEST(ParserError, DeclarationLists) {
  EXPECT_EQ(firstError("int x y;"),
            "test.c:1:7: error: expected '=', ',', ';', 'asm' or '__attribute__' before 'y'");
  EXPECT_EQ(firstError("int x = 1 2;"),
            "test.c:1:11: error: expected ',' or ';' before numeric constant");
  EXPECT_EQ(firstError("int x = 1\nint y;"), "test.c:2:1: error: expected ',' or ';' before 'int'");
  EXPECT_EQ(firstError("int f(void) { int x = 1 'a'; }"),
            "test.c:1:25: error: expected ',' or ';' before 'a'");
  EXPECT_EQ(firstError("int f(void) { int x = 1 \"s\"; }"),
            "test.c:1:25: error: expected ',' or ';' before string constant");
  EXPECT_EQ(firstError("enum E { A B };"), "test.c:1:12: error: expected ',' or '}' before 'B'");
  EXPECT_EQ(firstError("struct S { int a b; };"),
            "test.c:1:18: error: expected ':', ',', ';', '}' or '__attribute__' before 'b'");
  EXPECT_EQ(firstError("struct { int x; } s = { .x 1 };"),
            "test.c:1:28: error: expected '=' before numeric constant");
}

TEST(ParserError, ParameterLists) {
  EXPECT_EQ(firstError("int f(int a, );"),
            "test.c:1:14: error: expected declaration specifiers or '...' before ')' token");
  EXPECT_EQ(firstError("int f(int a, 1);"),
            "test.c:1:14: error: expected declaration specifiers or '...' before numeric "
            "constant");
  EXPECT_EQ(firstError("int f(int a int b);"),
            "test.c:1:13: error: expected ';', ',' or ')' before 'int'");
  EXPECT_EQ(firstError("int f(void) return 0;"),
            "test.c:1:13: error: expected declaration specifiers before 'return'");
}

TEST(ParserError, StatementKeywords) {
  EXPECT_EQ(firstError("int f(void) { if 1) return 0; }"),
            "test.c:1:18: error: expected '(' before numeric constant");
  EXPECT_EQ(firstError("int f(void) { do { } (1); }"),
            "test.c:1:22: error: expected 'while' before '(' token");
  EXPECT_EQ(firstError("int f(int a) { switch (a) { case 1 return 0; } }"),
            "test.c:1:36: error: expected ':' or '...' before 'return'");
  EXPECT_EQ(firstError("int f(void) { return 0; ) }"),
            "test.c:1:25: error: expected statement before ')' token");
  EXPECT_EQ(firstError("int f(void) { else return 1; }"),
            "test.c:1:15: error: 'else' without a previous 'if'");
  EXPECT_EQ(firstError("int f(void) { if (1) else return 0; }"),
            "test.c:1:22: error: expected expression before 'else'");
}

TEST(ParserError, UnknownTypeNames) {
  EXPECT_EQ(firstError("foo x;"), "test.c:1:1: error: unknown type name 'foo'");
  EXPECT_EQ(firstError("int f(void) { foo x; return 0; }"),
            "test.c:1:15: error: unknown type name 'foo'");
  EXPECT_EQ(firstError("int f(foo *p);"), "test.c:1:7: error: unknown type name 'foo'");
  EXPECT_EQ(firstError("struct S { foo *p; };"), "test.c:1:12: error: unknown type name 'foo'");
  // Not in an expression: a missing ';'.
  EXPECT_EQ(firstError("int f(int a, int b) { return a b; }"),
            "test.c:1:31: error: expected ';' before 'b'");
}

TEST(ParserError, EndOfInput) {
  EXPECT_EQ(diagnosticLines("int f(void) { return 0;"),
            std::vector<std::string>{"1:24: error: expected declaration or statement at end of "
                                     "input"});
  EXPECT_EQ(
      diagnosticLines("int f(void) { int x = 1"),
      (std::vector<std::string>{"1:24: error: expected ',' or ';' at end of input",
                                "1:24: error: expected declaration or statement at end of input"}));
  EXPECT_EQ(diagnosticLines("int x ="),
            std::vector<std::string>{"1:8: error: expected expression at end of input"});
  EXPECT_EQ(
      diagnosticLines("struct S {"),
      std::vector<std::string>{"1:11: error: expected specifier-qualifier-list at end of input"});
  EXPECT_EQ(diagnosticLines("struct S { int a; } x"),
            std::vector<std::string>{"1:22: error: expected '=', ',', ';', 'asm' or "
                                     "'__attribute__' at end of input"});
}

TEST(ParserError, SemanticSpecifierErrors) {
  EXPECT_EQ(firstError("static static int x;"), "test.c:1:1: error: duplicate 'static'");
  EXPECT_EQ(firstError("static extern int x;"),
            "test.c:1:1: error: multiple storage classes in declaration specifiers");
}

TEST(ParserError, MissingSemicolonAtEndOfStructIsAWarning) {
  ParseResult result = parseSource("struct S { int a; int b } x;");
  EXPECT_TRUE(result.ok) << result.diagnostics;
  EXPECT_TRUE(
      contains(result.diagnostics, "test.c:1:25: warning: no semicolon at end of struct or union"));
  EXPECT_TRUE(contains(result.ast, "(field (specs int) (declarator b))")) << result.ast;
}

// ---------------------------------------------------------------------------------------------
// Recovery

TEST(ParserRecovery, OneErrorPerBrokenStatement) {
  EXPECT_EQ(diagnosticLines("int f(void) { x = ; y = ; return 0 }"),
            (std::vector<std::string>{"1:19: error: expected expression before ';' token",
                                      "1:25: error: expected expression before ';' token",
                                      "1:35: error: expected ';' before '}' token"}));
}

TEST(ParserRecovery, ParsingResumesInTheNextFunction) {
  EXPECT_EQ(diagnosticLines("int f(void) { return 0 }\n"
                            "int g(void) { return 1 }\n"
                            "int h(void) { return 2; }\n"
                            "int k(void) { int x = ; return x; }\n"),
            (std::vector<std::string>{"1:23: error: expected ';' before '}' token",
                                      "2:23: error: expected ';' before '}' token",
                                      "4:23: error: expected expression before ';' token"}));
}

TEST(ParserRecovery, ParsingResumesAtTheNextExternalDeclaration) {
  EXPECT_EQ(diagnosticLines("int x y;\nint ok;\nint z = 1 2;\nint w w;\n"),
            (std::vector<std::string>{
                "1:7: error: expected '=', ',', ';', 'asm' or '__attribute__' before 'y'",
                "3:11: error: expected ',' or ';' before numeric constant",
                "4:7: error: expected '=', ',', ';', 'asm' or '__attribute__' before 'w'"}));
}

TEST(ParserRecovery, BrokenFunctionHeaderResumesAtItsBody) {
  ParseResult result = parseSource("int f(int a, 1) { return a; }\nint g(void) { return 0 }\n");
  EXPECT_EQ(result.errors, 2u) << result.diagnostics;
  EXPECT_TRUE(contains(result.diagnostics, "2:23: error: expected ';' before '}' token"))
      << result.diagnostics;
}

TEST(ParserRecovery, StructMembers) {
  EXPECT_EQ(diagnosticLines("struct S { int a b; int c; } s;\nint q r;\n"),
            (std::vector<std::string>{
                "1:18: error: expected ':', ',', ';', '}' or '__attribute__' before 'b'",
                "2:7: error: expected '=', ',', ';', 'asm' or '__attribute__' before 'r'"}));
}

TEST(ParserRecovery, NestedBlocksRecoverInTheInnermostBlock) {
  ParseResult result = parseSource("typedef int T;\n"
                                   "int f(void) {\n"
                                   "  { int T = 1 2; }\n"
                                   "  T y = 3;\n"
                                   "  return y;\n"
                                   "}\n");
  // The inner block closes normally, so T is a typedef name again on line 4.
  EXPECT_EQ(result.errors, 1u) << result.diagnostics;
}

TEST(ParserRecovery, GarbageNeverCrashesOrCascadesWithoutBound) {
  ParseResult result = parseSource(") ] } { ( [ ; , . -> ++ + int return while @ 'x' \"s\" 1.5 "
                                   "struct union enum typedef ... ? : ; } } }");
  EXPECT_FALSE(result.ok);
  EXPECT_LE(result.errors, 10u) << result.diagnostics;
}
