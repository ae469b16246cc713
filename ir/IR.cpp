// ir/IR.cpp — the data-structure parts of IR.h: types, blocks, functions, module, constants.
#include "ir/IR.h"

#include "ir/FloatValue.h"

#include <cassert>
#include <cstring>

namespace minicc::ir {

Type Type::intOfBits(unsigned bits) {
  switch (bits) {
  case 1: return i1();
  case 8: return i8();
  case 16: return i16();
  case 32: return i32();
  case 64: return i64();
  }
  assert(false && "no integer type of that width");
  return i64();
}

unsigned Type::bits() const {
  switch (kind_) {
  case TypeKind::I1: return 1;
  case TypeKind::I8: return 8;
  case TypeKind::I16: return 16;
  case TypeKind::I32: return 32;
  case TypeKind::I64:
  case TypeKind::Ptr: return 64;
  case TypeKind::F32: return 32;
  case TypeKind::F64: return 64;
  case TypeKind::F80: return 80;
  default: return 0;
  }
}

std::uint64_t Type::size() const {
  switch (kind_) {
  case TypeKind::Void: return 0;
  case TypeKind::I1:
  case TypeKind::I8: return 1;
  case TypeKind::I16: return 2;
  case TypeKind::I32:
  case TypeKind::F32: return 4;
  case TypeKind::I64:
  case TypeKind::F64:
  case TypeKind::Ptr: return 8;
  case TypeKind::F80: return 16;
  case TypeKind::Aggregate: return layout_ ? layout_->size : 0;
  }
  return 0;
}

std::uint64_t Type::align() const {
  if (kind_ == TypeKind::Aggregate) return layout_ ? layout_->align : 1;
  if (kind_ == TypeKind::Void) return 1;
  return size();
}

std::int64_t canonicalizeInt(Type type, std::int64_t value) {
  unsigned bits = type.bits();
  if (bits == 0 || bits >= 64) return value;
  std::uint64_t mask = (std::uint64_t{1} << bits) - 1;
  std::uint64_t v = static_cast<std::uint64_t>(value) & mask;
  if (bits == 1) return static_cast<std::int64_t>(v); // i1 is 0 or 1
  std::uint64_t sign = std::uint64_t{1} << (bits - 1);
  return static_cast<std::int64_t>((v ^ sign) - sign);
}

std::uint64_t ConstantInt::zextValue() const {
  unsigned bits = type().bits();
  if (bits == 0 || bits >= 64) return static_cast<std::uint64_t>(value_);
  return static_cast<std::uint64_t>(value_) & ((std::uint64_t{1} << bits) - 1);
}

Instruction* BasicBlock::terminator() const {
  if (instructions.empty() || !instructions.back()->isTerminator()) return nullptr;
  return instructions.back().get();
}

std::vector<BasicBlock*> BasicBlock::successors() const {
  Instruction* term = terminator();
  if (!term) return {};
  return term->targets;
}

Instruction* BasicBlock::append(std::unique_ptr<Instruction> inst) {
  inst->setParent(this);
  instructions.push_back(std::move(inst));
  return instructions.back().get();
}

Instruction* BasicBlock::insert(std::size_t insertAt, std::unique_ptr<Instruction> inst) {
  inst->setParent(this);
  auto it = instructions.insert(instructions.begin() + static_cast<std::ptrdiff_t>(insertAt),
                                std::move(inst));
  return it->get();
}

Function::Function(std::string name, Signature sig, Module* parent)
    : GlobalSymbol(ValueKind::Function, std::move(name)), signature_(std::move(sig)),
      parent_(parent) {
  for (unsigned i = 0; i < signature_.params.size(); ++i) {
    Type t = signature_.params[i];
    // Aggregate parameters arrive as the address of the callee's copy (IR.h).
    arguments.push_back(std::make_unique<Argument>(t.isAggregate() ? Type::ptr() : t, this, i));
  }
}

BasicBlock* Function::createBlock(std::string name) {
  blocks.push_back(std::make_unique<BasicBlock>(std::move(name), this));
  return blocks.back().get();
}

void Function::replaceUses(const std::map<const Value*, Value*>& replacements) {
  if (replacements.empty()) return;
  auto resolve = [&](Value* v) {
    for (auto it = replacements.find(v); it != replacements.end(); it = replacements.find(v))
      v = it->second;
    return v;
  };
  for (auto& bb : blocks)
    for (auto& inst : bb->instructions)
      for (Value*& op : inst->operands) op = resolve(op);
}

std::uint64_t InitPiece::size() const {
  switch (kind) {
  case Kind::Bytes: return bytes.size();
  case Kind::Zero: return zeroCount;
  case Kind::Address: return 8;
  }
  return 0;
}

bool GlobalVariable::isZeroInitialized() const {
  if (!hasInitializer) return false;
  for (const InitPiece& p : initializer) {
    if (p.kind == InitPiece::Kind::Address) return false;
    if (p.kind == InitPiece::Kind::Bytes)
      for (std::uint8_t b : p.bytes)
        if (b != 0) return false;
  }
  return true;
}

AggregateLayout* Module::createLayout(std::string name) {
  layouts.push_back(std::make_unique<AggregateLayout>());
  layouts.back()->name = std::move(name);
  return layouts.back().get();
}

const AggregateLayout* Module::findLayout(const std::string& name) const {
  for (auto& l : layouts)
    if (l->name == name) return l.get();
  return nullptr;
}

GlobalVariable* Module::createGlobal(std::string name, std::uint64_t size, std::uint64_t align) {
  globals.push_back(std::make_unique<GlobalVariable>(std::move(name), size, align));
  return globals.back().get();
}

Function* Module::createFunction(std::string name, Signature sig) {
  functions.push_back(std::make_unique<Function>(std::move(name), std::move(sig), this));
  return functions.back().get();
}

Function* Module::findFunction(const std::string& name) const {
  for (auto& f : functions)
    if (f->name() == name) return f.get();
  return nullptr;
}

GlobalVariable* Module::findGlobal(const std::string& name) const {
  for (auto& g : globals)
    if (g->name() == name) return g.get();
  return nullptr;
}

GlobalSymbol* Module::findSymbol(const std::string& name) const {
  if (Function* f = findFunction(name)) return f;
  return findGlobal(name);
}

ConstantInt* Module::constantInt(Type type, std::int64_t value) {
  value = canonicalizeInt(type, value);
  auto& slot = intConstants_[{static_cast<int>(type.kind()), value}];
  if (!slot) slot = std::make_unique<ConstantInt>(type, value);
  return slot.get();
}

ConstantFloat* Module::constantFloat(Type type, long double value) {
  ExtendedBits bits = extendedBits(value);
  auto& slot = floatConstants_[{static_cast<int>(type.kind()), bits.significand, bits.signExponent}];
  if (!slot) slot = std::make_unique<ConstantFloat>(type, value);
  return slot.get();
}

Undef* Module::undef(Type type) {
  auto& slot = undefs_[static_cast<int>(type.kind())];
  if (!slot) slot = std::make_unique<Undef>(type);
  return slot.get();
}

const char* opcodeName(Opcode op) {
  static const char* const names[] = {
      "add",    "sub",    "mul",      "sdiv",     "udiv",     "srem",   "urem",    "and",
      "or",     "xor",    "shl",      "lshr",     "ashr",     "neg",    "not",     "fadd",
      "fsub",   "fmul",   "fdiv",     "fneg",     "icmp",     "fcmp",   "sext",    "zext",
      "trunc",  "sitofp", "uitofp",   "fptosi",   "fptoui",   "fpext",  "fptrunc", "ptrtoint",
      "inttoptr", "ptradd", "select", "alloca",   "load",     "store",  "memcopy", "call",
      "vastart", "vaend", "vacopy",   "vaarg",    "dynalloca", "stacksave", "stackrestore",
      "phi",    "br",     "jmp",      "switch",   "ret",      "unreachable"};
  static_assert(sizeof names / sizeof names[0] == static_cast<int>(Opcode::Unreachable) + 1);
  return names[static_cast<int>(op)];
}

const char* predicateName(Predicate p) {
  static const char* const names[] = {"none", "eq",  "ne",  "slt", "sle", "sgt", "sge", "ult",
                                      "ule",  "ugt", "uge", "oeq", "one", "olt", "ole", "ogt",
                                      "oge",  "ueq", "une", "ult", "ule", "ugt", "uge", "ord",
                                      "uno"};
  static_assert(sizeof names / sizeof names[0] == static_cast<int>(Predicate::Uno) + 1);
  return names[static_cast<int>(p)];
}

} // namespace minicc::ir
