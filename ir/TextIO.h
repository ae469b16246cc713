// ir/TextIO.h — the IR's text form: printer and parser (they round-trip exactly).
//
// Provides: printModule, printFunction, parseModule. Needs: IR.h, Diagnostics.h.
// The grammar is documented in docs/ir.md. print(parse(print(m))) == print(m) for every module.
#pragma once

#include "ir/Diagnostics.h"
#include "ir/IR.h"

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace minicc::ir {

void printModule(const Module& module, std::ostream& out);
void printFunction(const Function& function, std::ostream& out);

// Reports syntax and reference errors as `file:line:col: error: ...`; nullptr on error.
std::unique_ptr<Module> parseModule(std::string_view text, const std::string& fileName,
                                    DiagnosticEngine& diags);

} // namespace minicc::ir
