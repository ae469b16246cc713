// thread_local_extern.c's other half, in the opposite direction: the program's thread-local
// object, used from this unit through `extern __thread` (initial-exec).
extern __thread int program_value;
extern _Thread_local double program_scale[3];

int program_read(void) {
  return program_value;
}

void program_write(int v) {
  program_value = v;
}

double program_scaled(int i) {
  program_scale[i] *= 2;
  return program_scale[i];
}
