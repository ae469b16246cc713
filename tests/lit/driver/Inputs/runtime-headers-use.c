/* Uses what runtime/include provides, compiled by minicc and by gcc (with gcc's own headers):
   both must print the same. */
#include <iso646.h>
#include <limits.h>
#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdnoreturn.h>
#include <stdlib.h>

struct record {
  char tag;
  int count;
  long total;
  char name[3];
};

/* C11 7.19p3: offsetof is an integer constant expression, usable in static initializers. */
static const size_t offsets[] = {offsetof(struct record, tag), offsetof(struct record, count),
                                 offsetof(struct record, total), offsetof(struct record, name)};

static noreturn void finish(int status) { exit(status); }

int main(void) {
  bool flag = true;
  wchar_t wide = L'x';
  ptrdiff_t distance = &offsets[3] - &offsets[0];
  printf("offsets %zu %zu %zu %zu size %zu\n", offsets[0], offsets[1], offsets[2], offsets[3],
         sizeof(struct record));
  printf("max_align_t %zu %zu\n", sizeof(max_align_t), alignof(max_align_t));
  printf("char %d %d %d %d\n", CHAR_BIT, CHAR_MIN, CHAR_MAX, UCHAR_MAX);
  printf("short %d %d %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
  printf("int %d %d %u\n", INT_MIN, INT_MAX, UINT_MAX);
  printf("long %ld %ld %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
  printf("long long %lld %lld %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
  printf("bool %d %d %zu\n", flag, false, sizeof(bool));
  printf("wchar_t %d %zu ptrdiff_t %td %zu\n", (int)wide, sizeof(wchar_t), distance,
         sizeof(ptrdiff_t));
  printf("iso646 %d %d %d\n", 1 and 0, 1 or 0, not 0 bitand 3);
  printf("NULL %d\n", NULL == (void *)0);
  finish(0);
}
