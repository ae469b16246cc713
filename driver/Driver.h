// driver/Driver.h — one minicc invocation, from argv to exit status.
//
// Provides: runDriver. Needs: Options.h (the command line), Pipeline.h (one input through the
// stages), TempFiles.h (outputs that appear only on success), Process.h (gcc for linking).
// Decides gcc's default output names, checks the inputs, runs the pipeline on each input and
// links. Exit status: 0 success, 1 user error; internal errors propagate to main.
#pragma once

#include "ir/Diagnostics.h"

#include <string_view>
#include <vector>

namespace minicc::driver {

int runDriver(const std::vector<std::string_view>& args, DiagnosticEngine& diags);

} // namespace minicc::driver
