// Bit-fields (C11 6.7.2.1p9-p12) with gcc's layout: allocation units of the declared type,
// fields never straddling a unit of their type, zero-width fields closing a unit, unnamed
// fields as padding, bit-fields in unions, _Bool/char/short/long/long long bit-fields; the
// bytes written (dumped), sign extension on reads, compound assignment, increments, and the
// integer promotions gcc applies to bit-fields of every type (6.3.1.1p2: int if int holds
// every value, else unsigned int if that does).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);
void *memset(void *, int, unsigned long);

struct A { unsigned a : 3, b : 5, c : 7; int d : 9; signed char e : 3; };
struct B { char x; int y : 4; long z : 40; short w : 3; };
struct C { int a : 1; int : 0; int b : 2; unsigned long c : 63; char d; };
struct D { unsigned char a : 7; unsigned char b : 7; unsigned char c : 2; };
struct E { long a : 33; int b : 31; char c; long d : 1; };
struct F { char c; int : 3; int x : 5; };
union U { int a : 3; unsigned b : 17; char c; };
struct G { _Bool f : 1; unsigned long long q : 50; short s : 9; };
struct H { int a : 31; int b : 2; };
struct I { char a; long long b : 7; };
struct J { short s : 7; char : 0; char c : 3; long l : 60; };
struct K { unsigned long e : 32; unsigned long f : 31; unsigned g : 32; unsigned h : 31;
           long i : 32; long j : 33; unsigned char k : 8; _Bool m : 1; };

#define SHOW(T) printf("%-8s size %2d align %d\n", #T, (int)sizeof(T), (int)_Alignof(T))

static void dump(const char *name, const void *p, unsigned long n) {
  const unsigned char *bytes = p;
  printf("%s:", name);
  for (unsigned long i = 0; i < n; i++) printf(" %02x", bytes[i]);
  printf("\n");
}

int main(void) {
  SHOW(struct A); SHOW(struct B); SHOW(struct C); SHOW(struct D); SHOW(struct E);
  SHOW(struct F); SHOW(union U); SHOW(struct G); SHOW(struct H); SHOW(struct I);
  SHOW(struct J); SHOW(struct K);

  struct A a;
  memset(&a, 0, sizeof a);
  a.a = 5; a.b = 31; a.c = 100; a.d = -200; a.e = -3;
  dump("A", &a, sizeof a);
  printf("A %u %u %u %d %d\n", a.a, a.b, a.c, a.d, a.e);
  a.b += 3; a.c++; a.d *= 2; a.e--; a.a <<= 1;
  printf("A' %u %u %u %d %d\n", a.a, a.b, a.c, a.d, a.e);

  struct B b;
  memset(&b, 0xff, sizeof b);
  b.x = 1; b.y = -8; b.z = -123456789012L; b.w = -4;
  dump("B", &b, sizeof b);
  printf("B %d %d %ld %d\n", b.x, b.y, (long)b.z, b.w);

  struct C c = {1, 2, 0x7fffffffffffffffUL, 'q'};
  dump("C", &c, sizeof c);
  printf("C %d %d %lu %c\n", c.a, c.b, (unsigned long)c.c, c.d);

  struct D d = {100, 50, 3};
  dump("D", &d, sizeof d);
  struct E e = {-5000000000L, 123456, 'z', -1};
  dump("E", &e, sizeof e);
  printf("E %ld %d %d\n", (long)e.a, e.b, (int)e.d);
  struct F f = {'a', 13};
  dump("F", &f, sizeof f);
  union U u;
  memset(&u, 0, sizeof u);
  u.b = 100000;
  dump("U", &u, sizeof u);
  printf("U %d %u %d\n", u.a, u.b, u.c);
  struct G g = {1, 0x3ffffffffffffULL, -200};
  dump("G", &g, sizeof g);
  printf("G %d %llu %d\n", g.f, (unsigned long long)g.q, g.s);
  struct H h = {-1, 1};
  printf("H %d %d\n", h.a, h.b);
  struct J j = {-60, 3, -5};
  dump("J", &j, sizeof j);
  printf("J %d %d %ld\n", j.s, j.c, (long)j.l);

  // Promotions: the type of k.x + 0 (its size) and its signedness (k.x - 1 < 0 when k.x = 0).
  struct K k;
  memset(&k, 0, sizeof k);
  printf("K sizes %d %d %d %d %d %d %d %d\n", (int)sizeof(k.e + 0), (int)sizeof(k.f + 0),
         (int)sizeof(k.g + 0), (int)sizeof(k.h + 0), (int)sizeof(k.i + 0), (int)sizeof(k.j + 0),
         (int)sizeof(k.k + 0), (int)sizeof(k.m + 0));
  printf("K signed %d %d %d %d %d %d %d %d\n", k.e - 1 < 0, k.f - 1 < 0, k.g - 1 < 0,
         k.h - 1 < 0, k.i - 1 < 0, k.j - 1 < 0, k.k - 1 < 0, k.m - 1 < 0);
  k.e = 0xffffffffUL; k.f = 0x7fffffffUL; k.i = -1; k.j = -2;
  printf("K values %lu %lu %ld %ld\n", (unsigned long)k.e, (unsigned long)k.f, (long)k.i,
         (long)k.j);
  return 0;
}
