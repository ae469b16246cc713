// The register shapes of complex values (psABI 3.2.3), as gcc -O0 uses them: _Complex float
// packed in %xmm0 (real in the low half), _Complex double in %xmm0 and %xmm1, _Complex long
// double returned in %st(0) (real) and %st(1) (imaginary) and passed in memory; complex * and /
// call libgcc's __mul?c3/__div?c3.
// RUN: %minicc -S -o - %s | %FileCheck %s
// The layouts keep their `complex` marker through the IR text form:
// RUN: %minicc --emit-ir -o %t.ir %s && %minicc -S -o - %t.ir | %FileCheck %s

// CHECK-LABEL: cf:
// CHECK: movsd %xmm0, [[A:-?[0-9]+]](%rbp)
// CHECK: movsd %xmm1, [[B:-?[0-9]+]](%rbp)
// CHECK: movss [[A]](%rbp), %xmm0
// CHECK: call __mulsc3@PLT
// CHECK-NEXT: movsd %xmm0, [[R:-?[0-9]+]](%rbp)
// CHECK-NEXT: movsd [[R]](%rbp), %xmm0
// CHECK: ret
float _Complex cf(float _Complex a, float _Complex b) { return a * b; }

// CHECK-LABEL: cd:
// CHECK: movsd %xmm0, -16(%rbp)
// CHECK-NEXT: movsd %xmm1, -8(%rbp)
// CHECK: call __divdc3@PLT
// CHECK-NEXT: movsd %xmm0, [[RE:-?[0-9]+]](%rbp)
// CHECK-NEXT: movsd %xmm1, [[IM:-?[0-9]+]](%rbp)
// CHECK-NEXT: movsd [[RE]](%rbp), %xmm0
// CHECK-NEXT: movsd [[IM]](%rbp), %xmm1
// CHECK: ret
double _Complex cd(double _Complex a, double _Complex b) { return a / b; }

// CHECK-LABEL: cld:
// CHECK: movq 16(%rbp), %rax
// CHECK: movq 64(%rbp), %rax
// CHECK: movq %rax, 56(%rsp)
// CHECK-NEXT: call __mulxc3@PLT
// CHECK-NEXT: fstpt [[RE:-?[0-9]+]](%rbp)
// CHECK-NEXT: fstpt [[IM:-?[0-9]+]](%rbp)
// CHECK-NEXT: fldt [[IM]](%rbp)
// CHECK-NEXT: fldt [[RE]](%rbp)
// CHECK: ret
long double _Complex cld(long double _Complex a, long double _Complex b) { return a * b; }
