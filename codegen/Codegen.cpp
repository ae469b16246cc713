// codegen/Codegen.cpp — the backend pipeline, one stage per line (read top to bottom).
//
// Provides: emitAssembly (Codegen.h). Needs: every stage of codegen/.
//
//   checkSupported         Support.cpp   reject IR the backend cannot lower yet
//   lowerSignature         ABI.cpp       the function's calling-convention record
//   selectInstructions     ISel*.cpp     IR -> machine IR over virtual registers, phis out
//   allocateRegisters      RegAlloc.cpp  liveness, linear scan, spill code   (Liveness/Spill)
//   checkAllocation        RegAllocChecker.cpp  (with verifyRegAlloc, and in debug builds)
//   assignPhysicalRegisters RegAlloc.cpp virtual -> physical, coalesced copies removed
//   runPeepholes           Peephole.cpp  local clean-ups (lea -> add)
//   layoutFrame            Frame.cpp     frame objects at %rbp offsets, %rsp adjustment
//   simplifyBranches       BranchLayout.cpp  jump threading, tail duplication, fallthrough
//   emitFunction/Globals   Emit*.cpp     GAS text with CFI
// CodegenOptions::printAfter names a stage ("isel", "regalloc", "frame", "all") whose machine
// IR is printed to printStream.
#include "codegen/Codegen.h"

#include "codegen/ABI.h"
#include "codegen/BranchLayout.h"
#include "codegen/Emit.h"
#include "codegen/Frame.h"
#include "codegen/ISel.h"
#include "codegen/Peephole.h"
#include "codegen/RegAlloc.h"
#include "codegen/RegAllocChecker.h"
#include "codegen/Support.h"

#include <iostream>
#include <ostream>

namespace minicc::codegen {

namespace {

void printAfter(const CodegenOptions& options, const char* stage, const MachineFunction& mf) {
  if (options.printAfter != stage && options.printAfter != "all") return;
  std::ostream& out = options.printStream ? *options.printStream : std::cerr;
  out << "# after " << stage << '\n';
  printMachineFunction(mf, out);
}

void compileFunction(const ir::Function& fn, unsigned number, const CodegenOptions& options,
                     std::ostream& out, DebugLineState* lines) {
  CallABI abi = lowerSignature(fn.signature());
  MachineFunction mf = selectInstructions(fn, abi, number, options.positionIndependent);
  printAfter(options, "isel", mf);
  Allocation allocation = allocateRegisters(mf);
#ifndef NDEBUG
  constexpr bool isDebugBuild = true;
#else
  constexpr bool isDebugBuild = false;
#endif
  if (options.verifyRegAlloc || isDebugBuild) {
    std::vector<std::string> problems = checkAllocation(mf, allocation);
    if (!problems.empty()) internalError("register allocation check failed: " + problems.front());
  }
  assignPhysicalRegisters(mf, allocation);
  runPeepholes(mf);
  printAfter(options, "regalloc", mf);
  layoutFrame(mf);
  simplifyBranches(mf);
  printAfter(options, "frame", mf);
  emitFunction(mf, out, lines);
}

} // namespace

bool emitAssembly(ir::Module& module, std::ostream& out, const CodegenOptions& options,
                  DiagnosticEngine& diags) {
  if (!checkSupported(module, diags)) return false;
  if (!module.sourceFileName.empty())
    out << "\t.file\t" << gasQuoted(module.sourceFileName) << '\n';
  unsigned number = 0;
  DebugLineState lines;
  for (const auto& fn : module.functions)
    if (!fn->isDeclaration())
      compileFunction(*fn, number++, options, out, options.debugLineTables ? &lines : nullptr);
  emitGlobals(module, out);
  // #pragma weak, after every .globl so that the binding ends weak (as gcc places them).
  for (const ir::Module::WeakSymbol& weak : module.weakSymbols) {
    out << "\t.weak\t" << weak.name << '\n';
    if (!weak.aliasTarget.empty())
      out << "\t.set\t" << weak.name << ',' << weak.aliasTarget << '\n';
  }
  out << "\t.section\t.note.GNU-stack,\"\",@progbits\n";
  return true;
}

} // namespace minicc::codegen
