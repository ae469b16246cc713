// driver/Options.h — minicc's command line, parsed the way gcc reads its own.
//
// Provides: Options (everything the driver needs to know), parseOptions, helpText.
// Needs: nothing but the standard library. docs/driver.md lists every option and which ones are
// accepted without effect.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minicc::driver {

// Where compilation stops: -E, -fsyntax-only, --emit-ir, -S, -c, or linking (the default).
enum class Stage { Preprocess, SyntaxOnly, EmitIR, Assembly, Object, Executable };

enum class InputKind {
  C,               // .c (and -x c): cpp, frontend, passes, backend
  PreprocessedC,   // .i: no cpp
  IR,              // .ir: minicc's IR text, no frontend
  Assembly,        // .s: gcc assembles it
  AssemblyWithCpp, // .S: gcc preprocesses and assembles it
  LinkerInput,     // .o .a .so and unknown suffixes: only the link uses them
  LinkerFlag,      // -lfoo, -Lpath, -Wl,…: kept in place on the link line
};

struct Input {
  std::string path; // a file, "-" for standard input, or the flag itself for LinkerFlag
  InputKind kind;
};

enum class ColorMode { Auto, Always, Never };
enum class DependencyMode { None, AllHeaders, UserHeaders }; // none, -MD, -MMD

// Hidden options that make minicc fail on purpose, so tests can check the error paths.
enum class TestFailure { None, InternalError, Crash };

struct Options {
  Stage stage = Stage::Executable;
  std::vector<Input> inputs; // command-line order; linker flags included
  std::optional<std::string> outputPath;

  std::vector<std::string> preprocessorArgs; // -I -D -U -include -isystem -MP … in order
  bool noStandardIncludes = false;           // -nostdinc
  std::string languageStandard = "gnu11";    // -std=
  DependencyMode dependencies = DependencyMode::None;
  std::optional<std::string> dependencyFile;     // -MF
  std::vector<std::string> dependencyTargetArgs; // -MT x / -MQ x, as cpp arguments

  std::vector<std::string> assemblerArgs; // -Wa,…
  std::vector<std::string> linkerArgs;    // -static -shared -pthread …

  int optLevel = 0;
  bool positionIndependent = false; // -fpic/-fPIC: code for a shared object
  bool debugLineTables = false;     // -g (any level but 0): .file/.loc line tables
  bool suppressWarnings = false;    // -w
  bool warningsAsErrors = false;    // -Werror
  // Every other -W<name> (-Wall, -Wno-return-type, -Werror=return-type …), in order, without
  // the -W; configureDiagnostics applies them.
  std::vector<std::string> warningOptions;
  ColorMode color = ColorMode::Auto;

  bool verbose = false;
  bool showVersion = false;
  bool showHelp = false;
  bool dumpVersion = false; // -dumpversion, -dumpmachine: for configure scripts
  bool dumpMachine = false;
  std::string printAfter; // --print-after=
  bool verifyEach = false;
  bool dumpAst = false;
  TestFailure testFailure = TestFailure::None;
};

struct ParseResult {
  Options options;
  std::vector<std::string> errors; // "unrecognized command-line option '-x'" …
};

ParseResult parseOptions(const std::vector<std::string_view>& args);

// The suffix rule for input kinds (gcc's): .c .i .ir .s .S, everything else goes to the linker.
InputKind inputKindFromName(std::string_view path);

std::string helpText();

} // namespace minicc::driver
