// frontend/Builtins.h — the table of gcc built-in functions minicc knows.
//
// Provides: BuiltinKind, BuiltinInfo and findBuiltin, which Sema (SemaBuiltins.cpp: checking
// and constant evaluation) and lowering (LowerBuiltins.cpp) share. Needs: nothing.
// A built-in is called like a function whose prototype the table spells in `signature`: the
// first letter is the result, the rest the parameters (a trailing '.' is `...`):
//   v void  i int  u unsigned  l long  L unsigned long  x long long  X unsigned long long
//   c unsigned char  h unsigned short  z size_t  f float  d double  e long double
//   p void *  P const void *  s char *  S const char *
// Kinds without a signature (constant_p, the overflow built-ins, va_*) are checked by hand.
#pragma once

#include <cstdint>
#include <string>

namespace minicc::frontend {

enum class BuiltinKind : std::uint8_t {
  VaStart,
  VaEnd,
  VaCopy,
  Library, // a call of the C library function `library`
  Clz,
  Ctz,
  Popcount,
  Parity,
  Ffs,
  Clrsb,
  Bswap,
  Expect,
  Unreachable,
  Trap,
  ConstantP,
  Infinity, // __builtin_inf*, __builtin_huge_val*
  Nan,
  AddOverflow,
  SubOverflow,
  MulOverflow,
  Crc32Byte,   // __builtin_ia32_crc32qi: SSE4.2's crc32b, computed without SSE4.2
  Alloca,      // stack memory until the function returns (or a VLA scope around it ends)
  Unsupported, // known to gcc, not (yet) to minicc: "not supported yet"
};

struct BuiltinInfo {
  const char* name;
  BuiltinKind kind;
  const char* signature; // see above; nullptr for kinds checked by hand
  const char* library;   // Library: the function called
};

// The built-in called `name` (with its `__builtin_` prefix), or nullptr.
const BuiltinInfo* findBuiltin(const std::string& name);

} // namespace minicc::frontend
