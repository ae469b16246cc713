// codegen/ISel.cpp — instruction selection driver: blocks, values, phi elimination.
//
// Provides: selectInstructions (ISel.h) and the InstructionSelector core.
// Needs: the per-family selectors (ISelArith/Memory/Compare/Convert/Call/Switch.cpp).
//
// Phis are eliminated here: every edge into a block with phis carries a parallel copy into the
// phis' virtual registers. An edge from a block with several successors gets its own block
// (critical-edge splitting), so the copies never run on the other paths and never sit between
// a compare and its branch.
#include "codegen/ISel.h"

#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"

#include <algorithm>
#include <cctype>

namespace minicc::codegen {

using ir::Opcode;

unsigned accessSize(ir::Type type) {
  switch (type.kind()) {
  case ir::TypeKind::I1:
  case ir::TypeKind::I8: return 1;
  case ir::TypeKind::I16: return 2;
  case ir::TypeKind::I32: return 4;
  case ir::TypeKind::I64:
  case ir::TypeKind::Ptr: return 8;
  default: internalError("accessSize: not an integer or pointer type");
  }
}

unsigned floatSize(ir::Type type) {
  switch (type.kind()) {
  case ir::TypeKind::F32: return 4;
  case ir::TypeKind::F64: return 8;
  default: internalError("floatSize: not an f32/f64 type");
  }
}

bool fitsInt32(std::int64_t value) {
  return value >= INT32_MIN && value <= INT32_MAX;
}

namespace {

// GAS takes a symbol made of [A-Za-z0-9_.$] not starting with a digit as it is; any other
// name (the IR allows `@"f-g"`) is written in double quotes.
std::string assemblerSymbol(const std::string& name) {
  bool plain = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0]));
  for (char c : name)
    plain &= std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '$';
  return plain ? name : gasQuoted(name);
}

} // namespace

std::string gasQuoted(const std::string& text) {
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

std::string symbolName(const ir::GlobalSymbol& symbol) {
  if (symbol.linkage == ir::Linkage::Private) return assemblerSymbol(".L" + symbol.name());
  return assemblerSymbol(symbol.name());
}

MachineFunction selectInstructions(const ir::Function& function, const CallABI& abi,
                                   unsigned number, bool positionIndependent) {
  MachineFunction mf;
  mf.name = symbolName(function);
  mf.debugLoc = function.debugLoc;
  mf.isGlobal = function.linkage == ir::Linkage::External;
  mf.number = number;
  InstructionSelector(function, abi, mf, positionIndependent).run();
  return mf;
}

InstructionSelector::InstructionSelector(const ir::Function& function, const CallABI& abi,
                                         MachineFunction& mf, bool positionIndependent)
    : function_(function), abi_(abi), mf_(mf), positionIndependent_(positionIndependent) {}

void InstructionSelector::run() {
  analyzeUses();
  foldConstantExpressions();
  decideFolding();
  createBlocks();
  // Frame objects in IR order, so the frame layout does not depend on selection order.
  for (const auto& block : function_.blocks)
    for (const auto& inst : block->instructions)
      if (inst->opcode() == Opcode::Alloca) frameIndexOf(*inst);
  current_ = 0;
  lowerIncomingArguments();
  if (firstIRBlock_ == 1) emit(MOpcode::Jmp, 8, {MOperand::blockRef(1)});
  for (const auto& block : function_.blocks) selectBlock(*block);
  finishLayout();
}

void InstructionSelector::analyzeUses() {
  for (const auto& block : function_.blocks)
    for (const auto& inst : block->instructions)
      for (unsigned i = 0; i < inst->numOperands(); ++i)
        uses_[inst->operand(i)].push_back({inst.get(), i});
}

bool InstructionSelector::isUnused(const ir::Value* value) const {
  return uses_.find(value) == uses_.end();
}

std::size_t InstructionSelector::useCount(const ir::Value* value) const {
  auto it = uses_.find(value);
  return it == uses_.end() ? 0 : it->second.size();
}

bool InstructionSelector::isFolded(const ir::Value* value) const {
  return folded_.count(value);
}

void InstructionSelector::createBlocks() {
  // A branch back to the IR entry block needs a separate machine entry for the prologue.
  bool entryHasPredecessors = false;
  for (const auto& block : function_.blocks)
    for (const ir::BasicBlock* succ : block->successors())
      entryHasPredecessors |= succ == function_.entry();
  firstIRBlock_ = entryHasPredecessors ? 1 : 0;
  if (entryHasPredecessors) mf_.blocks.emplace_back().name = "prologue";
  for (const auto& block : function_.blocks) {
    blockNumbers_[block.get()] = static_cast<unsigned>(mf_.blocks.size());
    mf_.blocks.emplace_back().name = block->name();
  }
  blocksAfter_.resize(mf_.blocks.size());
}

unsigned InstructionSelector::blockNumber(const ir::BasicBlock* block) const {
  return blockNumbers_.at(block);
}

void InstructionSelector::selectBlock(const ir::BasicBlock& block) {
  currentIRBlock_ = &block;
  current_ = blockNumber(&block);
  for (const auto& inst : block.instructions) {
    if (inst->opcode() == Opcode::Phi || inst->opcode() == Opcode::Alloca) continue;
    if (isFolded(inst.get())) continue;
    if (inst->debugLoc.isValid()) currentDebugLoc_ = inst->debugLoc;
    prepareThreadLocalAddresses(*inst);
    selectInstruction(*inst);
  }
}

void InstructionSelector::selectInstruction(const ir::Instruction& inst) {
  if (ir::isIntegerBinary(inst.opcode())) return selectBinary(inst);
  switch (inst.opcode()) {
  case Opcode::Neg:
  case Opcode::Not: return selectUnary(inst);
  case Opcode::Clz:
  case Opcode::Ctz:
  case Opcode::Popcount:
  case Opcode::Bswap: return selectBitOperation(inst);
  case Opcode::ICmp: return selectICmp(inst);
  case Opcode::FAdd:
  case Opcode::FSub:
  case Opcode::FMul:
  case Opcode::FDiv: return selectFloatBinary(inst);
  case Opcode::FNeg: return selectFloatNegation(inst);
  case Opcode::FCmp: return selectFCmp(inst);
  case Opcode::SIToFP:
  case Opcode::UIToFP:
  case Opcode::FPToSI:
  case Opcode::FPToUI:
  case Opcode::FPExt:
  case Opcode::FPTrunc: return selectFloatConversion(inst);
  case Opcode::VaStart: return selectVaStart(inst);
  case Opcode::VaArg: return selectVaArg(inst);
  case Opcode::VaCopy: return selectVaCopy(inst);
  case Opcode::VaEnd: return; // nothing to release (psABI 3.5.7)
  case Opcode::SExt:
  case Opcode::ZExt:
  case Opcode::Trunc:
  case Opcode::PtrToInt:
  case Opcode::IntToPtr: return selectConversion(inst);
  case Opcode::PtrAdd: return selectPtrAdd(inst);
  case Opcode::DynAlloca: return selectDynAlloca(inst);
  case Opcode::StackSave: return selectStackSave(inst);
  case Opcode::StackRestore: return selectStackRestore(inst);
  case Opcode::Select:
    if (inst.type().kind() == ir::TypeKind::F80) return selectX87Select(inst);
    if (inst.type().isFloat()) return selectFloatSelect(inst);
    return selectSelect(inst);
  case Opcode::Load: return selectLoad(inst);
  case Opcode::Store: return selectStore(inst);
  case Opcode::MemCopy: return selectMemCopy(inst);
  case Opcode::Call: return selectCall(inst);
  case Opcode::Br: return selectBr(inst);
  case Opcode::Jmp: return selectJmp(inst);
  case Opcode::Switch: return selectSwitch(inst);
  case Opcode::Ret: return selectRet(inst);
  case Opcode::Unreachable: emit(MOpcode::Ud2, 8, {}); return;
  default:
    internalError(std::string("instruction selection: unexpected opcode ") +
                  ir::opcodeName(inst.opcode()) + " in function '" + function_.name() + "'");
  }
}

MInstr& InstructionSelector::emit(MOpcode op, unsigned size, std::vector<MOperand> ops) {
  std::vector<MInstr>& instrs = mf_.blocks[current_].instrs;
  instrs.emplace_back(op, static_cast<std::uint8_t>(size), std::move(ops));
  instrs.back().debugLoc = currentDebugLoc_;
  return instrs.back();
}

void InstructionSelector::emitCopy(RegId src, RegId dst) {
  if (src == dst) return;
  emit(MOpcode::Copy, 8, {MOperand::use(src), MOperand::def(dst)});
}

// Loads a constant. Zero is `xorl`, which clobbers the flags: callers never materialize a
// constant between a compare and the instruction that reads its flags.
void InstructionSelector::emitImmediate(std::int64_t value, RegId dst, unsigned size) {
  if (value == 0) {
    emit(MOpcode::Zero, 4, {MOperand::def(dst)});
    return;
  }
  // A 32-bit move zero-extends, so a 64-bit constant below 2^32 needs only `movl`.
  if (size == 8 && value > 0 && value <= static_cast<std::int64_t>(UINT32_MAX)) size = 4;
  emit(MOpcode::Mov, size < 4 ? 4 : size, {MOperand::immediate(value), MOperand::def(dst)});
}

RegId InstructionSelector::vregFor(const ir::Value* value) {
  auto it = vregs_.find(value);
  if (it != vregs_.end()) return it->second;
  if (value->type().kind() == ir::TypeKind::F80)
    internalError("an f80 value reached a register in '" + function_.name() + "'");
  RegId r = mf_.newVreg(regClassFor(value->type()));
  vregs_[value] = r;
  return r;
}

RegId InstructionSelector::valueReg(const ir::Value* value) {
  value = resolve(value);
  switch (value->valueKind()) {
  case ir::ValueKind::Argument:
    if (!hasFixedAddress(value)) return vregFor(value);
    break;
  case ir::ValueKind::Instruction: {
    auto* inst = static_cast<const ir::Instruction*>(value);
    if (inst->opcode() != Opcode::Alloca && !isFolded(inst) && !hasFixedAddress(inst))
      return vregFor(value);
    break;
  }
  default: break;
  }
  // Constants and addresses are rematerialized at each use: no long live ranges for them.
  RegId r = mf_.newVreg(regClassFor(value->type()));
  materializeInto(value, r);
  return r;
}

MOperand InstructionSelector::valueOperand(const ir::Value* value, unsigned size) {
  value = resolve(value);
  if (value->type().isFloat()) return floatOperand(value);
  if (isFoldedLoad(value))
    return MOperand::memory(addressOf(operand(*static_cast<const ir::Instruction*>(value), 0)));
  if (value->valueKind() == ir::ValueKind::ConstantInt) {
    std::int64_t v = static_cast<const ir::ConstantInt*>(value)->value();
    if (size < 8 || fitsInt32(v)) return MOperand::immediate(v);
  }
  if (value->valueKind() == ir::ValueKind::Undef) return MOperand::immediate(0);
  return MOperand::use(valueReg(value));
}

void InstructionSelector::materializeInto(const ir::Value* value, RegId dst) {
  value = resolve(value);
  switch (value->valueKind()) {
  case ir::ValueKind::ConstantInt: {
    auto* c = static_cast<const ir::ConstantInt*>(value);
    emitImmediate(c->value(), dst, accessSize(c->type()));
    return;
  }
  case ir::ValueKind::Undef:
    if (mf_.classOf(dst) == RegClass::XMM)
      emit(MOpcode::FZero, 8, {MOperand::def(dst)});
    else
      emitImmediate(0, dst, 4);
    return;
  case ir::ValueKind::ConstantFloat:
    emitFloatConstant(*static_cast<const ir::ConstantFloat*>(value), dst);
    return;
  case ir::ValueKind::Function: {
    auto* fn = static_cast<const ir::Function*>(value);
    MemRef mem;
    mem.symbol = symbolName(*fn);
    // An external function's address comes from the GOT: in a PIE the function may live in
    // a shared library, out of reach of a PC-relative `lea` (gcc -fPIE does the same); with
    // -fPIC so does a preemptible one (isPreemptible).
    if (fn->isDeclaration() || isPreemptible(*fn)) {
      mem.viaGot = true;
      emit(MOpcode::Mov, 8, {MOperand::memory(mem), MOperand::def(dst)});
    } else {
      emit(MOpcode::Lea, 8, {MOperand::memory(mem), MOperand::def(dst)});
    }
    return;
  }
  case ir::ValueKind::Instruction:
    if (isFoldedLoad(value)) return emitLoadInto(*static_cast<const ir::Instruction*>(value), dst);
    if (static_cast<const ir::Instruction*>(value)->opcode() != Opcode::Alloca &&
        !isFolded(value) && !hasFixedAddress(value)) {
      emitCopy(vregFor(value), dst);
      return;
    }
    [[fallthrough]];
  case ir::ValueKind::GlobalVariable: {
    MemRef mem = addressOf(value);
    if (mem.base == NoReg || mem.index != NoReg || mem.disp != 0 || mem.frameIndex >= 0 ||
        mem.hasSymbolicPart())
      emit(MOpcode::Lea, 8, {MOperand::memory(mem), MOperand::def(dst)});
    else
      emitCopy(mem.base, dst);
    return;
  }
  case ir::ValueKind::Argument:
    if (!hasFixedAddress(value)) {
      emitCopy(vregFor(value), dst);
      return;
    }
    emit(MOpcode::Lea, 8, {MOperand::memory(addressOf(value)), MOperand::def(dst)});
    return;
  }
  internalError("materializeInto: unsupported value");
}

// --- control flow and phi elimination ---

namespace {

bool hasPhis(const ir::BasicBlock* block) {
  return !block->instructions.empty() && block->instructions.front()->opcode() == Opcode::Phi;
}

std::size_t distinctSuccessors(const ir::BasicBlock* block) {
  std::vector<ir::BasicBlock*> succs = block->successors();
  std::sort(succs.begin(), succs.end());
  return static_cast<std::size_t>(std::unique(succs.begin(), succs.end()) - succs.begin());
}

} // namespace

// The machine block a branch from `from` to `to` jumps to: `to` itself, or a new block on the
// edge holding the phi copies when the edge is critical (several successors, phis at `to`).
unsigned InstructionSelector::edgeTarget(const ir::BasicBlock* from, const ir::BasicBlock* to) {
  unsigned toBlock = blockNumber(to);
  if (!hasPhis(to) || distinctSuccessors(from) <= 1) return toBlock;
  unsigned fromBlock = blockNumber(from);
  auto [it, isNew] = splitBlocks_.try_emplace({fromBlock, toBlock}, 0);
  if (!isNew) return it->second;
  unsigned edge = static_cast<unsigned>(mf_.blocks.size());
  it->second = edge;
  mf_.blocks.emplace_back().name = from->name() + "->" + to->name();
  blocksAfter_.emplace_back();
  blocksAfter_[fromBlock].push_back(edge);
  unsigned saved = current_;
  current_ = edge;
  emitPhiCopies(from, to);
  emit(MOpcode::Jmp, 8, {MOperand::blockRef(toBlock)});
  current_ = saved;
  return edge;
}

void InstructionSelector::emitPhiCopies(const ir::BasicBlock* from, const ir::BasicBlock* to) {
  std::vector<std::pair<RegId, RegId>> registerCopies;          // dst <- src
  std::vector<std::pair<RegId, const ir::Value*>> materialized; // dst <- constant/address
  std::vector<std::pair<const ir::Instruction*, const ir::Value*>> x87Copies; // f80 in memory
  for (const auto& inst : to->instructions) {
    if (inst->opcode() != Opcode::Phi) break;
    if (isUnused(inst.get())) continue;
    auto at = std::find(inst->targets.begin(), inst->targets.end(), from);
    if (at == inst->targets.end())
      internalError("phi in '" + to->name() + "' has no incoming value for '" + from->name() + "'");
    const ir::Value* incoming = operand(*inst, static_cast<unsigned>(at - inst->targets.begin()));
    if (inst->type().kind() == ir::TypeKind::F80) {
      if (incoming->valueKind() != ir::ValueKind::Undef)
        x87Copies.push_back({inst.get(), incoming});
      continue;
    }
    RegId dst = vregFor(inst.get());
    if (incoming->valueKind() == ir::ValueKind::Undef) continue;
    bool inRegister =
        (incoming->valueKind() == ir::ValueKind::Argument ||
         (incoming->valueKind() == ir::ValueKind::Instruction &&
          static_cast<const ir::Instruction*>(incoming)->opcode() != Opcode::Alloca)) &&
        !hasFixedAddress(incoming);
    if (inRegister)
      registerCopies.push_back({dst, vregFor(incoming)});
    else
      materialized.push_back({dst, incoming});
  }
  emitX87PhiCopies(x87Copies);
  emitParallelCopy(std::move(registerCopies));
  // Constants and addresses read no phi register, so they go after the register moves.
  for (auto& [dst, value] : materialized) materializeInto(value, dst);
}

// Sequentializes `dst <- src` copies that semantically happen at once: a copy is emitted when
// no pending copy still reads its destination; a cycle is broken by saving one destination.
void InstructionSelector::emitParallelCopy(std::vector<std::pair<RegId, RegId>> copies) {
  std::erase_if(copies, [](const auto& c) { return c.first == c.second; });
  while (!copies.empty()) {
    bool progress = false;
    for (std::size_t i = 0; i < copies.size(); ++i) {
      RegId dst = copies[i].first;
      bool isRead =
          std::any_of(copies.begin(), copies.end(), [&](const auto& c) { return c.second == dst; });
      if (isRead) continue;
      emitCopy(copies[i].second, dst);
      copies.erase(copies.begin() + static_cast<std::ptrdiff_t>(i));
      progress = true;
      break;
    }
    if (progress) continue;
    RegId saved = copies.front().first;
    RegId temp = mf_.newVreg(mf_.classOf(saved));
    emitCopy(saved, temp);
    for (auto& c : copies)
      if (c.second == saved) c.second = temp;
  }
}

void InstructionSelector::selectJmp(const ir::Instruction& inst) {
  const ir::BasicBlock* to = inst.targets[0];
  emitPhiCopies(currentIRBlock_, to);
  emit(MOpcode::Jmp, 8, {MOperand::blockRef(blockNumber(to))});
}

void InstructionSelector::finishLayout() {
  // Edge blocks go right after the block they leave, so the branch over them stays short.
  std::vector<unsigned> order;
  for (unsigned b = 0; b < blocksAfter_.size() && b < firstIRBlock_ + function_.blocks.size();
       ++b) {
    order.push_back(b);
    for (unsigned e : blocksAfter_[b]) order.push_back(e);
  }
  reorderBlocks(mf_, order);
}

} // namespace minicc::codegen
