// codegen/ISelAggregate.cpp — structs and unions by value: parameters, call arguments, call
// results and returns, split into eightbytes as the ABI record says (ABI.h RegisterPiece).
//
// Provides: InstructionSelector::{lowerIncomingAggregate, newTemporary, loadBytes, loadPiece,
// storePiece, passAggregateInRegisters, copyAggregateToStack, receiveAggregate,
// returnAggregate}. Needs: InstructionSelector.h, the CallABI records.
//
// The IR passes aggregates by address (IR.h); psABI 3.2.3 passes them by value:
//   - parameter in registers: the prologue stores each eightbyte (from %rdi..%r9 or
//     %xmm0..%xmm7, whichever it arrived in) into a frame copy before anything can clobber the
//     register; the copy's address is the argument's value;
//   - MEMORY parameter (or one that did not fit the registers): the caller's copy in the stack
//     argument area at 16+offset(%rbp) is the callee's own, used in place;
//   - call argument in registers: each eightbyte loaded from the address; an eightbyte that
//     ends early (a 3-, 5-, 6- or 7-byte tail) is assembled from 4/2/1-byte loads so that no
//     byte after the object is read;
//   - call argument on the stack: the bytes copied into the outgoing area before any argument
//     register is loaded (a long copy uses `rep movsb`, which needs %rdi/%rsi/%rcx);
//   - result: the returned eightbytes (%rax/%rdx, %xmm0/%xmm1, in the order the classes
//     say) stored into a caller-owned frame temporary, or the temporary's address passed as
//     the hidden sret pointer in %rdi; the temporary's address is the call's value;
//   - return: the eightbytes loaded into the return registers, or the value copied into the
//     sret buffer whose address is returned in %rax.
// Temporaries and frame copies are rounded up to whole eightbytes, so storing a full
// register never writes outside them.
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"

#include <algorithm>

namespace minicc::codegen {

namespace {

MemRef displaced(MemRef at, std::uint64_t offset) {
  at.disp += static_cast<std::int64_t>(offset);
  return at;
}

MemRef frameObject(int index) {
  MemRef m;
  m.frameIndex = index;
  return m;
}

bool isUndef(const ir::Value* v) {
  return v->valueKind() == ir::ValueKind::Undef;
}

} // namespace

int InstructionSelector::newTemporary(ir::Type aggregate) {
  std::uint64_t size = std::max<std::uint64_t>((aggregate.size() + 7) / 8 * 8, 8);
  std::uint64_t align = std::clamp<std::uint64_t>(aggregate.align(), 8, 16);
  return mf_.newFrameObject(size, align, false);
}

void InstructionSelector::lowerIncomingAggregate(const ir::Argument& arg,
                                                 const ValueLocation& loc) {
  if (loc.kind == LocationKind::Stack) {
    fixedAddresses_[&arg] = MemRef::at(RBP, 16 + static_cast<std::int64_t>(loc.stackOffset));
    return;
  }
  MemRef copy = frameObject(newTemporary(loc.type));
  fixedAddresses_[&arg] = copy;
  if (loc.kind != LocationKind::Registers || isUnused(&arg)) return;
  for (const RegisterPiece& piece : loc.pieces)
    storePiece(piece.reg, piece, displaced(copy, piece.offset));
}

// Loads exactly `size` (1..8) bytes at `at` into a new register, zero-extended: an 8-, 4-, 2-
// or 1-byte load, or for other sizes 4/2/1-byte pieces shifted into place and or-ed together.
RegId InstructionSelector::loadBytes(MemRef at, unsigned size) {
  RegId result = mf_.newVreg(RegClass::GPR);
  auto loadChunk = [&](unsigned chunk, std::uint64_t offset, RegId dst) {
    MemRef from = displaced(at, offset);
    if (chunk == 8)
      emit(MOpcode::Mov, 8, {MOperand::memory(from), MOperand::def(dst)});
    else // movl/movzwl/movzbl clear the register above the loaded bytes
      emit(MOpcode::Movzx, chunk == 4 ? 8 : 4, {MOperand::memory(from), MOperand::def(dst, 4)})
          .srcSize = static_cast<std::uint8_t>(chunk);
  };
  unsigned done = 0;
  for (unsigned chunk : {8u, 4u, 2u, 1u}) {
    if (size - done < chunk) continue;
    if (done == 0) {
      loadChunk(chunk, 0, result);
    } else {
      RegId part = mf_.newVreg(RegClass::GPR);
      loadChunk(chunk, done, part);
      emit(MOpcode::Shl, 8, {MOperand::immediate(8 * done), MOperand::useDef(part)});
      emit(MOpcode::Or, 8, {MOperand::use(part), MOperand::useDef(result)});
    }
    done += chunk;
  }
  return result;
}

void InstructionSelector::loadPiece(MemRef at, const RegisterPiece& piece, RegId reg) {
  bool isSse = piece.cls == EightbyteClass::Sse;
  if (isSse && (piece.size == 4 || piece.size == 8)) {
    emit(MOpcode::FMov, piece.size, {MOperand::memory(at), MOperand::def(reg)});
    return;
  }
  RegId bytes = loadBytes(at, piece.size);
  if (isSse)
    emit(MOpcode::MovToXmm, 8, {MOperand::use(bytes), MOperand::def(reg)});
  else
    emitCopy(bytes, reg);
}

// Stores a whole eightbyte register into a temporary or frame copy (rounded up to eightbytes).
void InstructionSelector::storePiece(RegId reg, const RegisterPiece& piece, MemRef at) {
  MOpcode move = piece.cls == EightbyteClass::Sse ? MOpcode::FMov : MOpcode::Mov;
  emit(move, 8, {MOperand::use(reg), MOperand::memory(at)});
}

void InstructionSelector::passAggregateInRegisters(const ir::Value* address,
                                                   const ValueLocation& loc,
                                                   std::vector<RegId>& argumentRegs) {
  if (isUndef(address)) return; // an undefined value: whatever the registers hold
  MemRef base = addressOf(address);
  for (const RegisterPiece& piece : loc.pieces) {
    loadPiece(displaced(base, piece.offset), piece, piece.reg);
    argumentRegs.push_back(piece.reg);
  }
}

void InstructionSelector::copyAggregateToStack(const ir::Value* address, const ValueLocation& loc) {
  if (isUndef(address) || loc.type.size() == 0) return;
  MemRef slot = MemRef::at(RSP, static_cast<std::int64_t>(loc.stackOffset));
  emitMemCopy(slot, addressOf(address), loc.type.size());
}

void InstructionSelector::receiveAggregate(const ir::Instruction& call, const CallABI& abi,
                                           int temporary) {
  MemRef result = frameObject(temporary);
  fixedAddresses_[&call] = result;
  if (abi.returnValue.kind == LocationKind::X87) { // a struct holding only a long double
    emit(MOpcode::X87Store, 10, {MOperand::memory(result)});
    return;
  }
  if (abi.returnValue.kind == LocationKind::X87Pair) { // pop the real part, then the imaginary
    emit(MOpcode::X87Store, 10, {MOperand::memory(result)});
    emit(MOpcode::X87Store, 10, {MOperand::memory(displaced(result, 16))});
    return;
  }
  if (abi.returnValue.kind != LocationKind::Registers || isUnused(&call)) return;
  for (const RegisterPiece& piece : abi.returnValue.pieces)
    storePiece(piece.reg, piece, displaced(result, piece.offset));
}

void InstructionSelector::returnAggregate(const ir::Value* address,
                                          std::vector<RegId>& returnRegs) {
  const ValueLocation& rv = abi_.returnValue;
  switch (rv.kind) {
  case LocationKind::Sret:
    // psABI 3.2.3: the callee fills the caller's buffer and returns its address in %rax.
    if (!isUndef(address) && rv.type.size() != 0)
      emitMemCopy(MemRef::at(sretPointer_), addressOf(address), rv.type.size());
    emitCopy(sretPointer_, RAX);
    returnRegs.push_back(RAX);
    return;
  case LocationKind::Registers: {
    if (isUndef(address)) return;
    MemRef base = addressOf(address);
    for (const RegisterPiece& piece : rv.pieces) {
      loadPiece(displaced(base, piece.offset), piece, piece.reg);
      returnRegs.push_back(piece.reg);
    }
    return;
  }
  case LocationKind::X87: { // a struct holding only a long double comes back in %st(0)
    MemRef from = isUndef(address) ? frameObject(newTemporary(rv.type)) : addressOf(address);
    emit(MOpcode::X87Load, 10, {MOperand::memory(from)});
    return;
  }
  case LocationKind::X87Pair: { // _Complex long double: imaginary part pushed first
    MemRef from = isUndef(address) ? frameObject(newTemporary(rv.type)) : addressOf(address);
    emit(MOpcode::X87Load, 10, {MOperand::memory(displaced(from, 16))});
    emit(MOpcode::X87Load, 10, {MOperand::memory(from)});
    return;
  }
  case LocationKind::None: return;
  default: internalError("returnAggregate: unexpected return location");
  }
}

} // namespace minicc::codegen
