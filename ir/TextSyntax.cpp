// ir/TextSyntax.cpp — see TextSyntax.h.
#include "ir/TextSyntax.h"

#include "ir/FloatValue.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace minicc::ir::text {

std::string typeKeyword(Type type) {
  switch (type.kind()) {
  case TypeKind::Void: return "void";
  case TypeKind::I1: return "i1";
  case TypeKind::I8: return "i8";
  case TypeKind::I16: return "i16";
  case TypeKind::I32: return "i32";
  case TypeKind::I64: return "i64";
  case TypeKind::F32: return "f32";
  case TypeKind::F64: return "f64";
  case TypeKind::F80: return "f80";
  case TypeKind::Ptr: return "ptr";
  case TypeKind::Aggregate: return "aggregate";
  }
  return "?";
}

bool isNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '$';
}

bool isPlainName(std::string_view name) {
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
  for (char c : name)
    if (!isNameChar(c)) return false;
  return true;
}

bool isNumericName(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string quoteBytes(std::string_view bytes) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out = "\"";
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      out += ch;
    } else {
      out += '\\';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  out += '"';
  return out;
}

std::string spellName(std::string_view name) {
  if (isPlainName(name) || isNumericName(name)) return std::string(name);
  return quoteBytes(name);
}

std::string formatFloat(Type type, long double value) {
  bool extended = type.kind() == TypeKind::F80;
  char buf[64];
  if (std::isnan(value)) {
    if (extended) {
      ExtendedBits bits = extendedBits(value);
      std::snprintf(buf, sizeof buf, "0x%04X%016llX", static_cast<unsigned>(bits.signExponent),
                    static_cast<unsigned long long>(bits.significand));
    } else {
      std::snprintf(buf, sizeof buf, "0x%016llX",
                    static_cast<unsigned long long>(doubleBitsOf(value)));
    }
    return buf;
  }
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  auto result = type.kind() == TypeKind::F32 ? std::to_chars(buf, buf + sizeof buf, toFloat(value))
                : extended                   ? std::to_chars(buf, buf + sizeof buf, value)
                           : std::to_chars(buf, buf + sizeof buf, toDouble(value));
  std::string s(buf, result.ptr);
  // Keep a float looking like a float: `1.0`, not `1`.
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

} // namespace minicc::ir::text
