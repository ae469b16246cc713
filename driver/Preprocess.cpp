// driver/Preprocess.cpp — see Preprocess.h.
#include "driver/Preprocess.h"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <system_error>
#include <unistd.h>

namespace minicc::driver {

namespace {

// minicc's own headers: installed, they sit at <prefix>/lib/minicc/include beside
// <prefix>/bin/minicc (CMakeLists.txt's install rules); run from the build tree, they are the
// source tree's runtime/include, whose path is compiled in.
std::string runtimeIncludeDirectory() {
  static const std::string directory = [] {
    std::error_code error;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
      std::filesystem::path installed = exe.parent_path().parent_path() / "lib/minicc/include";
      if (std::filesystem::exists(installed / "stddef.h", error)) return installed.string();
    }
    return std::string(MINICC_RUNTIME_INCLUDE);
  }();
  return directory;
}

} // namespace

const std::vector<MacroDefinition>& predefinedMacros() {
  // The target (x86-64 Linux, LP64, little-endian, ELF), the sizes and the types the C library
  // headers ask the compiler for. __STDC__, __STDC_VERSION__ (from -std) and __STDC_HOSTED__
  // come from cpp itself even with -undef; glibc's stdc-predef.h adds __STDC_IEC_559__ & co.
  static const std::vector<MacroDefinition> macros = {
      {"__minicc__", "1"},
      {"__x86_64__", "1"},
      {"__x86_64", "1"},
      {"__amd64__", "1"},
      {"__amd64", "1"},
      {"__linux__", "1"},
      {"__linux", "1"},
      {"__gnu_linux__", "1"},
      {"__unix__", "1"},
      {"__unix", "1"},
      {"__ELF__", "1"},
      {"__LP64__", "1"},
      {"_LP64", "1"},
      {"__CHAR_BIT__", "8"},
      {"__SIZEOF_SHORT__", "2"},
      {"__SIZEOF_INT__", "4"},
      {"__SIZEOF_LONG__", "8"},
      {"__SIZEOF_LONG_LONG__", "8"},
      {"__SIZEOF_POINTER__", "8"},
      {"__SIZEOF_FLOAT__", "4"},
      {"__SIZEOF_DOUBLE__", "8"},
      {"__SIZEOF_LONG_DOUBLE__", "16"},
      {"__SIZEOF_SIZE_T__", "8"},
      {"__SIZEOF_PTRDIFF_T__", "8"},
      {"__SIZEOF_WCHAR_T__", "4"},
      {"__SIZEOF_WINT_T__", "4"},
      {"__BIGGEST_ALIGNMENT__", "16"},
      {"__ORDER_LITTLE_ENDIAN__", "1234"},
      {"__ORDER_BIG_ENDIAN__", "4321"},
      {"__ORDER_PDP_ENDIAN__", "3412"},
      {"__BYTE_ORDER__", "__ORDER_LITTLE_ENDIAN__"},
      {"__FLOAT_WORD_ORDER__", "__ORDER_LITTLE_ENDIAN__"},
      {"__FLT_EVAL_METHOD__", "0"}, // C11 5.2.4.2.2p9: SSE evaluates in the operands' type
      {"__SIZE_TYPE__", "long unsigned int"},
      {"__PTRDIFF_TYPE__", "long int"},
      {"__WCHAR_TYPE__", "int"},
      {"__WINT_TYPE__", "unsigned int"},
      {"__INTMAX_TYPE__", "long int"},
      {"__UINTMAX_TYPE__", "long unsigned int"},
      {"__INTPTR_TYPE__", "long int"},
      {"__UINTPTR_TYPE__", "long unsigned int"},
      {"__CHAR16_TYPE__", "short unsigned int"},
      {"__CHAR32_TYPE__", "unsigned int"},
      {"__SIG_ATOMIC_TYPE__", "int"},
      {"__INT8_TYPE__", "signed char"},
      {"__INT16_TYPE__", "short int"},
      {"__INT32_TYPE__", "int"},
      {"__INT64_TYPE__", "long int"},
      {"__UINT8_TYPE__", "unsigned char"},
      {"__UINT16_TYPE__", "short unsigned int"},
      {"__UINT32_TYPE__", "unsigned int"},
      {"__UINT64_TYPE__", "long unsigned int"},
      {"__SCHAR_MAX__", "0x7f"},
      {"__SHRT_MAX__", "0x7fff"},
      {"__INT_MAX__", "0x7fffffff"},
      {"__LONG_MAX__", "0x7fffffffffffffffL"},
      {"__LONG_LONG_MAX__", "0x7fffffffffffffffLL"},
      {"__WCHAR_MAX__", "0x7fffffff"},
      {"__WCHAR_MIN__", "(-__WCHAR_MAX__ - 1)"},
      {"__WINT_MAX__", "0xffffffffU"},
      {"__WINT_MIN__", "0U"},
      {"__PTRDIFF_MAX__", "0x7fffffffffffffffL"},
      {"__SIZE_MAX__", "0xffffffffffffffffUL"},
      {"__INTMAX_MAX__", "0x7fffffffffffffffL"},
      {"__UINTMAX_MAX__", "0xffffffffffffffffUL"},
      {"__INTPTR_MAX__", "0x7fffffffffffffffL"},
      {"__UINTPTR_MAX__", "0xffffffffffffffffUL"},
      {"__SIG_ATOMIC_MAX__", "0x7fffffff"},
      {"__SIG_ATOMIC_MIN__", "(-__SIG_ATOMIC_MAX__ - 1)"},
      {"__INT8_MAX__", "0x7f"},
      {"__INT16_MAX__", "0x7fff"},
      {"__INT32_MAX__", "0x7fffffff"},
      {"__INT64_MAX__", "0x7fffffffffffffffL"},
      {"__UINT8_MAX__", "0xff"},
      {"__UINT16_MAX__", "0xffff"},
      {"__UINT32_MAX__", "0xffffffffU"},
      {"__UINT64_MAX__", "0xffffffffffffffffUL"},
      // C11 6.10.8.3: optional features minicc does not provide.
      {"__STDC_NO_ATOMICS__", "1"},
      {"__STDC_NO_COMPLEX__", "1"},
  };
  return macros;
}

// gcc lists its include search path on stderr between these two lines.
bool Preprocessor::findSystemIncludeDirectories() {
  searchedSystemDirectories_ = true;
  std::string report;
  if (!tools_.runCapturingOutput({"gcc", "-xc", "-E", "-v", "/dev/null"}, report,
                                 ToolRunner::Capture::Stderr))
    return false;
  std::istringstream lines(report);
  std::string line;
  bool inList = false;
  while (std::getline(lines, line)) {
    if (line.starts_with("#include <...> search starts here:"))
      inList = true;
    else if (line.starts_with("End of search list."))
      inList = false;
    else if (inList && line.starts_with(" ")) {
      std::string dir = line.substr(1);
      // gcc's private headers (stddef.h, stdarg.h, limits.h …) are replaced by runtime/include.
      if (!dir.starts_with("/usr/lib/gcc/")) systemDirectories_.push_back(dir);
    }
  }
  return !systemDirectories_.empty();
}

// gcc pre-includes glibc's stdc-predef.h (__STDC_IEC_559__, __STDC_ISO_10646__ …) in hosted
// mode; cpp -nostdinc does not, so minicc asks for it, found through the system directories.
bool Preprocessor::preincludeStdcPredef() const {
  const auto& args = options_.preprocessorArgs;
  if (options_.noStandardIncludes ||
      std::find(args.begin(), args.end(), "-ffreestanding") != args.end())
    return false;
  for (const std::string& dir : systemDirectories_)
    if (access((dir + "/stdc-predef.h").c_str(), R_OK) == 0) return true;
  return false;
}

bool Preprocessor::command(const std::string& input, const std::string& outputPath,
                           const DependencyOutput* dependencies, std::vector<std::string>& argv) {
  if (!options_.noStandardIncludes && !searchedSystemDirectories_ &&
      !findSystemIncludeDirectories()) {
    tools_.reportError("cannot find the system include directories ('gcc -xc -E -v /dev/null')");
    return false;
  }
  // -ftrack-macro-expansion=0: otherwise cpp brackets every expansion of a command-line macro
  // inside a system header with line markers that flip the system-header flag mid-declaration.
  argv = {"cpp", "-undef", "-nostdinc", "-ftrack-macro-expansion=0",
          "-std=" + options_.languageStandard};
  for (const MacroDefinition& macro : predefinedMacros())
    argv.push_back(std::string("-D") + macro.name + "=" + macro.value);
  // gcc defines __STRICT_ANSI__ for -std=cNN, but cpp -undef drops it; glibc's features.h
  // reads it to leave out everything beyond ISO C.
  if (!options_.languageStandard.starts_with("gnu")) argv.push_back("-D__STRICT_ANSI__=1");
  if (preincludeStdcPredef()) argv.insert(argv.end(), {"-include", "stdc-predef.h"});
  argv.insert(argv.end(), options_.preprocessorArgs.begin(), options_.preprocessorArgs.end());
  if (dependencies) {
    argv.push_back(options_.dependencies == DependencyMode::UserHeaders ? "-MMD" : "-MD");
    argv.insert(argv.end(), {"-MF", dependencies->file});
    argv.insert(argv.end(), options_.dependencyTargetArgs.begin(),
                options_.dependencyTargetArgs.end());
    if (options_.dependencyTargetArgs.empty() && !dependencies->target.empty())
      argv.insert(argv.end(), {"-MQ", dependencies->target});
  }
  if (!options_.noStandardIncludes) {
    argv.insert(argv.end(), {"-isystem", runtimeIncludeDirectory()});
    for (const std::string& dir : systemDirectories_) argv.insert(argv.end(), {"-isystem", dir});
  }
  argv.push_back(input);
  if (!outputPath.empty()) argv.insert(argv.end(), {"-o", outputPath});
  return true;
}

} // namespace minicc::driver
