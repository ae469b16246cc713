// codegen/ISelFloatConvert.cpp — instruction selection for conversions to, from and between
// f32 and f64.
//
// Provides: InstructionSelector::{selectFloatConversion, convertIntToFloat,
// selectUnsignedToFloat, selectFloatToUnsigned64}. Needs: InstructionSelector.h.
//
// SSE converts only from signed 32/64-bit integers (cvtsi2ss/sd) and to them, truncating
// (cvttss2si/cvttsd2si). Everything else is built from those, as gcc does:
//   sitofp i8/i16      sign-extend to 32 bits first
//   uitofp i8/i16      zero-extend to 32 bits (the value fits a signed int)
//   uitofp i32         zero-extend to 64 bits, convert the 64-bit signed value
//   uitofp i64         below 2^63 a signed conversion; from 2^63 on, halve keeping the lost
//                      bit as a sticky bit ((x >> 1) | (x & 1)), convert, double — rounding
//                      stays correct. minicc computes both and selects (no branch).
//   fptosi/fptoui i8/i16, fptosi i32   a 32-bit conversion (the value fits, or it is UB)
//   fptoui i32         a 64-bit conversion, keeping the low half
//   fptoui i64         below 2^63 a signed conversion; from 2^63 on, subtract 2^63, convert
//                      and set bit 63 again; selected with cmov after `ucomisd 2^63, x`.
//   fpext / fptrunc    cvtss2sd / cvtsd2ss
// cvtsi2s* writes only the low lane of its destination; minicc clears the register first
// (`xorps`) so the conversion does not wait for the register's previous value.
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"

#include <bit>

namespace minicc::codegen {

using ir::Opcode;

namespace {

// 2^63 as a float literal of `bytes` bytes.
PoolConstant twoToThe63(unsigned bytes) {
  PoolConstant c;
  c.size = bytes;
  c.low = bytes == 4 ? std::bit_cast<std::uint32_t>(9223372036854775808.0f)
                     : std::bit_cast<std::uint64_t>(9223372036854775808.0);
  return c;
}

} // namespace

// A new xmm register holding the signed `sourceSize`-byte (4 or 8) integer in `source`.
RegId InstructionSelector::convertIntToFloat(RegId source, unsigned sourceSize,
                                             unsigned floatBytes) {
  RegId d = mf_.newVreg(RegClass::XMM);
  emit(MOpcode::FZero, 8, {MOperand::def(d)});
  emit(MOpcode::CvtIntToFp, floatBytes,
       {MOperand::use(source, static_cast<std::uint8_t>(sourceSize)), MOperand::useDef(d)})
      .srcSize = static_cast<std::uint8_t>(sourceSize);
  return d;
}

void InstructionSelector::selectUnsignedToFloat(const ir::Instruction& inst, RegId dst) {
  const ir::Value* source = operand(inst, 0);
  unsigned bytes = floatSize(inst.type());
  unsigned width = accessSize(source->type());
  if (width < 4) return emitCopy(convertIntToFloat(extendTo32(source, false), 4, bytes), dst);
  RegId x = valueReg(source);
  if (width == 4) {
    RegId wide = mf_.newVreg(RegClass::GPR);
    emit(MOpcode::Movzx, 8, {MOperand::use(x, 4), MOperand::def(wide, 4)}).srcSize = 4;
    return emitCopy(convertIntToFloat(wide, 8, bytes), dst);
  }
  // 64 bits: direct = (double)(long)x; halved = 2 * (double)(long)((x >> 1) | (x & 1)).
  RegId half = mf_.newVreg(RegClass::GPR);
  RegId lowBit = mf_.newVreg(RegClass::GPR);
  emitCopy(x, half);
  emit(MOpcode::Shr, 8, {MOperand::immediate(1), MOperand::useDef(half)});
  emitCopy(x, lowBit);
  emit(MOpcode::And, 4, {MOperand::immediate(1), MOperand::useDef(lowBit)});
  emit(MOpcode::Or, 8, {MOperand::use(lowBit), MOperand::useDef(half)});
  RegId halved = convertIntToFloat(half, 8, bytes);
  emit(MOpcode::FAdd, bytes, {MOperand::use(halved), MOperand::useDef(halved)});
  RegId direct = convertIntToFloat(x, 8, bytes);
  RegId halvedBits = moveFromXmm(halved, bytes);
  RegId bits = moveFromXmm(direct, bytes);
  emit(MOpcode::Test, 8, {MOperand::use(x), MOperand::use(x)});
  emit(MOpcode::Cmov, bytes == 8 ? 8 : 4, {MOperand::use(halvedBits), MOperand::useDef(bits)})
      .cond = CondCode::S;
  emit(MOpcode::MovToXmm, bytes, {MOperand::use(bits), MOperand::def(dst)});
}

void InstructionSelector::selectFloatToUnsigned64(const ir::Instruction& inst, RegId dst) {
  const ir::Value* source = operand(inst, 0);
  unsigned bytes = floatSize(source->type());
  RegId x = valueReg(source);
  MemRef limit = constantAddress(twoToThe63(bytes));
  RegId reduced = mf_.newVreg(RegClass::XMM);
  emitCopy(x, reduced);
  emit(MOpcode::FSub, bytes, {MOperand::memory(limit), MOperand::useDef(reduced)});
  RegId high = mf_.newVreg(RegClass::GPR);
  emit(MOpcode::CvtFpToInt, 8, {MOperand::use(reduced), MOperand::def(high)}).srcSize =
      static_cast<std::uint8_t>(bytes);
  RegId bit63 = mf_.newVreg(RegClass::GPR);
  emitImmediate(INT64_MIN, bit63, 8);
  emit(MOpcode::Xor, 8, {MOperand::use(bit63), MOperand::useDef(high)});
  emit(MOpcode::CvtFpToInt, 8, {MOperand::use(x), MOperand::def(dst)}).srcSize =
      static_cast<std::uint8_t>(bytes);
  // x >= 2^63 (CF = 0): take the reduced conversion.
  emit(MOpcode::Ucomi, bytes, {MOperand::memory(limit), MOperand::use(x)});
  emit(MOpcode::Cmov, 8, {MOperand::use(high), MOperand::useDef(dst)}).cond = CondCode::AE;
}

void InstructionSelector::selectFloatConversion(const ir::Instruction& inst) {
  const ir::Value* source = operand(inst, 0);
  if (inst.type().kind() == ir::TypeKind::F80 || source->type().kind() == ir::TypeKind::F80)
    return selectX87Conversion(inst);
  RegId d = vregFor(&inst);
  switch (inst.opcode()) {
  case Opcode::SIToFP: {
    unsigned width = accessSize(source->type());
    RegId r = width < 4 ? extendTo32(source, true) : valueReg(source);
    emitCopy(convertIntToFloat(r, width == 8 ? 8 : 4, floatSize(inst.type())), d);
    return;
  }
  case Opcode::UIToFP: return selectUnsignedToFloat(inst, d);
  case Opcode::FPToSI:
  case Opcode::FPToUI: {
    unsigned width = accessSize(inst.type());
    if (width == 8 && inst.opcode() == Opcode::FPToUI) return selectFloatToUnsigned64(inst, d);
    // An unsigned 32-bit result needs the 64-bit conversion (its values exceed INT32_MAX).
    bool wide = width == 8 || (width == 4 && inst.opcode() == Opcode::FPToUI);
    emit(MOpcode::CvtFpToInt, wide ? 8 : 4, {floatOperand(source), MOperand::def(d)}).srcSize =
        static_cast<std::uint8_t>(floatSize(source->type()));
    return;
  }
  case Opcode::FPExt:
  case Opcode::FPTrunc:
    emit(MOpcode::CvtFpToFp, floatSize(inst.type()), {floatOperand(source), MOperand::def(d)})
        .srcSize = static_cast<std::uint8_t>(floatSize(source->type()));
    return;
  default: internalError("selectFloatConversion: unexpected opcode");
  }
}

} // namespace minicc::codegen
