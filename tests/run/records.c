// Unions, anonymous struct/union members (C11 6.7.2.1p13, nested, in initializers and through
// pointers), flexible array members (6.7.2.1p18: sizeof, offset, storage allocated with
// malloc), _Alignof/_Alignas on members, objects and types (6.7.5), and _Static_assert at
// file, block and member scope (6.7.10).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stddef.h>
int printf(const char *, ...);
void *malloc(unsigned long);
void free(void *);
char *strcpy(char *, const char *);

union Scalar { int i; unsigned u; char c[4]; short s[2]; long l; };

struct Variant {
  int kind;
  union {
    int i;
    double d;
    struct { short lo, hi; };
  };
  struct { char tag; char flag; };
};

struct Deep { union { struct { union { int a; char b; }; int c; }; long whole; }; int after; };

struct Message { int length; char text[]; };
struct Samples { short count; long values[]; };

struct Aligned { char c; _Alignas(16) int x; char d; };
struct Wide { char c; _Alignas(long) char d; _Static_assert(1, "member scope"); };

_Static_assert(sizeof(union Scalar) == 8, "union is as large as its largest member");
_Static_assert(_Alignof(struct Aligned) == 16, "member alignment raises the struct's");

static _Alignas(32) char buffer32[5];
static _Alignas(double) char buffer8[3];
_Alignas(16) static int aligned_int;

int main(void) {
  union Scalar s;
  s.l = 0;
  s.i = -2;
  printf("union %d %u %d %d %zu %zu\n", s.i, s.u, s.c[0], s.s[1], sizeof s, _Alignof(union Scalar));

  struct Variant v = {.kind = 2, .lo = 3, .hi = 4, .tag = 'T'};
  v.flag = 1;
  struct Variant *pv = &v;
  printf("anonymous %d %d %d %c %d %d\n", v.kind, pv->lo, pv->hi, pv->tag, v.flag,
         v.i == (4 << 16 | 3));
  printf("layout %zu %zu %zu %zu\n", sizeof(struct Variant), offsetof(struct Variant, hi),
         offsetof(struct Variant, tag), offsetof(struct Variant, flag));
  struct Deep deep = {.c = 7, .after = 8};
  deep.b = 'x';
  printf("deep %d %d %d %zu %zu\n", deep.b, deep.c, deep.after, offsetof(struct Deep, c),
         sizeof(struct Deep));

  printf("flexible %zu %zu %zu %zu\n", sizeof(struct Message), offsetof(struct Message, text),
         sizeof(struct Samples), offsetof(struct Samples, values));
  struct Message *m = malloc(sizeof(struct Message) + 16);
  m->length = 12;
  strcpy(m->text, "flexible!");
  struct Samples *samples = malloc(sizeof(struct Samples) + 4 * sizeof(long));
  samples->count = 4;
  for (int i = 0; i < samples->count; i++) samples->values[i] = (long)i * 1000000000000L;
  printf("%d %s %ld\n", m->length, m->text, samples->values[3]);
  free(m);
  free(samples);

  _Static_assert(sizeof(long) == 8, "block scope");
  _Alignas(16) char local16[3];
  _Alignas(int) char local_int[2];
  printf("alignof %zu %zu %zu %zu %zu\n", _Alignof(char), _Alignof(long double),
         _Alignof(struct Aligned), _Alignof(struct Wide), _Alignof(int[7]));
  printf("aligned sizes %zu %zu %zu %zu\n", sizeof(struct Aligned), offsetof(struct Aligned, x),
         offsetof(struct Aligned, d), sizeof(struct Wide));
  printf("addresses %d %d %d %d %d\n", (int)((unsigned long)buffer32 % 32),
         (int)((unsigned long)buffer8 % 8), (int)((unsigned long)&aligned_int % 16),
         (int)((unsigned long)local16 % 16), (int)((unsigned long)local_int % 4));
  return 0;
}
