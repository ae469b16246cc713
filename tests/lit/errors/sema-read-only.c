// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

struct S { const int fixed; int free; };

void f(const int *p, struct S *s, const struct S *cs) {
  const int c = 1;
  // CHECK: sema-read-only.c:[[@LINE+1]]:5: error: assignment of read-only variable 'c'
  c = 2;
  // CHECK: sema-read-only.c:[[@LINE+1]]:4: error: increment of read-only variable 'c'
  c++;
  // CHECK: sema-read-only.c:[[@LINE+1]]:6: error: assignment of read-only location '*p'
  *p = 3;
  // CHECK: sema-read-only.c:[[@LINE+1]]:12: error: assignment of read-only member 'fixed'
  s->fixed = 4;
  // CHECK: sema-read-only.c:[[@LINE+1]]:12: error: assignment of member 'free' in read-only object
  cs->free = 5;
  // (gcc spells the location '*(p + 4)')
  // CHECK: sema-read-only.c:[[@LINE+1]]:3: error: decrement of read-only location
  --p[1];
}
