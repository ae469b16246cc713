// Calls: prototyped calls convert their arguments and say how narrow values are extended;
// variadic and unprototyped calls pass promoted extra arguments (C11 6.5.2.2p6-7) and are
// variadic in the IR; implicitly declared functions are `int f()`; calls through function
// pointers, with or without `*`, call the loaded pointer.
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s

// CHECK: declare @printf(ptr, ...) -> i32
// CHECK: declare @narrow(i8 signext, i16 zeroext, i8 zeroext) -> i16 signext
// CHECK: declare @old_style(...) -> i32
int printf(const char *, ...);
short narrow(char c, unsigned short u, _Bool b);
int old_style();
int apply(int (*f)(int), int x);
int twice(int x) { return 2 * x; }

// CHECK-LABEL: define @calls(i8 signext %c, i64 %l) -> i32
// CHECK: %[[C:[0-9]+]] = load i8, ptr %c.addr
// CHECK-NEXT: %[[L:[0-9]+]] = load i64, ptr %l.addr
// CHECK-NEXT: %[[T:[0-9]+]] = trunc i64 %[[L]] to i16
// CHECK-NEXT: call (i8 signext, i16 zeroext, i8 zeroext) -> i16 signext @narrow(i8 %[[C]], i16 %[[T]], i8 1)
// The default argument promotions: char to int for `...`.
// CHECK: %[[CW:[0-9]+]] = sext i8 %{{[0-9]+}} to i32
// CHECK: call (ptr, ...) -> i32 @printf(ptr @.str.0, i32 %[[CW]], i64 %{{[0-9]+}})
// CHECK: call (...) -> i32 @old_style(i32 %{{[0-9]+}})
// CHECK: call (...) -> i32 @undeclared(i32 1)
// CHECK: call (ptr, i32) -> i32 @apply(ptr @twice, i32 3)
int calls(char c, long l) {
  narrow(c, l, 5);
  printf("%d %ld\n", c, l);
  old_style(c);
  undeclared(1);
  return apply(twice, 3);
}

// CHECK-LABEL: define @through_pointer(ptr %f) -> i32
// CHECK: %[[OUTER:[0-9]+]] = load ptr, ptr %f.addr
// CHECK-NEXT: %[[INNER:[0-9]+]] = load ptr, ptr %f.addr
// CHECK-NEXT: %[[R:[0-9]+]] = call (i32) -> i32 %[[INNER]](i32 1)
// CHECK-NEXT: call (i32) -> i32 %[[OUTER]](i32 %[[R]])
int through_pointer(int (*f)(int)) { return (*f)(f(1)); }
