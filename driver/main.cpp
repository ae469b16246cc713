// driver/main.cpp — the `minicc` command: gcc-compatible driver around minicc's stages.
//
// Provides: main. Needs: Driver.h (the invocation), Signals.h (crash and interrupt handling),
// TempFiles.h. Exit status: 0 success, 1 user error, 4 internal compiler error (an
// InternalError, any other exception, or a crash signal); no temporary survives any of them.
#include "driver/Driver.h"
#include "driver/Signals.h"
#include "driver/TempFiles.h"
#include "ir/Diagnostics.h"

#include <exception>
#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
  using namespace minicc;
  driver::installSignalHandlers();
  std::vector<std::string_view> args(argv + 1, argv + argc);
  DiagnosticEngine diags(std::cerr);
  try {
    return driver::runDriver(args, diags);
  } catch (const InternalError& error) {
    driver::reportInternalError(error.what());
  } catch (const std::exception& error) {
    driver::reportInternalError(std::string("unexpected exception: ") + error.what());
  }
  driver::removeAllTempFiles();
  return 4;
}
