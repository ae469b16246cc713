// String literals and character constants with every escape sequence (C11 6.4.4.4, 6.4.5):
// simple, octal and hex escapes, embedded NULs, char being signed, sizeof of literals.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);
int puts(const char*);

static void dump(const char* s, int n) {
  for (int i = 0; i < n; i++) printf("%d ", s[i]);
  printf("\n");
}

static int length(const char* s) {
  int n = 0;
  while (s[n]) n++;
  return n;
}

int main(void) {
  dump("\a\b\f\n\r\t\v", 8);
  dump("\\\'\"\?", 5);
  dump("'\"", 3);
  dump("\0\1\7\10\77\101\177\200\377", 10);
  dump("\x0\x1\x41\x7f\x80\xff\xAb", 8);
  dump("a\0b\0c", 6);
  dump("\1234", 3);
  dump("\x41G", 3);
  printf("%d %d %d\n", (int)sizeof("abc"), (int)sizeof(""), (int)sizeof("a\0b"));
  printf("%d %d\n", length("hello"), length("hel\0lo"));
  printf("%c %c %d\n", "xyz"[1], *"q", "abc"[3]);
  const char* s = "pointer to literal";
  printf("%s|%c|%s\n", s, s[8], s + 11);
  puts("puts works");
  printf("tab[\t] quote[\"] backslash[\\] percent[%%]\n");

  // Character constants are int; char is signed on x86-64.
  printf("%d %d %d %d %d\n", 'a', '\n', '\0', '\'', '"');
  printf("%d %d %d %d\n", '\x7f', '\377', '\x80', '\177');
  printf("%d %d %d %d %d %d\n", '\a', '\b', '\f', '\r', '\t', '\v');
  printf("%d %d %d\n", '\\', '\?', '\101');
  char c = '\377';
  unsigned char uc = '\377';
  printf("%d %d %d\n", c, uc, c == -1);
  char hi = 200;
  printf("%d %d\n", hi < 0, (unsigned char)hi);

  // Character arithmetic.
  char letter = 'a';
  letter += 'Z' - 'A';
  printf("%c %d\n", letter, letter - 'a');
  int digits = 0;
  for (const char* p = "a1b22c333"; *p; p++)
    if (*p >= '0' && *p <= '9') digits = digits * 10 + (*p - '0');
  printf("%d\n", digits);

  // The same literal used twice may or may not share storage; the contents are equal.
  const char *u1 = "same", *u2 = "same";
  printf("%d %d\n", u1[0] == u2[0], length(u1) == length(u2));

  // Arrays of string pointers.
  const char* words[] = {"zero", "one", "two", "three"};
  for (int i = 0; i < 4; i++) printf("%s:%d ", words[i], length(words[i]));
  printf("\n");
  // Writable char array from a literal.
  char buf[] = "mutable";
  buf[0] = 'M';
  buf[6] = 'E';
  printf("%s %d\n", buf, (int)sizeof buf);
  char padded[10] = "ab";
  printf("%d %d %d\n", padded[2], padded[9], (int)sizeof padded);
  return 0;
}
