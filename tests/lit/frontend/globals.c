// Static initializers become bytes, zero runs and addresses (C11 6.7.9p10: what is not
// initialised is zero); string literals are private constants .str.N; static locals get
// unique names; tentative definitions are zero-initialised; unused extern declarations are
// not emitted.
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s

struct Point { int x, y; char tag; };
struct Bits { unsigned a : 3; int b : 5; };

// CHECK: @tentative = global size 4, align 4 [zero 4]
int tentative;
// CHECK: @scalar = global size 4, align 4 [bytes "\FE\FF\FF\FF"]
int scalar = -2;
// CHECK: @internal = internal global size 2, align 2 [bytes "\07\00"]
static short internal = 7;
// CHECK: @array = global size 16, align 16 [bytes "\01\00\00\00\00\00\00\00\03\00\00\00\00\00\00\00"]
int array[4] = {1, [2] = 3};
// CHECK: @text = global size 6, align 1 [bytes "hi\00\00\00\00"]
char text[6] = "hi";
// CHECK: @unsized = global size 4, align 1 [bytes "abc\00"]
char unsized[] = "abc";
// CHECK: @point = global size 12, align 4 [bytes "\00\00\00\00\05\00\00\00z\00\00\00"]
struct Point point = {.y = 5, .tag = 'z'};
// a = 5 in bits 0-2, b = -1 in bits 3-7.
// CHECK: @bits = global size 4, align 4 [bytes "\FD\00\00\00"]
struct Bits bits = {5, -1};
// CHECK: @pointer = global size 8, align 8 [addr @array + 8]
int *pointer = &array[2];
// CHECK: @message = global size 8, align 8 [addr @.str.0]
const char *message = "hello";
// CHECK: @table = global size 24, align 16 [addr @.str.1, zero 8, addr @scalar]
void *table[] = {"x", 0, &scalar};
// offsetof: an integer constant, not an address.
// CHECK: @offset = global size 8, align 8 [bytes "\08\00\00\00\00\00\00\00"]
unsigned long offset = (unsigned long)&((struct Point *)0)->tag;
// CHECK: @function_pointer = global size 8, align 8 [addr @counter]
int counter(void);
int (*function_pointer)(void) = counter;
// CHECK: @readonly = constant size 4, align 4 [bytes "*\00\00\00"]
const int readonly = 42;
// CHECK-NOT: @unused_extern
extern int unused_extern;
// CHECK: @calls.0 = internal global size 4, align 4 [bytes "\0A\00\00\00"]
// CHECK: @.str.0 = private constant size 6, align 1 [bytes "hello\00"]
// CHECK: @.str.1 = private constant size 2, align 1 [bytes "x\00"]

int counter(void) {
  static int calls = 10;
  return calls++;
}

// CHECK-LABEL: define @counter() -> i32
// CHECK: load i32, ptr @calls.0
