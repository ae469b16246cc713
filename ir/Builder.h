// ir/Builder.h — creates instructions at an insertion point.
//
// Provides: Builder. Needs: IR.h. Used by the frontend's lowering, the IR text parser, passes
// and unit tests, so every producer of IR makes instructions the same way.
#pragma once

#include "ir/IR.h"

#include <cassert>
// glibc's <alloca.h> (pulled in by <cstdlib>, <charconv>, ...) defines a function-like macro
// `alloca` that swallows Builder::alloca. Include it once here (it has an include guard) and drop
// the macro; nothing in minicc uses the C alloca.
#if __has_include(<alloca.h>)
#include <alloca.h>
#endif
#undef alloca

namespace minicc::ir {

class Builder {
public:
  explicit Builder(Module& module) : module_(module) {}

  Module& module() const { return module_; }
  BasicBlock* block() const { return block_; }
  // Appends at the end of bb from now on.
  void setInsertPoint(BasicBlock* bb) { block_ = bb; }
  // The source position every instruction made from now on records (Instruction::debugLoc).
  void setDebugLocation(SourceLocation loc) { debugLoc_ = loc; }
  // True when the current block already ends in a terminator (code after it is unreachable).
  bool blockIsTerminated() const { return block_ && block_->terminator() != nullptr; }

  ConstantInt* constInt(Type t, std::int64_t v) { return module_.constantInt(t, v); }
  ConstantFloat* constFloat(Type t, long double v) { return module_.constantFloat(t, v); }

  Instruction* binary(Opcode op, Value* a, Value* b) {
    assert(a->type() == b->type() || op == Opcode::PtrAdd);
    return make(op, a->type(), {a, b});
  }
  Instruction* unary(Opcode op, Value* a) { return make(op, a->type(), {a}); }
  Instruction* icmp(Predicate p, Value* a, Value* b) {
    Instruction* i = make(Opcode::ICmp, Type::i1(), {a, b});
    i->predicate = p;
    return i;
  }
  Instruction* fcmp(Predicate p, Value* a, Value* b) {
    Instruction* i = make(Opcode::FCmp, Type::i1(), {a, b});
    i->predicate = p;
    return i;
  }
  Instruction* convert(Opcode op, Value* v, Type to) { return make(op, to, {v}); }
  Instruction* ptrAdd(Value* p, Value* offset) {
    return make(Opcode::PtrAdd, Type::ptr(), {p, offset});
  }
  Instruction* select(Value* c, Value* a, Value* b) {
    return make(Opcode::Select, a->type(), {c, a, b});
  }

  // Allocas go to the top of the entry block, in creation order, so that SSA
  // construction and frame layout find every stack object in one place.
  Instruction* alloca(std::uint64_t size, std::uint64_t align) {
    auto inst = std::make_unique<Instruction>(Opcode::Alloca, Type::ptr());
    inst->allocSize = size;
    inst->allocAlign = align;
    BasicBlock* entry = block_->parent()->entry();
    return entry->insert(allocaPrefixEnd(entry), std::move(inst));
  }
  Instruction* load(Type t, Value* p, bool isVolatile = false) {
    Instruction* i = make(Opcode::Load, t, {p});
    i->isVolatile = isVolatile;
    return i;
  }
  Instruction* store(Value* v, Value* p, bool isVolatile = false) {
    Instruction* i = make(Opcode::Store, Type::voidTy(), {v, p});
    i->isVolatile = isVolatile;
    return i;
  }
  Instruction* memCopy(Value* dst, Value* src, std::uint64_t size, std::uint64_t align) {
    Instruction* i = make(Opcode::MemCopy, Type::voidTy(), {dst, src});
    i->copySize = size;
    i->allocAlign = align;
    return i;
  }
  // The result type is sig.returnType, or ptr when it is an aggregate (IR.h).
  // `variadicTypes` gives the declared types of arguments past the signature's parameters;
  // missing entries are taken from the operands (right for every scalar).
  Instruction* call(Value* callee, const Signature& sig, const std::vector<Value*>& args,
                    std::vector<Type> variadicTypes = {}) {
    std::vector<Value*> ops{callee};
    ops.insert(ops.end(), args.begin(), args.end());
    for (std::size_t i = sig.params.size() + variadicTypes.size(); i < args.size(); ++i)
      variadicTypes.push_back(args[i]->type());
    Type result = sig.returnType.isAggregate() ? Type::ptr() : sig.returnType;
    Instruction* i = make(Opcode::Call, result, std::move(ops));
    i->signature = sig;
    i->variadicTypes = std::move(variadicTypes);
    return i;
  }
  // Fetches the next variadic argument of type t from the va_list at `vaList`.
  Instruction* vaArg(Type t, Value* vaList) {
    Instruction* i = make(Opcode::VaArg, t.isAggregate() ? Type::ptr() : t, {vaList});
    i->vaArgType = t;
    return i;
  }
  // A phi is inserted after the phis already at the top of bb.
  Instruction* phi(BasicBlock* bb, Type t) {
    auto inst = std::make_unique<Instruction>(Opcode::Phi, t);
    std::size_t at = 0;
    while (at < bb->instructions.size() && bb->instructions[at]->opcode() == Opcode::Phi) ++at;
    return bb->insert(at, std::move(inst));
  }
  static void addIncoming(Instruction* phi, Value* v, BasicBlock* from) {
    phi->operands.push_back(v);
    phi->targets.push_back(from);
  }

  Instruction* br(Value* cond, BasicBlock* ifTrue, BasicBlock* ifFalse) {
    Instruction* i = make(Opcode::Br, Type::voidTy(), {cond});
    i->targets = {ifTrue, ifFalse};
    return i;
  }
  Instruction* jmp(BasicBlock* to) {
    Instruction* i = make(Opcode::Jmp, Type::voidTy(), {});
    i->targets = {to};
    return i;
  }
  Instruction* switchOn(Value* v, BasicBlock* defaultTarget) {
    Instruction* i = make(Opcode::Switch, Type::voidTy(), {v});
    i->targets = {defaultTarget};
    return i;
  }
  static void addCase(Instruction* sw, std::int64_t value, BasicBlock* to) {
    sw->caseValues.push_back(value);
    sw->targets.push_back(to);
  }
  Instruction* ret(Value* v = nullptr) {
    return make(Opcode::Ret, Type::voidTy(), v ? std::vector<Value*>{v} : std::vector<Value*>{});
  }
  Instruction* unreachable() { return make(Opcode::Unreachable, Type::voidTy(), {}); }

  // Generic form used by the text parser and passes.
  Instruction* make(Opcode op, Type result, std::vector<Value*> operands) {
    assert(block_ && "no insertion point");
    auto inst = std::make_unique<Instruction>(op, result);
    inst->operands = std::move(operands);
    inst->debugLoc = debugLoc_;
    return block_->append(std::move(inst));
  }

private:
  // Where the next alloca goes: after the allocas that already start `entry`, in creation
  // order. The position is cached so that a function with many locals does not rescan the
  // prefix for each one (quadratic in the number of locals). The cache assumes that while one
  // Builder creates allocas nothing else inserts into the entry block's alloca prefix; it is
  // rescanned when the block changes or the boundary no longer sits between an alloca and a
  // non-alloca.
  std::size_t allocaPrefixEnd(BasicBlock* entry) {
    auto& insts = entry->instructions;
    auto isAlloca = [&](std::size_t i) { return insts[i]->opcode() == Opcode::Alloca; };
    bool cacheValid = allocaBlock_ == entry && allocaCount_ <= insts.size() &&
                      (allocaCount_ == 0 || isAlloca(allocaCount_ - 1)) &&
                      (allocaCount_ == insts.size() || !isAlloca(allocaCount_));
    if (!cacheValid) {
      allocaBlock_ = entry;
      allocaCount_ = 0;
      while (allocaCount_ < insts.size() && isAlloca(allocaCount_)) ++allocaCount_;
    }
    return allocaCount_++;
  }

  Module& module_;
  BasicBlock* block_ = nullptr;
  SourceLocation debugLoc_;
  BasicBlock* allocaBlock_ = nullptr;
  std::size_t allocaCount_ = 0;
};

} // namespace minicc::ir
