// driver/Process.cpp — see Process.h.
#include "driver/Process.h"

#include "driver/TempFiles.h"

#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace minicc::driver {
namespace {

std::vector<char*> cStrings(const std::vector<std::string>& argv) {
  std::vector<char*> result;
  for (const std::string& arg : argv) result.push_back(const_cast<char*>(arg.c_str()));
  result.push_back(nullptr);
  return result;
}

bool needsQuoting(const std::string& arg) {
  if (arg.empty()) return true;
  for (char c : arg)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || std::strchr("-_./=+,:@%", c))) return true;
  return false;
}

} // namespace

std::string quoteCommand(const std::vector<std::string>& argv) {
  std::string text;
  for (const std::string& arg : argv) {
    if (!text.empty()) text += ' ';
    if (!needsQuoting(arg)) {
      text += arg;
      continue;
    }
    text += '\'';
    for (char c : arg) text += c == '\'' ? std::string("'\\''") : std::string(1, c);
    text += '\'';
  }
  return text;
}

void ToolRunner::echo(const std::vector<std::string>& argv) {
  if (verbose_) std::cerr << ' ' << quoteCommand(argv) << std::endl;
}

bool ToolRunner::run(const std::vector<std::string>& argv) {
  echo(argv);
  std::cout.flush();
  std::cerr.flush();
  pid_t pid;
  auto args = cStrings(argv);
  int status = posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ);
  if (status != 0) {
    diags_.error({}, "cannot execute '" + argv[0] + "': " + std::strerror(status));
    return false;
  }
  return wait(argv[0], pid);
}

bool ToolRunner::runCapturingOutput(const std::vector<std::string>& argv, std::string& output,
                                    Capture capture) {
  echo(argv);
  int pipeEnds[2];
  if (pipe(pipeEnds) != 0) {
    diags_.error({}, std::string("cannot create a pipe: ") + std::strerror(errno));
    return false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (capture == Capture::Stderr)
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, pipeEnds[1],
                                   capture == Capture::Stdout ? STDOUT_FILENO : STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipeEnds[0]);
  posix_spawn_file_actions_addclose(&actions, pipeEnds[1]);
  pid_t pid;
  auto args = cStrings(argv);
  int status = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipeEnds[1]);
  if (status != 0) {
    close(pipeEnds[0]);
    diags_.error({}, "cannot execute '" + argv[0] + "': " + std::strerror(status));
    return false;
  }
  setRunningChild(pid);
  char buffer[65536];
  for (;;) {
    ssize_t n = read(pipeEnds[0], buffer, sizeof buffer);
    if (n > 0)
      output.append(buffer, static_cast<size_t>(n));
    else if (n == 0 || errno != EINTR)
      break;
  }
  close(pipeEnds[0]);
  return wait(argv[0], pid);
}

bool ToolRunner::wait(const std::string& tool, int pid) {
  setRunningChild(pid);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  setRunningChild(0);
  // A tool writing to a closed pipe (`minicc -E f.c | head`) is not worth a message.
  if (WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE) return false;
  if (WIFSIGNALED(status)) {
    diags_.error({}, "'" + tool + "' terminated by signal " + std::to_string(WTERMSIG(status)) +
                         " (" + strsignal(WTERMSIG(status)) + ")");
    return false;
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace minicc::driver
