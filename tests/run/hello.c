// The smallest program: printf declared by hand (no headers), a string and an int.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

int main(void) {
  printf("hello, world\n");
  printf("%d\n", 6 * 7);
  return 0;
}
