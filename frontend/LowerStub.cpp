// Placeholder until semantic analysis and lowering land. Delete when replaced.
#include "frontend/Frontend.h"

namespace minicc::frontend {

std::unique_ptr<ir::Module> lowerTranslationUnit(TranslationUnit&, AstContext&,
                                                 const std::string& fileName,
                                                 DiagnosticEngine& diags) {
  diags.error({diags.internFile(fileName), 0, 0}, "semantic analysis is not implemented yet");
  return nullptr;
}

} // namespace minicc::frontend
