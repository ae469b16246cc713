// Placeholder entry points until the IR text form, verifier and passes land. Delete when replaced.
#include "ir/Passes.h"
#include "ir/TextIO.h"
#include "ir/Verifier.h"

namespace minicc::ir {

void printModule(const Module&, std::ostream&) {}
void printFunction(const Function&, std::ostream&) {}
std::unique_ptr<Module> parseModule(std::string_view, const std::string& fileName,
                                    DiagnosticEngine& diags) {
  diags.error({diags.internFile(fileName), 0, 0}, "the IR parser is not implemented yet");
  return nullptr;
}
std::vector<std::string> verifyModule(const Module&) { return {}; }
std::vector<std::string> verifyFunction(const Function&) { return {}; }
void runPassPipeline(Module&, const PassOptions&) {}

} // namespace minicc::ir
