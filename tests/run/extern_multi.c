// extern declarations: globals and functions defined in another translation unit compiled by
// gcc (Inputs/extern_lib.c), used from minicc code, and minicc's globals used from gcc's code;
// block-scope extern; a tentative definition completed later in the file (C11 6.9.2).
// RUN: %cc -w -c %inputs/extern_lib.c -o %t.lib.o
// RUN: %cc -w %s %t.lib.o -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s %t.lib.o -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

extern int lib_counter;
extern long lib_table[4];
extern char lib_name[];
extern const char* lib_greeting;
int lib_add(int a, int b);
extern long lib_sum_table(void);
void lib_bump(int* p, int by);
int* lib_counter_address(void);
unsigned char lib_narrow(signed char c, unsigned short u);
int lib_calls_back(void);

int main_value = 21;
int main_twice(int x) {
  return 2 * x;
}

int later; // tentative definition
extern int defined_below;

static int read_later(void) {
  return later + defined_below;
}

int main(void) {
  printf("%d %ld %ld %s %s\n", lib_counter, lib_table[1], lib_table[3], lib_name, lib_greeting);
  printf("%d %ld\n", lib_add(4, 5), lib_sum_table());
  lib_counter++;
  lib_table[0] = 1;
  printf("%d %ld %d\n", *lib_counter_address(), lib_sum_table(),
         lib_counter_address() == &lib_counter);
  int local = 7;
  lib_bump(&local, 8);
  lib_bump(&lib_counter, -100);
  printf("%d %d\n", local, lib_counter);
  printf("%d %d\n", lib_narrow(-1, 2), lib_narrow(100, 65535));
  printf("%d\n", lib_calls_back());
  main_value = 50;
  printf("%d\n", lib_calls_back());
  {
    extern int lib_counter;
    lib_counter = 1234;
  }
  printf("%d %d\n", lib_counter, read_later());
  later = 5;
  printf("%d\n", read_later());
  return 0;
}

int later = 40;
int defined_below = 2;
