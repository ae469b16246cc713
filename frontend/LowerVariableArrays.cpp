// frontend/LowerVariableArrays.cpp — variable-length arrays (C11 6.7.6.2) at run time.
//
// Provides: Lowering::evaluateArraySizes (each time a declarator or type name is reached, its
// non-constant array sizes are evaluated, C11 6.7.6.2p5, and the element counts kept), runtimeSize
// (the byte size of any type, as an i64 value), elementStride (the step of pointer arithmetic),
// allocateVariableLengthArray (a `dynalloca` for a VLA object), and the stack discipline:
// beginVariableLengthScope/endVariableLengthScope/restoreStackForJump, with which the storage
// of a VLA is released when its block is left by falling off its end, break, continue or goto
// (C11 6.2.4p7). Needs: Lower.h.
//
// A VLA type's size expression is its identity (CType::vlaLength); its element count lives in
// an i64 alloca named `vla.count`, so mem2reg makes it an SSA value where it can. A VLA object
// is reached through a ptr alloca holding its block's address (`vla.addr`).
//
// Stack discipline: a block saves the stack pointer (`stacksave`) just before its first VLA
// object; nothing can jump past that declaration into the block (Sema rejects it), so every path
// to the rest of the block has saved it. Leaving the block restores it. A jump records the saves
// in force where it starts; the target label knows its own, a prefix of them.
#include "frontend/Lower.h"

namespace minicc::frontend {

namespace {

// The non-constant sizes among a declarator's own array parts (those of a typedef name it uses
// were evaluated at the typedef; parameters of function parts belong to prototype scope).
std::vector<Expr*> variableSizes(const Declarator& d, Sema& sema) {
  std::vector<Expr*> sizes;
  for (const DeclaratorPart& part : d.parts)
    if (part.kind == DeclaratorPartKind::Array && part.size && !part.isStar &&
        !sema.evaluateInteger(part.size))
      sizes.push_back(part.size);
  return sizes;
}

} // namespace

ir::Value* Lowering::variableLengthCountSlot(const Expr* length) {
  auto& slot = vlaCounts_[length];
  if (!slot) {
    ir::Instruction* alloca = builder_.alloca(8, 8);
    alloca->setName(uniqueName("vla.count"));
    slot = alloca;
  }
  return slot;
}

void Lowering::evaluateArraySizes(const Declarator& d) {
  for (Expr* size : variableSizes(d, sema_)) {
    ir::Value* value = lowerRValue(size);
    ir::Value* count = resizeInteger(value, ir::Type::i64(), size->type->isSignedInteger());
    builder_.store(count, variableLengthCountSlot(size));
  }
}

ir::Value* Lowering::runtimeSize(const CType* t) {
  if (!t->hasVariableSize())
    return builder_.constInt(ir::Type::i64(), static_cast<std::int64_t>(typeSize(t)));
  ir::Value* count;
  if (t->vlaLength)
    count = builder_.load(ir::Type::i64(), variableLengthCountSlot(t->vlaLength));
  else
    count = builder_.constInt(ir::Type::i64(), static_cast<std::int64_t>(t->arraySize.value_or(0)));
  ir::Value* element = runtimeSize(t->inner);
  if (element->valueKind() == ir::ValueKind::ConstantInt &&
      static_cast<ir::ConstantInt*>(element)->value() == 1)
    return count;
  return builder_.binary(ir::Opcode::Mul, count, element);
}

ir::Value* Lowering::elementStride(const CType* pointerType) {
  const CType* pointee = pointerType->inner;
  if (pointee->isVoid() || pointee->isFunction()) // GNU: void* and function pointers as char*
    return builder_.constInt(ir::Type::i64(), 1);
  return runtimeSize(pointee);
}

void Lowering::allocateVariableLengthArray(Symbol* s) {
  // The first VLA of its block (every statement is inside the function's body block).
  if (stackSaveDepthOfBlock_.back() == stackSaves_.size()) beginVariableLengthScope();
  ir::Instruction* block =
      builder_.make(ir::Opcode::DynAlloca, ir::Type::ptr(), {runtimeSize(s->type)});
  block->allocAlign = std::min<std::uint64_t>(std::max(typeAlign(s->type), s->alignas_), 16);
  auto& slot = vlaAddresses_[s];
  if (!slot) {
    ir::Instruction* alloca = builder_.alloca(8, 8);
    alloca->setName(uniqueName(s->name + ".addr"));
    slot = alloca;
  }
  builder_.store(block, slot);
}

// The current block (compound statement or `for`) saves the stack pointer once.
void Lowering::beginVariableLengthScope() {
  ir::Instruction* saved = builder_.make(ir::Opcode::StackSave, ir::Type::ptr(), {});
  ir::Instruction* slot = builder_.alloca(8, 8);
  slot->setName(uniqueName("saved.stack"));
  builder_.store(saved, slot);
  stackSaves_.push_back(slot);
}

// Called where a block that may have called beginVariableLengthScope ends: releases its VLAs on the
// fall-through path and forgets its save.
void Lowering::endVariableLengthScope(std::size_t depthAtStart) {
  if (stackSaves_.size() <= depthAtStart) return;
  if (!builder_.blockIsTerminated()) restoreStack(depthAtStart);
  stackSaves_.resize(depthAtStart);
}

// Releases every VLA allocated since the save at `depth` (a jump to where `depth` saves were in
// force).
void Lowering::restoreStack(std::size_t depth) {
  if (stackSaves_.size() <= depth) return;
  ir::Value* saved = builder_.load(ir::Type::ptr(), stackSaves_[depth]);
  builder_.make(ir::Opcode::StackRestore, ir::Type::voidTy(), {saved});
}

void Lowering::lowerGoto(const std::string& label) {
  auto known = labelStackDepth_.find(label);
  if (known != labelStackDepth_.end()) { // a backward jump
    restoreStack(known->second);
    builder_.jmp(labelBlock(label));
    return;
  }
  if (stackSaves_.empty()) {
    builder_.jmp(labelBlock(label));
    return;
  }
  // A forward jump that may leave VLA scopes: how many of the saves in force here are in force
  // at the label is known when the label is reached.
  ir::BasicBlock* trampoline = newBlock("goto." + label);
  builder_.jmp(trampoline);
  pendingGotos_[label].push_back({trampoline, stackSaves_});
}

void Lowering::placeLabel(const std::string& label) {
  ir::BasicBlock* target = labelBlock(label);
  std::size_t depth = stackSaves_.size();
  labelStackDepth_[label] = depth;
  if (!builder_.blockIsTerminated()) builder_.jmp(target);
  auto pending = pendingGotos_.find(label);
  if (pending != pendingGotos_.end()) {
    std::vector<ir::Value*> here = stackSaves_;
    for (PendingGoto& g : pending->second) {
      enterBlock(g.trampoline);
      stackSaves_ = g.saves;
      restoreStack(depth);
      builder_.jmp(target);
    }
    stackSaves_ = here;
    pendingGotos_.erase(pending);
  }
  enterBlock(target);
}

} // namespace minicc::frontend
