// ir/Diagnostics.h — source locations, gcc-style diagnostics, internal errors.
//
// Provides: SourceLocation, DiagnosticEngine, InternalError. Needs: nothing.
// Lives in ir/ because it is the bottom layer: the frontend, the IR text parser, the backend
// and the driver all report through it.
//
// Output format (gcc 12's):
//   In file included from inc/mid.h:1,        (when the location is inside an included file)
//                    from f.c:2:
//   f.c: In function 'main':                  (when the enclosing function changes)
//   file:line:col: error: message
//       7 |   int x = ;
//         |           ^
// Columns are display columns (a tab advances to the next multiple of 8) and the quoted source
// line has its tabs expanded, as in gcc. Colour uses gcc's escape sequences.
// Users' errors are diagnostics and exit status 1; a broken invariant inside minicc throws
// InternalError, which the driver reports as "internal compiler error" with exit status 4.
#pragma once

#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
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
  // Quotes as gcc writes them in a UTF-8 locale: ‘name’ instead of 'name'.
  void setUnicodeQuotes(bool enabled) { unicodeQuotes_ = enabled; }

  // --- Include context, from cpp's line markers (`# 1 "inc/a.h" 1 3`).
  // A file entered by an #include (flag 1) gets a name pointer of its own that remembers where
  // it was included from and whether it is a system header (flag 3). Diagnostics inside it
  // print gcc's "In file included from" lines; warnings inside system headers are not shown.
  const std::string* enterIncludedFile(const std::string& name, SourceLocation includedFrom,
                                       bool isSystemHeader);
  // A marker without flag 1 that names another file (`#line 5 "x.c"`): the new name keeps the
  // include context of `current` (nullptr: none).
  const std::string* renameFile(const std::string* current, const std::string& name,
                                bool isSystemHeader);
  bool isSystemHeader(const std::string* file) const;

  // --- gcc's "f.c: In function 'name':" / "f.c: At top level:" lines: the function whose body
  // is being checked ("" at file scope).
  void setFunctionContext(const std::string& functionName);

  // --- Per-warning options. A warning's name is the `[-Wname]` suffix of its message; one
  // without a suffix can only be silenced by -w. Some warnings are off by default as in gcc
  // (e.g. return-type, part of -Wall).
  void setWarningEnabled(const std::string& name, bool enabled); // -Wname, -Wno-name
  void setWarningError(const std::string& name, bool asError);   // -Werror=name, -Wno-error=name
  void enableWarningGroup(const std::string& group);             // "all" (-Wall), "extra"
  bool isWarningEnabled(const std::string& name) const;
  // gcc's closing line "minicc: all warnings being treated as errors" (or "some", with only
  // -Werror=name) when -Werror turned a warning into an error; call once at the end.
  void printWarningsAsErrorsSummary(const std::string& program = "minicc");

  unsigned errorCount() const { return errorCount_; }
  unsigned warningCount() const { return warningCount_; }
  bool hasErrors() const { return errorCount_ != 0; }

private:
  struct FileContext {
    SourceLocation includedFrom;
    bool isSystemHeader = false;
  };
  struct WarningSetting {
    std::optional<bool> enabled;
    std::optional<bool> asError;
  };

  const std::string* sourceLine(const std::string& file, unsigned line);
  const FileContext* contextOf(const std::string* file) const;
  bool filterWarning(Severity& severity, SourceLocation loc, std::string& message);
  void printIncludeContext(SourceLocation loc);
  void printFunctionContext(SourceLocation loc);
  void printSourceLine(Severity severity, SourceLocation loc);
  std::string highlightQuotes(const std::string& message) const;
  unsigned displayColumn(SourceLocation loc);

  std::ostream& out_;
  std::map<std::string, std::unique_ptr<std::string>> files_;
  std::map<std::string, std::vector<std::string>> lines_;
  bool color_ = false;
  bool warningsAsErrors_ = false;
  bool suppressWarnings_ = false;
  bool unicodeQuotes_ = false;
  unsigned errorCount_ = 0;
  unsigned warningCount_ = 0;

  std::vector<std::unique_ptr<std::string>> fileInstances_; // enterIncludedFile/renameFile
  std::map<const std::string*, FileContext> fileContexts_;  // looked up, never iterated
  std::map<std::string, WarningSetting> warningSettings_;
  std::vector<std::string> enabledGroups_;
  const std::string* lastFile_ = nullptr; // include context of the last diagnostic printed
  bool lastFileKnown_ = false;
  std::string function_;        // setFunctionContext
  std::string lastFunction_;    // the function context last printed
  bool lastSuppressed_ = false; // notes follow their warning when it was not shown
  SourceLocation lastQuoted_;   // gcc quotes a source line once for consecutive diagnostics
  bool promotedGlobally_ = false, promotedByName_ = false;
};

class InternalError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// Throws InternalError: for states minicc itself must never reach.
[[noreturn]] void internalError(const std::string& message);

} // namespace minicc
