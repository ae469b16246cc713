// Random functions built with ir::Builder (straight-line code with many live values, loops
// with phis, diamonds, calls in the middle, division and variable shifts with their fixed
// registers) are (1) allocated and checked by the allocation checker, and (2) compiled, linked
// with a gcc main and run, their results compared with a small IR interpreter's.
#include "CodegenTestSupport.h"
#include "codegen/ISel.h"
#include "codegen/RegAlloc.h"
#include "codegen/RegAllocChecker.h"

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
    return values_.at(v);
  }

  std::int64_t evaluate(const ir::Instruction& I) {
    auto u = [&](unsigned i) { return static_cast<std::uint64_t>(get(I.operand(i))); };
    auto s = [&](unsigned i) { return get(I.operand(i)); };
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
    case Opcode::Call: r = mixReference(s(1), s(2)); break;
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
  RandomFunction(ir::Module& m, ir::Function* mix, unsigned seed, const std::string& name)
      : m_(m), b_(m), mix_(mix), rng_(seed) {
    unsigned params = 1 + pick(10);
    f_ = m.createFunction(name, signatureOf(Type::i64(), std::vector<Type>(params, Type::i64())));
    b_.setInsertPoint(f_->createBlock("entry"));
    for (auto& arg : f_->arguments) pool_.push_back(arg.get());
    emitOps(4 + pick(12));
    for (unsigned shapes = 1 + pick(3); shapes-- > 0;) {
      if (pick(2))
        emitLoop();
      else
        emitDiamond();
    }
    // Everything in the pool stays live to the end.
    ir::Value* result = pool_.front();
    for (std::size_t i = 1; i < pool_.size(); ++i)
      result = b_.binary(Opcode::Xor, result, pool_[i]);
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
    for (unsigned i = 0; i < n; ++i) pool_.push_back(randomOp());
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
    std::size_t mark = pool_.size();
    for (auto& [phi, init] : carried) pool_.push_back(phi);
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
    b_.setInsertPoint(exit);
  }

  // if (x < y) { ops } else { ops } join: phis of one value from each side
  void emitDiamond() {
    ir::BasicBlock* thenBlock = f_->createBlock("then" + std::to_string(blocks_++));
    ir::BasicBlock* elseBlock = f_->createBlock("else" + std::to_string(blocks_++));
    ir::BasicBlock* join = f_->createBlock("join" + std::to_string(blocks_++));
    b_.br(b_.icmp(Predicate::SLt, operand(), operand()), thenBlock, elseBlock);
    std::size_t mark = pool_.size();
    b_.setInsertPoint(thenBlock);
    emitOps(1 + pick(5));
    ir::Value* fromThen = pool_.back();
    b_.jmp(join);
    pool_.resize(mark);
    b_.setInsertPoint(elseBlock);
    emitOps(1 + pick(5));
    ir::Value* fromElse = pool_.back();
    b_.jmp(join);
    pool_.resize(mark);
    b_.setInsertPoint(join);
    ir::Instruction* phi = b_.phi(join, Type::i64());
    ir::Builder::addIncoming(phi, fromThen, thenBlock);
    ir::Builder::addIncoming(phi, fromElse, elseBlock);
    pool_.push_back(phi);
  }

  ir::Module& m_;
  ir::Builder b_;
  ir::Function* mix_;
  ir::Function* f_ = nullptr;
  std::mt19937 rng_;
  std::vector<ir::Value*> pool_;
  unsigned blocks_ = 0;
};

constexpr unsigned FunctionCount = 80;

TEST(RegAllocRandom, CheckerAcceptsEveryAllocation) {
  ir::Module m;
  ir::Function* mix = m.createFunction("mix", signatureOf(Type::i64(), {Type::i64(), Type::i64()}));
  unsigned spilledFunctions = 0;
  for (unsigned seed = 0; seed < FunctionCount; ++seed) {
    ir::Function* f = RandomFunction(m, mix, seed, "r" + std::to_string(seed)).function();
    codegen::CallABI abi = codegen::lowerSignature(f->signature());
    codegen::MachineFunction mf = codegen::selectInstructions(*f, abi, seed);
    codegen::Allocation allocation = codegen::allocateRegisters(mf);
    std::vector<std::string> problems = codegen::checkAllocation(mf, allocation);
    EXPECT_TRUE(problems.empty()) << "seed " << seed << ": " << problems.front();
    spilledFunctions += allocation.spilledRegisters > 0;
  }
  // The generator must exercise spilling, not only easy cases.
  EXPECT_GT(spilledFunctions, FunctionCount / 10);
}

TEST(RegAllocRandom, CompiledCodeMatchesInterpreter) {
  ir::Module m;
  ir::Function* mix = m.createFunction("mix", signatureOf(Type::i64(), {Type::i64(), Type::i64()}));
  std::vector<ir::Function*> functions;
  for (unsigned seed = 0; seed < FunctionCount; ++seed)
    functions.push_back(RandomFunction(m, mix, 1000 + seed, "r" + std::to_string(seed)).function());
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
                        "long)a * 31 + (unsigned long)b); }\n" +
                        decls + "int main(void) {\n" + calls + "  return 0;\n}\n";
  EXPECT_EQ(runWithMain(m, program), expected);
}

} // namespace
