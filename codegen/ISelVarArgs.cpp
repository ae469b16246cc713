// codegen/ISelVarArgs.cpp — va_start, va_arg and va_copy over glibc's va_list layout.
//
// Provides: InstructionSelector::{selectVaStart, selectVaArg, selectVaCopy,
// emitVaArgFromOverflow, emitVaArgValue}. Needs: InstructionSelector.h, the function's CallABI
// (how many argument registers and stack bytes the named parameters took), Emit.cpp (the
// prologue fills the register save area, MachineFunction::regSaveArea).
//
// psABI 3.5.7: va_list is one 24-byte record
//     0: unsigned gp_offset   bytes into the save area of the next integer register (0..48)
//     4: unsigned fp_offset   bytes into the save area of the next vector register (48..176)
//     8: void *overflow_arg_area   the next stack argument
//    16: void *reg_save_area       %rdi..%r9 at 0..47, %xmm0..%xmm7 at 48..175
// so glibc's vprintf and friends read a minicc va_list. va_start sets gp_offset to 8 × the
// integer registers the named parameters used (the sret pointer and struct eightbytes
// included), fp_offset to 48 + 16 × the vector registers they used, and overflow_arg_area to
// the first stack byte after the named stack arguments.
//
// va_arg of a type that takes n integer and m vector eightbytes (the classification of a
// parameter, ABI.h) reads them from the save area when gp_offset <= 48 - 8n and
// fp_offset <= 176 - 16m, and otherwise from the overflow area (aligned to 16 for a type
// aligned beyond 8), which then advances by the type's size rounded up to 8. MEMORY types
// always come from the overflow area. minicc computes both candidate addresses of every
// eightbyte and picks with cmov, so va_arg needs no branch. A scalar's value is loaded from
// the chosen address; an aggregate's eightbytes are copied into a frame temporary whose
// address is va_arg's result.
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"

namespace minicc::codegen {

namespace {

constexpr std::int64_t GpOffset = 0, FpOffset = 4, OverflowArgArea = 8, RegSaveArea = 16;
constexpr std::int64_t RegSaveAreaBytes = 176, GprSaveBytes = 48;

MemRef field(MemRef vaList, std::int64_t offset) {
  vaList.disp += offset;
  return vaList;
}

// Where a parameter of `type` would go with every argument register free.
ValueLocation locationOf(ir::Type type) {
  ir::Signature sig;
  sig.returnType = ir::Type::voidTy();
  sig.params = {type};
  return lowerSignature(sig).arguments[0];
}

} // namespace

void InstructionSelector::selectVaStart(const ir::Instruction& inst) {
  if (mf_.regSaveArea < 0) {
    mf_.regSaveArea = mf_.newFrameObject(RegSaveAreaBytes, 16, false);
    mf_.firstVarargGpr = abi_.gprArgumentsUsed;
    mf_.firstVarargXmm = abi_.sseArgumentsUsed;
  }
  MemRef vaList = addressOf(operand(inst, 0));
  emit(MOpcode::Mov, 4,
       {MOperand::immediate(8 * abi_.gprArgumentsUsed), MOperand::memory(field(vaList, GpOffset))});
  emit(MOpcode::Mov, 4,
       {MOperand::immediate(GprSaveBytes + 16 * abi_.sseArgumentsUsed),
        MOperand::memory(field(vaList, FpOffset))});
  RegId overflow = mf_.newVreg(RegClass::GPR);
  MemRef firstStackVararg =
      MemRef::at(RBP, 16 + static_cast<std::int64_t>(abi_.stackArgumentBytes));
  emit(MOpcode::Lea, 8, {MOperand::memory(firstStackVararg), MOperand::def(overflow)});
  emit(MOpcode::Mov, 8,
       {MOperand::use(overflow), MOperand::memory(field(vaList, OverflowArgArea))});
  RegId saveArea = mf_.newVreg(RegClass::GPR);
  MemRef area;
  area.frameIndex = mf_.regSaveArea;
  emit(MOpcode::Lea, 8, {MOperand::memory(area), MOperand::def(saveArea)});
  emit(MOpcode::Mov, 8, {MOperand::use(saveArea), MOperand::memory(field(vaList, RegSaveArea))});
}

void InstructionSelector::selectVaCopy(const ir::Instruction& inst) {
  MemRef dst = addressOf(operand(inst, 0));
  MemRef src = addressOf(operand(inst, 1));
  emitMemCopy(dst, src, 24);
}

// The value at the chosen eightbyte addresses: a scalar loaded from addresses[0], or an
// aggregate copied eightbyte by eightbyte into a temporary.
void InstructionSelector::emitVaArgValue(const ir::Instruction& inst,
                                         const std::vector<RegId>& addresses) {
  ir::Type type = inst.vaArgType;
  if (!type.isAggregate()) {
    if (isUnused(&inst)) return;
    MemRef at = MemRef::at(addresses[0]);
    if (type.kind() == ir::TypeKind::F80) return copyX87(at, x87Slot(&inst));
    RegId d = vregFor(&inst);
    if (type.isFloat()) {
      emit(MOpcode::FMov, floatSize(type), {MOperand::memory(at), MOperand::def(d)});
    } else if (accessSize(type) < 4) {
      emit(MOpcode::Movzx, 4, {MOperand::memory(at), MOperand::def(d)}).srcSize =
          static_cast<std::uint8_t>(accessSize(type));
    } else {
      emit(MOpcode::Mov, accessSize(type), {MOperand::memory(at), MOperand::def(d)});
    }
    return;
  }
  MemRef temporary;
  temporary.frameIndex = newTemporary(type);
  fixedAddresses_[&inst] = temporary;
  ValueLocation loc = locationOf(type);
  for (std::size_t i = 0; i < loc.pieces.size(); ++i) {
    // Whole eightbytes: save-area slots are 8 or 16 bytes, overflow slots a multiple of 8.
    RegId bytes = mf_.newVreg(RegClass::GPR);
    emit(MOpcode::Mov, 8, {MOperand::memory(MemRef::at(addresses[i])), MOperand::def(bytes)});
    MemRef to = temporary;
    to.disp += loc.pieces[i].offset;
    emit(MOpcode::Mov, 8, {MOperand::use(bytes), MOperand::memory(to)});
  }
}

// A MEMORY-class type: always the next bytes of the overflow area.
void InstructionSelector::emitVaArgFromOverflow(const ir::Instruction& inst, const MemRef& vaList,
                                                RegId overflow, RegId next) {
  emit(MOpcode::Mov, 8, {MOperand::use(next), MOperand::memory(field(vaList, OverflowArgArea))});
  ir::Type type = inst.vaArgType;
  if (!type.isAggregate()) return emitVaArgValue(inst, {overflow});
  MemRef temporary;
  temporary.frameIndex = newTemporary(type);
  fixedAddresses_[&inst] = temporary;
  if (type.size() != 0) emitMemCopy(temporary, MemRef::at(overflow), type.size());
}

void InstructionSelector::selectVaArg(const ir::Instruction& inst) {
  ir::Type type = inst.vaArgType;
  ValueLocation loc = locationOf(type);
  MemRef vaList = addressOf(operand(inst, 0));
  if (loc.kind == LocationKind::None) { // an empty struct: nothing was passed
    MemRef temporary;
    temporary.frameIndex = newTemporary(type);
    fixedAddresses_[&inst] = temporary;
    return;
  }
  // The overflow candidate, aligned to 16 for a type aligned beyond 8, and what follows it.
  RegId overflow = mf_.newVreg(RegClass::GPR);
  emit(MOpcode::Mov, 8,
       {MOperand::memory(field(vaList, OverflowArgArea)), MOperand::def(overflow)});
  RegId fromStack = overflow;
  if (type.align() > 8) {
    fromStack = mf_.newVreg(RegClass::GPR);
    emit(MOpcode::Lea, 8, {MOperand::memory(MemRef::at(overflow, 15)), MOperand::def(fromStack)});
    emit(MOpcode::And, 8, {MOperand::immediate(-16), MOperand::useDef(fromStack)});
  }
  RegId next = mf_.newVreg(RegClass::GPR);
  std::int64_t slotBytes = static_cast<std::int64_t>((type.size() + 7) / 8 * 8);
  emit(MOpcode::Lea, 8, {MOperand::memory(MemRef::at(fromStack, slotBytes)), MOperand::def(next)});
  if (loc.kind != LocationKind::Registers)
    return emitVaArgFromOverflow(inst, vaList, fromStack, next);

  unsigned needGpr = 0, needXmm = 0;
  for (const RegisterPiece& piece : loc.pieces)
    (piece.cls == EightbyteClass::Sse ? needXmm : needGpr) += 1;
  auto loadOffset = [&](std::int64_t at) { // zero-extended: used as an address index
    RegId r = mf_.newVreg(RegClass::GPR);
    emit(MOpcode::Movzx, 8, {MOperand::memory(field(vaList, at)), MOperand::def(r, 4)}).srcSize = 4;
    return r;
  };
  RegId gp = needGpr ? loadOffset(GpOffset) : NoReg;
  RegId fp = needXmm ? loadOffset(FpOffset) : NoReg;
  RegId saveArea = mf_.newVreg(RegClass::GPR);
  emit(MOpcode::Mov, 8, {MOperand::memory(field(vaList, RegSaveArea)), MOperand::def(saveArea)});

  // Both candidates of each eightbyte; the chosen address starts as the stack one.
  std::vector<RegId> inRegisters, chosen;
  unsigned gprIndex = 0, xmmIndex = 0;
  for (const RegisterPiece& piece : loc.pieces) {
    bool isSse = piece.cls == EightbyteClass::Sse;
    MemRef slot = MemRef::indexed(saveArea, isSse ? fp : gp, 1);
    slot.disp = isSse ? 16 * xmmIndex++ : 8 * gprIndex++;
    RegId fromRegisters = mf_.newVreg(RegClass::GPR);
    emit(MOpcode::Lea, 8, {MOperand::memory(slot), MOperand::def(fromRegisters)});
    RegId address = mf_.newVreg(RegClass::GPR);
    if (piece.offset == 0)
      emitCopy(fromStack, address);
    else
      emit(MOpcode::Lea, 8,
           {MOperand::memory(MemRef::at(fromStack, piece.offset)), MOperand::def(address)});
    inRegisters.push_back(fromRegisters);
    chosen.push_back(address);
  }
  auto advanced = [&](RegId offset, std::int64_t by) {
    RegId r = mf_.newVreg(RegClass::GPR);
    emit(MOpcode::Lea, 4, {MOperand::memory(MemRef::at(offset, by)), MOperand::def(r)});
    return r;
  };
  RegId gpNext = needGpr ? advanced(gp, 8 * needGpr) : NoReg;
  RegId fpNext = needXmm ? advanced(fp, 16 * needXmm) : NoReg;
  RegId gpChosen = NoReg, fpChosen = NoReg, overflowChosen = mf_.newVreg(RegClass::GPR);
  emitCopy(next, overflowChosen);
  if (needGpr) emitCopy(gp, gpChosen = mf_.newVreg(RegClass::GPR));
  if (needXmm) emitCopy(fp, fpChosen = mf_.newVreg(RegClass::GPR));

  // The registers suffice when gp_offset <= 48 - 8n and fp_offset <= 176 - 16m (unsigned).
  Condition fits{CondCode::BE};
  auto compareOffset = [&](RegId offset, std::int64_t limit) {
    emit(MOpcode::Cmp, 4, {MOperand::immediate(limit), MOperand::use(offset)});
  };
  if (needGpr) compareOffset(gp, GprSaveBytes - 8 * needGpr);
  if (needGpr && needXmm) {
    RegId both = mf_.newVreg(RegClass::GPR);
    RegId xmmFits = mf_.newVreg(RegClass::GPR);
    emit(MOpcode::Setcc, 1, {MOperand::def(both)}).cond = CondCode::BE;
    compareOffset(fp, RegSaveAreaBytes - 16 * needXmm);
    emit(MOpcode::Setcc, 1, {MOperand::def(xmmFits)}).cond = CondCode::BE;
    emit(MOpcode::And, 1, {MOperand::use(xmmFits), MOperand::useDef(both)});
    fits.first = CondCode::NE; // the and sets ZF from both conditions
  } else if (needXmm) {
    compareOffset(fp, RegSaveAreaBytes - 16 * needXmm);
  }
  auto pick = [&](RegId ifFits, RegId dst) {
    emit(MOpcode::Cmov, 8, {MOperand::use(ifFits), MOperand::useDef(dst)}).cond = fits.first;
  };
  for (std::size_t i = 0; i < chosen.size(); ++i) pick(inRegisters[i], chosen[i]);
  if (needGpr) pick(gpNext, gpChosen);
  if (needXmm) pick(fpNext, fpChosen);
  pick(overflow, overflowChosen);

  if (needGpr)
    emit(MOpcode::Mov, 4, {MOperand::use(gpChosen), MOperand::memory(field(vaList, GpOffset))});
  if (needXmm)
    emit(MOpcode::Mov, 4, {MOperand::use(fpChosen), MOperand::memory(field(vaList, FpOffset))});
  emit(MOpcode::Mov, 8,
       {MOperand::use(overflowChosen), MOperand::memory(field(vaList, OverflowArgArea))});
  emitVaArgValue(inst, chosen);
}

} // namespace minicc::codegen
