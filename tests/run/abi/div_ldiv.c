// Struct returns in registers from glibc (psABI 3.2.3): div_t {int quot, rem} comes back in
// %rax alone, ldiv_t and lldiv_t {long quot, rem} in %rax:%rdx; imaxdiv likewise. The results
// are also stored, copied, passed on by value and compared field by field (C11 7.22.6.2).
// REQUIRES: minicc-struct
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);
typedef struct {
  int quot, rem;
} div_t;
typedef struct {
  long quot, rem;
} ldiv_t;
typedef struct {
  long long quot, rem;
} lldiv_t;
typedef struct {
  long quot, rem;
} imaxdiv_t;
div_t div(int, int);
ldiv_t ldiv(long, long);
lldiv_t lldiv(long long, long long);
imaxdiv_t imaxdiv(long, long);

static void show_div(const char* what, div_t d) {
  printf("%s: quot %d rem %d\n", what, d.quot, d.rem);
}
static ldiv_t add_ldiv(ldiv_t a, ldiv_t b) {
  ldiv_t r = {a.quot + b.quot, a.rem + b.rem};
  return r;
}

int main(void) {
  int is[][2] = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {2147483647, 10}, {-2147483647, 3}};
  for (int k = 0; k < 7; k++) {
    div_t d = div(is[k][0], is[k][1]);
    printf("div(%d, %d) = {%d, %d}\n", is[k][0], is[k][1], d.quot, d.rem);
    show_div("passed on", d);
    show_div("directly", div(is[k][1], 1));
  }
  long ls[][2] = {{9000000000000000000L, 7},
                  {-9000000000000000000L, 7},
                  {123456789012345L, -1000},
                  {-1, 2},
                  {5, 9223372036854775807L}};
  ldiv_t sum = {0, 0};
  for (int k = 0; k < 5; k++) {
    ldiv_t d = ldiv(ls[k][0], ls[k][1]);
    ldiv_t copy = d;
    printf("ldiv(%ld, %ld) = {%ld, %ld}\n", ls[k][0], ls[k][1], copy.quot, copy.rem);
    lldiv_t e = lldiv(ls[k][0], ls[k][1]);
    printf("lldiv = {%lld, %lld}, same %d\n", e.quot, e.rem, e.quot == d.quot && e.rem == d.rem);
    imaxdiv_t m = imaxdiv(ls[k][0], ls[k][1]);
    printf("imaxdiv = {%ld, %ld}\n", m.quot, m.rem);
    sum = add_ldiv(sum, d);
  }
  printf("sum {%ld, %ld}\n", sum.quot, sum.rem);
  printf("member of a call: %ld %d\n", ldiv(100, 7).rem, div(-100, 7).quot);
  return 0;
}
