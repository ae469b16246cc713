// Falling off the end: main returns 0 (C11 5.1.2.2.3), other non-void functions return undef;
// `return;` in a non-void function (a gcc warning) also returns undef.
// RUN: %minicc -fsyntax-only --print-after=frontend %s 2>&1 | %FileCheck %s

// CHECK-LABEL: define @nothing() -> i32
// CHECK: ret i32 undef
int nothing(void) {}

// CHECK-LABEL: define @empty_return() -> i64
// CHECK: ret i64 undef
long empty_return(void) { return; }

// CHECK-LABEL: define @procedure() -> void
// CHECK: ret void
void procedure(void) {}

// Code after a return is dropped unless a label makes it reachable.
// CHECK-LABEL: define @after_return(i32 %x) -> i32
// CHECK-NOT: 99
// CHECK: ret i32
int after_return(int x) {
  return x;
  x = 99;
}

// CHECK-LABEL: define @main() -> i32
// CHECK: ret i32 0
int main(void) { procedure(); }
