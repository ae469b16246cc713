// frontend/SyntaxErrors.h — gcc-worded syntax error messages for the Bison parser.
//
// Provides: reportSyntaxError, which turns the parser's state at an error (the tokens it would
// have accepted, and which construct a token would continue) into a message such as
// "expected ';' before '}' token" at gcc's location; describeTokenPosition (" before 'x'",
// " at end of input"). Needs: ParserSupport.h (the context and its tokens), Parser.hpp
// (symbol kinds).
#pragma once

#include "frontend/ParserSupport.h"

#include <functional>
#include <string>
#include <vector>

namespace minicc::frontend {

struct SyntaxErrorSite {
  std::vector<int> expected; // Parser::symbol_kind_type of every token acceptable here
  // The symbol (token or nonterminal) that a token of the given kind would be shifted after,
  // once the reductions it triggers are done; -1 if the token is not acceptable.
  std::function<int(int symbolKind)> symbolBeforeShifting;
};

void reportSyntaxError(const SyntaxErrorSite& site, ParseContext& ctx);

// gcc's wording for where an error is: " before 'x'", " before '}' token",
// " before numeric constant", " before string constant", " at end of input".
std::string describeTokenPosition(const Token& token);

} // namespace minicc::frontend
