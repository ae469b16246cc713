/* runtime/include/stdarg.h — C11 7.16 for minicc (replaces gcc's private stdarg.h).
 *
 * va_list is the frontend's predeclared __builtin_va_list (the psABI's one-element array of
 * struct __va_list_tag, psABI 3.5.7); the macros map to the frontend's builtins.
 * glibc's stdio.h and wchar.h include this file with __need___va_list defined to get only
 * __gnuc_va_list, the name their prototypes use. */

#ifndef __minicc_gnuc_va_list_defined
#define __minicc_gnuc_va_list_defined
typedef __builtin_va_list __gnuc_va_list;
#endif

#if defined(__need___va_list)
#undef __need___va_list
#elif !defined(__minicc_stdarg_h)
#define __minicc_stdarg_h

#ifndef _VA_LIST_DEFINED
#define _VA_LIST_DEFINED
typedef __builtin_va_list va_list;
#endif

#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(dest, src) __builtin_va_copy(dest, src)

#endif
