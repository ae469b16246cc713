// driver/Pipeline.cpp — see Pipeline.h. run() is the whole compiler, top to bottom.
#include "driver/Pipeline.h"

#include "codegen/Codegen.h"
#include "driver/TempFiles.h"
#include "frontend/AstPrinter.h"
#include "frontend/Frontend.h"
#include "ir/Passes.h"
#include "ir/TextIO.h"
#include "ir/Verifier.h"

#include <algorithm>
#include <clocale>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <langinfo.h>
#include <sstream>
#include <unistd.h>

namespace minicc::driver {

std::string displayName(const Input& input) {
  return input.path == "-" ? "<stdin>" : input.path;
}

// gcc quotes with ‘’ when the locale's character set (LC_ALL, LC_CTYPE, LANG) is UTF-8.
static bool localeIsUtf8() {
  static const bool utf8 = [] {
    const char* previous = std::setlocale(LC_CTYPE, nullptr);
    std::string saved = previous ? previous : "C";
    bool result = std::setlocale(LC_CTYPE, "") && std::string(nl_langinfo(CODESET)) == "UTF-8";
    std::setlocale(LC_CTYPE, saved.c_str());
    return result;
  }();
  return utf8;
}

void configureDiagnostics(DiagnosticEngine& diags, const Options& options) {
  bool color = options.color == ColorMode::Always;
  if (options.color == ColorMode::Auto) {
    const char* term = std::getenv("TERM");
    color = isatty(STDERR_FILENO) && !(term && std::string(term) == "dumb");
  }
  diags.setColor(color);
  diags.setUnicodeQuotes(localeIsUtf8());
  diags.setWarningsAsErrors(options.warningsAsErrors);
  diags.setSuppressWarnings(options.suppressWarnings);
  for (const std::string& option : options.warningOptions) {
    std::string_view name = option;
    bool negated = name.starts_with("no-");
    if (negated) name.remove_prefix(3);
    if (name.starts_with("error="))
      diags.setWarningError(std::string(name.substr(6)), !negated);
    else if (!negated && (name == "all" || name == "extra"))
      diags.enableWarningGroup(std::string(name));
    else
      diags.setWarningEnabled(std::string(name), !negated);
  }
}

bool Pipeline::run(const Input& input, Stage stopAfter, const std::string& outputPath,
                   const DependencyOutput* dependencies) {
  // Each input gets its own engine: an error in one input must not fail the next one.
  DiagnosticEngine inputDiags(std::cerr);
  configureDiagnostics(inputDiags, options_);
  diags_ = &inputDiags;
  bool ok = runStages(input, stopAfter, outputPath, dependencies) && !inputDiags.hasErrors();
  inputDiags.printWarningsAsErrorsSummary();
  diags_ = nullptr;
  return ok;
}

bool Pipeline::runStages(const Input& input, Stage stopAfter, const std::string& outputPath,
                         const DependencyOutput* dependencies) {
  if (stopAfter == Stage::Preprocess) return preprocessToOutput(input, outputPath, dependencies);
  if (input.kind == InputKind::Assembly || input.kind == InputKind::AssemblyWithCpp)
    return assembleFile(input, outputPath);

  // 1. The text: C through cpp, or a .i / .ir file as it is.
  std::string text;
  bool haveText =
      input.kind == InputKind::C ? preprocess(input, dependencies, text) : readInput(input, text);
  if (!haveText) return false;
  if (options_.testFailure != TestFailure::None) failForTesting(outputPath);

  // 2. The frontend (parse, check, lower to IR), or the IR parser for .ir inputs.
  std::unique_ptr<ir::Module> module = input.kind == InputKind::IR
                                           ? readIR(text, displayName(input))
                                           : runFrontend(text, displayName(input));
  if (!module) return false;
  if (stopAfter == Stage::SyntaxOnly) return true;

  // 3. The target-independent passes for the -O level.
  runPasses(*module);
  if (stopAfter == Stage::EmitIR) {
    std::ostringstream irText;
    ir::printModule(*module, irText);
    return writeOutput(irText.str(), outputPath);
  }

  // 4. The x86-64 backend.
  std::string assembly;
  if (!generateAssembly(*module, assembly)) return false;
  if (stopAfter == Stage::Assembly) return writeOutput(assembly, outputPath);

  // 5. The assembler (gcc -c).
  return assemble(assembly, outputPath);
}

bool Pipeline::preprocessToOutput(const Input& input, const std::string& outputPath,
                                  const DependencyOutput* dependencies) {
  std::vector<std::string> argv;
  if (input.kind == InputKind::AssemblyWithCpp) {
    // Assembly is gcc's business, with gcc's own predefined macros.
    argv = {"gcc", "-E"};
    argv.insert(argv.end(), options_.preprocessorArgs.begin(), options_.preprocessorArgs.end());
    argv.push_back(input.path);
    if (!outputPath.empty()) argv.insert(argv.end(), {"-o", outputPath});
  } else if (!preprocessor_.command(input.path, outputPath, dependencies, argv)) {
    return false;
  }
  return tools_.run(argv);
}

bool Pipeline::preprocess(const Input& input, const DependencyOutput* dependencies,
                          std::string& text) {
  std::vector<std::string> argv;
  return preprocessor_.command(input.path, "", dependencies, argv) &&
         tools_.runCapturingOutput(argv, text);
}

bool Pipeline::readInput(const Input& input, std::string& text) {
  std::ostringstream contents;
  if (input.path == "-") {
    contents << std::cin.rdbuf();
  } else {
    std::ifstream file(input.path, std::ios::binary);
    if (!file) {
      diags_->error({}, input.path + ": No such file or directory");
      return false;
    }
    contents << file.rdbuf();
  }
  text = contents.str();
  return true;
}

std::unique_ptr<ir::Module> Pipeline::runFrontend(const std::string& text,
                                                  const std::string& fileName) {
  frontend::AstContext ast;
  frontend::TranslationUnit unit;
  if (!frontend::parseTranslationUnit(text, fileName, ast, unit, *diags_)) return nullptr;
  if (options_.dumpAst) frontend::printAst(unit, std::cout);
  std::unique_ptr<ir::Module> module = frontend::lowerTranslationUnit(unit, ast, fileName, *diags_);
  if (!module || diags_->hasErrors()) return nullptr;
  if (options_.printAfter == "frontend" || options_.printAfter == "all") {
    std::cerr << "; *** IR after frontend ***\n";
    ir::printModule(*module, std::cerr);
  }
  if (options_.verifyEach) verifyFrontendOutput(*module);
  return module;
}

void Pipeline::verifyFrontendOutput(const ir::Module& module) {
  std::vector<std::string> problems = ir::verifyModule(module);
  if (problems.empty()) return;
  std::string message = "the frontend produced invalid IR:";
  for (const std::string& problem : problems) message += "\n  " + problem;
  internalError(message);
}

std::unique_ptr<ir::Module> Pipeline::readIR(const std::string& text, const std::string& fileName) {
  std::unique_ptr<ir::Module> module = ir::parseModule(text, fileName, *diags_);
  if (!module || diags_->hasErrors()) return nullptr;
  // An .ir file can say anything: what the verifier rejects is the user's error.
  std::vector<std::string> problems = ir::verifyModule(*module);
  for (const std::string& problem : problems)
    diags_->error({diags_->internFile(fileName), 0, 0}, "invalid IR: " + problem);
  return problems.empty() ? std::move(module) : nullptr;
}

void Pipeline::runPasses(ir::Module& module) {
  ir::PassOptions passOptions;
  passOptions.optLevel = std::min(options_.optLevel, 2); // -O3 is -O2 today
  passOptions.verifyEach = options_.verifyEach;
  passOptions.printAfter = options_.printAfter;
  passOptions.printStream = &std::cerr;
  ir::runPassPipeline(module, passOptions);
}

bool Pipeline::generateAssembly(ir::Module& module, std::string& assembly) {
  codegen::CodegenOptions codegenOptions;
  codegenOptions.optLevel = std::min(options_.optLevel, 2);
  codegenOptions.positionIndependent = options_.positionIndependent;
  codegenOptions.debugLineTables = options_.debugLineTables;
  codegenOptions.printAfter = options_.printAfter;
  codegenOptions.printStream = &std::cerr;
  std::ostringstream out;
  if (!codegen::emitAssembly(module, out, codegenOptions, *diags_) || diags_->hasErrors())
    return false;
  assembly = out.str();
  return true;
}

bool Pipeline::assemble(const std::string& assembly, const std::string& objectPath) {
  TempFile assemblyFile(".s");
  if (!writeOutput(assembly, assemblyFile.path())) return false;
  return assembleFile({assemblyFile.path(), InputKind::Assembly}, objectPath);
}

bool Pipeline::assembleFile(const Input& input, const std::string& objectPath) {
  std::vector<std::string> argv = {"gcc", "-c"};
  argv.insert(argv.end(), options_.assemblerArgs.begin(), options_.assemblerArgs.end());
  if (input.kind == InputKind::AssemblyWithCpp)
    argv.insert(argv.end(), options_.preprocessorArgs.begin(), options_.preprocessorArgs.end());
  argv.insert(argv.end(), {input.path, "-o", objectPath});
  return tools_.run(argv);
}

bool Pipeline::writeOutput(const std::string& text, const std::string& outputPath) {
  if (outputPath.empty()) {
    std::cout << text;
    std::cout.flush();
    return true;
  }
  std::ofstream out(outputPath, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    diags_->error({}, "cannot write '" + outputPath + "'");
    return false;
  }
  return true;
}

// The hidden -fminicc-internal-error-for-testing / -fminicc-crash-for-testing: fail after part
// of the output exists, as a real internal error in a late stage would.
void Pipeline::failForTesting(const std::string& outputPath) {
  if (!outputPath.empty()) writeOutput("# partial output\n", outputPath);
  if (options_.testFailure == TestFailure::Crash) std::raise(SIGSEGV);
  internalError("failing on purpose (-fminicc-internal-error-for-testing)");
}

} // namespace minicc::driver
