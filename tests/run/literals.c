// Integer literals (C11 6.4.4.1): decimal, octal, hex (and GNU binary) forms with every suffix
// combination, and the type the table in 6.4.4.1p5 gives each (its size and signedness are
// printed): decimal literals never become unsigned, octal/hex ones do. Character constants
// (6.4.4.4) are int; adjacent string literals concatenate (6.4.5p5), also across escapes and
// with an L prefix; __func__ (6.4.2.2) and gcc's __FUNCTION__/__PRETTY_FUNCTION__ name the
// enclosing function.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);

#define TYPE(x) printf("%-24s size %zu signed %d\n", #x, sizeof(x), (x) * 0 - 1 < 0)

static const char *name_of_function(void) { return __func__; }

int main(void) {
  TYPE(2147483647); TYPE(2147483648); TYPE(4294967295); TYPE(9223372036854775807);
  TYPE(0x7fffffff); TYPE(0x80000000); TYPE(0xffffffff); TYPE(0x100000000);
  TYPE(0x7fffffffffffffff); TYPE(0x8000000000000000); TYPE(017777777777); TYPE(020000000000);
  TYPE(1u); TYPE(1U); TYPE(1l); TYPE(1L); TYPE(1ul); TYPE(1LU); TYPE(1ll); TYPE(1LL);
  TYPE(1ull); TYPE(1uLL); TYPE(1LLU); TYPE(0xffffffffu); TYPE(0x1ffffffffu); TYPE(4294967296u);
  TYPE(0b1011); TYPE(0); TYPE(00); TYPE('a'); TYPE('\377'); TYPE(L'x');
  printf("%d %d %d %d %d %d\n", 0x1F, 017, 0b101, 0XaBc, 0x0, 000);
  printf("%lu %llu %ld %lld\n", 18446744073709551615ul, 0xFFFFFFFFFFFFFFFFull, -9223372036854775807L,
         0x7FFFFFFFFFFFFFFFLL);
  printf("%d %d %d %d %d\n", 'A', '\n', '\0', '\x7f', '\377');
  const char *joined = "con" "cat" "enated";
  const char *escapes = "\x41" "B" "\101" "1";
  const char *empty = "" "" "x" "";
  printf("%s %zu %s %zu %s\n", joined, sizeof("con" "cat" "enated"), escapes, sizeof("\x41" "B"),
         empty);
  const int *wide = (const int *)L"wi" "de";
  printf("%d %d %d %d %zu\n", wide[0], wide[1], wide[3], wide[4], sizeof(L"wi" "de"));
  printf("%s %s %zu\n", __func__, name_of_function(), sizeof __func__);
  printf("%s %s %zu\n", __FUNCTION__, __PRETTY_FUNCTION__, sizeof __FUNCTION__); // GNU spellings
  return 0;
}
