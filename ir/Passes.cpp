// ir/Passes.cpp — the pass pipeline: which passes run at each -O level, in order.
//
// Provides: runPassPipeline (Passes.h). Needs: the passes (one file each), Verifier.h, TextIO.h.
// Each pass runs over every function definition before the next pass starts. With
// options.verifyEach the verifier checks the module before the first pass and after each one
// (a failure is an internal error naming the pass); options.printAfter prints the module after
// the named pass, or after every pass with "all", under a `; IR after <pass>` comment line.
#include "ir/Passes.h"

#include "ir/Diagnostics.h"
#include "ir/TextIO.h"
#include "ir/Verifier.h"

#include <iostream>
#include <vector>

namespace minicc::ir {
namespace {

struct Pass {
  const char* name;
  bool (*run)(Function&);
};

// SSA construction runs at every level: the backend relies on values being in virtual
// registers (TEAM.md).
const std::vector<Pass> pipelineO0 = {
    {"mem2reg", promoteAllocas},
};

const std::vector<Pass> pipelineO1 = {
    {"mem2reg", promoteAllocas},  {"instsimplify", simplifyInstructions},
    {"simplifycfg", simplifyCFG}, {"instsimplify", simplifyInstructions},
    {"dce", eliminateDeadCode},
};

const std::vector<Pass> pipelineO2 = {
    {"mem2reg", promoteAllocas},  {"instsimplify", simplifyInstructions},
    {"simplifycfg", simplifyCFG}, {"licm", hoistLoopInvariants},
    {"gvn", numberValues},        {"instsimplify", simplifyInstructions},
    {"simplifycfg", simplifyCFG}, {"dce", eliminateDeadCode},
};

const std::vector<Pass>& pipelineFor(int optLevel) {
  if (optLevel <= 0) return pipelineO0;
  if (optLevel == 1) return pipelineO1;
  return pipelineO2;
}

void verifyOrFail(const Module& module, const std::string& when) {
  std::vector<std::string> problems = verifyModule(module);
  if (problems.empty()) return;
  std::string message = "invalid IR " + when + ":";
  for (const std::string& p : problems) message += "\n  " + p;
  internalError(message);
}

} // namespace

void runPassPipeline(Module& module, const PassOptions& options) {
  std::ostream& out = options.printStream ? *options.printStream : std::cerr;
  if (options.verifyEach) verifyOrFail(module, "before the passes");
  for (const Pass& pass : pipelineFor(options.optLevel)) {
    for (auto& function : module.functions)
      if (!function->isDeclaration()) pass.run(*function);
    if (options.verifyEach) verifyOrFail(module, std::string("after ") + pass.name);
    if (options.printAfter == "all" || options.printAfter == pass.name) {
      out << "; IR after " << pass.name << "\n";
      printModule(module, out);
    }
  }
}

} // namespace minicc::ir
