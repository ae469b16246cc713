// codegen/MachineIR.cpp — machine IR helpers: CFG, loop depths, block order, and the printer.
//
// Provides: the functions declared in MachineIR.h. Needs: Registers.h.
// formatInstr is the only place that spells x86 instructions; emission and dumps both use it.
#include "codegen/MachineIR.h"

#include "ir/Diagnostics.h"

#include <algorithm>
#include <ostream>
#include <sstream>

namespace minicc::codegen {

const char* condName(CondCode c) {
  static const char* const names[] = {"o", "no", "b", "ae", "e", "ne", "be", "a",
                                      "s", "ns", "p", "np", "l", "ge", "le", "g"};
  return names[static_cast<unsigned>(c)];
}

MOperand MOperand::use(RegId r, std::uint8_t size) {
  MOperand op;
  op.kind = Kind::Reg;
  op.reg = r;
  op.isUse = true;
  op.size = size;
  return op;
}

MOperand MOperand::def(RegId r, std::uint8_t size) {
  MOperand op = use(r, size);
  op.isUse = false;
  op.isDef = true;
  return op;
}

MOperand MOperand::useDef(RegId r, std::uint8_t size) {
  MOperand op = use(r, size);
  op.isDef = true;
  return op;
}

MOperand MOperand::immediate(std::int64_t value) {
  MOperand op;
  op.kind = Kind::Imm;
  op.imm = value;
  return op;
}

MOperand MOperand::memory(MemRef mem) {
  MOperand op;
  op.kind = Kind::Mem;
  op.mem = std::move(mem);
  return op;
}

MOperand MOperand::blockRef(unsigned block) {
  MOperand op;
  op.kind = Kind::Block;
  op.block = block;
  return op;
}

MOperand MOperand::symbolRef(std::string name, bool plt) {
  MOperand op;
  op.kind = Kind::Symbol;
  op.symbol = std::move(name);
  op.plt = plt;
  return op;
}

bool MInstr::isTerminator() const {
  switch (op) {
  case MOpcode::Jcc:
  case MOpcode::Jmp:
  case MOpcode::JmpIndirect:
  case MOpcode::Ret:
  case MOpcode::Ud2: return true;
  default: return false;
  }
}

RegId MachineFunction::newVreg(RegClass cls, bool unspillable) {
  vregClass.push_back(cls);
  vregUnspillable.push_back(unspillable);
  return virtualReg(numVregs() - 1);
}

int MachineFunction::newFrameObject(std::uint64_t size, std::uint64_t align, bool isSpillSlot) {
  FrameObject object;
  object.size = size;
  object.align = align;
  object.isSpillSlot = isSpillSlot;
  frameObjects.push_back(object);
  return static_cast<int>(frameObjects.size() - 1);
}

void computeCFG(MachineFunction& mf) {
  for (MBlock& b : mf.blocks) {
    b.succs.clear();
    b.preds.clear();
  }
  auto addEdge = [&](unsigned from, unsigned to) {
    std::vector<unsigned>& succs = mf.blocks[from].succs;
    if (std::find(succs.begin(), succs.end(), to) != succs.end()) return;
    succs.push_back(to);
    mf.blocks[to].preds.push_back(from);
  };
  for (unsigned b = 0; b < mf.blocks.size(); ++b) {
    for (const MInstr& instr : mf.blocks[b].instrs) {
      if (instr.op == MOpcode::Jcc || instr.op == MOpcode::Jmp) addEdge(b, instr.ops[0].block);
      if (instr.op == MOpcode::JmpIndirect)
        for (unsigned t : mf.jumpTables[instr.jumpTable].targets) addEdge(b, t);
    }
  }
}

void computeLoopDepths(MachineFunction& mf) {
  std::size_t n = mf.blocks.size();
  for (MBlock& b : mf.blocks) b.loopDepth = 0;
  if (n == 0) return;
  // Iterative depth-first search; an edge to a block still on the stack is a back edge.
  enum : std::uint8_t { Unseen, OnStack, Done };
  std::vector<std::uint8_t> state(n, Unseen);
  std::vector<std::vector<unsigned>> latchesOf(n);
  std::vector<std::pair<unsigned, unsigned>> stack{{0, 0}};
  state[0] = OnStack;
  while (!stack.empty()) {
    auto& [block, next] = stack.back();
    if (next == mf.blocks[block].succs.size()) {
      state[block] = Done;
      stack.pop_back();
      continue;
    }
    unsigned succ = mf.blocks[block].succs[next++];
    if (state[succ] == OnStack)
      latchesOf[succ].push_back(block);
    else if (state[succ] == Unseen) {
      state[succ] = OnStack;
      stack.push_back({succ, 0});
    }
  }
  // Each header's loop body: the blocks that reach a latch without passing the header.
  std::vector<unsigned> mark(n, ~0u);
  for (unsigned header = 0; header < n; ++header) {
    if (latchesOf[header].empty()) continue;
    std::vector<unsigned> work;
    mark[header] = header;
    ++mf.blocks[header].loopDepth;
    for (unsigned latch : latchesOf[header]) work.push_back(latch);
    while (!work.empty()) {
      unsigned b = work.back();
      work.pop_back();
      if (mark[b] == header) continue;
      mark[b] = header;
      ++mf.blocks[b].loopDepth;
      for (unsigned p : mf.blocks[b].preds) work.push_back(p);
    }
  }
}

void reorderBlocks(MachineFunction& mf, const std::vector<unsigned>& order) {
  std::vector<unsigned> newNumber(mf.blocks.size(), ~0u);
  for (unsigned i = 0; i < order.size(); ++i) newNumber[order[i]] = i;
  auto renumber = [&](unsigned& block) {
    if (newNumber[block] == ~0u) internalError("reorderBlocks: a removed block is still a target");
    block = newNumber[block];
  };
  std::vector<MBlock> blocks;
  blocks.reserve(order.size());
  for (unsigned old : order) blocks.push_back(std::move(mf.blocks[old]));
  mf.blocks = std::move(blocks);
  for (MBlock& b : mf.blocks)
    for (MInstr& instr : b.instrs)
      for (MOperand& op : instr.ops)
        if (op.kind == MOperand::Kind::Block) renumber(op.block);
  for (JumpTable& table : mf.jumpTables)
    for (unsigned& t : table.targets) renumber(t);
  computeCFG(mf);
}

std::string blockLabel(const MachineFunction& mf, unsigned block) {
  return ".LBB" + std::to_string(mf.number) + "_" + std::to_string(block);
}

std::string jumpTableLabel(const MachineFunction& mf, unsigned table) {
  return ".LJTI" + std::to_string(mf.number) + "_" + std::to_string(table);
}

std::string constantLabel(const MachineFunction& mf, unsigned constant) {
  return ".LCPI" + std::to_string(mf.number) + "_" + std::to_string(constant);
}

unsigned addConstant(MachineFunction& mf, const PoolConstant& constant) {
  for (unsigned i = 0; i < mf.constants.size(); ++i)
    if (mf.constants[i] == constant) return i;
  mf.constants.push_back(constant);
  return static_cast<unsigned>(mf.constants.size() - 1);
}

namespace {

char sizeSuffix(unsigned size) {
  switch (size) {
  case 1: return 'b';
  case 2: return 'w';
  case 4: return 'l';
  case 8: return 'q';
  }
  internalError("bad operand size " + std::to_string(size));
}

std::string regName(RegId r, unsigned size) {
  if (isPhysical(r)) return std::string("%") + physRegName(r, size);
  return "%v" + std::to_string(virtualIndex(r));
}

bool fitsInt32(std::int64_t v) {
  return v >= INT32_MIN && v <= INT32_MAX;
}

std::string formatMem(const MemRef& mem) {
  std::string s;
  if (!mem.symbol.empty()) {
    s = mem.symbol;
    if (mem.viaGot) s += "@GOTPCREL";
    if (mem.viaGotTpoff) s += "@gottpoff";
    if (mem.disp > 0) s += "+" + std::to_string(mem.disp);
    if (mem.disp < 0) s += std::to_string(mem.disp);
    return s + "(%rip)";
  }
  if (mem.fsSegment) s = "%fs:";
  if (!mem.tpoffSymbol.empty()) {
    s += mem.tpoffSymbol + "@tpoff";
    if (mem.disp > 0) s += "+";
    if (mem.disp != 0) s += std::to_string(mem.disp);
  } else {
    if (mem.frameIndex >= 0)
      s += "fi" + std::to_string(mem.frameIndex) + (mem.disp >= 0 ? "+" : "");
    if (mem.disp != 0 || (mem.base == NoReg && mem.index == NoReg)) s += std::to_string(mem.disp);
  }
  if (mem.base == NoReg && mem.index == NoReg) return s;
  s += "(";
  if (mem.base != NoReg) s += regName(mem.base, 8);
  if (mem.index != NoReg) s += "," + regName(mem.index, 8) + "," + std::to_string(mem.scale);
  return s + ")";
}

std::string formatOperand(const MachineFunction& mf, const MInstr& instr, const MOperand& op) {
  switch (op.kind) {
  case MOperand::Kind::Reg: return regName(op.reg, op.size ? op.size : instr.size);
  case MOperand::Kind::Imm: return "$" + std::to_string(op.imm);
  case MOperand::Kind::Mem: return formatMem(op.mem);
  case MOperand::Kind::Block: return blockLabel(mf, op.block);
  case MOperand::Kind::Symbol: return op.symbol + (op.plt ? "@PLT" : "");
  }
  return "?";
}

std::string sized(const char* base, unsigned size) {
  return std::string(base) + sizeSuffix(size);
}

// SSE scalar mnemonics end in `s` (single, 4 bytes) or `d` (double, 8 bytes).
std::string scalar(const char* base, unsigned size) {
  if (size != 4 && size != 8) internalError("bad SSE operand size " + std::to_string(size));
  return std::string(base) + (size == 4 ? 's' : 'd');
}

// x87 memory operands: s (4 bytes), l (8), t (10); integer ones s (2), l (4), q (8).
std::string x87Sized(const char* base, unsigned size) {
  switch (size) {
  case 4: return std::string(base) + 's';
  case 8: return std::string(base) + 'l';
  case 10: return std::string(base) + 't';
  }
  internalError("bad x87 operand size " + std::to_string(size));
}

std::string x87IntSized(const char* base, unsigned size) {
  switch (size) {
  case 2: return std::string(base) + 's';
  case 4: return std::string(base) + 'l';
  case 8: return std::string(base) + 'q';
  }
  internalError("bad x87 integer operand size " + std::to_string(size));
}

std::string mnemonic(const MachineFunction& mf, const MInstr& instr) {
  switch (instr.op) {
  case MOpcode::Copy: return mf.classOf(instr.ops[1].reg) == RegClass::XMM ? "movaps" : "movq";
  case MOpcode::Mov:
    if (instr.size == 8 && instr.ops[0].isImm() && !fitsInt32(instr.ops[0].imm)) return "movabsq";
    return sized("mov", instr.size);
  case MOpcode::Movsx:
    if (instr.srcSize == 4) return "movslq";
    return std::string("movs") + sizeSuffix(instr.srcSize) + sizeSuffix(instr.size);
  case MOpcode::Movzx:
    if (instr.srcSize == 4) return "movl";
    return std::string("movz") + sizeSuffix(instr.srcSize) + sizeSuffix(instr.size);
  case MOpcode::Lea: return sized("lea", instr.size);
  case MOpcode::Zero: return "xorl";
  case MOpcode::Add: return sized("add", instr.size);
  case MOpcode::Sub: return sized("sub", instr.size);
  case MOpcode::And: return sized("and", instr.size);
  case MOpcode::Or: return sized("or", instr.size);
  case MOpcode::Xor: return sized("xor", instr.size);
  case MOpcode::Imul:
  case MOpcode::Imul3: return sized("imul", instr.size);
  case MOpcode::Neg: return sized("neg", instr.size);
  case MOpcode::Not: return sized("not", instr.size);
  case MOpcode::Bswap: return sized("bswap", instr.size);
  case MOpcode::Bsf: return sized("bsf", instr.size);
  case MOpcode::Bsr: return sized("bsr", instr.size);
  case MOpcode::Shl: return sized("shl", instr.size);
  case MOpcode::Shr: return sized("shr", instr.size);
  case MOpcode::Sar: return sized("sar", instr.size);
  case MOpcode::SignExtendAx: return instr.size == 8 ? "cqto" : instr.size == 4 ? "cltd" : "cwtd";
  case MOpcode::Idiv: return sized("idiv", instr.size);
  case MOpcode::Div: return sized("div", instr.size);
  case MOpcode::Cmp: return sized("cmp", instr.size);
  case MOpcode::Test: return sized("test", instr.size);
  case MOpcode::Setcc: return std::string("set") + condName(instr.cond);
  case MOpcode::Cmov: return std::string("cmov") + condName(instr.cond);
  case MOpcode::Jcc: return std::string("j") + condName(instr.cond);
  case MOpcode::Jmp:
  case MOpcode::JmpIndirect: return "jmp";
  case MOpcode::Call: return "call";
  case MOpcode::Ret: return "ret";
  case MOpcode::RepMovsb: return "rep movsb";
  case MOpcode::Ud2: return "ud2";
  case MOpcode::Push: return "pushq";
  case MOpcode::Pop: return "popq";
  case MOpcode::FMov: return scalar("movs", instr.size);
  case MOpcode::FAdd: return scalar("adds", instr.size);
  case MOpcode::FSub: return scalar("subs", instr.size);
  case MOpcode::FMul: return scalar("muls", instr.size);
  case MOpcode::FDiv: return scalar("divs", instr.size);
  case MOpcode::FXor:
  case MOpcode::FZero: return "xorps";
  case MOpcode::Ucomi: return scalar("ucomis", instr.size);
  case MOpcode::CvtIntToFp: return scalar("cvtsi2s", instr.size) + sizeSuffix(instr.srcSize);
  case MOpcode::CvtFpToInt:
    return std::string(instr.srcSize == 4 ? "cvttss2si" : "cvttsd2si") + sizeSuffix(instr.size);
  case MOpcode::CvtFpToFp: return instr.size == 8 ? "cvtss2sd" : "cvtsd2ss";
  case MOpcode::MovToXmm:
  case MOpcode::MovFromXmm: return instr.size == 8 ? "movq" : "movd";
  case MOpcode::X87Load: return x87Sized("fld", instr.size);
  case MOpcode::X87LoadInt: return x87IntSized("fild", instr.size);
  case MOpcode::X87Store: return x87Sized("fstp", instr.size);
  case MOpcode::X87StoreInt: return x87IntSized("fistp", instr.size);
  // AT&T spells Intel's fsubp/fdivp (st(1) = st(1) - st(0)) as fsubrp/fdivrp.
  case MOpcode::X87Add: return "faddp\t%st, %st(1)";
  case MOpcode::X87Sub: return "fsubrp\t%st, %st(1)";
  case MOpcode::X87Mul: return "fmulp\t%st, %st(1)";
  case MOpcode::X87Div: return "fdivrp\t%st, %st(1)";
  case MOpcode::X87AddFloat: return "fadds";
  case MOpcode::X87SubFloat: return "fsubs";
  case MOpcode::X87Negate: return "fchs";
  case MOpcode::X87Compare: return "fucomip\t%st(1), %st";
  case MOpcode::X87Pop: return "fstp\t%st(0)";
  case MOpcode::X87SaveControl: return "fnstcw";
  case MOpcode::X87LoadControl: return "fldcw";
  }
  return "?";
}

} // namespace

std::string formatInstr(const MachineFunction& mf, const MInstr& instr) {
  if (instr.op == MOpcode::Call && !instr.tlsGdSymbol.empty())
    return "data16\tleaq\t" + instr.tlsGdSymbol +
           "@tlsgd(%rip), %rdi\n\t.value\t0x6666\n\trex64\n\tcall\t__tls_get_addr@PLT";
  std::string text = mnemonic(mf, instr);
  std::vector<std::string> operands;
  for (const MOperand& op : instr.ops) operands.push_back(formatOperand(mf, instr, op));
  switch (instr.op) {
  case MOpcode::Zero:
  case MOpcode::FZero: operands.insert(operands.begin(), operands[0]); break;
  case MOpcode::Call:
  case MOpcode::JmpIndirect:
    if (instr.ops[0].kind != MOperand::Kind::Symbol) operands[0] = "*" + operands[0];
    break;
  default: break;
  }
  for (std::size_t i = 0; i < operands.size(); ++i) text += (i ? ", " : "\t") + operands[i];
  return text;
}

void printMachineFunction(const MachineFunction& mf, std::ostream& out) {
  out << "# machine function " << mf.name << '\n';
  for (std::size_t i = 0; i < mf.frameObjects.size(); ++i) {
    const FrameObject& fo = mf.frameObjects[i];
    out << "#   fi" << i << ": " << fo.size << " bytes, align " << fo.align
        << (fo.isSpillSlot ? ", spill slot" : "") << ", at " << fo.offset << "(%rbp)\n";
  }
  for (unsigned b = 0; b < mf.blocks.size(); ++b) {
    const MBlock& block = mf.blocks[b];
    out << blockLabel(mf, b) << ":";
    if (!block.name.empty()) out << "\t# " << block.name;
    if (block.loopDepth) out << " (loop depth " << block.loopDepth << ")";
    out << '\n';
    for (const MInstr& instr : block.instrs) out << '\t' << formatInstr(mf, instr) << '\n';
  }
}

} // namespace minicc::codegen
