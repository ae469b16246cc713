// C11 6.4.2.2: __func__ is a static const char array holding the function's name, one per
// function that uses it, with a unique IR name like other static locals.
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s

// CHECK: @__func__.0 = internal constant size 6, align 1 [bytes "first\00"]
// CHECK: @__func__.1 = internal constant size 7, align 1 [bytes "second\00"]
const char *first(void) { return __func__; }
unsigned long second(void) { return sizeof __func__ + (__func__[0] == 's'); }

// CHECK-LABEL: define @first() -> ptr
// CHECK: ret ptr @__func__.0
// CHECK-LABEL: define @second() -> i64
// CHECK: load i8, ptr @__func__.1
