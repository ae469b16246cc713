// gcc 12's -Wreturn-local-addr (on by default): a returned pointer that is, through
// conversions, pointer arithmetic, members and array elements, the address of an automatic
// object of the function (parameters included). Statics, pointers into other memory and
// integer results are fine. The checks pass on gcc's own output.
// RUN: %minicc -fsyntax-only %s 2>&1 | %FileCheck %s --implicit-check-not=warning:
// RUN: %cc -fsyntax-only %s 2>&1 | %FileCheck %s --implicit-check-not=warning:
// -Wno-return-local-addr and -w silence it; -Werror=return-local-addr makes it an error.
// RUN: %minicc -fsyntax-only -Wno-return-local-addr %s 2>&1 | count 0
// RUN: %minicc -fsyntax-only -w %s 2>&1 | count 0
// RUN: %expect-exit 1 %minicc -fsyntax-only -Werror=return-local-addr %s 2>&1 | %FileCheck %s --check-prefix=ERROR
// ERROR: sema-return-local-addr.c:[[@LINE+7]]:38: error: function returns address of local variable [-Werror=return-local-addr]
// ERROR: minicc: some warnings being treated as errors

struct S { int a[4]; int m; };

// CHECK: sema-return-local-addr.c:[[@LINE+2]]:38: warning: function returns address of local variable [-Wreturn-local-addr]
// CHECK-NEXT: {{.*}} | int *local(void) { int x = 1; return &x; }
int *local(void) { int x = 1; return &x; }
// CHECK: sema-return-local-addr.c:[[@LINE+1]]:45: warning: function returns address of local variable
int *array(void) { int arr[4] = {0}; return arr; }
// CHECK: sema-return-local-addr.c:[[@LINE+1]]:47: warning: function returns address of local variable
int *element(void) { int arr[4] = {0}; return &arr[2]; }
// CHECK: sema-return-local-addr.c:[[@LINE+1]]:46: warning: function returns address of local variable
int *member(void) { struct S s = {0}; return &s.m; }
// CHECK: sema-return-local-addr.c:[[@LINE+1]]:56: warning: function returns address of local variable
int *member_array(void) { struct S s = {0}; return s.a + 1; }
// CHECK: sema-return-local-addr.c:[[@LINE+1]]:32: warning: function returns address of local variable
int *parameter(int p) { return &p; }
// CHECK: sema-return-local-addr.c:[[@LINE+1]]:34: warning: function returns address of local variable
char *cast(void) { int x; return (char *)&x; }
// CHECK: sema-return-local-addr.c:[[@LINE+1]]:52: warning: function returns address of local variable
int *arithmetic(void) { int arr[4] = {0}; return 1 + arr; }
// CHECK: sema-return-local-addr.c:[[@LINE+1]]:42: warning: function returns address of local variable
void *to_void(void) { int x = 0; return (&x); }
// CHECK: sema-return-local-addr.c:[[@LINE+1]]:54: warning: function returns address of local variable
int *nested_element(void) { struct S s = {0}; return &s.a[1]; }

int *fine_static(void) { static int st; return &st; }
long fine_integer(void) { int x; return (long)&x; }
int *fine_through_pointer(int *p) { return &p[1]; }
int *fine_copy(void) { int arr[4]; int *p = arr; return p; }
int *fine_conditional(int c) { int x = 0, y = 0; return c ? &x : &y; }
