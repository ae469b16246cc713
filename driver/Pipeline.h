// driver/Pipeline.h — the stages that turn one input into one output, in order.
//
// Provides: Pipeline::run (cpp → frontend → IR passes → backend → gcc -c, stopping at the
// requested stage). Needs: Options.h, Preprocess.h, Process.h, and the stage entry points
// frontend/Frontend.h, ir/TextIO.h, ir/Verifier.h, ir/Passes.h, codegen/Codegen.h.
// Errors are reported through a DiagnosticEngine of the input's own; run() then returns false
// and the caller discards the (temporary) output.
#pragma once

#include "driver/Options.h"
#include "driver/Preprocess.h"
#include "driver/Process.h"
#include "ir/Diagnostics.h"
#include "ir/IR.h"

#include <memory>
#include <string>

namespace minicc::driver {

class Pipeline {
public:
  Pipeline(const Options& options, ToolRunner& tools)
      : options_(options), tools_(tools), preprocessor_(options, tools) {}

  // Compiles `input` up to `stopAfter` into `outputPath` (empty: standard output).
  // `dependencies`: where -MD/-MMD write the dependency file (nullptr: no file).
  bool run(const Input& input, Stage stopAfter, const std::string& outputPath,
           const DependencyOutput* dependencies);

private:
  bool runStages(const Input& input, Stage stopAfter, const std::string& outputPath,
                 const DependencyOutput* dependencies);
  bool preprocessToOutput(const Input& input, const std::string& outputPath,
                          const DependencyOutput* dependencies);
  bool preprocess(const Input& input, const DependencyOutput* dependencies, std::string& text);
  bool readInput(const Input& input, std::string& text);
  std::unique_ptr<ir::Module> runFrontend(const std::string& text, const std::string& fileName);
  std::unique_ptr<ir::Module> readIR(const std::string& text, const std::string& fileName);
  void verifyFrontendOutput(const ir::Module& module);
  void runPasses(ir::Module& module);
  bool generateAssembly(ir::Module& module, std::string& assembly);
  bool assemble(const std::string& assembly, const std::string& objectPath);
  bool assembleFile(const Input& input, const std::string& objectPath);
  bool writeOutput(const std::string& text, const std::string& outputPath);
  void failForTesting(const std::string& outputPath);

  const Options& options_;
  DiagnosticEngine* diags_ = nullptr; // the current input's engine, during run()
  ToolRunner& tools_;
  Preprocessor preprocessor_;
};

// Applies -fdiagnostics-color, -Werror and -w to `diags`.
void configureDiagnostics(DiagnosticEngine& diags, const Options& options);

// The name diagnostics use for an input ("<stdin>" for "-", as cpp writes it).
std::string displayName(const Input& input);

} // namespace minicc::driver
