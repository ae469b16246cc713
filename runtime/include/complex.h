/* complex.h — minicc's wrapper of glibc's <complex.h> (found first: runtime/include is searched
   before the system directories). gcc expands creal, cimag and conj inline (they are built-ins),
   so gcc users never link libm for them; glibc's header only declares the libm functions.
   These macros give the same inline parts with the functions' types; `&creal` and a
   parenthesised `(creal)(z)` still name the libm functions. */
#include_next <complex.h>

#ifndef __MINICC_COMPLEX_H
#define __MINICC_COMPLEX_H 1

#define creal(z) ((double)__real__((double _Complex)(z)))
#define cimag(z) ((double)__imag__((double _Complex)(z)))
#define conj(z) (~(double _Complex)(z))
#define crealf(z) ((float)__real__((float _Complex)(z)))
#define cimagf(z) ((float)__imag__((float _Complex)(z)))
#define conjf(z) (~(float _Complex)(z))
#define creall(z) ((long double)__real__((long double _Complex)(z)))
#define cimagl(z) ((long double)__imag__((long double _Complex)(z)))
#define conjl(z) (~(long double _Complex)(z))

#endif
