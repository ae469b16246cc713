// <stdbool.h> (minicc's runtime/include): bool, true, false, __bool_true_false_are_defined,
// and conversion to bool of integers, pointers and comparisons (C11 7.18, 6.3.1.2).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdbool.h>
#include <stdio.h>

static bool is_even(int n) { return n % 2 == 0; }

int main(void) {
  bool t = true, f = false;
  bool from_int = 42, from_negative = -1, from_zero = 0;
  int x = 5;
  bool from_pointer = &x, from_null = (int *)0;
  printf("%d %d %d %d %d %d %d\n", t, f, from_int, from_negative, from_zero, from_pointer,
         from_null);
  printf("%d %d %zu %d\n", true + true, !false, sizeof(bool), __bool_true_false_are_defined);
  bool flags[4] = {is_even(2), is_even(3), x > 3, x == 4};
  int count = 0;
  for (int i = 0; i < 4; i++) count += flags[i];
  bool toggled = t;
  toggled = !toggled;
  toggled += 5;
  printf("%d %d %d %d %d %d\n", flags[0], flags[1], flags[2], flags[3], count, toggled);
  return 0;
}
