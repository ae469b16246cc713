// codegen/ISelThreadLocal.cpp — instruction selection for addresses of thread-local objects.
//
// Provides: InstructionSelector::{usesLocalExec, threadLocalAddress, threadLocalSegmentAddress,
// threadPointer, prepareThreadLocalAddresses, collectThreadLocals}.
// Needs: InstructionSelector.h; addressOf (ISelMemory.cpp) calls threadLocalAddress for a
// `thread_local` global, emitLoadInto/selectStore try threadLocalSegmentAddress first.
//
// The access models of the x86-64 TLS ABI (Drepper, "ELF Handling for Thread-Local Storage",
// 4.3), chosen as gcc -O0 chooses them:
//  - local-exec, an object of this executable (defined here, or static) without -fPIC: its
//    offset from the thread pointer %fs:0 is a link-time constant, `x@tpoff`;
//  - initial-exec, an extern object without -fPIC: the offset comes from the GOT,
//    `x@gottpoff(%rip)`;
//  - general-dynamic, every object with -fPIC (a shared object's TLS block is only known at run
//    time): `__tls_get_addr` returns the address, through the exact instruction sequence the
//    linker recognises to relax it. It is a call (it clobbers the caller-saved registers), so
//    it is emitted before the instruction that needs it, never inside its expansion.
#include "codegen/ISel.h"
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"

#include <algorithm>

namespace minicc::codegen {

namespace {

const ir::GlobalVariable* asThreadLocal(const ir::Value* value) {
  if (value->valueKind() != ir::ValueKind::GlobalVariable) return nullptr;
  auto* global = static_cast<const ir::GlobalVariable*>(value);
  return global->isThreadLocal ? global : nullptr;
}

} // namespace

// An object of this module (a definition, or internal linkage) in an executable.
bool InstructionSelector::usesLocalExec(const ir::GlobalVariable& global) const {
  return !positionIndependent_ &&
         (global.hasInitializer || global.linkage != ir::Linkage::External);
}

// `movq %fs:0, %r`: the thread pointer, which points to itself (TLS ABI 4.3.6), as an address.
RegId InstructionSelector::threadPointer() {
  MemRef self;
  self.fsSegment = true;
  RegId r = mf_.newVreg(RegClass::GPR);
  emit(MOpcode::Mov, 8, {MOperand::memory(self), MOperand::def(r)});
  return r;
}

// The object's address as an ordinary memory operand, usable by `lea` as well as by loads.
MemRef InstructionSelector::threadLocalAddress(const ir::GlobalVariable& global) {
  if (positionIndependent_) {
    auto found = threadLocalAddresses_.find(&global);
    if (found == threadLocalAddresses_.end())
      internalError("thread-local @" + global.name() + " used where its address was not prepared");
    return MemRef::at(found->second);
  }
  if (usesLocalExec(global)) { // leaq x@tpoff(%tp)
    MemRef mem = MemRef::at(threadPointer());
    mem.tpoffSymbol = symbolName(global);
    return mem;
  }
  // movq x@gottpoff(%rip), %off; addq %tp, %off
  RegId tp = threadPointer();
  MemRef got = MemRef::ripRelative(symbolName(global));
  got.viaGotTpoff = true;
  RegId offset = mf_.newVreg(RegClass::GPR);
  emit(MOpcode::Mov, 8, {MOperand::memory(got), MOperand::def(offset)});
  emit(MOpcode::Add, 8, {MOperand::use(tp), MOperand::useDef(offset)});
  return MemRef::at(offset);
}

// For a load or store: the object (or a folded offset into it) addressed through the %fs
// segment, as gcc does: `movl %fs:x@tpoff, %eax`, `movl %edx, %fs:(%rax)` after a gottpoff
// load. Such an operand is not an address: it never reaches a `lea`. nullopt: not thread-local,
// -fPIC, or an offset that does not fit one memory operand (the caller uses addressOf).
std::optional<MemRef> InstructionSelector::threadLocalSegmentAddress(const ir::Value* pointer) {
  if (positionIndependent_) return std::nullopt;
  // The folded ptradd chain down to the global: constant offsets and at most one variable one.
  std::vector<const ir::Value*> offsets;
  pointer = resolve(pointer);
  while (pointer->valueKind() == ir::ValueKind::Instruction && isFolded(pointer) &&
         static_cast<const ir::Instruction*>(pointer)->opcode() == ir::Opcode::PtrAdd) {
    auto* inst = static_cast<const ir::Instruction*>(pointer);
    offsets.push_back(operand(*inst, 1));
    pointer = operand(*inst, 0);
  }
  const ir::GlobalVariable* global = asThreadLocal(pointer);
  if (!global) return std::nullopt;
  std::int64_t disp = 0;
  const ir::Value* variable = nullptr;
  for (const ir::Value* offset : offsets) {
    if (offset->valueKind() == ir::ValueKind::ConstantInt) {
      std::int64_t c = static_cast<const ir::ConstantInt*>(offset)->value();
      if (fitsInt32(c) && fitsInt32(disp + c)) {
        disp += c;
        continue;
      }
    }
    if (offset->valueKind() == ir::ValueKind::Undef) continue;
    if (variable) return std::nullopt;
    variable = offset;
  }
  MemRef mem;
  mem.fsSegment = true;
  mem.disp = disp;
  if (usesLocalExec(*global)) {
    mem.tpoffSymbol = symbolName(*global);
  } else {
    MemRef got = MemRef::ripRelative(symbolName(*global));
    got.viaGotTpoff = true;
    mem.base = mf_.newVreg(RegClass::GPR);
    emit(MOpcode::Mov, 8, {MOperand::memory(got), MOperand::def(mem.base)});
  }
  if (variable) {
    auto [index, scale] = scaledIndex(variable);
    mem.index = index;
    mem.scale = static_cast<std::uint8_t>(scale);
  }
  return mem;
}

// The thread-local globals an instruction reads, directly or through the operands selected at
// its uses (folded addresses and loads), and for a terminator the phi inputs it copies.
void InstructionSelector::collectThreadLocals(const ir::Value* value,
                                              std::vector<const ir::GlobalVariable*>& out) {
  value = resolve(value);
  if (const ir::GlobalVariable* global = asThreadLocal(value)) {
    if (std::find(out.begin(), out.end(), global) == out.end()) out.push_back(global);
    return;
  }
  if (value->valueKind() != ir::ValueKind::Instruction || !isFolded(value)) return;
  auto* inst = static_cast<const ir::Instruction*>(value);
  for (unsigned i = 0; i < inst->numOperands(); ++i) collectThreadLocals(inst->operand(i), out);
}

void InstructionSelector::prepareThreadLocalAddresses(const ir::Instruction& inst) {
  threadLocalAddresses_.clear();
  if (!positionIndependent_) return;
  std::vector<const ir::GlobalVariable*> globals;
  for (unsigned i = 0; i < inst.numOperands(); ++i) collectThreadLocals(inst.operand(i), globals);
  if (inst.isTerminator()) {
    for (const ir::BasicBlock* succ : inst.targets) {
      for (const auto& phi : succ->instructions) {
        if (phi->opcode() != ir::Opcode::Phi) break;
        for (std::size_t k = 0; k < phi->targets.size(); ++k)
          if (phi->targets[k] == currentIRBlock_)
            collectThreadLocals(phi->operand(static_cast<unsigned>(k)), globals);
      }
    }
  }
  for (const ir::GlobalVariable* global : globals) {
    mf_.hasCalls = true;
    MInstr& call = emit(MOpcode::Call, 8, {MOperand::symbolRef("__tls_get_addr", true)});
    call.tlsGdSymbol = symbolName(*global);
    call.implicitDefs = callClobberedRegisters();
    RegId address = mf_.newVreg(RegClass::GPR);
    emitCopy(RAX, address);
    threadLocalAddresses_[global] = address;
  }
}

} // namespace minicc::codegen
