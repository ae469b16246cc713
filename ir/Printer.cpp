// ir/Printer.cpp — writes a Module in the IR text form (docs/ir.md).
//
// Provides: printModule, printFunction (TextIO.h). Needs: IR.h, TextSyntax.h.
// The output is deterministic and reads back through parseModule to the same text: unnamed
// values and blocks are numbered in order of appearance, duplicate names get `.1`, `.2`, ...
// suffixes that collide with no other name. The printer never fails: it is also the debugging
// view of IR that the verifier rejects, so it prints what it finds (`<null>`, `<badref>`).
#include "ir/TextIO.h"
#include "ir/TextSyntax.h"

#include <iostream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace minicc::ir {
namespace {

using text::spellName;

// Gives each entity of one namespace a distinct printable name, in the order asked.
class NameAssigner {
public:
  // Every explicit name first, so that a `.N` suffix never takes a name someone else has.
  void reserve(const std::string& name) {
    if (!name.empty() && !text::isNumericName(name)) explicit_.insert(name);
  }
  std::string assign(const std::string& requested) {
    if (requested.empty() || text::isNumericName(requested)) return std::to_string(next_++);
    if (taken_.insert(requested).second) return requested;
    for (unsigned k = 1;; ++k) {
      std::string candidate = requested + "." + std::to_string(k);
      if (!explicit_.count(candidate) && taken_.insert(candidate).second) return candidate;
    }
  }

private:
  std::unordered_set<std::string> explicit_;
  std::unordered_set<std::string> taken_;
  unsigned next_ = 0;
};

using LayoutNames = std::unordered_map<const AggregateLayout*, std::string>;

LayoutNames nameLayouts(const Module* module) {
  LayoutNames names;
  if (!module) return names;
  NameAssigner assigner;
  for (auto& layout : module->layouts) assigner.reserve(layout->name);
  for (auto& layout : module->layouts) names[layout.get()] = assigner.assign(layout->name);
  return names;
}

std::string typeName(Type type, const LayoutNames& layouts) {
  if (type.kind() != TypeKind::Aggregate) return text::typeKeyword(type);
  auto it = layouts.find(type.layout());
  if (it != layouts.end()) return "%" + spellName(it->second);
  return type.layout() ? "%" + spellName(type.layout()->name) : "%<null-layout>";
}

const char* extensionSuffix(Extension e) {
  switch (e) {
  case Extension::Sign: return " signext";
  case Extension::Zero: return " zeroext";
  case Extension::None: break;
  }
  return "";
}

const char* linkagePrefix(Linkage linkage) {
  switch (linkage) {
  case Linkage::Internal: return "internal ";
  case Linkage::Private: return "private ";
  case Linkage::External: break;
  }
  return "";
}

std::string integerConstant(const ConstantInt& c) {
  if (c.type().kind() == TypeKind::I1) return c.value() ? "true" : "false";
  if (c.type().isPointer() && c.value() == 0) return "null";
  return std::to_string(c.value());
}

} // namespace

namespace text {

class FunctionPrinter {
public:
  FunctionPrinter(const Function& function, const LayoutNames& layouts, std::ostream& out)
      : function_(function), layouts_(layouts), out_(&out) {
    nameEverything();
  }

  // The function as text.
  void print() {
    *out_ << (function_.isDeclaration() ? "declare " : "define ")
          << linkagePrefix(function_.linkage) << '@' << spellName(function_.name());
    // Definitions name their parameters; declarations give only the types.
    printSignature(function_.signature(), !function_.isDeclaration());
    if (function_.isDeclaration()) {
      *out_ << '\n';
      return;
    }
    *out_ << " {\n";
    for (auto& bb : function_.blocks) printBlock(*bb);
    *out_ << "}\n";
  }

  // One instruction (without its `%x = ` prefix), a block or an operand, for messages.
  std::string instructionText(const Instruction& inst) {
    std::ostringstream text;
    std::ostream* saved = out_;
    out_ = &text;
    if (inst.hasResult()) text << ref(&inst) << " = ";
    printInstruction(inst);
    out_ = saved;
    return text.str();
  }
  std::string blockText(const BasicBlock* bb) const { return block(bb); }
  std::string valueText(const Value* v) const { return value(v); }

private:
  void nameEverything() {
    NameAssigner assigner;
    for (auto& arg : function_.arguments) assigner.reserve(arg->name());
    for (auto& bb : function_.blocks) {
      assigner.reserve(bb->name());
      for (auto& inst : bb->instructions)
        if (inst->hasResult()) assigner.reserve(inst->name());
    }
    for (auto& arg : function_.arguments) names_[arg.get()] = assigner.assign(arg->name());
    for (auto& bb : function_.blocks) {
      names_[bb.get()] = assigner.assign(bb->name());
      for (auto& inst : bb->instructions)
        if (inst->hasResult()) names_[inst.get()] = assigner.assign(inst->name());
    }
  }

  std::string type(Type t) const { return typeName(t, layouts_); }

  std::string ref(const void* entity) const {
    auto it = names_.find(entity);
    return it == names_.end() ? "%<badref>" : "%" + spellName(it->second);
  }

  std::string block(const BasicBlock* bb) const { return bb ? ref(bb) : "%<null>"; }

  std::string value(const Value* v) const {
    if (!v) return "<null>";
    switch (v->valueKind()) {
    case ValueKind::ConstantInt: return integerConstant(static_cast<const ConstantInt&>(*v));
    case ValueKind::ConstantFloat:
      return text::formatFloat(v->type(), static_cast<const ConstantFloat&>(*v).value());
    case ValueKind::Undef: return "undef";
    case ValueKind::Function:
    case ValueKind::GlobalVariable: return "@" + spellName(v->name());
    case ValueKind::Argument:
    case ValueKind::Instruction: return ref(v);
    }
    return "<bad-value>";
  }

  std::string typed(const Value* v) const {
    return v ? type(v->type()) + " " + value(v) : "<null>";
  }

  // Operand i, or a marker when the instruction has too few (IR the verifier rejects).
  const Value* op(const Instruction& inst, unsigned i) const {
    return i < inst.numOperands() ? inst.operand(i) : nullptr;
  }
  const BasicBlock* target(const Instruction& inst, unsigned i) const {
    return i < inst.targets.size() ? inst.targets[i] : nullptr;
  }

  void printBlock(const BasicBlock& bb) {
    std::string label = names_[&bb];
    *out_ << spellName(label) << ":\n";
    for (auto& inst : bb.instructions) {
      *out_ << "  ";
      if (inst->hasResult()) *out_ << ref(inst.get()) << " = ";
      printInstruction(*inst);
      *out_ << '\n';
    }
  }

  std::string alignSuffix(const Instruction& inst) const {
    return inst.allocAlign != 1 ? ", align " + std::to_string(inst.allocAlign) : "";
  }

  void printInstruction(const Instruction& inst);
  void printCall(const Instruction& inst);
  void printSignature(const Signature& sig, bool withArgumentNames = false);

  const Function& function_;
  const LayoutNames& layouts_;
  std::ostream* out_;
  std::unordered_map<const void*, std::string> names_;
};

void FunctionPrinter::printSignature(const Signature& sig, bool withArgumentNames) {
  *out_ << '(';
  for (std::size_t i = 0; i < sig.params.size(); ++i) {
    if (i) *out_ << ", ";
    *out_ << type(sig.params[i]) << extensionSuffix(sig.paramExtension(i));
    if (withArgumentNames && i < function_.arguments.size())
      *out_ << ' ' << ref(function_.arguments[i].get());
  }
  if (sig.isVariadic) *out_ << (sig.params.empty() ? "..." : ", ...");
  *out_ << ") -> " << type(sig.returnType) << extensionSuffix(sig.returnExtension);
}

void FunctionPrinter::printCall(const Instruction& inst) {
  *out_ << "call ";
  printSignature(inst.signature);
  *out_ << ' ' << value(op(inst, 0)) << '(';
  std::size_t fixed = inst.signature.params.size();
  for (unsigned i = 1; i < inst.numOperands(); ++i) {
    if (i > 1) *out_ << ", ";
    std::size_t variadic = i - 1 - fixed; // index into variadicTypes when i - 1 >= fixed
    if (i - 1 >= fixed && variadic < inst.variadicTypes.size() &&
        inst.variadicTypes[variadic].isAggregate())
      *out_ << type(inst.variadicTypes[variadic]) << ' ' << value(inst.operand(i));
    else
      *out_ << typed(inst.operand(i));
  }
  *out_ << ')';
}

void FunctionPrinter::printInstruction(const Instruction& inst) {
  Opcode opc = inst.opcode();
  const char* name = opcodeName(opc);
  switch (opc) {
  case Opcode::Add:
  case Opcode::Sub:
  case Opcode::Mul:
  case Opcode::SDiv:
  case Opcode::UDiv:
  case Opcode::SRem:
  case Opcode::URem:
  case Opcode::And:
  case Opcode::Or:
  case Opcode::Xor:
  case Opcode::Shl:
  case Opcode::LShr:
  case Opcode::AShr:
  case Opcode::FAdd:
  case Opcode::FSub:
  case Opcode::FMul:
  case Opcode::FDiv:
    *out_ << name << ' ' << type(inst.type()) << ' ' << value(op(inst, 0)) << ", "
          << value(op(inst, 1));
    return;
  case Opcode::Neg:
  case Opcode::Not:
  case Opcode::Clz:
  case Opcode::Ctz:
  case Opcode::Popcount:
  case Opcode::Bswap:
  case Opcode::FNeg: *out_ << name << ' ' << type(inst.type()) << ' ' << value(op(inst, 0)); return;
  case Opcode::ICmp:
  case Opcode::FCmp:
    *out_ << name << ' ' << predicateName(inst.predicate) << ' ' << typed(op(inst, 0)) << ", "
          << value(op(inst, 1));
    return;
  case Opcode::SExt:
  case Opcode::ZExt:
  case Opcode::Trunc:
  case Opcode::SIToFP:
  case Opcode::UIToFP:
  case Opcode::FPToSI:
  case Opcode::FPToUI:
  case Opcode::FPExt:
  case Opcode::FPTrunc:
  case Opcode::PtrToInt:
  case Opcode::IntToPtr:
    *out_ << name << ' ' << typed(op(inst, 0)) << " to " << type(inst.type());
    return;
  case Opcode::PtrAdd:
    *out_ << name << ' ' << typed(op(inst, 0)) << ", " << typed(op(inst, 1));
    return;
  case Opcode::Select:
    *out_ << name << ' ' << typed(op(inst, 0)) << ", " << type(inst.type()) << ' '
          << value(op(inst, 1)) << ", " << value(op(inst, 2));
    return;
  case Opcode::Alloca:
    *out_ << "alloca size " << inst.allocSize << ", align " << inst.allocAlign;
    return;
  case Opcode::Load:
    *out_ << "load " << (inst.isVolatile ? "volatile " : "") << type(inst.type()) << ", "
          << typed(op(inst, 0)) << alignSuffix(inst);
    return;
  case Opcode::Store:
    *out_ << "store " << (inst.isVolatile ? "volatile " : "") << typed(op(inst, 0)) << ", "
          << typed(op(inst, 1)) << alignSuffix(inst);
    return;
  case Opcode::MemCopy:
    *out_ << "memcopy " << (inst.isVolatile ? "volatile " : "") << typed(op(inst, 0)) << ", "
          << typed(op(inst, 1)) << ", size " << inst.copySize << alignSuffix(inst);
    return;
  case Opcode::Call: printCall(inst); return;
  case Opcode::VaStart:
  case Opcode::VaEnd: *out_ << name << ' ' << typed(op(inst, 0)); return;
  case Opcode::VaCopy:
    *out_ << name << ' ' << typed(op(inst, 0)) << ", " << typed(op(inst, 1));
    return;
  case Opcode::VaArg:
    *out_ << name << ' ' << type(inst.vaArgType) << ", " << typed(op(inst, 0));
    return;
  case Opcode::DynAlloca:
    *out_ << name << ' ' << typed(op(inst, 0)) << ", align " << inst.allocAlign;
    return;
  case Opcode::StackSave: *out_ << name; return;
  case Opcode::StackRestore: *out_ << name << ' ' << typed(op(inst, 0)); return;
  case Opcode::Phi:
    *out_ << name << ' ' << type(inst.type());
    for (std::size_t i = 0; i < inst.operands.size() || i < inst.targets.size(); ++i)
      *out_ << (i ? ", [" : " [") << value(op(inst, static_cast<unsigned>(i))) << ", "
            << block(target(inst, static_cast<unsigned>(i))) << ']';
    return;
  case Opcode::Br:
    *out_ << name << ' ' << typed(op(inst, 0)) << ", " << block(target(inst, 0)) << ", "
          << block(target(inst, 1));
    return;
  case Opcode::Jmp: *out_ << name << ' ' << block(target(inst, 0)); return;
  case Opcode::Switch: {
    const Value* v = op(inst, 0);
    *out_ << name << ' ' << typed(v) << ", " << block(target(inst, 0)) << " [";
    for (std::size_t i = 0; i < inst.caseValues.size(); ++i) {
      std::int64_t c = v ? canonicalizeInt(v->type(), inst.caseValues[i]) : inst.caseValues[i];
      *out_ << (i ? ", " : "") << c << ": " << block(target(inst, static_cast<unsigned>(i + 1)));
    }
    *out_ << ']';
    return;
  }
  case Opcode::Ret:
    *out_ << name << ' ' << (inst.numOperands() ? typed(op(inst, 0)) : "void");
    return;
  case Opcode::Unreachable: *out_ << name; return;
  }
  *out_ << "<bad-opcode>";
}

FunctionFormatter::FunctionFormatter(const Function& function)
    : layouts_(std::make_unique<LayoutNames>(nameLayouts(function.parent()))),
      printer_(std::make_unique<FunctionPrinter>(function, *layouts_, std::cerr)) {}
FunctionFormatter::~FunctionFormatter() = default;
std::string FunctionFormatter::instruction(const Instruction& inst) const {
  return printer_->instructionText(inst);
}
std::string FunctionFormatter::block(const BasicBlock* bb) const {
  return printer_->blockText(bb);
}
std::string FunctionFormatter::value(const Value* v) const {
  return printer_->valueText(v);
}

} // namespace text

namespace {

void printLayout(const AggregateLayout& layout, const LayoutNames& names, std::ostream& out) {
  out << "type %" << spellName(names.at(&layout)) << " = " << (layout.isUnion ? "union " : "")
      << (layout.isComplex ? "complex " : "") << "{ size " << layout.size << ", align "
      << layout.align << ", [";
  for (std::size_t i = 0; i < layout.members.size(); ++i) {
    const AggregateMember& m = layout.members[i];
    out << (i ? ", " : "") << m.offset << ": ";
    if (m.count != 1)
      out << '[' << m.count << " x " << typeName(m.type, names) << ']';
    else
      out << typeName(m.type, names);
  }
  out << "] }\n";
}

void printInitPiece(const InitPiece& piece, std::ostream& out) {
  switch (piece.kind) {
  case InitPiece::Kind::Bytes:
    out << "bytes "
        << text::quoteBytes(std::string_view(reinterpret_cast<const char*>(piece.bytes.data()),
                                             piece.bytes.size()));
    return;
  case InitPiece::Kind::Zero: out << "zero " << piece.zeroCount; return;
  case InitPiece::Kind::Address:
    out << "addr @" << spellName(piece.symbol);
    if (piece.addend > 0) out << " + " << piece.addend;
    // Negate in unsigned arithmetic so INT64_MIN prints as `- 9223372036854775808`.
    if (piece.addend < 0) out << " - " << (0 - static_cast<std::uint64_t>(piece.addend));
    return;
  }
}

void printGlobal(const GlobalVariable& g, std::ostream& out) {
  out << '@' << spellName(g.name()) << " = " << linkagePrefix(g.linkage)
      << (g.isThreadLocal ? "thread_local " : "") << (g.isConstant ? "constant" : "global")
      << " size " << g.size << ", align " << g.align;
  if (g.hasInitializer) {
    out << " [";
    for (std::size_t i = 0; i < g.initializer.size(); ++i) {
      if (i) out << ", ";
      printInitPiece(g.initializer[i], out);
    }
    out << ']';
  }
  out << '\n';
}

} // namespace

void printModule(const Module& module, std::ostream& out) {
  LayoutNames layouts = nameLayouts(&module);
  bool needBlank = false;
  auto separate = [&] {
    if (needBlank) out << '\n';
    needBlank = true;
  };
  if (!module.sourceFileName.empty()) {
    separate();
    out << "source_filename = " << text::quoteBytes(module.sourceFileName) << '\n';
  }
  if (!module.layouts.empty()) separate();
  for (auto& layout : module.layouts) printLayout(*layout, layouts, out);
  if (!module.globals.empty()) separate();
  for (auto& g : module.globals) printGlobal(*g, out);
  if (!module.weakSymbols.empty()) separate();
  for (const Module::WeakSymbol& weak : module.weakSymbols) {
    out << "weak @" << weak.name;
    if (!weak.aliasTarget.empty()) out << " alias @" << weak.aliasTarget;
    out << '\n';
  }
  bool previousWasDeclaration = false;
  for (auto& f : module.functions) {
    // Declarations group together; every definition stands apart.
    if (!(previousWasDeclaration && f->isDeclaration())) separate();
    text::FunctionPrinter(*f, layouts, out).print();
    previousWasDeclaration = f->isDeclaration();
  }
}

void printFunction(const Function& function, std::ostream& out) {
  LayoutNames layouts = nameLayouts(function.parent());
  text::FunctionPrinter(function, layouts, out).print();
}

} // namespace minicc::ir
