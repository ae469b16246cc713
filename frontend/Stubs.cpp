// Placeholder entry points until the lexer/parser and sema/lowering land. Delete when replaced.
#include "frontend/Frontend.h"

namespace minicc::frontend {

bool parseTranslationUnit(std::string_view, const std::string& fileName, AstContext&,
                          TranslationUnit&, DiagnosticEngine& diags) {
  diags.error({diags.internFile(fileName), 0, 0}, "the C frontend is not implemented yet");
  return false;
}

std::unique_ptr<ir::Module> lowerTranslationUnit(TranslationUnit&, AstContext&,
                                                 const std::string&, DiagnosticEngine&) {
  return nullptr;
}

std::unique_ptr<ir::Module> compileC(std::string_view text, const std::string& fileName,
                                     DiagnosticEngine& diags) {
  AstContext ast;
  TranslationUnit unit;
  if (!parseTranslationUnit(text, fileName, ast, unit, diags)) return nullptr;
  return lowerTranslationUnit(unit, ast, fileName, diags);
}

} // namespace minicc::frontend
