// <stddef.h> (minicc's runtime/include): size_t, ptrdiff_t, wchar_t, max_align_t, NULL and
// offsetof as an integer constant expression (array sizes, static initializers, case labels),
// on nested members and array elements (C11 7.19).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stddef.h>
#include <stdio.h>

struct inner { char c; double d; };
struct outer { int i; struct inner in[3]; char tail[5]; };

static char sized_by_offsetof[offsetof(struct outer, tail)];
static const size_t table[] = {offsetof(struct outer, i), offsetof(struct outer, in),
                               offsetof(struct outer, in[2].d), offsetof(struct outer, tail[4])};

static const char *which(size_t offset) {
  switch (offset) {
  case offsetof(struct outer, i): return "i";
  case offsetof(struct outer, in): return "in";
  case offsetof(struct outer, tail): return "tail";
  default: return "?";
  }
}

int main(void) {
  printf("sizes %zu %zu %zu %zu\n", sizeof(size_t), sizeof(ptrdiff_t), sizeof(wchar_t),
         sizeof(max_align_t));
  printf("align %zu\n", _Alignof(max_align_t));
  printf("offsets %zu %zu %zu %zu array %zu\n", table[0], table[1], table[2], table[3],
         sizeof sized_by_offsetof);
  printf("which %s %s %s %s\n", which(0), which(8), which(offsetof(struct outer, tail)), which(1));
  int numbers[10];
  ptrdiff_t distance = &numbers[7] - &numbers[2];
  size_t count = sizeof numbers / sizeof numbers[0];
  wchar_t wide = L'\x263a';
  void *nothing = NULL;
  printf("%td %zu %d %d\n", distance, count, (int)wide, nothing == 0);
  return 0;
}
