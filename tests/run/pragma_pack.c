// #pragma pack (a GNU extension csmith's default programs use): layouts under pack(1), (2),
// (4), push/pop; bit-fields that straddle their type's unit or end at the record's last byte,
// read and written (plain, signed, compound assignment, ++, static and automatic initializers,
// volatile); packed structs by value through calls, returns and assignment, and nested in
// unpacked ones.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char *, ...);
void *memset(void *, int, unsigned long);

#pragma pack(push)
#pragma pack(1)
struct P1 {
  char a;
  int b;
  short c;
  unsigned f0 : 4;
  unsigned f1 : 30; // straddles
  signed s : 13;
  long long wide : 41;
};
struct Tail {
  char a;
  unsigned f : 12; // its int unit would leave the 3-byte record
  signed g : 4;
};
union PU {
  char c[3];
  int bits : 20;
};
#pragma pack(push, two, 2)
struct P2 {
  char a;
  int b;
  unsigned f : 20;
  unsigned g : 20;
  char h;
  long long x;
};
#pragma pack(pop, two)
struct AlsoP1 {
  char a;
  double d;
};
#pragma pack(pop)
struct Natural {
  char a;
  double d;
};
struct Outer {
  char a;
  struct P1 p;
  int after;
};

static struct P1 global = {1, -2, 3, 9, 0x2aaaaaaa, -4000, -12345678901LL};
static struct Tail tails[3] = {{1, 0xabc, -3}, {2, 0xfff, 7}, {3, 0, -8}};

static void dumpBytes(const char *label, const void *p, unsigned long n) {
  const unsigned char *bytes = p;
  printf("%s:", label);
  for (unsigned long i = 0; i < n; i++) printf(" %02x", bytes[i]);
  printf("\n");
}

static void printP1(const char *label, struct P1 p) {
  printf("%s: a %d b %d c %d f0 %u f1 %u s %d wide %lld\n", label, p.a, p.b, p.c, p.f0, p.f1,
         p.s, (long long)p.wide);
}

static struct P1 bump(struct P1 p, int by) {
  p.b += by;
  p.f1 += (unsigned)by;
  p.s -= by;
  p.wide *= 2;
  return p;
}

static struct Tail makeTail(unsigned f, int g) {
  struct Tail t = {0, f, g};
  return t;
}

int main(void) {
  printf("sizes %zu %zu %zu %zu %zu %zu %zu\n", sizeof(struct P1), sizeof(struct Tail),
         sizeof(union PU), sizeof(struct P2), sizeof(struct AlsoP1), sizeof(struct Natural),
         sizeof(struct Outer));
  printf("aligns %zu %zu %zu %zu %zu\n", _Alignof(struct P1), _Alignof(struct P2),
         _Alignof(struct AlsoP1), _Alignof(struct Natural), _Alignof(struct Outer));

  printP1("global", global);
  dumpBytes("global bytes", &global, sizeof global);
  global.f1 = 0x3fffffff;
  global.f0 = 0;
  global.s = 4095;
  global.wide = -1;
  dumpBytes("after stores", &global, sizeof global);
  printP1("after stores", global);
  global.f1 += 5; // wraps in 30 bits
  global.s++;     // 4096 does not fit in 13 signed bits: gcc wraps to -4096
  global.f0 |= 6;
  printP1("compound", global);

  for (int i = 0; i < 3; i++) printf("tail %d: %d %u %d\n", i, tails[i].a, tails[i].f, tails[i].g);
  tails[1].f = 0x123;
  tails[1].g = -1;
  dumpBytes("tails", tails, sizeof tails);
  struct Tail t = makeTail(0xfed, -5);
  printf("made %u %d\n", t.f, t.g);

  struct P1 local;
  memset(&local, 0xa5, sizeof local);
  local.f1 = 12345678;
  local.wide = 1099511627775LL; // 2^40 - 1: the largest positive 41-bit value
  dumpBytes("local", &local, sizeof local);
  printP1("bumped", bump(local, 7));
  struct P1 copy = local;
  copy.s = -1;
  printP1("copy", copy);

  union PU u;
  memset(&u, 0, sizeof u);
  u.bits = -2;
  dumpBytes("union", &u, sizeof u);
  printf("union bits %d\n", u.bits);

  struct P2 p2 = {1, 2, 0xfffff, 0x12345, 'h', -3};
  dumpBytes("p2", &p2, sizeof p2);
  p2.g ^= 0xfffff;
  printf("p2 %d %d %u %u %d %lld\n", p2.a, p2.b, p2.f, p2.g, p2.h, p2.x);

  struct Outer o = {1, {2, 3, 4, 5, 6, 7, 8}, 9};
  printP1("outer.p", o.p);
  printf("outer.after %d\n", o.after);
  volatile struct P1 v = {0};
  v.f1 = 77;
  v.s = -77;
  printf("volatile %u %d\n", v.f1, v.s);
  return 0;
}
