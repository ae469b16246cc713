// frontend/SyntaxErrors.cpp — see SyntaxErrors.h.
//
// gcc's parser is recursive descent and words each error after the construct it was parsing.
// An LR parser knows instead the set of tokens it could accept (exact, thanks to LAC). This file
// maps that set, plus what a `,` or `=` would continue, to gcc's wording:
//   tokens that could only extend an expression (operators) are not "expected";
//   an expression start means "expected expression", a statement start "expected statement";
//   what remains is listed: "expected ',' or ';'", "expected ')'", ...
#include "frontend/SyntaxErrors.h"

#include "frontend/Parser.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

namespace minicc::frontend {

namespace {

using S = Parser::symbol_kind;

int symbolOf(int tokenKind) {
  return Parser::symbol_type(tokenKind, SourceLocation{}).kind();
}

bool isKeywordOrName(const Token& token) {
  return !token.text.empty() &&
         (std::isalpha(static_cast<unsigned char>(token.text[0])) || token.text[0] == '_' ||
          token.text[0] == '$' || static_cast<unsigned char>(token.text[0]) >= 0x80);
}

// How a token appears in "expected X": 'x' with the quotes gcc uses.
std::string quotedName(int symbol) {
  std::string name = Parser::symbol_name(static_cast<Parser::symbol_kind_type>(symbol));
  if (symbol == S::S_ATOMIC_LPAREN) name = "_Atomic";
  if (!name.empty() && name[0] == '\'') return name;
  return "'" + name + "'";
}

// Tokens that continue an expression (or a string literal) rather than end a construct.
bool extendsExpression(int symbol) {
  static const std::set<int> kOperators = [] {
    std::set<int> ops;
    for (char c : std::string("[(.*/%+-<>&^|?"))
      ops.insert(symbolOf(static_cast<unsigned char>(c)));
    for (int s : {S::S_ARROW,      S::S_INC,
                  S::S_DEC,        S::S_SHL,
                  S::S_SHR,        S::S_LE,
                  S::S_GE,         S::S_EQ,
                  S::S_NE,         S::S_AND_AND,
                  S::S_OR_OR,      S::S_MUL_ASSIGN,
                  S::S_DIV_ASSIGN, S::S_MOD_ASSIGN,
                  S::S_ADD_ASSIGN, S::S_SUB_ASSIGN,
                  S::S_SHL_ASSIGN, S::S_SHR_ASSIGN,
                  S::S_AND_ASSIGN, S::S_XOR_ASSIGN,
                  S::S_OR_ASSIGN,  S::S_STRING_LITERAL})
      ops.insert(s);
    return ops;
  }();
  return kOperators.count(symbol) != 0;
}

// The order gcc lists alternatives in ("'=', ',', ';'", "':' or '...'", "',' or '}'").
int listRank(int symbol) {
  static const char kOrder[] = "=:,;)]}";
  for (int i = 0; kOrder[i]; ++i)
    if (symbolOf(static_cast<unsigned char>(kOrder[i])) == symbol) return i;
  if (symbol == S::S_ELLIPSIS) return 10;
  return 20 + symbol;
}

std::string joinAlternatives(std::vector<int> symbols) {
  std::sort(symbols.begin(), symbols.end(), [](int a, int b) { return listRank(a) < listRank(b); });
  std::string text;
  for (std::size_t i = 0; i < symbols.size(); ++i) {
    if (i > 0) text += i + 1 == symbols.size() ? " or " : ", ";
    text += quotedName(symbols[i]);
  }
  return text;
}

class ErrorWording {
public:
  ErrorWording(const SyntaxErrorSite& site, ParseContext& ctx)
      : site_(site), ctx_(ctx), token_(ctx.lastToken()),
        expected_(site.expected.begin(), site.expected.end()) {}

  // Returns the message; sets `atPreviousTokenEnd` when gcc reports it just after the previous
  // token (a single missing `;`, `)`, `]`, `}` or `,`).
  std::string message(bool& atPreviousTokenEnd) {
    atPreviousTokenEnd = false;
    if (has(S::S_ASM) && hasChar('=')) {
      // After a function declarator at file scope gcc expects K&R parameter declarations.
      if (hasChar('{') && ctx_.lastDeclaratorIsFunction() && ctx_.scopeDepth() == 0)
        return "expected declaration specifiers";
      return "expected '=', ',', ';', 'asm' or '__attribute__'";
    }
    if (has(S::S_IF)) return statementMessage();
    if (has(S::S_INTEGER_CONSTANT)) return "expected expression";
    if (has(S::S_INT)) return specifierMessage();
    if (has(S::S_IDENTIFIER))
      return hasChar('(') ? "expected identifier or '('" : "expected identifier";
    return listMessage(atPreviousTokenEnd);
  }

private:
  bool has(int symbol) const { return expected_.count(symbol) != 0; }
  bool hasChar(char c) const { return has(symbolOf(static_cast<unsigned char>(c))); }

  std::string statementMessage() const {
    if (token_.kind == 0)
      return hasChar('}') ? "expected declaration or statement" : "expected statement";
    if (token_.kind == Parser::token::TOK_ELSE) return "'else' without a previous 'if'";
    if (token_.kind == ')' || token_.kind == ']') return "expected statement";
    return "expected expression";
  }

  std::string specifierMessage() const {
    if (has(S::S_ELLIPSIS)) return "expected declaration specifiers or '...'";
    if (has(S::S_YYEOF)) return "expected identifier or '('"; // file scope
    if (!has(S::S_STATIC)) return "expected specifier-qualifier-list";
    return "expected declaration specifiers";
  }

  std::string listMessage(bool& atPreviousTokenEnd) const {
    int comma = symbolOf(',');
    int beforeComma = hasChar(',') ? site_.symbolBeforeShifting(comma) : -1;
    bool commaSeparatesDeclarations =
        beforeComma == S::S_init_declarator_list || beforeComma == S::S_parameter_list ||
        beforeComma == S::S_struct_declarator_list || beforeComma == S::S_enumerator_list ||
        beforeComma == S::S_identifier_list;
    if (beforeComma == S::S_struct_declarator_list)
      return "expected ':', ',', ';', '}' or '__attribute__'";
    if (beforeComma == S::S_parameter_list) return "expected ';', ',' or ')'";

    std::vector<int> listed;
    for (int symbol : site_.expected) {
      if (extendsExpression(symbol)) continue;
      if (symbol == comma && !commaSeparatesDeclarations) continue;
      if (symbol == symbolOf('=') && site_.symbolBeforeShifting(symbol) != S::S_designator_list)
        continue;
      listed.push_back(symbol);
    }
    // A `:` that could only make the previous identifier a label is not what was missing.
    if (std::count(listed.begin(), listed.end(), symbolOf(';')) &&
        std::count(listed.begin(), listed.end(), symbolOf(':')))
      listed.erase(std::find(listed.begin(), listed.end(), symbolOf(':')));
    if (listed.empty() || listed.size() > 5) return "syntax error";
    if (listed.size() == 1) {
      static const std::string kClosers = ";)]},";
      for (char c : kClosers)
        if (listed[0] == symbolOf(static_cast<unsigned char>(c))) atPreviousTokenEnd = true;
    }
    return "expected " + joinAlternatives(listed);
  }

  const SyntaxErrorSite& site_;
  ParseContext& ctx_;
  const Token& token_;
  std::set<int> expected_;
};

// gcc reports `foo x` where foo is not a type as an unknown type name (c_parser_declspecs).
bool isUnknownTypeName(const SyntaxErrorSite& site, ParseContext& ctx) {
  const Token& token = ctx.lastToken();
  const Token& previous = ctx.previousToken();
  if (token.kind != Parser::token::TOK_IDENTIFIER || previous.kind != Parser::token::TOK_IDENTIFIER)
    return false;
  // In an expression (`return a b`) the identifier was a complete operand: a ';' was missing.
  bool inExpression = std::count(site.expected.begin(), site.expected.end(), symbolOf('+')) != 0;
  bool statementStart = std::count(site.expected.begin(), site.expected.end(), symbolOf(':'));
  return !inExpression || statementStart;
}

} // namespace

std::string describeTokenPosition(const Token& token) {
  using T = Parser::token;
  switch (token.kind) {
  case T::TOK_END: return " at end of input";
  case T::TOK_INTEGER_CONSTANT:
  case T::TOK_FLOATING_CONSTANT: return " before numeric constant";
  case T::TOK_STRING_LITERAL: return " before string constant";
  case T::TOK_CHARACTER_CONSTANT: return " before " + token.text;
  default: break;
  }
  if (isKeywordOrName(token)) return " before '" + token.text + "'";
  return " before '" + token.text + "' token";
}

void reportSyntaxError(const SyntaxErrorSite& site, ParseContext& ctx) {
  const Token& token = ctx.lastToken();
  if (isUnknownTypeName(site, ctx)) {
    const Token& name = ctx.previousToken();
    ctx.diags.error(name.loc, "unknown type name '" + name.text + "'");
    return;
  }
  bool atPreviousTokenEnd = false;
  std::string message = ErrorWording(site, ctx).message(atPreviousTokenEnd);
  SourceLocation loc = token.loc;
  if (atPreviousTokenEnd && ctx.previousToken().loc.isValid()) loc = ctx.previousToken().endLoc;
  if (token.kind == Parser::token::TOK_ELSE && message.find("without") != std::string::npos) {
    ctx.diags.error(loc, message);
    return;
  }
  ctx.diags.error(loc, message + describeTokenPosition(token));
}

} // namespace minicc::frontend
