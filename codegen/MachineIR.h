// codegen/MachineIR.h — x86-64 machine IR: instructions over virtual and physical registers.
//
// Provides: MachineFunction / MBlock / MInstr / MOperand, condition codes, frame objects, jump
// tables, the CFG helper, and one printer (AT&T syntax) shared by dumps and by emission.
// Needs: Registers.h.
//
// Conventions every stage relies on:
//   - Operands are in AT&T order: sources first, the destination last.
//   - Every register operand says whether it is read (use) and/or written (def). Two-address
//     instructions (`addl %src, %dst`) mark the destination use+def.
//   - Fixed-register constraints are explicit physical registers: isel copies values into
//     %rdi/%rax/%rcx... and the instruction lists them in implicitUses/implicitDefs (a call
//     implicitly defines every caller-saved register). Physical registers are only live inside
//     one block (the entry's incoming argument registers are live from the function start).
//   - Register values narrower than 64 bits have unspecified upper bits, except where an
//     instruction says otherwise (Movzx/Movsx, 32-bit results zero the upper half in hardware).
//     An i1 value keeps 0 or 1 in bits 0-7.
//   - A block ends with its terminators (Jcc..., Jmp | JmpIndirect | Ret | Ud2); a switch's
//     compare chain may put several cmp/Jcc pairs at the end. There is no implicit fallthrough
//     until emission removes jumps to the next block.
#pragma once

#include "codegen/Registers.h"
#include "ir/Diagnostics.h"

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace minicc::codegen {

// Hardware encoding order, so that inverting a condition flips the low bit.
enum class CondCode : std::uint8_t { O, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE, LE, G };
inline CondCode invert(CondCode c) {
  return static_cast<CondCode>(static_cast<unsigned>(c) ^ 1u);
}
const char* condName(CondCode c); // "e", "ne", "l", ...

enum class MOpcode : std::uint8_t {
  Copy,  // src, dst: whole-register copy in one class (removed when both get one register)
  Mov,   // src (reg/imm/mem), dst (reg/mem) of `size` bytes
  Movsx, // src (reg/mem) of srcSize bytes, sign-extended into dst of `size` bytes
  Movzx, // as Movsx, zero-extending; srcSize 4 -> size 8 is a `movl` (zeroes bits 32-63)
  Lea,   // mem, dst
  Zero,  // dst: `xorl %dst, %dst` (clobbers the flags)
  Add,
  Sub,
  And,
  Or,
  Xor,
  Imul,  // src (reg/imm/mem), dst (use+def)
  Imul3, // imm, src (reg/mem), dst: dst = src * imm
  Neg,
  Not,   // dst (use+def)
  Bswap, // dst (use+def), size 4/8
  Bsf,   // src (reg/mem), dst: index of the lowest set bit; ZF=1 and dst unchanged if src is 0
  Bsr,   // src (reg/mem), dst: index of the highest set bit; as Bsf for 0
  Shl,
  Shr,
  Sar,          // count (imm, or %rcx printed as %cl), dst (use+def)
  SignExtendAx, // cltd/cqto: %rdx = sign of %rax (implicit)
  Idiv,
  Div, // divisor (reg/mem); implicit %rax:%rdx in, quotient %rax, remainder %rdx
  Cmp,
  Test,        // a, b: flags of b - a (cmp) or b & a (test)
  Setcc,       // dst (1 byte) = cond
  Cmov,        // src (reg/mem), dst (use+def): if cond, dst = src
  Jcc,         // block
  Jmp,         // block
  JmpIndirect, // reg; targets are jumpTables[jumpTable]
  Call,        // target (symbol or reg); implicit argument uses, clobber defs
  Ret,         // implicit uses of the return registers; emission expands the epilogue
  RepMovsb,    // implicit %rdi %rsi %rcx
  Ud2,
  Push,
  Pop, // reg (prologue/epilogue only)
  // SSE scalar floating point; `size` is the float's size (4: ss, 8: sd).
  FMov, // src, dst: movss/movsd between an xmm register and memory (loads, stores)
  FAdd,
  FSub,
  FMul,
  FDiv,       // src (xmm/mem), dst (use+def)
  FXor,       // src (xmm, or a 16-byte aligned literal), dst (use+def): xorps
  FZero,      // dst: `xorps %dst, %dst` (does not touch the flags)
  Ucomi,      // a (xmm/mem), b (xmm): flags of b compared with a (ZF PF CF; unordered: all 1)
  CvtIntToFp, // src (gpr/mem, srcSize 4/8), dst (xmm): cvtsi2ss/cvtsi2sd
  CvtFpToInt, // src (xmm/mem, srcSize 4/8), dst (gpr, `size` 4/8): cvttss2si/cvttsd2si
  CvtFpToFp,  // src (xmm/mem, srcSize), dst (xmm, size): cvtss2sd/cvtsd2ss
  MovToXmm,   // src (gpr/mem), dst (xmm): movd (size 4) / movq (size 8)
  MovFromXmm, // src (xmm), dst (gpr): movd (size 4) / movq (size 8)
  // x87, for long double. Values never stay on the x87 register stack between these short
  // sequences (ISelX87.cpp), so no register of the stack is allocated; operands are memory.
  X87Load,     // mem: push flds/fldl/fldt (size 4/8/10)
  X87LoadInt,  // mem: push filds/fildl/fildq (size 2/4/8)
  X87Store,    // mem: pop into fstps/fstpl/fstpt (size 4/8/10)
  X87StoreInt, // mem: pop into fistps/fistpl/fistpq (size 2/4/8), rounding per control word
  X87Add,      // st(1) = st(1) op st(0), pop: faddp/fsubrp/fmulp/fdivrp %st, %st(1)
  X87Sub,
  X87Mul,
  X87Div,
  X87AddFloat,    // mem: st(0) += the 4-byte float at mem (fadds)
  X87SubFloat,    // mem: st(0) -= the 4-byte float at mem (fsubs)
  X87Negate,      // fchs
  X87Compare,     // fucomip %st(1), %st: flags of st(0) compared with st(1), pop once
  X87Pop,         // fstp %st(0)
  X87SaveControl, // mem: fnstcw
  X87LoadControl, // mem: fldcw
};

struct MemRef {
  RegId base = NoReg;
  RegId index = NoReg;
  std::uint8_t scale = 1;
  std::int64_t disp = 0;
  std::string symbol;       // non-empty: `symbol+disp(%rip)`; base and index are unused
  bool viaGot = false;      // `symbol@GOTPCREL(%rip)`: the GOT slot holding symbol's address
  bool viaGotTpoff = false; // `symbol@gottpoff(%rip)`: the GOT slot holding its TLS offset
  // Thread-local storage (psABI "ELF Handling for Thread-Local Storage", x86-64 models):
  // `tpoffSymbol@tpoff+disp(base,index,scale)`, the symbol's offset from the thread pointer
  // as the displacement; `fsSegment` prefixes `%fs:` (the thread pointer's segment).
  std::string tpoffSymbol;
  bool fsSegment = false;
  int frameIndex = -1; // >= 0: frame object, resolved to an %rbp offset by frame layout
  // `disp(%rsp)` above the outgoing stack-argument area: frame layout adds the area's size
  // (a dynamic allocation's block starts there, see selectDynAlloca).
  bool aboveOutgoingArea = false;

  static MemRef at(RegId base, std::int64_t disp = 0) {
    MemRef m;
    m.base = base;
    m.disp = disp;
    return m;
  }
  static MemRef indexed(RegId base, RegId index, std::uint8_t scale) {
    MemRef m = at(base);
    m.index = index;
    m.scale = scale;
    return m;
  }
  bool isRipRelative() const { return !symbol.empty(); }
  bool hasSymbolicPart() const { return !symbol.empty() || !tpoffSymbol.empty() || fsSegment; }
  static MemRef ripRelative(std::string symbol) {
    MemRef m;
    m.symbol = std::move(symbol);
    return m;
  }
};

struct MOperand {
  enum class Kind : std::uint8_t { Reg, Imm, Mem, Block, Symbol };
  Kind kind = Kind::Imm;
  bool isUse = false;
  bool isDef = false;
  std::uint8_t size = 0; // Reg: access size (0: the instruction's size)
  RegId reg = NoReg;
  std::int64_t imm = 0;
  unsigned block = 0;
  bool plt = false; // Symbol: `name@PLT`
  MemRef mem;
  std::string symbol;

  static MOperand use(RegId r, std::uint8_t size = 0);
  static MOperand def(RegId r, std::uint8_t size = 0);
  static MOperand useDef(RegId r, std::uint8_t size = 0);
  static MOperand immediate(std::int64_t value);
  static MOperand memory(MemRef mem);
  static MOperand blockRef(unsigned block);
  static MOperand symbolRef(std::string name, bool plt);
  bool isReg() const { return kind == Kind::Reg; }
  bool isImm() const { return kind == Kind::Imm; }
  bool isMem() const { return kind == Kind::Mem; }
};

struct MInstr {
  MOpcode op = MOpcode::Ud2;
  std::uint8_t size = 8;    // operation size in bytes
  std::uint8_t srcSize = 0; // Movsx/Movzx source size
  CondCode cond = CondCode::E;
  int jumpTable = -1; // JmpIndirect
  // A Call that is the general-dynamic TLS sequence for this symbol: `data16 leaq
  // sym@tlsgd(%rip), %rdi; .value 0x6666; rex64; call __tls_get_addr@PLT`, byte for byte as
  // the linker's relaxation expects; the object's address is returned in %rax.
  std::string tlsGdSymbol;
  std::vector<MOperand> ops;
  std::vector<RegId> implicitUses;
  std::vector<RegId> implicitDefs;
  SourceLocation debugLoc; // of the IR instruction it was selected from (-g line tables)

  MInstr() = default;
  MInstr(MOpcode op, std::uint8_t size, std::vector<MOperand> ops)
      : op(op), size(size), ops(std::move(ops)) {}
  bool isTerminator() const;
  bool isCall() const { return op == MOpcode::Call; }
};

// Calls f(RegId& reg, bool isUse, bool isDef) for every register the instruction reads or
// writes: explicit register operands, memory base/index registers (reads), implicit registers.
template <typename F> void forEachRegister(MInstr& instr, F&& f) {
  for (MOperand& op : instr.ops) {
    if (op.isReg())
      f(op.reg, op.isUse, op.isDef);
    else if (op.isMem()) {
      if (op.mem.base != NoReg) f(op.mem.base, true, false);
      if (op.mem.index != NoReg) f(op.mem.index, true, false);
    }
  }
  for (RegId& r : instr.implicitUses) f(r, true, false);
  for (RegId& r : instr.implicitDefs) f(r, false, true);
}
template <typename F> void forEachRegister(const MInstr& instr, F&& f) {
  forEachRegister(const_cast<MInstr&>(instr), [&](RegId& r, bool u, bool d) { f(RegId(r), u, d); });
}

struct MBlock {
  std::string name; // the IR block's name, for dumps
  std::vector<MInstr> instrs;
  std::vector<unsigned> succs; // computed by computeCFG
  std::vector<unsigned> preds;
  unsigned loopDepth = 0; // computed by computeLoopDepths
};

struct FrameObject {
  std::uint64_t size = 0;
  std::uint64_t align = 1;
  bool isSpillSlot = false;
  std::int64_t offset = 0; // from %rbp, set by frame layout
};

struct JumpTable {
  std::vector<unsigned> targets; // blocks, for index 0..n-1
};

// A literal in .rodata (a float, or a 16-byte sign mask): `size` bytes (4, 8 or 16) of
// `low` then `high`, aligned to its size.
struct PoolConstant {
  std::uint64_t low = 0;
  std::uint64_t high = 0;
  unsigned size = 8;
  friend bool operator==(const PoolConstant&, const PoolConstant&) = default;
};

struct MachineFunction {
  std::string name;           // the assembler symbol
  SourceLocation debugLoc;    // the function's source position (ir::Function::debugLoc)
  bool isGlobal = true;       // .globl
  unsigned number = 0;        // module-wide, for local labels .LBB<number>_<block>
  std::vector<MBlock> blocks; // in layout order; blocks[0] is the entry
  std::vector<RegClass> vregClass;
  std::vector<bool> vregUnspillable; // spill reload/store temporaries
  std::vector<FrameObject> frameObjects;
  std::vector<JumpTable> jumpTables;
  std::vector<PoolConstant> constants; // read-only literals, emitted after the function
  // Variadic definition: the 176-byte register save area (psABI 3.5.7), filled by the
  // prologue from the first integer / vector argument register the named parameters left.
  int regSaveArea = -1;
  unsigned firstVarargGpr = 6;
  unsigned firstVarargXmm = 8;
  std::uint64_t outgoingArgBytes = 0; // largest stack argument area of any call
  // %rbp displacements of incoming scalar stack arguments. Nothing writes them (the IR cannot
  // take their address), so spilling may reuse them; an aggregate passed in memory may be
  // written through its address and is not listed.
  std::vector<std::int64_t> readOnlyArgumentSlots;
  bool hasCalls = false;
  // dynalloca/stackrestore move %rsp at run time: no red zone, and the epilogue must reset
  // %rsp from %rbp.
  bool hasDynamicStack = false;

  // Set by register allocation and frame layout.
  std::vector<RegId> savedRegs;  // callee-saved registers the function writes, in push order
  std::uint64_t stackAdjust = 0; // `subq $stackAdjust, %rsp` after the pushes
  bool isAllocated = false;

  RegId newVreg(RegClass cls, bool unspillable = false);
  unsigned numVregs() const { return static_cast<unsigned>(vregClass.size()); }
  RegClass classOf(RegId r) const {
    return isPhysical(r) ? physClass(r) : vregClass[virtualIndex(r)];
  }
  int newFrameObject(std::uint64_t size, std::uint64_t align, bool isSpillSlot);
};

// Fills MBlock::succs/preds from the terminators (Jcc/Jmp targets, jump tables), in a
// deterministic order without duplicates.
void computeCFG(MachineFunction& mf);
// Fills MBlock::loopDepth from the natural loops of the back edges of a depth-first search.
void computeLoopDepths(MachineFunction& mf);
// Moves blocks into `order` and renumbers every reference; blocks left out of `order` are
// deleted (nothing may still jump to them).
void reorderBlocks(MachineFunction& mf, const std::vector<unsigned>& order);

std::string blockLabel(const MachineFunction& mf, unsigned block);
std::string jumpTableLabel(const MachineFunction& mf, unsigned table);
std::string constantLabel(const MachineFunction& mf, unsigned constant);
// The index of `constant` in mf.constants (added if new).
unsigned addConstant(MachineFunction& mf, const PoolConstant& constant);

// One instruction in AT&T syntax without indentation ("addl\t%esi, %edi"); virtual registers
// print as %vN and unresolved frame objects as fiN.
std::string formatInstr(const MachineFunction& mf, const MInstr& instr);
// The whole function, for -print-after dumps and tests.
void printMachineFunction(const MachineFunction& mf, std::ostream& out);

} // namespace minicc::codegen
