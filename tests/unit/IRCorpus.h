// IR texts in the printer's canonical form, one per construct of docs/ir.md; shared by the
// round-trip, verifier and fuzz tests. Each is valid IR (the verifier accepts it).
#pragma once

#include <string>
#include <vector>

namespace minicc::ir::corpus {

struct CorpusEntry {
  const char* name;
  const char* text;
};

inline const std::vector<CorpusEntry>& irCorpus() {
  static const std::vector<CorpusEntry> corpus = {
      {"max_and_printf", R"(source_filename = "max.c"

@.str.0 = private constant size 4, align 1 [bytes "hi\0A\00"]

declare @printf(ptr, ...) -> i32

define @max(i32 %a, i32 %b, i8 signext %tag) -> i32 {
entry:
  %c = icmp slt i32 %a, %b
  br i1 %c, %then, %else
then:
  %r = call (ptr, ...) -> i32 @printf(ptr @.str.0, i32 %a)
  jmp %join
else:
  jmp %join
join:
  %m = phi i32 [%b, %then], [%a, %else]
  ret i32 %m
}
)"},
      {"integer_arithmetic", R"(define @arith(i8 %a8, i16 %a16, i32 %a32, i64 %a64) -> i64 {
entry:
  %0 = add i32 %a32, 1
  %1 = sub i32 %0, -2147483648
  %2 = mul i64 %a64, 9223372036854775807
  %3 = sdiv i64 %2, -9223372036854775808
  %4 = udiv i8 %a8, -1
  %5 = srem i16 %a16, -32768
  %6 = urem i16 %a16, 7
  %7 = and i32 %1, 255
  %8 = or i32 %7, 256
  %9 = xor i32 %8, -1
  %10 = shl i32 %9, 3
  %11 = lshr i32 %10, 31
  %12 = ashr i64 %3, 63
  %13 = neg i32 %11
  %14 = not i8 %4
  %15 = sext i8 %14 to i32
  %16 = zext i16 %6 to i64
  %17 = trunc i64 %12 to i16
  %18 = zext i16 %17 to i64
  %19 = add i64 %16, %18
  %20 = and i1 true, false
  %21 = xor i1 %20, true
  %22 = zext i1 %21 to i32
  %23 = add i32 %22, %15
  %24 = add i32 %23, %13
  %25 = sext i32 %24 to i64
  %26 = add i64 %19, %25
  %27 = add i16 %5, 0
  %28 = sext i16 %27 to i64
  %29 = add i64 %26, %28
  ret i64 %29
}
)"},
      {"all_icmp_predicates", R"(define @cmp(i32 %a, i32 %b, ptr %p) -> i1 {
entry:
  %eq = icmp eq i32 %a, %b
  %ne = icmp ne i32 %a, %b
  %slt = icmp slt i32 %a, %b
  %sle = icmp sle i32 %a, %b
  %sgt = icmp sgt i32 %a, %b
  %sge = icmp sge i32 %a, %b
  %ult = icmp ult i32 %a, %b
  %ule = icmp ule i32 %a, %b
  %ugt = icmp ugt i32 %a, %b
  %uge = icmp uge i32 %a, %b
  %pnull = icmp eq ptr %p, null
  %x0 = and i1 %eq, %ne
  %x1 = or i1 %x0, %slt
  %x2 = or i1 %x1, %sle
  %x3 = or i1 %x2, %sgt
  %x4 = or i1 %x3, %sge
  %x5 = or i1 %x4, %ult
  %x6 = or i1 %x5, %ule
  %x7 = or i1 %x6, %ugt
  %x8 = or i1 %x7, %uge
  %x9 = or i1 %x8, %pnull
  ret i1 %x9
}
)"},
      {"floats", R"(define @floats(f64 %x, f32 %y) -> f64 {
entry:
  %a = fadd f64 %x, 1.5
  %b = fsub f64 %a, -0.0
  %c = fmul f64 %b, 0.1
  %d = fdiv f64 %c, 1e+100
  %e = fneg f64 %d
  %f = fadd f32 %y, 0.1
  %g = fpext f32 %f to f64
  %h = fptrunc f64 %e to f32
  %i = fadd f64 %g, inf
  %j = fadd f64 %i, -inf
  %k = fadd f64 %j, 0x7FF8000000000000
  %l = fadd f64 %k, 5e-324
  %m = sitofp i32 7 to f64
  %n = uitofp i64 -1 to f32
  %o = fptosi f64 %l to i32
  %p = fptoui f32 %h to i64
  %q = fadd f32 %n, 3.4028235e+38
  %r = fpext f32 %q to f64
  %s = fadd f64 %m, %r
  %t = sitofp i32 %o to f64
  %u = uitofp i64 %p to f64
  %v = fadd f64 %s, %t
  %w = fadd f64 %v, %u
  ret f64 %w
}
)"},
      {"all_fcmp_predicates", R"(define @fcmp(f64 %a, f64 %b) -> i32 {
entry:
  %0 = fcmp oeq f64 %a, %b
  %1 = fcmp one f64 %a, %b
  %2 = fcmp olt f64 %a, %b
  %3 = fcmp ole f64 %a, %b
  %4 = fcmp ogt f64 %a, %b
  %5 = fcmp oge f64 %a, %b
  %6 = fcmp ueq f64 %a, %b
  %7 = fcmp une f64 %a, %b
  %8 = fcmp ult f64 %a, %b
  %9 = fcmp ule f64 %a, %b
  %10 = fcmp ugt f64 %a, %b
  %11 = fcmp uge f64 %a, %b
  %12 = fcmp ord f64 %a, %b
  %13 = fcmp uno f64 %a, 1.0
  %14 = xor i1 %0, %1
  %15 = xor i1 %14, %2
  %16 = xor i1 %15, %3
  %17 = xor i1 %16, %4
  %18 = xor i1 %17, %5
  %19 = xor i1 %18, %6
  %20 = xor i1 %19, %7
  %21 = xor i1 %20, %8
  %22 = xor i1 %21, %9
  %23 = xor i1 %22, %10
  %24 = xor i1 %23, %11
  %25 = xor i1 %24, %12
  %26 = xor i1 %25, %13
  %27 = zext i1 %26 to i32
  ret i32 %27
}
)"},
      {"memory_and_pointers", R"(@counter = global size 4, align 4 [bytes "\05\00\00\00"]

define @memory(ptr %p, i64 %n) -> i64 {
entry:
  %slot = alloca size 8, align 8
  %buf = alloca size 24, align 16
  store i64 %n, ptr %slot
  store volatile i64 0, ptr %slot, align 8
  %v = load i64, ptr %slot
  %w = load volatile i32, ptr @counter, align 4
  %q = ptradd ptr %buf, i64 8
  memcopy ptr %buf, ptr %p, size 24, align 8
  memcopy volatile ptr %q, ptr %p, size 8
  %i = ptrtoint ptr %q to i64
  %r = inttoptr i64 %i to ptr
  %c = icmp ne ptr %r, null
  %s = select i1 %c, i64 %v, 42
  %t = select i1 %c, ptr %r, @counter
  %u = load i8, ptr %t
  %x = sext i32 %w to i64
  %y = add i64 %s, %x
  %z = zext i8 %u to i64
  %sum = add i64 %y, %z
  %ptr4096 = inttoptr i64 4096 to ptr
  store i8 undef, ptr %ptr4096
  ret i64 %sum
}
)"},
      {"aggregates_by_value", R"(type %pair = { size 16, align 8, [0: i64, 8: f64] }
type %inner = { size 12, align 4, [0: [3 x i32]] }
type %outer = { size 20, align 4, [0: i8, 4: %inner, 16: i16] }
type %u = union { size 8, align 8, [0: i32, 0: f64, 0: [8 x i8]] }
type %empty = { size 0, align 1, [] }

declare @takes(%pair, i16 signext, %u) -> %outer

define internal @byValue(%pair %p, i8 zeroext %b) -> %pair {
entry:
  %r = call (%pair, i16 signext, %u) -> %outer @takes(ptr %p, i16 7, ptr %p)
  %f = load i64, ptr %r
  store i64 %f, ptr %p
  ret ptr %p
}
)"},
      {"variadics", R"(type %pair = { size 16, align 8, [0: i64, 8: f64] }

declare @vprintf(ptr, ptr) -> i32
declare @old(...) -> i32

define @sum(i32 %n, ...) -> i32 {
entry:
  %ap = alloca size 24, align 8
  %ap2 = alloca size 24, align 8
  vastart ptr %ap
  vacopy ptr %ap2, ptr %ap
  %a = vaarg i32, ptr %ap
  %d = vaarg f64, ptr %ap2
  %p = vaarg ptr, ptr %ap
  vaend ptr %ap2
  vaend ptr %ap
  %r = call (...) -> i32 @old(i32 %a, f64 %d, ptr %p)
  %s = call (ptr, ptr) -> i32 @vprintf(ptr %p, ptr %ap)
  %t = add i32 %r, %s
  ret i32 %t
}

define @structs(ptr %fmt, ...) -> i32 {
entry:
  %ap = alloca size 24, align 8
  vastart ptr %ap
  %q = vaarg %pair, ptr %ap
  %r = call (ptr, ...) -> i32 @structs(ptr %fmt, %pair %q, i32 1, %pair %q)
  vaend ptr %ap
  ret i32 %r
}
)"},
      {"switch_and_loops", R"(define @loop(i32 %n) -> i32 {
entry:
  jmp %head
head:
  %i = phi i32 [0, %entry], [%next, %latch]
  %acc = phi i32 [0, %entry], [%acc2, %latch]
  %done = icmp sge i32 %i, %n
  br i1 %done, %exit, %body
body:
  switch i32 %i, %other [0: %zero, -1: %minus, 2147483647: %zero]
zero:
  jmp %latch
minus:
  jmp %latch
other:
  jmp %latch
latch:
  %add = phi i32 [1, %zero], [2, %minus], [3, %other]
  %acc2 = add i32 %acc, %add
  %next = add i32 %i, 1
  jmp %head
exit:
  ret i32 %acc
}

define @emptySwitch(i8 %c) -> void {
entry:
  switch i8 %c, %out []
out:
  ret void
}
)"},
      {"function_pointers_and_calls", R"(declare internal @helper(i8 signext) -> i16 zeroext
declare @abort() -> void

define @indirect(ptr %fp, i8 %c) -> i16 zeroext {
entry:
  %r = call (i8 signext) -> i16 zeroext %fp(i8 %c)
  %s = call (i8 signext) -> i16 zeroext @helper(i8 -128)
  call () -> void @abort()
  %t = add i16 %r, %s
  ret i16 %t
}

define @noReturn() -> void {
entry:
  call () -> void @abort()
  unreachable
}
)"},
      {"globals_and_initializers", R"(@counter = global size 4, align 4 [bytes "\05\00\00\00"]
@.str.0 = private constant size 4, align 1 [bytes "hi\0A\00"]
@p = internal global size 16, align 8 [addr @counter + 4, zero 8]
@errno_like = global size 4, align 4
@q = global size 24, align 8 [addr @counter - 9223372036854775808, addr @main, addr @q + 16]
@quoted = constant size 6, align 1 [bytes "a\22\5C\FF\00\7F"]
@bss = internal global size 100, align 32 [zero 100]
@empty = global size 0, align 1 []
@"odd name" = private constant size 1, align 1 [bytes "x"]

define @main() -> i32 {
entry:
  %x = load i32, ptr @"odd name"
  ret i32 %x
}
)"},
      {"names_need_quoting", R"(define @"f-g"(i32 %"1x", i32 %"a b") -> i32 {
"entry block":
  %"sum\22" = add i32 %"1x", %"a b"
  jmp %"2nd"
"2nd":
  ret i32 %"sum\22"
}
)"},
      {"forward_references", R"(define @fwd(i1 %c) -> i64 {
entry:
  jmp %late
early:
  %u = add i64 %v, 1
  ret i64 %u
late:
  %v = add i64 5, 6
  jmp %early
}
)"},
      {"constants_of_every_width", R"(define @widths() -> void {
entry:
  %a = add i8 -128, 127
  %b = add i16 -32768, 32767
  %c = add i32 -2147483648, 2147483647
  %d = add i64 -9223372036854775808, 9223372036854775807
  %e = and i1 true, false
  %f = select i1 %e, ptr null, 4096
  %g = select i1 %e, f32 1.0, -2.5
  %h = select i1 %e, f80 0.5, 1e+300
  %i = select i1 %e, i32 undef, 0
  %j = select i1 %e, f64 -inf, 3.141592653589793
  ret void
}
)"},
  };
  return corpus;
}

} // namespace minicc::ir::corpus
