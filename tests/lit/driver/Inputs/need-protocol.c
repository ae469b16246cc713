/* glibc's protocol: a header defines __need_X and includes <stddef.h> or <stdarg.h> to get only
   X. Markers between the steps show what each inclusion added. */
#define __need_size_t
#include <stddef.h>
marker_after_need_size_t;
#define __need_NULL
#include <stddef.h>
marker_after_need_NULL null = NULL;
#define __need_wchar_t
#include <stddef.h>
marker_after_need_wchar_t;
#define __need___va_list
#include <stdarg.h>
marker_after_need_va_list;
#include <stddef.h>
marker_after_stddef; offsetof_expands offsetof(struct s, m);
#include <stdarg.h>
marker_after_stdarg; va_arg_expands va_arg(ap, int);
#include <stddef.h>
#include <stdarg.h>
marker_after_second_inclusions;
#include <stdbool.h>
#include <stdalign.h>
#include <stdnoreturn.h>
#include <iso646.h>
bool_is bool true false __bool_true_false_are_defined;
alignas_is alignas(8) alignof(int) noreturn;
iso646_is a and b or not c xor d;
