// codegen/ISelX87.cpp — long double (f80) with the x87 unit.
//
// Provides: InstructionSelector::{x87Address, x87Slot, x87Scratch, copyX87, selectX87Binary,
// selectX87Negation, emitX87Compare, selectX87Select, selectX87Conversion,
// emitX87PhiCopies, truncateX87}. Needs: InstructionSelector.h.
//
// An f80 value never lives in a register: each has a 16-byte home in memory (the first 10
// bytes hold the value, docs/ir.md) —
//   - an instruction's result: its own 16-byte frame slot;
//   - a parameter: the caller's copy in the stack argument area (psABI: X87 class is passed
//     in memory);
//   - a literal: a 16-byte .rodata entry with the 80-bit encoding.
// Every operation is a short x87 sequence that leaves the x87 register stack as it found it
// (empty), so the register allocator never sees the x87 stack, and calls find it empty as
// the psABI requires:
//   a op b        fldt a; fldt b; faddp/fsubrp/fmulp/fdivrp %st, %st(1); fstpt d
//   -a            fldt a; fchs; fstpt d
//   fcmp          fldt y; fldt x; fucomip %st(1), %st; fstp %st(0) — the flags of x compared
//                 with y exactly as ucomisd sets them, read with the same conditions
//   int -> f80    the integer stored to a scratch slot, filds/fildl/fildq (unsigned 64: plus
//                 2^64 when the sign bit is set, the addend chosen with cmov)
//   f80 -> int    rounding set to truncation around fistp (fnstcw, or 0xC00, fldcw, fistp,
//                 fldcw); unsigned 64: x - 2^63 converted with bit 63 set again when x >= 2^63
//   f32/f64 <-> f80   through the scratch slot with flds/fldl and fstps/fstpl
// Loads, stores, phis and select copy the 10 bytes through general registers. A value
// returned in %st(0) is pushed with fldt right before `ret`; a returned one is popped with
// fstpt into its slot (or dropped) right after the call.
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"
#include "ir/FloatValue.h"

#include <algorithm>
#include <bit>

namespace minicc::codegen {

using ir::Opcode;

namespace {

constexpr std::uint64_t X87SlotBytes = 16;

// The x87 extended encoding of the constant (ir/FloatValue.h): 64-bit significand with an
// explicit integer bit, then the sign and the 15-bit exponent; six zero bytes pad it to 16.
PoolConstant x87Constant(long double value) {
  ir::ExtendedBits bits = ir::extendedBits(value);
  PoolConstant c;
  c.size = 16;
  c.low = bits.significand;
  c.high = bits.signExponent;
  return c;
}

PoolConstant float32Constant(float value) {
  PoolConstant c;
  c.size = 4;
  c.low = std::bit_cast<std::uint32_t>(value);
  return c;
}

bool isX87(const ir::Value* v) {
  return v->type().kind() == ir::TypeKind::F80;
}

MemRef displaced(MemRef m, std::int64_t offset) {
  m.disp += offset;
  return m;
}

MOpcode arithmeticOpcode(Opcode op) {
  switch (op) {
  case Opcode::FAdd: return MOpcode::X87Add;
  case Opcode::FSub: return MOpcode::X87Sub;
  case Opcode::FMul: return MOpcode::X87Mul;
  case Opcode::FDiv: return MOpcode::X87Div;
  default: internalError("not a floating arithmetic opcode");
  }
}

} // namespace

MemRef InstructionSelector::x87Slot(const ir::Value* value) {
  auto it = x87Addresses_.find(value);
  if (it != x87Addresses_.end()) return it->second;
  MemRef slot;
  slot.frameIndex = mf_.newFrameObject(X87SlotBytes, 16, false);
  x87Addresses_[value] = slot;
  return slot;
}

// Where the f80 value is: its slot, the caller's stack copy, or a literal.
MemRef InstructionSelector::x87Address(const ir::Value* value) {
  if (!isX87(value)) internalError("x87Address: not an f80 value");
  if (value->valueKind() == ir::ValueKind::ConstantFloat)
    return constantAddress(x87Constant(static_cast<const ir::ConstantFloat*>(value)->value()));
  return x87Slot(value); // undef gets a slot of its own: any bytes will do
}

// 16 bytes for conversions: control words at 0 and 2, an integer or float at 8.
MemRef InstructionSelector::x87Scratch(std::int64_t offset) {
  if (x87Scratch_ < 0) x87Scratch_ = mf_.newFrameObject(16, 16, false);
  MemRef m;
  m.frameIndex = x87Scratch_;
  m.disp = offset;
  return m;
}

void InstructionSelector::copyX87(MemRef from, MemRef to) {
  RegId low = mf_.newVreg(RegClass::GPR);
  RegId high = mf_.newVreg(RegClass::GPR);
  emit(MOpcode::Mov, 8, {MOperand::memory(from), MOperand::def(low)});
  emit(MOpcode::Movzx, 4, {MOperand::memory(displaced(from, 8)), MOperand::def(high)}).srcSize = 2;
  emit(MOpcode::Mov, 8, {MOperand::use(low), MOperand::memory(to)});
  emit(MOpcode::Mov, 2, {MOperand::use(high), MOperand::memory(displaced(to, 8))});
}

void InstructionSelector::emitX87PhiCopies(
    const std::vector<std::pair<const ir::Instruction*, const ir::Value*>>& copies) {
  // All sources are read before any phi slot is written (the copies happen at once).
  std::vector<std::pair<RegId, RegId>> parts;
  for (const auto& [phi, incoming] : copies) {
    MemRef from = x87Address(incoming);
    RegId low = mf_.newVreg(RegClass::GPR);
    RegId high = mf_.newVreg(RegClass::GPR);
    emit(MOpcode::Mov, 8, {MOperand::memory(from), MOperand::def(low)});
    emit(MOpcode::Movzx, 4, {MOperand::memory(displaced(from, 8)), MOperand::def(high)}).srcSize =
        2;
    parts.push_back({low, high});
  }
  for (std::size_t i = 0; i < copies.size(); ++i) {
    MemRef to = x87Slot(copies[i].first);
    emit(MOpcode::Mov, 8, {MOperand::use(parts[i].first), MOperand::memory(to)});
    emit(MOpcode::Mov, 2, {MOperand::use(parts[i].second), MOperand::memory(displaced(to, 8))});
  }
}

void InstructionSelector::selectX87Binary(const ir::Instruction& inst) {
  emit(MOpcode::X87Load, 10, {MOperand::memory(x87Address(operand(inst, 0)))});
  emit(MOpcode::X87Load, 10, {MOperand::memory(x87Address(operand(inst, 1)))});
  emit(arithmeticOpcode(inst.opcode()), 8, {});
  emit(MOpcode::X87Store, 10, {MOperand::memory(x87Slot(&inst))});
}

void InstructionSelector::selectX87Negation(const ir::Instruction& inst) {
  emit(MOpcode::X87Load, 10, {MOperand::memory(x87Address(operand(inst, 0)))});
  emit(MOpcode::X87Negate, 8, {});
  emit(MOpcode::X87Store, 10, {MOperand::memory(x87Slot(&inst))});
}

// `left` compared with `right`: fucomip sets ZF, PF and CF as ucomisd does.
void InstructionSelector::emitX87Compare(const ir::Value* left, const ir::Value* right) {
  emit(MOpcode::X87Load, 10, {MOperand::memory(x87Address(right))});
  emit(MOpcode::X87Load, 10, {MOperand::memory(x87Address(left))});
  emit(MOpcode::X87Compare, 8, {});
  emit(MOpcode::X87Pop, 8, {});
}

// d = c ? a : b: the address of the chosen value is selected, then its bytes copied.
void InstructionSelector::selectX87Select(const ir::Instruction& inst) {
  const ir::Value* condition = operand(inst, 0);
  if (condition->valueKind() == ir::ValueKind::ConstantInt ||
      condition->valueKind() == ir::ValueKind::Undef) {
    bool takesTrue = condition->valueKind() == ir::ValueKind::ConstantInt &&
                     static_cast<const ir::ConstantInt*>(condition)->value() != 0;
    copyX87(x87Address(operand(inst, takesTrue ? 1 : 2)), x87Slot(&inst));
    return;
  }
  RegId ifTrue = leaInto(x87Address(operand(inst, 1)));
  RegId ifFalse = leaInto(x87Address(operand(inst, 2)));
  RegId chosen = mf_.newVreg(RegClass::GPR);
  bool startsTrue = conditionJoin(condition) == Condition::Join::And;
  emitCopy(startsTrue ? ifTrue : ifFalse, chosen);
  Condition c = emitCondition(condition);
  emitConditionalMoves(c, ifTrue, ifFalse, chosen, 8);
  copyX87(MemRef::at(chosen), x87Slot(&inst));
}

// Pops st(0) into a new register as an integer of `bytes` (2, 4, 8), truncating toward zero
// (C11 6.3.1.4): the rounding-control bits (11:10) of the control word are set to 11 around
// the fistp and restored after.
RegId InstructionSelector::truncateX87(unsigned bytes) {
  MemRef saved = x87Scratch(0), truncating = x87Scratch(2), result = x87Scratch(8);
  emit(MOpcode::X87SaveControl, 2, {MOperand::memory(saved)});
  RegId word = mf_.newVreg(RegClass::GPR);
  emit(MOpcode::Movzx, 4, {MOperand::memory(saved), MOperand::def(word)}).srcSize = 2;
  emit(MOpcode::Or, 4, {MOperand::immediate(0xC00), MOperand::useDef(word)});
  emit(MOpcode::Mov, 2, {MOperand::use(word), MOperand::memory(truncating)});
  emit(MOpcode::X87LoadControl, 2, {MOperand::memory(truncating)});
  emit(MOpcode::X87StoreInt, bytes, {MOperand::memory(result)});
  emit(MOpcode::X87LoadControl, 2, {MOperand::memory(saved)});
  RegId r = mf_.newVreg(RegClass::GPR);
  if (bytes == 2)
    emit(MOpcode::Movzx, 4, {MOperand::memory(result), MOperand::def(r)}).srcSize = 2;
  else
    emit(MOpcode::Mov, bytes, {MOperand::memory(result), MOperand::def(r)});
  return r;
}

void InstructionSelector::selectX87Conversion(const ir::Instruction& inst) {
  const ir::Value* source = operand(inst, 0);
  ir::Type to = inst.type();
  MemRef scratch = x87Scratch(8);
  switch (inst.opcode()) {
  case Opcode::SIToFP:
  case Opcode::UIToFP: {
    bool isSigned = inst.opcode() == Opcode::SIToFP;
    unsigned width = accessSize(source->type());
    RegId value = width < 4 ? extendTo32(source, isSigned) : valueReg(source);
    unsigned bytes = width < 4 ? 4 : width;
    if (width == 4 && !isSigned) { // zero-extended, as a signed 64-bit integer
      RegId wide = mf_.newVreg(RegClass::GPR);
      emit(MOpcode::Movzx, 8, {MOperand::use(value, 4), MOperand::def(wide, 4)}).srcSize = 4;
      value = wide;
      bytes = 8;
    }
    emit(MOpcode::Mov, bytes, {MOperand::use(value), MOperand::memory(scratch)});
    emit(MOpcode::X87LoadInt, bytes, {MOperand::memory(scratch)});
    if (width == 8 && !isSigned) { // fildq read it signed: add 2^64 when bit 63 is set
      RegId addend = leaInto(constantAddress(float32Constant(0.0f)));
      RegId wrap = leaInto(constantAddress(float32Constant(18446744073709551616.0f)));
      emit(MOpcode::Test, 8, {MOperand::use(value), MOperand::use(value)});
      emit(MOpcode::Cmov, 8, {MOperand::use(wrap), MOperand::useDef(addend)}).cond = CondCode::S;
      emit(MOpcode::X87AddFloat, 4, {MOperand::memory(MemRef::at(addend))});
    }
    emit(MOpcode::X87Store, 10, {MOperand::memory(x87Slot(&inst))});
    return;
  }
  case Opcode::FPToSI:
  case Opcode::FPToUI: {
    bool isSigned = inst.opcode() == Opcode::FPToSI;
    unsigned width = accessSize(to);
    RegId d = vregFor(&inst);
    MemRef from = x87Address(source);
    if (width == 8 && !isSigned) {
      // x >= 2^63: convert x - 2^63 and set bit 63 again; chosen after comparing with 2^63.
      MemRef limit = constantAddress(float32Constant(9223372036854775808.0f));
      emit(MOpcode::X87Load, 10, {MOperand::memory(from)});
      RegId direct = truncateX87(8);
      emit(MOpcode::X87Load, 10, {MOperand::memory(from)});
      emit(MOpcode::X87SubFloat, 4, {MOperand::memory(limit)});
      RegId reduced = truncateX87(8);
      RegId bit63 = mf_.newVreg(RegClass::GPR);
      emitImmediate(INT64_MIN, bit63, 8);
      emit(MOpcode::Xor, 8, {MOperand::use(bit63), MOperand::useDef(reduced)});
      emitCopy(direct, d);
      emit(MOpcode::X87Load, 4, {MOperand::memory(limit)});
      emit(MOpcode::X87Load, 10, {MOperand::memory(from)});
      emit(MOpcode::X87Compare, 8, {});
      emit(MOpcode::X87Pop, 8, {});
      emit(MOpcode::Cmov, 8, {MOperand::use(reduced), MOperand::useDef(d)}).cond = CondCode::AE;
      return;
    }
    // fistp stores 2, 4 or 8 signed bytes: an unsigned value takes the next wider store
    // (u8 fits i16, u16 i32, u32 i64).
    unsigned bytes = isSigned ? std::max(width, 2u) : std::max(2 * width, 2u);
    emit(MOpcode::X87Load, 10, {MOperand::memory(from)});
    emitCopy(truncateX87(bytes), d);
    return;
  }
  case Opcode::FPExt: { // f32/f64 -> f80
    unsigned bytes = floatSize(source->type());
    emit(MOpcode::FMov, bytes, {MOperand::use(valueReg(source)), MOperand::memory(scratch)});
    emit(MOpcode::X87Load, bytes, {MOperand::memory(scratch)});
    emit(MOpcode::X87Store, 10, {MOperand::memory(x87Slot(&inst))});
    return;
  }
  case Opcode::FPTrunc: { // f80 -> f32/f64, rounded to nearest
    unsigned bytes = floatSize(to);
    emit(MOpcode::X87Load, 10, {MOperand::memory(x87Address(source))});
    emit(MOpcode::X87Store, bytes, {MOperand::memory(scratch)});
    emit(MOpcode::FMov, bytes, {MOperand::memory(scratch), MOperand::def(vregFor(&inst))});
    return;
  }
  default: internalError("selectX87Conversion: unexpected opcode");
  }
}

} // namespace minicc::codegen
