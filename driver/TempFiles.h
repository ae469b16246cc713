// driver/TempFiles.h — temporary files that never outlive minicc, and outputs that appear only
// on success.
//
// Provides: TempFile (a scratch file in $TMPDIR, removed when destroyed), OutputFile (writes to
// a temporary beside the destination and renames it over the destination in commit()), and
// removeAllTempFiles() (async-signal-safe; the crash and interrupt handlers call it).
// Needs: POSIX (mkstemps, rename, unlink).
//
// Every temporary is registered in a process-wide list as soon as it exists, so an error, an
// internal error or a signal at any point removes it: no half-written output is ever left
// behind under the name the user asked for.
#pragma once

#include <stdexcept>
#include <string>

namespace minicc::driver {

// A file minicc cannot create or rename: a user-facing error (exit 1), not an internal one.
class FileError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// A scratch file in $TMPDIR (or /tmp), e.g. the assembly between the backend and `gcc -c`.
class TempFile {
public:
  // Creates an empty file named like `$TMPDIR/minicc-XXXXXX<suffix>`. Throws FileError
  // with the reason when no file can be created.
  explicit TempFile(const std::string& suffix);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const std::string& path() const { return path_; }

private:
  std::string path_;
};

// The file a user asked for (`-o x.s`, `a.out`, …). Everything is written to path(), a
// temporary in the destination's directory; commit() gives it its final mode and renames it to
// the destination. Destroyed without commit(), the temporary is removed and the destination is
// left as it was. Destinations that are not regular files (`/dev/null`, a FIFO) are written
// directly: renaming over them would replace the device.
class OutputFile {
public:
  enum class Kind { Data, Executable };
  // Throws FileError ("cannot open output file …") when the temporary cannot be made.
  OutputFile(std::string destination, Kind kind);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  const std::string& path() const { return writePath_; }
  const std::string& destination() const { return destination_; }
  // Returns false and sets `error` when the rename fails.
  bool commit(std::string& error);

private:
  std::string destination_;
  std::string writePath_;
  Kind kind_;
  bool direct_ = false;
  bool committed_ = false;
};

// Removes every registered temporary. Async-signal-safe.
void removeAllTempFiles();

// The process id of the child minicc is waiting for (0: none), so an interrupt handler can stop
// it before removing the files it writes.
void setRunningChild(int pid);
void stopRunningChild();

} // namespace minicc::driver
