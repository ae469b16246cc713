// frontend/PragmaPack.cpp — `#pragma pack` lines (see PragmaPack.h). The warnings are gcc 12's
// (-Wpragmas); like gcc, a malformed pragma changes nothing.
#include "frontend/PragmaPack.h"

#include <cctype>
#include <cstdlib>

namespace minicc::frontend {

namespace {

// The pragma's tokens: identifiers, numbers and the punctuators `(`, `,`, `)`.
struct PragmaToken {
  enum Kind { Name, Number, Punct, End } kind = End;
  std::string text;
  unsigned column = 0; // offset in the text
};

std::vector<PragmaToken> tokenize(std::string_view text) {
  std::vector<PragmaToken> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    PragmaToken token;
    token.column = static_cast<unsigned>(i);
    std::size_t start = i;
    if (std::isalpha(c) || c == '_') {
      token.kind = PragmaToken::Name;
      while (i < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_'))
        ++i;
    } else if (std::isdigit(c)) {
      token.kind = PragmaToken::Number;
      while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
    } else {
      token.kind = PragmaToken::Punct;
      ++i;
    }
    token.text = std::string(text.substr(start, i - start));
    tokens.push_back(std::move(token));
  }
  tokens.push_back({PragmaToken::End, "", static_cast<unsigned>(text.size())});
  return tokens;
}

bool isPunct(const PragmaToken& token, char c) {
  return token.kind == PragmaToken::Punct && token.text[0] == c;
}

// Saturates instead of overflowing; gcc reads the number as a C constant (0x10 and 010 too).
long parseNumber(const std::string& text) {
  unsigned long value = std::strtoul(text.c_str(), nullptr, 0);
  return value > 1000000 ? 1000000 : static_cast<long>(value);
}

SourceLocation at(SourceLocation packLoc, const PragmaToken& token) {
  packLoc.column += 4 + token.column;
  return packLoc;
}

} // namespace

bool PackPragmas::validAlignment(unsigned long value, SourceLocation packLoc,
                                 DiagnosticEngine& diags) {
  if (value == 0 || value == 1 || value == 2 || value == 4 || value == 8 || value == 16)
    return true;
  diags.warning(packLoc, "alignment must be a small power of two, not " + std::to_string(value) +
                             " [-Wpragmas]");
  return false;
}

// gcc: `pop, id` pops back to the matching push; without a match it warns and pops one level.
void PackPragmas::pop(const std::string& id, SourceLocation packLoc, DiagnosticEngine& diags) {
  std::size_t level = stack_.size();
  if (!id.empty()) {
    while (level > 0 && stack_[level - 1].id != id) --level;
    if (level == 0) {
      diags.warning(packLoc, "'#pragma pack(pop, " + id +
                                 ")' encountered without matching '#pragma pack(push, " + id +
                                 ")' [-Wpragmas]");
      level = stack_.size();
    }
  }
  if (level == 0) {
    diags.warning(packLoc, "'#pragma pack (pop)' encountered without matching '#pragma pack "
                           "(push)' [-Wpragmas]");
    return;
  }
  current_ = stack_[level - 1].alignment;
  stack_.resize(level - 1);
}

void PackPragmas::handle(std::string_view text, SourceLocation packLoc, DiagnosticEngine& diags) {
  std::vector<PragmaToken> tokens = tokenize(text);
  if (!isPunct(tokens[0], '(')) {
    diags.warning(packLoc, "missing '(' after '#pragma pack' - ignored [-Wpragmas]");
    return;
  }
  std::size_t i = 1;
  std::string action, id;
  long alignment = -1;
  bool malformed = false;
  if (tokens[i].kind == PragmaToken::Number) {
    alignment = parseNumber(tokens[i++].text);
  } else if (tokens[i].kind == PragmaToken::Name) {
    action = tokens[i].text;
    if (action != "push" && action != "pop") {
      diags.warning(at(packLoc, tokens[i]),
                    "unknown action '" + action + "' for '#pragma pack' - ignored [-Wpragmas]");
      return;
    }
    for (++i; isPunct(tokens[i], ','); i += 2) {
      const PragmaToken& arg = tokens[i + 1];
      if (arg.kind == PragmaToken::Name && id.empty())
        id = arg.text;
      else if (arg.kind == PragmaToken::Number && action == "push" && alignment < 0)
        alignment = parseNumber(arg.text);
      else
        malformed = true;
      if (arg.kind == PragmaToken::End) break;
    }
  }
  if (malformed || !isPunct(tokens[i], ')')) {
    diags.warning(packLoc, action == "push"  ? "malformed '#pragma pack(push[, id][, <n>])' - "
                                               "ignored [-Wpragmas]"
                           : action == "pop" ? "malformed '#pragma pack(pop[, id])' - ignored "
                                               "[-Wpragmas]"
                                             : "malformed '#pragma pack' - ignored [-Wpragmas]");
    return;
  }
  if (tokens[i + 1].kind != PragmaToken::End)
    diags.warning(at(packLoc, tokens[i + 1]), "junk at end of '#pragma pack' [-Wpragmas]");
  if (alignment >= 0 && !validAlignment(static_cast<unsigned long>(alignment), packLoc, diags))
    return;
  if (action == "pop") {
    pop(id, packLoc, diags);
    return;
  }
  if (action == "push") stack_.push_back({id, current_});
  if (alignment >= 0 || action.empty())
    current_ = alignment < 0 ? 0 : static_cast<unsigned>(alignment);
}

} // namespace minicc::frontend
