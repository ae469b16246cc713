// -g: a line table. Each function's prologue is at the line its definition starts on, each
// statement's code at its own line (`.loc FILE LINE COLUMN`, a `.file` before a file is first
// named, code from a header under the header's name); the assembler turns them into
// .debug_line with a compile unit, so gdb can break and step by line. -g0 and no -g: none.
// RUN: %minicc -g -S %s -o - | %FileCheck %s
// RUN: %minicc -g -O2 -S %s -o - | %FileCheck %s --check-prefix=OPT
// RUN: %minicc -g -g0 -S %s -o - | %FileCheck %s --check-prefix=NONE
// RUN: %minicc -S %s -o - | %FileCheck %s --check-prefix=NONE
// RUN: %minicc -g -c %s -o %t.o && readelf --debug-dump=decodedline %t.o | %FileCheck %s --check-prefix=DWARF
// NONE-NOT: {{\.loc[[:space:]]}}
// The header's function comes first, so its file is number 1.
// CHECK-LABEL: twice:
// CHECK-NEXT: .file 1 "{{.*}}Inputs/debug-lines.h"
// CHECK-NEXT: .loc 1 2 1
// CHECK: .loc 1 3 3
#include "Inputs/debug-lines.h"

// CHECK-LABEL: add:
// CHECK-NEXT: .file 2 "{{.*}}debug-lines.c"
// CHECK-NEXT: .loc 2 [[@LINE+5]] 1
// CHECK-NEXT: .cfi_startproc
// CHECK: .loc 2 [[@LINE+4]] 3
// CHECK: .loc 2 [[@LINE+4]] 3
// OPT: .loc 2 [[@LINE+3]] 3
int add(int a, int b) {
  int c = a + b;
  return twice(c);
}

// DWARF: debug-lines.h 2
// DWARF: debug-lines.c [[@LINE-6]]
// DWARF-NEXT: debug-lines.c [[@LINE-6]]
// DWARF-NEXT: debug-lines.c [[@LINE-6]]
