// driver/Signals.h — what happens when minicc is interrupted or crashes.
//
// Provides: installSignalHandlers, reportInternalError. Needs: TempFiles.h.
// A crash (SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGILL) is an internal compiler error: the handler
// prints "minicc: internal compiler error: …", removes every temporary and exits with status 4.
// An interrupt (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE) stops the running tool, removes every
// temporary and lets the signal end minicc as it normally would.
#pragma once

#include <string>

namespace minicc::driver {

void installSignalHandlers();

// Prints the internal-compiler-error message (exit status 4 is the caller's job).
void reportInternalError(const std::string& what);

} // namespace minicc::driver
