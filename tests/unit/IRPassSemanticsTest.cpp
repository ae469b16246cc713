// Differential test of the pass pipeline: random programs shaped like the frontend's output
// (locals in allocas, structured if/else, loops, switches, calls, a pointer to a local) are run
// by a reference interpreter before and after the passes of each -O level; the results must be
// equal, and the verifier must accept the IR after every pass.
// MINICC_IR_SEMANTICS_ROUNDS=N and MINICC_IR_SEMANTICS_SEED=S run longer searches.
#include "IRInterpreter.h"
#include "ir/Builder.h"
#include "ir/Passes.h"
#include "ir/TextIO.h"
#include "ir/Verifier.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <random>
#include <sstream>

using namespace minicc;
using namespace minicc::ir;

namespace {

class ProgramGenerator {
public:
  ProgramGenerator(Module& m, std::uint32_t seed) : m_(m), b_(m), rng_(seed) {}

  // @helper(i32, i32) -> i32 and @main(i32, i32, i64) -> i64, which calls it.
  void generate() {
    helper_ = function("helper", {Type::i32(), Type::i32()}, Type::i32());
    buildBody(helper_, 2);
    Function* main = function("main", {Type::i32(), Type::i32(), Type::i64()}, Type::i64());
    buildBody(main, 3);
  }

private:
  struct Local {
    Instruction* slot;
    Type type;
  };

  Function* function(const std::string& name, std::vector<Type> params, Type ret) {
    Signature sig;
    sig.params = std::move(params);
    sig.returnType = ret;
    return m_.createFunction(name, sig);
  }

  unsigned pick(unsigned n) { return static_cast<unsigned>(rng_() % n); }
  Type randomIntType() {
    static const Type types[] = {Type::i8(), Type::i16(), Type::i32(), Type::i64()};
    return types[pick(4)];
  }
  Value* constant(Type t) {
    static const std::int64_t interesting[] = {0,   1,   -1,     2,     7,          -128,
                                               127, 255, -32768, 65535, 2147483647, -2147483648LL};
    return m_.constantInt(t, pick(3) ? interesting[pick(12)] : static_cast<std::int64_t>(rng_()));
  }
  BasicBlock* newBlock(const char* name) { return function_->createBlock(name); }

  Value* convert(Value* v, Type to) {
    Type from = v->type();
    if (from == to) return v;
    if (from.bits() > to.bits()) return b_.convert(Opcode::Trunc, v, to);
    return b_.convert(pick(2) ? Opcode::SExt : Opcode::ZExt, v, to);
  }

  Value* load(const Local& local, Type as) {
    Value* ptr = local.slot;
    if (local.slot == addressTaken_.slot && pointerSlot_)
      ptr = b_.load(Type::ptr(), pointerSlot_); // through the pointer: stays in memory
    return convert(b_.load(local.type, ptr), as);
  }

  // Operations whose result is always defined: divisors are made non-zero and non-negative,
  // shift counts are masked below the width.
  Value* expression(Type t, int depth) {
    if (depth <= 0 || pick(4) == 0)
      return pick(3) ? load(locals_[pick(static_cast<unsigned>(locals_.size()))], t) : constant(t);
    Value* a = expression(t, depth - 1);
    Value* c = expression(t, depth - 1);
    switch (pick(9)) {
    case 0: {
      static const Opcode ops[] = {Opcode::Add, Opcode::Sub, Opcode::Mul,
                                   Opcode::And, Opcode::Or,  Opcode::Xor};
      return b_.binary(ops[pick(6)], a, c);
    }
    case 1: {
      Value* divisor = b_.binary(Opcode::Or, b_.binary(Opcode::LShr, c, m_.constantInt(t, 1)),
                                 m_.constantInt(t, 1));
      static const Opcode ops[] = {Opcode::SDiv, Opcode::UDiv, Opcode::SRem, Opcode::URem};
      return b_.binary(ops[pick(4)], a, divisor);
    }
    case 2: {
      Value* count = b_.binary(Opcode::And, c, m_.constantInt(t, t.bits() - 1));
      static const Opcode ops[] = {Opcode::Shl, Opcode::LShr, Opcode::AShr};
      return b_.binary(ops[pick(3)], a, count);
    }
    case 3: return b_.select(condition(depth - 1), a, c);
    case 4: return b_.unary(pick(2) ? Opcode::Neg : Opcode::Not, a);
    case 5: return b_.convert(Opcode::ZExt, condition(depth - 1), t.bits() > 1 ? t : Type::i8());
    case 6:
      if (function_ != helper_)
        return convert(b_.call(helper_, helper_->signature(),
                               {convert(a, Type::i32()), convert(c, Type::i32())}),
                       t);
      return a;
    default: return b_.binary(Opcode::Add, a, constant(t));
    }
  }

  Value* condition(int depth) {
    Type t = randomIntType();
    static const Predicate preds[] = {
        Predicate::Eq,  Predicate::Ne,  Predicate::SLt, Predicate::SLe, Predicate::SGt,
        Predicate::SGe, Predicate::ULt, Predicate::ULe, Predicate::UGt, Predicate::UGe};
    return b_.icmp(preds[pick(10)], expression(t, depth), expression(t, depth));
  }

  void assign() {
    const Local& local = locals_[pick(static_cast<unsigned>(locals_.size()))];
    Value* v = expression(local.type, 3);
    Value* ptr = local.slot;
    if (local.slot == addressTaken_.slot && pointerSlot_) ptr = b_.load(Type::ptr(), pointerSlot_);
    b_.store(v, ptr);
  }

  void ifElse(int depth) {
    BasicBlock* then = newBlock("then");
    BasicBlock* otherwise = newBlock("else");
    BasicBlock* join = newBlock("join");
    b_.br(condition(2), then, pick(3) ? otherwise : join);
    b_.setInsertPoint(then);
    statements(depth - 1);
    if (pick(6) == 0) returnNow(); // an early return leaves the rest of the block unreachable
    if (!b_.blockIsTerminated()) b_.jmp(join);
    b_.setInsertPoint(otherwise);
    statements(depth - 1);
    b_.jmp(join);
    b_.setInsertPoint(join);
  }

  // for (counter = 0; counter < bound; ++counter) body — the counter is a local of its own.
  void loop(int depth) {
    Instruction* counter = b_.alloca(4, 4);
    counter->setName("counter");
    b_.store(m_.constantInt(Type::i32(), 0), counter);
    BasicBlock* head = newBlock("head");
    BasicBlock* body = newBlock("body");
    BasicBlock* exit = newBlock("exit");
    b_.jmp(head);
    b_.setInsertPoint(head);
    Value* i = b_.load(Type::i32(), counter);
    b_.br(b_.icmp(Predicate::SLt, i, m_.constantInt(Type::i32(), 1 + pick(5))), body, exit);
    b_.setInsertPoint(body);
    statements(depth - 1);
    Value* again = b_.load(Type::i32(), counter);
    b_.store(b_.binary(Opcode::Add, again, m_.constantInt(Type::i32(), 1)), counter);
    b_.jmp(head);
    b_.setInsertPoint(exit);
  }

  void switchStatement(int depth) {
    const Local& local = locals_[pick(static_cast<unsigned>(locals_.size()))];
    Value* v = b_.binary(Opcode::And, load(local, Type::i32()), m_.constantInt(Type::i32(), 7));
    BasicBlock* end = newBlock("switch.end");
    BasicBlock* dflt = newBlock("switch.default");
    Instruction* sw = b_.switchOn(v, dflt);
    std::vector<BasicBlock*> cases;
    for (int c = 0; c < 3; ++c) {
      cases.push_back(newBlock("case"));
      Builder::addCase(sw, c * 2, cases.back());
    }
    for (std::size_t c = 0; c < cases.size(); ++c) {
      b_.setInsertPoint(cases[c]);
      statements(depth - 1);
      // Fall through to the next case now and then, as C does without `break`.
      b_.jmp(pick(3) == 0 && c + 1 < cases.size() ? cases[c + 1] : end);
    }
    b_.setInsertPoint(dflt);
    statements(depth - 1);
    b_.jmp(end);
    b_.setInsertPoint(end);
  }

  void statements(int depth) {
    int count = 1 + static_cast<int>(pick(3));
    for (int s = 0; s < count; ++s) {
      unsigned kind = depth > 0 ? pick(6) : 0;
      if (kind <= 2)
        assign();
      else if (kind == 3)
        ifElse(depth);
      else if (kind == 4)
        loop(depth);
      else
        switchStatement(depth);
    }
  }

  // Returns a combination of every local, so that every store can matter.
  void returnNow() {
    Type ret = function_->signature().returnType;
    Value* acc = m_.constantInt(ret, 0x9E37);
    for (const Local& local : locals_) {
      acc = b_.binary(Opcode::Mul, acc, m_.constantInt(ret, 31));
      acc = b_.binary(Opcode::Xor, acc, load(local, ret));
    }
    b_.ret(acc);
  }

  void buildBody(Function* f, unsigned params) {
    function_ = f;
    locals_.clear();
    pointerSlot_ = nullptr;
    b_.setInsertPoint(f->createBlock("entry"));
    // Parameters are stored into their own slots, then a few more locals, all initialised.
    for (unsigned i = 0; i < params; ++i) {
      Instruction* slot = b_.alloca(f->arguments[i]->type().size(), f->arguments[i]->type().size());
      slot->setName("p" + std::to_string(i));
      b_.store(f->arguments[i].get(), slot);
      locals_.push_back({slot, f->arguments[i]->type()});
    }
    for (unsigned i = 0, n = 1 + pick(4); i < n; ++i) {
      Type t = randomIntType();
      Instruction* slot = b_.alloca(t.size(), t.size());
      slot->setName("v" + std::to_string(i));
      b_.store(constant(t), slot);
      locals_.push_back({slot, t});
    }
    // Sometimes one local's address is taken: accesses to it go through a pointer.
    addressTaken_ = locals_.back();
    if (pick(2)) {
      pointerSlot_ = b_.alloca(8, 8);
      pointerSlot_->setName("ptr");
      b_.store(addressTaken_.slot, pointerSlot_);
    }
    statements(3);
    returnNow();
  }

  Module& m_;
  Builder b_;
  std::mt19937 rng_;
  Function* function_ = nullptr;
  Function* helper_ = nullptr;
  std::vector<Local> locals_;
  Local addressTaken_{};
  Instruction* pointerSlot_ = nullptr;
};

std::unique_ptr<Module> copyOf(const Module& m) {
  std::ostringstream text, errors;
  printModule(m, text);
  DiagnosticEngine diags(errors);
  auto copy = parseModule(text.str(), "copy.ir", diags);
  EXPECT_NE(copy, nullptr) << errors.str();
  return copy;
}

unsigned envOr(const char* name, unsigned fallback) {
  const char* v = std::getenv(name);
  return v ? static_cast<unsigned>(std::strtoul(v, nullptr, 10)) : fallback;
}

std::string text(const Module& m) {
  std::ostringstream out;
  printModule(m, out);
  return out.str();
}

TEST(IRPassSemantics, RandomProgramsComputeTheSameAtEveryLevel) {
  unsigned rounds = envOr("MINICC_IR_SEMANTICS_ROUNDS", 300);
  unsigned seed = envOr("MINICC_IR_SEMANTICS_SEED", 1);
  const std::vector<std::vector<std::uint64_t>> inputs = {
      {0, 0, 0}, {1, 2, 3}, {0xFFFFFFFF, 7, 0x8000000000000000}, {0x80000000, 0x7FFFFFFF, 12345}};
  unsigned defined = 0;
  for (unsigned round = 0; round < rounds; ++round) {
    Module original;
    ProgramGenerator(original, seed * 100003 + round).generate();
    ASSERT_EQ(verifyModule(original), std::vector<std::string>{}) << text(original);
    std::vector<interp::Outcome> expected;
    for (auto& args : inputs)
      expected.push_back(interp::Interpreter().call(*original.findFunction("main"), args));
    for (int level = 0; level <= 2; ++level) {
      auto optimised = copyOf(original);
      ASSERT_NE(optimised, nullptr);
      PassOptions options;
      options.optLevel = level;
      options.verifyEach = true;
      try {
        runPassPipeline(*optimised, options);
      } catch (const InternalError& e) {
        FAIL() << "round " << round << " -O" << level << ": " << e.what() << "\n" << text(original);
      }
      for (std::size_t k = 0; k < inputs.size(); ++k) {
        if (!expected[k].ok) continue; // undefined behaviour: any result is right
        ++defined;
        interp::Outcome got =
            interp::Interpreter().call(*optimised->findFunction("main"), inputs[k]);
        ASSERT_TRUE(got.ok) << "round " << round << " -O" << level << ": " << got.error << "\n"
                            << text(original) << "\n--- optimised:\n"
                            << text(*optimised);
        ASSERT_EQ(got.value, expected[k].value)
            << "round " << round << " -O" << level << " input " << k << "\n"
            << text(original) << "\n--- optimised:\n"
            << text(*optimised);
      }
    }
  }
  // Most generated programs must be fully defined, or the comparison tests little.
  EXPECT_GT(defined, rounds * inputs.size() * 3 / 2);
}

} // namespace
