// frontend/Lexer.re — the C lexer; re2c turns this file into Lexer.cpp (see Lexer.h).
//
// The whole input is in memory followed by a NUL sentinel, so the generated matcher never needs
// to refill; a NUL before the end is reported and skipped. Tokens follow C11 6.4 (pp-numbers are
// matched whole and then validated, as cpp does), plus the GNU keyword spellings glibc headers
// use. Lines starting with `#` are cpp line markers, `#pragma pack` (PragmaPack.h), other
// `#pragma`s and `#ident` (skipped), or errors.
#include "frontend/Lexer.h"

#include "frontend/LiteralParser.h"
#include "frontend/Parser.hpp"

#include <cctype>
#include <cstdio>

namespace minicc::frontend {

using T = Parser::token;

namespace {

// GNU attributes whose effect minicc would silently lose by ignoring them: record layout,
// symbol definition and linkage, object lifetime. All others (noreturn, format, nonnull,
// unused, pure, const, malloc, nothrow, leaf, deprecated, visibility ...) only inform
// optimisation or warnings and are ignored.
bool attributeChangesMeaning(const std::string& name) {
  static const char* const kNames[] = {
      "packed",  "aligned", "vector_size", "mode",       "transparent_union", "ms_struct",
      "gcc_struct", "scalar_storage_order", "cleanup", "alias", "weak", "weakref", "ifunc",
      "constructor", "destructor", "section", "vector_size", "designated_init"};
  for (const char* known : kNames)
    if (name == known) return true;
  return false;
}

std::string normalizeAttributeName(std::string name) {
  if (name.size() > 4 && name.compare(0, 2, "__") == 0 &&
      name.compare(name.size() - 2, 2, "__") == 0)
    return name.substr(2, name.size() - 4);
  return name;
}

bool isWordToken(const Token& token) {
  return !token.text.empty() &&
         (std::isalpha(static_cast<unsigned char>(token.text[0])) || token.text[0] == '_');
}

} // namespace

Lexer::Lexer(std::string_view text, const std::string& fileName, DiagnosticEngine& diags,
             AstContext& ast, TypedefQuery isTypedefName)
    : buffer_(text), diags_(diags), ast_(ast), isTypedefName_(std::move(isTypedefName)) {
  buffer_.push_back('\0');
  cursor_ = reinterpret_cast<const unsigned char*>(buffer_.data());
  limit_ = cursor_ + text.size();
  lineStart_ = cursor_;
  file_ = diags.internFile(fileName);
}

std::vector<std::string> Lexer::takeUnsupportedAttributes() {
  std::vector<std::string> result;
  result.swap(unsupportedAttributes_);
  return result;
}

SourceLocation Lexer::locationOf(const unsigned char* p) const {
  return {file_, line_, static_cast<unsigned>(p - lineStart_) + 1};
}

Token Lexer::make(int kind, const unsigned char* start) {
  atLineStart_ = false;
  Token token;
  token.kind = kind;
  token.loc = locationOf(start);
  token.endLoc = locationOf(cursor_);
  token.text.assign(reinterpret_cast<const char*>(start), cursor_ - start);
  token.maxFieldAlign = packPragmas_.current();
  return token;
}

void Lexer::newLine(const unsigned char* afterNewline) {
  ++line_;
  lineStart_ = afterNewline;
  atLineStart_ = true;
}

void Lexer::stray(const unsigned char* at) {
  char text[16];
  unsigned char c = *at;
  if (c >= 0x21 && c < 0x7F) std::snprintf(text, sizeof text, "%c", c);
  else std::snprintf(text, sizeof text, "\\%o", c);
  diags_.error(locationOf(at), std::string("stray '") + text + "' in program");
}

Token Lexer::next() {
  if (bracketLimitHit_) return make(T::TOK_END, limit_);
  Token token = lex();
  trackBrackets(token);
  return token;
}

// Deeply nested brackets would make the tree deeper than later recursive passes can walk.
void Lexer::trackBrackets(Token& token) {
  switch (token.kind) {
  case '(': case '[': case '{':
    if (++bracketDepth_ > kMaxBracketDepth) {
      diags_.error(token.loc, "bracket nesting level exceeded maximum of " +
                                  std::to_string(kMaxBracketDepth));
      bracketLimitHit_ = true;
      cursor_ = limit_;
      token = make(T::TOK_END, limit_);
    }
    break;
  case ')': case ']': case '}':
    if (bracketDepth_) --bracketDepth_;
    break;
  default: break;
  }
}

void Lexer::skipBlockComment(const unsigned char* start) {
  for (const unsigned char* p = cursor_; p < limit_; ++p) {
    if (*p == '\n') newLine(p + 1);
    else if (*p == '*' && p[1] == '/') {
      cursor_ = p + 2;
      return;
    }
  }
  diags_.error(locationOf(start), "unterminated comment");
  cursor_ = limit_;
}

void Lexer::skipLine() {
  while (cursor_ < limit_ && *cursor_ != '\n') ++cursor_;
}

Token Lexer::identifierOrTypedef(const unsigned char* start) {
  Token token = make(T::TOK_IDENTIFIER, start);
  if (isTypedefName_ && isTypedefName_(token.text)) token.kind = T::TOK_TYPEDEF_NAME;
  return token;
}

Token Lexer::lexNumber(const unsigned char* start) {
  Token token = make(T::TOK_INTEGER_CONSTANT, start);
  token.literal = parseNumber(token.text, token.loc, ast_, diags_);
  if (token.literal->kind == ExprKind::FloatLiteral) token.kind = T::TOK_FLOATING_CONSTANT;
  return token;
}

Token Lexer::lexCharConstant(const unsigned char* start) {
  Token token = make(T::TOK_CHARACTER_CONSTANT, start);
  auto prefix = CharLiteralExpr::Prefix::None;
  switch (token.text[0]) {
  case 'L': prefix = CharLiteralExpr::Prefix::L; break;
  case 'u': prefix = CharLiteralExpr::Prefix::u; break;
  case 'U': prefix = CharLiteralExpr::Prefix::U; break;
  default: break;
  }
  std::size_t open = token.text.find('\'');
  std::string_view body(token.text);
  body = body.substr(open + 1, body.size() - open - 2);
  token.literal = parseCharConstant(body, prefix, token.loc, ast_, diags_);
  return token;
}

Token Lexer::lexString(const unsigned char* start) {
  Token token = make(T::TOK_STRING_LITERAL, start);
  std::size_t open = token.text.find('"');
  std::string prefix = token.text.substr(0, open);
  if (prefix == "u8") token.stringPrefix = StringLiteralExpr::Prefix::u8;
  else if (prefix == "L") token.stringPrefix = StringLiteralExpr::Prefix::L;
  else if (prefix == "u") token.stringPrefix = StringLiteralExpr::Prefix::u;
  else if (prefix == "U") token.stringPrefix = StringLiteralExpr::Prefix::U;
  token.text = token.text.substr(open + 1, token.text.size() - open - 2);
  return token;
}

// GNU `__attribute__((list))`: skipped, but attributes that change meaning are remembered for
// the parser to record in DeclSpecs::unsupported.
void Lexer::skipAttribute(const Token& keyword) {
  Token open = lex();
  if (open.kind != '(') {
    diags_.error(open.loc, "expected '(' after '" + keyword.text + "'");
    return;
  }
  unsigned depth = 1;
  bool expectName = false;
  while (depth > 0) {
    Token token = lex();
    if (token.kind == T::TOK_END) {
      diags_.error(keyword.loc, "unterminated '" + keyword.text + "'");
      return;
    }
    if (token.kind == '(') {
      expectName = ++depth == 2;
    } else if (token.kind == ')') {
      --depth;
    } else if (token.kind == ',' && depth == 2) {
      expectName = true;
    } else if (expectName && isWordToken(token)) {
      std::string name = normalizeAttributeName(token.text);
      if (attributeChangesMeaning(name))
        unsupportedAttributes_.push_back("the '" + name + "' attribute");
      expectName = false;
    }
  }
}

// `asm [volatile|inline|goto] ( ... )` is returned as one ASM token: the grammar accepts it as
// a declarator's asm label (recorded as unsupported) and reports asm statements.
Token Lexer::lexAsm(Token keyword) {
  Token token = lex();
  while (token.kind == T::TOK_VOLATILE || token.kind == T::TOK_INLINE ||
         token.kind == T::TOK_GOTO)
    token = lex();
  if (token.kind != '(') {
    diags_.error(token.loc, "expected '(' before " +
                                (token.kind == T::TOK_END ? std::string("end of input")
                                                          : "'" + token.text + "'"));
    return keyword;
  }
  for (unsigned depth = 1; depth > 0;) {
    token = lex();
    if (token.kind == T::TOK_END) {
      diags_.error(keyword.loc, "unterminated '" + keyword.text + "'");
      return keyword;
    }
    if (token.kind == '(') ++depth;
    else if (token.kind == ')') --depth;
  }
  keyword.endLoc = token.endLoc;
  return keyword;
}

/*!re2c
  re2c:api:style = free-form;
  re2c:define:YYCTYPE = "unsigned char";
  re2c:define:YYCURSOR = cursor_;
  re2c:define:YYMARKER = marker_;
  re2c:yyfill:enable = 0;
  re2c:flags:tags = 1;

  ws = [ \t\v\f\r];
  idstart = [a-zA-Z_$\x80-\xff];
  idchar = [a-zA-Z_$0-9\x80-\xff];
  ppnumber = "."? [0-9] ([0-9a-zA-Z_.] | [eEpP] [+-])*;
  charbody = ([^'\\\n\x00] | "\\" [^\n\x00])*;
  strbody = ([^"\\\n\x00] | "\\" [^\n\x00])*;
*/

// `#pragma weak NAME` or `#pragma weak NAME = TARGET` (gcc's forms); anything else is gcc's
// "malformed #pragma weak, ignored" warning.
void Lexer::weakPragma(const unsigned char* hash, const unsigned char* rest) {
  const unsigned char* p = rest;
  auto skipSpace = [&] {
    while (p < limit_ && (*p == ' ' || *p == '\t')) ++p;
  };
  auto identifier = [&]() -> std::string {
    skipSpace();
    const unsigned char* start = p;
    while (p < limit_ && (std::isalnum(*p) || *p == '_' || *p == '$')) ++p;
    if (start == p || std::isdigit(*start)) return "";
    return std::string(reinterpret_cast<const char*>(start), p - start);
  };
  WeakPragma pragma;
  pragma.loc = locationOf(hash);
  pragma.name = identifier();
  skipSpace();
  bool wellFormed = !pragma.name.empty();
  if (wellFormed && p < limit_ && *p == '=') {
    ++p;
    pragma.aliasTarget = identifier();
    wellFormed = !pragma.aliasTarget.empty();
    skipSpace();
  }
  if (!wellFormed || (p < limit_ && *p != '\n' && *p != '\r')) {
    diags_.warning(locationOf(rest - 4), "malformed '#pragma weak', ignored [-Wpragmas]");
    return;
  }
  weakPragmas_.push_back(std::move(pragma));
}

// A line that starts with `#`: cursor_ is just past the `#`.
void Lexer::lexDirective(const unsigned char* hash) {
  const unsigned char *num, *numEnd, *name, *nameEnd;
  /*!stags:re2c format = 'const unsigned char* @@ = nullptr;\n'; */
  /*!re2c
    ws* ("line" ws+)? @num [0-9]+ @numEnd {
      lineMarker(num, numEnd);
      return;
    }
    ws* "pragma" ws+ @name "pack" @nameEnd / [^a-zA-Z0-9_] {
      const unsigned char* lineEnd = nameEnd;
      while (lineEnd < limit_ && *lineEnd != '\n') ++lineEnd;
      packPragmas_.handle(std::string_view(reinterpret_cast<const char*>(nameEnd),
                                           lineEnd - nameEnd),
                          locationOf(name), diags_);
      skipLine();
      return;
    }
    ws* "pragma" ws+ "weak" @nameEnd / [^a-zA-Z0-9_] {
      weakPragma(hash, nameEnd);
      skipLine();
      return;
    }
    ws* ("pragma" | "ident" | "sccs") / [^a-zA-Z0-9_] { skipLine(); return; }
    ws* "\n" { newLine(cursor_); return; }
    ws* "\x00" { --cursor_; return; }
    ws* @name [a-zA-Z_0-9]+ @nameEnd {
      diags_.error(locationOf(hash), "invalid preprocessing directive #" +
                   std::string(reinterpret_cast<const char*>(name), nameEnd - name));
      skipLine();
      return;
    }
    * {
      diags_.error(locationOf(hash), "stray '#' in program");
      cursor_ = hash + 1;
      return;
    }
  */
}

// The flags after a marker's file name (cpp's documentation, "Preprocessor Output"): 1 = the
// file is entered by an #include, 2 = the includer is resumed, 3 = a system header. Entered
// files get their include context from DiagnosticEngine, so diagnostics inside them say where
// they were included from and warnings inside system headers are not shown.
void Lexer::setFileFromMarker(const std::string& fileName) {
  bool entering = false, returning = false, system = false;
  for (const unsigned char* p = cursor_; *p != '\n' && p < limit_; ++p) {
    bool alone = (p[-1] == ' ' || p[-1] == '\t') && (p[1] < '0' || p[1] > '9');
    if (*p < '1' || *p > '4' || !alone) continue;
    entering |= *p == '1';
    returning |= *p == '2';
    system |= *p == '3';
  }
  if (entering) {
    includeStack_.push_back(file_);
    file_ = diags_.enterIncludedFile(fileName, {file_, line_, 0}, system);
    return;
  }
  if (returning && !includeStack_.empty()) {
    const std::string* resumed = includeStack_.back();
    includeStack_.pop_back();
    if (*resumed == fileName && diags_.isSystemHeader(resumed) == system) {
      file_ = resumed;
      return;
    }
  }
  if (*file_ == fileName && diags_.isSystemHeader(file_) == system) return;
  file_ = diags_.renameFile(returning ? nullptr : file_, fileName, system);
}

// `# 12 "file.c" 1 3 4` or `#line 12 "file.c"`: the next line is line 12 of file.c. cpp
// escapes `\` and `"` (and writes other odd bytes as octal escapes) in the file name.
void Lexer::lineMarker(const unsigned char* digits, const unsigned char* digitsEnd) {
  unsigned lineNumber = 0;
  for (const unsigned char* p = digits; p < digitsEnd; ++p)
    lineNumber = lineNumber > 100000000u ? lineNumber : lineNumber * 10 + (*p - '0');
  while (*cursor_ == ' ' || *cursor_ == '\t') ++cursor_;
  if (*cursor_ == '"') {
    std::string fileName;
    const unsigned char* p = cursor_ + 1;
    for (; *p != '"' && *p != '\n' && p < limit_; ++p) {
      if (*p == '\\' && p[1] >= '0' && p[1] <= '7') {
        unsigned value = 0;
        for (int n = 0; n < 3 && p[1] >= '0' && p[1] <= '7'; ++n, ++p) value = value * 8 + (p[1] - '0');
        fileName += static_cast<char>(value);
        continue;
      }
      if (*p == '\\' && p[1] != '\n' && p + 1 < limit_) ++p;
      fileName += static_cast<char>(*p);
    }
    cursor_ = p;
    setFileFromMarker(fileName);
  }
  skipLine();
  // The newline ending the marker increments line_ to lineNumber.
  line_ = lineNumber - 1;
}

Token Lexer::lex() {
  for (;;) {
    const unsigned char* start = cursor_;
    /*!re2c
      "\x00" {
        if (start == limit_) {
          cursor_ = limit_;
          return make(T::TOK_END, start);
        }
        diags_.warning(locationOf(start), "null character(s) ignored");
        continue;
      }
      ws+ { continue; }
      "\n" { newLine(cursor_); continue; }
      "//" [^\n\x00]* { continue; }
      "/*" { skipBlockComment(start); continue; }
      "#" | "%:" {
        if (atLineStart_) {
          lexDirective(start);
          continue;
        }
        stray(start);
        continue;
      }
      "##" | "%:%:" { stray(start); continue; }

      "auto" { return make(T::TOK_AUTO, start); }
      "break" { return make(T::TOK_BREAK, start); }
      "case" { return make(T::TOK_CASE, start); }
      "char" { return make(T::TOK_CHAR, start); }
      "const" | "__const" | "__const__" { return make(T::TOK_CONST, start); }
      "continue" { return make(T::TOK_CONTINUE, start); }
      "default" { return make(T::TOK_DEFAULT, start); }
      "do" { return make(T::TOK_DO, start); }
      "double" { return make(T::TOK_DOUBLE, start); }
      "else" { return make(T::TOK_ELSE, start); }
      "enum" { return make(T::TOK_ENUM, start); }
      "extern" { return make(T::TOK_EXTERN, start); }
      "float" { return make(T::TOK_FLOAT, start); }
      "for" { return make(T::TOK_FOR, start); }
      "goto" { return make(T::TOK_GOTO, start); }
      "if" { return make(T::TOK_IF, start); }
      "inline" | "__inline" | "__inline__" { return make(T::TOK_INLINE, start); }
      "int" { return make(T::TOK_INT, start); }
      "long" { return make(T::TOK_LONG, start); }
      "register" { return make(T::TOK_REGISTER, start); }
      "restrict" | "__restrict" | "__restrict__" { return make(T::TOK_RESTRICT, start); }
      "return" { return make(T::TOK_RETURN, start); }
      "short" { return make(T::TOK_SHORT, start); }
      "signed" | "__signed" | "__signed__" { return make(T::TOK_SIGNED, start); }
      "sizeof" { return make(T::TOK_SIZEOF, start); }
      "static" { return make(T::TOK_STATIC, start); }
      "struct" { return make(T::TOK_STRUCT, start); }
      "switch" { return make(T::TOK_SWITCH, start); }
      "typedef" { return make(T::TOK_TYPEDEF, start); }
      "union" { return make(T::TOK_UNION, start); }
      "unsigned" { return make(T::TOK_UNSIGNED, start); }
      "void" { return make(T::TOK_VOID, start); }
      "volatile" | "__volatile" | "__volatile__" { return make(T::TOK_VOLATILE, start); }
      "while" { return make(T::TOK_WHILE, start); }
      "_Alignas" { return make(T::TOK_ALIGNAS, start); }
      "_Alignof" | "__alignof" | "__alignof__" { return make(T::TOK_ALIGNOF, start); }
      "_Atomic" {
        // C11 6.7.2.4p4: `_Atomic (` is the type specifier, not the qualifier.
        Token token = make(T::TOK_ATOMIC, start);
        const unsigned char* p = cursor_;
        while (*p == ' ' || *p == '\t') ++p;
        if (*p == '(') token.kind = T::TOK_ATOMIC_LPAREN;
        return token;
      }
      "_Bool" { return make(T::TOK_BOOL, start); }
      "_Complex" | "__complex__" { return make(T::TOK_COMPLEX, start); }
      "_Generic" { return make(T::TOK_GENERIC, start); }
      "_Imaginary" { return make(T::TOK_IMAGINARY, start); }
      "_Noreturn" { return make(T::TOK_NORETURN, start); }
      "_Static_assert" { return make(T::TOK_STATIC_ASSERT, start); }
      "_Thread_local" { return make(T::TOK_THREAD_LOCAL, start); }
      "__thread" { return make(T::TOK_GNU_THREAD, start); }
      "__int128" { return make(T::TOK_INT128, start); }
      "typeof" | "__typeof" | "__typeof__" { return make(T::TOK_TYPEOF, start); }
      "typeof_unqual" | "__typeof_unqual__" { return make(T::TOK_TYPEOF_UNQUAL, start); }
      "__builtin_va_arg" { return make(T::TOK_BUILTIN_VA_ARG, start); }
      "__builtin_offsetof" { return make(T::TOK_BUILTIN_OFFSETOF, start); }
      "__builtin_types_compatible_p" { return make(T::TOK_BUILTIN_TYPES_COMPATIBLE_P, start); }
      "__real__" | "__real" { return make(T::TOK_REAL, start); }
      "__imag__" | "__imag" { return make(T::TOK_IMAG, start); }
      "__extension__" { continue; }
      "__attribute__" | "__attribute" {
        skipAttribute(make(0, start));
        continue;
      }
      "asm" | "__asm" | "__asm__" { return lexAsm(make(T::TOK_ASM, start)); }

      idstart idchar* { return identifierOrTypedef(start); }
      ppnumber { return lexNumber(start); }
      [LuU]? "'" charbody "'" { return lexCharConstant(start); }
      [LuU]? "'" {
        diags_.error(locationOf(start), "missing terminating ' character");
        skipLine();
        continue;
      }
      ("u8" | [LuU])? "\"" strbody "\"" { return lexString(start); }
      ("u8" | [LuU])? "\"" {
        diags_.error(locationOf(start), "missing terminating \" character");
        skipLine();
        continue;
      }

      "[" | "<:" { return make('[', start); }
      "]" | ":>" { return make(']', start); }
      "{" | "<%" { return make('{', start); }
      "}" | "%>" { return make('}', start); }
      "(" { return make('(', start); }
      ")" { return make(')', start); }
      "." { return make('.', start); }
      "&" { return make('&', start); }
      "*" { return make('*', start); }
      "+" { return make('+', start); }
      "-" { return make('-', start); }
      "~" { return make('~', start); }
      "!" { return make('!', start); }
      "/" { return make('/', start); }
      "%" { return make('%', start); }
      "<" { return make('<', start); }
      ">" { return make('>', start); }
      "^" { return make('^', start); }
      "|" { return make('|', start); }
      "?" { return make('?', start); }
      ":" { return make(':', start); }
      ";" { return make(';', start); }
      "=" { return make('=', start); }
      "," { return make(',', start); }
      "->" { return make(T::TOK_ARROW, start); }
      "++" { return make(T::TOK_INC, start); }
      "--" { return make(T::TOK_DEC, start); }
      "<<" { return make(T::TOK_SHL, start); }
      ">>" { return make(T::TOK_SHR, start); }
      "<=" { return make(T::TOK_LE, start); }
      ">=" { return make(T::TOK_GE, start); }
      "==" { return make(T::TOK_EQ, start); }
      "!=" { return make(T::TOK_NE, start); }
      "&&" { return make(T::TOK_AND_AND, start); }
      "||" { return make(T::TOK_OR_OR, start); }
      "..." { return make(T::TOK_ELLIPSIS, start); }
      "*=" { return make(T::TOK_MUL_ASSIGN, start); }
      "/=" { return make(T::TOK_DIV_ASSIGN, start); }
      "%=" { return make(T::TOK_MOD_ASSIGN, start); }
      "+=" { return make(T::TOK_ADD_ASSIGN, start); }
      "-=" { return make(T::TOK_SUB_ASSIGN, start); }
      "<<=" { return make(T::TOK_SHL_ASSIGN, start); }
      ">>=" { return make(T::TOK_SHR_ASSIGN, start); }
      "&=" { return make(T::TOK_AND_ASSIGN, start); }
      "^=" { return make(T::TOK_XOR_ASSIGN, start); }
      "|=" { return make(T::TOK_OR_ASSIGN, start); }

      * {
        stray(start);
        continue;
      }
    */
  }
}

} // namespace minicc::frontend
