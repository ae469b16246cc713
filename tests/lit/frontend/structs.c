// Members are addresses plus their offset; bit-fields are read and written in the storage
// unit of their declared type (shift left then arithmetic right for signed ones, shift and
// mask for unsigned ones); an assignment to a bit-field yields the truncated value.
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s

struct Inner { char c; int v[3]; };
struct Outer { short s; struct Inner in; struct Inner arr[2]; };
struct Flags { unsigned a : 3; int b : 5; unsigned c : 7; };
union Number { int i; unsigned char bytes[4]; };

// The layouts of structs passed by value are recorded for the backend's ABI classifier;
// bit-fields appear as the bytes that hold them.
// CHECK-DAG: type %struct.Flags = { size 4, align 4, [0: [2 x i8]] }
// CHECK-DAG: type %struct.Inner = { size 16, align 4, [0: i8, 4: [3 x i32]] }
// CHECK-DAG: type %struct.Outer = { size 52, align 4, [0: i16, 4: %struct.Inner, 20: [2 x %struct.Inner]] }

// CHECK-LABEL: define @member(ptr %o, i32 %i) -> i32
// CHECK: %[[ARR:[0-9]+]] = ptradd ptr %{{[0-9]+}}, i64 20
// CHECK: mul i64 %{{[0-9]+}}, 16
// CHECK: %[[ELEM:[0-9]+]] = ptradd ptr %[[ARR]], i64 %{{[0-9]+}}
// CHECK-NEXT: %[[V:[0-9]+]] = ptradd ptr %[[ELEM]], i64 4
// CHECK-NEXT: %[[V2:[0-9]+]] = ptradd ptr %[[V]], i64 8
// CHECK-NEXT: load i32, ptr %[[V2]]
int member(struct Outer *o, int i) { return o->arr[i].v[2]; }

// CHECK-LABEL: define @read_signed(ptr %f) -> i32
// CHECK: %[[UNIT:[0-9]+]] = load i32, ptr
// CHECK-NEXT: %[[UP:[0-9]+]] = shl i32 %[[UNIT]], 24
// CHECK-NEXT: ashr i32 %[[UP]], 27
int read_signed(struct Flags *f) { return f->b; }

// CHECK-LABEL: define @read_unsigned(ptr %f) -> i32
// CHECK: %[[UNIT:[0-9]+]] = load i32, ptr
// CHECK-NEXT: %[[DOWN:[0-9]+]] = lshr i32 %[[UNIT]], 8
// CHECK-NEXT: and i32 %[[DOWN]], 127
unsigned read_unsigned(struct Flags *f) { return f->c; }

// CHECK-LABEL: define @write(ptr %f, i32 %v) -> i32
// CHECK: %[[OLD:[0-9]+]] = load i32, ptr %[[UNIT:[0-9]+]]
// CHECK-NEXT: %[[KEPT:[0-9]+]] = and i32 %[[OLD]], -249
// CHECK-NEXT: %[[FIELD:[0-9]+]] = and i32 %[[VALUE:[0-9]+]], 31
// CHECK-NEXT: %[[SHIFTED:[0-9]+]] = shl i32 %[[FIELD]], 3
// CHECK-NEXT: %[[NEW:[0-9]+]] = or i32 %[[KEPT]], %[[SHIFTED]]
// CHECK-NEXT: store i32 %[[NEW]], ptr %[[UNIT]]
// The value of the assignment is the stored 5-bit value, sign-extended.
// CHECK-NEXT: %[[UP:[0-9]+]] = shl i32 %[[VALUE]], 27
// CHECK-NEXT: %[[RESULT:[0-9]+]] = ashr i32 %[[UP]], 27
// CHECK-NEXT: ret i32 %[[RESULT]]
int write(struct Flags *f, int v) { return f->b = v; }

// CHECK-LABEL: define @assign(ptr %a, ptr %b) -> void
// CHECK: memcopy ptr %{{[0-9]+}}, ptr %{{[0-9]+}}, size 52, align 4
void assign(struct Outer *a, struct Outer *b) { *a = *b; }

// Union members all start at offset 0.
// CHECK-LABEL: define @low_byte(i32 %x) -> i32
// CHECK: store i32 %{{[0-9]+}}, ptr %n
// CHECK: %[[B:[0-9]+]] = load i8, ptr %n
// CHECK-NEXT: zext i8 %[[B]] to i32
int low_byte(int x) {
  union Number n;
  n.i = x;
  return n.bytes[0];
}

// CHECK: declare @by_value_declaration_only(%struct.Outer, %struct.Inner) -> %struct.Flags
struct Flags by_value_declaration_only(struct Outer, struct Inner);
struct Flags (*use_layouts)(struct Outer, struct Inner) = by_value_declaration_only;
