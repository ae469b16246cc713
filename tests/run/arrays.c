// Arrays: one-, two- and three-dimensional, row-major layout, pointers to arrays, arrays as
// parameters (decay, C11 6.7.6.3p7), sizeof of arrays, element assignment in loops.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int total(int* v, int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}

static int trace2(int m[][3], int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += m[i][i % 3];
  return s;
}

static long sum_rows(long (*rows)[4], int n) {
  long s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < 4; j++) s += rows[i][j] * (j + 1);
  return s;
}

static void fill(char buf[16], char c) {
  for (int i = 0; i < 15; i++) buf[i] = c + i;
  buf[15] = 0;
}

static int param_size(int v[100]) {
  return sizeof v == sizeof(int*);
}

int main(void) {
  int a[16];
  for (int i = 0; i < 16; i++) a[i] = i * 3 - 7;
  printf("%d %d %d\n", total(a, 16), total(a + 4, 4), a[15]);
  printf("%d %d %d\n", (int)sizeof a, (int)(sizeof a / sizeof a[0]), param_size(a));

  int m[4][3];
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 3; j++) m[i][j] = i * 3 + j;
  printf("%d %d %d\n", trace2(m, 4), m[3][2], m[1][0]);
  printf("%d %d %d\n", (int)sizeof m, (int)sizeof m[0], (int)sizeof m[0][0]);
  printf("%ld %ld\n", (long)((char*)m[1] - (char*)m[0]), (long)(&m[2][1] - &m[0][0]));

  long cube[2][3][4];
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++)
      for (int k = 0; k < 4; k++) cube[i][j][k] = i * 100 + j * 10 + k;
  long cs = 0;
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++)
      for (int k = 0; k < 4; k++) cs = cs * 3 + cube[i][j][k];
  printf("%ld %ld %d\n", cs, cube[1][2][3], (int)sizeof cube[1]);
  printf("%ld %ld\n", sum_rows(cube[0], 3), sum_rows(cube[1] + 1, 2));

  // Pointer to array: stepping moves a whole row.
  int(*row)[3] = m;
  row++;
  printf("%d %d %d\n", (*row)[0], row[1][2], (int)sizeof *row);
  int(*whole)[16] = &a;
  printf("%d %d\n", (*whole)[2], (int)sizeof *whole);

  // Arrays of different element types side by side (layout and alignment in the frame).
  char cs1[3];
  long ls1[3];
  short ss1[5];
  unsigned char us1[7];
  for (int i = 0; i < 3; i++) {
    cs1[i] = 'x' + i;
    ls1[i] = -i * 1000000000000L;
  }
  for (int i = 0; i < 5; i++) ss1[i] = (short)(i * 20000);
  for (int i = 0; i < 7; i++) us1[i] = 250 + i;
  printf("%c%c%c %ld %ld %d %d %d %d\n", cs1[0], cs1[1], cs1[2], ls1[1], ls1[2], ss1[2], ss1[4],
         us1[5], us1[6]);

  char buf[16];
  fill(buf, 'a');
  printf("%s\n", buf);

  // Index with every integer type, including negative and unsigned char.
  signed char sci = 2;
  unsigned short usi = 5;
  long li = 7;
  unsigned long uli = 9;
  int* mid = a + 8;
  printf("%d %d %d %d %d\n", a[sci], a[usi], a[li], a[uli], mid[-sci]);

  // Bubble sort in place.
  int v[10] = {5, -3, 9, 0, 2, 2, -8, 7, 1, 100};
  for (int i = 0; i < 10; i++)
    for (int j = 0; j + 1 < 10 - i; j++)
      if (v[j] > v[j + 1]) {
        int t = v[j];
        v[j] = v[j + 1];
        v[j + 1] = t;
      }
  for (int i = 0; i < 10; i++) printf("%d ", v[i]);
  printf("\n");
  return 0;
}
