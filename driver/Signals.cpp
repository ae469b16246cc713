// driver/Signals.cpp — see Signals.h. Handlers use only async-signal-safe calls (write,
// unlink, kill, _exit, raise).
#include "driver/Signals.h"

#include "driver/TempFiles.h"

#include <csignal>
#include <cstring>
#include <iostream>
#include <unistd.h>
#include <vector>

namespace minicc::driver {
namespace {

void writeStderr(const char* text) {
  ssize_t ignored = write(STDERR_FILENO, text, std::strlen(text));
  (void)ignored;
}

const char* crashDescription(int signal) {
  switch (signal) {
  case SIGSEGV: return "Segmentation fault (SIGSEGV)";
  case SIGBUS: return "Bus error (SIGBUS)";
  case SIGFPE: return "Floating-point exception (SIGFPE)";
  case SIGABRT: return "Aborted (SIGABRT)";
  case SIGILL: return "Illegal instruction (SIGILL)";
  default: return "fatal signal";
  }
}

void onCrash(int signal) {
  writeStderr("minicc: internal compiler error: ");
  writeStderr(crashDescription(signal));
  writeStderr("\nPlease report this with the input that caused it.\n");
  stopRunningChild();
  removeAllTempFiles();
  _exit(4);
}

void onInterrupt(int signal) {
  stopRunningChild();
  removeAllTempFiles();
  std::signal(signal, SIG_DFL);
  raise(signal);
}

void install(int signal, void (*handler)(int), bool onAlternateStack) {
  struct sigaction action;
  std::memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = onAlternateStack ? SA_ONSTACK : 0;
  sigaction(signal, &action, nullptr);
}

} // namespace

void installSignalHandlers() {
  // A stack overflow (deep recursion on a pathological input) must still reach the handler.
  static std::vector<char> alternateStack(64 * 1024);
  stack_t stack;
  stack.ss_sp = alternateStack.data();
  stack.ss_size = alternateStack.size();
  stack.ss_flags = 0;
  sigaltstack(&stack, nullptr);
  for (int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGILL}) install(signal, onCrash, true);
  for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE}) {
    struct sigaction current;
    // Keep an inherited "ignore" (nohup, a shell's background job) as gcc does.
    if (sigaction(signal, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
    install(signal, onInterrupt, false);
  }
}

void reportInternalError(const std::string& what) {
  std::cerr << "minicc: internal compiler error: " << what
            << "\nPlease report this with the input that caused it.\n";
}

} // namespace minicc::driver
