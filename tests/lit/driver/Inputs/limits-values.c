/* The C11 5.2.4.2.1 and 5.2.4.2.2 values for x86-64, checked by the preprocessor itself:
   any wrong value stops cpp with an #error. glibc's part (MB_LEN_MAX, PATH_MAX) must be there
   too. */
#include <float.h>
#include <limits.h>
#include <stdint.h>
#if CHAR_BIT != 8 || SCHAR_MIN != -128 || SCHAR_MAX != 127 || UCHAR_MAX != 255
#error char limits
#endif
#if CHAR_MIN != -128 || CHAR_MAX != 127
#error char is signed on x86-64
#endif
#if SHRT_MIN != -32768 || SHRT_MAX != 32767 || USHRT_MAX != 65535
#error short limits
#endif
#if INT_MIN != -2147483647 - 1 || INT_MAX != 2147483647 || UINT_MAX != 4294967295
#error int limits
#endif
#if LONG_MAX != 9223372036854775807 || LONG_MIN != -9223372036854775807 - 1
#error long limits
#endif
#if ULONG_MAX != 18446744073709551615u || ULLONG_MAX != 18446744073709551615u
#error unsigned long limits
#endif
#if LLONG_MAX != 9223372036854775807 || LLONG_MIN != -9223372036854775807 - 1
#error long long limits
#endif
#if MB_LEN_MAX != 16 || !defined(PATH_MAX) || !defined(SSIZE_MAX)
#error glibc limits missing
#endif
#if FLT_RADIX != 2 || FLT_MANT_DIG != 24 || DBL_MANT_DIG != 53 || LDBL_MANT_DIG != 64
#error float mantissas
#endif
#if FLT_EVAL_METHOD != 0 || DBL_DIG != 15 || DECIMAL_DIG != 21
#error float evaluation
#endif
#if SIZE_MAX != 18446744073709551615u || INTPTR_MAX != INT64_MAX || WCHAR_MAX != INT32_MAX
#error stdint limits
#endif
double float_limits[] = {FLT_MAX, DBL_MAX, DBL_MIN, DBL_EPSILON};
