/* runtime/include/stddef.h — C11 7.19 for minicc (replaces gcc's private stddef.h).
 *
 * glibc's headers include this file with one of __need_size_t, __need_ptrdiff_t,
 * __need_wchar_t, __need_wint_t or __need_NULL defined to get just that definition; each part
 * has its own guard, so any order of partial and full inclusions defines everything once.
 * The types come from the macros minicc predefines (docs/driver.md). */

#if !defined(__need_size_t) && !defined(__need_ptrdiff_t) && !defined(__need_wchar_t) &&      \
    !defined(__need_wint_t) && !defined(__need_NULL)
#define __minicc_stddef_everything
#endif

#if defined(__minicc_stddef_everything) || defined(__need_size_t)
#ifndef __minicc_size_t_defined
#define __minicc_size_t_defined
typedef __SIZE_TYPE__ size_t;
#endif
#endif

#if defined(__minicc_stddef_everything) || defined(__need_ptrdiff_t)
#ifndef __minicc_ptrdiff_t_defined
#define __minicc_ptrdiff_t_defined
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#endif
#endif

#if defined(__minicc_stddef_everything) || defined(__need_wchar_t)
#ifndef __minicc_wchar_t_defined
#define __minicc_wchar_t_defined
typedef __WCHAR_TYPE__ wchar_t;
#endif
#endif

/* wint_t is not C11 <stddef.h>; only on request. glibc's bits/types/wint_t.h skips its own
   definition when _WINT_T is defined. */
#if defined(__need_wint_t)
#ifndef _WINT_T
#define _WINT_T 1
typedef __WINT_TYPE__ wint_t;
#endif
#endif

#if defined(__minicc_stddef_everything) || defined(__need_NULL)
#undef NULL
#define NULL ((void *)0)
#endif

#if defined(__minicc_stddef_everything) && !defined(__minicc_stddef_h)
#define __minicc_stddef_h
/* C11 7.19p3: an integer constant expression; minicc's frontend folds this form. */
#define offsetof(type, member) ((__SIZE_TYPE__) & (((type *)0)->member))
/* C11 7.19p2: the strictest fundamental alignment (16 on x86-64, as gcc's: size 32). */
typedef struct {
  long long __minicc_max_align_ll;
  long double __minicc_max_align_ld;
} max_align_t;
#endif

#undef __minicc_stddef_everything
#undef __need_size_t
#undef __need_ptrdiff_t
#undef __need_wchar_t
#undef __need_wint_t
#undef __need_NULL
