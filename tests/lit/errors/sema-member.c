// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

struct S { int x; } s, *ps;
struct Incomplete *pi;
union U { int i; } u;

int f(int i) {
  // CHECK: sema-member.c:[[@LINE+1]]:4: error: 'struct S' has no member named 'y'
  s.y = 1;
  // CHECK: sema-member.c:[[@LINE+1]]:17: error: 'union U' has no member named 'z'
  return u.i + u.z
  // CHECK: sema-member.c:[[@LINE+1]]:13: error: request for member 'x' in something not a structure or union
         + i.x
  // CHECK: sema-member.c:[[@LINE+1]]:13: error: invalid type argument of '->' (have 'struct S')
         + s->x
  // CHECK: sema-member.c:[[@LINE+1]]:14: error: invalid use of undefined type 'struct Incomplete'
         + pi->x
  // CHECK: sema-member.c:[[@LINE+1]]:14: error: 'ps' is a pointer; did you mean to use '->'?
         + ps.x;
}
