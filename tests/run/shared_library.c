// -fPIC code in a shared object: the library (Inputs/pic_lib.c) is built with -fPIC -shared by
// gcc and by minicc and linked into the same program. Its global variables and functions may
// be preempted, so it must reach them through the GOT/PLT: it sees the program's definition of
// `interposed`, the program's `program_value`, and one address for each symbol.
// RUN: %cc -w -fPIC -shared %inputs/pic_lib.c -o %t.gcc.so
// RUN: %cc -w %s %t.gcc.so -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc -fPIC -shared %inputs/pic_lib.c -o %t.so
// RUN: %cc -w %s %t.so -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
// RUN: %minicc -O2 -fpic -shared %inputs/pic_lib.c -o %t.O2.so
// RUN: %minicc %s %t.O2.so -o %t.O2 && %t.O2 > %t.O2.out
// RUN: diff %t.expected %t.O2.out
#include <stdio.h>

extern int lib_counter;
int interposed = 42;
int program_value = 9;

int lib_bump(void);
int lib_read_interposed(void);
int lib_read_program(void);
int* lib_counter_address(void);
int* lib_interposed_address(void);
int (*lib_bump_address(void))(void);
int lib_static_calls(void);
int lib_callback(int (*f)(int), int x);
extern int (*const lib_table[])(void);
const char* lib_name(int i);

static int triple(int x) {
  return 3 * x;
}

int main(void) {
  int before = lib_counter;
  int bumped = lib_bump();
  printf("counter %d bump %d counter %d\n", before, bumped, lib_counter);
  lib_counter = 100;
  printf("bump after write %d\n", lib_bump());
  printf("interposed %d program %d\n", lib_read_interposed(), lib_read_program());
  interposed = 43;
  program_value = 10;
  printf("after writes %d %d\n", lib_read_interposed(), lib_read_program());
  printf("same addresses %d %d %d\n", lib_counter_address() == &lib_counter,
         lib_interposed_address() == &interposed, lib_bump_address() == lib_bump);
  printf("static %d\n", lib_static_calls());
  printf("callback %d\n", lib_callback(triple, 5));
  int first = lib_table[0]();
  printf("table %d %d same %d\n", first, lib_table[1](), lib_table[0] == lib_bump);
  printf("names %s %s %s\n", lib_name(0), lib_name(1), lib_name(2));
  return 0;
}
