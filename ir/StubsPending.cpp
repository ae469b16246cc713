// Placeholder entry points until the verifier and passes land. Delete when replaced.
#include "ir/Passes.h"
#include "ir/Verifier.h"

namespace minicc::ir {

std::vector<std::string> verifyModule(const Module&) {
  return {};
}
std::vector<std::string> verifyFunction(const Function&) {
  return {};
}
void runPassPipeline(Module&, const PassOptions&) {}

} // namespace minicc::ir
