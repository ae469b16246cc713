// codegen/Peephole.cpp — local clean-ups on allocated machine code (see Peephole.h).
//
// Provides: runPeepholes. Needs: MachineIR.h.
//
//   leaq c(%r), %r          ->  addq $c, %r         (the three-address add got one register)
//   leaq (%r,%s,1), %r      ->  addq %s, %r
//   leaq (%s,%r,1), %r      ->  addq %s, %r
// `lea` does not write the flags and `add` does; isel selects `lea` only for additions, which
// never sit between a compare and the instruction reading its flags.
#include "codegen/Peephole.h"

namespace minicc::codegen {

namespace {

void leaToAdd(MInstr& instr) {
  if (instr.op != MOpcode::Lea || !instr.ops[0].isMem()) return;
  const MemRef& m = instr.ops[0].mem;
  RegId dst = instr.ops[1].reg;
  if (m.hasSymbolicPart() || m.frameIndex >= 0 || m.base == NoReg) return;
  MOperand source;
  if (m.index == NoReg && m.base == dst && m.disp != 0)
    source = MOperand::immediate(m.disp);
  else if (m.disp == 0 && m.scale == 1 && m.index != NoReg && m.base == dst)
    source = MOperand::use(m.index);
  else if (m.disp == 0 && m.scale == 1 && m.index == dst)
    source = MOperand::use(m.base);
  else
    return;
  instr.op = MOpcode::Add;
  instr.ops = {source, MOperand::useDef(dst)};
}

} // namespace

void runPeepholes(MachineFunction& mf) {
  for (MBlock& block : mf.blocks)
    for (MInstr& instr : block.instrs) leaToAdd(instr);
}

} // namespace minicc::codegen
