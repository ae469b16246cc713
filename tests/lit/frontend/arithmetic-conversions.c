// C11 6.3.1.1 integer promotions and 6.3.1.8 usual arithmetic conversions, as the IR shows
// them: narrow operands are sign- or zero-extended by their own type, the operation uses the
// common type, and signedness picks sdiv/udiv, ashr/lshr and slt/ult.
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s

// CHECK-LABEL: define @promote_chars(i8 signext %c, i8 zeroext %u) -> i32
// CHECK: %[[C:[0-9]+]] = load i8, ptr %c.addr
// CHECK-NEXT: %[[CW:[0-9]+]] = sext i8 %[[C]] to i32
// CHECK-NEXT: %[[U:[0-9]+]] = load i8, ptr %u.addr
// CHECK-NEXT: %[[UW:[0-9]+]] = zext i8 %[[U]] to i32
// CHECK-NEXT: add i32 %[[CW]], %[[UW]]
int promote_chars(char c, unsigned char u) { return c + u; }

// int + unsigned: the int converts to unsigned; division is unsigned.
// CHECK-LABEL: define @mixed_division(i32 %i, i32 %u) -> i32
// CHECK: udiv i32
unsigned mixed_division(int i, unsigned u) { return i / u; }

// CHECK-LABEL: define @signed_division(i32 %a, i32 %b) -> i32
// CHECK: sdiv i32
// CHECK: srem i32
int signed_division(int a, int b) { return a / b + a % b; }

// long + unsigned int: long can represent every unsigned int, so the result is long and the
// unsigned operand is zero-extended.
// CHECK-LABEL: define @long_plus_unsigned(i64 %l, i32 %u) -> i64
// CHECK: %[[U:[0-9]+]] = load i32, ptr %u.addr
// CHECK-NEXT: %[[W:[0-9]+]] = zext i32 %[[U]] to i64
// CHECK-NEXT: add i64 %{{[0-9]+}}, %[[W]]
long long_plus_unsigned(long l, unsigned u) { return l + u; }

// long long vs unsigned long (same width): unsigned long long; the comparison is unsigned.
// CHECK-LABEL: define @compare_mixed_64(i64 %a, i64 %b) -> i32
// CHECK: icmp ult i64
int compare_mixed_64(long long a, unsigned long b) { return a < b; }

// -1 < 0u is false in C: the int converts to unsigned.
// CHECK-LABEL: define @compare_int_unsigned(i32 %i, i32 %u) -> i32
// CHECK: %[[CMP:[0-9]+]] = icmp ult i32
// CHECK-NEXT: zext i1 %[[CMP]] to i32
int compare_int_unsigned(int i, unsigned u) { return i < u; }

// C11 6.5.7: the result has the promoted left type and the count is converted to it.
// CHECK-LABEL: define @shifts(i16 signext %s, i64 %n) -> i32
// CHECK: %[[S:[0-9]+]] = sext i16 %{{[0-9]+}} to i32
// CHECK: %[[N:[0-9]+]] = trunc i64 %{{[0-9]+}} to i32
// CHECK-NEXT: ashr i32 %[[S]], %[[N]]
int shifts(short s, long n) { return s >> n; }

// CHECK-LABEL: define @unsigned_shift(i32 %u) -> i32
// CHECK: lshr i32 %{{[0-9]+}}, 3
unsigned unsigned_shift(unsigned u) { return u >> 3; }

// Unary minus and ~ promote; ! compares with zero.
// CHECK-LABEL: define @unary(i8 zeroext %c) -> i32
// CHECK: zext i8 %{{[0-9]+}} to i32
// CHECK-NEXT: neg i32
// CHECK: not i32
int unary(unsigned char c) { return -c + ~c; }

// Casts convert explicitly: truncation, then sign extension of a signed char.
// CHECK-LABEL: define @casts(i32 %x) -> i64
// CHECK: %[[T:[0-9]+]] = trunc i32 %{{[0-9]+}} to i8
// CHECK-NEXT: sext i8 %[[T]] to i64
long casts(int x) { return (signed char)x; }

// Conversion to _Bool compares with zero (C11 6.3.1.2).
// CHECK-LABEL: define @to_bool(i64 %l) -> i8 zeroext
// CHECK: %[[NZ:[0-9]+]] = icmp ne i64 %{{[0-9]+}}, 0
// CHECK-NEXT: zext i1 %[[NZ]] to i8
_Bool to_bool(long l) { return l; }
