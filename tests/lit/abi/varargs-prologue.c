// psABI 3.5.7: a variadic definition's prologue spills the argument registers into the
// 176-byte register save area -- %rdi..%r9 at offsets 0..40, %xmm0..%xmm7 at 48..160 (16 each)
// -- and va_start fills the va_list: gp_offset = 8 * integer registers taken by the named
// parameters, fp_offset = 48 + 16 * xmm registers taken, overflow_arg_area = the first stack
// argument after the named ones. Named struct parameters count (a trap: sysv-abi.md, "Mistakes
// real small compilers make"), and a struct that did not fit in the remaining registers went to
// the stack, leaving its registers to the variadic arguments. The save area may be anywhere in
// the frame and based on any register, but its slots are at fixed distances from each other.
// Expected values from `gcc -O0 -S` on this file.
// REQUIRES: minicc-float, minicc-struct, minicc-varargs
// RUN: %minicc -S %s -o - | %FileCheck %s
#include <stdarg.h>

struct LL {
  long a, b;
};
struct DL {
  double d;
  long l;
};
struct L3 {
  long a, b, c;
};
long sink(va_list ap);

// One named int: %rsi..%r9 and %xmm0..%xmm7 are saved at their slots; gp_offset 8,
// fp_offset 48, overflow area at 16(%rbp).
// CHECK-LABEL: va_int:
// CHECK-DAG: movq %rsi, [[#%d,RSI:]]([[BASE:%[a-z0-9]+]])
// CHECK-DAG: movq %rdx, [[#RSI+8]]([[BASE]])
// CHECK-DAG: movq %rcx, [[#RSI+16]]([[BASE]])
// CHECK-DAG: movq %r8, [[#RSI+24]]([[BASE]])
// CHECK-DAG: movq %r9, [[#RSI+32]]([[BASE]])
// CHECK-DAG: %xmm0, [[#RSI+40]]([[BASE]])
// CHECK-DAG: %xmm1, [[#RSI+56]]([[BASE]])
// CHECK-DAG: %xmm7, [[#RSI+152]]([[BASE]])
// CHECK-DAG: movl $8,
// CHECK-DAG: movl $48,
// CHECK-DAG: leaq 16(%rbp)
// CHECK: call{{.*}}sink
long va_int(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long r = sink(ap);
  va_end(ap);
  return r;
}

// One named double: all six integer registers are variadic (gp_offset 0), fp_offset 64.
// CHECK-LABEL: va_dbl:
// CHECK-DAG: movq %rdi, [[#%d,RDI:]]([[BASE:%[a-z0-9]+]])
// CHECK-DAG: movq %r9, [[#RDI+40]]([[BASE]])
// CHECK-DAG: %xmm1, [[#RDI+64]]([[BASE]])
// CHECK-DAG: %xmm7, [[#RDI+160]]([[BASE]])
// CHECK-DAG: movl $0,
// CHECK-DAG: movl $64,
// CHECK-DAG: leaq 16(%rbp)
// CHECK: call{{.*}}sink
long va_dbl(double x, ...) {
  va_list ap;
  va_start(ap, x);
  long r = sink(ap);
  va_end(ap);
  return r;
}

// A named {long, long} takes %rdi and %rsi: gp_offset 16.
// CHECK-LABEL: va_ll:
// CHECK-DAG: movl $16,
// CHECK-DAG: movl $48,
// CHECK-DAG: leaq 16(%rbp)
// CHECK: call{{.*}}sink
long va_ll(struct LL s, ...) {
  va_list ap;
  va_start(ap, s);
  long r = sink(ap);
  va_end(ap);
  return r;
}

// A named {double, long} takes %xmm0 and %rdi: gp_offset 8, fp_offset 64.
// CHECK-LABEL: va_dl:
// CHECK-DAG: movl $8,
// CHECK-DAG: movl $64,
// CHECK-DAG: leaq 16(%rbp)
// CHECK: call{{.*}}sink
long va_dl(struct DL s, ...) {
  va_list ap;
  va_start(ap, s);
  long r = sink(ap);
  va_end(ap);
  return r;
}

// A named MEMORY struct takes no register but 24 bytes of stack: the variadic stack
// arguments start at 16 + 24 = 40(%rbp).
// CHECK-LABEL: va_l3:
// CHECK-DAG: movl $0,
// CHECK-DAG: movl $48,
// CHECK-DAG: leaq 40(%rbp)
// CHECK: call{{.*}}sink
long va_l3(struct L3 s, ...) {
  va_list ap;
  va_start(ap, s);
  long r = sink(ap);
  va_end(ap);
  return r;
}

// Five named longs leave only %r9: the named {long, long} goes wholly to the stack
// (16(%rbp)..31(%rbp)), %r9 stays for the variadic arguments (gp_offset 40), and the variadic
// stack arguments start at 32(%rbp).
// CHECK-LABEL: va_split:
// CHECK-DAG: movq %r9,
// CHECK-DAG: movl $40,
// CHECK-DAG: movl $48,
// CHECK-DAG: leaq 32(%rbp)
// CHECK: call{{.*}}sink
long va_split(long a, long b, long c, long d, long e, struct LL s, ...) {
  va_list ap;
  va_start(ap, s);
  long r = sink(ap);
  va_end(ap);
  return r;
}
