// struct basics (no structs by value: that is issue 3): member access with . and ->, nested
// structs, arrays of structs and arrays in structs, pointers to structs, self-referential
// linked lists, sizeof and member offsets matching gcc's layout.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

struct point {
  int x, y;
};
struct mixed {
  char c;
  long l;
  short s;
  int i;
  unsigned char flags[3];
};
struct rect {
  struct point lo, hi;
  const char* name;
};
struct node {
  int value;
  struct node* next;
};

static long area(const struct rect* r) {
  return (long)(r->hi.x - r->lo.x) * (r->hi.y - r->lo.y);
}
static void move(struct point* p, int dx, int dy) {
  p->x += dx;
  (*p).y += dy;
}
static int list_sum(struct node* n) {
  int s = 0;
  for (; n; n = n->next) s += n->value;
  return s;
}

struct point g_points[3] = {{1, 2}, {3, 4}, {5, 6}};
struct rect g_rect = {{0, 0}, {10, 20}, "global rect"};

int main(void) {
  struct point p;
  p.x = 3;
  p.y = -4;
  move(&p, 10, 10);
  printf("%d %d\n", p.x, p.y);
  struct rect r;
  r.lo.x = 1;
  r.lo.y = 2;
  r.hi.x = 11;
  r.hi.y = 22;
  r.name = "local";
  printf("%s %ld %s %ld\n", r.name, area(&r), g_rect.name, area(&g_rect));
  struct mixed m;
  m.c = -1;
  m.l = 0x123456789L;
  m.s = -300;
  m.i = 77;
  m.flags[0] = 255;
  m.flags[2] = 7;
  printf("%d %ld %d %d %d %d\n", m.c, m.l, m.s, m.i, m.flags[0], m.flags[2]);
  printf("%d %d %d %d\n", (int)sizeof(struct point), (int)sizeof(struct mixed),
         (int)sizeof(struct rect), (int)sizeof(struct node));
  struct mixed* mp = &m;
  printf("%ld %ld %ld %ld %ld\n", (long)((char*)&mp->l - (char*)mp),
         (long)((char*)&mp->s - (char*)mp), (long)((char*)&mp->i - (char*)mp),
         (long)((char*)&mp->flags[1] - (char*)mp), (long)((char*)&r.hi.y - (char*)&r));
  // Arrays of structs.
  struct point pts[5];
  for (int i = 0; i < 5; i++) {
    pts[i].x = i;
    pts[i].y = i * i;
  }
  struct point* pp = pts;
  pp += 2;
  printf("%d %d %d %ld\n", pp->y, pp[1].x, (pp + 2)->y, (long)(pp - pts));
  for (int i = 0; i < 3; i++) printf("(%d,%d) ", g_points[i].x, g_points[i].y);
  printf("\n");
  // Linked list on the stack.
  struct node n3, n2, n1;
  n1.value = 1;
  n1.next = &n2;
  n2.value = 20;
  n2.next = &n3;
  n3.value = 300;
  n3.next = 0;
  printf("%d %d\n", list_sum(&n1), n1.next->next->value);
  // Members of every kind through pointers; compound assignment on members.
  struct mixed* q = &m;
  q->c += 10;
  q->l <<= 4;
  q->s--;
  ++q->i;
  q->flags[1] = q->flags[0] / 5;
  printf("%d %ld %d %d %d\n", q->c, q->l, q->s, q->i, q->flags[1]);
  // Copying members one by one between struct objects.
  struct point a, b;
  a.x = 100;
  a.y = 200;
  b.x = a.y;
  b.y = a.x;
  printf("%d %d\n", b.x, b.y);
  return 0;
}
