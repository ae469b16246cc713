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
    if (has(S::S_INT)) return specifierMessage(atPreviousTokenEnd);
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
    if (token_.kind == Parser::token::TOK_ELSE && hasChar('}'))
      return "'else' without a previous 'if'";
    if (token_.kind == ')' || token_.kind == ']') return "expected statement";
    return "expected expression";
  }

  std::string specifierMessage(bool& atPreviousTokenEnd) const {
    // After the specifiers of a type name (`sizeof (int;`) the missing token is the `)`.
    if (hasChar(')') && hasChar('[') && !has(S::S_IDENTIFIER)) {
      atPreviousTokenEnd = true;
      return "expected ')'";
    }
    if (has(S::S_ELLIPSIS)) return "expected declaration specifiers or '...'";
    if (has(S::S_IDENTIFIER) && hasChar('(')) return "expected identifier or '('";
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
    // After `(type)` a '{' would start a compound literal; an operator shows the expression
    // could already be complete.
    if (hasChar('+')) std::erase(listed, symbolOf('{'));
    // A `:` that could only make the previous identifier a label is not what was missing.
    if (std::count(listed.begin(), listed.end(), symbolOf(';')) &&
        std::count(listed.begin(), listed.end(), symbolOf(':')))
      listed.erase(std::find(listed.begin(), listed.end(), symbolOf(':')));
    // When only an operator fits (`if 1)` wants its '('), the operator is what is expected.
    if (listed.empty()) listed = site_.expected;
    if (listed.size() > 5) return "syntax error";
    if (listed.size() == 1) {
      // gcc reports these missing tokens just after the previous token.
      static const std::string kClosers = ";)]:";
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

// gcc reports a name that cannot start a declaration but is followed by a declarator as an
// unknown type name (`foo x;`, `int f(foo *p)`). Returns the name's token, or null.
const Token* unknownTypeName(const SyntaxErrorSite& site, ParseContext& ctx) {
  using T = Parser::token;
  auto expects = [&](int symbol) {
    return std::count(site.expected.begin(), site.expected.end(), symbol) != 0;
  };
  const Token& token = ctx.lastToken();
  const Token& previous = ctx.previousToken();
  // `foo x` where a declaration must start: the error is at foo.
  if (token.kind == T::TOK_IDENTIFIER && expects(S::S_INT)) {
    int next = ctx.peekToken().kind;
    if (next == T::TOK_IDENTIFIER || next == '*') return &token;
  }
  if (previous.kind != T::TOK_IDENTIFIER) return nullptr;
  // A statement starting `foo x`: foo could have been a label or an expression.
  if (token.kind == T::TOK_IDENTIFIER && expects(symbolOf(':')) && expects(symbolOf('+')))
    return &previous;
  // `int f(foo x)` was taken for a K&R identifier list.
  if ((token.kind == T::TOK_IDENTIFIER || token.kind == '*') && expects(symbolOf(',')) &&
      site.symbolBeforeShifting(symbolOf(',')) == S::S_identifier_list)
    return &previous;
  return nullptr;
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
  if (const Token* name = unknownTypeName(site, ctx)) {
    ctx.diags.error(name->loc, "unknown type name '" + name->text + "'");
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
  // Like gcc, say also that the function body was left open.
  if (token.kind == 0 && ctx.insideFunctionBody() && message != "expected declaration or statement")
    ctx.diags.error(loc, "expected declaration or statement at end of input");
}

} // namespace minicc::frontend
