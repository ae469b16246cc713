// ir/ParseModule.cpp — the IR parser's module level: items, layouts, globals, signatures,
// literals; and parseModule (TextIO.h). Function bodies are in ParseFunction.cpp.
#include "ir/FloatValue.h"
#include "ir/ParserImpl.h"
#include "ir/TextIO.h"
#include "ir/TextSyntax.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace minicc::ir::text {

IRParser::IRParser(std::vector<Token> tokens, Module& module)
    : tokens_(std::move(tokens)), module_(module), builder_(module) {}

// ---------------------------------------------------------------- token cursor

const Token& IRParser::peekToken(std::size_t ahead) const {
  std::size_t i = pos_ + ahead;
  return tokens_[i < tokens_.size() ? i : tokens_.size() - 1];
}

bool IRParser::accept(TokenKind kind) {
  if (!at(kind)) return false;
  advance();
  return true;
}

bool IRParser::acceptWord(const char* word) {
  if (!atWord(word)) return false;
  advance();
  return true;
}

void IRParser::fail(const Token& at, const std::string& message) const {
  throw SyntaxError(at.line, at.column, message);
}

std::string describe(const Token& t) {
  switch (t.kind) {
  case TokenKind::Eof: return "end of file";
  case TokenKind::Word:
  case TokenKind::Int:
  case TokenKind::Float: return "'" + t.text + "'";
  case TokenKind::LocalName: return "'%" + t.text + "'";
  case TokenKind::GlobalName: return "'@" + t.text + "'";
  case TokenKind::String: return "a string";
  default: return tokenKindName(t.kind);
  }
}

const Token& IRParser::expect(TokenKind kind, const char* what) {
  if (!at(kind)) fail(tok(), std::string("expected ") + what + ", found " + describe(tok()));
  return advance();
}

void IRParser::expectWord(const char* word) {
  if (!atWord(word)) fail(tok(), std::string("expected '") + word + "', found " + describe(tok()));
  advance();
}

// ---------------------------------------------------------------- literals

// Decimal or 0x-hexadecimal digits of `text` (no sign) as a 64-bit magnitude.
static bool parseMagnitude(std::string_view text, std::uint64_t& out) {
  int base = 10;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    text.remove_prefix(2);
  }
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out, base);
  return ec == std::errc() && end == text.data() + text.size();
}

std::uint64_t IRParser::parseUnsigned(const char* what) {
  const Token& t = expect(TokenKind::Int, what);
  std::uint64_t value;
  if (t.text[0] == '-') fail(t, std::string("expected ") + what + ", found a negative number");
  if (!parseMagnitude(t.text, value)) fail(t, "integer literal '" + t.text + "' is too large");
  return value;
}

// An integer constant of `type`: anything from the signed minimum to the unsigned maximum of
// its width is accepted (i8 -1 and i8 255 are the same constant).
std::int64_t IRParser::integerFor(const Token& literal, Type type) const {
  bool negative = literal.text[0] == '-';
  std::uint64_t magnitude;
  if (!parseMagnitude(std::string_view(literal.text).substr(negative ? 1 : 0), magnitude))
    fail(literal, "integer literal '" + literal.text + "' is too large");
  unsigned bits = type.bits();
  std::uint64_t unsignedMax = bits >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << bits) - 1;
  std::uint64_t negativeLimit = std::uint64_t{1} << (bits - 1); // |signed minimum|
  if (negative ? magnitude > negativeLimit : magnitude > unsignedMax)
    fail(literal, "integer constant " + literal.text + " does not fit in " +
                      (type.isPointer() ? std::string("ptr") : "i" + std::to_string(bits)));
  std::uint64_t value = negative ? 0 - magnitude : magnitude;
  return canonicalizeInt(type, static_cast<std::int64_t>(value));
}

// An f80 constant written as its 80 bits: `0x` and 20 hex digits, sign and exponent first.
static bool parseExtendedBits(std::string_view text, long double& out) {
  if (text.size() != 22) return false;
  ExtendedBits bits;
  auto [end, ec] = std::from_chars(text.data() + 2, text.data() + 6, bits.signExponent, 16);
  auto [end2, ec2] = std::from_chars(text.data() + 6, text.data() + 22, bits.significand, 16);
  if (ec != std::errc() || end != text.data() + 6 || ec2 != std::errc() || end2 != text.data() + 22)
    return false;
  out = fromExtendedBits(bits);
  return true;
}

// A floating constant: decimal, `0x` + the 64-bit pattern of the double (f32, f64) or the 80
// bits of the value (f80), or an integer. Decimals are read in the constant's type.
long double IRParser::floatFor(const Token& literal, Type type, bool negate) const {
  const std::string& s = literal.text;
  long double value;
  bool isHexBits = s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  if (isHexBits && type.kind() == TypeKind::F80) {
    if (!parseExtendedBits(s, value))
      fail(literal, "malformed f80 bit pattern '" + s + "' (expected 0x and 20 hex digits)");
  } else if (isHexBits) {
    std::uint64_t bits;
    if (!parseMagnitude(s, bits)) fail(literal, "malformed floating constant '" + s + "'");
    double d;
    std::memcpy(&d, &bits, sizeof d);
    if (type.kind() == TypeKind::F32 && !std::isnan(d) &&
        static_cast<double>(static_cast<float>(d)) != d)
      fail(literal, "floating constant " + s + " is not exactly representable as f32");
    value = fromDouble(d);
  } else if (type.kind() == TypeKind::F32) {
    float f;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), f);
    if (end != s.data() + s.size() || (ec != std::errc() && ec != std::errc::result_out_of_range))
      fail(literal, "malformed floating constant '" + s + "'");
    if (ec == std::errc::result_out_of_range)
      fail(literal, "floating constant out of range for f32");
    value = f;
  } else if (type.kind() == TypeKind::F80) {
    // strtold, not from_chars: libstdc++'s long double from_chars refuses subnormals.
    bool decimal = s.find_first_of("xXnNiI") == std::string::npos;
    char* end = nullptr;
    errno = 0;
    value = decimal ? std::strtold(s.c_str(), &end) : 0;
    if (!decimal || end != s.c_str() + s.size())
      fail(literal, "malformed floating constant '" + s + "'");
    if (errno == ERANGE && std::isinf(value)) fail(literal, "floating constant out of range");
  } else {
    double d;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (end != s.data() + s.size() || (ec != std::errc() && ec != std::errc::result_out_of_range))
      fail(literal, "malformed floating constant '" + s + "'");
    if (ec == std::errc::result_out_of_range) fail(literal, "floating constant out of range");
    value = d;
  }
  return negate ? -value : value;
}

// ---------------------------------------------------------------- items

bool IRParser::startsItem(std::size_t i) const {
  const Token& t = tokens_[i];
  if (t.kind == TokenKind::Word)
    return t.text == "type" || t.text == "declare" || t.text == "define" ||
           t.text == "source_filename" || t.text == "weak";
  return t.kind == TokenKind::GlobalName && i + 1 < tokens_.size() &&
         tokens_[i + 1].kind == TokenKind::Equal;
}

// An item runs to the next item start outside any brackets (or to the end of the file).
std::size_t IRParser::findItemEnd(std::size_t from) const {
  int depth = 0;
  std::size_t i = from + 1;
  for (; tokens_[i].kind != TokenKind::Eof; ++i) {
    TokenKind k = tokens_[i].kind;
    if (k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace) ++depth;
    if ((k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace) && depth)
      --depth;
    if (depth == 0 && startsItem(i)) break;
  }
  return i;
}

void IRParser::collectItems() {
  while (!at(TokenKind::Eof)) {
    if (!startsItem(pos_))
      fail(tok(), "expected a type, global, 'declare' or 'define', found " + describe(tok()));
    Item item;
    item.kind = Item::Kind::Global;
    item.start = pos_;
    item.end = findItemEnd(pos_);
    item.bodyStart = item.end;
    if (atWord("source_filename")) {
      item.kind = Item::Kind::SourceFileName;
    } else if (atWord("weak")) {
      item.kind = Item::Kind::Weak;
    } else if (atWord("type")) {
      item.kind = Item::Kind::Layout;
      advance();
      const Token& name = expect(TokenKind::LocalName, "a type name");
      if (layouts_.count(name.text)) fail(name, "redefinition of type %" + name.text);
      item.layout = module_.createLayout(isNumericName(name.text) ? "" : name.text);
      layouts_[name.text] = item.layout;
    } else if (at(TokenKind::Word)) {
      item.kind = Item::Kind::Function;
    }
    items_.push_back(item);
    pos_ = item.end;
  }
}

void IRParser::expectItemEnd(const Item& item) {
  if (pos_ != item.end) fail(tok(), "unexpected " + describe(tok()));
}

void IRParser::run() {
  collectItems();
  for (Item& item : items_) {
    pos_ = item.start;
    switch (item.kind) {
    case Item::Kind::SourceFileName:
      advance();
      expect(TokenKind::Equal, "'='");
      module_.sourceFileName = expect(TokenKind::String, "a string").text;
      expectItemEnd(item);
      break;
    case Item::Kind::Weak: {
      advance();
      ir::Module::WeakSymbol weak;
      weak.name = expect(TokenKind::GlobalName, "a global name").text;
      if (atWord("alias")) {
        advance();
        weak.aliasTarget = expect(TokenKind::GlobalName, "a global name").text;
      }
      module_.weakSymbols.push_back(std::move(weak));
      expectItemEnd(item);
      break;
    }
    case Item::Kind::Layout: parseLayoutBody(item); break;
    case Item::Kind::Global: parseGlobalHeader(item); break;
    case Item::Kind::Function: parseFunctionHeader(item); break;
    }
  }
  for (Item& item : items_) {
    pos_ = item.bodyStart;
    if (item.kind == Item::Kind::Global) parseGlobalInitializer(item);
    if (item.kind == Item::Kind::Function && item.bodyStart != item.end) parseFunctionBody(item);
  }
}

// ---------------------------------------------------------------- types and signatures

Type IRParser::parseType(bool allowVoid, bool allowAggregate) {
  const Token& t = tok();
  if (t.kind == TokenKind::LocalName) {
    auto it = layouts_.find(t.text);
    if (it == layouts_.end()) fail(t, "unknown type %" + t.text);
    if (!allowAggregate) fail(t, "aggregate type %" + t.text + " is not allowed here");
    advance();
    return Type::aggregate(it->second);
  }
  if (t.kind != TokenKind::Word) fail(t, "expected a type, found " + describe(t));
  static const std::pair<const char*, Type> scalars[] = {
      {"i1", Type::i1()},   {"i8", Type::i8()},      {"i16", Type::i16()}, {"i32", Type::i32()},
      {"i64", Type::i64()}, {"f32", Type::f32()},    {"f64", Type::f64()}, {"f80", Type::f80()},
      {"ptr", Type::ptr()}, {"void", Type::voidTy()}};
  for (auto& [name, type] : scalars) {
    if (t.text != name) continue;
    if (type.isVoid() && !allowVoid) fail(t, "'void' is not allowed here");
    advance();
    return type;
  }
  fail(t, "expected a type, found " + describe(t));
}

Extension IRParser::parseExtension() {
  if (acceptWord("signext")) return Extension::Sign;
  if (acceptWord("zeroext")) return Extension::Zero;
  return Extension::None;
}

Signature IRParser::parseSignature(std::vector<const Token*>* paramNames) {
  Signature sig;
  std::vector<Extension> extensions;
  expect(TokenKind::LParen, "'('");
  while (!at(TokenKind::RParen)) {
    if (accept(TokenKind::Ellipsis)) {
      sig.isVariadic = true;
      break;
    }
    sig.params.push_back(parseType(false, true));
    extensions.push_back(parseExtension());
    if (paramNames) paramNames->push_back(at(TokenKind::LocalName) ? &advance() : nullptr);
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RParen, "')'");
  expect(TokenKind::Arrow, "'->'");
  sig.returnType = parseType(true, true);
  sig.returnExtension = parseExtension();
  for (Extension e : extensions)
    if (e != Extension::None) sig.paramExtensions = extensions;
  return sig;
}

Linkage IRParser::parseLinkage() {
  if (acceptWord("internal")) return Linkage::Internal;
  if (acceptWord("private")) return Linkage::Private;
  acceptWord("external");
  return Linkage::External;
}

// ---------------------------------------------------------------- layouts

void IRParser::parseLayoutBody(Item& item) {
  advance(); // type
  advance(); // %name
  expect(TokenKind::Equal, "'='");
  AggregateLayout& layout = *item.layout;
  layout.isUnion = acceptWord("union");
  layout.isComplex = !layout.isUnion && acceptWord("complex");
  expect(TokenKind::LBrace, "'{'");
  expectWord("size");
  layout.size = parseUnsigned("a size");
  expect(TokenKind::Comma, "','");
  expectWord("align");
  layout.align = parseUnsigned("an alignment");
  expect(TokenKind::Comma, "','");
  expect(TokenKind::LBracket, "'['");
  while (!at(TokenKind::RBracket)) {
    AggregateMember member;
    member.offset = parseUnsigned("a member offset");
    expect(TokenKind::Colon, "':'");
    if (accept(TokenKind::LBracket)) {
      member.count = parseUnsigned("an element count");
      expectWord("x");
      member.type = parseType(false, true);
      expect(TokenKind::RBracket, "']'");
    } else {
      member.type = parseType(false, true);
    }
    layout.members.push_back(member);
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RBracket, "']'");
  expect(TokenKind::RBrace, "'}'");
  expectItemEnd(item);
}

// ---------------------------------------------------------------- globals

GlobalSymbol* IRParser::lookupSymbol(const Token& name) const {
  auto it = symbols_.find(name.text);
  if (it == symbols_.end()) fail(name, "use of undefined symbol @" + name.text);
  return it->second;
}

void IRParser::parseGlobalHeader(Item& item) {
  const Token& name = advance();
  if (name.text.empty()) fail(name, "a symbol needs a name");
  if (symbols_.count(name.text)) fail(name, "redefinition of symbol @" + name.text);
  expect(TokenKind::Equal, "'='");
  Linkage linkage = parseLinkage();
  bool isThreadLocal = acceptWord("thread_local");
  bool isConstant = false;
  if (acceptWord("constant"))
    isConstant = true;
  else
    expectWord("global");
  expectWord("size");
  std::uint64_t size = parseUnsigned("a size");
  expect(TokenKind::Comma, "','");
  expectWord("align");
  std::uint64_t align = parseUnsigned("an alignment");
  item.global = module_.createGlobal(name.text, size, align);
  item.global->linkage = linkage;
  item.global->isConstant = isConstant;
  item.global->isThreadLocal = isThreadLocal;
  symbols_[name.text] = item.global;
  item.bodyStart = pos_;
  if (!at(TokenKind::LBracket)) expectItemEnd(item);
}

InitPiece IRParser::parseInitPiece() {
  InitPiece piece;
  if (acceptWord("bytes")) {
    piece.kind = InitPiece::Kind::Bytes;
    const std::string& bytes = expect(TokenKind::String, "a string").text;
    piece.bytes.assign(bytes.begin(), bytes.end());
  } else if (acceptWord("zero")) {
    piece.kind = InitPiece::Kind::Zero;
    piece.zeroCount = parseUnsigned("a byte count");
  } else if (acceptWord("addr")) {
    piece.kind = InitPiece::Kind::Address;
    const Token& symbol = expect(TokenKind::GlobalName, "a symbol");
    piece.symbol = lookupSymbol(symbol)->name();
    if (at(TokenKind::Plus) || at(TokenKind::Minus)) {
      bool minus = advance().kind == TokenKind::Minus;
      const Token& amount = tok();
      std::uint64_t magnitude = parseUnsigned("an addend");
      if (magnitude > (minus ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1))
        fail(amount, "addend out of range");
      piece.addend = static_cast<std::int64_t>(minus ? 0 - magnitude : magnitude);
    }
  } else {
    fail(tok(), "expected 'bytes', 'zero' or 'addr', found " + describe(tok()));
  }
  return piece;
}

void IRParser::parseGlobalInitializer(Item& item) {
  if (!accept(TokenKind::LBracket)) return;
  GlobalVariable& g = *item.global;
  g.hasInitializer = true;
  while (!at(TokenKind::RBracket)) {
    g.initializer.push_back(parseInitPiece());
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RBracket, "']'");
  expectItemEnd(item);
}

// ---------------------------------------------------------------- functions

void IRParser::parseFunctionHeader(Item& item) {
  bool isDefinition = atWord("define");
  if (!isDefinition && !atWord("declare"))
    fail(tok(), "expected 'declare' or 'define', found " + describe(tok()));
  advance();
  Linkage linkage = parseLinkage();
  const Token& name = expect(TokenKind::GlobalName, "a function name");
  if (name.text.empty()) fail(name, "a symbol needs a name");
  if (symbols_.count(name.text)) fail(name, "redefinition of symbol @" + name.text);
  std::vector<const Token*> paramNames;
  Signature sig = parseSignature(&paramNames);
  Function* f = module_.createFunction(name.text, std::move(sig));
  f->linkage = linkage;
  symbols_[name.text] = f;
  item.function = f;
  for (std::size_t i = 0; i < paramNames.size(); ++i)
    if (paramNames[i] && !isNumericName(paramNames[i]->text))
      f->arguments[i]->setName(paramNames[i]->text);
  item.paramNames = std::move(paramNames);
  if (isDefinition) {
    if (!at(TokenKind::LBrace)) fail(tok(), "expected '{' to begin the body of @" + name.text);
    item.bodyStart = pos_;
  } else {
    expectItemEnd(item);
  }
}

} // namespace minicc::ir::text

namespace minicc::ir {

std::unique_ptr<Module> parseModule(std::string_view text, const std::string& fileName,
                                    DiagnosticEngine& diags) {
  diags.setFileContents(fileName, std::string(text));
  auto module = std::make_unique<Module>();
  try {
    text::IRParser(text::tokenizeIR(text), *module).run();
  } catch (const text::SyntaxError& e) {
    diags.error({diags.internFile(fileName), e.line, e.column}, e.what());
    return nullptr;
  }
  return module;
}

} // namespace minicc::ir
