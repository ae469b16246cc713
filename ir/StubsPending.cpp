// Placeholder entry point until the pass manager lands. Delete when replaced.
#include "ir/Passes.h"

namespace minicc::ir {

void runPassPipeline(Module&, const PassOptions&) {}

} // namespace minicc::ir
