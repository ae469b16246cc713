// frontend/Frontend.h — the frontend's entry points, in pipeline order.
//
// Provides: parseTranslationUnit (re2c lexer + Bison parser -> AST), lowerTranslationUnit
// (semantic analysis + lowering -> IR) and compileC (both). Needs: AST.h, ir/IR.h.
// All three report user errors through the DiagnosticEngine and return false/nullptr when any
// error was reported; they never throw for bad input.
#pragma once

#include "frontend/AST.h"
#include "ir/IR.h"

#include <memory>
#include <string>
#include <string_view>

namespace minicc::frontend {

// `text` is preprocessed C (cpp output); `# line "file"` markers set the locations reported.
bool parseTranslationUnit(std::string_view text, const std::string& fileName, AstContext& ast,
                          TranslationUnit& unit, DiagnosticEngine& diags);

// Checks the unit and lowers it to IR (unoptimised, allocas for locals).
std::unique_ptr<ir::Module> lowerTranslationUnit(TranslationUnit& unit, AstContext& ast,
                                                 const std::string& fileName,
                                                 DiagnosticEngine& diags);

std::unique_ptr<ir::Module> compileC(std::string_view text, const std::string& fileName,
                                     DiagnosticEngine& diags);

} // namespace minicc::frontend
