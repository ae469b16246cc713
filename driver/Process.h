// driver/Process.h — running the external tools minicc relies on (`cpp`, `gcc`).
//
// Provides: ToolRunner (runs a command found on PATH, optionally capturing its standard
// output, printing it first under -v). Needs: POSIX spawn, ir/Diagnostics.h.
// A tool that exits non-zero has already printed its own diagnostics, so the runner adds
// nothing then; it reports only a tool that cannot be started or dies from a signal.
#pragma once

#include "ir/Diagnostics.h"

#include <string>
#include <vector>

namespace minicc::driver {

class ToolRunner {
public:
  ToolRunner(DiagnosticEngine& diags, bool verbose) : diags_(diags), verbose_(verbose) {}

  // Runs `argv` with stdin, stdout and stderr inherited. True when it exits with status 0.
  bool run(const std::vector<std::string>& argv);
  enum class Capture { Stdout, Stderr };
  // Runs `argv` with its standard output (or its standard error, the other stream then going to
  // /dev/null) collected into `output`.
  bool runCapturingOutput(const std::vector<std::string>& argv, std::string& output,
                          Capture capture = Capture::Stdout);
  void reportError(const std::string& message) { diags_.error({}, message); }

private:
  bool wait(const std::string& tool, int pid);
  void echo(const std::vector<std::string>& argv);

  DiagnosticEngine& diags_;
  bool verbose_;
};

// `argv` as a shell would need it typed (used by -v).
std::string quoteCommand(const std::vector<std::string>& argv);

} // namespace minicc::driver
