// Complex values across the compiler boundary (psABI 3.2.3): _Complex float as one SSE
// eightbyte (both parts in %xmm0), _Complex double as two (%xmm0, %xmm1), _Complex long double
// as COMPLEX_X87 (in memory, returned in %st(0) and %st(1)); complex members of structs, complex
// arguments beyond the vector registers, and variadic complex arguments read with va_arg.
// Inputs/complex_lib.c is always built by gcc; it calls back into this file's functions.
// RUN: %cc -w -c %inputs/complex_lib.c -o %t.lib.o
// RUN: %cc -w %s %t.lib.o -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s %t.lib.o -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdarg.h>
#include <stdio.h>
typedef float _Complex cf;
typedef double _Complex cd;
typedef long double _Complex cld;
struct withc {
  int tag;
  cf f;
};
struct withd {
  cd d;
};
struct mixed {
  char c;
  cd d;
  long double l;
};
cf lib_cf(cf a, cf b);
cd lib_cd(cd a, cd b);
cld lib_cld(cld a, cld b);
cd lib_many(cd a, cd b, cd c, cd d, cd e, int i, cd f);
cd lib_mixed(double x, cf a, long double l, cld b, cd c, int n);
struct withc lib_withc(struct withc s);
struct withd lib_withd(struct withd s);
struct mixed lib_mixed_struct(struct mixed s);
cd lib_sum_va(int n, ...);
void lib_print_va(int n, ...);
void lib_callbacks(cf (*f)(cf, cf), cd (*d)(cd, cd), cld (*l)(cld, cld),
                   struct withc (*s)(struct withc), cd (*v)(int, ...));

static cf my_cf(cf a, cf b) { return a / b; }
static cd my_cd(cd a, cd b) { return a * b; }
static cld my_cld(cld a, cld b) { return a - b * 2; }
static struct withc my_withc(struct withc s) {
  s.tag *= 3;
  s.f = ~s.f;
  return s;
}
static cd my_sum_va(int n, ...) {
  va_list ap;
  va_start(ap, n);
  cd sum = 0;
  for (int i = 0; i < n; ++i) {
    sum += va_arg(ap, cd);
    sum += va_arg(ap, cf);
    sum += 10 * va_arg(ap, cld);
  }
  va_end(ap);
  return sum;
}

static void pd(const char* what, cd z) { printf("%s: %g %g\n", what, __real__ z, __imag__ z); }

int main(void) {
  cf f = lib_cf(1.0f + 2.0if, 0.5f - 1.0if);
  printf("cf: %g %g\n", __real__ f, __imag__ f);
  pd("cd", lib_cd(1.0 + 2.0i, 3.0 + 4.0i));
  cld l = lib_cld(1.5L + 1.0iL, -2.0L + 0.25iL);
  printf("cld: %Lg %Lg\n", __real__ l, __imag__ l);
  lib_cld(l, l); // result discarded: both x87 registers still popped
  pd("many", lib_many(1 + 1.0i, 2 + 2.0i, 3 + 3.0i, 4 + 4.0i, 5 + 5.0i, 6, 7 + 7.0i));
  pd("mixed", lib_mixed(0.5, 1.0f + 1.0if, 2.0L, 3.0L + 1.0iL, 4.0 - 4.0i, 3));
  struct withc w = lib_withc((struct withc){41, 2.0f + 3.0if});
  printf("withc: %d %g %g\n", w.tag, __real__ w.f, __imag__ w.f);
  struct withd d = lib_withd((struct withd){1.0 + 9.0i});
  pd("withd", d.d);
  struct mixed m = lib_mixed_struct((struct mixed){'a', 1.0 + 1.0i, 100.0L});
  printf("mixed struct: %c %g %g %Lg\n", m.c, __real__ m.d, __imag__ m.d, m.l);
  pd("sum_va", lib_sum_va(2, (cd)(1 + 2.0i), (cf)(3 + 4.0i), (cld)(5 + 6.0i), (cd)(7 + 8.0i),
                          (cf)(9 + 10.0i), (cld)(11 + 12.0i)));
  lib_print_va(3, 1.0 + 2.0i, 3.0L + 4.0iL, 5.0 + 6.0i, 7.0L + 8.0iL, 9.0 + 10.0i,
               11.0L + 12.0iL);
  lib_callbacks(my_cf, my_cd, my_cld, my_withc, my_sum_va);
  return 0;
}
