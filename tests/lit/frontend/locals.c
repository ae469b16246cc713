// Locals: one alloca each (in the entry block), initialisers as stores after zero-filling the
// bytes no initializer covers (C11 6.7.9p21), strings copied from a private constant, struct
// assignment as memcopy, static locals as globals.
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s

struct Pair { int a; long b; };
void use(void *);

// CHECK-LABEL: define @partial() -> void
// CHECK: %array = alloca size 20, align 16
// CHECK: %[[GAP:[0-9]+]] = ptradd ptr %array, i64 8
// CHECK-NEXT: store i64 0, ptr %[[GAP]]
// CHECK-NEXT: %[[TAIL:[0-9]+]] = ptradd ptr %array, i64 16
// CHECK-NEXT: store i32 0, ptr %[[TAIL]]
// CHECK-NEXT: store i32 1, ptr %array
// CHECK-NEXT: %[[SECOND:[0-9]+]] = ptradd ptr %array, i64 4
// CHECK-NEXT: store i32 2, ptr %[[SECOND]]
void partial(void) {
  int array[5] = {1, 2};
  use(array);
}

// CHECK-LABEL: define @string() -> void
// CHECK: %s = alloca size 8, align 1
// CHECK: %[[REST:[0-9]+]] = ptradd ptr %s, i64 3
// CHECK-NEXT: store i32 0, ptr %[[REST]]
// CHECK-NEXT: %[[LAST:[0-9]+]] = ptradd ptr %s, i64 7
// CHECK-NEXT: store i8 0, ptr %[[LAST]]
// CHECK-NEXT: memcopy ptr %s, ptr @.str.0, size 3
void string(void) {
  char s[8] = "ab";
  use(s);
}

// A large zero-initialised array is cleared by a loop of 8-byte stores.
// CHECK-LABEL: define @big() -> void
// CHECK: zero.loop:
// CHECK-NEXT: %[[I:[0-9]+]] = phi i64 [0, %entry], [%[[NEXT:[0-9]+]], %zero.loop]
// CHECK: store i64 0, ptr
// CHECK: %[[NEXT]] = add i64 %[[I]], 8
// CHECK: icmp ult i64 %[[NEXT]], 3992
void big(void) {
  int large[1000] = {0};
  use(large);
}

// CHECK-LABEL: define @copy(ptr %p) -> void
// CHECK: memcopy ptr %q, ptr %{{[0-9]+}}, size 16, align 8
// CHECK: %[[B:[0-9]+]] = ptradd ptr %q, i64 8
// CHECK-NEXT: store i64 3, ptr %[[B]]
void copy(struct Pair *p) {
  struct Pair q = *p;
  q.b = 3;
  use(&q);
}

// Shadowing: each declaration gets its own alloca.
// CHECK-LABEL: define @shadow() -> i32
// CHECK: %x = alloca size 4, align 4
// CHECK-NEXT: %x.1 = alloca size 4, align 4
// CHECK: store i32 1, ptr %x
// CHECK: store i32 2, ptr %x.1
// CHECK: load i32, ptr %x{{$}}
int shadow(void) {
  int x = 1;
  {
    int x = 2;
    use(&x);
  }
  return x;
}
