// frontend/LiteralParser.h — values of C constants and string literals from their spelling.
//
// Provides: parseNumber (C11 6.4.4.1 integer and 6.4.4.2 floating constants, GNU `0b` binary),
// parseCharConstant (6.4.4.4, with gcc's values for multi-character constants) and
// decodeStringBody (6.4.5: escapes decoded into the code units of the literal's prefix).
// Needs: AST.h (the literal nodes), ir/Diagnostics.h. Used by the lexer and the parser (which
// concatenates adjacent string literals and decodes them once the final prefix is known).
#pragma once

#include "frontend/AST.h"
#include "ir/Diagnostics.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace minicc::frontend {

// `spelling` is a whole pp-number (C11 6.4.8) such as `0x1fUL` or `1.5e-3f`. Returns an
// IntLiteralExpr or a FloatLiteralExpr located at `loc`; invalid spellings are reported and
// give a literal with value 0.
Expr* parseNumber(std::string_view spelling, SourceLocation loc, AstContext& ast,
                  DiagnosticEngine& diags);

// The value of a (valid) floating constant, read from its spelling in its own type (C11
// 6.4.4.2p4-5): `0.1f` is the float nearest 0.1, `0.1L` the long double nearest it — each rounded
// once from the decimal, never through double.
long double floatingLiteralValue(const FloatLiteralExpr& literal);

// `body` is the text between the quotes of a character constant.
CharLiteralExpr* parseCharConstant(std::string_view body, CharLiteralExpr::Prefix prefix,
                                   SourceLocation loc, AstContext& ast, DiagnosticEngine& diags);

// Appends the code units of `body` (the text between the quotes of one string literal) as
// elements of a literal with `prefix`: bytes for plain and u8 literals, UTF-16 units for u,
// 32-bit units for L and U. `bodyLoc` is the location of the body's first byte.
void decodeStringBody(std::string_view body, StringLiteralExpr::Prefix prefix,
                      SourceLocation bodyLoc, std::vector<std::uint32_t>& out,
                      DiagnosticEngine& diags);

} // namespace minicc::frontend
