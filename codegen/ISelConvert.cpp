// codegen/ISelConvert.cpp — instruction selection for integer/pointer conversions.
//
// Provides: InstructionSelector::selectConversion. Needs: InstructionSelector.h.
//
// Narrow values carry unspecified high bits (MachineIR.h), so truncation is a plain copy and
// every widening is an explicit movsx/movzx. Zero-extending 32 -> 64 bits is `movl %r, %r`,
// which is not a no-op copy: a 32-bit write clears bits 32-63.
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"

namespace minicc::codegen {

using ir::Opcode;

namespace {

// The result of converting the constant `c` (folded at compile time).
std::int64_t convertConstant(Opcode op, const ir::ConstantInt& c, ir::Type to) {
  std::int64_t value = op == Opcode::ZExt || op == Opcode::PtrToInt || op == Opcode::IntToPtr
                           ? static_cast<std::int64_t>(c.zextValue())
                           : c.value();
  if (op == Opcode::SExt && c.type().kind() == ir::TypeKind::I1) value = -(value & 1);
  return ir::canonicalizeInt(to, value);
}

} // namespace

void InstructionSelector::selectConversion(const ir::Instruction& inst) {
  const ir::Value* source = operand(inst, 0);
  ir::Type from = source->type();
  ir::Type to = inst.type();
  RegId d = vregFor(&inst);
  if (source->valueKind() == ir::ValueKind::ConstantInt) {
    auto* c = static_cast<const ir::ConstantInt*>(source);
    emitImmediate(convertConstant(inst.opcode(), *c, to), d, accessSize(to));
    return;
  }
  unsigned fromSize = accessSize(from);
  unsigned toSize = accessSize(to);
  bool isBool = from.kind() == ir::TypeKind::I1;
  Opcode op = inst.opcode();
  // ptrtoint/inttoptr behave as zext or trunc when the widths differ.
  if (op == Opcode::PtrToInt || op == Opcode::IntToPtr)
    op = toSize > fromSize ? Opcode::ZExt : Opcode::Trunc;

  // The source is a register, or memory when the load feeding it was folded.
  auto extend = [&](MOpcode mop, unsigned srcSize, unsigned dstSize) {
    MOperand src = isFoldedLoad(source)
                       ? valueOperand(source, srcSize)
                       : MOperand::use(valueReg(source), static_cast<std::uint8_t>(srcSize));
    auto dstPrintSize =
        static_cast<std::uint8_t>(mop == MOpcode::Movzx && srcSize == 4 ? 4 : dstSize);
    emit(mop, dstSize, {src, MOperand::def(d, dstPrintSize)}).srcSize =
        static_cast<std::uint8_t>(srcSize);
  };

  switch (op) {
  case Opcode::Trunc:
    materializeInto(source, d);
    // i1 keeps exactly 0 or 1 in its low byte.
    if (to.kind() == ir::TypeKind::I1)
      emit(MOpcode::And, 4, {MOperand::immediate(1), MOperand::useDef(d)});
    return;
  case Opcode::ZExt:
    if (fromSize >= toSize) return materializeInto(source, d);
    // movzbl/movzwl/movl all clear bits 32-63 too, so 32 bits suffice even for i64 results.
    extend(MOpcode::Movzx, fromSize, fromSize == 4 ? 8 : 4);
    return;
  case Opcode::SExt:
    if (isBool) { // 0/1 -> 0/-1
      extend(MOpcode::Movzx, 1, 4);
      emit(MOpcode::Neg, toSize == 8 ? 8 : 4, {MOperand::useDef(d)});
      return;
    }
    if (fromSize >= toSize) return materializeInto(source, d);
    extend(MOpcode::Movsx, fromSize, toSize == 8 ? 8 : 4);
    return;
  default: internalError("selectConversion: unexpected opcode");
  }
}

} // namespace minicc::codegen
