// ir/ConstantFold.cpp — see ConstantFold.h. Integer constants are n-bit patterns; arithmetic
// wraps modulo 2^n and is computed on 64-bit unsigned values, then truncated by
// Module::constantInt (canonicalizeInt).
#include "ir/ConstantFold.h"

#include "ir/BitOps.h"
#include "ir/FloatValue.h"

#include <cmath>
#include <limits>

namespace minicc::ir {
namespace {

const ConstantInt* asInt(const Value* v) {
  return v && v->valueKind() == ValueKind::ConstantInt ? static_cast<const ConstantInt*>(v)
                                                       : nullptr;
}
const ConstantFloat* asFloat(const Value* v) {
  return v && v->valueKind() == ValueKind::ConstantFloat ? static_cast<const ConstantFloat*>(v)
                                                         : nullptr;
}

// The two's-complement reading; an i1 `true` reads as -1.
std::int64_t signedValue(const ConstantInt& c) {
  return c.type().bits() == 1 ? -c.value() : c.value();
}
std::uint64_t allOnes(Type t) {
  return t.bits() >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << t.bits()) - 1;
}
std::int64_t signedMin(Type t) {
  return t.bits() >= 64 ? std::numeric_limits<std::int64_t>::min()
                        : -(std::int64_t{1} << (t.bits() - 1));
}
bool isZero(const Value* v) {
  const ConstantInt* c = asInt(v);
  return c && c->value() == 0;
}
bool isOne(const Value* v) {
  const ConstantInt* c = asInt(v);
  return c && c->zextValue() == 1;
}
bool isAllOnes(const Value* v) {
  const ConstantInt* c = asInt(v);
  return c && c->zextValue() == allOnes(c->type());
}

// Both operands constant. nullptr for undefined or unspecified results.
Value* foldIntegerBinary(Opcode op, Type t, const ConstantInt& a, const ConstantInt& b, Module& m) {
  std::uint64_t ua = a.zextValue(), ub = b.zextValue();
  std::int64_t sa = signedValue(a), sb = signedValue(b);
  auto result = [&](std::uint64_t v) { return m.constantInt(t, static_cast<std::int64_t>(v)); };
  switch (op) {
  case Opcode::Add: return result(ua + ub);
  case Opcode::Sub: return result(ua - ub);
  case Opcode::Mul: return result(ua * ub);
  case Opcode::And: return result(ua & ub);
  case Opcode::Or: return result(ua | ub);
  case Opcode::Xor: return result(ua ^ ub);
  case Opcode::SDiv:
  case Opcode::SRem:
    // C11 6.5.5p6: truncation toward zero; x / 0 and INT_MIN / -1 are undefined.
    if (sb == 0 || (sa == signedMin(t) && sb == -1)) return nullptr;
    return result(static_cast<std::uint64_t>(op == Opcode::SDiv ? sa / sb : sa % sb));
  case Opcode::UDiv:
  case Opcode::URem:
    if (ub == 0) return nullptr;
    return result(op == Opcode::UDiv ? ua / ub : ua % ub);
  case Opcode::Shl:
  case Opcode::LShr:
  case Opcode::AShr:
    if (ub >= t.bits()) return nullptr; // unspecified (docs/ir.md)
    if (op == Opcode::Shl) return result(ua << ub);
    if (op == Opcode::LShr) return result(ua >> ub);
    return result(static_cast<std::uint64_t>(sa >> ub)); // arithmetic shift (C++20)
  default: return nullptr;
  }
}

// One operand constant, or both the same value.
Value* foldIntegerIdentity(Opcode op, Type t, Value* a, Value* b, Module& m) {
  Value* zero = m.constantInt(t, 0);
  switch (op) {
  case Opcode::Add:
    if (isZero(b)) return a;
    if (isZero(a)) return b;
    return nullptr;
  case Opcode::Sub:
    if (isZero(b)) return a;
    if (a == b) return zero;
    return nullptr;
  case Opcode::Mul:
    if (isOne(b)) return a;
    if (isOne(a)) return b;
    if (isZero(a) || isZero(b)) return zero;
    return nullptr;
  case Opcode::SDiv:
  case Opcode::UDiv: return isOne(b) ? a : nullptr;
  case Opcode::SRem:
  case Opcode::URem: return isOne(b) ? zero : nullptr;
  case Opcode::And:
    if (isZero(a) || isZero(b)) return zero;
    if (isAllOnes(b) || a == b) return a;
    if (isAllOnes(a)) return b;
    return nullptr;
  case Opcode::Or:
    if (isAllOnes(a) || isAllOnes(b)) return m.constantInt(t, -1);
    if (isZero(b) || a == b) return a;
    if (isZero(a)) return b;
    return nullptr;
  case Opcode::Xor:
    if (isZero(b)) return a;
    if (isZero(a)) return b;
    if (a == b) return zero;
    return nullptr;
  case Opcode::Shl:
  case Opcode::LShr:
  case Opcode::AShr: return isZero(b) ? a : nullptr;
  default: return nullptr;
  }
}

bool compareIntegers(Predicate p, const ConstantInt& a, const ConstantInt& b) {
  std::uint64_t ua = a.zextValue(), ub = b.zextValue();
  std::int64_t sa = signedValue(a), sb = signedValue(b);
  switch (p) {
  case Predicate::Eq: return ua == ub;
  case Predicate::Ne: return ua != ub;
  case Predicate::SLt: return sa < sb;
  case Predicate::SLe: return sa <= sb;
  case Predicate::SGt: return sa > sb;
  case Predicate::SGe: return sa >= sb;
  case Predicate::ULt: return ua < ub;
  case Predicate::ULe: return ua <= ub;
  case Predicate::UGt: return ua > ub;
  case Predicate::UGe: return ua >= ub;
  default: return false;
  }
}

Value* foldICmp(const Instruction& inst, Module& m) {
  Value* a = inst.operand(0);
  Value* b = inst.operand(1);
  Predicate p = inst.predicate;
  const ConstantInt* ca = asInt(a);
  const ConstantInt* cb = asInt(b);
  if (ca && cb) return m.constantInt(Type::i1(), compareIntegers(p, *ca, *cb));
  if (a == b && a->valueKind() != ValueKind::Undef) {
    bool reflexive = p == Predicate::Eq || p == Predicate::SLe || p == Predicate::SGe ||
                     p == Predicate::ULe || p == Predicate::UGe;
    return m.constantInt(Type::i1(), reflexive);
  }
  // Nothing is unsigned-less than zero.
  if (cb && cb->value() == 0 && (p == Predicate::ULt || p == Predicate::UGe))
    return m.constantInt(Type::i1(), p == Predicate::UGe);
  return nullptr;
}

Value* foldFCmp(const Instruction& inst, Module& m) {
  const ConstantFloat* ca = asFloat(inst.operand(0));
  const ConstantFloat* cb = asFloat(inst.operand(1));
  if (!ca || !cb) return nullptr;
  long double a = ca->value(), b = cb->value(); // exact for every type
  bool unordered = std::isnan(a) || std::isnan(b);
  bool r;
  switch (inst.predicate) {
  case Predicate::OEq: r = !unordered && a == b; break;
  case Predicate::ONe: r = !unordered && a != b; break;
  case Predicate::OLt: r = !unordered && a < b; break;
  case Predicate::OLe: r = !unordered && a <= b; break;
  case Predicate::OGt: r = !unordered && a > b; break;
  case Predicate::OGe: r = !unordered && a >= b; break;
  case Predicate::UEq: r = unordered || a == b; break;
  case Predicate::UNe: r = unordered || a != b; break;
  case Predicate::ULtF: r = unordered || a < b; break;
  case Predicate::ULeF: r = unordered || a <= b; break;
  case Predicate::UGtF: r = unordered || a > b; break;
  case Predicate::UGeF: r = unordered || a >= b; break;
  case Predicate::Ord: r = !unordered; break;
  case Predicate::Uno: r = unordered; break;
  default: return nullptr;
  }
  return m.constantInt(Type::i1(), r);
}

// Each type computes in its own precision (f32 in float as SSE's addss does, f80 in long
// double as the x87 unit does), so the result is rounded once.
Value* foldFloatArithmetic(const Instruction& inst, Module& m) {
  Type t = inst.type();
  if (inst.opcode() == Opcode::FNeg) {
    const ConstantFloat* a = asFloat(inst.operand(0));
    return a ? m.constantFloat(t, -a->value()) : nullptr;
  }
  const ConstantFloat* ca = asFloat(inst.operand(0));
  const ConstantFloat* cb = asFloat(inst.operand(1));
  if (!ca || !cb) return nullptr;
  FloatOperation op = inst.opcode() == Opcode::FAdd   ? FloatOperation::Add
                      : inst.opcode() == Opcode::FSub ? FloatOperation::Sub
                      : inst.opcode() == Opcode::FMul ? FloatOperation::Mul
                                                      : FloatOperation::Div;
  return m.constantFloat(t, applyInType(t, op, ca->value(), cb->value()));
}

// C11 6.3.1.4: the truncated value must be representable in the target type.
Value* foldFloatToInt(const Instruction& inst, long double v, Module& m) {
  auto bits = floatToInteger(v, inst.type().bits(), inst.opcode() == Opcode::FPToSI);
  return bits ? m.constantInt(inst.type(), static_cast<std::int64_t>(*bits)) : nullptr;
}

Value* foldConversion(const Instruction& inst, Module& m) {
  Type to = inst.type();
  Value* v = inst.operand(0);
  if (const ConstantInt* c = asInt(v)) {
    switch (inst.opcode()) {
    case Opcode::SExt: return m.constantInt(to, signedValue(*c));
    case Opcode::ZExt:
    case Opcode::PtrToInt:
    case Opcode::IntToPtr: return m.constantInt(to, static_cast<std::int64_t>(c->zextValue()));
    case Opcode::Trunc: return m.constantInt(to, c->value());
    case Opcode::SIToFP:
      return m.constantFloat(to,
                             integerToFloat(to, static_cast<std::uint64_t>(signedValue(*c)), true));
    case Opcode::UIToFP: return m.constantFloat(to, integerToFloat(to, c->zextValue(), false));
    default: return nullptr;
    }
  }
  const ConstantFloat* f = asFloat(v);
  if (!f) return nullptr;
  switch (inst.opcode()) {
  case Opcode::FPToSI:
  case Opcode::FPToUI: return foldFloatToInt(inst, f->value(), m);
  case Opcode::FPExt: return m.constantFloat(to, f->value()); // exact
  case Opcode::FPTrunc: return m.constantFloat(to, roundToType(to, f->value()));
  default: return nullptr;
  }
}

// All incoming values are one value (entries that are the phi itself do not count).
Value* foldPhi(const Instruction& phi) {
  Value* same = nullptr;
  for (Value* v : phi.operands) {
    if (v == &phi || v == same) continue;
    if (same) return nullptr;
    same = v;
  }
  return same;
}

Value* foldSelect(const Instruction& inst) {
  if (const ConstantInt* c = asInt(inst.operand(0)))
    return c->value() ? inst.operand(1) : inst.operand(2);
  if (inst.operand(1) == inst.operand(2)) return inst.operand(1);
  return nullptr;
}

Value* foldPtrAdd(const Instruction& inst, Module& m) {
  const ConstantInt* offset = asInt(inst.operand(1));
  if (!offset) return nullptr;
  if (offset->value() == 0) return inst.operand(0);
  if (const ConstantInt* base = asInt(inst.operand(0)))
    return m.constantInt(Type::ptr(),
                         static_cast<std::int64_t>(base->zextValue() + offset->zextValue()));
  return nullptr;
}

} // namespace

Value* foldInstruction(const Instruction& inst, Module& m) {
  for (Value* op : inst.operands)
    if (!op) return nullptr;
  if (isIntegerBinary(inst.opcode())) {
    const ConstantInt* a = asInt(inst.operand(0));
    const ConstantInt* b = asInt(inst.operand(1));
    if (a && b) return foldIntegerBinary(inst.opcode(), inst.type(), *a, *b, m);
    return foldIntegerIdentity(inst.opcode(), inst.type(), inst.operand(0), inst.operand(1), m);
  }
  if (isConversion(inst.opcode())) return foldConversion(inst, m);
  switch (inst.opcode()) {
  case Opcode::Neg:
    if (const ConstantInt* a = asInt(inst.operand(0)))
      return m.constantInt(inst.type(), static_cast<std::int64_t>(0 - a->zextValue()));
    return nullptr;
  case Opcode::Not:
    if (const ConstantInt* a = asInt(inst.operand(0)))
      return m.constantInt(inst.type(), static_cast<std::int64_t>(~a->zextValue()));
    return nullptr;
  case Opcode::Clz:
  case Opcode::Ctz:
  case Opcode::Popcount:
  case Opcode::Bswap:
    if (const ConstantInt* a = asInt(inst.operand(0)))
      return m.constantInt(inst.type(), static_cast<std::int64_t>(evaluateBitOperation(
                                            inst.opcode(), inst.type().bits(), a->zextValue())));
    return nullptr;
  case Opcode::FAdd:
  case Opcode::FSub:
  case Opcode::FMul:
  case Opcode::FDiv:
  case Opcode::FNeg: return foldFloatArithmetic(inst, m);
  case Opcode::ICmp: return foldICmp(inst, m);
  case Opcode::FCmp: return foldFCmp(inst, m);
  case Opcode::Select: return foldSelect(inst);
  case Opcode::PtrAdd: return foldPtrAdd(inst, m);
  case Opcode::Phi: return foldPhi(inst);
  default: return nullptr;
  }
}

} // namespace minicc::ir
