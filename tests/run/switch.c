// switch (C11 6.8.4.2): fallthrough, default first/middle/last/absent, nested switches, dense
// ranges (jump-table shaped), sparse and huge case values, negative cases, controlling
// expressions of every integer type (promoted; case values converted), break/continue in loops.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int fallthrough(int v) {
  int r = 0;
  switch (v) {
  case 0: r += 1;
  case 1: r += 10;
  case 2: r += 100; break;
  case 3: r += 1000;
  default: r += 10000;
  case 4: r += 100000;
  }
  return r;
}

static const char* dense(unsigned v) {
  switch (v) {
  case 0: return "zero";
  case 1: return "one";
  case 2: return "two";
  case 3: return "three";
  case 4: return "four";
  case 5: return "five";
  case 6: return "six";
  case 7: return "seven";
  case 8: return "eight";
  case 9: return "nine";
  case 10: return "ten";
  case 11: return "eleven";
  case 12: return "twelve";
  case 13: return "thirteen";
  case 14: return "fourteen";
  case 15: return "fifteen";
  }
  return "many";
}

static int sparse(long v) {
  switch (v) {
  case -1000000: return 1;
  case -7: return 2;
  case 0: return 3;
  case 13: return 4;
  case 1000: return 5;
  case 65536: return 6;
  case 0x7fffffff: return 7;
  case 0x100000000L: return 8;
  case -0x7fffffffffffffffL: return 9;
  case 0x7ffffffffffffffeL: return 10;
  default: return 0;
  }
}

static int negatives(int v) {
  switch (v) {
  case -3: return 30;
  case -2: return 20;
  case -1: return 10;
  case 0: return 0;
  case 1: return -10;
  case 2: return -20;
  }
  return 99;
}

static int no_default(int v) {
  int r = 5;
  switch (v) {
  case 1: r = 1; break;
  case 2: r = 2; break;
  }
  return r;
}

static int default_first(int v) {
  switch (v) {
  default: return -1;
  case 1: return 1;
  case 2: return 2;
  }
}

static int nested(int a, int b) {
  switch (a) {
  case 1:
    switch (b) {
    case 1: return 11;
    case 2: break;
    default: return 19;
    }
    return 12;
  case 2:
    switch (b) {
    case 1:
    case 2: return 21;
    }
  case 3: return 30;
  }
  return 0;
}

static int on_char(char c) {
  switch (c) {
  case 'a': return 1;
  case '\n': return 2;
  case -1: return 3;
  case 127: return 4;
  case (char)200: return 5;
  default: return 0;
  }
}

static int on_unsigned(unsigned v) {
  switch (v) {
  case 0xffffffffu: return 1;
  case 0x80000000u: return 2;
  case -2: return 3; // converted to unsigned
  default: return 0;
  }
}

static int on_uchar(unsigned char v) {
  switch (v) {
  case 255: return 1;
  case 0: return 2;
  case 128: return 3;
  }
  return 0;
}

static int on_short(short v) {
  switch (v) {
  case -32768: return 1;
  case 32767: return 2;
  case -1: return 3;
  }
  return 0;
}

// case labels inside nested statements of the switch body (Duff's device shape).
static int duff(int count) {
  int n = (count + 3) / 4, copied = 0;
  switch (count % 4) {
  case 0: do { copied++;
    case 3: copied++;
    case 2: copied++;
    case 1: copied++;
    } while (--n > 0);
  }
  return copied;
}

static int in_loop(void) {
  int r = 0;
  for (int i = 0; i < 10; i++) {
    switch (i % 4) {
    case 0: continue;
    case 1: r += 1; break;
    case 2: r += 10;
    case 3: r += 100;
    }
    r += 1000;
    if (i == 8) break;
  }
  return r;
}

static int constant_expressions(int v) {
  switch (v) {
  case 1 + 2: return 1;
  case 2 * 5: return 2;
  case 'A' - 'a' + 100: return 3;
  case sizeof(long): return 4;
  case ~0: return 5;
  case 1 << 10: return 6;
  }
  return 0;
}

int main(void) {
  for (int v = -1; v <= 6; v++) printf("%d ", fallthrough(v));
  printf("\n");
  for (unsigned v = 0; v <= 17; v++) printf("%s ", dense(v));
  printf("\n");
  long sv[] = {-1000000,
               -7,
               0,
               13,
               1000,
               65536,
               0x7fffffff,
               0x100000000L,
               -0x7fffffffffffffffL,
               0x7ffffffffffffffeL,
               1,
               14,
               -8,
               0x100000001L};
  for (int k = 0; k < 14; k++) printf("%d ", sparse(sv[k]));
  printf("\n");
  for (int v = -5; v <= 4; v++) printf("%d ", negatives(v));
  printf("\n");
  printf("%d %d %d\n", no_default(1), no_default(2), no_default(3));
  printf("%d %d %d\n", default_first(0), default_first(1), default_first(2));
  for (int a = 0; a <= 3; a++)
    for (int b = 0; b <= 3; b++) printf("%d ", nested(a, b));
  printf("\n");
  printf("%d %d %d %d %d %d\n", on_char('a'), on_char('\n'), on_char(-1), on_char(127),
         on_char(-56), on_char(0));
  printf("%d %d %d %d\n", on_unsigned(0xffffffffu), on_unsigned(0x80000000u), on_unsigned(-2),
         on_unsigned(2));
  printf("%d %d %d %d\n", on_uchar(255), on_uchar(0), on_uchar(128), on_uchar(1));
  printf("%d %d %d %d\n", on_short(-32768), on_short(32767), on_short(-1), on_short(1));
  for (int c = 1; c <= 9; c++) printf("%d ", duff(c));
  printf("\n");
  printf("%d\n", in_loop());
  int cv[] = {3, 10, 67, 8, -1, 1024, 5};
  for (int k = 0; k < 7; k++) printf("%d ", constant_expressions(cv[k]));
  printf("\n");
  // A switch whose body has declarations and a block.
  for (int v = 0; v < 3; v++) {
    switch (v) {
    case 0: {
      int local = 40;
      printf("%d ", local + v);
      break;
    }
    case 1:
      printf("one ");
      /* fallthrough */
    default: printf("default ");
    }
  }
  printf("\n");
  return 0;
}
