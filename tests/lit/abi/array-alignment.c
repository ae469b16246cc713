// psABI 3.1.2: an array variable of at least 16 bytes, global or local, is aligned to at least
// 16 (gcc-built code may use aligned SSE accesses on an extern array it did not define). The
// ABI fixes nothing more for a shorter one (gcc gives a 15-byte array 8, minicc 1).
// RUN: %minicc -S %s -o - | %FileCheck %s

// CHECK: {{\.p2align[[:space:]]+4|\.align[[:space:]]+16}}
// CHECK-NEXT: .type sixteen
char sixteen[16] = "0123456789abcde";
// CHECK: .type fifteen
char fifteen[15] = "0123456789abcd";
// CHECK: {{\.p2align[[:space:]]+4|\.align[[:space:]]+16}}
// CHECK-NEXT: .type shorts
short shorts[9] = {1};
// A thread-local array too.
// CHECK: {{\.p2align[[:space:]]+4|\.align[[:space:]]+16}}
// CHECK-NEXT: .type per_thread
_Thread_local char per_thread[20] = {1};
