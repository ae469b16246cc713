// codegen/Emit.cpp — function emission (GAS, AT&T syntax).
//
// Provides: emitFunction. Needs: MachineIR.h (formatInstr), a laid-out frame, final branches.
//
// Every function gets a %rbp frame with call-frame information, so debuggers, backtrace() and
// unwinders can walk through minicc's frames (psABI 3.7):
//     pushq %rbp            .cfi_def_cfa_offset 16 / .cfi_offset %rbp, -16
//     movq %rsp, %rbp       .cfi_def_cfa_register %rbp
//     pushq %rbx ...        .cfi_offset %rbx, -24 ...
//     subq $N, %rsp
// and each `ret` is preceded by the matching epilogue and `.cfi_def_cfa %rsp, 8`.
#include "codegen/Emit.h"

#include "codegen/ISel.h"
#include "ir/Diagnostics.h"

#include <ostream>
#include <set>

namespace minicc::codegen {

namespace {

std::set<unsigned> referencedBlocks(const MachineFunction& mf) {
  std::set<unsigned> labels;
  for (const MBlock& block : mf.blocks)
    for (const MInstr& instr : block.instrs)
      for (const MOperand& op : instr.ops)
        if (op.kind == MOperand::Kind::Block) labels.insert(op.block);
  for (const JumpTable& table : mf.jumpTables)
    labels.insert(table.targets.begin(), table.targets.end());
  return labels;
}

// psABI 3.5.7: a variadic function spills the argument registers its named parameters left
// unused into the register save area (%rdi..%r9 at 0..47, %xmm0..%xmm7 at 48..175), where
// va_arg finds them. The caller sets %al to the number of vector registers it used, so the xmm
// stores are skipped when it is zero. This runs before the body, while every argument
// register still holds what the caller put there.
void emitRegisterSaveArea(const MachineFunction& mf, std::ostream& out) {
  if (mf.regSaveArea < 0) return;
  static const RegId gprs[6] = {RDI, RSI, RDX, RCX, R8, R9};
  std::int64_t base = mf.frameObjects[mf.regSaveArea].offset;
  for (unsigned i = mf.firstVarargGpr; i < 6; ++i)
    out << "\tmovq\t%" << physRegName(gprs[i], 8) << ", " << base + 8 * i << "(%rbp)\n";
  if (mf.firstVarargXmm >= 8) return;
  std::string skip = ".LVASAVE" + std::to_string(mf.number);
  out << "\ttestb\t%al, %al\n\tje\t" << skip << '\n';
  for (unsigned i = mf.firstVarargXmm; i < 8; ++i)
    out << "\tmovaps\t%xmm" << i << ", " << base + 48 + 16 * i << "(%rbp)\n";
  out << skip << ":\n";
}

void emitPrologue(const MachineFunction& mf, std::ostream& out) {
  out << "\t.cfi_startproc\n"
      << "\tpushq\t%rbp\n"
      << "\t.cfi_def_cfa_offset 16\n"
      << "\t.cfi_offset %rbp, -16\n"
      << "\tmovq\t%rsp, %rbp\n"
      << "\t.cfi_def_cfa_register %rbp\n";
  for (std::size_t i = 0; i < mf.savedRegs.size(); ++i) {
    const char* name = physRegName(mf.savedRegs[i], 8);
    out << "\tpushq\t%" << name << "\n\t.cfi_offset %" << name << ", "
        << -24 - 8 * static_cast<int>(i) << '\n';
  }
  if (mf.stackAdjust) out << "\tsubq\t$" << mf.stackAdjust << ", %rsp\n";
  emitRegisterSaveArea(mf, out);
}

void emitEpilogue(const MachineFunction& mf, std::ostream& out) {
  bool movedRsp = mf.stackAdjust || mf.hasDynamicStack;
  if (!mf.savedRegs.empty()) {
    if (movedRsp)
      out << "\tleaq\t" << -8 * static_cast<int>(mf.savedRegs.size()) << "(%rbp), %rsp\n";
    for (std::size_t i = mf.savedRegs.size(); i-- > 0;)
      out << "\tpopq\t%" << physRegName(mf.savedRegs[i], 8) << '\n';
    out << "\tpopq\t%rbp\n";
  } else if (movedRsp) {
    out << "\tleave\n";
  } else {
    out << "\tpopq\t%rbp\n";
  }
  out << "\t.cfi_def_cfa %rsp, 8\n\tret\n";
}

// A `.loc` when the line changes, and the `.file` of a file the first time it is named.
void emitLocation(SourceLocation loc, DebugLineState& lines, std::ostream& out) {
  if (loc.file == lines.lastFile && loc.line == lines.lastLine) return;
  auto [it, isNew] = lines.fileNumbers.emplace(loc.file, lines.fileNumbers.size() + 1);
  if (isNew) out << "\t.file\t" << it->second << ' ' << gasQuoted(*loc.file) << '\n';
  out << "\t.loc\t" << it->second << ' ' << loc.line << ' ' << loc.column << '\n';
  lines.lastFile = loc.file;
  lines.lastLine = loc.line;
}

// Float literals and sign masks, each aligned to its size (16-byte masks are read by xorps).
void emitConstants(const MachineFunction& mf, std::ostream& out) {
  if (mf.constants.empty()) return;
  out << "\t.section\t.rodata\n";
  for (unsigned i = 0; i < mf.constants.size(); ++i) {
    const PoolConstant& c = mf.constants[i];
    out << "\t.p2align\t"
        << (c.size == 16  ? 4
            : c.size == 8 ? 3
                          : 2)
        << '\n'
        << constantLabel(mf, i) << ":\n";
    out << std::hex;
    if (c.size == 4)
      out << "\t.long\t0x" << (c.low & 0xffffffffu) << '\n';
    else
      out << "\t.quad\t0x" << c.low << '\n';
    if (c.size == 16) out << "\t.quad\t0x" << c.high << '\n';
    out << std::dec;
  }
  out << "\t.text\n";
}

void emitJumpTables(const MachineFunction& mf, std::ostream& out) {
  if (mf.jumpTables.empty()) return;
  out << "\t.section\t.rodata\n\t.p2align\t2\n";
  for (unsigned t = 0; t < mf.jumpTables.size(); ++t) {
    std::string label = jumpTableLabel(mf, t);
    out << label << ":\n";
    for (unsigned target : mf.jumpTables[t].targets)
      out << "\t.long\t" << blockLabel(mf, target) << '-' << label << '\n';
  }
  out << "\t.text\n";
}

} // namespace

void emitFunction(const MachineFunction& mf, std::ostream& out, DebugLineState* lines) {
  if (!mf.isAllocated) internalError("emitFunction: registers are not allocated");
  out << "\t.text\n\t.p2align 4\n";
  out << (mf.isGlobal ? "\t.globl\t" : "\t.local\t") << mf.name << '\n';
  out << "\t.type\t" << mf.name << ", @function\n" << mf.name << ":\n";
  if (lines) { // the prologue belongs to the line the definition starts on, as in gcc
    lines->lastFile = nullptr;
    if (mf.debugLoc.isValid()) emitLocation(mf.debugLoc, *lines, out);
  }
  emitPrologue(mf, out);
  std::set<unsigned> labels = referencedBlocks(mf);
  for (unsigned b = 0; b < mf.blocks.size(); ++b) {
    if (labels.count(b)) out << blockLabel(mf, b) << ":\n";
    const std::vector<MInstr>& instrs = mf.blocks[b].instrs;
    for (std::size_t i = 0; i < instrs.size(); ++i) {
      if (lines && instrs[i].debugLoc.isValid()) emitLocation(instrs[i].debugLoc, *lines, out);
      if (instrs[i].op != MOpcode::Ret) {
        out << '\t' << formatInstr(mf, instrs[i]) << '\n';
        continue;
      }
      // Code after this return still runs with the frame: save and restore the CFI state.
      bool isLast = b + 1 == mf.blocks.size() && i + 1 == instrs.size();
      if (!isLast) out << "\t.cfi_remember_state\n";
      emitEpilogue(mf, out);
      if (!isLast) out << "\t.cfi_restore_state\n";
    }
  }
  out << "\t.cfi_endproc\n\t.size\t" << mf.name << ", .-" << mf.name << '\n';
  emitJumpTables(mf, out);
  emitConstants(mf, out);
}

} // namespace minicc::codegen
