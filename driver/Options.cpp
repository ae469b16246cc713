// driver/Options.cpp — see Options.h. The option table below is the single list of what minicc
// accepts; each entry says how the option takes its value (as gcc does) and what it sets.
#include "driver/Options.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace minicc::driver {
namespace {

// How an option carries its value: gcc's four spellings.
enum class Form {
  Flag,             // -c
  Joined,           // -std=c11, -Wl,x, -O2 (the value may be empty: -O)
  Separate,         // -include file
  JoinedOrSeparate, // -Idir or -I dir
};

struct ParserState {
  Options options;
  std::vector<std::string> errors;
  std::optional<InputKind> language; // -x, for the inputs that follow
  bool preprocessOnly = false, syntaxOnly = false, emitIR = false, assemblyOnly = false,
       objectOnly = false;

  void addInput(std::string_view path) {
    InputKind kind = language ? *language : inputKindFromName(path);
    options.inputs.push_back({std::string(path), kind});
  }
  void addLinkerFlag(std::string flag) {
    options.inputs.push_back({std::move(flag), InputKind::LinkerFlag});
  }
  void cpp(std::string_view flag, std::string_view value = {}) {
    options.preprocessorArgs.emplace_back(flag);
    if (!value.empty()) options.preprocessorArgs.emplace_back(value);
  }
  void unrecognized(std::string_view arg) {
    errors.push_back("unrecognized command-line option '" + std::string(arg) + "'");
  }
};

// `value` is the option's value, or for a Flag the option itself.
using Apply = void (*)(ParserState&, std::string_view value);

struct OptionSpec {
  std::string_view name;
  Form form;
  Apply apply;
};

void ignore(ParserState&, std::string_view) {}
void passToPreprocessor(ParserState& s, std::string_view flag) {
  s.cpp(flag);
}
void passToLinker(ParserState& s, std::string_view flag) {
  s.options.linkerArgs.emplace_back(flag);
}

void setOptimization(ParserState& s, std::string_view level) {
  // gcc: -O is -O1; -Os/-Oz optimise for size (minicc: -O2); -Og is -O1; -Ofast is -O3.
  if (level.empty() || level == "g") return void(s.options.optLevel = 1);
  if (level == "s" || level == "z") return void(s.options.optLevel = 2);
  if (level == "fast") return void(s.options.optLevel = 3);
  unsigned value = 0;
  auto [end, error] = std::from_chars(level.data(), level.data() + level.size(), value);
  if (error != std::errc() || end != level.data() + level.size()) {
    s.errors.push_back("argument to '-O' should be a non-negative integer, 'g', 's', 'z' or "
                       "'fast'");
    return;
  }
  s.options.optLevel = static_cast<int>(std::min(value, 3u));
}

void setStandard(ParserState& s, std::string_view standard) {
  // minicc parses C11 whatever the standard; -std only decides what cpp predefines
  // (__STDC_VERSION__, __STRICT_ANSI__), hence what glibc's headers declare.
  static constexpr std::array accepted{
      "c89",   "c90",          "gnu89", "gnu90",        "iso9899:1990", "c99",
      "gnu99", "iso9899:1999", "c11",   "gnu11",        "iso9899:2011", "c17",
      "c18",   "gnu17",        "gnu18", "iso9899:2017", "iso9899:2018"};
  if (std::find(accepted.begin(), accepted.end(), standard) == accepted.end())
    return s.unrecognized("-std=" + std::string(standard));
  s.options.languageStandard = standard;
}

void setLanguage(ParserState& s, std::string_view language) {
  if (language == "none") return s.language.reset();
  static constexpr std::pair<std::string_view, InputKind> languages[] = {
      {"c", InputKind::C},
      {"cpp-output", InputKind::PreprocessedC},
      {"ir", InputKind::IR},
      {"assembler", InputKind::Assembly},
      {"assembler-with-cpp", InputKind::AssemblyWithCpp},
  };
  for (auto [name, kind] : languages)
    if (name == language) return void(s.language = kind);
  s.errors.push_back("language " + std::string(language) + " not recognized");
}

void setWarningOption(ParserState& s, std::string_view name) {
  // -Werror/-Wno-error here; -Wall, -Wno-foo, -Werror=foo … go to the diagnostics engine
  // (configureDiagnostics), which knows the warnings minicc gives (docs/driver.md).
  if (name == "error")
    s.options.warningsAsErrors = true;
  else if (name == "no-error")
    s.options.warningsAsErrors = false;
  else
    s.options.warningOptions.emplace_back(name);
}

void setColor(ParserState& s, std::string_view when) {
  if (when == "auto")
    s.options.color = ColorMode::Auto;
  else if (when == "always")
    s.options.color = ColorMode::Always;
  else if (when == "never")
    s.options.color = ColorMode::Never;
  else
    s.unrecognized("-fdiagnostics-color=" + std::string(when));
}

// -f options. Those marked "no effect" hold by construction or do not apply to minicc's code;
// docs/driver.md explains each.
void setFeature(ParserState& s, std::string_view feature) {
  static constexpr std::array noEffect{"strict-aliasing",
                                       "no-strict-aliasing",
                                       "wrapv",
                                       "common",
                                       "no-common",
                                       "omit-frame-pointer",
                                       "no-omit-frame-pointer",
                                       "stack-protector",
                                       "stack-protector-strong",
                                       "stack-protector-all",
                                       "no-stack-protector",
                                       "function-sections",
                                       "data-sections",
                                       "builtin",
                                       "no-builtin",
                                       "asynchronous-unwind-tables",
                                       "no-asynchronous-unwind-tables",
                                       "signed-char",
                                       "no-unsigned-char",
                                       "diagnostics-show-option",
                                       "no-diagnostics-show-option"};
  if (std::find(noEffect.begin(), noEffect.end(), feature) != noEffect.end()) return;
  // The last of -fpic -fPIC -fpie -fPIE -fno-… wins, as in gcc; only pic/PIC (code for a shared
  // object) changes minicc's code, pie/PIE is its default.
  static constexpr std::array picModes{"pic",    "PIC",    "pie",    "PIE",
                                       "no-pic", "no-PIC", "no-pie", "no-PIE"};
  if (std::find(picModes.begin(), picModes.end(), feature) != picModes.end())
    return void(s.options.positionIndependent = feature == "pic" || feature == "PIC");
  if (feature.starts_with("visibility=") || feature.starts_with("message-length=")) return;
  if (feature == "diagnostics-color") return setColor(s, "always");
  if (feature == "no-diagnostics-color") return setColor(s, "never");
  if (feature.starts_with("diagnostics-color=")) return setColor(s, feature.substr(18));
  if (feature == "syntax-only") return void(s.syntaxOnly = true);
  if (feature == "freestanding" || feature == "hosted") return s.cpp("-f" + std::string(feature));
  if (feature == "minicc-internal-error-for-testing")
    return void(s.options.testFailure = TestFailure::InternalError);
  if (feature == "minicc-crash-for-testing")
    return void(s.options.testFailure = TestFailure::Crash);
  s.unrecognized("-f" + std::string(feature));
}

void setMachine(ParserState& s, std::string_view option) {
  // minicc targets x86-64 only; -march/-mtune select nothing yet.
  if (option == "64" || option.starts_with("arch=") || option.starts_with("tune=")) return;
  s.unrecognized("-m" + std::string(option));
}

void setDebugInfo(ParserState& s, std::string_view level) {
  // minicc's debug information is the line table (gdb breaks and steps by line; no variables
  // or types yet); -g0 turns it off, the last -g option wins as in gcc.
  if (level == "0") return void(s.options.debugLineTables = false);
  if (level.empty() || level == "1" || level == "2" || level == "3" || level.starts_with("gdb") ||
      level.starts_with("dwarf"))
    return void(s.options.debugLineTables = true);
  s.unrecognized("-g" + std::string(level));
}

void addCommaSeparated(std::vector<std::string>& out, std::string_view list) {
  while (true) {
    auto comma = list.find(',');
    out.emplace_back(list.substr(0, comma));
    if (comma == std::string_view::npos) return;
    list.remove_prefix(comma + 1);
  }
}

const OptionSpec optionTable[] = {
    // What to produce.
    {"-E", Form::Flag, [](ParserState& s, std::string_view) { s.preprocessOnly = true; }},
    {"-S", Form::Flag, [](ParserState& s, std::string_view) { s.assemblyOnly = true; }},
    {"-c", Form::Flag, [](ParserState& s, std::string_view) { s.objectOnly = true; }},
    {"--emit-ir", Form::Flag, [](ParserState& s, std::string_view) { s.emitIR = true; }},
    {"-o", Form::JoinedOrSeparate,
     [](ParserState& s, std::string_view v) { s.options.outputPath = std::string(v); }},
    {"-x", Form::JoinedOrSeparate, setLanguage},
    // The preprocessor.
    {"-I", Form::JoinedOrSeparate, [](ParserState& s, std::string_view v) { s.cpp("-I", v); }},
    {"-D", Form::JoinedOrSeparate, [](ParserState& s, std::string_view v) { s.cpp("-D", v); }},
    {"-U", Form::JoinedOrSeparate, [](ParserState& s, std::string_view v) { s.cpp("-U", v); }},
    {"-include", Form::Separate, [](ParserState& s, std::string_view v) { s.cpp("-include", v); }},
    {"-imacros", Form::Separate, [](ParserState& s, std::string_view v) { s.cpp("-imacros", v); }},
    {"-isystem", Form::JoinedOrSeparate,
     [](ParserState& s, std::string_view v) { s.cpp("-isystem", v); }},
    {"-idirafter", Form::JoinedOrSeparate,
     [](ParserState& s, std::string_view v) { s.cpp("-idirafter", v); }},
    {"-iquote", Form::JoinedOrSeparate,
     [](ParserState& s, std::string_view v) { s.cpp("-iquote", v); }},
    {"-nostdinc", Form::Flag,
     [](ParserState& s, std::string_view) { s.options.noStandardIncludes = true; }},
    {"-P", Form::Flag, passToPreprocessor},
    {"-C", Form::Flag, passToPreprocessor},
    {"-dM", Form::Flag, passToPreprocessor},
    {"-dD", Form::Flag, passToPreprocessor},
    {"-Wp,", Form::Joined,
     [](ParserState& s, std::string_view v) { addCommaSeparated(s.options.preprocessorArgs, v); }},
    {"-std=", Form::Joined, setStandard},
    {"-ansi", Form::Flag, [](ParserState& s, std::string_view) { setStandard(s, "c90"); }},
    // Dependency files for make and ninja.
    {"-M", Form::Flag,
     [](ParserState& s, std::string_view) { s.cpp("-M"), s.preprocessOnly = true; }},
    {"-MM", Form::Flag,
     [](ParserState& s, std::string_view) { s.cpp("-MM"), s.preprocessOnly = true; }},
    {"-MD", Form::Flag,
     [](ParserState& s, std::string_view) { s.options.dependencies = DependencyMode::AllHeaders; }},
    {"-MMD", Form::Flag,
     [](ParserState& s, std::string_view) {
       s.options.dependencies = DependencyMode::UserHeaders;
     }},
    {"-MF", Form::JoinedOrSeparate,
     [](ParserState& s, std::string_view v) { s.options.dependencyFile = std::string(v); }},
    {"-MT", Form::JoinedOrSeparate,
     [](ParserState& s, std::string_view v) {
       s.options.dependencyTargetArgs.insert(s.options.dependencyTargetArgs.end(),
                                             {"-MT", std::string(v)});
     }},
    {"-MQ", Form::JoinedOrSeparate,
     [](ParserState& s, std::string_view v) {
       s.options.dependencyTargetArgs.insert(s.options.dependencyTargetArgs.end(),
                                             {"-MQ", std::string(v)});
     }},
    {"-MP", Form::Flag, passToPreprocessor},
    {"-MG", Form::Flag, passToPreprocessor},
    // Optimisation, warnings, diagnostics, debug information, target.
    {"-O", Form::Joined, setOptimization},
    {"-w", Form::Flag, [](ParserState& s, std::string_view) { s.options.suppressWarnings = true; }},
    {"-W", Form::Joined, setWarningOption},
    {"-pedantic", Form::Flag, ignore},
    {"-pedantic-errors", Form::Flag, ignore},
    {"-f", Form::Joined, setFeature},
    {"-g", Form::Joined, setDebugInfo},
    {"-m", Form::Joined, setMachine},
    {"-pipe", Form::Flag, ignore},
    // The assembler and the linker.
    {"-Wa,", Form::Joined,
     [](ParserState& s, std::string_view v) {
       s.options.assemblerArgs.emplace_back("-Wa," + std::string(v));
     }},
    {"-Wl,", Form::Joined,
     [](ParserState& s, std::string_view v) { s.addLinkerFlag("-Wl," + std::string(v)); }},
    {"-Xlinker", Form::Separate,
     [](ParserState& s, std::string_view v) {
       s.addLinkerFlag("-Xlinker");
       s.addLinkerFlag(std::string(v));
     }},
    {"-l", Form::JoinedOrSeparate,
     [](ParserState& s, std::string_view v) { s.addLinkerFlag("-l" + std::string(v)); }},
    {"-L", Form::JoinedOrSeparate,
     [](ParserState& s, std::string_view v) { s.addLinkerFlag("-L" + std::string(v)); }},
    {"-pthread", Form::Flag,
     [](ParserState& s, std::string_view) {
       s.cpp("-pthread");
       s.options.linkerArgs.emplace_back("-pthread");
     }},
    {"-static", Form::Flag, passToLinker},
    {"-shared", Form::Flag, passToLinker},
    {"-pie", Form::Flag, passToLinker},
    {"-no-pie", Form::Flag, passToLinker},
    {"-rdynamic", Form::Flag, passToLinker},
    {"-s", Form::Flag, passToLinker},
    {"-nostdlib", Form::Flag, passToLinker},
    {"-nostartfiles", Form::Flag, passToLinker},
    {"-nodefaultlibs", Form::Flag, passToLinker},
    // Information and debugging.
    {"-v", Form::Flag, [](ParserState& s, std::string_view) { s.options.verbose = true; }},
    {"--version", Form::Flag,
     [](ParserState& s, std::string_view) { s.options.showVersion = true; }},
    {"--help", Form::Flag, [](ParserState& s, std::string_view) { s.options.showHelp = true; }},
    {"-dumpversion", Form::Flag,
     [](ParserState& s, std::string_view) { s.options.dumpVersion = true; }},
    {"-dumpmachine", Form::Flag,
     [](ParserState& s, std::string_view) { s.options.dumpMachine = true; }},
    {"--print-after=", Form::Joined,
     [](ParserState& s, std::string_view v) { s.options.printAfter = std::string(v); }},
    {"--dump-ast", Form::Flag, [](ParserState& s, std::string_view) { s.options.dumpAst = true; }},
    {"--verify-each", Form::Flag,
     [](ParserState& s, std::string_view) { s.options.verifyEach = true; }},
};

// The entry for `arg`: an exact match of a flag or an option taking a separate value first,
// then the longest option name that prefixes `arg` and takes a joined value.
const OptionSpec* findOption(std::string_view arg) {
  const OptionSpec* best = nullptr;
  for (const OptionSpec& spec : optionTable) {
    if (arg == spec.name) return &spec;
    bool joined = spec.form == Form::Joined || spec.form == Form::JoinedOrSeparate;
    if (joined && arg.starts_with(spec.name) && (!best || spec.name.size() > best->name.size()))
      best = &spec;
  }
  return best;
}

Stage finalStage(const ParserState& s) {
  // gcc's precedence: -E wins over everything, then the earliest stop.
  if (s.preprocessOnly) return Stage::Preprocess;
  if (s.syntaxOnly || s.options.dumpAst) return Stage::SyntaxOnly;
  if (s.emitIR) return Stage::EmitIR;
  if (s.assemblyOnly) return Stage::Assembly;
  if (s.objectOnly) return Stage::Object;
  return Stage::Executable;
}

} // namespace

InputKind inputKindFromName(std::string_view path) {
  auto dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos)
    return InputKind::LinkerInput;
  std::string_view suffix = path.substr(dot);
  if (suffix == ".c") return InputKind::C;
  if (suffix == ".i") return InputKind::PreprocessedC;
  if (suffix == ".ir") return InputKind::IR;
  if (suffix == ".s") return InputKind::Assembly;
  if (suffix == ".S") return InputKind::AssemblyWithCpp;
  return InputKind::LinkerInput;
}

ParseResult parseOptions(const std::vector<std::string_view>& args) {
  ParserState state;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (arg.size() < 2 || arg[0] != '-') {
      state.addInput(arg); // "-" is standard input
      continue;
    }
    const OptionSpec* spec = findOption(arg);
    if (!spec) {
      state.unrecognized(arg);
      continue;
    }
    bool separate =
        spec->form == Form::Separate || (spec->form == Form::JoinedOrSeparate && arg == spec->name);
    if (!separate) {
      spec->apply(state, spec->form == Form::Flag ? arg : arg.substr(spec->name.size()));
      continue;
    }
    if (i + 1 == args.size()) {
      state.errors.push_back("missing argument to '" + std::string(arg) + "'");
      continue;
    }
    spec->apply(state, args[++i]);
  }
  state.options.stage = finalStage(state);
  return {std::move(state.options), std::move(state.errors)};
}

std::string helpText() {
  return R"(Usage: minicc [options] file...
minicc compiles C11 for x86-64 Linux; it is used like gcc.

Inputs:
  file.c   C source (preprocessed by the system cpp, then compiled)
  file.i   preprocessed C          file.ir  minicc IR text (skips the frontend)
  file.s   assembly (gcc)          file.S   assembly with cpp (gcc)
  other files (.o .a .so) and -l/-L/-Wl, go to the linker (gcc)

What to produce (default: link an executable, a.out):
  -E                preprocess only (to standard output unless -o)
  -fsyntax-only     check the program, write nothing
  --emit-ir         the IR after the pass pipeline (file.ir)
  -S                assembly (file.s)
  -c                object file (file.o)
  -o <file>         write the output to <file>; '-' is standard output for -E/-S/--emit-ir
  -x <language>     c, cpp-output, ir, assembler, assembler-with-cpp or none

Preprocessor:
  -I <dir> -D <name>[=<value>] -U <name> -include <file> -imacros <file> -isystem <dir>
  -idirafter <dir> -iquote <dir> -nostdinc -P -C -dM -dD -Wp,<args> -std=<standard>
  -M -MM -MD -MMD -MF <file> -MT <target> -MQ <target> -MP -MG

Code generation and diagnostics:
  -O0 -O1 -O2 -O3 -Os   optimisation level (-O3 is -O2 today)
  -w                    no warnings           -Werror   warnings are errors
  -fdiagnostics-color=auto|always|never
  -g -Wall -Wextra -pedantic -fPIC -m64 ...  accepted (see docs/driver.md)

Linking (passed to gcc):
  -l<lib> -L<dir> -Wl,<args> -Xlinker <arg> -Wa,<args> -static -shared -pthread ...

Information and debugging:
  -v                    show the commands minicc runs
  --version  --help  -dumpversion  -dumpmachine
  --print-after=<pass>  print the IR or machine IR after a pass ('all': after every one)
  --verify-each         run the IR verifier after every pass
  --dump-ast            print the syntax tree to standard output, then only check the program

Exit status: 0 success, 1 errors in the input, 4 internal compiler error.
)";
}

} // namespace minicc::driver
