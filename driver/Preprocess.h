// driver/Preprocess.h — how minicc runs the system `cpp`.
//
// Provides: predefinedMacros (the macros minicc promises, documented in docs/driver.md),
// preprocessorCommand (the full `cpp` command line for one C input). Needs: Options.h,
// Process.h (to ask gcc for the system include directories).
//
// cpp runs with -undef -nostdinc: nothing of gcc's own configuration leaks in. The include
// search order is the user's -I/-isystem directories, minicc's runtime/include (which replaces
// gcc's private directory: stddef.h, stdarg.h, limits.h …), then the system directories gcc
// reports. `__GNUC__` is not defined, so glibc's headers take their portable paths.
#pragma once

#include "driver/Options.h"
#include "driver/Process.h"

#include <string>
#include <utility>
#include <vector>

namespace minicc::driver {

struct MacroDefinition {
  const char* name;
  const char* value;
};

const std::vector<MacroDefinition>& predefinedMacros();

// Where the dependency file goes and what it names as the target (gcc's rules for -MD/-MMD).
struct DependencyOutput {
  std::string file;
  std::string target; // empty: cpp's default (the input's stem + ".o")
};

class Preprocessor {
public:
  Preprocessor(const Options& options, ToolRunner& tools) : options_(options), tools_(tools) {}

  // The command that preprocesses `input` (a path or "-") into `outputPath` (empty: stdout).
  // Returns false after reporting when the system include directories cannot be found.
  bool command(const std::string& input, const std::string& outputPath,
               const DependencyOutput* dependencies, std::vector<std::string>& argv);

private:
  bool findSystemIncludeDirectories();
  bool preincludeStdcPredef() const;

  const Options& options_;
  ToolRunner& tools_;
  std::vector<std::string> systemDirectories_;
  bool searchedSystemDirectories_ = false;
};

} // namespace minicc::driver
