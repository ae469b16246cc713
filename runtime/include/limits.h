/* runtime/include/limits.h — C11 5.2.4.2.1 for minicc (replaces gcc's private limits.h).
 *
 * The C limits for x86-64 LP64 (char is signed, psABI 3.1.2), then glibc's own <limits.h> for
 * MB_LEN_MAX and the POSIX limits (PATH_MAX, …). Defining _LIMITS_H first makes glibc's header
 * skip its copy of the C limits. */
#ifndef __minicc_limits_h
#define __minicc_limits_h

#define CHAR_BIT 8
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 255
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#define SHRT_MIN (-32768)
#define SHRT_MAX 32767
#define USHRT_MAX 65535
#define INT_MIN (-INT_MAX - 1)
#define INT_MAX 2147483647
#define UINT_MAX 4294967295U
#define LONG_MIN (-LONG_MAX - 1L)
#define LONG_MAX 9223372036854775807L
#define ULONG_MAX 18446744073709551615UL
#define LLONG_MIN (-LLONG_MAX - 1LL)
#define LLONG_MAX 9223372036854775807LL
#define ULLONG_MAX 18446744073709551615ULL

#ifndef _LIMITS_H
#define _LIMITS_H 1
#endif

#endif

/* Outside the guard, like glibc's own header: it protects itself. */
#include_next <limits.h>

#ifndef MB_LEN_MAX
#define MB_LEN_MAX 16
#endif
