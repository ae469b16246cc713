// codegen/ISelMemory.cpp — instruction selection for memory: addresses, loads, stores,
// ptradd, allocas and memcopy.
//
// Provides: InstructionSelector::{addressOf, accessAddress, addOffset, scaledIndex, leaInto,
// frameIndexOf, selectLoad, selectStore, selectPtrAdd, selectMemCopy} and indexScale. Needs:
// InstructionSelector.h; decideFolding (ISel.cpp) has chosen which ptradds fold.
//
// An address is matched into one x86 memory operand, base + index*scale + disp, where the base
// may be a frame object (an alloca, %rbp-relative after frame layout) and a global is
// `sym+disp(%rip)`. Folded ptradd chains add their constant offsets to disp and their variable
// offset (optionally a multiply by 1/2/4/8) as the index; what does not fit goes through `lea`.
#include "codegen/ISel.h"
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"
#include "ir/FloatValue.h"

#include <bit>

namespace minicc::codegen {

using ir::Opcode;

unsigned indexScale(const ir::Value* offset) {
  if (offset->valueKind() != ir::ValueKind::Instruction) return 0;
  auto* inst = static_cast<const ir::Instruction*>(offset);
  if (inst->opcode() != Opcode::Mul && inst->opcode() != Opcode::Shl) return 0;
  const ir::Value* amount = inst->operand(1);
  if (amount->valueKind() != ir::ValueKind::ConstantInt) return 0;
  std::int64_t v = static_cast<const ir::ConstantInt*>(amount)->value();
  if (inst->opcode() == Opcode::Shl) return v >= 0 && v <= 3 ? 1u << v : 0;
  return v == 1 || v == 2 || v == 4 || v == 8 ? static_cast<unsigned>(v) : 0;
}

int InstructionSelector::frameIndexOf(const ir::Instruction& alloca) {
  auto it = frameIndices_.find(&alloca);
  if (it != frameIndices_.end()) return it->second;
  std::uint64_t align = alloca.allocAlign ? alloca.allocAlign : 1;
  int index = mf_.newFrameObject(alloca.allocSize, align, false);
  frameIndices_[&alloca] = index;
  return index;
}

RegId InstructionSelector::leaInto(const MemRef& mem) {
  RegId r = mf_.newVreg(RegClass::GPR);
  emit(MOpcode::Lea, 8, {MOperand::memory(mem), MOperand::def(r)});
  return r;
}

// The register and scale for a variable offset: a folded `mul x, 4` is (x, 4).
std::pair<RegId, unsigned> InstructionSelector::scaledIndex(const ir::Value* offset) {
  if (isFolded(offset)) {
    auto* inst = static_cast<const ir::Instruction*>(offset);
    return {valueReg(operand(*inst, 0)), indexScale(offset)};
  }
  return {valueReg(offset), 1};
}

void InstructionSelector::addOffset(MemRef& mem, const ir::Value* offset) {
  if (offset->valueKind() == ir::ValueKind::ConstantInt) {
    std::int64_t c = static_cast<const ir::ConstantInt*>(offset)->value();
    if (fitsInt32(c) && fitsInt32(mem.disp + c)) {
      mem.disp += c;
      return;
    }
  }
  if (offset->valueKind() == ir::ValueKind::Undef) return;
  auto [index, scale] = scaledIndex(offset);
  // rip-relative operands cannot have an index, and there is only one index.
  if (mem.index != NoReg || !mem.symbol.empty()) {
    mem = MemRef::at(leaInto(mem));
  }
  if (mem.base == NoReg && mem.frameIndex < 0 && scale == 1)
    mem.base = index;
  else {
    mem.index = index;
    mem.scale = static_cast<std::uint8_t>(scale);
  }
}

// In a shared object (-fPIC) a global symbol with default visibility may be preempted: the
// dynamic linker binds every reference to the first definition in its search order, possibly in
// another module (ELF gABI, symbol resolution; psABI 3.5.5). Its address then comes from the
// GOT and calls go through the PLT, as gcc -fPIC does; static and compiler-made symbols stay
// PC-relative. Without -fPIC (executables, PIE) only undefined functions need the GOT.
bool InstructionSelector::isPreemptible(const ir::GlobalSymbol& symbol) const {
  return positionIndependent_ && symbol.linkage == ir::Linkage::External;
}

// `movq symbol@GOTPCREL(%rip), %r`: the symbol's address from its GOT entry.
RegId InstructionSelector::loadGotEntry(const ir::GlobalSymbol& symbol) {
  MemRef got;
  got.symbol = symbolName(symbol);
  got.viaGot = true;
  RegId r = mf_.newVreg(RegClass::GPR);
  emit(MOpcode::Mov, 8, {MOperand::memory(got), MOperand::def(r)});
  return r;
}

bool InstructionSelector::hasFixedAddress(const ir::Value* value) const {
  return fixedAddresses_.count(value) != 0;
}

MemRef InstructionSelector::addressOf(const ir::Value* pointer) {
  pointer = resolve(pointer);
  auto fixed = fixedAddresses_.find(pointer);
  if (fixed != fixedAddresses_.end()) return fixed->second;
  MemRef mem;
  switch (pointer->valueKind()) {
  case ir::ValueKind::Instruction: {
    auto* inst = static_cast<const ir::Instruction*>(pointer);
    if (inst->opcode() == Opcode::Alloca) {
      mem.frameIndex = frameIndexOf(*inst);
      return mem;
    }
    if (inst->opcode() == Opcode::PtrAdd && isFolded(inst)) {
      mem = addressOf(operand(*inst, 0));
      addOffset(mem, operand(*inst, 1));
      return mem;
    }
    break;
  }
  case ir::ValueKind::GlobalVariable: {
    auto* global = static_cast<const ir::GlobalVariable*>(pointer);
    if (global->isThreadLocal) return threadLocalAddress(*global);
    if (isPreemptible(*global))
      mem.base = loadGotEntry(*global);
    else
      mem.symbol = symbolName(*global);
    return mem;
  }
  case ir::ValueKind::Function: {
    auto* fn = static_cast<const ir::Function*>(pointer);
    if (fn->isDeclaration() || isPreemptible(*fn))
      mem.base = loadGotEntry(*fn);
    else
      mem.symbol = symbolName(*fn);
    return mem;
  }
  case ir::ValueKind::ConstantInt: {
    std::int64_t address = static_cast<const ir::ConstantInt*>(pointer)->value();
    if (fitsInt32(address)) {
      mem.disp = address;
      return mem;
    }
    break;
  }
  case ir::ValueKind::Undef: return mem;
  default: break;
  }
  mem.base = valueReg(pointer);
  return mem;
}

void InstructionSelector::selectLoad(const ir::Instruction& inst) {
  if (inst.type().kind() == ir::TypeKind::F80) // the 10 value bytes of the f80 (docs/ir.md)
    return copyX87(addressOf(operand(inst, 0)), x87Slot(&inst));
  emitLoadInto(inst, vregFor(&inst));
}

MemRef InstructionSelector::accessAddress(const ir::Value* pointer) {
  if (std::optional<MemRef> segment = threadLocalSegmentAddress(pointer)) return *segment;
  return addressOf(pointer);
}

void InstructionSelector::emitLoadInto(const ir::Instruction& load, RegId dst) {
  MemRef mem = accessAddress(operand(load, 0));
  if (load.type().isFloat()) {
    emit(MOpcode::FMov, floatSize(load.type()), {MOperand::memory(mem), MOperand::def(dst)});
    return;
  }
  if (!load.type().isIntegerLike()) internalError("load of a non-scalar type reached isel");
  unsigned size = accessSize(load.type());
  if (size < 4) { // a zero-extending load avoids a partial register write
    MInstr& instr = emit(MOpcode::Movzx, 4, {MOperand::memory(mem), MOperand::def(dst)});
    instr.srcSize = static_cast<std::uint8_t>(size);
    return;
  }
  emit(MOpcode::Mov, size, {MOperand::memory(mem), MOperand::def(dst)});
}

void InstructionSelector::selectStore(const ir::Instruction& inst) {
  const ir::Value* value = operand(inst, 0);
  if (value->type().kind() == ir::TypeKind::F80)
    return copyX87(x87Address(value), addressOf(operand(inst, 1)));
  if (value->type().isFloat()) {
    unsigned size = floatSize(value->type());
    MemRef mem = accessAddress(operand(inst, 1));
    // A float constant is stored as its bit pattern when that fits an immediate.
    if (value->valueKind() == ir::ValueKind::ConstantFloat) {
      long double v = static_cast<const ir::ConstantFloat*>(value)->value();
      std::int64_t bits = size == 4 ? static_cast<std::int32_t>(ir::floatBitsOf(v))
                                    : static_cast<std::int64_t>(ir::doubleBitsOf(v));
      if (fitsInt32(bits)) {
        emit(MOpcode::Mov, size, {MOperand::immediate(bits), MOperand::memory(mem)});
        return;
      }
    }
    RegId r = valueReg(value);
    emit(MOpcode::FMov, size, {MOperand::use(r), MOperand::memory(mem)});
    return;
  }
  if (!value->type().isIntegerLike()) internalError("store of a non-scalar type reached isel");
  unsigned size = accessSize(value->type());
  MOperand source = valueOperand(value, size);
  MemRef mem = accessAddress(operand(inst, 1));
  emit(MOpcode::Mov, size, {source, MOperand::memory(mem)});
}

void InstructionSelector::selectPtrAdd(const ir::Instruction& inst) {
  MemRef mem = addressOf(operand(inst, 0));
  addOffset(mem, operand(inst, 1));
  RegId d = vregFor(&inst);
  bool isPlainRegister = mem.base != NoReg && mem.index == NoReg && mem.disp == 0 &&
                         mem.frameIndex < 0 && !mem.hasSymbolicPart();
  if (isPlainRegister)
    emitCopy(mem.base, d);
  else
    emit(MOpcode::Lea, 8, {MOperand::memory(mem), MOperand::def(d)});
}

// Variable-length arrays (C11 6.7.6.2): the block is carved from the top of the stack. %rsp
// stays 16-byte aligned (the size is rounded up), and the block starts above the outgoing
// stack-argument area, which every call writes at 0(%rsp).
void InstructionSelector::selectDynAlloca(const ir::Instruction& inst) {
  mf_.hasDynamicStack = true;
  const ir::Value* size = operand(inst, 0);
  if (size->valueKind() == ir::ValueKind::ConstantInt) {
    auto bytes = static_cast<std::uint64_t>(static_cast<const ir::ConstantInt*>(size)->value());
    bytes = (bytes + 15) & ~std::uint64_t{15};
    if (bytes > static_cast<std::uint64_t>(INT32_MAX)) bytes = INT32_MAX & ~15;
    if (bytes)
      emit(MOpcode::Sub, 8,
           {MOperand::immediate(static_cast<std::int64_t>(bytes)), MOperand::useDef(RSP)});
  } else {
    RegId rounded = mf_.newVreg(RegClass::GPR);
    emitCopy(vregFor(size), rounded);
    emit(MOpcode::Add, 8, {MOperand::immediate(15), MOperand::useDef(rounded)});
    emit(MOpcode::And, 8, {MOperand::immediate(-16), MOperand::useDef(rounded)});
    emit(MOpcode::Sub, 8, {MOperand::use(rounded), MOperand::useDef(RSP)});
  }
  MemRef block = MemRef::at(RSP);
  block.aboveOutgoingArea = true;
  emit(MOpcode::Lea, 8, {MOperand::memory(block), MOperand::def(vregFor(&inst))});
}

void InstructionSelector::selectStackSave(const ir::Instruction& inst) {
  emitCopy(RSP, vregFor(&inst));
}

void InstructionSelector::selectStackRestore(const ir::Instruction& inst) {
  mf_.hasDynamicStack = true;
  emit(MOpcode::Mov, 8, {MOperand::use(vregFor(operand(inst, 0))), MOperand::def(RSP)});
}

void InstructionSelector::selectMemCopy(const ir::Instruction& inst) {
  if (inst.copySize == 0) return;
  MemRef dst = addressOf(operand(inst, 0));
  MemRef src = addressOf(operand(inst, 1));
  emitMemCopy(dst, src, inst.copySize);
}

// Small copies are unrolled through a scratch register (8, 4, 2, 1-byte pieces), never
// touching a byte outside the two regions; larger ones use `rep movsb`, whose operands are
// fixed: %rdi destination, %rsi source, %rcx count.
void InstructionSelector::emitMemCopy(MemRef dst, MemRef src, std::uint64_t size) {
  constexpr std::uint64_t UnrollLimit = 64;
  if (size <= UnrollLimit) {
    std::uint64_t done = 0;
    for (unsigned piece : {8u, 4u, 2u, 1u}) {
      for (; size - done >= piece; done += piece) {
        MemRef from = src, to = dst;
        from.disp += static_cast<std::int64_t>(done);
        to.disp += static_cast<std::int64_t>(done);
        RegId t = mf_.newVreg(RegClass::GPR);
        emit(MOpcode::Mov, piece, {MOperand::memory(from), MOperand::def(t)});
        emit(MOpcode::Mov, piece, {MOperand::use(t), MOperand::memory(to)});
      }
    }
    return;
  }
  emit(MOpcode::Lea, 8, {MOperand::memory(dst), MOperand::def(RDI)});
  emit(MOpcode::Lea, 8, {MOperand::memory(src), MOperand::def(RSI)});
  emitImmediate(static_cast<std::int64_t>(size), RCX, 8);
  MInstr& rep = emit(MOpcode::RepMovsb, 8, {});
  rep.implicitUses = {RDI, RSI, RCX};
  rep.implicitDefs = {RDI, RSI, RCX};
}

} // namespace minicc::codegen
