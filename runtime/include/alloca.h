/* alloca.h — minicc's replacement for glibc's <alloca.h> (found first: runtime/include is
   searched before the system directories). glibc maps alloca to gcc's built-in only when
   __GNUC__ is defined, and minicc does not define it; without this header `alloca` would be a
   call of a function no library provides. */
#ifndef _ALLOCA_H
#define _ALLOCA_H 1

#include <stddef.h>

void *alloca(size_t __size);
#define alloca(size) __builtin_alloca(size)

#endif
