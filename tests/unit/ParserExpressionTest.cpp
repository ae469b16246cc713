// Parser tests for expressions and statements: C11 precedence and associativity, casts versus
// parenthesised expressions, sizeof forms, compound literals, string concatenation, the
// dangling else and every statement kind.
#include "ParserTestSupport.h"

using namespace minicc::frontend::testing;

TEST(ParserExpression, MultiplicativeBindsTighterThanAdditive) {
  EXPECT_EQ(exprOf("a + b * c"), "(+ a (* b c))");
  EXPECT_EQ(exprOf("a * b + c"), "(+ (* a b) c)");
  EXPECT_EQ(exprOf("a - b % c / d"), "(- a (/ (% b c) d))");
}

TEST(ParserExpression, BinaryOperatorsAreLeftAssociative) {
  EXPECT_EQ(exprOf("a - b - c"), "(- (- a b) c)");
  EXPECT_EQ(exprOf("a / b / c"), "(/ (/ a b) c)");
  EXPECT_EQ(exprOf("a << b >> c"), "(>> (<< a b) c)");
  EXPECT_EQ(exprOf("a < b > c"), "(> (< a b) c)");
  EXPECT_EQ(exprOf("a == b != c"), "(!= (== a b) c)");
  EXPECT_EQ(exprOf("a, b, c"), "(, (, a b) c)");
}

TEST(ParserExpression, PrecedenceLadder) {
  EXPECT_EQ(exprOf("a << b + c"), "(<< a (+ b c))");
  EXPECT_EQ(exprOf("a < b << c"), "(< a (<< b c))");
  EXPECT_EQ(exprOf("a == b < c"), "(== a (< b c))");
  EXPECT_EQ(exprOf("a & b == c"), "(& a (== b c))");
  EXPECT_EQ(exprOf("a ^ b & c"), "(^ a (& b c))");
  EXPECT_EQ(exprOf("a | b ^ c"), "(| a (^ b c))");
  EXPECT_EQ(exprOf("a && b | c"), "(&& a (| b c))");
  EXPECT_EQ(exprOf("a || b && c"), "(|| a (&& b c))");
  EXPECT_EQ(exprOf("a ? b : c || d"), "(? a b (|| c d))");
  EXPECT_EQ(exprOf("a = b ? c : d"), "(= a (? b c d))");
  EXPECT_EQ(exprOf("a = b, c = d"), "(, (= a b) (= c d))");
}

TEST(ParserExpression, AssignmentAndConditionalAreRightAssociative) {
  EXPECT_EQ(exprOf("a = b = c"), "(= a (= b c))");
  EXPECT_EQ(exprOf("a += b -= c"), "(+= a (-= b c))");
  EXPECT_EQ(exprOf("a ? b : c ? d : e"), "(? a b (? c d e))");
  EXPECT_EQ(exprOf("a ? b, c : d"), "(? a (, b c) d)");
}

TEST(ParserExpression, EveryCompoundAssignment) {
  EXPECT_EQ(exprOf("a *= b"), "(*= a b)");
  EXPECT_EQ(exprOf("a /= b"), "(/= a b)");
  EXPECT_EQ(exprOf("a %= b"), "(%= a b)");
  EXPECT_EQ(exprOf("a <<= b"), "(<<= a b)");
  EXPECT_EQ(exprOf("a >>= b"), "(>>= a b)");
  EXPECT_EQ(exprOf("a &= b"), "(&= a b)");
  EXPECT_EQ(exprOf("a ^= b"), "(^= a b)");
  EXPECT_EQ(exprOf("a |= b"), "(|= a b)");
}

TEST(ParserExpression, UnaryAndPostfix) {
  EXPECT_EQ(exprOf("-a++"), "(neg (post++ a))");
  EXPECT_EQ(exprOf("*p++"), "(deref (post++ p))");
  EXPECT_EQ(exprOf("!~+x"), "(not (bitnot (plus x)))");
  EXPECT_EQ(exprOf("++*p"), "(pre++ (deref p))");
  EXPECT_EQ(exprOf("--a--"), "(pre-- (post-- a))");
  EXPECT_EQ(exprOf("&a[1]"), "(addr (index a (int 1)))");
  EXPECT_EQ(exprOf("a->b.c[2]"), "(index (. (-> a b) c) (int 2))");
  EXPECT_EQ(exprOf("f(1, g(2), h())"), "(call f (int 1) (call g (int 2)) (call h))");
  EXPECT_EQ(exprOf("(*fp)(x)(y)"), "(call (call (deref fp) x) y)");
  EXPECT_EQ(exprOf("- - x"), "(neg (neg x))");
}

TEST(ParserExpression, SizeofAndAlignof) {
  EXPECT_EQ(exprOf("sizeof x + 1"), "(+ (sizeof x) (int 1))");
  EXPECT_EQ(exprOf("sizeof (int) * 2"), "(* (sizeof-type (type int)) (int 2))");
  EXPECT_EQ(exprOf("sizeof (x) * 2"), "(* (sizeof x) (int 2))");
  EXPECT_EQ(exprOf("sizeof sizeof x"), "(sizeof (sizeof x))");
  EXPECT_EQ(exprOf("sizeof -x"), "(sizeof (neg x))");
  EXPECT_EQ(exprOf("_Alignof(long double)"), "(alignof-type (type long double))");
  EXPECT_EQ(exprOf("__alignof__(struct S)"), "(alignof-type (type (struct S)))");
}

TEST(ParserExpression, CastsBindTighterThanBinaryOperators) {
  EXPECT_EQ(exprOf("(long)a + b"), "(+ (cast (type long) a) b)");
  EXPECT_EQ(exprOf("(char)(short)x"), "(cast (type char) (cast (type short) x))");
  EXPECT_EQ(exprOf("(unsigned char *)p"), "(cast (type unsigned char (pointer)) p)");
  EXPECT_EQ(exprOf("(void)0"), "(cast (type void) (int 0 non-decimal))");
  EXPECT_EQ(exprOf("(a) + b"), "(+ a b)");
  EXPECT_EQ(exprOf("(a)(b)"), "(call a b)");
}

TEST(ParserExpression, CompoundLiterals) {
  EXPECT_EQ(exprOf("(int[]){1, 2,}"),
            "(compound-literal (type int (array)) (init-list (int 1) (int 2)))");
  EXPECT_EQ(
      exprOf("(struct P){.x = 1}.x"),
      "(. (compound-literal (type (struct P)) (init-list (designated (field x) (int 1)))) x)");
  // sizeof applied to a compound literal, not sizeof(type) followed by braces.
  EXPECT_EQ(exprOf("sizeof (int){1}"),
            "(sizeof (compound-literal (type int) (init-list (int 1))))");
  EXPECT_EQ(exprOf("(int){0}"), "(compound-literal (type int) (init-list (int 0 non-decimal)))");
}

TEST(ParserExpression, Literals) {
  EXPECT_EQ(exprOf("42u + 7LL + 0x10 + 1.5f + 'a' + L'b'"),
            "(+ (+ (+ (+ (+ (int 42 u) (int 7 ll)) (int 16 non-decimal)) (float 1.5f)) "
            "(char 97)) (char L 98))");
}

TEST(ParserExpression, AdjacentStringsAreConcatenated) {
  EXPECT_EQ(exprOf("\"ab\" \"c\\n\""), "(string \"abc\\x{a}\")");
  EXPECT_EQ(exprOf("\"a\" L\"b\" \"c\""), "(string L \"abc\")");
  EXPECT_EQ(exprOf("u8\"x\" \"y\""), "(string u8 \"xy\")");
  // Each piece keeps its own escapes: "\x1" "2" is two characters.
  EXPECT_EQ(exprOf("\"\\x1\" \"2\""), "(string \"\\x{1}2\")");
  // A narrow piece is widened with the final prefix: \xff stays one unit of value 0xff.
  EXPECT_EQ(exprOf("\"\\xff\" U\"\""), "(string U \"\\x{ff}\")");
}

TEST(ParserExpression, MixedStringPrefixesAreAnError) {
  ParseResult result = parseSource("void f(void) { L\"a\" u\"b\"; }");
  EXPECT_FALSE(result.ok);
  EXPECT_TRUE(contains(result.diagnostics,
                       "test.c:1:21: error: unsupported non-standard concatenation of string "
                       "literals"))
      << result.diagnostics;
}

TEST(ParserExpression, GenericSelectionsAndStatementExpressionsAreBuilt) {
  EXPECT_TRUE(contains(astOf("int x = _Generic(1, int: 2, default: 3);"),
                       "(generic (int 1) ((type int) (int 2)) (default (int 3)))"))
      << astOf("int x = _Generic(1, int: 2, default: 3);");
  EXPECT_TRUE(
      contains(astOf("void f(void) { int x = ({ 1; 2; }); }"), "(statement-expression 2 items)"))
      << astOf("void f(void) { int x = ({ 1; 2; }); }");
}

TEST(ParserExpression, UnsupportedExpressionsAreDiagnosed) {
  ParseResult gnuExtensions =
      parseSource("void f(int a, void *p) { l: p = &&l; a = a ?: 1; goto *p; }");
  EXPECT_TRUE(contains(gnuExtensions.diagnostics,
                       "1:33: error: taking the address of a label is not supported yet"))
      << gnuExtensions.diagnostics;
  EXPECT_TRUE(contains(gnuExtensions.diagnostics,
                       "1:44: error: the GNU '?:' operator with an omitted operand is not "
                       "supported yet"))
      << gnuExtensions.diagnostics;
  EXPECT_TRUE(
      contains(gnuExtensions.diagnostics, "1:50: error: computed goto is not supported yet"))
      << gnuExtensions.diagnostics;
  ParseResult inlineAsm = parseSource("void f(void) { __asm__ volatile(\"nop\"); }");
  EXPECT_TRUE(contains(inlineAsm.diagnostics, "1:16: error: inline assembly is not supported yet"))
      << inlineAsm.diagnostics;
}

TEST(ParserExpression, VeryDeepExpressionsAreRejected) {
  std::string sum = "x";
  for (int i = 0; i < 3000; ++i) sum += "+x";
  ParseResult result = parseSource("int x; int y = " + sum + ";");
  EXPECT_FALSE(result.ok);
  EXPECT_TRUE(contains(result.diagnostics, "nested more than 2048 levels deep"))
      << result.diagnostics.substr(0, 300);
  EXPECT_EQ(result.errors, 1u);
}

// ---------------------------------------------------------------------------------------------
// Statements

TEST(ParserStatement, DanglingElseBindsToTheInnerIf) {
  EXPECT_EQ(astOf("void f(void) { if (a) if (b) x(); else y(); }"),
            "(translation-unit\n"
            "  (function (specs void) (declarator f (function (param (specs void))))\n"
            "    (block\n"
            "      (if a\n"
            "        (if b\n"
            "          (expr (call x))\n"
            "          (expr (call y)))))))\n");
}

TEST(ParserStatement, ElseIfChain) {
  std::string ast = astOf("void f(void) { if (a) x(); else if (b) y(); else z(); }");
  EXPECT_TRUE(contains(ast, "(if a\n        (expr (call x))\n        (if b\n"
                            "          (expr (call y))\n          (expr (call z))))"))
      << ast;
}

TEST(ParserStatement, Loops) {
  std::string ast = astOf("void f(void) {\n"
                          "  while (i < 3) i++;\n"
                          "  do { i--; } while (i);\n"
                          "  for (i = 0; i < 3; i++) ;\n"
                          "  for (int j = 0, k = 1; ; ) break;\n"
                          "  for (;;) continue;\n"
                          "}\n");
  EXPECT_TRUE(contains(ast, "(while (< i (int 3))\n        (expr (post++ i)))")) << ast;
  EXPECT_TRUE(contains(ast, "(do\n        (block\n          (expr (post-- i))) i)")) << ast;
  EXPECT_TRUE(contains(ast, "(for (= i (int 0 non-decimal)) (< i (int 3)) (post++ i)\n"
                            "        (null))"))
      << ast;
  EXPECT_TRUE(contains(ast, "(for (declaration (specs int) (declarator j) = (int 0 non-decimal) "
                            "(declarator k) = (int 1)) - -\n        (break))"))
      << ast;
  EXPECT_TRUE(contains(ast, "(for - - -\n        (continue))")) << ast;
}

TEST(ParserStatement, SwitchCaseDefaultAndRanges) {
  std::string ast = astOf("void f(int x) { switch (x) { case 1: case 2 ... 4: x++; break; "
                          "default: return; } }");
  EXPECT_TRUE(contains(ast, "(case (int 1)\n            (case (int 2) ... (int 4)\n"
                            "              (expr (post++ x))))"))
      << ast;
  EXPECT_TRUE(contains(ast, "(default\n            (return))")) << ast;
}

TEST(ParserStatement, GotoLabelsAndReturn) {
  std::string ast = astOf("int f(void) { again: goto again; done: return 1; }");
  EXPECT_TRUE(contains(ast, "(label again\n        (goto again))")) << ast;
  EXPECT_TRUE(contains(ast, "(label done\n        (return (int 1)))")) << ast;
}

TEST(ParserStatement, BlocksAndNullStatements) {
  std::string ast = astOf("void f(void) { ; { } { int x; x; } }");
  EXPECT_TRUE(contains(ast, "(null)\n      (block)\n      (block\n        (declaration (specs "
                            "int) (declarator x))\n        (expr x))"))
      << ast;
}

TEST(ParserStatement, ExtraSemicolonsAtFileScope) {
  EXPECT_EQ(astOf(";int x;;"), "(translation-unit\n  (declaration (specs int) (declarator x)))\n");
}

TEST(ParserStatement, EmptyTranslationUnit) {
  EXPECT_EQ(astOf(""), "(translation-unit)\n");
  EXPECT_EQ(astOf("# 1 \"empty.c\"\n"), "(translation-unit)\n");
}
