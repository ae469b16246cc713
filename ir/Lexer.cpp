// ir/Lexer.cpp — splits IR text into tokens; see Lexer.h.
#include "ir/Lexer.h"

#include "ir/TextSyntax.h"

namespace minicc::ir::text {
namespace {

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}
bool isHexDigit(char c) {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int hexValue(char c) {
  if (isDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

class Lexer {
public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    for (;;) {
      skipSpaceAndComments();
      Token t;
      t.line = line_;
      t.column = column();
      if (pos_ >= text_.size()) {
        tokens.push_back(t);
        return tokens;
      }
      lexOne(t);
      tokens.push_back(std::move(t));
    }
  }

private:
  unsigned column() const { return static_cast<unsigned>(pos_ - lineStart_) + 1; }
  char peek(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  [[noreturn]] void fail(const std::string& message) const {
    throw SyntaxError(line_, column(), message);
  }

  void skipSpaceAndComments() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '\n') {
        ++pos_;
        ++line_;
        lineStart_ = pos_;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        ++pos_;
      } else if (c == ';' || (c == '/' && peek(1) == '/')) {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else {
        return;
      }
    }
  }

  void lexOne(Token& t) {
    char c = peek();
    switch (c) {
    case '=': return single(t, TokenKind::Equal);
    case ',': return single(t, TokenKind::Comma);
    case ':': return single(t, TokenKind::Colon);
    case '(': return single(t, TokenKind::LParen);
    case ')': return single(t, TokenKind::RParen);
    case '{': return single(t, TokenKind::LBrace);
    case '}': return single(t, TokenKind::RBrace);
    case '[': return single(t, TokenKind::LBracket);
    case ']': return single(t, TokenKind::RBracket);
    case '+': return single(t, TokenKind::Plus);
    case '"':
      t.kind = TokenKind::String;
      t.text = lexString();
      return;
    case '%':
    case '@':
      ++pos_;
      t.kind = c == '%' ? TokenKind::LocalName : TokenKind::GlobalName;
      t.text = lexName();
      return;
    }
    if (c == '-' && peek(1) == '>') {
      pos_ += 2;
      t.kind = TokenKind::Arrow;
      return;
    }
    if (c == '.' && peek(1) == '.' && peek(2) == '.') {
      pos_ += 3;
      t.kind = TokenKind::Ellipsis;
      return;
    }
    if (isDigit(c) || (c == '-' && isDigit(peek(1)))) return lexNumber(t);
    if (c == '-') return single(t, TokenKind::Minus);
    if (isNameChar(c)) {
      t.kind = TokenKind::Word;
      while (pos_ < text_.size() && isNameChar(text_[pos_])) t.text += text_[pos_++];
      return;
    }
    fail(std::string("unexpected character '") + (c >= 0x20 && c < 0x7f ? std::string(1, c) : "?") +
         "'");
  }

  void single(Token& t, TokenKind kind) {
    t.kind = kind;
    t.text = std::string(1, text_[pos_++]);
  }

  std::string lexName() {
    if (peek() == '"') return lexString();
    std::string name;
    while (pos_ < text_.size() && isNameChar(text_[pos_])) name += text_[pos_++];
    if (name.empty()) fail("expected a name after the sigil");
    return name;
  }

  // "..." with \XX (two hex digits), \\ and \" escapes; no raw newlines.
  std::string lexString() {
    unsigned startColumn = column();
    ++pos_; // opening quote
    std::string bytes;
    for (;;) {
      if (pos_ >= text_.size() || peek() == '\n')
        throw SyntaxError(line_, startColumn, "unterminated string");
      char c = text_[pos_];
      if (c == '"') {
        ++pos_;
        return bytes;
      }
      if (c != '\\') {
        bytes += c;
        ++pos_;
        continue;
      }
      if (peek(1) == '\\' || peek(1) == '"') {
        bytes += peek(1);
        pos_ += 2;
      } else if (isHexDigit(peek(1)) && isHexDigit(peek(2))) {
        bytes += static_cast<char>(hexValue(peek(1)) * 16 + hexValue(peek(2)));
        pos_ += 3;
      } else {
        fail("malformed escape in string (expected \\XX, \\\\ or \\\")");
      }
    }
  }

  void lexNumber(Token& t) {
    std::size_t start = pos_;
    if (peek() == '-') ++pos_;
    t.kind = TokenKind::Int;
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
      pos_ += 2;
      if (!isHexDigit(peek())) fail("malformed hexadecimal literal");
      while (isHexDigit(peek())) ++pos_;
    } else {
      while (isDigit(peek())) ++pos_;
      if (peek() == '.') {
        t.kind = TokenKind::Float;
        ++pos_;
        while (isDigit(peek())) ++pos_;
      }
      if (peek() == 'e' || peek() == 'E') {
        t.kind = TokenKind::Float;
        ++pos_;
        if (peek() == '+' || peek() == '-') ++pos_;
        if (!isDigit(peek())) fail("malformed exponent in floating literal");
        while (isDigit(peek())) ++pos_;
      }
    }
    if (isNameChar(peek())) fail("malformed number");
    t.text = std::string(text_.substr(start, pos_ - start));
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t lineStart_ = 0;
  unsigned line_ = 1;
};

} // namespace

std::vector<Token> tokenizeIR(std::string_view text) {
  return Lexer(text).run();
}

const char* tokenKindName(TokenKind kind) {
  switch (kind) {
  case TokenKind::Eof: return "end of file";
  case TokenKind::Word: return "word";
  case TokenKind::LocalName: return "%name";
  case TokenKind::GlobalName: return "@name";
  case TokenKind::Int: return "integer";
  case TokenKind::Float: return "floating literal";
  case TokenKind::String: return "string";
  case TokenKind::Equal: return "'='";
  case TokenKind::Comma: return "','";
  case TokenKind::Colon: return "':'";
  case TokenKind::LParen: return "'('";
  case TokenKind::RParen: return "')'";
  case TokenKind::LBrace: return "'{'";
  case TokenKind::RBrace: return "'}'";
  case TokenKind::LBracket: return "'['";
  case TokenKind::RBracket: return "']'";
  case TokenKind::Arrow: return "'->'";
  case TokenKind::Ellipsis: return "'...'";
  case TokenKind::Plus: return "'+'";
  case TokenKind::Minus: return "'-'";
  }
  return "token";
}

} // namespace minicc::ir::text
