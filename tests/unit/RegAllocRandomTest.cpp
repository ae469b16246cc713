// Random functions built with ir::Builder (straight-line code with many live values, loops
// with phis, diamonds, calls in the middle, division and variable shifts with their fixed
// registers) are (1) allocated and checked by the allocation checker, and (2) compiled, linked
// with a gcc main and run, their results compared with a small IR interpreter's. A second
// generator mode adds a pool of doubles (xmm registers: float phis, calls that clobber every
// xmm register, fcmp + select, more live doubles than registers).
#include "CodegenTestSupport.h"
#include "codegen/ISel.h"
#include "codegen/RegAlloc.h"
#include "codegen/RegAllocChecker.h"

#include <bit>
#include <map>
#include <random>

using namespace minicc;
using namespace minicc::testing;
using ir::Opcode;
using ir::Predicate;
using ir::Type;

namespace {

// --- a reference interpreter for the subset the generator produces (i64 and i1 values) ---

std::int64_t mixReference(std::int64_t a, std::int64_t b) {
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) * 31 +
                                   static_cast<std::uint64_t>(b));
}
double fmixReference(double a, double b) {
  return a * 0.5 + b;
}
// Doubles are kept as their bit patterns in the interpreter's int64 values.
double asDouble(std::int64_t bits) {
  return std::bit_cast<double>(bits);
}
std::int64_t bitsOf(double d) {
  return std::bit_cast<std::int64_t>(d);
}

class Interpreter {
public:
  std::int64_t run(const ir::Function& f, const std::vector<std::int64_t>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) values_[f.arguments[i].get()] = args[i];
    const ir::BasicBlock* block = f.entry();
    const ir::BasicBlock* from = nullptr;
    for (;;) {
      // Phis read their incoming values all at once.
      std::map<const ir::Value*, std::int64_t> incoming;
      for (const auto& inst : block->instructions) {
        if (inst->opcode() != Opcode::Phi) break;
        for (std::size_t i = 0; i < inst->targets.size(); ++i)
          if (inst->targets[i] == from)
            incoming[inst.get()] = get(inst->operand(static_cast<unsigned>(i)));
      }
      for (auto& [phi, v] : incoming) values_[phi] = v;
      for (const auto& inst : block->instructions) {
        const ir::Instruction& I = *inst;
        switch (I.opcode()) {
        case Opcode::Phi: break;
        case Opcode::Br:
          from = block;
          block = I.targets[get(I.operand(0)) ? 0 : 1];
          goto nextBlock;
        case Opcode::Jmp:
          from = block;
          block = I.targets[0];
          goto nextBlock;
        case Opcode::Ret: return get(I.operand(0));
        default: values_[&I] = evaluate(I); break;
        }
      }
    nextBlock:;
    }
  }

private:
  std::int64_t get(const ir::Value* v) {
    if (v->valueKind() == ir::ValueKind::ConstantInt)
      return static_cast<const ir::ConstantInt*>(v)->value();
    if (v->valueKind() == ir::ValueKind::ConstantFloat)
      return bitsOf(static_cast<const ir::ConstantFloat*>(v)->value());
    return values_.at(v);
  }

  bool compareFloats(Predicate p, double a, double b) {
    switch (p) {
    case Predicate::OLt: return a < b;
    case Predicate::OGt: return a > b;
    case Predicate::OEq: return a == b;
    case Predicate::UNe: return a != b;
    case Predicate::OGe: return a >= b;
    default: return !(a >= b); // ult
    }
  }

  std::int64_t evaluate(const ir::Instruction& I) {
    auto u = [&](unsigned i) { return static_cast<std::uint64_t>(get(I.operand(i))); };
    auto s = [&](unsigned i) { return get(I.operand(i)); };
    auto d = [&](unsigned i) { return asDouble(get(I.operand(i))); };
    std::int64_t r = 0;
    switch (I.opcode()) {
    case Opcode::Add: r = static_cast<std::int64_t>(u(0) + u(1)); break;
    case Opcode::Sub: r = static_cast<std::int64_t>(u(0) - u(1)); break;
    case Opcode::Mul: r = static_cast<std::int64_t>(u(0) * u(1)); break;
    case Opcode::And: r = s(0) & s(1); break;
    case Opcode::Or: r = s(0) | s(1); break;
    case Opcode::Xor: r = s(0) ^ s(1); break;
    case Opcode::Shl: r = static_cast<std::int64_t>(u(0) << (u(1) & 63)); break;
    case Opcode::LShr: r = static_cast<std::int64_t>(u(0) >> (u(1) & 63)); break;
    case Opcode::AShr: r = s(0) >> (u(1) & 63); break;
    case Opcode::SDiv: r = s(0) / s(1); break;
    case Opcode::SRem: r = s(0) % s(1); break;
    case Opcode::UDiv: r = static_cast<std::int64_t>(u(0) / u(1)); break;
    case Opcode::ICmp:
      switch (I.predicate) {
      case Predicate::SLt: r = s(0) < s(1); break;
      case Predicate::Eq: r = s(0) == s(1); break;
      case Predicate::UGt: r = u(0) > u(1); break;
      default: r = s(0) >= s(1); break;
      }
      break;
    case Opcode::Select: r = get(I.operand(0)) ? s(1) : s(2); break;
    case Opcode::Trunc: r = static_cast<std::int32_t>(s(0)); break;
    case Opcode::SExt: r = s(0); break; // i32 values are kept sign-extended here
    case Opcode::Call:
      r = I.type() == Type::f64() ? bitsOf(fmixReference(d(1), d(2))) : mixReference(s(1), s(2));
      break;
    case Opcode::FAdd: r = bitsOf(d(0) + d(1)); break;
    case Opcode::FSub: r = bitsOf(d(0) - d(1)); break;
    case Opcode::FMul: r = bitsOf(d(0) * d(1)); break;
    case Opcode::FCmp: r = compareFloats(I.predicate, d(0), d(1)); break;
    case Opcode::SIToFP: r = bitsOf(static_cast<double>(s(0))); break;
    case Opcode::FPToSI: r = static_cast<std::int64_t>(d(0)); break;
    default: ADD_FAILURE() << "interpreter: unexpected opcode " << ir::opcodeName(I.opcode());
    }
    if (I.type() == Type::i32()) r = static_cast<std::int32_t>(r);
    return r;
  }

  std::map<const ir::Value*, std::int64_t> values_;
};

// --- the generator ---

class RandomFunction {
public:
  // With `fmix` (double fmix(double, double)), values also live in a pool of doubles.
  RandomFunction(ir::Module& m, ir::Function* mix, unsigned seed, const std::string& name,
                 ir::Function* fmix = nullptr)
      : m_(m), b_(m), mix_(mix), fmix_(fmix), rng_(seed) {
    unsigned params = 1 + pick(10);
    f_ = m.createFunction(name, signatureOf(Type::i64(), std::vector<Type>(params, Type::i64())));
    b_.setInsertPoint(f_->createBlock("entry"));
    for (auto& arg : f_->arguments) pool_.push_back(arg.get());
    if (fmix_) {
      for (auto& arg : f_->arguments) fpool_.push_back(b_.convert(Opcode::SIToFP, arg.get(), F64));
      fpool_.push_back(b_.constFloat(F64, 0.25));
    }
    emitOps(4 + pick(12));
    for (unsigned shapes = 1 + pick(3); shapes-- > 0;) {
      if (pick(2))
        emitLoop();
      else
        emitDiamond();
    }
    // Everything in the pools stays live to the end.
    ir::Value* result = pool_.front();
    for (std::size_t i = 1; i < pool_.size(); ++i)
      result = b_.binary(Opcode::Xor, result, pool_[i]);
    for (ir::Value* v : fpool_) result = b_.binary(Opcode::Xor, result, safeToInt(v));
    b_.ret(result);
  }

  ir::Function* function() const { return f_; }

private:
  unsigned pick(unsigned n) { return std::uniform_int_distribution<unsigned>(0, n - 1)(rng_); }
  ir::Value* operand() {
    if (pick(8) == 0) return b_.constInt(Type::i64(), static_cast<std::int64_t>(pick(2000)) - 1000);
    if (pick(24) == 0) // needs movabs
      return b_.constInt(Type::i64(), 0x123456789abLL * (static_cast<std::int64_t>(pick(7)) - 3));
    // Prefer recent values, but reach back to keep old values live.
    std::size_t n = pool_.size();
    return pool_[pick(3) ? n - 1 - pick(std::min<unsigned>(static_cast<unsigned>(n), 6))
                         : pick(static_cast<unsigned>(n))];
  }
  ir::Value* constant(std::int64_t v) { return b_.constInt(Type::i64(), v); }
  static constexpr Type F64 = Type::f64();
  ir::Value* floatOperand() {
    if (pick(8) == 0) return b_.constFloat(F64, static_cast<double>(pick(64)) / 8 - 4);
    std::size_t n = fpool_.size();
    return fpool_[pick(3) ? n - 1 - pick(std::min<unsigned>(static_cast<unsigned>(n), 6))
                          : pick(static_cast<unsigned>(n))];
  }
  Predicate floatPredicate() {
    const Predicate preds[] = {Predicate::OLt, Predicate::OGt, Predicate::OEq,
                               Predicate::UNe, Predicate::OGe, Predicate::ULtF};
    return preds[pick(6)];
  }
  // fptosi is undefined outside i64's range (and for NaN): clamp through two selects first.
  ir::Value* safeToInt(ir::Value* x) {
    ir::Value* zero = b_.constFloat(F64, 0.0);
    ir::Value* low = b_.select(b_.fcmp(Predicate::OLt, x, b_.constFloat(F64, 1e18)), x, zero);
    ir::Value* both = b_.select(b_.fcmp(Predicate::OGt, low, b_.constFloat(F64, -1e18)), low, zero);
    return b_.convert(Opcode::FPToSI, both, Type::i64());
  }
  // Additions, scaling by small constants and calls keep the doubles finite.
  ir::Value* randomFloatOp() {
    ir::Value* x = floatOperand();
    ir::Value* y = floatOperand();
    switch (pick(8)) {
    case 0: return b_.binary(Opcode::FAdd, x, y);
    case 1: return b_.binary(Opcode::FSub, x, y);
    case 2: return b_.binary(Opcode::FMul, x, b_.constFloat(F64, pick(2) ? 0.75 : -1.5));
    case 3: return b_.convert(Opcode::SIToFP, operand(), F64);
    case 4:
    case 5: return b_.call(fmix_, fmix_->signature(), {x, y});
    case 6: return b_.select(b_.fcmp(floatPredicate(), x, y), x, floatOperand());
    default: return b_.binary(Opcode::FAdd, x, b_.constFloat(F64, 1.5));
    }
  }
  ir::Value* randomIntFromFloats() {
    if (pick(2)) return safeToInt(floatOperand());
    ir::Value* c = b_.fcmp(floatPredicate(), floatOperand(), floatOperand());
    return b_.select(c, operand(), operand());
  }

  ir::Value* randomOp() {
    ir::Value* x = operand();
    ir::Value* y = operand();
    switch (pick(14)) {
    case 0: return b_.binary(Opcode::Add, x, y);
    case 1: return b_.binary(Opcode::Sub, x, y);
    case 2: return b_.binary(Opcode::Mul, x, y);
    case 3: return b_.binary(Opcode::And, x, y);
    case 4: return b_.binary(Opcode::Or, x, y);
    case 5: return b_.binary(Opcode::Xor, x, y);
    case 6:
      return b_.binary(pick(2) ? Opcode::Shl : Opcode::AShr, x,
                       b_.binary(Opcode::And, y, constant(63)));
    case 7: return b_.binary(Opcode::LShr, x, b_.binary(Opcode::And, y, constant(63)));
    case 8: {
      ir::Value* divisor =
          b_.binary(Opcode::Or, b_.binary(Opcode::And, y, constant(255)), constant(1));
      Opcode op = pick(3) == 0 ? Opcode::UDiv : pick(2) ? Opcode::SDiv : Opcode::SRem;
      return b_.binary(op, x, divisor);
    }
    case 9: {
      const Predicate preds[] = {Predicate::SLt, Predicate::Eq, Predicate::UGt, Predicate::SGe};
      return b_.select(b_.icmp(preds[pick(4)], x, y), operand(), operand());
    }
    case 10:
    case 11: return b_.call(mix_, mix_->signature(), {x, y});
    case 12: { // through 32 bits
      ir::Value* narrow = b_.binary(Opcode::Add, b_.convert(Opcode::Trunc, x, Type::i32()),
                                    b_.convert(Opcode::Trunc, y, Type::i32()));
      return b_.convert(Opcode::SExt, narrow, Type::i64());
    }
    default: return b_.binary(Opcode::Add, x, constant(pick(100)));
    }
  }

  void emitOps(unsigned n) {
    for (unsigned i = 0; i < n; ++i) {
      if (fmix_ && pick(3) == 0)
        fpool_.push_back(randomFloatOp());
      else if (fmix_ && pick(6) == 0)
        pool_.push_back(randomIntFromFloats());
      else
        pool_.push_back(randomOp());
    }
  }

  // for (i = 0; i < trips; i++) { carried values updated } with the body in the header block
  void emitLoop() {
    ir::BasicBlock* pre = b_.block();
    ir::BasicBlock* head = f_->createBlock("loop" + std::to_string(blocks_++));
    ir::BasicBlock* exit = f_->createBlock("after" + std::to_string(blocks_++));
    b_.jmp(head);
    b_.setInsertPoint(head);
    ir::Instruction* counter = b_.phi(head, Type::i64());
    std::vector<std::pair<ir::Instruction*, ir::Value*>> carried;
    for (unsigned k = 1 + pick(4); k-- > 0;) {
      ir::Instruction* phi = b_.phi(head, Type::i64());
      carried.push_back({phi, operand()});
    }
    std::vector<std::pair<ir::Instruction*, ir::Value*>> carriedFloats;
    for (unsigned k = fmix_ ? 1 + pick(3) : 0; k-- > 0;) {
      ir::Instruction* phi = b_.phi(head, F64);
      carriedFloats.push_back({phi, floatOperand()});
    }
    std::size_t mark = pool_.size(), floatMark = fpool_.size();
    for (auto& [phi, init] : carried) pool_.push_back(phi);
    for (auto& [phi, init] : carriedFloats) fpool_.push_back(phi);
    emitOps(2 + pick(8));
    ir::Value* next = b_.binary(Opcode::Add, counter, constant(1));
    b_.br(b_.icmp(Predicate::SLt, next, constant(2 + pick(5))), head, exit);
    ir::Builder::addIncoming(counter, constant(0), pre);
    ir::Builder::addIncoming(counter, next, head);
    for (auto& [phi, init] : carried) {
      ir::Builder::addIncoming(phi, init, pre);
      ir::Builder::addIncoming(phi, pool_[mark + pick(static_cast<unsigned>(pool_.size() - mark))],
                               head);
    }
    for (auto& [phi, init] : carriedFloats) {
      ir::Builder::addIncoming(phi, init, pre);
      std::size_t choices = fpool_.size() - floatMark;
      ir::Builder::addIncoming(phi, fpool_[floatMark + pick(static_cast<unsigned>(choices))], head);
    }
    b_.setInsertPoint(exit);
  }

  // if (x < y) { ops } else { ops } join: phis of one value from each side
  void emitDiamond() {
    ir::BasicBlock* thenBlock = f_->createBlock("then" + std::to_string(blocks_++));
    ir::BasicBlock* elseBlock = f_->createBlock("else" + std::to_string(blocks_++));
    ir::BasicBlock* join = f_->createBlock("join" + std::to_string(blocks_++));
    b_.br(b_.icmp(Predicate::SLt, operand(), operand()), thenBlock, elseBlock);
    std::size_t mark = pool_.size(), floatMark = fpool_.size();
    b_.setInsertPoint(thenBlock);
    emitOps(1 + pick(5));
    ir::Value* fromThen = pool_.back();
    ir::Value* floatFromThen = fmix_ ? fpool_.back() : nullptr;
    b_.jmp(join);
    pool_.resize(mark);
    fpool_.resize(floatMark);
    b_.setInsertPoint(elseBlock);
    emitOps(1 + pick(5));
    ir::Value* fromElse = pool_.back();
    ir::Value* floatFromElse = fmix_ ? fpool_.back() : nullptr;
    b_.jmp(join);
    pool_.resize(mark);
    fpool_.resize(floatMark);
    b_.setInsertPoint(join);
    ir::Instruction* phi = b_.phi(join, Type::i64());
    ir::Builder::addIncoming(phi, fromThen, thenBlock);
    ir::Builder::addIncoming(phi, fromElse, elseBlock);
    pool_.push_back(phi);
    if (fmix_) {
      ir::Instruction* floatPhi = b_.phi(join, F64);
      ir::Builder::addIncoming(floatPhi, floatFromThen, thenBlock);
      ir::Builder::addIncoming(floatPhi, floatFromElse, elseBlock);
      fpool_.push_back(floatPhi);
    }
  }

  ir::Module& m_;
  ir::Builder b_;
  ir::Function* mix_;
  ir::Function* fmix_;
  ir::Function* f_ = nullptr;
  std::mt19937 rng_;
  std::vector<ir::Value*> pool_;
  std::vector<ir::Value*> fpool_; // doubles (with fmix_ only)
  unsigned blocks_ = 0;
};

constexpr unsigned FunctionCount = 80;

// Whether spill code moves an xmm register to or from a spill slot.
bool spillsXmm(const codegen::MachineFunction& mf) {
  for (const codegen::MBlock& block : mf.blocks)
    for (const codegen::MInstr& instr : block.instrs)
      for (const codegen::MOperand& op : instr.ops)
        if (instr.op == codegen::MOpcode::FMov && op.isMem() && op.mem.frameIndex >= 0 &&
            mf.frameObjects[op.mem.frameIndex].isSpillSlot)
          return true;
  return false;
}

// Integer-only functions, or (withFloats) functions that also keep doubles in xmm registers.
void checkRandomAllocations(bool withFloats) {
  ir::Module m;
  ir::Function* mix = m.createFunction("mix", signatureOf(Type::i64(), {Type::i64(), Type::i64()}));
  ir::Function* fmix =
      withFloats ? m.createFunction("fmix", signatureOf(Type::f64(), {Type::f64(), Type::f64()}))
                 : nullptr;
  unsigned spilledFunctions = 0, xmmSpills = 0;
  for (unsigned seed = 0; seed < FunctionCount; ++seed) {
    ir::Function* f = RandomFunction(m, mix, seed, "r" + std::to_string(seed), fmix).function();
    codegen::CallABI abi = codegen::lowerSignature(f->signature());
    codegen::MachineFunction mf = codegen::selectInstructions(*f, abi, seed);
    codegen::Allocation allocation = codegen::allocateRegisters(mf);
    std::vector<std::string> problems = codegen::checkAllocation(mf, allocation);
    EXPECT_TRUE(problems.empty()) << "seed " << seed << ": " << problems.front();
    spilledFunctions += allocation.spilledRegisters > 0;
    xmmSpills += spillsXmm(mf);
  }
  // The generator must exercise spilling, not only easy cases.
  EXPECT_GT(spilledFunctions, FunctionCount / 10);
  if (withFloats) {
    EXPECT_GT(xmmSpills, FunctionCount / 10);
  }
}

void compareWithInterpreter(bool withFloats) {
  ir::Module m;
  ir::Function* mix = m.createFunction("mix", signatureOf(Type::i64(), {Type::i64(), Type::i64()}));
  ir::Function* fmix =
      withFloats ? m.createFunction("fmix", signatureOf(Type::f64(), {Type::f64(), Type::f64()}))
                 : nullptr;
  std::vector<ir::Function*> functions;
  for (unsigned seed = 0; seed < FunctionCount; ++seed)
    functions.push_back(
        RandomFunction(m, mix, 1000 + seed, "r" + std::to_string(seed), fmix).function());
  std::string decls, calls, expected;
  const std::int64_t args[] = {7, -123456789, 42, 1LL << 40, -1, 3, 99999, -77, 5, 0x5555, 11};
  for (ir::Function* f : functions) {
    std::vector<std::int64_t> actual(args, args + f->arguments.size());
    std::string list;
    for (std::size_t i = 0; i < actual.size(); ++i)
      list += (i ? ", " : "") + std::to_string(actual[i]) + "L";
    decls += "long " + f->name() + "();\n";
    calls += "  printf(\"%ld\\n\", " + f->name() + "(" + list + "));\n";
    expected += std::to_string(Interpreter().run(*f, actual)) + "\n";
  }
  std::string program = "#include <stdio.h>\nlong mix(long a, long b) { return (long)((unsigned "
                        "long)a * 31 + (unsigned long)b); }\n"
                        "double fmix(double a, double b) { return a * 0.5 + b; }\n" +
                        decls + "int main(void) {\n" + calls + "  return 0;\n}\n";
  EXPECT_EQ(runWithMain(m, program), expected);
}

TEST(RegAllocRandom, CheckerAcceptsEveryAllocation) {
  checkRandomAllocations(false);
}

TEST(RegAllocRandom, CompiledCodeMatchesInterpreter) {
  compareWithInterpreter(false);
}

TEST(RegAllocRandom, CheckerAcceptsEveryAllocationWithXmm) {
  checkRandomAllocations(true);
}

TEST(RegAllocRandom, CompiledCodeWithDoublesMatchesInterpreter) {
  compareWithInterpreter(true);
}

} // namespace
