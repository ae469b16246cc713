// Helpers for the backend's unit tests: compile an IR module to assembly (with the register
// allocation checker on), and assemble + link it with a gcc-compiled C driver and run it.
#pragma once

// glibc's <stdlib.h> (pulled in by <string> under _GNU_SOURCE) defines an `alloca` macro that
// breaks ir::Builder::alloca; include it first and drop the macro.
#include <cstdlib>
#undef alloca

#include "codegen/Codegen.h"
#include "ir/Builder.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace minicc::testing {

inline ir::Signature signatureOf(ir::Type ret, std::vector<ir::Type> params,
                                 bool isVariadic = false) {
  ir::Signature s;
  s.returnType = ret;
  s.params = std::move(params);
  s.isVariadic = isVariadic;
  return s;
}

inline ir::InitPiece zeroPiece(std::uint64_t count) {
  ir::InitPiece piece;
  piece.kind = ir::InitPiece::Kind::Zero;
  piece.zeroCount = count;
  return piece;
}

inline ir::InitPiece bytesPiece(std::vector<std::uint8_t> bytes) {
  ir::InitPiece piece;
  piece.kind = ir::InitPiece::Kind::Bytes;
  piece.bytes = std::move(bytes);
  return piece;
}

// Assembly for `module`, or "" with the diagnostics in `errors`.
inline std::string compileToAssembly(ir::Module& module, std::string* errors = nullptr,
                                     std::string printAfter = "") {
  std::ostringstream out, diagText, dump;
  DiagnosticEngine diags(diagText);
  codegen::CodegenOptions options;
  options.verifyRegAlloc = true;
  options.printAfter = std::move(printAfter);
  options.printStream = &dump;
  bool ok = codegen::emitAssembly(module, out, options, diags);
  if (errors) *errors = diagText.str() + dump.str();
  return ok ? out.str() : "";
}

struct RunResult {
  bool built = false;
  int exitCode = -1;
  std::string output;   // the program's stdout
  std::string buildLog; // gcc's messages when the build failed
};

// Links `assembly` with the C translation unit `cMain` (compiled by gcc), runs the program.
inline RunResult buildAndRun(const std::string& assembly, const std::string& cMain) {
  RunResult result;
  char dirTemplate[] = "/tmp/minicc-codegen-XXXXXX";
  const char* dir = mkdtemp(dirTemplate);
  if (!dir) return result;
  std::string d = dir;
  std::ofstream(d + "/code.s") << assembly;
  std::ofstream(d + "/main.c") << cMain;
  std::string build =
      "gcc -g -o " + d + "/prog " + d + "/main.c " + d + "/code.s > " + d + "/build.log 2>&1";
  if (std::system(build.c_str()) != 0) {
    std::ifstream log(d + "/build.log");
    std::stringstream text;
    text << log.rdbuf();
    result.buildLog = text.str();
    return result;
  }
  result.built = true;
  FILE* pipe = popen((d + "/prog").c_str(), "r");
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  int status = pclose(pipe);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::system(("rm -rf " + d).c_str());
  return result;
}

// Compiles, links with `cMain`, runs; expects exit status 0 and returns stdout.
inline std::string runWithMain(ir::Module& module, const std::string& cMain) {
  std::string errors;
  std::string assembly = compileToAssembly(module, &errors);
  EXPECT_FALSE(assembly.empty()) << errors;
  RunResult r = buildAndRun(assembly, cMain);
  EXPECT_TRUE(r.built) << r.buildLog << "\n" << assembly;
  EXPECT_EQ(r.exitCode, 0) << r.output << "\n" << assembly;
  return r.output;
}

} // namespace minicc::testing
