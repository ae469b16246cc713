// ir/Lexer.h — tokens of the IR text form (internal to ir/; the grammar is in docs/ir.md).
//
// Provides: Token, tokenizeIR. Needs: nothing but the standard library.
// Comments run from `;` or `//` to the end of the line (so lit's `// RUN:` lines are comments).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace minicc::ir::text {

enum class TokenKind : std::uint8_t {
  Eof,
  Word,       // bare word: keyword, opcode, type, label (`entry`, `i32`, `signext`)
  LocalName,  // %name, %"name", %12 — text is the decoded name
  GlobalName, // @name, @"name"
  Int,        // -12, 42, 0x1F — text is the spelling
  Float,      // 1.5, -2e10 — text is the spelling
  String,     // "..." — text is the decoded bytes
  Equal,
  Comma,
  Colon,
  LParen,
  RParen,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  Arrow,    // ->
  Ellipsis, // ...
  Plus,
  Minus,
};

struct Token {
  TokenKind kind = TokenKind::Eof;
  std::string text;
  unsigned line = 0;
  unsigned column = 0;
};

// A lexical error at line:column.
struct SyntaxError : std::runtime_error {
  SyntaxError(unsigned line, unsigned column, const std::string& message)
      : std::runtime_error(message), line(line), column(column) {}
  unsigned line;
  unsigned column;
};

// The whole text as tokens, ending with one Eof token. Throws SyntaxError.
std::vector<Token> tokenizeIR(std::string_view text);

const char* tokenKindName(TokenKind kind);

} // namespace minicc::ir::text
