// libFuzzer target for the lexer and parser: any input must give a tree or diagnostics, never a
// crash, a hang or a sanitizer report. Built and run by run-parser-fuzz.sh (not part of the
// CMake build).
#include "frontend/AstPrinter.h"
#include "frontend/Frontend.h"

#include <sstream>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  // Line markers name files the diagnostics engine would read for source excerpts; keep the
  // fuzzer away from devices.
  if (text.find("/dev") != std::string_view::npos || text.find("/proc") != std::string_view::npos)
    return 0;
  std::ostringstream diagnostics;
  minicc::DiagnosticEngine diags(diagnostics);
  diags.setFileContents("fuzz.c", std::string(text));
  minicc::frontend::AstContext ast;
  minicc::frontend::TranslationUnit unit;
  if (minicc::frontend::parseTranslationUnit(text, "fuzz.c", ast, unit, diags)) {
    std::ostringstream tree;
    minicc::frontend::printAst(unit, tree);
  }
  return 0;
}
