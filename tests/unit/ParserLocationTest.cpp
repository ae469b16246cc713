// Parser tests for the source locations recorded in the tree, which sema's diagnostics use:
// operators at the operator (as gcc reports), calls at the callee's first token, statements
// and declarations at their first token, names at the name.
#include "ParserTestSupport.h"

using namespace minicc;
using namespace minicc::frontend;
using namespace minicc::frontend::testing;

namespace {

class ParserLocation : public ::testing::Test {
protected:
  const CompoundStmt& body(const std::string& source) {
    diags.setFileContents("loc.c", source);
    EXPECT_TRUE(parseTranslationUnit(source, "loc.c", ast, unit, diags)) << out.str();
    return *unit.decls.back().function->body;
  }

  static std::string at(const SourceLocation& loc) {
    return std::to_string(loc.line) + ":" + std::to_string(loc.column);
  }

  static const Expr& exprOfStatement(const CompoundStmt& block, std::size_t index) {
    return *static_cast<const ExpressionStmt&>(*block.items.at(index)).expr;
  }

  std::ostringstream out;
  DiagnosticEngine diags{out};
  AstContext ast;
  TranslationUnit unit;
};

} // namespace

TEST_F(ParserLocation, ExpressionsAreLocatedAtTheirOperator) {
  const CompoundStmt& block = body("void f(int *p, struct S s) {\n"
                                   "  p + 1;\n"
                                   "  p = 0;\n"
                                   "  s.x;\n"
                                   "  p->y;\n"
                                   "  p[2];\n"
                                   "  -*p;\n"
                                   "  a ? b : c;\n"
                                   "  (long)p;\n"
                                   "}\n");
  EXPECT_EQ(at(exprOfStatement(block, 0).loc), "2:5");
  EXPECT_EQ(at(block.items[0]->loc), "2:3"); // the statement starts at its first token
  EXPECT_EQ(at(exprOfStatement(block, 1).loc), "3:5");
  EXPECT_EQ(at(exprOfStatement(block, 2).loc), "4:4");
  EXPECT_EQ(at(exprOfStatement(block, 3).loc), "5:4");
  EXPECT_EQ(at(exprOfStatement(block, 4).loc), "6:4");
  EXPECT_EQ(at(exprOfStatement(block, 5).loc), "7:3");
  EXPECT_EQ(at(exprOfStatement(block, 6).loc), "8:5");
  EXPECT_EQ(at(exprOfStatement(block, 7).loc), "9:3");
}

TEST_F(ParserLocation, CallsAreLocatedAtTheCallee) {
  const CompoundStmt& block = body("void f(void) {\n  x = g (1, 2);\n  s.h(3);\n}\n");
  const auto& assign = static_cast<const AssignExpr&>(exprOfStatement(block, 0));
  EXPECT_EQ(at(assign.rhs->loc), "2:7");
  const auto& call = static_cast<const CallExpr&>(exprOfStatement(block, 1));
  EXPECT_EQ(at(call.loc), "3:3");
  EXPECT_EQ(at(call.args[0]->loc), "3:7");
}

TEST_F(ParserLocation, DeclarationsAndNames) {
  const CompoundStmt& block = body("void f(void) {\n  static const int *a, b[2] = {1};\n"
                                   "  return;\n}\n");
  const Declaration& decl = *static_cast<const DeclarationStmt&>(*block.items[0]).decl;
  EXPECT_EQ(at(decl.loc), "2:3");
  EXPECT_EQ(at(decl.specs->loc), "2:3");
  EXPECT_EQ(at(decl.declarators[0].declarator.nameLoc), "2:21");
  EXPECT_EQ(at(decl.declarators[0].declarator.parts[0].loc), "2:20");
  EXPECT_EQ(at(decl.declarators[1].declarator.nameLoc), "2:24");
  EXPECT_EQ(at(decl.declarators[1].init->loc), "2:31");
  EXPECT_EQ(at(block.items[1]->loc), "3:3");
  EXPECT_EQ(at(block.closeLoc), "4:1");
  EXPECT_EQ(*unit.decls[0].function->declarator.nameLoc.file, "loc.c");
}

TEST_F(ParserLocation, LineMarkersRelocateTheTree) {
  const CompoundStmt& block = body("# 40 \"user.c\"\nvoid f(void) {\n"
                                   "# 7 \"header.h\" 1\n  x;\n}\n");
  EXPECT_EQ(*block.loc.file, "user.c");
  EXPECT_EQ(at(block.loc), "40:14");
  EXPECT_EQ(*block.items[0]->loc.file, "header.h");
  EXPECT_EQ(at(block.items[0]->loc), "7:3");
}
