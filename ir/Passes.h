// ir/Passes.h — the target-independent pass pipeline.
//
// Provides: runPassPipeline (the list of passes for each -O level, readable in one place) and
// the individual passes. Needs: IR.h.
#pragma once

#include "ir/IR.h"

#include <iosfwd>
#include <string>

namespace minicc::ir {

struct PassOptions {
  int optLevel = 0;                 // -O0/-O1/-O2
  bool verifyEach = false;          // run the verifier after every pass (tests, debug builds)
  std::string printAfter;           // print the IR after the pass with this name ("all": every one)
  std::ostream* printStream = nullptr;
};

void runPassPipeline(Module& module, const PassOptions& options);

// The passes, one file each (its header comment says what it requires and provides). Each runs
// on one function definition and returns whether it changed it.
bool promoteAllocas(Function& function);       // "mem2reg"      Mem2Reg.cpp
bool simplifyCFG(Function& function);          // "simplifycfg"  SimplifyCFG.cpp
bool simplifyInstructions(Function& function); // "instsimplify" InstSimplify.cpp
bool eliminateDeadCode(Function& function);    // "dce"          DeadCode.cpp
bool numberValues(Function& function);         // "gvn"          ValueNumbering.cpp
bool hoistLoopInvariants(Function& function);  // "licm"         LoopInvariantCodeMotion.cpp

} // namespace minicc::ir
