// ir/Diagnostics.h — source locations, gcc-style diagnostics, internal errors.
//
// Provides: SourceLocation, DiagnosticEngine, InternalError. Needs: nothing.
// Lives in ir/ because it is the bottom layer: the frontend, the IR text parser, the backend
// and the driver all report through it.
//
// Output format (gcc's):
//   file:line:col: error: message
//       7 |   int x = ;
//         |           ^
// Users' errors are diagnostics and exit status 1; a broken invariant inside minicc throws
// InternalError, which the driver reports as "internal compiler error" with exit status 4.
#pragma once

#include <iosfwd>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace minicc {

struct SourceLocation {
  const std::string* file = nullptr; // interned by DiagnosticEngine::internFile
  unsigned line = 0;                 // 1-based; 0 = unknown
  unsigned column = 0;               // 1-based byte column; 0 = unknown
  bool isValid() const { return file != nullptr; }
};

enum class Severity { Error, Warning, Note };

class DiagnosticEngine {
public:
  explicit DiagnosticEngine(std::ostream& out);

  // Returns a pointer that stays valid as long as the engine lives.
  const std::string* internFile(const std::string& name);
  // Makes `text` the contents shown for `file` (otherwise the file is read from disk on demand).
  void setFileContents(const std::string& file, std::string text);

  void error(SourceLocation loc, const std::string& message);
  void warning(SourceLocation loc, const std::string& message);
  void note(SourceLocation loc, const std::string& message);
  void report(Severity severity, SourceLocation loc, const std::string& message);

  void setColor(bool enabled) { color_ = enabled; }
  void setWarningsAsErrors(bool enabled) { warningsAsErrors_ = enabled; }
  void setSuppressWarnings(bool enabled) { suppressWarnings_ = enabled; }

  unsigned errorCount() const { return errorCount_; }
  unsigned warningCount() const { return warningCount_; }
  bool hasErrors() const { return errorCount_ != 0; }

private:
  const std::string* sourceLine(const std::string& file, unsigned line);

  std::ostream& out_;
  std::map<std::string, std::unique_ptr<std::string>> files_;
  std::map<std::string, std::vector<std::string>> lines_;
  bool color_ = false;
  bool warningsAsErrors_ = false;
  bool suppressWarnings_ = false;
  unsigned errorCount_ = 0;
  unsigned warningCount_ = 0;
};

class InternalError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// Throws InternalError: for states minicc itself must never reach.
[[noreturn]] void internalError(const std::string& message);

} // namespace minicc
