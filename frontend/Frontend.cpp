// frontend/Frontend.cpp — compileC: the frontend's two steps in order (parse, then check+lower).
#include "frontend/Frontend.h"

namespace minicc::frontend {

std::unique_ptr<ir::Module> compileC(std::string_view text, const std::string& fileName,
                                     DiagnosticEngine& diags) {
  AstContext ast;
  TranslationUnit unit;
  if (!parseTranslationUnit(text, fileName, ast, unit, diags)) return nullptr;
  return lowerTranslationUnit(unit, ast, fileName, diags);
}

} // namespace minicc::frontend
