// Helpers for the semantic-analysis unit tests: parse and check a source string, then read the
// type Sema gave an expression, the diagnostics, or the IR lowering produced.
#pragma once

#include "frontend/Frontend.h"
#include "frontend/Lower.h"
#include "frontend/Sema.h"
#include "ir/TextIO.h"
#include "ir/Verifier.h"

#include <gtest/gtest.h>
#include <sstream>
#include <string>

namespace minicc::frontend::testing {

struct CheckResult {
  std::string type;        // typeToString of the last expression statement's type
  std::string diagnostics; // everything reported
  unsigned errors = 0;
};

// Checks `prelude` followed by `void test_function(void) { expression; }` and returns the type
// of the expression (before any conversion its context applies).
inline CheckResult checkExpression(const std::string& expression, const std::string& prelude = "") {
  std::string source = prelude + "\nvoid test_function(void) {\n" + expression + ";\n}\n";
  std::ostringstream out;
  DiagnosticEngine diags(out);
  diags.setFileContents("test.c", source);
  AstContext ast;
  TranslationUnit unit;
  CheckResult result;
  if (parseTranslationUnit(source, "test.c", ast, unit, diags)) {
    TypeContext types;
    Sema sema(types, ast, diags);
    sema.analyze(unit);
    FunctionDefinition* fn = unit.decls.back().function;
    if (fn && !fn->body->items.empty() && fn->body->items.back()->kind == StmtKind::Expression) {
      const Expr* e = static_cast<ExpressionStmt*>(fn->body->items.back())->expr;
      result.type = e->type ? typeToString(e->type) : "<unchecked>";
    }
  }
  result.diagnostics = out.str();
  result.errors = diags.errorCount();
  return result;
}

// The IR text lowering produces for `source` (empty, with the diagnostics, on errors).
inline std::string lowerToText(const std::string& source, std::string* diagnostics = nullptr) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  diags.setFileContents("test.c", source);
  std::unique_ptr<ir::Module> module = compileC(source, "test.c", diags);
  if (diagnostics) *diagnostics = out.str();
  if (!module) return "";
  std::ostringstream text;
  ir::printModule(*module, text);
  return text.str();
}

// Lowers `source` without running any pass and returns the IR, preceded by any verifier
// complaint ("invalid IR: ...") or the diagnostics.
inline std::string lowerAndVerify(const std::string& source) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  diags.setFileContents("test.c", source);
  AstContext ast;
  TranslationUnit unit;
  if (!parseTranslationUnit(source, "test.c", ast, unit, diags)) return out.str();
  TypeContext types;
  Sema sema(types, ast, diags);
  sema.analyze(unit);
  if (diags.hasErrors()) return out.str();
  ir::Module module;
  Lowering(sema, module).lowerUnit();
  for (const std::string& problem : ir::verifyModule(module))
    out << "invalid IR: " << problem << "\n";
  ir::printModule(module, out);
  return out.str();
}

} // namespace minicc::frontend::testing
