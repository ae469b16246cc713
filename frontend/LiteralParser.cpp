// frontend/LiteralParser.cpp — see LiteralParser.h.
#include "frontend/LiteralParser.h"

#include <cstdlib>
#include <string>

namespace minicc::frontend {

namespace {

bool isDecimalDigit(char c) {
  return c >= '0' && c <= '9';
}
bool isHexDigit(char c) {
  return isDecimalDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
unsigned hexValue(char c) {
  if (isDecimalDigit(c)) return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
  return static_cast<unsigned>(c - 'A' + 10);
}

SourceLocation shifted(SourceLocation loc, std::size_t columns) {
  if (loc.column) loc.column += static_cast<unsigned>(columns);
  return loc;
}

// ---------------------------------------------------------------------------------------------
// Numbers

bool looksFloating(std::string_view s) {
  bool hex = s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  for (char c : s) {
    if (c == '.') return true;
    if (hex && (c == 'p' || c == 'P')) return true;
    if (!hex && (c == 'e' || c == 'E')) return true;
  }
  return false;
}

// C11 6.4.4.1: an optional u/U before or after an optional l, L, ll or LL.
bool parseIntegerSuffix(std::string_view s, bool& isUnsigned, unsigned& longCount) {
  isUnsigned = false;
  if (!s.empty() && (s.front() == 'u' || s.front() == 'U')) {
    isUnsigned = true;
    s.remove_prefix(1);
  } else if (!s.empty() && (s.back() == 'u' || s.back() == 'U')) {
    isUnsigned = true;
    s.remove_suffix(1);
  }
  if (s.empty())
    longCount = 0;
  else if (s == "l" || s == "L")
    longCount = 1;
  else if (s == "ll" || s == "LL")
    longCount = 2;
  else
    return false;
  return true;
}

Expr* parseInteger(std::string_view s, SourceLocation loc, AstContext& ast,
                   DiagnosticEngine& diags) {
  auto* lit = ast.make<IntLiteralExpr>();
  lit->loc = loc;
  unsigned base = 10;
  std::size_t i = 0;
  const char* baseName = "";
  if (s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16, i = 2;
  } else if (s.size() > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
    base = 2, i = 2, baseName = "binary";
  } else if (s[0] == '0') {
    base = 8, baseName = "octal";
  }
  lit->isDecimal = base == 10;
  std::size_t digitsStart = i;
  bool reportedDigit = false;
  for (; i < s.size() && (base == 16 ? isHexDigit(s[i]) : isDecimalDigit(s[i])); ++i) {
    unsigned digit = hexValue(s[i]);
    if (digit >= base) {
      if (!reportedDigit)
        diags.error(loc,
                    "invalid digit \"" + std::string(1, s[i]) + "\" in " + baseName + " constant");
      reportedDigit = true;
      continue;
    }
    std::uint64_t next;
    if (__builtin_mul_overflow(lit->value, std::uint64_t(base), &next) ||
        __builtin_add_overflow(next, std::uint64_t(digit), &next))
      lit->overflowed = true;
    lit->value = next;
  }
  // `0x` or `0b` without digits: gcc calls the letter an invalid suffix.
  std::string_view suffix = i == digitsStart && base != 8 && base != 10 ? s.substr(1) : s.substr(i);
  if (base != 16 && suffix.find_first_of("iIjJ") != std::string_view::npos &&
      suffix.size() <= 4) { // GNU `2i` has a complex integer type
    diags.error(loc, "imaginary integer constants (complex integer types) are not supported yet");
    lit->hasUnsignedSuffix = false;
    lit->longSuffixCount = 0;
  } else if (!parseIntegerSuffix(suffix, lit->hasUnsignedSuffix, lit->longSuffixCount)) {
    diags.error(loc, "invalid suffix \"" + std::string(suffix) + "\" on integer constant");
    lit->hasUnsignedSuffix = false;
    lit->longSuffixCount = 0;
  }
  if (lit->overflowed) lit->value = ~std::uint64_t(0);
  return lit;
}

// Length of the longest prefix of `s` made of digits valid in a decimal or hex mantissa.
std::size_t countDigits(std::string_view s, std::size_t i, bool hex) {
  std::size_t start = i;
  while (i < s.size() && (hex ? isHexDigit(s[i]) : isDecimalDigit(s[i]))) ++i;
  return i - start;
}

Expr* parseFloating(std::string_view s, SourceLocation loc, AstContext& ast,
                    DiagnosticEngine& diags) {
  auto* lit = ast.make<FloatLiteralExpr>();
  lit->loc = loc;
  lit->spelling = std::string(s);
  bool hex = s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  std::size_t i = hex ? 2 : 0;
  std::size_t mantissaDigits = countDigits(s, i, hex);
  i += mantissaDigits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t fraction = countDigits(s, i, hex);
    mantissaDigits += fraction;
    i += fraction;
  }
  bool hasExponent =
      i < s.size() && (hex ? (s[i] == 'p' || s[i] == 'P') : (s[i] == 'e' || s[i] == 'E'));
  if (hasExponent) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t exponentDigits = countDigits(s, i, false);
    if (exponentDigits == 0) {
      diags.error(loc, "exponent has no digits");
      return lit;
    }
    i += exponentDigits;
  } else if (hex) {
    diags.error(loc, "hexadecimal floating constants require an exponent");
    return lit;
  }
  std::string suffix(s.substr(i));
  // GNU: an `i` or `j` before or after the type suffix makes an imaginary constant.
  if (std::size_t at = suffix.find_first_of("iIjJ"); at != std::string::npos) {
    lit->isImaginary = true;
    suffix.erase(at, 1);
  }
  if (suffix == "f" || suffix == "F")
    lit->hasFloatSuffix = true;
  else if (suffix == "l" || suffix == "L")
    lit->hasLongSuffix = true;
  else if (!suffix.empty()) {
    diags.error(loc, "invalid suffix \"" + std::string(suffix) + "\" on floating constant");
    return lit;
  }
  if (mantissaDigits == 0) {
    diags.error(loc, "invalid floating constant '" + std::string(s) + "'");
    return lit;
  }
  std::string number(s.substr(0, i));
  lit->value = std::strtod(number.c_str(), nullptr);
  return lit;
}

// ---------------------------------------------------------------------------------------------
// Characters and escapes (C11 6.4.4.4, 6.4.3)

// One character of a literal body: either a value to store as one code unit (a source byte of a
// narrow literal, an octal or hex escape) or a code point to encode (\u, \U, and the source
// characters of wide literals).
struct LiteralChar {
  std::uint32_t value = 0;
  bool isCodePoint = false;
};

class BodyReader {
public:
  BodyReader(std::string_view body, SourceLocation loc, unsigned unitBits, bool decodeUtf8,
             DiagnosticEngine& diags)
      : body_(body), loc_(loc), unitBits_(unitBits), decodeUtf8_(decodeUtf8), diags_(diags) {}

  bool done() const { return pos_ >= body_.size(); }

  LiteralChar next() {
    unsigned char c = static_cast<unsigned char>(body_[pos_]);
    if (c != '\\') {
      if (decodeUtf8_ && c >= 0x80) return {utf8CodePoint(), true};
      ++pos_;
      return {c, false};
    }
    std::size_t escapeStart = pos_;
    pos_ += 2;
    char e = body_[escapeStart + 1];
    switch (e) {
    case 'n': return {'\n', false};
    case 't': return {'\t', false};
    case 'r': return {'\r', false};
    case 'a': return {7, false};
    case 'b': return {8, false};
    case 'f': return {12, false};
    case 'v': return {11, false};
    case 'e':
    case 'E': return {27, false}; // GNU extension
    case '\\':
    case '\'':
    case '"':
    case '?': return {static_cast<unsigned char>(e), false};
    case 'x': return hexEscape(escapeStart);
    case 'u': return universalName(escapeStart, 4);
    case 'U': return universalName(escapeStart, 8);
    default: break;
    }
    if (e >= '0' && e <= '7') return octalEscape(escapeStart);
    diags_.warning(shifted(loc_, escapeStart),
                   std::string("unknown escape sequence: '\\") + e + "'");
    return {static_cast<unsigned char>(e), false};
  }

private:
  std::uint64_t unitMask() const { return (std::uint64_t(1) << unitBits_) - 1; }

  LiteralChar octalEscape(std::size_t escapeStart) {
    pos_ = escapeStart + 1;
    std::uint32_t value = 0;
    for (int n = 0; n < 3 && pos_ < body_.size() && body_[pos_] >= '0' && body_[pos_] <= '7'; ++n)
      value = value * 8 + static_cast<std::uint32_t>(body_[pos_++] - '0');
    if (value > unitMask()) {
      diags_.warning(shifted(loc_, escapeStart), "octal escape sequence out of range");
      value &= static_cast<std::uint32_t>(unitMask());
    }
    return {value, false};
  }

  LiteralChar hexEscape(std::size_t escapeStart) {
    std::uint64_t value = 0;
    bool overflow = false;
    std::size_t digits = 0;
    for (; pos_ < body_.size() && isHexDigit(body_[pos_]); ++pos_, ++digits) {
      value = value * 16 + hexValue(body_[pos_]);
      if (value > unitMask()) overflow = true;
      value &= 0xffffffffffull;
    }
    if (digits == 0) {
      diags_.error(shifted(loc_, escapeStart), "\\x used with no following hex digits");
      return {0, false};
    }
    if (overflow) diags_.warning(shifted(loc_, escapeStart), "hex escape sequence out of range");
    return {static_cast<std::uint32_t>(value & unitMask()), false};
  }

  LiteralChar universalName(std::size_t escapeStart, unsigned length) {
    std::uint32_t value = 0;
    unsigned digits = 0;
    for (; digits < length && pos_ < body_.size() && isHexDigit(body_[pos_]); ++digits, ++pos_)
      value = value * 16 + hexValue(body_[pos_]);
    if (digits < length) {
      diags_.error(shifted(loc_, escapeStart),
                   "incomplete universal character name " +
                       std::string(body_.substr(escapeStart, pos_ - escapeStart)));
      return {0, false};
    }
    if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
      diags_.error(shifted(loc_, escapeStart),
                   std::string(body_.substr(escapeStart, pos_ - escapeStart)) +
                       " is not a valid universal character");
      return {0, false};
    }
    return {value, true};
  }

  // Decodes one UTF-8 sequence of the source; an invalid byte stands for itself.
  std::uint32_t utf8CodePoint() {
    unsigned char lead = static_cast<unsigned char>(body_[pos_]);
    unsigned length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (length == 1 || pos_ + length > body_.size()) {
      ++pos_;
      return lead;
    }
    std::uint32_t value = lead & (0x7F >> length);
    for (unsigned k = 1; k < length; ++k) {
      unsigned char next = static_cast<unsigned char>(body_[pos_ + k]);
      if ((next & 0xC0) != 0x80) {
        ++pos_;
        return lead;
      }
      value = (value << 6) | (next & 0x3F);
    }
    pos_ += length;
    return value;
  }

  std::string_view body_;
  SourceLocation loc_;
  unsigned unitBits_;
  bool decodeUtf8_;
  DiagnosticEngine& diags_;
  std::size_t pos_ = 0;
};

void appendUtf8(std::uint32_t cp, std::vector<std::uint32_t>& out) {
  if (cp < 0x80) {
    out.push_back(cp);
  } else if (cp < 0x800) {
    out.push_back(0xC0 | (cp >> 6));
    out.push_back(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out.push_back(0xE0 | (cp >> 12));
    out.push_back(0x80 | ((cp >> 6) & 0x3F));
    out.push_back(0x80 | (cp & 0x3F));
  } else {
    out.push_back(0xF0 | (cp >> 18));
    out.push_back(0x80 | ((cp >> 12) & 0x3F));
    out.push_back(0x80 | ((cp >> 6) & 0x3F));
    out.push_back(0x80 | (cp & 0x3F));
  }
}

void appendUtf16(std::uint32_t cp, std::vector<std::uint32_t>& out) {
  if (cp < 0x10000) {
    out.push_back(cp);
    return;
  }
  cp -= 0x10000;
  out.push_back(0xD800 | (cp >> 10));
  out.push_back(0xDC00 | (cp & 0x3FF));
}

// Decodes a body into code units of `unitBits` bits (8, 16 or 32).
void decodeUnits(std::string_view body, SourceLocation bodyLoc, unsigned unitBits,
                 std::vector<std::uint32_t>& out, DiagnosticEngine& diags) {
  BodyReader reader(body, bodyLoc, unitBits, unitBits != 8, diags);
  while (!reader.done()) {
    LiteralChar c = reader.next();
    if (!c.isCodePoint)
      out.push_back(c.value);
    else if (unitBits == 8)
      appendUtf8(c.value, out);
    else if (unitBits == 16)
      appendUtf16(c.value, out);
    else
      out.push_back(c.value);
  }
}

unsigned unitBitsOf(StringLiteralExpr::Prefix prefix) {
  switch (prefix) {
  case StringLiteralExpr::Prefix::u: return 16;
  case StringLiteralExpr::Prefix::L:
  case StringLiteralExpr::Prefix::U: return 32;
  default: return 8;
  }
}

} // namespace

long double floatingLiteralValue(const FloatLiteralExpr& literal) {
  std::string number = literal.spelling;
  // Decimal digits end a valid constant (a hex one ends with its exponent): drop the suffix.
  while (!number.empty() && std::string_view("fFlLiIjJ").find(number.back()) != std::string::npos)
    number.pop_back();
  if (literal.hasFloatSuffix) return std::strtof(number.c_str(), nullptr);
  if (literal.hasLongSuffix) return std::strtold(number.c_str(), nullptr);
  return std::strtod(number.c_str(), nullptr);
}

Expr* parseNumber(std::string_view spelling, SourceLocation loc, AstContext& ast,
                  DiagnosticEngine& diags) {
  if (looksFloating(spelling)) return parseFloating(spelling, loc, ast, diags);
  return parseInteger(spelling, loc, ast, diags);
}

CharLiteralExpr* parseCharConstant(std::string_view body, CharLiteralExpr::Prefix prefix,
                                   SourceLocation loc, AstContext& ast, DiagnosticEngine& diags) {
  auto* lit = ast.make<CharLiteralExpr>();
  lit->loc = loc;
  lit->prefix = prefix;
  unsigned unitBits = prefix == CharLiteralExpr::Prefix::None ? 8
                      : prefix == CharLiteralExpr::Prefix::u  ? 16
                                                              : 32;
  std::size_t prefixLength = prefix == CharLiteralExpr::Prefix::None ? 1 : 2;
  std::vector<std::uint32_t> units;
  decodeUnits(body, shifted(loc, prefixLength), unitBits, units, diags);
  if (units.empty()) {
    diags.error(loc, "empty character constant");
    return lit;
  }
  lit->isMultiChar = units.size() > 1;
  if (unitBits == 8) {
    // gcc: a multi-character constant is an int built from the chars, 8 bits each, most
    // significant first; only the last four fit.
    if (units.size() == 1) {
      lit->value = static_cast<std::int8_t>(units[0]);
      return lit;
    }
    std::uint32_t result = 0;
    for (std::uint32_t unit : units) result = (result << 8) | (unit & 0xFF);
    // (2 to 4 characters: Sema warns -Wmultichar, in order with its other diagnostics)
    if (units.size() > 4) diags.warning(loc, "character constant too long for its type");
    lit->value = static_cast<std::int32_t>(result);
    return lit;
  }
  // Wide constants hold one code unit; gcc keeps the last one.
  if (units.size() > 1) diags.warning(loc, "character constant too long for its type");
  std::uint32_t last = units.back();
  if (prefix == CharLiteralExpr::Prefix::L)
    lit->value = static_cast<std::int32_t>(last);
  else if (prefix == CharLiteralExpr::Prefix::u)
    lit->value = static_cast<std::uint16_t>(last);
  else
    lit->value = last;
  return lit;
}

void decodeStringBody(std::string_view body, StringLiteralExpr::Prefix prefix,
                      SourceLocation bodyLoc, std::vector<std::uint32_t>& out,
                      DiagnosticEngine& diags) {
  decodeUnits(body, bodyLoc, unitBitsOf(prefix), out, diags);
}

} // namespace minicc::frontend
