// ir/Diagnostics.cpp — see Diagnostics.h. gcc 12 is the model for every byte printed: the
// context lines, the display columns, the source line with its caret and the colours.
#include "ir/Diagnostics.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

namespace minicc {

namespace {

// gcc's escape sequences (its default GCC_COLORS): bold locations and quoted names, the label
// colour for "error:"/"warning:"/"note:", the caret and the option name. Every switch is
// followed by "erase to end of line", as gcc writes it.
constexpr const char* kBold = "\033[01m\033[K";
constexpr const char* kReset = "\033[m\033[K";

const char* labelColor(Severity severity) {
  switch (severity) {
  case Severity::Error: return "\033[01;31m\033[K";
  case Severity::Warning: return "\033[01;35m\033[K";
  case Severity::Note: return "\033[01;36m\033[K";
  }
  return "";
}

const char* labelText(Severity severity) {
  switch (severity) {
  case Severity::Error: return "error";
  case Severity::Warning: return "warning";
  case Severity::Note: return "note";
  }
  return "";
}

// Warnings gcc does not give unless asked, and the group (-Wall, -Wextra) that enables each.
struct OffByDefault {
  const char* name;
  const char* group;
};
constexpr OffByDefault kOffByDefault[] = {
    {"return-type", "all"}, // C only: in C++ it is on by default
};

// " [-Wname]" at the end of a warning's message.
std::string optionNameOf(const std::string& message, std::size_t* suffixStart) {
  if (message.size() < 5 || message.back() != ']') return "";
  std::size_t open = message.rfind(" [-W");
  if (open == std::string::npos) return "";
  *suffixStart = open;
  return message.substr(open + 4, message.size() - open - 5);
}

bool isWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

std::vector<std::string> splitLines(const std::string& text) {
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

// gcc's display width of the bytes [0, end) of a line: a tab advances to the next multiple of
// 8, a UTF-8 sequence counts once (continuation bytes count zero).
unsigned displayWidth(const std::string& line, std::size_t end) {
  unsigned width = 0;
  for (std::size_t i = 0; i < end; ++i) {
    unsigned char c = i < line.size() ? static_cast<unsigned char>(line[i]) : ' ';
    if (c == '\t')
      width = (width / 8 + 1) * 8;
    else if ((c & 0xC0) != 0x80)
      ++width;
  }
  return width;
}

std::string expandTabs(const std::string& line) {
  std::string out;
  for (char c : line) {
    if (c == '\t')
      out.append(8 - displayWidth(out, out.size()) % 8, ' ');
    else
      out += c;
  }
  return out;
}

} // namespace

DiagnosticEngine::DiagnosticEngine(std::ostream& out) : out_(out) {}

const std::string* DiagnosticEngine::internFile(const std::string& name) {
  auto& slot = files_[name];
  if (!slot) slot = std::make_unique<std::string>(name);
  return slot.get();
}

const std::string* DiagnosticEngine::enterIncludedFile(const std::string& name,
                                                       SourceLocation includedFrom,
                                                       bool isSystemHeader) {
  fileInstances_.push_back(std::make_unique<std::string>(name));
  const std::string* file = fileInstances_.back().get();
  fileContexts_[file] = {includedFrom, isSystemHeader};
  return file;
}

const std::string* DiagnosticEngine::renameFile(const std::string* current, const std::string& name,
                                                bool isSystemHeader) {
  const FileContext* context = contextOf(current);
  if (!context && !isSystemHeader) return internFile(name);
  return enterIncludedFile(name, context ? context->includedFrom : SourceLocation{},
                           isSystemHeader);
}

const DiagnosticEngine::FileContext* DiagnosticEngine::contextOf(const std::string* file) const {
  auto it = fileContexts_.find(file);
  return it == fileContexts_.end() ? nullptr : &it->second;
}

bool DiagnosticEngine::isSystemHeader(const std::string* file) const {
  const FileContext* context = contextOf(file);
  return context && context->isSystemHeader;
}

void DiagnosticEngine::setFunctionContext(const std::string& functionName) {
  function_ = functionName;
}

void DiagnosticEngine::setWarningEnabled(const std::string& name, bool enabled) {
  warningSettings_[name].enabled = enabled;
}

void DiagnosticEngine::setWarningError(const std::string& name, bool asError) {
  WarningSetting& setting = warningSettings_[name];
  setting.asError = asError;
  if (asError) setting.enabled = true; // gcc: -Werror=name implies -Wname
}

void DiagnosticEngine::enableWarningGroup(const std::string& group) {
  enabledGroups_.push_back(group);
}

bool DiagnosticEngine::isWarningEnabled(const std::string& name) const {
  if (suppressWarnings_) return false;
  auto it = warningSettings_.find(name);
  if (it != warningSettings_.end() && it->second.enabled) return *it->second.enabled;
  for (const OffByDefault& off : kOffByDefault)
    if (name == off.name)
      return std::find(enabledGroups_.begin(), enabledGroups_.end(), off.group) !=
             enabledGroups_.end();
  return true;
}

void DiagnosticEngine::printWarningsAsErrorsSummary(const std::string& program) {
  if (promotedGlobally_)
    out_ << program << ": all warnings being treated as errors\n";
  else if (promotedByName_)
    out_ << program << ": some warnings being treated as errors\n";
  promotedGlobally_ = promotedByName_ = false;
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

// Applies -w, the system-header rule, -Wno-name and -Werror(=name) to a warning; false when
// it is not shown. A warning made an error names the option that did it ([-Werror=name]).
bool DiagnosticEngine::filterWarning(Severity& severity, SourceLocation loc, std::string& message) {
  if (suppressWarnings_ || isSystemHeader(loc.file)) return false;
  std::size_t suffix = 0;
  std::string name = optionNameOf(message, &suffix);
  if (!name.empty() && !isWarningEnabled(name)) return false;
  std::optional<bool> byName;
  if (!name.empty()) {
    auto it = warningSettings_.find(name);
    if (it != warningSettings_.end()) byName = it->second.asError;
  }
  bool asError = byName.value_or(warningsAsErrors_);
  if (!asError) return true;
  severity = Severity::Error;
  (byName ? promotedByName_ : promotedGlobally_) = true;
  if (!name.empty()) message = message.substr(0, suffix) + " [-Werror=" + name + "]";
  return true;
}

void DiagnosticEngine::report(Severity severity, SourceLocation loc, const std::string& text) {
  std::string message = text;
  if (severity == Severity::Note) {
    if (lastSuppressed_) return;
  } else {
    lastSuppressed_ = severity == Severity::Warning && !filterWarning(severity, loc, message);
    if (lastSuppressed_) return;
  }
  if (severity == Severity::Error) ++errorCount_;
  if (severity == Severity::Warning) ++warningCount_;

  const char* color = color_ ? labelColor(severity) : "";
  const char* bold = color_ ? kBold : "";
  const char* reset = color_ ? kReset : "";

  if (loc.isValid()) {
    printIncludeContext(loc);
    printFunctionContext(loc);
    out_ << bold << *loc.file << ':';
    if (loc.line) {
      out_ << loc.line << ':';
      if (loc.column) out_ << displayColumn(loc) << ':';
    }
    out_ << reset << ' ';
  } else {
    out_ << bold << "minicc:" << reset << ' ';
  }
  out_ << color << labelText(severity) << ": " << reset;

  // The option suffix is coloured like the label: [-Wname] / [-Werror=name].
  std::size_t suffix = 0;
  std::string option = optionNameOf(message, &suffix);
  std::string body = option.empty() ? message : message.substr(0, suffix);
  out_ << highlightQuotes(body);
  if (!option.empty())
    out_ << " [" << color << message.substr(suffix + 2, message.size() - suffix - 3) << reset
         << ']';
  out_ << '\n';
  printSourceLine(severity, loc);
}

// gcc prints the chain of #include locations whenever a diagnostic's file context differs from
// the previous diagnostic's and the file was included.
void DiagnosticEngine::printIncludeContext(SourceLocation loc) {
  if (lastFileKnown_ && lastFile_ == loc.file) return;
  lastFile_ = loc.file;
  lastFileKnown_ = true;
  const FileContext* context = contextOf(loc.file);
  const char* bold = color_ ? kBold : "";
  const char* reset = color_ ? kReset : "";
  bool first = true;
  while (context && context->includedFrom.isValid()) {
    SourceLocation from = context->includedFrom;
    out_ << (first ? "In file included from " : ",\n                 from ") << bold << *from.file;
    if (from.line) out_ << ':' << from.line; // -include files come from "<command-line>"
    out_ << reset;
    first = false;
    context = contextOf(from.file);
  }
  if (!first) out_ << ":\n";
}

void DiagnosticEngine::printFunctionContext(SourceLocation loc) {
  if (function_ == lastFunction_) return;
  lastFunction_ = function_;
  const char* bold = color_ ? kBold : "";
  const char* reset = color_ ? kReset : "";
  out_ << bold << *loc.file << ':' << reset;
  if (function_.empty())
    out_ << " At top level:\n";
  else
    out_ << " In function " << highlightQuotes("'" + function_ + "'") << ":\n";
}

// The column of `loc` as gcc counts it (display columns), or the byte column when the source
// line cannot be read.
unsigned DiagnosticEngine::displayColumn(SourceLocation loc) {
  const std::string* text = sourceLine(*loc.file, loc.line);
  if (!text || loc.column == 0) return loc.column;
  return displayWidth(*text, loc.column - 1) + 1;
}

// Quoted names ('x', 'int *') are bold, as gcc's %qs/%qT are, and in a UTF-8 locale quoted with
// ‘’. A quote opens after a non-word character and closes before one, so the apostrophe of
// "isn't" is no quote (it becomes ’ as gcc's %' does).
std::string DiagnosticEngine::highlightQuotes(const std::string& message) const {
  if (!color_ && !unicodeQuotes_) return message;
  const char* open = unicodeQuotes_ ? "\u2018" : "'";
  const char* close = unicodeQuotes_ ? "\u2019" : "'";
  std::string out;
  std::size_t i = 0;
  while (i < message.size()) {
    bool canOpen = message[i] == '\'' && (i == 0 || !isWordChar(message[i - 1]));
    std::size_t closing = std::string::npos;
    if (canOpen) {
      for (std::size_t j = i + 1; j < message.size(); ++j) {
        if (message[j] == '\'' && (j + 1 == message.size() || !isWordChar(message[j + 1]))) {
          closing = j;
          break;
        }
      }
    }
    if (closing == std::string::npos || closing == i + 1) {
      // gcc's %' : the apostrophe of "isn't" is ’ in a UTF-8 locale too.
      bool apostrophe = message[i] == '\'' && i > 0 && isWordChar(message[i - 1]) &&
                        i + 1 < message.size() && isWordChar(message[i + 1]);
      if (apostrophe && unicodeQuotes_)
        out += "\u2019";
      else
        out += message[i];
      ++i;
      continue;
    }
    out += open;
    if (color_) out += kBold;
    out += message.substr(i + 1, closing - i - 1);
    if (color_) out += kReset;
    out += close;
    i = closing + 1;
  }
  return out;
}

// "    7 |   int x = ;" and "      |           ^", tabs expanded; with colour, the character
// under the caret and the caret itself take the label's colour.
void DiagnosticEngine::printSourceLine(Severity severity, SourceLocation loc) {
  if (!loc.isValid() || loc.line == 0) return;
  // gcc does not quote the same location twice in a row (a note at its error's location).
  if (loc.file == lastQuoted_.file && loc.line == lastQuoted_.line &&
      loc.column == lastQuoted_.column)
    return;
  const std::string* text = sourceLine(*loc.file, loc.line);
  if (!text) return;
  lastQuoted_ = loc;
  std::string line = expandTabs(*text);
  std::string number = std::to_string(loc.line);
  std::string gutter(number.size() < 5 ? 5 - number.size() : 0, ' ');
  unsigned column = loc.column ? displayWidth(*text, loc.column - 1) : 0; // 0-based
  // The caret's byte offset in the expanded line.
  std::size_t at =
      loc.column
          ? expandTabs(text->substr(0, std::min<std::size_t>(loc.column - 1, text->size()))).size()
          : 0;
  bool marksCharacter = loc.column && loc.column - 1 < text->size();
  out_ << gutter << number << " | ";
  if (color_ && marksCharacter) {
    // The whole UTF-8 sequence at the caret is one character.
    std::size_t end = at + 1;
    while (end < line.size() && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) ++end;
    out_ << line.substr(0, at) << labelColor(severity) << line.substr(at, end - at) << kReset
         << line.substr(end) << '\n';
  } else {
    out_ << line << '\n';
  }
  if (loc.column == 0) return;
  out_ << std::string(gutter.size() + number.size(), ' ') << " | " << std::string(column, ' ')
       << (color_ ? labelColor(severity) : "") << '^' << (color_ ? kReset : "") << '\n';
}

void internalError(const std::string& message) {
  throw InternalError(message);
}

} // namespace minicc
