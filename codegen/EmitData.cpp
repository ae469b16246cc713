// codegen/EmitData.cpp — global variables as assembler data.
//
// Provides: emitGlobals. Needs: ir/IR.h, ISel.h (symbol names).
//
// Sections: constants in .rodata (or .data.rel.ro when they hold addresses, which the dynamic
// linker must relocate in a PIE), zero-initialized data in .bss, the rest in .data; thread-local
// ones in .tbss/.tdata. External
// declarations emit nothing; the assembler treats undefined symbols as external.
#include "codegen/Emit.h"
#include "codegen/ISel.h"

#include <bit>
#include <ostream>

namespace minicc::codegen {

namespace {

const char* sectionFor(const ir::GlobalVariable& g) {
  bool hasAddresses = false;
  for (const ir::InitPiece& p : g.initializer)
    hasAddresses |= p.kind == ir::InitPiece::Kind::Address;
  // Thread-local objects: the template every thread's copy starts from (TLS ABI 2.1), "T" flag.
  if (g.isThreadLocal)
    return g.isZeroInitialized() ? "\t.section\t.tbss,\"awT\",@nobits\n"
                                 : "\t.section\t.tdata,\"awT\",@progbits\n";
  if (g.isConstant)
    return hasAddresses ? "\t.section\t.data.rel.ro,\"aw\"\n" : "\t.section\t.rodata\n";
  return g.isZeroInitialized() ? "\t.bss\n" : "\t.data\n";
}

bool isPlainText(const std::vector<std::uint8_t>& bytes) {
  for (std::uint8_t b : bytes)
    if (b != 0 && b != '\n' && b != '\t' && (b < 0x20 || b > 0x7e)) return false;
  return true;
}

void emitBytes(const std::vector<std::uint8_t>& bytes, std::ostream& out) {
  if (isPlainText(bytes)) {
    out << "\t.ascii\t\"";
    for (std::uint8_t b : bytes) {
      if (b == '"' || b == '\\')
        out << '\\' << static_cast<char>(b);
      else if (b == '\n')
        out << "\\n";
      else if (b == '\t')
        out << "\\t";
      else if (b == 0)
        out << "\\000";
      else
        out << static_cast<char>(b);
    }
    out << "\"\n";
    return;
  }
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    out << (i % 16 == 0 ? "\t.byte\t" : ",") << static_cast<unsigned>(bytes[i]);
    if (i % 16 == 15 || i + 1 == bytes.size()) out << '\n';
  }
}

std::string addressTarget(const ir::Module& module, const ir::InitPiece& piece) {
  const ir::GlobalSymbol* symbol = module.findSymbol(piece.symbol);
  std::string name = symbol ? symbolName(*symbol) : piece.symbol;
  if (piece.addend > 0) return name + "+" + std::to_string(piece.addend);
  if (piece.addend < 0) return name + std::to_string(piece.addend);
  return name;
}

void emitGlobal(const ir::Module& module, const ir::GlobalVariable& g, std::ostream& out) {
  std::string name = symbolName(g);
  out << sectionFor(g);
  if (g.linkage == ir::Linkage::External) out << "\t.globl\t" << name << '\n';
  if (g.linkage == ir::Linkage::Internal) out << "\t.local\t" << name << '\n';
  std::uint64_t align = g.align ? g.align : 1;
  if (align > 1) out << "\t.p2align\t" << std::countr_zero(std::bit_ceil(align)) << '\n';
  if (g.linkage != ir::Linkage::Private)
    out << "\t.type\t" << name << ", @object\n\t.size\t" << name << ", " << g.size << '\n';
  out << name << ":\n";
  if (g.isZeroInitialized() && !g.isConstant) {
    out << "\t.zero\t" << (g.size ? g.size : 1) << '\n';
    return;
  }
  for (const ir::InitPiece& piece : g.initializer) {
    switch (piece.kind) {
    case ir::InitPiece::Kind::Bytes: emitBytes(piece.bytes, out); break;
    case ir::InitPiece::Kind::Zero:
      if (piece.zeroCount) out << "\t.zero\t" << piece.zeroCount << '\n';
      break;
    case ir::InitPiece::Kind::Address:
      out << "\t.quad\t" << addressTarget(module, piece) << '\n';
      break;
    }
  }
  if (g.size == 0) out << "\t.zero\t1\n"; // keep distinct objects at distinct addresses
}

} // namespace

void emitGlobals(const ir::Module& module, std::ostream& out) {
  for (const auto& g : module.globals)
    if (g->hasInitializer) emitGlobal(module, *g, out);
}

} // namespace minicc::codegen
