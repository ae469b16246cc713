// gcc's -Woverflow (on by default): an integer constant converted implicitly (initialization,
// assignment, argument, return) to a narrower integer type whose signed and unsigned ranges
// both miss it. Values that fit one of them (`char c = 255`, `unsigned char u = -1`) are
// -Wconversion's business and stay silent, as are casts and _Bool. Multi-character constants
// warn (-Wmultichar) in order with the other diagnostics. The checks pass on gcc's output.
// RUN: %minicc -fsyntax-only %s 2>&1 | %FileCheck %s --implicit-check-not=warning:
// RUN: %cc -fsyntax-only %s 2>&1 | %FileCheck %s --implicit-check-not=warning:
// RUN: %minicc -fsyntax-only -Wno-overflow -Wno-multichar %s 2>&1 | count 0

// CHECK: sema-overflow.c:[[@LINE+1]]:10: warning: overflow in conversion from 'int' to 'char' changes value from '300' to '44' [-Woverflow]
char a = 300;
// CHECK: sema-overflow.c:[[@LINE+1]]:19: warning: unsigned conversion from 'int' to 'unsigned char' changes value from '300' to '44' [-Woverflow]
unsigned char b = 300;
unsigned char c = -1;
unsigned d = -1;
short e = 40000;
// CHECK: sema-overflow.c:[[@LINE+1]]:20: warning: unsigned conversion from 'int' to 'short unsigned int' changes value from '70000' to '4464' [-Woverflow]
unsigned short f = 70000;
int g = 3000000000;
int h = 0xffffffff;
signed char i = 128;
char j = 255;
_Bool m = 5;
// CHECK: sema-overflow.c:[[@LINE+1]]:10: warning: overflow in conversion from 'int' to 'char' changes value from '-129' to '127' [-Woverflow]
char n = -129;
// CHECK: sema-overflow.c:[[@LINE+1]]:11: warning: overflow in conversion from 'long int' to 'short int' changes value from '-100000' to '31072' [-Woverflow]
short q = -100000L;
unsigned long long s = -1;
char cast = (char)1000;
// CHECK: sema-overflow.c:[[@LINE+1]]:9: warning: multi-character character constant [-Wmultichar]
int u = 'abcd';

void takes(char x);
void t(void) {
  char p = 0;
  // CHECK: sema-overflow.c:[[@LINE+1]]:7: warning: overflow in conversion from 'int' to 'char' changes value from '1000' to '-24' [-Woverflow]
  p = 1000;
  // CHECK: sema-overflow.c:[[@LINE+1]]:9: warning: overflow in conversion from 'int' to 'char' changes value from '999' to '-25' [-Woverflow]
  takes(999);
  p += 1000;
  // CHECK: sema-overflow.c:[[@LINE+1]]:7: warning: overflow in conversion from 'int' to 'char' changes value from '384' to '-128' [-Woverflow]
  p = 256 + 128;
}
// CHECK: sema-overflow.c:[[@LINE+1]]:23: warning: overflow in conversion from 'int' to 'char' changes value from '1000' to '-24' [-Woverflow]
char r(void) { return 1000; }
