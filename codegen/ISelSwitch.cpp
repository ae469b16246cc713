// codegen/ISelSwitch.cpp — instruction selection for `switch`.
//
// Provides: InstructionSelector::{selectSwitch, emitJumpTable}. Needs: InstructionSelector.h.
//
// Dense switches (at least MinJumpTableCases cases covering at least a third of their value
// range) jump through a table in .rodata; the rest become a chain of `cmp $case, v; je`.
// The table holds 32-bit offsets relative to the table itself, so it needs no relocations and
// works in position-independent executables:
//     leaq .LJTI0_0(%rip), %t ; movslq (%t,%index,4), %u ; addq %t, %u ; jmp *%u
#include "codegen/InstructionSelector.h"
#include "ir/Diagnostics.h"

#include <algorithm>

namespace minicc::codegen {

namespace {

constexpr std::size_t MinJumpTableCases = 4;
constexpr std::uint64_t MaxJumpTableEntries = 4096;

} // namespace

void InstructionSelector::selectSwitch(const ir::Instruction& inst) {
  const ir::BasicBlock* from = currentIRBlock_;
  const ir::Value* value = operand(inst, 0);
  unsigned defaultTarget = edgeTarget(from, inst.targets[0]);
  std::vector<unsigned> targets;
  for (std::size_t i = 0; i < inst.caseValues.size(); ++i)
    targets.push_back(edgeTarget(from, inst.targets[i + 1]));
  bool isVariable = value->valueKind() == ir::ValueKind::Instruction ||
                    value->valueKind() == ir::ValueKind::Argument;
  if (inst.caseValues.empty() || !isVariable) {
    // A switch on a constant (or with no cases) is a jump.
    unsigned target = defaultTarget;
    if (value->valueKind() == ir::ValueKind::ConstantInt) {
      std::int64_t v = static_cast<const ir::ConstantInt*>(value)->value();
      for (std::size_t i = 0; i < inst.caseValues.size(); ++i)
        if (ir::canonicalizeInt(value->type(), inst.caseValues[i]) == v) target = targets[i];
    }
    if (inst.targets[0]->instructions.front()->opcode() == ir::Opcode::Phi &&
        target == blockNumber(inst.targets[0]))
      emitPhiCopies(from, inst.targets[0]);
    emit(MOpcode::Jmp, 8, {MOperand::blockRef(target)});
    return;
  }
  auto [minIt, maxIt] = std::minmax_element(inst.caseValues.begin(), inst.caseValues.end());
  std::int64_t minCase = ir::canonicalizeInt(value->type(), *minIt);
  std::int64_t maxCase = ir::canonicalizeInt(value->type(), *maxIt);
  // The span can be anything up to 2^64 - 1 (INT64_MIN..INT64_MAX): compare it before adding 1.
  std::uint64_t span = static_cast<std::uint64_t>(maxCase) - static_cast<std::uint64_t>(minCase);
  std::size_t count = inst.caseValues.size();
  std::uint64_t range = span < MaxJumpTableEntries ? span + 1 : 0;
  if (count >= MinJumpTableCases && range != 0 && range <= 3 * count) {
    emitJumpTable(inst, targets, minCase, range);
    return;
  }
  unsigned size = accessSize(value->type());
  RegId v = valueReg(value);
  for (std::size_t i = 0; i < count; ++i) {
    if (targets[i] == defaultTarget) continue;
    std::int64_t c = ir::canonicalizeInt(value->type(), inst.caseValues[i]);
    MOperand caseValue = MOperand::immediate(c);
    if (!fitsInt32(c)) {
      caseValue = MOperand::use(mf_.newVreg(RegClass::GPR));
      emitImmediate(c, caseValue.reg, 8);
    }
    emit(MOpcode::Cmp, size, {caseValue, MOperand::use(v)});
    emit(MOpcode::Jcc, 8, {MOperand::blockRef(targets[i])}).cond = CondCode::E;
  }
  emit(MOpcode::Jmp, 8, {MOperand::blockRef(defaultTarget)});
}

void InstructionSelector::emitJumpTable(const ir::Instruction& inst,
                                        const std::vector<unsigned>& targets, std::int64_t minCase,
                                        std::uint64_t range) {
  const ir::Value* value = operand(inst, 0);
  unsigned defaultTarget = edgeTarget(currentIRBlock_, inst.targets[0]);
  JumpTable table;
  table.targets.assign(range, defaultTarget);
  for (std::size_t i = 0; i < inst.caseValues.size(); ++i) {
    std::int64_t v = ir::canonicalizeInt(value->type(), inst.caseValues[i]);
    table.targets[static_cast<std::uint64_t>(v - minCase)] = targets[i];
  }
  // index = value - min, computed in 32 bits (which clears bits 32-63) unless the value is i64.
  unsigned size = accessSize(value->type()) == 8 ? 8 : 4;
  RegId index = mf_.newVreg(RegClass::GPR);
  emitCopy(extendTo32(value, true), index);
  if (minCase != 0) {
    if (fitsInt32(minCase) || size == 4) {
      emit(MOpcode::Sub, size, {MOperand::immediate(minCase), MOperand::useDef(index)});
    } else {
      RegId m = mf_.newVreg(RegClass::GPR);
      emitImmediate(minCase, m, 8);
      emit(MOpcode::Sub, size, {MOperand::use(m), MOperand::useDef(index)});
    }
  }
  // Out of range (unsigned, so below-min wraps around too) goes to the default.
  emit(MOpcode::Cmp, size,
       {MOperand::immediate(static_cast<std::int64_t>(range - 1)), MOperand::use(index)});
  emit(MOpcode::Jcc, 8, {MOperand::blockRef(defaultTarget)}).cond = CondCode::A;
  int tableIndex = static_cast<int>(mf_.jumpTables.size());
  mf_.jumpTables.push_back(std::move(table));
  RegId base = mf_.newVreg(RegClass::GPR);
  RegId entry = mf_.newVreg(RegClass::GPR);
  MemRef tableAddress = MemRef::ripRelative(jumpTableLabel(mf_, static_cast<unsigned>(tableIndex)));
  emit(MOpcode::Lea, 8, {MOperand::memory(tableAddress), MOperand::def(base)});
  MemRef slot = MemRef::indexed(base, index, 4);
  emit(MOpcode::Movsx, 8, {MOperand::memory(slot), MOperand::def(entry)}).srcSize = 4;
  emit(MOpcode::Add, 8, {MOperand::use(base), MOperand::useDef(entry)});
  emit(MOpcode::JmpIndirect, 8, {MOperand::use(entry)}).jumpTable = tableIndex;
}

} // namespace minicc::codegen
