// <float.h> (minicc's runtime/include): the characteristics of float, double and long double
// (C11 5.2.4.2.2) used as values, in #if, and compared with what arithmetic gives.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <float.h>
#include <stdio.h>

#if FLT_RADIX == 2 && DBL_MANT_DIG == 53 && LDBL_MANT_DIG == 64
static const char *format = "IEEE binary32/binary64, x87 extended";
#else
static const char *format = "unexpected";
#endif

int main(void) {
  printf("%s\n", format);
  printf("radix %d rounds %d eval %d decimal %d\n", FLT_RADIX, FLT_ROUNDS, FLT_EVAL_METHOD,
         DECIMAL_DIG);
  printf("float %d %d %d %d %d %d\n", FLT_MANT_DIG, FLT_DIG, FLT_MIN_EXP, FLT_MAX_EXP,
         FLT_MIN_10_EXP, FLT_MAX_10_EXP);
  printf("double %d %d %d %d %d %d\n", DBL_MANT_DIG, DBL_DIG, DBL_MIN_EXP, DBL_MAX_EXP,
         DBL_MIN_10_EXP, DBL_MAX_10_EXP);
  printf("long double %d %d %d %d %d %d\n", LDBL_MANT_DIG, LDBL_DIG, LDBL_MIN_EXP, LDBL_MAX_EXP,
         LDBL_MIN_10_EXP, LDBL_MAX_10_EXP);
  printf("float values %a %a %a %a\n", FLT_MAX, FLT_MIN, FLT_EPSILON, FLT_TRUE_MIN);
  printf("double values %a %a %a %a\n", DBL_MAX, DBL_MIN, DBL_EPSILON, DBL_TRUE_MIN);
  volatile double one = 1.0;
  volatile float onef = 1.0f;
  printf("epsilon %d %d %d %d\n", one + DBL_EPSILON > one, one + DBL_EPSILON / 2 == one,
         onef + FLT_EPSILON > onef, (float)(onef + FLT_EPSILON / 2) == onef);
  printf("max %d %d\n", DBL_MAX * 2 > DBL_MAX, (float)(FLT_MAX * 2.0) > FLT_MAX);
  return 0;
}
