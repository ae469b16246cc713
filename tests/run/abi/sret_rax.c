// A function returning a MEMORY-class struct (24 bytes) gets the buffer address as a hidden
// first argument in %rdi, its first visible argument in %rsi, and must return the buffer
// address in %rax (psABI 3.2.3). The call is made from gcc-built inline assembly
// (Inputs/sret_probe.c), which reports %rax; gcc-built callers do not otherwise rely on it.
// REQUIRES: minicc-struct
// RUN: %cc -w -O1 -c %inputs/sret_probe.c -o %t.probe.o
// RUN: %cc -w %s %t.probe.o -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s %t.probe.o -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);
struct big3 {
  long a, b, c;
};
void* probe_sret(struct big3* buf, long first);

struct big3 sret_make(long first) {
  struct big3 r = {first, first * 2, first * 3};
  return r;
}

int main(void) {
  struct big3 buf = {0, 0, 0};
  void* rax = probe_sret(&buf, 7);
  printf("%%rax is the buffer: %d; buffer %ld %ld %ld\n", rax == (void*)&buf, buf.a, buf.b, buf.c);
  struct big3 again = sret_make(-1);
  printf("direct %ld %ld %ld\n", again.a, again.b, again.c);
  return 0;
}
