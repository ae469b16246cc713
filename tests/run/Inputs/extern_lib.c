// Helper for extern_multi.c and extern_reverse.c: globals and functions defined in another
// translation unit. Built by whichever compiler the RUN line chooses.
int lib_counter = 10;
long lib_table[4] = {100, -200, 300, -400};
char lib_name[] = "lib";
const char* lib_greeting = "hello from lib";
static int hidden = 3;

int lib_add(int a, int b) {
  return a + b + hidden;
}
long lib_sum_table(void) {
  long s = 0;
  for (int i = 0; i < 4; i++) s += lib_table[i];
  return s;
}
void lib_bump(int* p, int by) {
  *p += by;
}
int* lib_counter_address(void) {
  return &lib_counter;
}
unsigned char lib_narrow(signed char c, unsigned short u) {
  return (unsigned char)(c + u);
}
// Uses the main program's global and function (declared extern here).
extern int main_value;
int main_twice(int);
int lib_calls_back(void) {
  return main_twice(main_value) + 1;
}
