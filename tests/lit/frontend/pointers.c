// Pointer arithmetic is scaled by the element size (C11 6.5.6p8), differences are divided by
// it and have type ptrdiff_t (p9), and pointers compare unsigned.
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s

// CHECK-LABEL: define @index(ptr %p, i32 %i) -> i32
// CHECK: %[[I:[0-9]+]] = sext i32 %{{[0-9]+}} to i64
// CHECK-NEXT: %[[OFF:[0-9]+]] = mul i64 %[[I]], 4
// CHECK-NEXT: %[[ADDR:[0-9]+]] = ptradd ptr %{{[0-9]+}}, i64 %[[OFF]]
// CHECK-NEXT: load i32, ptr %[[ADDR]]
int index(int *p, int i) { return p[i]; }

// An unsigned index is zero-extended; `n - p` subtracts the scaled offset.
// CHECK-LABEL: define @minus(ptr %p, i32 %n) -> ptr
// CHECK: %[[N:[0-9]+]] = zext i32 %{{[0-9]+}} to i64
// CHECK-NEXT: %[[OFF:[0-9]+]] = mul i64 %[[N]], 8
// CHECK-NEXT: %[[NEG:[0-9]+]] = neg i64 %[[OFF]]
// CHECK-NEXT: ptradd ptr %{{[0-9]+}}, i64 %[[NEG]]
long *minus(long *p, unsigned n) { return p - n; }

// CHECK-LABEL: define @difference(ptr %a, ptr %b) -> i64
// CHECK: %[[A:[0-9]+]] = ptrtoint ptr %{{[0-9]+}} to i64
// CHECK: %[[B:[0-9]+]] = ptrtoint ptr %{{[0-9]+}} to i64
// CHECK-NEXT: %[[D:[0-9]+]] = sub i64 %[[A]], %[[B]]
// CHECK-NEXT: sdiv i64 %[[D]], 2
long difference(short *a, short *b) { return a - b; }

// CHECK-LABEL: define @compare(ptr %a, ptr %b) -> i32
// CHECK: icmp ult ptr
int compare(char *a, char *b) { return a < b; }

// Increment by the element size; a constant index folds into one ptradd.
// CHECK-LABEL: define @increment(ptr %pp) -> ptr
// CHECK: %[[OLD:[0-9]+]] = load ptr, ptr %pp.addr
// CHECK-NEXT: %[[NEW:[0-9]+]] = ptradd ptr %[[OLD]], i64 8
// CHECK-NEXT: store ptr %[[NEW]], ptr
// CHECK: ptradd ptr %{{[0-9]+}}, i64 16
int **increment(int **pp) {
  pp++;
  return pp + 2;
}

// Multi-dimensional arrays: a[i][j] scales by the row size, then the element size.
// CHECK-LABEL: define @matrix(ptr %m, i32 %i, i32 %j) -> i32
// CHECK: mul i64 %{{[0-9]+}}, 12
// CHECK: mul i64 %{{[0-9]+}}, 4
int matrix(int m[][3], int i, int j) { return m[i][j]; }

// &*p is p, and &a[2] is an address computation without a load.
// CHECK-LABEL: define @addresses(ptr %p) -> ptr
// CHECK-NOT: load i32
// CHECK: ret ptr
int *addresses(int *p) { return &*p == p ? &p[2] : 0; }

// A null pointer constant compares as a ptr constant.
// CHECK-LABEL: define @is_null(ptr %p) -> i32
// CHECK: icmp eq ptr %{{[0-9]+}}, null
int is_null(void *p) { return p == 0; }
