// ir/Diagnostics.cpp — see Diagnostics.h.
#include "ir/Diagnostics.h"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

namespace minicc {

DiagnosticEngine::DiagnosticEngine(std::ostream& out) : out_(out) {}

const std::string* DiagnosticEngine::internFile(const std::string& name) {
  auto& slot = files_[name];
  if (!slot) slot = std::make_unique<std::string>(name);
  return slot.get();
}

static std::vector<std::string> splitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::string current;
  for (char c : text) {
    if (c == '\n') {
      lines.push_back(current);
      current.clear();
    } else if (c != '\r') {
      current += c;
    }
  }
  if (!current.empty()) lines.push_back(current);
  return lines;
}

void DiagnosticEngine::setFileContents(const std::string& file, std::string text) {
  lines_[file] = splitLines(text);
}

const std::string* DiagnosticEngine::sourceLine(const std::string& file, unsigned line) {
  auto it = lines_.find(file);
  if (it == lines_.end()) {
    // Only regular files: a line marker may name anything (`#line 1 "/dev/zero"`), and a
    // device or FIFO could block or never end.
    std::vector<std::string> lines;
    std::error_code ec;
    std::ifstream in;
    if (std::filesystem::is_regular_file(file, ec)) in.open(file, std::ios::binary);
    if (in) {
      std::ostringstream text;
      text << in.rdbuf();
      lines = splitLines(text.str());
    }
    it = lines_.emplace(file, std::move(lines)).first;
  }
  if (line == 0 || line > it->second.size()) return nullptr;
  return &it->second[line - 1];
}

void DiagnosticEngine::error(SourceLocation loc, const std::string& message) {
  report(Severity::Error, loc, message);
}
void DiagnosticEngine::warning(SourceLocation loc, const std::string& message) {
  report(Severity::Warning, loc, message);
}
void DiagnosticEngine::note(SourceLocation loc, const std::string& message) {
  report(Severity::Note, loc, message);
}

void DiagnosticEngine::report(Severity severity, SourceLocation loc, const std::string& message) {
  if (severity == Severity::Warning) {
    if (suppressWarnings_) return;
    if (warningsAsErrors_) severity = Severity::Error;
  }
  if (severity == Severity::Error) ++errorCount_;
  if (severity == Severity::Warning) ++warningCount_;

  const char* label = severity == Severity::Error     ? "error"
                      : severity == Severity::Warning ? "warning"
                                                      : "note";
  const char* labelColor = severity == Severity::Error     ? "\033[01;31m"
                           : severity == Severity::Warning ? "\033[01;35m"
                                                           : "\033[01;36m";
  const char* bold = color_ ? "\033[01m" : "";
  const char* reset = color_ ? "\033[m" : "";

  out_ << bold;
  if (loc.isValid()) {
    out_ << *loc.file << ':';
    if (loc.line) {
      out_ << loc.line << ':';
      if (loc.column) out_ << loc.column << ':';
    }
    out_ << ' ';
  } else {
    out_ << "minicc: ";
  }
  out_ << reset << (color_ ? labelColor : "") << label << ':' << reset << ' ' << message << '\n';

  if (!loc.isValid() || loc.line == 0) return;
  const std::string* text = sourceLine(*loc.file, loc.line);
  if (!text) return;
  std::string number = std::to_string(loc.line);
  std::string gutter(number.size() < 5 ? 5 - number.size() : 0, ' ');
  out_ << gutter << number << " | " << *text << '\n';
  if (loc.column == 0) return;
  // Keep tabs in the caret line so the caret lines up under the same column.
  std::string pad;
  for (unsigned i = 0; i + 1 < loc.column && i < text->size(); ++i)
    pad += (*text)[i] == '\t' ? '\t' : ' ';
  out_ << std::string(gutter.size() + number.size(), ' ') << " | " << pad
       << (color_ ? labelColor : "") << '^' << reset << '\n';
}

void internalError(const std::string& message) {
  throw InternalError(message);
}

} // namespace minicc
