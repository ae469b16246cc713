// frontend/Frontend.cpp — the frontend's entry points in pipeline order: parse, then check the
// unit (Sema) and, when it has no errors, lower it to IR (Lowering).
#include "frontend/Frontend.h"

#include "frontend/Lower.h"
#include "frontend/Sema.h"

namespace minicc::frontend {

std::unique_ptr<ir::Module> lowerTranslationUnit(TranslationUnit& unit, AstContext& ast,
                                                 const std::string& fileName,
                                                 DiagnosticEngine& diags) {
  TypeContext types;
  Sema sema(types, ast, diags);
  sema.analyze(unit);
  if (diags.hasErrors()) return nullptr;
  auto module = std::make_unique<ir::Module>();
  module->sourceFileName = fileName;
  for (const WeakPragma& weak : unit.weakPragmas)
    module->weakSymbols.push_back({weak.name, weak.aliasTarget});
  Lowering lowering(sema, *module);
  lowering.lowerUnit();
  return module;
}

std::unique_ptr<ir::Module> compileC(std::string_view text, const std::string& fileName,
                                     DiagnosticEngine& diags) {
  AstContext ast;
  TranslationUnit unit;
  if (!parseTranslationUnit(text, fileName, ast, unit, diags)) return nullptr;
  return lowerTranslationUnit(unit, ast, fileName, diags);
}

} // namespace minicc::frontend
