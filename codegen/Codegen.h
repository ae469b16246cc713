// codegen/Codegen.h — the x86-64 System V backend's entry point.
//
// Provides: emitAssembly (IR module -> GNU assembler text). Needs: ir/IR.h.
// The stages it runs, in order, are listed in codegen/Codegen.cpp.
#pragma once

#include "ir/Diagnostics.h"
#include "ir/IR.h"

#include <iosfwd>
#include <string>

namespace minicc::codegen {

struct CodegenOptions {
  int optLevel = 0;
  std::string printAfter; // dump the machine IR after this stage ("all": after every one)
  std::ostream* printStream = nullptr;
  // Run the register allocation checker on every function (an internal error if it fails).
  bool verifyRegAlloc = false;
  // -fPIC/-fpic: code for a shared object, where a global symbol may be preempted by another
  // module's definition, so it is reached through the GOT and called through the PLT.
  bool positionIndependent = false;
  // -g: line tables (.file/.loc) from the IR instructions' source positions.
  bool debugLineTables = false;
};

// Returns false after reporting through `diags` when the module uses something the backend does
// not support yet (an `.ir` file can say anything). Throws InternalError on a broken invariant.
bool emitAssembly(ir::Module& module, std::ostream& out, const CodegenOptions& options,
                  DiagnosticEngine& diags);

} // namespace minicc::codegen
