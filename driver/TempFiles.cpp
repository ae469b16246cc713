// driver/TempFiles.cpp — see TempFiles.h.
//
// The registry is a singly linked list whose nodes are never freed: a signal handler may walk
// it at any moment, so a node is only ever published (prepended) or marked dead, never unlinked.
#include "driver/TempFiles.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace minicc::driver {
namespace {

struct TempNode {
  char* path = nullptr;
  std::atomic<bool> live{false};
  TempNode* next = nullptr;
};

std::atomic<TempNode*> registryHead{nullptr};
std::atomic<int> runningChild{0};

// Publishes `path` (a mkstemp template, filled in by the caller) before the file exists.
TempNode* registerTemp(const std::string& path) {
  auto* node = new TempNode;
  node->path = strdup(path.c_str());
  node->live.store(true);
  node->next = registryHead.load();
  while (!registryHead.compare_exchange_weak(node->next, node)) {
  }
  return node;
}

void unregisterTemp(TempNode* node) {
  node->live.store(false);
}

// Creates the file from the template in node->path; returns false with errno set on failure.
bool createFromTemplate(TempNode* node, int suffixLength) {
  int fd = mkstemps(node->path, suffixLength);
  if (fd < 0) {
    unregisterTemp(node);
    return false;
  }
  close(fd);
  return true;
}

mode_t currentUmask() {
  mode_t mask = umask(0);
  umask(mask);
  return mask;
}

std::string directoryOf(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string baseNameOf(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The node of a path created by this file (the registry is small: one entry per temporary).
TempNode* findNode(const std::string& path) {
  for (TempNode* node = registryHead.load(); node; node = node->next)
    if (node->live.load() && path == node->path) return node;
  return nullptr;
}

void removeTemp(const std::string& path) {
  if (TempNode* node = findNode(path)) {
    unlink(node->path);
    unregisterTemp(node);
  }
}

} // namespace

TempFile::TempFile(const std::string& suffix) {
  const char* dir = std::getenv("TMPDIR");
  std::string base = dir && *dir ? dir : "/tmp";
  TempNode* node = registerTemp(base + "/minicc-XXXXXX" + suffix);
  if (!createFromTemplate(node, static_cast<int>(suffix.size())))
    throw FileError("cannot create a temporary file in '" + base + "': " + std::strerror(errno));
  path_ = node->path;
}

TempFile::~TempFile() {
  removeTemp(path_);
}

OutputFile::OutputFile(std::string destination, Kind kind)
    : destination_(std::move(destination)), kind_(kind) {
  struct stat info;
  if (stat(destination_.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) {
    direct_ = true;
    writePath_ = destination_;
    return;
  }
  std::string templ =
      directoryOf(destination_) + "/." + baseNameOf(destination_) + ".minicc-XXXXXX";
  TempNode* node = registerTemp(templ);
  if (!createFromTemplate(node, 0))
    throw FileError("cannot open output file '" + destination_ + "': " + std::strerror(errno));
  writePath_ = node->path;
}

OutputFile::~OutputFile() {
  if (!committed_ && !direct_) removeTemp(writePath_);
}

bool OutputFile::commit(std::string& error) {
  if (direct_) return committed_ = true;
  mode_t mode = (kind_ == Kind::Executable ? 0777 : 0666) & ~currentUmask();
  if (chmod(writePath_.c_str(), mode) != 0 ||
      std::rename(writePath_.c_str(), destination_.c_str()) != 0) {
    error = "cannot write output file '" + destination_ + "': " + std::strerror(errno);
    return false;
  }
  if (TempNode* node = findNode(writePath_)) unregisterTemp(node);
  return committed_ = true;
}

void removeAllTempFiles() {
  for (TempNode* node = registryHead.load(); node; node = node->next)
    if (node->live.load()) unlink(node->path);
}

void setRunningChild(int pid) {
  runningChild.store(pid);
}

void stopRunningChild() {
  int pid = runningChild.load();
  if (pid > 0) kill(pid, SIGTERM);
}

} // namespace minicc::driver
