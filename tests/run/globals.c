// Globals and file-scope statics with constant initializers (C11 6.7.9p4): scalars of every
// width incl. negative and edge values, zero-initialised (bss) objects, arrays partially
// initialised, strings as arrays and pointers, addresses of globals and of array elements,
// address arithmetic in initializers.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

char g_c = -5;
signed char g_sc = -128;
unsigned char g_uc = 255;
short g_s = -32768;
unsigned short g_us = 65535;
int g_i = -2147483647 - 1;
unsigned g_u = 4294967295u;
long g_l = -9223372036854775807L - 1;
unsigned long g_ul = 18446744073709551615ul;
long long g_ll = 0x123456789abcdefLL;
unsigned long long g_ull = 0x8000000000000000ULL;
_Bool g_b = 7;
char g_trunc = 300;
unsigned g_neg = -1;
int g_expr = 3 * 4 + 10 / 3 - (1 << 4) + ~0 + (5 > 3) + sizeof(long);
long g_mixed = 0xffffffffu + 1L;

int g_zero;
long g_zero_array[100];
static int s_counter;
static char s_name[] = "static name";

int g_arr[10] = {1, 2, 3, 4};
short g_shorts[] = {-1, 2, -3, 32767};
char g_str[] = "global string";
char g_str_sized[20] = "short";
char g_chars[5] = {'a', 'b', 'c'};
const char* g_ptr_str = "pointer string";
const char* g_names[] = {"alpha", "beta", "gamma", 0};
int g_matrix[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
int g_partial[2][3] = {{1}, {4, 5}};

int* g_pi = &g_i;
int* g_p3 = &g_arr[3];
int* g_arith = g_arr + 5;
int* g_arith2 = &g_arr[1] + 2;
int* g_end = g_arr + 10;
char* g_in_str = g_str + 7;
const char* g_lit_off = "literal" + 3;
long* g_zp = &g_zero_array[50];
int** g_pp = &g_pi;
int* g_ptrs[] = {&g_zero, &g_arr[9], g_arr, 0};
int* g_row = g_matrix[1];
int (*g_rowp)[3] = &g_matrix[2];
unsigned char* g_byte = (unsigned char*)&g_u;
static int* s_ps = &s_counter;

static int bump(void) {
  return ++s_counter;
}

int main(void) {
  printf("%d %d %d %d %d %d %u\n", g_c, g_sc, g_uc, g_s, g_us, g_i, g_u);
  printf("%ld %lu %lld %llu %d %d %u\n", g_l, g_ul, g_ll, g_ull, g_b, g_trunc, g_neg);
  printf("%d %ld\n", g_expr, g_mixed);
  long zsum = 0;
  for (int i = 0; i < 100; i++) zsum += g_zero_array[i];
  printf("%d %ld %d %s\n", g_zero, zsum, s_counter, s_name);
  for (int i = 0; i < 10; i++) printf("%d ", g_arr[i]);
  printf("| %d %d %d %d %d\n", g_shorts[0], g_shorts[3], (int)sizeof g_shorts, (int)sizeof g_str,
         (int)sizeof g_str_sized);
  printf("%s|%s|%s|%d%d\n", g_str, g_str_sized, g_ptr_str, g_chars[3], g_chars[4]);
  printf("%c%c%c\n", g_chars[0], g_chars[1], g_chars[2]);
  for (int i = 0; g_names[i]; i++) printf("%s ", g_names[i]);
  printf("\n");
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++) printf("%d", g_matrix[i][j]);
  printf(" %d%d%d%d%d%d\n", g_partial[0][0], g_partial[0][1], g_partial[0][2], g_partial[1][0],
         g_partial[1][1], g_partial[1][2]);

  printf("%d %d %d %d %d\n", *g_pi == g_i, *g_p3, *g_arith, *g_arith2, (int)(g_end - g_arr));
  printf("%s %s %d %d\n", g_in_str, g_lit_off, g_zp == g_zero_array + 50, **g_pp == g_i);
  printf("%d %d %d %d\n", *g_ptrs[0], *g_ptrs[1], *g_ptrs[2], g_ptrs[3] == 0);
  printf("%d %d %d\n", g_row[2], (*g_rowp)[0], *g_byte);

  // Globals are shared state: modify and read back.
  g_arr[3] = 44;
  printf("%d %d\n", *g_p3, g_arr[3]);
  *g_pi = 17;
  g_zero += 5;
  g_c *= 3;
  g_us++;
  g_ul += 2;
  printf("%d %d %d %d %lu\n", g_i, *g_ptrs[0], g_c, g_us, g_ul);
  bump();
  bump();
  printf("%d %d\n", s_counter, *s_ps);
  return 0;
}
