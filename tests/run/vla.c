// Variable-length arrays (C11 6.7.6.2): sizes evaluated where the declaration is reached,
// sizeof at run time, pointers to VLAs and their arithmetic, typedefs that freeze a size,
// storage released when the block is left (by its end, break, continue or goto — the loops
// below would overflow the stack otherwise), calls with stack arguments while VLAs are live,
// and arrays shared with gcc-built code.
// RUN: %cc -w %s %S/Inputs/vla_lib.c -o %t.gcc && %t.gcc > %t.expected
// RUN: %cc -c -w %S/Inputs/vla_lib.c -o %t.lib.o
// RUN: %minicc %s %t.lib.o -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
// RUN: %minicc -O2 %s %t.lib.o -o %t.O2 && %t.O2 > %t.O2.out
// RUN: diff %t.expected %t.O2.out
int printf(const char*, ...);
void* memset(void*, int, unsigned long);
long gcc_sum_rows(int rows, int cols, long (*m)[*]);
long gcc_many(long, long, long, long, long, long, long, long, long*);

static int squares(int n) {
  int a[n];
  for (int i = 0; i < n; i++) a[i] = i * i;
  int s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  return s + (int)sizeof a;
}

static long matrix(int n, int m) {
  double g[n][m];
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++) g[i][j] = i * 10 + j;
  double(*row)[m] = g;
  row++;
  long r = (long)(*row)[1] + (long)sizeof g + (long)sizeof g[0] + (long)sizeof *row;
  r += (long)(row[1][m - 1]) * 1000;
  r += &g[2] - &g[0];
  r += (char*)&g[1][0] - (char*)g;
  return r;
}

// The size of a typedef is fixed when the typedef is reached (C11 6.7.8p3).
static long frozen(int n) {
  typedef char T[n + 1];
  n = 100;
  T t;
  memset(t, 'x', sizeof t);
  return (long)sizeof(T) * 1000 + (long)sizeof t * 10 + (long)sizeof(int[n]);
}

// sizeof evaluates an operand of variable-length array type, and only then (6.5.3.4p2).
static int side_effects(int n) {
  int calls = 0;
  int grid[n][n];
  int(*p)[n] = grid;
  unsigned long a = sizeof(*p++);   // evaluated: p moves
  unsigned long b = sizeof(calls++); // not evaluated
  unsigned long c = sizeof(int[++n]); // the size expression is evaluated
  return (int)(p - grid) * 1000000 + (int)a * 10000 + (int)b * 100 + (int)c + calls * 7 + n;
}

static long released(int n, int rounds) {
  long total = 0;
  for (int r = 0; r < rounds; r++) {
    int big[n];
    big[n - 1] = r;
    total += big[n - 1] & 1;
    if (r % 3 == 0) continue;
    {
      int inner[n];
      inner[0] = 1;
      total += inner[0];
      if (r % 5 == 0) continue;
    }
  }
  int w = 0;
  while (w < rounds) {
    char x[n];
    x[0] = 1;
    w += x[0];
    if (w % 1000 == 0) {
      char y[n];
      y[0] = 0;
      if (w > rounds / 2) goto out;
    }
  }
out:
  for (int q = 0; q < rounds; q++) {
    char z[n];
    z[0] = 0;
    switch (q % 3) {
    case 0: {
      char s[n];
      s[0] = 1;
      total += s[0] + z[0];
      break;
    }
    default: break;
    }
  }
  int c = 0;
again: {
  long v[n];
  v[0] = c;
  c++;
  if (c < rounds) goto again;
}
  return total + w + c;
}

struct Point {
  short x;
  long double weight;
};

static long double structs(int n) {
  struct Point pts[n];
  for (int i = 0; i < n; i++) pts[i] = (struct Point){(short)i, i / 4.0L};
  long double sum = 0;
  for (int i = 0; i < n; i++) sum += pts[i].x * pts[i].weight;
  return sum + (unsigned long)pts % 16; // 16-byte aligned like gcc's
}

static int recurse(int depth) {
  if (depth == 0) return 0;
  char buffer[depth * 3];
  for (int i = 0; i < depth * 3; i++) buffer[i] = (char)(depth + i);
  int below = recurse(depth - 1);
  int sum = 0;
  for (int i = 0; i < depth * 3; i++) sum += buffer[i];
  return sum + below;
}

static long with_gcc(int rows, int cols) {
  long m[rows][cols];
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) m[i][j] = i * cols + j;
  long block[cols];
  block[0] = 5;
  block[1] = 6;
  // Eight arguments: two go on the stack below the arrays.
  return gcc_sum_rows(rows, cols, m) + gcc_many(1, 2, 3, 4, 5, 6, 7, 8, block);
}

int main(void) {
  printf("%d\n", squares(10));
  printf("%ld\n", matrix(3, 4));
  printf("%ld\n", frozen(5));
  printf("%d\n", side_effects(3));
  printf("%ld\n", released(4000, 30000));
  printf("%.3Lf\n", structs(9));
  printf("%d\n", recurse(40));
  printf("%ld\n", with_gcc(5, 7));
  return 0;
}
