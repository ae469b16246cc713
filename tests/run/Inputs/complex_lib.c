// Built by gcc for tests/run/complex_calls.c: complex values passed to, returned from and
// called back across the compiler boundary.
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

cf lib_cf(cf a, cf b) { return a * b + 1.0f; }
cd lib_cd(cd a, cd b) { return a * b - b; }
cld lib_cld(cld a, cld b) { return a * b + 2.0L; }
// Nine complex doubles: the last ones no longer fit in %xmm0-7 and go to the stack.
cd lib_many(cd a, cd b, cd c, cd d, cd e, int i, cd f) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + i * f;
}
cd lib_mixed(double x, cf a, long double l, cld b, cd c, int n) {
  return x + a + (cd)(l * b) + c * n;
}
struct withc lib_withc(struct withc s) {
  s.tag++;
  s.f *= 2;
  return s;
}
struct withd lib_withd(struct withd s) {
  s.d = ~s.d;
  return s;
}
struct mixed lib_mixed_struct(struct mixed s) {
  s.c++;
  s.d += s.l;
  return s;
}
cd lib_sum_va(int n, ...) {
  va_list ap;
  va_start(ap, n);
  cd sum = 0;
  for (int i = 0; i < n; ++i) {
    sum += va_arg(ap, cd);
    sum += va_arg(ap, cf);
    sum += va_arg(ap, cld);
  }
  va_end(ap);
  return sum;
}
void lib_print_va(int n, ...) {
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; ++i) {
    cd d = va_arg(ap, cd);
    cld l = va_arg(ap, cld);
    printf("va %d: %g %g %Lg %Lg\n", i, __real__ d, __imag__ d, __real__ l, __imag__ l);
  }
  va_end(ap);
}
// Calls back into functions the other compiler built.
void lib_callbacks(cf (*f)(cf, cf), cd (*d)(cd, cd), cld (*l)(cld, cld),
                   struct withc (*s)(struct withc), cd (*v)(int, ...)) {
  cf x = f(1.0f + 2.0if, 3.0f - 1.0if);
  cd y = d(1.5 + 2.5i, -0.5 + 4.0i);
  cld z = l(2.0L + 1.0iL, 1.0L - 3.0iL);
  struct withc w = s((struct withc){7, 1.0f + 1.0if});
  cd sum = v(2, (cd)(1 + 1.0i), (cf)(2 + 2.0i), (cld)(3 + 3.0i), (cd)(4 + 4.0i), (cf)(5 + 5.0i),
             (cld)(6 + 6.0i));
  printf("callbacks: %g %g | %g %g | %Lg %Lg | %d %g %g | %g %g\n", __real__ x, __imag__ x,
         __real__ y, __imag__ y, __real__ z, __imag__ z, w.tag, __real__ w.f, __imag__ w.f,
         __real__ sum, __imag__ sum);
}
