// driver/Driver.cpp — see Driver.h.
#include "driver/Driver.h"

#include "driver/Options.h"
#include "driver/Pipeline.h"
#include "driver/Process.h"
#include "driver/TempFiles.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace minicc::driver {
namespace {

// "dir/name.c" -> "name": gcc names outputs after the input's base name, in the current
// directory.
std::string stemOf(const std::string& path) {
  auto slash = path.rfind('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  auto dot = base.rfind('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

// "d/q.o" -> "d/q.d", "app" -> "app.d".
std::string withSuffixReplaced(const std::string& path, const std::string& suffix) {
  auto slash = path.rfind('/');
  auto dot = path.rfind('.');
  bool hasSuffix = dot != std::string::npos && (slash == std::string::npos || dot > slash + 1);
  return (hasSuffix ? path.substr(0, dot) : path) + suffix;
}

bool sameFile(const std::string& a, const std::string& b) {
  struct stat sa, sb;
  return stat(a.c_str(), &sa) == 0 && stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

bool isCompiled(InputKind kind) {
  return kind == InputKind::C || kind == InputKind::PreprocessedC || kind == InputKind::IR;
}

// Whether `kind` gives an output of its own when compilation stops at `stage` (-E, -S, -c …).
bool producesOutput(InputKind kind, Stage stage) {
  switch (stage) {
  case Stage::Preprocess: return kind == InputKind::C || kind == InputKind::AssemblyWithCpp;
  case Stage::SyntaxOnly:
  case Stage::EmitIR:
  case Stage::Assembly: return isCompiled(kind);
  case Stage::Object:
    return isCompiled(kind) || kind == InputKind::Assembly || kind == InputKind::AssemblyWithCpp;
  case Stage::Executable: return kind != InputKind::LinkerFlag;
  }
  return false;
}

void printVersion(std::ostream& out) {
  out << "minicc " << MINICC_VERSION << "\n"
      << "Target: x86_64-pc-linux-gnu (System V AMD64 ABI)\n";
}

class Driver {
public:
  Driver(Options options, DiagnosticEngine& diags)
      : options_(std::move(options)), diags_(diags), tools_(diags, options_.verbose),
        pipeline_(options_, tools_) {}

  bool run();

private:
  bool checkInputs();
  bool checkOutputPath();
  bool compileEach();
  bool compileOne(const Input& input);
  bool compileAndLink();
  std::string outputNameFor(const Input& input) const;
  bool overwritesInput(const std::string& outputName);
  std::unique_ptr<OutputFile> openDependencyFile(const Input& input,
                                                 DependencyOutput& dependencies);

  Options options_;
  DiagnosticEngine& diags_;
  ToolRunner tools_;
  Pipeline pipeline_;
};

bool Driver::run() {
  if (!checkInputs() || !checkOutputPath()) return false;
  try {
    return options_.stage == Stage::Executable ? compileAndLink() : compileEach();
  } catch (const FileError& error) {
    diags_.error({}, error.what());
    return false;
  }
}

bool Driver::checkInputs() {
  bool ok = true;
  for (Input& input : options_.inputs) {
    if (input.kind == InputKind::LinkerFlag) continue;
    if (input.path == "-") {
      // gcc: standard input has no suffix, so its language must be given.
      if (input.kind == InputKind::LinkerInput && options_.stage == Stage::Preprocess)
        input.kind = InputKind::C;
      if (input.kind == InputKind::LinkerInput) {
        diags_.error({}, "-E or -x required when input is from standard input");
        ok = false;
      }
      continue;
    }
    struct stat info;
    if (stat(input.path.c_str(), &info) != 0) {
      diags_.error({}, input.path + ": " + std::strerror(errno));
      ok = false;
    }
  }
  return ok;
}

bool Driver::checkOutputPath() {
  if (!options_.outputPath || options_.stage == Stage::SyntaxOnly) return true;
  if (options_.stage != Stage::Executable) {
    int outputs = 0;
    for (const Input& input : options_.inputs)
      if (producesOutput(input.kind, options_.stage)) ++outputs;
    if (outputs > 1) {
      diags_.error({}, "cannot specify '-o' with '-c', '-S' or '-E' with multiple files");
      return false;
    }
  }
  bool toStdoutAllowed = options_.stage == Stage::Preprocess || options_.stage == Stage::EmitIR ||
                         options_.stage == Stage::Assembly;
  if (*options_.outputPath == "-" && !toStdoutAllowed) {
    diags_.error({}, "'-o -' (standard output) works only with -E, -S and --emit-ir");
    return false;
  }
  return true;
}

// -E, -fsyntax-only, --emit-ir, -S, -c: each input gives its own output.
bool Driver::compileEach() {
  bool ok = true;
  for (const Input& input : options_.inputs) {
    if (input.kind == InputKind::LinkerInput)
      diags_.warning({}, input.path + ": linker input file unused because linking not done");
    if (producesOutput(input.kind, options_.stage)) ok = compileOne(input) && ok;
  }
  return ok;
}

bool Driver::compileOne(const Input& input) {
  std::string outputName = outputNameFor(input);
  std::unique_ptr<OutputFile> output;
  if (!outputName.empty()) {
    if (overwritesInput(outputName)) return false;
    output = std::make_unique<OutputFile>(outputName, OutputFile::Kind::Data);
  }
  DependencyOutput dependencies;
  std::unique_ptr<OutputFile> dependencyFile = openDependencyFile(input, dependencies);

  if (!pipeline_.run(input, options_.stage, output ? output->path() : "",
                     dependencyFile ? &dependencies : nullptr))
    return false;
  std::string error;
  if ((output && !output->commit(error)) || (dependencyFile && !dependencyFile->commit(error))) {
    diags_.error({}, error);
    return false;
  }
  return true;
}

// gcc refuses to write over one of its inputs (`minicc a.c -o a.c`, `--emit-ir f.ir`).
bool Driver::overwritesInput(const std::string& outputName) {
  for (const Input& input : options_.inputs) {
    if (input.kind == InputKind::LinkerFlag || input.path == "-") continue;
    if (sameFile(input.path, outputName)) {
      diags_.error({}, "input file '" + input.path + "' is the same as output file");
      return true;
    }
  }
  return false;
}

// gcc's names: -o if given ('-': standard output); otherwise -E writes to standard output and
// -S/-c/--emit-ir write <stem>.s/.o/.ir in the current directory. -fsyntax-only writes nothing.
std::string Driver::outputNameFor(const Input& input) const {
  if (options_.stage == Stage::SyntaxOnly) return "";
  if (options_.outputPath) return *options_.outputPath == "-" ? "" : *options_.outputPath;
  switch (options_.stage) {
  case Stage::EmitIR: return stemOf(input.path) + ".ir";
  case Stage::Assembly: return stemOf(input.path) + ".s";
  case Stage::Object: return stemOf(input.path) + ".o";
  default: return "";
  }
}

// -MD/-MMD (gcc's rules): the file is -MF, else the output's name with .d, else <stem>.d; the
// target is -MT/-MQ, else the output (but <stem>.o for -E), else cpp's default <stem>.o.
std::unique_ptr<OutputFile> Driver::openDependencyFile(const Input& input,
                                                       DependencyOutput& dependencies) {
  if (options_.dependencies == DependencyMode::None || input.kind != InputKind::C) return nullptr;
  bool namedOutput = options_.outputPath && *options_.outputPath != "-";
  std::string file = options_.dependencyFile ? *options_.dependencyFile
                     : namedOutput           ? withSuffixReplaced(*options_.outputPath, ".d")
                                             : stemOf(input.path) + ".d";
  if (namedOutput && options_.stage != Stage::Preprocess)
    dependencies.target = *options_.outputPath;
  auto output = std::make_unique<OutputFile>(file, OutputFile::Kind::Data);
  dependencies.file = output->path();
  return output;
}

// The default: every C/IR input to assembly in $TMPDIR, then one gcc command links those with
// the other inputs, in command-line order.
bool Driver::compileAndLink() {
  std::string executableName = options_.outputPath.value_or("a.out");
  if (overwritesInput(executableName)) return false;
  std::vector<std::unique_ptr<TempFile>> assemblyFiles;
  std::vector<std::unique_ptr<OutputFile>> dependencyFiles;
  std::vector<std::string> argv = {"gcc"};
  argv.insert(argv.end(), options_.linkerArgs.begin(), options_.linkerArgs.end());
  argv.insert(argv.end(), options_.assemblerArgs.begin(), options_.assemblerArgs.end());
  bool ok = true;
  for (const Input& input : options_.inputs) {
    if (!isCompiled(input.kind)) {
      if (input.kind == InputKind::AssemblyWithCpp)
        argv.insert(argv.end(), options_.preprocessorArgs.begin(), options_.preprocessorArgs.end());
      argv.push_back(input.path);
      continue;
    }
    assemblyFiles.push_back(std::make_unique<TempFile>(".s"));
    DependencyOutput dependencies;
    dependencyFiles.push_back(openDependencyFile(input, dependencies));
    ok = pipeline_.run(input, Stage::Assembly, assemblyFiles.back()->path(),
                       dependencyFiles.back() ? &dependencies : nullptr) &&
         ok;
    argv.push_back(assemblyFiles.back()->path());
  }
  if (!ok) return false;

  OutputFile executable(executableName, OutputFile::Kind::Executable);
  argv.insert(argv.end(), {"-o", executable.path()});
  if (!tools_.run(argv)) return false;
  std::string error;
  for (auto& file : dependencyFiles)
    if (file && !file->commit(error)) diags_.error({}, error);
  if (!executable.commit(error)) diags_.error({}, error);
  return !diags_.hasErrors();
}

} // namespace

int runDriver(const std::vector<std::string_view>& args, DiagnosticEngine& diags) {
  ParseResult parsed = parseOptions(args);
  const Options& options = parsed.options;
  configureDiagnostics(diags, options);
  for (const std::string& error : parsed.errors) diags.error({}, error);
  if (!parsed.errors.empty()) return 1;

  if (options.showHelp) {
    std::cout << helpText();
    return 0;
  }
  if (options.showVersion) {
    printVersion(std::cout);
    return 0;
  }
  if (options.dumpVersion || options.dumpMachine) {
    if (options.dumpVersion) std::cout << MINICC_VERSION << "\n";
    if (options.dumpMachine) std::cout << "x86_64-pc-linux-gnu\n";
    return 0;
  }
  if (options.verbose) printVersion(std::cerr);
  if (options.inputs.empty() ||
      std::all_of(options.inputs.begin(), options.inputs.end(),
                  [](const Input& input) { return input.kind == InputKind::LinkerFlag; })) {
    if (options.verbose) return 0;
    diags.error({}, "no input files");
    return 1;
  }
  Driver driver(options, diags);
  return driver.run() && !diags.hasErrors() ? 0 : 1;
}

} // namespace minicc::driver
