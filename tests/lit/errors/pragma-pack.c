// Malformed `#pragma pack` lines are ignored with gcc 12's -Wpragmas warnings (same lines and
// columns as gcc's), and the one unsupported packed bit-field shape is an error.
// RUN: rm -f %t.s && %expect-exit 1 %minicc -S %s -o %t.s 2>&1 | %FileCheck %s
// RUN: test ! -e %t.s

// CHECK: pragma-pack.c:[[@LINE+1]]:9: warning: alignment must be a small power of two, not 3 [-Wpragmas]
#pragma pack(3)
// CHECK: pragma-pack.c:[[@LINE+1]]:9: warning: '#pragma pack (pop)' encountered without matching '#pragma pack (push)' [-Wpragmas]
#pragma pack(pop)
// CHECK: pragma-pack.c:[[@LINE+1]]:9: warning: missing '(' after '#pragma pack' - ignored [-Wpragmas]
#pragma pack
// CHECK: pragma-pack.c:[[@LINE+1]]:9: warning: malformed '#pragma pack(push[, id][, <n>])' - ignored [-Wpragmas]
#pragma pack(push, 4
// CHECK: pragma-pack.c:[[@LINE+1]]:9: warning: malformed '#pragma pack(pop[, id])' - ignored [-Wpragmas]
#pragma pack(pop, 4)
// CHECK: pragma-pack.c:[[@LINE+1]]:14: warning: unknown action 'foo' for '#pragma pack' - ignored [-Wpragmas]
#pragma pack(foo)
// CHECK: pragma-pack.c:[[@LINE+1]]:18: warning: junk at end of '#pragma pack' [-Wpragmas]
#pragma pack(16) x
// CHECK: pragma-pack.c:[[@LINE+1]]:9: warning: alignment must be a small power of two, not 32 [-Wpragmas]
#pragma pack(32)
#pragma pack(push, outer, 1)
// CHECK: pragma-pack.c:[[@LINE+1]]:9: warning: '#pragma pack(pop, inner)' encountered without matching '#pragma pack(push, inner)' [-Wpragmas]
#pragma pack(pop, inner)

#pragma pack(1)
struct TooWide {
  char c : 4;
  // CHECK: pragma-pack.c:[[@LINE+1]]:13: error: a bit-field spanning more than 8 bytes in a packed struct is not supported yet
  long long x : 62;
};
#pragma pack()
// CHECK-NOT: warning
// CHECK-NOT: error
