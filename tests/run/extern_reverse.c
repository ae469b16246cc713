// The other direction: the library is compiled by minicc and called from a gcc-compiled
// program (this file), so gcc's code reads minicc's globals and calls minicc's functions.
// RUN: %cc -w -c %inputs/extern_lib.c -o %t.gcclib.o
// RUN: %cc -w %s %t.gcclib.o -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc -c %inputs/extern_lib.c -o %t.lib.o
// RUN: %cc -w %s %t.lib.o -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

extern int lib_counter;
extern long lib_table[4];
extern char lib_name[];
extern const char* lib_greeting;
int lib_add(int a, int b);
long lib_sum_table(void);
void lib_bump(int* p, int by);
int* lib_counter_address(void);
unsigned char lib_narrow(signed char c, unsigned short u);
int lib_calls_back(void);

int main_value = 8;
int main_twice(int x) {
  return 2 * x;
}

int main(void) {
  printf("%d %ld %ld %s %s\n", lib_counter, lib_table[1], lib_table[3], lib_name, lib_greeting);
  printf("%d %ld\n", lib_add(-4, 50), lib_sum_table());
  lib_table[2] = 0;
  lib_counter = 99;
  printf("%d %ld\n", *lib_counter_address(), lib_sum_table());
  int local = 1;
  lib_bump(&local, 41);
  printf("%d\n", local);
  printf("%d %d %d\n", lib_narrow(-128, 1), lib_narrow(127, 200), lib_narrow(0, 65535));
  printf("%d\n", lib_calls_back());
  return 0;
}
