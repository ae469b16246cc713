// C11 6.4.4.1p5: an integer constant has the first type of its list that can represent it,
// and decimal constants without a suffix never become unsigned; character constants are
// int (6.4.4.4p10); string literals are arrays of char with a terminating zero.
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s

// The size of each constant's type, as bytes of a global.
// CHECK: @sizes = global size 80, align 16 [bytes "\04\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00\06\00\00\00\00\00\00\00\04\00\00\00\00\00\00\00"]
unsigned long sizes[] = {
    sizeof 2147483647,          // int
    sizeof 2147483648,          // long: decimal, does not fit int
    sizeof 0x80000000,          // unsigned int: hexadecimal may be unsigned
    sizeof 0x100000000,         // long
    sizeof 4294967295u,         // unsigned int
    sizeof 'a',                 // int
    sizeof 1ul,                 // unsigned long
    sizeof 1u,                  // unsigned int
    sizeof "hello",             // char[6]
    sizeof(char) + 3,           // 4
};

// Signedness decides comparisons: 0x80000000 is unsigned, 2147483648 is a signed long.
// CHECK-LABEL: define @hex_is_unsigned(i32 %x) -> i32
// CHECK: icmp ult i32 %{{[0-9]+}}, -2147483648
int hex_is_unsigned(int x) { return x < 0x80000000; }

// CHECK-LABEL: define @decimal_is_long(i32 %x) -> i32
// CHECK: %[[W:[0-9]+]] = sext i32 %{{[0-9]+}} to i64
// CHECK-NEXT: icmp slt i64 %[[W]], 2147483648
int decimal_is_long(int x) { return x < 2147483648; }

// CHECK-LABEL: define @characters() -> i32
// CHECK: ret i32 -1
int characters(void) { return '\377' + '\0' - 'a' + 97; }
