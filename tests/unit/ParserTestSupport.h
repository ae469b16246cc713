// Helpers shared by the parser unit tests: parse a string and print the tree or the
// diagnostics.
#pragma once

#include "frontend/AstPrinter.h"
#include "frontend/Frontend.h"

#include <gtest/gtest.h>
#include <sstream>
#include <string>

namespace minicc::frontend::testing {

struct ParseResult {
  bool ok = false;
  std::string ast;         // printAst output (also when errors were reported)
  std::string diagnostics; // everything the DiagnosticEngine printed
  unsigned errors = 0;
};

inline ParseResult parseSource(const std::string& source) {
  ParseResult result;
  std::ostringstream diagOut;
  DiagnosticEngine diags(diagOut);
  diags.setFileContents("test.c", source);
  AstContext ast;
  TranslationUnit unit;
  result.ok = parseTranslationUnit(source, "test.c", ast, unit, diags);
  std::ostringstream astOut;
  printAst(unit, astOut);
  result.ast = astOut.str();
  result.diagnostics = diagOut.str();
  result.errors = diags.errorCount();
  return result;
}

// The printed tree of a source that must parse without diagnostics.
inline std::string astOf(const std::string& source) {
  ParseResult result = parseSource(source);
  EXPECT_TRUE(result.ok) << source << "\n" << result.diagnostics;
  EXPECT_EQ(result.diagnostics, "") << source;
  return result.ast;
}

// The printed expression statement `expression;` inside a function, after `prelude`.
inline std::string exprOf(const std::string& expression, const std::string& prelude = "") {
  std::string ast = astOf(prelude + "\nvoid test_function(void) {\n" + expression + ";\n}\n");
  std::size_t start = ast.rfind("(expr ");
  if (start == std::string::npos) return "no expression statement in: " + ast;
  std::size_t end = ast.find('\n', start);
  std::string line = ast.substr(start + 6, end - start - 6);
  // Drop the closing parentheses of (expr ...), (block ...), (function ...), (translation-unit.
  return line.substr(0, line.size() - 4);
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Number of "error:" lines.
inline unsigned countErrors(const std::string& diagnostics) {
  unsigned count = 0;
  for (std::size_t pos = diagnostics.find("error:"); pos != std::string::npos;
       pos = diagnostics.find("error:", pos + 1))
    ++count;
  return count;
}

} // namespace minicc::frontend::testing
