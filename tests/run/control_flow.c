// if/else chains and dangling else, early returns from loops and nested blocks, void
// functions with and without return, conditions of every width and pointers.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static const char* classify(long v) {
  if (v < 0)
    if (v < -100)
      return "very negative";
    else
      return "negative";
  else if (v == 0)
    return "zero";
  else if (v < 10)
    return "small";
  else if (v < 1000)
    return "medium";
  return "large";
}

static int first_multiple(const int* v, int n, int k) {
  for (int i = 0; i < n; i++) {
    if (v[i] % k == 0) {
      if (v[i] > 0)
        return i;
      else
        continue;
    }
  }
  return -1;
}

static int last_called;
static void record(int v) {
  if (v < 0) return;
  last_called = v;
}
static void nothing(void) {}

static int dangling(int a, int b) {
  int r = 0;
  if (a)
    if (b)
      r = 1;
    else
      r = 2;
  return r;
}

static int cond_widths(char c, unsigned short s, long l, unsigned long ul, int* p) {
  int r = 0;
  if (c) r |= 1;
  if (s) r |= 2;
  if (l) r |= 4;
  if (ul) r |= 8;
  if (p) r |= 16;
  if (!c) r |= 32;
  return r;
}

int main(void) {
  long vals[] = {-1000, -5, 0, 3, 500, 5000};
  for (int i = 0; i < 6; i++) printf("%s, ", classify(vals[i]));
  printf("\n");
  int v[] = {3, -6, 7, 12, 9};
  printf("%d %d %d\n", first_multiple(v, 5, 3), first_multiple(v, 5, 6), first_multiple(v, 5, 11));
  record(5);
  record(-1);
  nothing();
  printf("%d\n", last_called);
  printf("%d %d %d %d\n", dangling(0, 0), dangling(0, 1), dangling(1, 0), dangling(1, 1));
  int x;
  printf("%d %d %d\n", cond_widths(0, 0, 0, 0, 0), cond_widths(1, 1, 1, 1, &x),
         cond_widths((char)256, (unsigned short)65536, 0x100000000L, 1ul << 63, 0));
  return 0;
}
