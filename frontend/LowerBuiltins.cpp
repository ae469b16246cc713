// frontend/LowerBuiltins.cpp — lowering of gcc's built-in functions (SemaBuiltins.cpp).
//
// Provides: Lowering::lowerBuiltinCall, for calls whose callee Sema left without a symbol:
// va_start/va_end/va_copy become vastart/vaend/vacopy; the bit built-ins become the IR's clz,
// ctz, popcount and bswap (docs/ir.md), with ffs, parity and clrsb built from them;
// __builtin_expect is its first operand; __builtin_unreachable and __builtin_trap end the
// block with `unreachable` (ud2, as gcc's trap); inf/huge_val/nan are constants; the overflow
// built-ins are computed exactly (lowerOverflowBuiltin). Needs: Lower.h, Builtins.h.
#include "frontend/Builtins.h"
#include "frontend/Lower.h"

#include <limits>

namespace minicc::frontend {

namespace {

bool isSignedType(const CType* t) {
  return enumUnderlying(t->unqualified())->isSignedInteger();
}

} // namespace

ir::Value* Lowering::lowerBuiltinCall(CallExpr* e) {
  const std::string& name = static_cast<IdentifierExpr*>(e->callee)->name;
  const BuiltinInfo* info = findBuiltin(name);
  if (!info) internalError("lowering: unknown built-in '" + name + "'");
  if (info->kind == BuiltinKind::AddOverflow || info->kind == BuiltinKind::SubOverflow ||
      info->kind == BuiltinKind::MulOverflow)
    return lowerOverflowBuiltin(e, info->kind);
  if (info->kind == BuiltinKind::Infinity || info->kind == BuiltinKind::Nan) {
    long double v = info->kind == BuiltinKind::Infinity
                        ? std::numeric_limits<long double>::infinity()
                        : std::numeric_limits<long double>::quiet_NaN();
    return builder_.constFloat(irType(e->type), v);
  }
  std::vector<ir::Value*> args;
  for (Expr* arg : e->args) args.push_back(lowerRValue(arg));
  ir::Type resultType = e->type->isVoid() ? ir::Type::voidTy() : irType(e->type);
  auto toResult = [&](ir::Value* v) { return resizeInteger(v, resultType, false); };
  switch (info->kind) {
  case BuiltinKind::VaStart:
    builder_.make(ir::Opcode::VaStart, ir::Type::voidTy(), {args[0]});
    return nullptr;
  case BuiltinKind::VaEnd:
    builder_.make(ir::Opcode::VaEnd, ir::Type::voidTy(), {args[0]});
    return nullptr;
  case BuiltinKind::VaCopy:
    builder_.make(ir::Opcode::VaCopy, ir::Type::voidTy(), {args[0], args[1]});
    return nullptr;
  case BuiltinKind::Clz: return toResult(builder_.unary(ir::Opcode::Clz, args[0]));
  case BuiltinKind::Ctz: return toResult(builder_.unary(ir::Opcode::Ctz, args[0]));
  case BuiltinKind::Popcount: return toResult(builder_.unary(ir::Opcode::Popcount, args[0]));
  case BuiltinKind::Parity: {
    ir::Value* count = builder_.unary(ir::Opcode::Popcount, args[0]);
    return toResult(builder_.binary(ir::Opcode::And, count, builder_.constInt(count->type(), 1)));
  }
  case BuiltinKind::Ffs: { // x ? ctz(x) + 1 : 0
    ir::Value* x = args[0];
    ir::Type t = x->type();
    ir::Value* index = builder_.binary(ir::Opcode::Add, builder_.unary(ir::Opcode::Ctz, x),
                                       builder_.constInt(t, 1));
    ir::Value* isZero = builder_.icmp(ir::Predicate::Eq, x, builder_.constInt(t, 0));
    return toResult(builder_.select(isZero, builder_.constInt(t, 0), index));
  }
  case BuiltinKind::Clrsb: { // redundant sign bits: clz(x ^ (x >> (n-1))) - 1; clz 0 is n
    ir::Value* x = args[0];
    ir::Type t = x->type();
    ir::Value* sign = builder_.binary(ir::Opcode::AShr, x, builder_.constInt(t, t.bits() - 1));
    ir::Value* leading = builder_.unary(ir::Opcode::Clz, builder_.binary(ir::Opcode::Xor, x, sign));
    return toResult(builder_.binary(ir::Opcode::Sub, leading, builder_.constInt(t, 1)));
  }
  case BuiltinKind::Bswap: return builder_.unary(ir::Opcode::Bswap, args[0]);
  case BuiltinKind::Expect: return args[0];
  case BuiltinKind::Crc32Byte: return crc32Byte(args[0], args[1]);
  case BuiltinKind::Alloca: { // gcc aligns the block for any type (16 on x86-64)
    ir::Instruction* block = builder_.make(ir::Opcode::DynAlloca, ir::Type::ptr(), {args[0]});
    block->allocAlign = 16;
    return block;
  }
  case BuiltinKind::Unreachable:
  case BuiltinKind::Trap:
    builder_.unreachable();
    enterBlock(newBlock("after.trap"));
    return nullptr;
  default: break;
  }
  internalError("lowering: built-in '" + name + "' reached lowerBuiltinCall");
}

// SSE4.2's crc32b (Intel SDM "CRC32"): CRC-32C (Castagnoli, reflected polynomial 0x82F63B78)
// of one byte, without the instruction: eight branch-free shift-and-conditional-xor steps.
ir::Value* Lowering::crc32Byte(ir::Value* crc, ir::Value* byte) {
  ir::Type i32 = ir::Type::i32();
  ir::Value* c = builder_.binary(ir::Opcode::Xor, crc, resizeInteger(byte, i32, false));
  for (int bit = 0; bit < 8; ++bit) {
    ir::Value* low = builder_.binary(ir::Opcode::And, c, builder_.constInt(i32, 1));
    ir::Value* mask = builder_.unary(ir::Opcode::Neg, low); // all ones when the low bit is set
    ir::Value* poly = builder_.binary(
        ir::Opcode::And, mask, builder_.constInt(i32, static_cast<std::int32_t>(0x82F63B78)));
    c = builder_.binary(ir::Opcode::Xor,
                        builder_.binary(ir::Opcode::LShr, c, builder_.constInt(i32, 1)), poly);
  }
  return c;
}

// gcc's __builtin_{add,sub,mul}_overflow(a, b, p): the result of the operation in infinite
// precision, stored into *p converted (wrapped) to *p's type; the value is whether that
// conversion changed it. Every operand is at most 64 bits, so the exact value is computed as
// a 128-bit two's complement number (hi, lo) from 64-bit operations and then range-checked.
ir::Value* Lowering::lowerOverflowBuiltin(CallExpr* e, BuiltinKind kind) {
  ir::Type i64 = ir::Type::i64();
  auto c64 = [&](std::int64_t v) -> ir::Value* { return builder_.constInt(i64, v); };
  auto bin = [&](ir::Opcode op, ir::Value* a, ir::Value* b) -> ir::Value* {
    return builder_.binary(op, a, b);
  };
  auto wide = [&](Expr* arg, ir::Value*& hi) {
    bool isSignedArg = isSignedType(arg->type);
    ir::Value* lo = resizeInteger(lowerRValue(arg), i64, isSignedArg);
    hi = isSignedArg ? bin(ir::Opcode::AShr, lo, c64(63)) : c64(0);
    return lo;
  };
  ir::Value *aHi, *bHi;
  ir::Value* aLo = wide(e->args[0], aHi);
  ir::Value* bLo = wide(e->args[1], bHi);
  ir::Value* target = lowerRValue(e->args[2]);
  ir::Value *lo, *hi;
  auto asI64 = [&](ir::Value* flag) { return builder_.convert(ir::Opcode::ZExt, flag, i64); };
  if (kind == BuiltinKind::AddOverflow) {
    lo = bin(ir::Opcode::Add, aLo, bLo);
    ir::Value* carry = asI64(builder_.icmp(ir::Predicate::ULt, lo, aLo));
    hi = bin(ir::Opcode::Add, bin(ir::Opcode::Add, aHi, bHi), carry);
  } else if (kind == BuiltinKind::SubOverflow) {
    lo = bin(ir::Opcode::Sub, aLo, bLo);
    ir::Value* borrow = asI64(builder_.icmp(ir::Predicate::ULt, aLo, bLo));
    hi = bin(ir::Opcode::Sub, bin(ir::Opcode::Sub, aHi, bHi), borrow);
  } else {
    multiplyWide(aLo, aHi, bLo, bHi, lo, hi);
  }
  // The exact value fits the result type iff extending its truncation gives it back.
  const CType* resultType = e->args[2]->type->inner;
  bool resultSigned = isSignedType(resultType);
  unsigned bits = integerBits(enumUnderlying(resultType->unqualified()));
  ir::Value* extended = lo;
  if (bits < 64) {
    ir::Value* shift = c64(64 - bits);
    extended = bin(resultSigned ? ir::Opcode::AShr : ir::Opcode::LShr,
                   bin(ir::Opcode::Shl, lo, shift), shift);
  }
  ir::Value* expectedHi = resultSigned ? bin(ir::Opcode::AShr, lo, c64(63)) : c64(0);
  ir::Value* overflow = bin(ir::Opcode::Or, builder_.icmp(ir::Predicate::Ne, extended, lo),
                            builder_.icmp(ir::Predicate::Ne, hi, expectedHi));
  ir::Type stored = irType(resultType);
  builder_.store(resizeInteger(lo, stored, false), target, resultType->isVolatile());
  return builder_.convert(ir::Opcode::ZExt, overflow, irType(e->type));
}

// The 128-bit two's complement product of two 128-bit values whose high words are only sign
// words (0 or -1): the product of the magnitudes, 32-bit halves at a time, negated when the
// signs differ. The magnitudes are below 2^64, so the product is below 2^128.
void Lowering::multiplyWide(ir::Value* aLo, ir::Value* aHi, ir::Value* bLo, ir::Value* bHi,
                            ir::Value*& lo, ir::Value*& hi) {
  ir::Type i64 = ir::Type::i64();
  auto c64 = [&](std::int64_t v) -> ir::Value* { return builder_.constInt(i64, v); };
  auto bin = [&](ir::Opcode op, ir::Value* a, ir::Value* b) -> ir::Value* {
    return builder_.binary(op, a, b);
  };
  auto magnitude = [&](ir::Value* low, ir::Value* isNegative) {
    return builder_.select(isNegative, builder_.unary(ir::Opcode::Neg, low), low);
  };
  ir::Value* aNegative = builder_.icmp(ir::Predicate::Ne, aHi, c64(0));
  ir::Value* bNegative = builder_.icmp(ir::Predicate::Ne, bHi, c64(0));
  ir::Value* a = magnitude(aLo, aNegative);
  ir::Value* b = magnitude(bLo, bNegative);
  ir::Value* low32 = c64(0xffffffff);
  ir::Value* a0 = bin(ir::Opcode::And, a, low32);
  ir::Value* a1 = bin(ir::Opcode::LShr, a, c64(32));
  ir::Value* b0 = bin(ir::Opcode::And, b, low32);
  ir::Value* b1 = bin(ir::Opcode::LShr, b, c64(32));
  ir::Value* p00 = bin(ir::Opcode::Mul, a0, b0);
  ir::Value* p01 = bin(ir::Opcode::Mul, a0, b1);
  ir::Value* p10 = bin(ir::Opcode::Mul, a1, b0);
  ir::Value* p11 = bin(ir::Opcode::Mul, a1, b1);
  // The middle column: below 3 * 2^32, so it cannot wrap.
  ir::Value* middle =
      bin(ir::Opcode::Add, bin(ir::Opcode::LShr, p00, c64(32)),
          bin(ir::Opcode::Add, bin(ir::Opcode::And, p01, low32), bin(ir::Opcode::And, p10, low32)));
  ir::Value* productLo =
      bin(ir::Opcode::Or, bin(ir::Opcode::Shl, middle, c64(32)), bin(ir::Opcode::And, p00, low32));
  ir::Value* productHi =
      bin(ir::Opcode::Add, bin(ir::Opcode::Add, p11, bin(ir::Opcode::LShr, p01, c64(32))),
          bin(ir::Opcode::Add, bin(ir::Opcode::LShr, p10, c64(32)),
              bin(ir::Opcode::LShr, middle, c64(32))));
  // -(hi, lo) = (~hi + (lo == 0), -lo).
  ir::Value* negative = bin(ir::Opcode::Xor, aNegative, bNegative);
  ir::Value* loIsZero =
      builder_.convert(ir::Opcode::ZExt, builder_.icmp(ir::Predicate::Eq, productLo, c64(0)), i64);
  ir::Value* negatedHi = bin(ir::Opcode::Add, builder_.unary(ir::Opcode::Not, productHi), loIsZero);
  lo = builder_.select(negative, builder_.unary(ir::Opcode::Neg, productLo), productLo);
  hi = builder_.select(negative, negatedHi, productHi);
}

} // namespace minicc::frontend
