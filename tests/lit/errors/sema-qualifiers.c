// Qualifier checks (C11 6.3.2.1p1, 6.5.16p2, 6.7.3p2) with gcc 12's wording: a const object,
// parameter, location or member, and a struct/union with a const member (at any depth), is not
// a modifiable lvalue; gcc spells locations reached through pointers with byte offsets;
// restrict applies only to pointers to objects. The checks pass on gcc's own output.
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s
// RUN: not %cc -fsyntax-only %s 2>&1 | %FileCheck %s

struct S { const int fixed; int free; };
struct N { struct S inner; int x; };
union U { const int c; int d; };
struct S global;

// CHECK: sema-qualifiers.c:[[@LINE+1]]:1: error: invalid use of 'restrict'
restrict int not_a_pointer;
int *restrict fine;

void f(const int x, struct S s, struct S t, const char *p, char *const q, struct S *ps,
       struct N *pn, union U *pu, union U u2, const int *cp, int i, long l) {
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:5: error: assignment of read-only parameter 'x'
  x = 1;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:5: error: assignment of read-only parameter 's'
  s = t;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:8: error: assignment of read-only location '*p'
  p[0] = 'a';
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:5: error: assignment of read-only parameter 'q'
  q = 0;
  q[0] = 'b';
  const int arr[2] = {1, 2};
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:10: error: assignment of read-only location 'arr[1]'
  arr[1] = 3;
  const struct S cs = {1, 2};
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:11: error: assignment of member 'free' in read-only object
  cs.free = 4;
  struct S local = t;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:9: error: assignment of read-only variable 'local'
  local = t;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:10: error: assignment of read-only variable 'global'
  global = t;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:7: error: assignment of read-only location '*ps'
  *ps = t;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:13: error: assignment of read-only member 'inner'
  pn->inner = t;
  struct N n2 = {{1, 2}, 3};
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:7: error: assignment of read-only location '*pn'
  *pn = n2;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:7: error: assignment of read-only location '*pu'
  *pu = u2;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:9: error: assignment of read-only location '*(ps + 8)'
  ps[1] = t;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:9: error: assignment of read-only location '*(cp + 12)'
  cp[3] = 2;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:13: error: assignment of read-only location '*(cp + 4)'
  *(cp + 1) = 5;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:9: error: assignment of read-only location '*(cp + (sizetype)((long unsigned int)i * 4))'
  cp[i] = 1;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:8: error: assignment of read-only location '*(p + (sizetype)l)'
  p[l] = 1;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:13: error: assignment of read-only location '*(cp + -8)'
  *(cp - 2) = 6;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:15: error: assignment of read-only location '*(cp + 12)'
  (cp + 1)[2] = 7;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:4: error: increment of read-only parameter 'x'
  x++;
  // CHECK: sema-qualifiers.c:[[@LINE+1]]:3: error: decrement of read-only member 'fixed'
  --pn->inner.fixed;
}
