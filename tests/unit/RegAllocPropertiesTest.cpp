// Properties of the register allocator's output: no spills when values fit, callee-saved
// registers exactly for values live across calls (and pushed only when used), coalesced
// argument/return moves and no self-moves, and an allocation checker that does reject broken
// allocations.
#include "CodegenTestSupport.h"
#include "codegen/ISel.h"
#include "codegen/RegAlloc.h"
#include "codegen/RegAllocChecker.h"

#include <regex>

using namespace minicc;
using namespace minicc::testing;
using ir::Opcode;
using ir::Predicate;
using ir::Type;

namespace {

struct Allocated {
  codegen::MachineFunction mf;
  codegen::Allocation allocation;
};

Allocated allocate(const ir::Function& f) {
  codegen::CallABI abi = codegen::lowerSignature(f.signature());
  Allocated a{codegen::selectInstructions(f, abi, 0), {}};
  a.allocation = codegen::allocateRegisters(a.mf);
  return a;
}

// long twelve(long x): twelve values computed up front, all live until they are summed.
ir::Function* makeLiveValues(ir::Module& m, const std::string& name, int count) {
  ir::Builder b(m);
  ir::Function* f = m.createFunction(name, signatureOf(Type::i64(), {Type::i64()}));
  b.setInsertPoint(f->createBlock("entry"));
  std::vector<ir::Value*> values;
  for (int i = 0; i < count; ++i)
    values.push_back(b.binary(Opcode::Mul, f->arguments[0].get(), b.constInt(Type::i64(), i + 2)));
  ir::Value* sum = values[0];
  for (int i = 1; i < count; ++i)
    sum = b.binary(Opcode::Add, sum, b.binary(Opcode::Xor, values[i], values[count - i]));
  b.ret(sum);
  return f;
}

TEST(RegAllocProperties, TwelveLiveValuesNeedNoSpill) {
  ir::Module m;
  Allocated a = allocate(*makeLiveValues(m, "twelve", 12));
  EXPECT_EQ(a.allocation.spilledRegisters, 0u);
  EXPECT_TRUE(a.mf.frameObjects.empty());
  EXPECT_TRUE(codegen::checkAllocation(a.mf, a.allocation).empty());
  // Fourteen allocatable GPRs: twenty live values cannot fit (a control for the test above).
  Allocated b = allocate(*makeLiveValues(m, "twenty", 20));
  EXPECT_GT(b.allocation.spilledRegisters, 0u);
  EXPECT_TRUE(codegen::checkAllocation(b.mf, b.allocation).empty());
}

TEST(RegAllocProperties, LeafFunctionPrefersCallerSavedRegisters) {
  ir::Module m;
  Allocated a = allocate(*makeLiveValues(m, "eight", 8));
  codegen::assignPhysicalRegisters(a.mf, a.allocation);
  EXPECT_TRUE(a.mf.savedRegs.empty())
      << "a leaf with 8 values must not touch callee-saved registers";
}

TEST(RegAllocProperties, ValueLiveAcrossCallGetsCalleeSavedRegister) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* g = m.createFunction("g", signatureOf(Type::i64(), {}));
  ir::Function* f = m.createFunction("f", signatureOf(Type::i64(), {Type::i64()}));
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* kept = b.binary(Opcode::Mul, f->arguments[0].get(), b.constInt(Type::i64(), 3));
  ir::Value* r = b.call(g, g->signature(), {});
  b.ret(b.binary(Opcode::Add, kept, r));
  Allocated a = allocate(*f);
  EXPECT_EQ(a.allocation.spilledRegisters, 0u);
  EXPECT_TRUE(codegen::checkAllocation(a.mf, a.allocation).empty());
  codegen::assignPhysicalRegisters(a.mf, a.allocation);
  ASSERT_EQ(a.mf.savedRegs.size(), 1u);
  EXPECT_EQ(a.mf.savedRegs[0], codegen::RBX);
}

// Six values live across a call: five callee-saved registers, so exactly one spill.
TEST(RegAllocProperties, MoreValuesAcrossCallThanCalleeSavedRegistersSpill) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* g = m.createFunction("g", signatureOf(Type::i64(), {}));
  ir::Function* f = m.createFunction("f", signatureOf(Type::i64(), {Type::i64()}));
  b.setInsertPoint(f->createBlock("entry"));
  std::vector<ir::Value*> kept;
  for (int i = 0; i < 6; ++i)
    kept.push_back(b.binary(Opcode::Mul, f->arguments[0].get(), b.constInt(Type::i64(), i + 3)));
  ir::Value* sum = b.call(g, g->signature(), {});
  for (ir::Value* v : kept) sum = b.binary(Opcode::Add, sum, v);
  b.ret(sum);
  Allocated a = allocate(*f);
  EXPECT_EQ(a.allocation.spilledRegisters, 1u);
  EXPECT_TRUE(codegen::checkAllocation(a.mf, a.allocation).empty());
  codegen::assignPhysicalRegisters(a.mf, a.allocation);
  EXPECT_EQ(a.mf.savedRegs.size(), 5u);
}

std::string functionText(const std::string& assembly, const std::string& name) {
  std::size_t start = assembly.find(name + ":\n");
  std::size_t end = assembly.find(".size\t" + name, start);
  return assembly.substr(start, end - start);
}

TEST(RegAllocProperties, ArgumentAndReturnMovesAreCoalesced) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* g = m.createFunction("g", signatureOf(Type::i64(), {Type::i64(), Type::i64()}));
  // long forward(long a, long b) { return g(a, b); }: no move at all
  ir::Function* forward =
      m.createFunction("forward", signatureOf(Type::i64(), {Type::i64(), Type::i64()}));
  b.setInsertPoint(forward->createBlock("entry"));
  b.ret(b.call(g, g->signature(), {forward->arguments[0].get(), forward->arguments[1].get()}));
  // long add1(long a) { return a + 1; }: one move into %rax, no other
  ir::Function* add1 = m.createFunction("add1", signatureOf(Type::i64(), {Type::i64()}));
  b.setInsertPoint(add1->createBlock("entry"));
  b.ret(b.binary(Opcode::Add, add1->arguments[0].get(), b.constInt(Type::i64(), 1)));
  std::string assembly = compileToAssembly(m);
  std::regex move("\tmov[lq]\t%r[a-z0-9]+, %r");
  auto countMoves = [&](const std::string& text) {
    return std::distance(std::sregex_iterator(text.begin(), text.end(), move),
                         std::sregex_iterator());
  };
  // The prologue's `movq %rsp, %rbp` is the only register move in either: the sum is
  // computed straight into %rax.
  EXPECT_EQ(countMoves(functionText(assembly, "forward")), 1) << functionText(assembly, "forward");
  EXPECT_EQ(countMoves(functionText(assembly, "add1")), 1) << functionText(assembly, "add1");
}

TEST(RegAllocProperties, NoMoveBetweenEqualRegisters) {
  ir::Module m;
  makeLiveValues(m, "twenty", 20);
  makeLiveValues(m, "seven", 7);
  std::string assembly = compileToAssembly(m);
  std::regex selfMove("\tmov[a-z]*\t%([a-z0-9]+), %\\1\n");
  EXPECT_FALSE(std::regex_search(assembly, selfMove)) << assembly;
}

// The checker is only worth something if it fails on a bad allocation.
TEST(RegAllocProperties, CheckerRejectsBrokenAllocations) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* g = m.createFunction("g", signatureOf(Type::i64(), {}));
  ir::Function* f = m.createFunction("f", signatureOf(Type::i64(), {Type::i64(), Type::i64()}));
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* x = b.binary(Opcode::Add, f->arguments[0].get(), f->arguments[1].get());
  ir::Value* y = b.binary(Opcode::Sub, f->arguments[0].get(), f->arguments[1].get());
  ir::Value* r = b.call(g, g->signature(), {});
  b.ret(b.binary(Opcode::Add, b.binary(Opcode::Mul, x, y), r));
  Allocated a = allocate(*f);
  ASSERT_TRUE(codegen::checkAllocation(a.mf, a.allocation).empty());
  // Give every virtual register the same callee-saved register: overlapping values collide.
  codegen::Allocation collide = a.allocation;
  for (codegen::RegId& reg : collide.assignment) reg = codegen::RBX;
  std::vector<std::string> problems = codegen::checkAllocation(a.mf, collide);
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(problems.front().find("destroys live"), std::string::npos) << problems.front();
  // Move whatever sits in a callee-saved register (live across the call) to %rcx.
  codegen::Allocation clobbered = a.allocation;
  for (codegen::RegId& reg : clobbered.assignment)
    if (codegen::isCalleeSaved(reg)) reg = codegen::RCX;
  problems = codegen::checkAllocation(a.mf, clobbered);
  bool reported = false;
  for (const std::string& p : problems) reported |= p.find("across a call") != std::string::npos;
  EXPECT_TRUE(reported);
  // An unassigned register is reported too.
  codegen::Allocation missing = a.allocation;
  missing.assignment.back() = codegen::NoReg;
  EXPECT_FALSE(codegen::checkAllocation(a.mf, missing).empty());
}

// The checker covers the XMM class: a double live across a call in any xmm register (all are
// caller-saved), two live doubles in one xmm register, and a double in a GPR are reported.
TEST(RegAllocProperties, CheckerRejectsBrokenXmmAllocations) {
  ir::Module m;
  ir::Builder b(m);
  ir::Function* g = m.createFunction("g", signatureOf(Type::f64(), {}));
  ir::Function* f = m.createFunction("f", signatureOf(Type::f64(), {Type::f64(), Type::f64()}));
  b.setInsertPoint(f->createBlock("entry"));
  ir::Value* x = b.binary(Opcode::FAdd, f->arguments[0].get(), f->arguments[1].get());
  ir::Value* y = b.binary(Opcode::FSub, f->arguments[0].get(), f->arguments[1].get());
  ir::Value* r = b.call(g, g->signature(), {});
  b.ret(b.binary(Opcode::FAdd, b.binary(Opcode::FMul, x, y), r));
  Allocated a = allocate(*f);
  ASSERT_TRUE(codegen::checkAllocation(a.mf, a.allocation).empty());
  EXPECT_GT(a.allocation.spilledRegisters, 0u); // x and y cannot stay in xmm registers
  // Before spilling, x and y live across the call: any xmm assignment is wrong.
  codegen::MachineFunction mf =
      codegen::selectInstructions(*f, codegen::lowerSignature(f->signature()), 0);
  auto assignAll = [&](auto chooseXmm) {
    codegen::Allocation fake;
    for (unsigned v = 0; v < mf.numVregs(); ++v)
      fake.assignment.push_back(mf.vregClass[v] == codegen::RegClass::XMM ? chooseXmm(v)
                                                                          : codegen::RBX);
    return codegen::checkAllocation(mf, fake);
  };
  auto mentions = [](const std::vector<std::string>& problems, const std::string& text) {
    for (const std::string& p : problems)
      if (p.find(text) != std::string::npos) return true;
    return false;
  };
  ASSERT_LT(mf.numVregs(), 16u);
  std::vector<std::string> problems =
      assignAll([](unsigned v) { return codegen::RegId(codegen::XMM0 + v); });
  EXPECT_TRUE(mentions(problems, "across a call in caller-saved")) << problems.size();
  EXPECT_TRUE(mentions(problems, "%xmm")) << problems.size();
  problems = assignAll([](unsigned) { return codegen::XMM8; });
  EXPECT_TRUE(mentions(problems, "destroys live")) << problems.size();
  problems = assignAll([](unsigned) { return codegen::RAX; });
  EXPECT_TRUE(mentions(problems, "unusable register")) << problems.size();
}

// Allocation cost grows near-linearly: a function 8 times larger must not take 30 times as
// long (a quadratic allocator would take 64 times).
} // namespace
