// A reference interpreter for the integer subset of the IR (test-only): integer arithmetic,
// comparisons, conversions between integers and pointers, select, allocas, loads and stores,
// phis, branches, switches, calls to functions defined in the module, ret. It follows
// docs/ir.md exactly and reports what the IR leaves undefined (division by zero, INT_MIN / -1,
// shifts by the width or more, reading undef) as an error instead of picking a value, so a
// program that runs without error has one meaning that optimised code must reproduce.
#pragma once

#include "ir/BitOps.h"
#include "ir/IR.h"

#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace minicc::ir::interp {

struct Outcome {
  bool ok = true;
  std::string error; // why the program has no defined result
  std::uint64_t value = 0;
};

class Interpreter {
public:
  explicit Interpreter(std::uint64_t stepLimit = 1'000'000) : stepsLeft_(stepLimit) {}

  Outcome call(const Function& f, const std::vector<std::uint64_t>& args) {
    Outcome out;
    try {
      out.value = run(f, args, 0);
    } catch (const std::string& e) {
      out.ok = false;
      out.error = e;
    }
    return out;
  }

private:
  static std::uint64_t mask(Type t) {
    return t.bits() >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << t.bits()) - 1;
  }
  static std::int64_t asSigned(std::uint64_t v, Type t) {
    return canonicalizeInt(t.bits() == 1 ? Type::i8() : t,
                           static_cast<std::int64_t>(t.bits() == 1 && v ? ~std::uint64_t{0} : v));
  }

  struct Frame {
    std::unordered_map<const Value*, std::uint64_t> values;
    std::vector<std::unique_ptr<std::uint8_t[]>> slots;
  };

  std::uint64_t get(Frame& frame, const Value* v) {
    switch (v->valueKind()) {
    case ValueKind::ConstantInt: return static_cast<const ConstantInt*>(v)->zextValue();
    case ValueKind::Undef: throw std::string("read of undef");
    case ValueKind::Argument:
    case ValueKind::Instruction: {
      auto it = frame.values.find(v);
      if (it == frame.values.end()) throw std::string("use of a value never computed");
      return it->second;
    }
    default: throw std::string("unsupported operand kind");
    }
  }

  std::uint64_t binary(Opcode op, Type t, std::uint64_t a, std::uint64_t b) {
    std::uint64_t m = mask(t);
    std::int64_t sa = asSigned(a, t), sb = asSigned(b, t);
    std::int64_t min = asSigned(std::uint64_t{1} << (t.bits() - 1), t);
    switch (op) {
    case Opcode::Add: return (a + b) & m;
    case Opcode::Sub: return (a - b) & m;
    case Opcode::Mul: return (a * b) & m;
    case Opcode::And: return a & b;
    case Opcode::Or: return a | b;
    case Opcode::Xor: return a ^ b;
    case Opcode::SDiv:
    case Opcode::SRem:
      if (sb == 0 || (sa == min && sb == -1)) throw std::string("undefined signed division");
      return static_cast<std::uint64_t>(op == Opcode::SDiv ? sa / sb : sa % sb) & m;
    case Opcode::UDiv:
    case Opcode::URem:
      if (b == 0) throw std::string("division by zero");
      return op == Opcode::UDiv ? a / b : a % b;
    case Opcode::Shl:
    case Opcode::LShr:
    case Opcode::AShr:
      if (b >= t.bits()) throw std::string("shift by the width or more");
      if (op == Opcode::Shl) return (a << b) & m;
      if (op == Opcode::LShr) return a >> b;
      return static_cast<std::uint64_t>(sa >> b) & m;
    default: throw std::string("unsupported binary opcode");
    }
  }

  bool compare(Predicate p, Type t, std::uint64_t a, std::uint64_t b) {
    std::int64_t sa = asSigned(a, t), sb = asSigned(b, t);
    switch (p) {
    case Predicate::Eq: return a == b;
    case Predicate::Ne: return a != b;
    case Predicate::SLt: return sa < sb;
    case Predicate::SLe: return sa <= sb;
    case Predicate::SGt: return sa > sb;
    case Predicate::SGe: return sa >= sb;
    case Predicate::ULt: return a < b;
    case Predicate::ULe: return a <= b;
    case Predicate::UGt: return a > b;
    case Predicate::UGe: return a >= b;
    default: throw std::string("unsupported predicate");
    }
  }

  std::uint64_t evaluate(Frame& frame, const Instruction& inst) {
    auto op = [&](unsigned i) { return get(frame, inst.operand(i)); };
    Type t = inst.type();
    switch (inst.opcode()) {
    case Opcode::Neg: return (0 - op(0)) & mask(t);
    case Opcode::Not: return ~op(0) & mask(t);
    case Opcode::Clz:
    case Opcode::Ctz:
    case Opcode::Popcount:
    case Opcode::Bswap: return evaluateBitOperation(inst.opcode(), t.bits(), op(0)) & mask(t);
    case Opcode::ICmp: return compare(inst.predicate, inst.operand(0)->type(), op(0), op(1));
    case Opcode::SExt:
      return static_cast<std::uint64_t>(asSigned(op(0), inst.operand(0)->type())) & mask(t);
    case Opcode::ZExt:
    case Opcode::PtrToInt:
    case Opcode::IntToPtr: return op(0);
    case Opcode::Trunc: return op(0) & mask(t);
    case Opcode::PtrAdd: return op(0) + op(1);
    case Opcode::Select: return op(0) ? op(1) : op(2);
    case Opcode::Alloca: {
      frame.slots.push_back(std::make_unique<std::uint8_t[]>(inst.allocSize + 1));
      return reinterpret_cast<std::uint64_t>(frame.slots.back().get());
    }
    case Opcode::Load: {
      std::uint64_t v = 0;
      std::memcpy(&v, reinterpret_cast<void*>(op(0)), t.size());
      return v & mask(t);
    }
    default: return binary(inst.opcode(), t, op(0), op(1));
    }
  }

  std::uint64_t run(const Function& f, const std::vector<std::uint64_t>& args, int depth) {
    if (depth > 200) throw std::string("recursion too deep");
    Frame frame;
    for (std::size_t i = 0; i < args.size(); ++i) frame.values[f.arguments[i].get()] = args[i];
    const BasicBlock* block = f.entry();
    const BasicBlock* from = nullptr;
    for (;;) {
      // Phis read their values on the edge, all at once.
      std::vector<std::pair<const Instruction*, std::uint64_t>> phiValues;
      std::size_t i = 0;
      for (; i < block->instructions.size(); ++i) {
        const Instruction& inst = *block->instructions[i];
        if (inst.opcode() != Opcode::Phi) break;
        std::optional<std::uint64_t> v;
        for (std::size_t k = 0; k < inst.targets.size(); ++k)
          if (inst.targets[k] == from) v = get(frame, inst.operands[k]);
        if (!v) throw std::string("phi without an entry for the edge taken");
        phiValues.push_back({&inst, *v});
      }
      for (auto& [phi, v] : phiValues) frame.values[phi] = v;
      for (; i < block->instructions.size(); ++i) {
        if (stepsLeft_-- == 0) throw std::string("step limit");
        const Instruction& inst = *block->instructions[i];
        switch (inst.opcode()) {
        case Opcode::Store: {
          std::uint64_t v = get(frame, inst.operand(0));
          std::memcpy(reinterpret_cast<void*>(get(frame, inst.operand(1))), &v,
                      inst.operand(0)->type().size());
          break;
        }
        case Opcode::Call: {
          std::vector<std::uint64_t> callArgs;
          for (unsigned k = 1; k < inst.numOperands(); ++k)
            callArgs.push_back(get(frame, inst.operand(k)));
          auto* callee = dynamic_cast<const Function*>(inst.operand(0));
          if (!callee || callee->isDeclaration()) throw std::string("call of an unknown function");
          std::uint64_t r = run(*callee, callArgs, depth + 1);
          if (inst.hasResult()) frame.values[&inst] = r;
          break;
        }
        case Opcode::Br:
          from = block;
          block = inst.targets[get(frame, inst.operand(0)) ? 0 : 1];
          break;
        case Opcode::Jmp:
          from = block;
          block = inst.targets[0];
          break;
        case Opcode::Switch: {
          std::uint64_t v = get(frame, inst.operand(0));
          const BasicBlock* to = inst.targets[0];
          for (std::size_t k = 0; k < inst.caseValues.size(); ++k)
            if ((static_cast<std::uint64_t>(inst.caseValues[k]) & mask(inst.operand(0)->type())) ==
                v)
              to = inst.targets[k + 1];
          from = block;
          block = to;
          break;
        }
        case Opcode::Ret: return inst.numOperands() ? get(frame, inst.operand(0)) : 0;
        case Opcode::Unreachable: throw std::string("reached unreachable");
        default: frame.values[&inst] = evaluate(frame, inst);
        }
        if (inst.isTerminator()) break;
      }
    }
  }

  std::uint64_t stepsLeft_;
};

} // namespace minicc::ir::interp
