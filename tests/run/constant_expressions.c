// Integer constant expressions everywhere C11 requires one (6.6): array sizes (file scope,
// block scope, in structs, parameters), case labels, enumerator values, bit-field widths,
// _Static_assert, _Alignas, designator indices, and static initializers (arithmetic and
// address constants: &object, &array[i], string literals, casts, ?:, sizeof, _Alignof,
// enumerators, character constants, offsetof-style address arithmetic).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);

enum { BASE = 3, SHIFTED = BASE << 4, NEG = -BASE * 7, MASK = ~0u >> 28, CHAR = 'a' + 1,
       PICK = sizeof(long) == 8 ? 100 : 200, LAST };
struct Sized { char data[BASE * 2 + 1]; int bits : BASE + 2; unsigned more : sizeof(short) * 4; };

static int table[SHIFTED / 8];
static long lookup[] = {[BASE] = 1, [BASE * 2] = 2};
static char text[sizeof "hello" + 1];
static int global;
static int array[10];
static int *address = &array[BASE + 1];
static int *past = array + 10;
static char *string = "constant" + 2;
static long difference = (long)sizeof(struct Sized) * 2 - 1;
static unsigned long casted = (unsigned char)300 + (unsigned long)-1;
static int conditional = BASE > 2 ? 2 : 3;
static int *chosen = BASE ? &global : 0;
static double mixed = (double)(SHIFTED) / 4 + (1 << 3);
static unsigned long member_offset = (unsigned long)&((struct Sized *)0)->data[5];
static int alignment = _Alignof(long double) + _Alignof(char);
static int logic = (3 && 0) || !0;
static long long wide = 0x7fffffffffffffffLL / 3 % 1000;
static _Alignas(BASE + 5) char aligned;

_Static_assert(SHIFTED == 48 && NEG == -21 && MASK == 15 && LAST == PICK + 1, "enumerators");
_Static_assert(sizeof table == 6 * sizeof(int), "array size");

static const char *classify(int value) {
  switch (value) {
  case BASE: return "base";
  case SHIFTED: return "shifted";
  case NEG: return "negative";
  case 'z' - 'a': return "letters";
  case sizeof(long long) * 2: return "sixteen";
  case (int)3.9 * 10: return "thirty";
  case MASK ^ 1: return "fourteen";
  case -1 ? 40 : 41: return "forty";
  default: return "other";
  }
}

static int parameter(int values[BASE * 2]) { return (int)sizeof values; }

int main(void) {
  int local[LAST - PICK + 2];
  struct Sized sized = {"abcdef", -5, 255};
  printf("enum %d %d %d %u %d %d %d\n", BASE, SHIFTED, NEG, MASK, CHAR, PICK, LAST);
  printf("sizes %zu %zu %zu %zu %zu %d\n", sizeof table, sizeof lookup, sizeof text, sizeof local,
         sizeof(struct Sized), parameter(local));
  printf("bits %d %u\n", sized.bits, sized.more);
  printf("lookup %ld %ld %ld\n", lookup[BASE], lookup[BASE * 2], lookup[0]);
  printf("addresses %d %d %s %d\n", (int)(address - array), (int)(past - array), string,
         chosen == &global);
  printf("values %ld %lu %d %g %lu %d %d %lld\n", difference, casted, conditional, mixed,
         member_offset, alignment, logic, wide);
  printf("aligned %d\n", (int)((unsigned long)&aligned % 8));
  int probes[] = {3, 48, -21, 25, 16, 30, 14, 40, 7};
  for (int i = 0; i < 9; i++) printf("%s ", classify(probes[i]));
  printf("\n");
  return 0;
}
