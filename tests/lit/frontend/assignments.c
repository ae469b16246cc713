// Compound assignment computes in the converted type and converts back (C11 6.5.16.2);
// ++/-- add one in the operand's own width, except _Bool (6.3.1.2); postfix yields the old
// value.
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s

// char c; c += 1000: promoted to int, added, truncated.
// CHECK-LABEL: define @char_add(i8 signext %c) -> i8 signext
// CHECK: %[[C:[0-9]+]] = load i8, ptr %c.addr
// CHECK-NEXT: %[[W:[0-9]+]] = sext i8 %[[C]] to i32
// CHECK-NEXT: %[[S:[0-9]+]] = add i32 %[[W]], 1000
// CHECK-NEXT: %[[T:[0-9]+]] = trunc i32 %[[S]] to i8
// CHECK-NEXT: store i8 %[[T]], ptr %c.addr
char char_add(char c) {
  c += 1000;
  return c;
}

// unsigned u; u /= -2: -2 converts to unsigned (4294967294) and the division is unsigned.
// CHECK-LABEL: define @unsigned_divide(i32 %u) -> i32
// CHECK: udiv i32 %{{[0-9]+}}, -2
unsigned unsigned_divide(unsigned u) {
  u /= -2;
  return u;
}

// short s; s <<= 3L: the count converts to the promoted left type.
// CHECK-LABEL: define @shift_assign(i16 signext %s) -> i16 signext
// CHECK: %[[W:[0-9]+]] = sext i16 %{{[0-9]+}} to i32
// CHECK-NEXT: %[[R:[0-9]+]] = shl i32 %[[W]], 3
// CHECK-NEXT: trunc i32 %[[R]] to i16
short shift_assign(short s) {
  s <<= 3L;
  return s;
}

// CHECK-LABEL: define @pointer_add(ptr %p, i32 %n) -> ptr
// CHECK: %[[N:[0-9]+]] = sext i32 %{{[0-9]+}} to i64
// CHECK-NEXT: %[[OFF:[0-9]+]] = mul i64 %[[N]], 4
// CHECK-NEXT: ptradd ptr %{{[0-9]+}}, i64 %[[OFF]]
int *pointer_add(int *p, int n) {
  p += n;
  return p;
}

// CHECK-LABEL: define @postfix(ptr %p) -> i32
// CHECK: %[[OLD:[0-9]+]] = load i32, ptr %[[P:[0-9]+]]
// CHECK-NEXT: %[[NEW:[0-9]+]] = add i32 %[[OLD]], 1
// CHECK-NEXT: store i32 %[[NEW]], ptr %[[P]]
// CHECK-NEXT: ret i32 %[[OLD]]
int postfix(int *p) { return (*p)++; }

// _Bool b; b--: computed as int and converted back, so false becomes true.
// CHECK-LABEL: define @bool_decrement(i8 zeroext %b) -> i8 zeroext
// CHECK: %[[W:[0-9]+]] = zext i8 %{{[0-9]+}} to i32
// CHECK-NEXT: %[[D:[0-9]+]] = sub i32 %[[W]], 1
// CHECK-NEXT: %[[NZ:[0-9]+]] = icmp ne i32 %[[D]], 0
// CHECK-NEXT: zext i1 %[[NZ]] to i8
_Bool bool_decrement(_Bool b) {
  b--;
  return b;
}
