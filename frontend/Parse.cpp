// frontend/Parse.cpp — parseTranslationUnit: runs the Bison parser over the re2c lexer.
#include "frontend/Frontend.h"
#include "frontend/Parser.hpp"
#include "frontend/ParserSupport.h"

namespace minicc::frontend {

bool parseTranslationUnit(std::string_view text, const std::string& fileName, AstContext& ast,
                          TranslationUnit& unit, DiagnosticEngine& diags) {
  unsigned errorsBefore = diags.errorCount();
  ParseContext context(text, fileName, ast, unit, diags);
  Parser parser(context);
  int status = parser.parse();
  unit.weakPragmas = context.lexer().weakPragmas();
  return status == 0 && diags.errorCount() == errorsBefore;
}

} // namespace minicc::frontend
