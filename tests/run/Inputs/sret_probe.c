/* Built by gcc only (tests/run/sret_rax.c): calls a function of the other translation unit
 * that returns a MEMORY-class struct, from inline assembly, and reports what came back in
 * %rax -- psABI 3.2.3 requires the address of the caller's buffer, which C cannot observe. */
struct big3 {
  long a, b, c;
};
struct big3 sret_make(long first);

/* Calls sret_make(first) with `buf` as the hidden pointer; returns the %rax it left. */
__attribute__((noinline)) void* probe_sret(struct big3* buf, long first) {
  void* rax;
  /* Skips the red zone and aligns %rsp to 16 for the call (%rbx keeps the old value); the
   * callee may clobber every caller-saved register. */
  __asm__ volatile("movq %%rsp, %%rbx\n\t"
                   "subq $128, %%rsp\n\t"
                   "andq $-16, %%rsp\n\t"
                   "call sret_make\n\t"
                   "movq %%rbx, %%rsp"
                   : "=a"(rax), "+D"(buf), "+S"(first)
                   :
                   : "rbx", "rcx", "rdx", "r8", "r9", "r10", "r11", "xmm0", "xmm1", "xmm2", "xmm3",
                     "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12",
                     "xmm13", "xmm14", "xmm15", "memory", "cc");
  return rax;
}
