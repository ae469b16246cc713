// The shared object of shared_library.c, built with -fPIC -shared by gcc and by minicc.
int lib_counter = 5;      // defined here; the program reads and writes it
int interposed = 1;       // the program defines it too, and its definition wins everywhere
extern int program_value; // defined only by the program

static int calls;
static int helper(int x) {
  return x * 2 + calls++;
}

int lib_bump(void) {
  return ++lib_counter;
}
int lib_read_interposed(void) {
  return interposed;
}
int lib_read_program(void) {
  return program_value;
}
int* lib_counter_address(void) {
  return &lib_counter;
}
int* lib_interposed_address(void) {
  return &interposed;
}
int (*lib_bump_address(void))(void) {
  return lib_bump;
}
int lib_static_calls(void) {
  return helper(1) + helper(2) + calls;
}
int lib_callback(int (*f)(int), int x) {
  return f(x) + lib_bump();
}

static const char* const names[] = {"zero", "one", "two"}; // addresses in relocated data
int (*const lib_table[])(void) = {lib_bump, lib_read_interposed};
const char* lib_name(int i) {
  return names[i];
}
