// Typedef names in every name space they can meet (C11 6.2.3, 6.7.8): a member and a parameter
// named like their typedef type, a typedef name hidden in a block and visible again after it,
// a label with a typedef's name (labels have their own name space), casts and sizeof of the
// typedef, a block-scope typedef shadowing a file-scope one, unnamed bit-fields of typedef type.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);

typedef int T;
typedef char C;
typedef unsigned U;
struct S { T T; C C; };
struct Bits { U a : 3; U : 5; U b : 4; T : 0; T c : 2; };

static int f(T T) { return T + 1; }
static int g(int (T)) { return 2; } // an unnamed parameter: a function taking a T

static int h(void) {
  T y = (T)3;
  {
    int T = 5;
    y += T;
  }
  T z = sizeof(T) + y;
  goto T;
T:
  return z;
}

int main(void) {
  struct S s = {1, 'c'};
  printf("%d %c %d %d %d\n", s.T, s.C, f(4), g(0), h());
  {
    typedef long T;
    T big = 1L << 40;
    printf("%zu %ld\n", sizeof(T), big);
  }
  T after = 7;
  struct Bits bits = {5, 9, -1};
  printf("%zu %d %zu %u %u %d\n", sizeof after, after, sizeof bits, bits.a, bits.b, bits.c);
  return 0;
}
