// Twelve simultaneously live values are allocated with no spill: no stack slot is touched.
// RUN: %minicc -S %s -o - | %FileCheck %s

// CHECK-LABEL: twelve:
// CHECK-NOT: (%rbp)
// CHECK-NOT: (%rsp)
// CHECK-NOT: subq
// CHECK: .size twelve
long twelve(long x, long y) {
  long a = x * 3, b = x * 5, c = x * 7, d = x * 11, e = x * 13, f = x * 17;
  long g = y * 3, h = y * 5, i = y * 7, j = y * 11, k = y * 13, l = y * 17;
  return (a ^ l) + (b ^ k) + (c ^ j) + (d ^ i) + (e ^ h) + (f ^ g);
}
