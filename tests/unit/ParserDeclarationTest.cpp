// Parser tests for declarations: declarator shapes (the order of Declarator::parts documented
// in AST.h), specifiers, struct/union/enum, initializers, function definitions, and the
// typedef-name feedback between parser and lexer.
#include "ParserTestSupport.h"

using namespace minicc::frontend::testing;

namespace {

// The printed declarator of the first declaration in `source`.
std::string declaratorOf(const std::string& source) {
  std::string ast = astOf(source);
  std::size_t start = ast.find("(declarator");
  if (start == std::string::npos) return "no declarator in: " + ast;
  int depth = 0;
  for (std::size_t i = start; i < ast.size(); ++i) {
    if (ast[i] == '(') ++depth;
    if (ast[i] == ')' && --depth == 0) return ast.substr(start, i - start + 1);
  }
  return "unbalanced: " + ast;
}

} // namespace

TEST(ParserDeclarator, ArrayOfPointers) {
  EXPECT_EQ(declaratorOf("int *a[3];"), "(declarator a (pointer) (array (int 3)))");
}

TEST(ParserDeclarator, PointerToArray) {
  EXPECT_EQ(declaratorOf("int (*p)[3];"), "(declarator p (array (int 3)) (pointer))");
}

TEST(ParserDeclarator, PointerToFunction) {
  EXPECT_EQ(declaratorOf("int (*f)(int);"),
            "(declarator f (function (param (specs int))) (pointer))");
}

TEST(ParserDeclarator, SignalReturnsAFunctionPointer) {
  // signal: function(int, pointer to function(int) returning void) returning pointer to
  // function(int) returning void. parts.back() is the function applied to the name.
  EXPECT_EQ(declaratorOf("void (*signal(int sig, void (*func)(int)))(int);"),
            "(declarator signal (function (param (specs int))) (pointer) "
            "(function (param (specs int) (declarator sig)) "
            "(param (specs void) (declarator func (function (param (specs int))) (pointer)))))");
}

TEST(ParserDeclarator, MultiDimensionalArrays) {
  // An array of 3 arrays of 4: the rightmost bound applies to the base type first.
  EXPECT_EQ(declaratorOf("int a[3][4];"), "(declarator a (array (int 4)) (array (int 3)))");
  EXPECT_EQ(declaratorOf("int a[][2];"), "(declarator a (array (int 2)) (array))");
}

TEST(ParserDeclarator, QualifiedPointers) {
  // p is a volatile pointer to a const pointer to char.
  EXPECT_EQ(declaratorOf("char * const * volatile p;"),
            "(declarator p (pointer const) (pointer volatile))");
  EXPECT_EQ(declaratorOf("int * restrict const r;"), "(declarator r (pointer const restrict))");
}

TEST(ParserDeclarator, PointerToArrayOfFunctionPointers) {
  EXPECT_EQ(declaratorOf("int (*(*x)[5])(void);"),
            "(declarator x (function (param (specs void))) (pointer) (array (int 5)) (pointer))");
}

TEST(ParserDeclarator, FunctionReturningPointer) {
  EXPECT_EQ(declaratorOf("char *f(void);"),
            "(declarator f (pointer) (function (param (specs void))))");
}

TEST(ParserDeclarator, ParenthesisedName) {
  EXPECT_EQ(declaratorOf("int (x);"), "(declarator x)");
  EXPECT_EQ(declaratorOf("int ((*p));"), "(declarator p (pointer))");
}

TEST(ParserDeclarator, AbstractDeclaratorsInTypeNames) {
  EXPECT_EQ(exprOf("sizeof(int (*)[3])"), "(sizeof-type (type int (array (int 3)) (pointer)))");
  EXPECT_EQ(exprOf("sizeof(int *[3])"), "(sizeof-type (type int (pointer) (array (int 3))))");
  EXPECT_EQ(exprOf("sizeof(void (*)(int, ...))"),
            "(sizeof-type (type void (function (param (specs int)) ...) (pointer)))");
  EXPECT_EQ(exprOf("sizeof(int (*(*)[2])(void))"),
            "(sizeof-type (type int (function (param (specs void))) (pointer) (array (int 2)) "
            "(pointer)))");
  EXPECT_EQ(exprOf("sizeof(int ())"), "(sizeof-type (type int (function no-prototype)))");
}

TEST(ParserDeclarator, ArrayParameterForms) {
  EXPECT_EQ(declaratorOf("void f(int a[static 3], int b[const], int c[*], int d[const static 2]);"),
            "(declarator f (function (param (specs int) (declarator a (array static (int 3)))) "
            "(param (specs int) (declarator b (array const))) "
            "(param (specs int) (declarator c (array *))) "
            "(param (specs int) (declarator d (array static const (int 2))))))");
}

TEST(ParserDeclarator, PrototypesAndOldStyleLists) {
  EXPECT_EQ(declaratorOf("int f();"), "(declarator f (function no-prototype))");
  EXPECT_EQ(declaratorOf("int f(void);"), "(declarator f (function (param (specs void))))");
  EXPECT_EQ(declaratorOf("int printf(const char *, ...);"),
            "(declarator printf (function (param (specs const char) (declarator (pointer))) ...))");
  EXPECT_EQ(declaratorOf("int g(a, b);"),
            "(declarator g (function no-prototype (identifiers a b)))");
}

TEST(ParserDeclarator, TypedefNameInParenthesesIsAnAbstractFunctionParameter) {
  // C11 6.7.6.3p11: in `int (T)` with T a typedef name, T is the parameter type.
  std::string ast = astOf("typedef int T; void f(int (T));");
  EXPECT_TRUE(contains(ast, "(declarator f (function (param (specs int) (declarator (function "
                            "(param (specs (typedef-name T))))))))"))
      << ast;
}

TEST(ParserDeclaration, OldStyleDefinitionIsRecorded) {
  std::string ast = astOf("int f(a, b) int a; char *b; { return a; }");
  EXPECT_TRUE(contains(ast, "(function (specs int) (declarator f (function no-prototype "
                            "(identifiers a b))) (old-style-params (declaration (specs int) "
                            "(declarator a)) (declaration (specs char) (declarator b (pointer))))"))
      << ast;
}

TEST(ParserDeclaration, SpecifiersInAnyOrder) {
  EXPECT_TRUE(contains(astOf("long unsigned static const long int x;"),
                       "(specs static const unsigned long long int)"));
  EXPECT_TRUE(contains(astOf("extern inline _Noreturn void f(void);"),
                       "(specs extern inline _Noreturn void)"));
  EXPECT_TRUE(
      contains(astOf("volatile signed char register_like;"), "(specs volatile signed char)"));
  EXPECT_TRUE(contains(astOf("_Bool b; short s; double d; float f; long double ld;"),
                       "(specs long double)"));
  EXPECT_TRUE(contains(astOf("void f(register int r) { auto int a; }"), "(specs auto int)"));
  // Duplicate keywords are counted for sema to judge (`int int` is its error).
  EXPECT_TRUE(contains(astOf("int int x;"), "(specs int int)"));
}

TEST(ParserDeclaration, AlignasBothForms) {
  std::string ast = astOf("_Alignas(16) char a[4]; _Alignas(long) int b;");
  EXPECT_TRUE(contains(ast, "(specs char (alignas (int 16)))")) << ast;
  EXPECT_TRUE(contains(ast, "(specs int (alignas (type long)))")) << ast;
}

TEST(ParserDeclaration, StaticAssert) {
  std::string ast = astOf("_Static_assert(sizeof(int) == 4, \"int\");"
                          "struct S { int a; _Static_assert(1, \"in struct\"); };"
                          "void f(void) { _Static_assert(1); }");
  EXPECT_TRUE(
      contains(ast, "(static-assert (== (sizeof-type (type int)) (int 4)) (string \"int\"))"))
      << ast;
  EXPECT_TRUE(contains(ast, "(static-assert (int 1) (string \"in struct\"))")) << ast;
  EXPECT_TRUE(contains(ast, "(static-assert (int 1))")) << ast;
}

TEST(ParserDeclaration, StructsUnionsAndBitFields) {
  std::string ast = astOf("struct S { int a : 3, : 0, b; unsigned c : 1; struct { int x; }; "
                          "union U *next; } s; union { char c; int i; } u; struct S;");
  EXPECT_TRUE(contains(ast, "(struct S (fields (field (specs int) (declarator a) : (int 3) "
                            "(declarator) : (int 0 non-decimal) (declarator b)) "
                            "(field (specs unsigned) (declarator c) : (int 1)) "
                            "(field (specs (struct (fields (field (specs int) (declarator x)))))) "
                            "(field (specs (union U)) (declarator next (pointer)))))"))
      << ast;
  EXPECT_TRUE(contains(ast, "(union (fields (field (specs char) (declarator c)) "
                            "(field (specs int) (declarator i))))"))
      << ast;
  EXPECT_TRUE(contains(ast, "(declaration (specs (struct S)))")) << ast;
}

TEST(ParserDeclaration, EmptyStructIsAccepted) {
  EXPECT_TRUE(contains(astOf("struct E {} e;"), "(struct E (fields))"));
}

TEST(ParserDeclaration, Enums) {
  std::string ast = astOf("enum Color { RED, GREEN = 5, BLUE, }; enum Color c; enum { X } y;");
  EXPECT_TRUE(contains(ast, "(enum Color (enumerators (RED) (GREEN (int 5)) (BLUE)))")) << ast;
  EXPECT_TRUE(contains(ast, "(declaration (specs (enum Color)) (declarator c))")) << ast;
  EXPECT_TRUE(contains(ast, "(enum (enumerators (X)))")) << ast;
}

TEST(ParserDeclaration, DesignatedInitializers) {
  std::string ast = astOf("struct P p = { .x = 1, .inner.y = 2, 3, };"
                          "int a[10] = { [2] = 4, [5 ... 7] = 1, [1][2] = 3, {5} };"
                          "int e[1] = {};");
  EXPECT_TRUE(contains(ast, "(init-list (designated (field x) (int 1)) "
                            "(designated (field inner) (field y) (int 2)) (int 3))"))
      << ast;
  EXPECT_TRUE(contains(ast, "(init-list (designated (index (int 2)) (int 4)) "
                            "(designated (range (int 5) (int 7)) (int 1)) "
                            "(designated (index (int 1)) (index (int 2)) (int 3)) "
                            "(init-list (int 5)))"))
      << ast;
  EXPECT_TRUE(contains(ast, "(declarator e (array (int 1))) = (init-list)")) << ast;
}

TEST(ParserDeclaration, SeveralDeclaratorsWithInitializers) {
  EXPECT_TRUE(contains(astOf("int x = 1, *p = &x, a[] = {1, 2};"),
                       "(declaration (specs int) (declarator x) = (int 1) (declarator p (pointer)) "
                       "= (addr x) (declarator a (array)) = (init-list (int 1) (int 2)))"));
}

TEST(ParserDeclaration, FunctionDefinition) {
  EXPECT_EQ(astOf("static int add(int a, int b) { return a + b; }"),
            "(translation-unit\n"
            "  (function (specs static int) (declarator add (function (param (specs int) "
            "(declarator a)) (param (specs int) (declarator b))))\n"
            "    (block\n"
            "      (return (+ a b)))))\n");
}

TEST(ParserDeclaration, ThreadLocalCombinesWithStaticOrExternInEitherOrder) {
  EXPECT_TRUE(contains(astOf("_Thread_local int t;"), "(specs _Thread_local int)"));
  EXPECT_TRUE(contains(astOf("static _Thread_local int t;"), "(specs static _Thread_local int)"));
  EXPECT_TRUE(contains(astOf("_Thread_local extern int t;"), "(specs extern _Thread_local int)"));
  EXPECT_TRUE(contains(astOf("extern __thread int t;"), "(specs extern __thread int)"));
}

TEST(ParserDeclaration, UnsupportedConstructsAreRecordedForSema) {
  EXPECT_FALSE(contains(astOf("_Complex double z;"), "unsupported"));
  EXPECT_TRUE(contains(astOf("__int128 big;"), "(unsupported \"'__int128'\")"));
  EXPECT_TRUE(contains(astOf("typeof(1) x;"), "(specs (typeof (int 1)))"));
  EXPECT_TRUE(contains(astOf("__typeof_unqual__(int) x;"), "(specs (typeof_unqual (type int)))"));
  EXPECT_TRUE(contains(astOf("_Atomic(int) x;"), "(unsupported \"'_Atomic'\")"));
  EXPECT_TRUE(contains(astOf("struct __attribute__((packed)) S { char c; int i; } s;"),
                       "(unsupported \"the 'packed' attribute\")"));
  EXPECT_TRUE(contains(astOf("int x __attribute__((aligned(16)));"),
                       "(unsupported \"the 'aligned' attribute\")"));
  EXPECT_TRUE(contains(astOf("int f(void) __asm__(\"g\");"), "(unsupported \"asm labels\")"));
}

TEST(ParserDeclaration, IgnoredGnuExtensions) {
  std::string ast = astOf("__extension__ typedef long long ll;"
                          "extern int f(const char *__restrict, ...) "
                          "__attribute__((__nothrow__, __format__(__printf__, 1, 2)));"
                          "static __inline__ int g(void) { return 0; }"
                          "__signed__ char sc; __const int ci; __volatile__ int vi;");
  EXPECT_FALSE(contains(ast, "unsupported")) << ast;
  EXPECT_TRUE(contains(ast, "(specs static inline int)")) << ast;
  EXPECT_TRUE(contains(ast, "(specs signed char)")) << ast;
}

// ---------------------------------------------------------------------------------------------
// Typedef-name feedback

TEST(ParserTypedef, RedeclaredTypedefNameIsAnOrdinaryIdentifierAfterItsDeclarator) {
  std::string ast = astOf("typedef int T; void f(void) { T T; T = 1; }");
  EXPECT_TRUE(contains(ast, "(declaration (specs (typedef-name T)) (declarator T))")) << ast;
  EXPECT_TRUE(contains(ast, "(expr (= T (int 1)))")) << ast;
}

TEST(ParserTypedef, InnerObjectShadowsTypedefUntilTheBlockEnds) {
  std::string ast = astOf("typedef int T;\n"
                          "void f(int x) {\n"
                          "  { int T = 2; T * x; }\n"
                          "  T * y;\n"
                          "}\n");
  EXPECT_TRUE(contains(ast, "(expr (* T x))")) << ast;
  EXPECT_TRUE(contains(ast, "(declaration (specs (typedef-name T)) (declarator y (pointer)))"))
      << ast;
}

TEST(ParserTypedef, InnerTypedefShadowsObject) {
  std::string ast = astOf("int U; void f(void) { typedef char U; U * p; } void g(void) { U * q; }");
  EXPECT_TRUE(contains(ast, "(declarator p (pointer))")) << ast;
  EXPECT_TRUE(contains(ast, "(expr (* U q))")) << ast;
}

TEST(ParserTypedef, ParametersShadowTypedefsInTheBody) {
  std::string ast = astOf("typedef int T; int f(int T) { return T * 2; }");
  EXPECT_TRUE(contains(ast, "(return (* T (int 2)))")) << ast;
}

TEST(ParserTypedef, PrototypeScopeEndsWithTheDeclarator) {
  std::string ast = astOf("typedef int T; void g(int T); T x;");
  EXPECT_TRUE(contains(ast, "(declaration (specs (typedef-name T)) (declarator x))")) << ast;
}

TEST(ParserTypedef, ForLoopDeclarationScope) {
  std::string ast = astOf("typedef int T;\n"
                          "void f(int x, int y) {\n"
                          "  for (int T = 0; T < 3; T++) T * x;\n"
                          "  T * z;\n"
                          "}\n");
  EXPECT_TRUE(contains(ast, "(expr (* T x))")) << ast;
  EXPECT_TRUE(contains(ast, "(declarator z (pointer))")) << ast;
}

TEST(ParserTypedef, EnumeratorShadowsTypedef) {
  std::string ast = astOf("typedef int T; void f(int x) { enum { T = 3 }; T * x; }");
  EXPECT_TRUE(contains(ast, "(expr (* T x))")) << ast;
}

TEST(ParserTypedef, SeveralTypedefsInOneDeclaration) {
  std::string ast = astOf("typedef int T, *PT, A3[3]; PT p; A3 a; T t;");
  EXPECT_TRUE(contains(ast, "(specs (typedef-name PT)) (declarator p)")) << ast;
  EXPECT_TRUE(contains(ast, "(specs (typedef-name A3)) (declarator a)")) << ast;
}

TEST(ParserTypedef, TypedefUsableInItsOwnDeclarationList) {
  std::string ast = astOf("typedef struct Node Node, *NodeList[sizeof(Node *)];");
  EXPECT_TRUE(contains(ast, "(sizeof-type (type (typedef-name Node) (pointer)))")) << ast;
}

TEST(ParserTypedef, CastVersusParenthesisedExpression) {
  EXPECT_EQ(exprOf("(T)(x)", "typedef int T; int x;"), "(cast (type (typedef-name T)) x)");
  EXPECT_EQ(exprOf("(t)(x)", "int (*t)(int); int x;"), "(call t x)");
  EXPECT_EQ(exprOf("(T)-1", "typedef int T;"), "(cast (type (typedef-name T)) (neg (int 1)))");
  EXPECT_EQ(exprOf("(t)-1", "int t;"), "(- t (int 1))");
  EXPECT_EQ(exprOf("(T*)&t", "typedef int T; int t;"),
            "(cast (type (typedef-name T) (pointer)) (addr t))");
}

TEST(ParserTypedef, MemberAndTagNamesMayBeTypedefNames) {
  std::string ast = astOf("typedef int T;\n"
                          "struct T { T T; int U; } s;\n"
                          "int f(void) { return s.T + (&s)->T; }\n");
  EXPECT_TRUE(contains(ast, "(struct T (fields (field (specs (typedef-name T)) (declarator T))"))
      << ast;
  EXPECT_TRUE(contains(ast, "(return (+ (. s T) (-> (addr s) T)))")) << ast;
}

TEST(ParserTypedef, BuiltinVaListIsPredeclared) {
  std::string ast = astOf("__builtin_va_list ap; int f(__builtin_va_list v) { return "
                          "__builtin_va_arg(v, int); }");
  EXPECT_TRUE(contains(ast, "(specs (typedef-name __builtin_va_list)) (declarator ap)")) << ast;
  EXPECT_TRUE(contains(ast, "(return (va-arg v (type int)))")) << ast;
}
