// Placeholder entry point until the backend lands. Delete when replaced.
#include "codegen/Codegen.h"

namespace minicc::codegen {

bool emitAssembly(ir::Module&, std::ostream&, const CodegenOptions&, DiagnosticEngine& diags) {
  diags.error({}, "the x86-64 backend is not implemented yet");
  return false;
}

} // namespace minicc::codegen
