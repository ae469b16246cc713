// glibc's qsort and bsearch over arrays of structs (element sizes 12, 16, 24 and 40 bytes),
// calling comparators compiled by minicc that compare double and float keys (NaN-free, with
// ties broken by an int) and strings inside the structs (C11 7.22.5).
// REQUIRES: minicc-float
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);
void qsort(void* base, unsigned long n, unsigned long size, int (*cmp)(const void*, const void*));
void* bsearch(const void* key, const void* base, unsigned long n, unsigned long size,
              int (*cmp)(const void*, const void*));
int strcmp(const char*, const char*);

struct small {
  float key;
  int id;
  int pad;
}; // 12 bytes
struct pair {
  double key;
  int id;
}; // 16 bytes
struct named {
  const char* name;
  double weight;
  long n;
}; // 24 bytes
struct big {
  long a[3];
  double d;
  char tag[8];
}; // 48 bytes

static int calls;

static int cmp_small(const void* a, const void* b) {
  const struct small* x = a;
  const struct small* y = b;
  calls++;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  return (x->id > y->id) - (x->id < y->id);
}
static int cmp_pair(const void* a, const void* b) {
  struct pair x = *(const struct pair*)a; // copied by value
  struct pair y = *(const struct pair*)b;
  if (x.key < y.key) return -1;
  if (x.key > y.key) return 1;
  return x.id - y.id;
}
static int cmp_named(const void* a, const void* b) {
  return strcmp(((const struct named*)a)->name, ((const struct named*)b)->name);
}
static int cmp_named_weight(const void* a, const void* b) {
  double d = ((const struct named*)b)->weight - ((const struct named*)a)->weight;
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}
static int cmp_big(const void* a, const void* b) {
  const struct big* x = a;
  const struct big* y = b;
  double dx = x->d + x->a[1], dy = y->d + y->a[1];
  return dx < dy ? -1 : dx > dy;
}

int main(void) {
  struct small s[10];
  for (int i = 0; i < 10; i++) {
    s[i].key = (float)((i * 7) % 5) - 2.5f;
    s[i].id = 10 - i;
    s[i].pad = 0;
  }
  qsort(s, 10, sizeof s[0], cmp_small);
  for (int i = 0; i < 10; i++) printf("(%g,%d) ", s[i].key, s[i].id);
  printf("\ncalls > 0: %d\n", calls > 0);
  struct small key = {-0.5f, 9, 0};
  struct small* hit = bsearch(&key, s, 10, sizeof s[0], cmp_small);
  printf("small found %d at %ld\n", hit != 0, hit ? (long)(hit - s) : -1L);

  struct pair p[8] = {{3.25, 1}, {-1.0, 2}, {3.25, 0},   {1e-300, 3},
                      {-0.0, 4}, {2.0, 5},  {-1e300, 6}, {0.5, 7}};
  qsort(p, 8, sizeof p[0], cmp_pair);
  for (int i = 0; i < 8; i++) printf("(%g,%d) ", p[i].key, p[i].id);
  printf("\n");
  struct pair pk = {2.0, 5};
  struct pair* ph = bsearch(&pk, p, 8, sizeof p[0], cmp_pair);
  printf("pair found %d id %d\n", ph != 0, ph ? ph->id : -1);
  pk.key = 2.5;
  printf("pair missing %d\n", bsearch(&pk, p, 8, sizeof p[0], cmp_pair) == 0);

  struct named n[6] = {{"pear", 1.5, 1},    {"apple", 0.25, 2}, {"fig", 3.0, 3},
                       {"banana", 2.75, 4}, {"kiwi", 0.5, 5},   {"date", 9.0, 6}};
  qsort(n, 6, sizeof n[0], cmp_named);
  for (int i = 0; i < 6; i++) printf("%s/%g/%ld ", n[i].name, n[i].weight, n[i].n);
  printf("\n");
  struct named nk = {"fig", 0, 0};
  struct named* nh = bsearch(&nk, n, 6, sizeof n[0], cmp_named);
  printf("named found %s %g\n", nh ? nh->name : "-", nh ? nh->weight : -1.0);
  qsort(n, 6, sizeof n[0], cmp_named_weight);
  for (int i = 0; i < 6; i++) printf("%s ", n[i].name);
  printf("\n");

  struct big b[5];
  for (int i = 0; i < 5; i++) {
    b[i].a[0] = i;
    b[i].a[1] = (i * 3) % 5;
    b[i].a[2] = -i;
    b[i].d = 0.5 * i;
    for (int k = 0; k < 7; k++) b[i].tag[k] = (char)('a' + i + k);
    b[i].tag[7] = 0;
  }
  qsort(b, 5, sizeof b[0], cmp_big);
  for (int i = 0; i < 5; i++) printf("%s:%ld ", b[i].tag, b[i].a[0]);
  printf("\n");
  return 0;
}
