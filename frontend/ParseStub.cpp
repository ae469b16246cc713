// Placeholder until the re2c lexer and Bison parser land. Delete when replaced.
#include "frontend/Frontend.h"

namespace minicc::frontend {

bool parseTranslationUnit(std::string_view, const std::string& fileName, AstContext&,
                          TranslationUnit&, DiagnosticEngine& diags) {
  diags.error({diags.internFile(fileName), 0, 0}, "the C parser is not implemented yet");
  return false;
}

} // namespace minicc::frontend
