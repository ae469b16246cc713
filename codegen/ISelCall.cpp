// codegen/ISelCall.cpp — instruction selection for calls, incoming arguments and returns.
//
// Provides: InstructionSelector::{lowerIncomingArguments, lowerIncomingScalar, selectCall,
// selectRet, moveArgumentInto, storeStackArgument}. Needs: the CallABI records (ABI.h): the
// function's own for the prologue and returns, one per call site for calls.
//
// A call is lowered as: stack arguments stored to the outgoing area at 0(%rsp) upward (the
// frame reserves the largest area any call needs, so %rsp stays 16-byte aligned at every call
// without pushes), then register arguments moved into their fixed registers (integers in
// GPRs, floats in %xmm0-7, aggregates split into eightbytes by ISelAggregate.cpp), then %al
// for a variadic callee, then `call`, which reads the argument registers and clobbers every
// caller-saved register, all xmm registers included (psABI 3.2.1). Narrow arguments and
// return values are extended to 32 bits by the sender as the Signature says; receivers never
// rely on it (MachineIR.h).
#include "codegen/ISel.h"
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"

#include <algorithm>

namespace minicc::codegen {

std::vector<RegId> callClobberedRegisters() {
  std::vector<RegId> regs;
  for (RegId r = 0; r < NumPhysRegs; ++r)
    if (isCallerSaved(r)) regs.push_back(r);
  return regs;
}

namespace {

bool isNarrowWithExtension(const ir::Value* value, const ValueLocation& loc) {
  return accessSize(value->type()) < 4 && loc.extension != ir::Extension::None;
}

std::int64_t extendedConstant(const ir::ConstantInt& c, ir::Extension extension) {
  return extension == ir::Extension::Zero ? static_cast<std::int64_t>(c.zextValue()) : c.value();
}

} // namespace

void InstructionSelector::lowerIncomingArguments() {
  // The hidden result pointer (psABI 3.2.3, MEMORY return) is needed again at every `ret`.
  if (abi_.hasSret) {
    sretPointer_ = mf_.newVreg(RegClass::GPR);
    emitCopy(RDI, sretPointer_);
  }
  for (std::size_t i = 0; i < function_.arguments.size(); ++i) {
    const ir::Argument& arg = *function_.arguments[i];
    const ValueLocation& loc = abi_.arguments[i];
    if (loc.type.isAggregate())
      lowerIncomingAggregate(arg, loc);
    else if (!isUnused(&arg))
      lowerIncomingScalar(arg, loc);
  }
}

void InstructionSelector::lowerIncomingScalar(const ir::Argument& arg, const ValueLocation& loc) {
  RegId d = arg.type().kind() == ir::TypeKind::F80 ? NoReg : vregFor(&arg);
  if (loc.kind == LocationKind::Registers) {
    emitCopy(loc.pieces[0].reg, d);
    return;
  }
  if (loc.kind != LocationKind::Stack) internalError("unexpected argument location");
  // Stack arguments sit above the return address and the saved %rbp.
  MemRef mem = MemRef::at(RBP, 16 + static_cast<std::int64_t>(loc.stackOffset));
  if (arg.type().kind() == ir::TypeKind::F80) { // a long double stays in the caller's copy
    x87Addresses_[&arg] = mem;
    return;
  }
  mf_.readOnlyArgumentSlots.push_back(mem.disp);
  if (arg.type().isFloat()) {
    emit(MOpcode::FMov, floatSize(arg.type()), {MOperand::memory(mem), MOperand::def(d)});
    return;
  }
  unsigned size = accessSize(arg.type());
  if (size < 4) {
    emit(MOpcode::Movzx, 4, {MOperand::memory(mem), MOperand::def(d)}).srcSize =
        static_cast<std::uint8_t>(size);
  } else {
    emit(MOpcode::Mov, size, {MOperand::memory(mem), MOperand::def(d)});
  }
}

void InstructionSelector::moveArgumentInto(const ir::Value* value, const ValueLocation& loc,
                                           RegId reg) {
  if (!value->type().isIntegerLike() || !isNarrowWithExtension(value, loc))
    return materializeInto(value, reg);
  bool isSigned = loc.extension == ir::Extension::Sign;
  if (value->valueKind() == ir::ValueKind::ConstantInt) {
    emitImmediate(extendedConstant(*static_cast<const ir::ConstantInt*>(value), loc.extension), reg,
                  4);
    return;
  }
  unsigned size = accessSize(value->type());
  emit(isSigned ? MOpcode::Movsx : MOpcode::Movzx, 4,
       {MOperand::use(valueReg(value), static_cast<std::uint8_t>(size)), MOperand::def(reg)})
      .srcSize = static_cast<std::uint8_t>(size);
}

void InstructionSelector::storeStackArgument(const ir::Value* value, const ValueLocation& loc) {
  MemRef slot = MemRef::at(RSP, static_cast<std::int64_t>(loc.stackOffset));
  if (value->type().kind() == ir::TypeKind::F80) { // 16 bytes, 16-aligned (psABI: memory)
    emitMemCopy(slot, x87Address(value), 16);
    return;
  }
  if (value->type().isFloat()) {
    RegId r = valueReg(value);
    emit(MOpcode::FMov, floatSize(value->type()), {MOperand::use(r), MOperand::memory(slot)});
    return;
  }
  if (value->valueKind() == ir::ValueKind::ConstantInt) {
    std::int64_t v =
        extendedConstant(*static_cast<const ir::ConstantInt*>(value),
                         isNarrowWithExtension(value, loc) ? loc.extension : ir::Extension::Sign);
    if (fitsInt32(v)) {
      emit(MOpcode::Mov, 8, {MOperand::immediate(v), MOperand::memory(slot)});
      return;
    }
  }
  RegId r = isNarrowWithExtension(value, loc)
                ? extendTo32(value, loc.extension == ir::Extension::Sign)
                : valueReg(value);
  emit(MOpcode::Mov, 8, {MOperand::use(r), MOperand::memory(slot)});
}

// Order (psABI 3.2.3 and the traps in docs/sysv-abi.md): everything that goes to memory first —
// scalar stack arguments and MEMORY aggregates copied into the outgoing area, possibly with
// `rep movsb`, which needs %rdi/%rsi/%rcx — then the argument registers, the hidden result
// pointer in %rdi, %al, and the call.
void InstructionSelector::selectCall(const ir::Instruction& inst) {
  const ir::Signature& sig = inst.signature;
  CallABI abi = lowerSignature(sig, inst.variadicTypes);
  if (abi.arguments.size() != inst.numOperands() - 1)
    internalError("call in '" + function_.name() + "' does not match its signature");
  mf_.hasCalls = true;
  mf_.outgoingArgBytes = std::max(mf_.outgoingArgBytes, abi.stackArgumentBytes);

  for (std::size_t i = 0; i < abi.arguments.size(); ++i) {
    const ValueLocation& loc = abi.arguments[i];
    if (loc.kind != LocationKind::Stack) continue;
    const ir::Value* value = operand(inst, static_cast<unsigned>(i + 1));
    if (loc.type.isAggregate())
      copyAggregateToStack(value, loc);
    else
      storeStackArgument(value, loc);
  }

  // The caller-owned temporary an aggregate result lives in (IR.h); its address is the result.
  int temporary = sig.returnType.isAggregate() ? newTemporary(sig.returnType) : -1;

  const ir::Value* callee = operand(inst, 0);
  MOperand target;
  if (callee->valueKind() == ir::ValueKind::Function) {
    auto* fn = static_cast<const ir::Function*>(callee);
    // Calls to functions defined elsewhere go through the PLT (they may be in a shared object),
    // as do calls to preemptible ones with -fPIC (isPreemptible).
    target = MOperand::symbolRef(symbolName(*fn), fn->isDeclaration() || isPreemptible(*fn));
  } else {
    target = MOperand::use(valueReg(callee));
  }

  std::vector<RegId> argumentRegs;
  for (std::size_t i = 0; i < abi.arguments.size(); ++i) {
    const ValueLocation& loc = abi.arguments[i];
    if (loc.kind != LocationKind::Registers) continue;
    const ir::Value* value = operand(inst, static_cast<unsigned>(i + 1));
    if (loc.type.isAggregate()) {
      passAggregateInRegisters(value, loc, argumentRegs);
      continue;
    }
    RegId reg = loc.pieces[0].reg;
    moveArgumentInto(value, loc, reg);
    argumentRegs.push_back(reg);
  }
  if (abi.hasSret) { // psABI 3.2.3: the result buffer's address is a hidden first argument
    MemRef buffer;
    buffer.frameIndex = temporary;
    emit(MOpcode::Lea, 8, {MOperand::memory(buffer), MOperand::def(RDI)});
    argumentRegs.push_back(RDI);
  }
  if (abi.alValue >= 0) { // psABI 3.5.7: %al = number of vector registers used
    emitImmediate(abi.alValue, RAX, 4);
    argumentRegs.push_back(RAX);
  }
  MInstr& call = emit(MOpcode::Call, 8, {target});
  call.implicitUses = std::move(argumentRegs);
  call.implicitDefs = callClobberedRegisters();
  if (temporary >= 0) return receiveAggregate(inst, abi, temporary);
  if (abi.returnValue.kind == LocationKind::X87) { // pop %st(0): the x87 stack must be empty
    if (isUnused(&inst))
      emit(MOpcode::X87Pop, 8, {});
    else
      emit(MOpcode::X87Store, 10, {MOperand::memory(x87Slot(&inst))});
    return;
  }
  if (inst.hasResult() && !isUnused(&inst)) emitCopy(abi.returnValue.pieces[0].reg, vregFor(&inst));
}

void InstructionSelector::selectRet(const ir::Instruction& inst) {
  std::vector<RegId> returnRegs;
  const ValueLocation& rv = abi_.returnValue;
  if (inst.numOperands() == 1 && rv.type.isAggregate()) {
    returnAggregate(operand(inst, 0), returnRegs);
  } else if (inst.numOperands() == 1 && rv.kind == LocationKind::X87) { // %st(0)
    emit(MOpcode::X87Load, 10, {MOperand::memory(x87Address(operand(inst, 0)))});
  } else if (inst.numOperands() == 1 && rv.kind == LocationKind::Registers) {
    RegId reg = rv.pieces[0].reg;
    moveArgumentInto(operand(inst, 0), rv, reg);
    returnRegs.push_back(reg);
  }
  emit(MOpcode::Ret, 8, {}).implicitUses = std::move(returnRegs);
}

} // namespace minicc::codegen
