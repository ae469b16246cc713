// A diagnostic inside an included file is located in that file and, as in gcc, preceded by
// the chain of #include lines that led there (innermost first) whenever the file differs from
// the previous diagnostic's; warnings inside system headers are not shown, errors are. The same
// checks pass on gcc's own output.
// RUN: %minicc -fsyntax-only -I%S/Inputs -isystem %S/Inputs/sys %s 2>&1 | %FileCheck %s --match-full-lines
// RUN: %cc -fsyntax-only -I%S/Inputs -isystem %S/Inputs/sys %s 2>&1 | %FileCheck %s --match-full-lines
// RUN: %expect-exit 1 %minicc -fsyntax-only -DSYSTEM_ERROR -I%S/Inputs -isystem %S/Inputs/sys %s 2>&1 | %FileCheck %s --check-prefix=SYSERR --match-full-lines
// RUN: not %cc -fsyntax-only -DSYSTEM_ERROR -I%S/Inputs -isystem %S/Inputs/sys %s 2>&1 | %FileCheck %s --check-prefix=SYSERR --match-full-lines
// A file given with -include is included from "<command-line>" (no line).
// RUN: %minicc -fsyntax-only -include %S/Inputs/include-forced.h -I%S/Inputs -isystem %S/Inputs/sys %s 2>&1 | %FileCheck %s --check-prefix=FORCED --match-full-lines
// RUN: %cc -fsyntax-only -include %S/Inputs/include-forced.h -I%S/Inputs -isystem %S/Inputs/sys %s 2>&1 | %FileCheck %s --check-prefix=FORCED --match-full-lines
// FORCED:      In file included from <command-line>:
// FORCED-NEXT: {{.*}}Inputs/include-forced.h:2:32: warning: comparison of distinct pointer types lacks a cast

// CHECK:      In file included from {{.*}}Inputs/include-outer.h:3,
// CHECK-NEXT:                  from {{.*}}diag-include-context.c:[[@LINE+9]]:
// CHECK-NEXT: {{.*}}Inputs/include-inner.h: In function 'inner':
// CHECK-NEXT: {{.*}}Inputs/include-inner.h:2:37: warning: returning 'char *' from a function with incompatible return type 'int *' [-Wincompatible-pointer-types]
// CHECK-NEXT:     2 | static int *inner(char *c) { return c; }
// CHECK-NEXT:       |                                     ^
// CHECK-NEXT: {{.*}}Inputs/include-inner.h: At top level:
// CHECK-NEXT: {{.*}}Inputs/include-inner.h:3:31: warning: comparison of distinct pointer types lacks a cast
// CHECK-NEXT:     3 | int inner_compare = (char *)0 == (int *)0;
// CHECK-NEXT:       |                               {{\^~*}}
#include "include-outer.h"
// Back in the main file: no include chain.
// CHECK-NEXT: {{.*}}diag-include-context.c:[[@LINE+1]]:30: warning: comparison of distinct pointer types lacks a cast
int main_compare = (char *)0 == (int *)0;
// CHECK-NEXT: {{.*}}|{{.*}}
// CHECK-NEXT: {{.*}}|{{.*}}
// A second header gets its own chain.
// CHECK-NEXT: In file included from {{.*}}diag-include-context.c:[[@LINE+4]]:
// CHECK-NEXT: {{.*}}Inputs/include-second.h:1:32: warning: comparison of distinct pointer types lacks a cast
// CHECK-NEXT:     1 | int second_compare = (char *)0 == (int *)0;
// CHECK-NEXT:       |                                {{\^~*}}
#include "include-second.h"
// Nothing from the system header's warnings.
// CHECK-NOT: quiet-system.h
#include <quiet-system.h>

// SYSERR:      In file included from {{.*}}diag-include-context.c:[[@LINE-2]]:
// SYSERR-NEXT: {{.*}}Inputs/sys/quiet-system.h:5:20: error: 'undeclared_in_system_header' undeclared here (not in a function)
