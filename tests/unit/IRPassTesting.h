// Helpers for pass tests: parse IR text, run passes, verify, print.
#pragma once

#include "ir/Passes.h"
#include "ir/TextIO.h"
#include "ir/Verifier.h"

#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

namespace minicc::ir::passtest {

using PassFn = bool (*)(Function&);

inline std::unique_ptr<Module> parseOrFail(const std::string& text) {
  std::ostringstream errors;
  DiagnosticEngine diags(errors);
  auto m = parseModule(text, "t.ir", diags);
  EXPECT_NE(m, nullptr) << errors.str();
  return m;
}

inline std::string printed(const Module& m) {
  std::ostringstream out;
  printModule(m, out);
  return out.str();
}

// Runs each pass over every definition, checks that the verifier accepts the result after each
// one, and returns the printed module.
inline std::string runPasses(const std::string& text, const std::vector<PassFn>& passes) {
  auto m = parseOrFail(text);
  if (!m) return "<parse error>";
  for (PassFn pass : passes) {
    for (auto& f : m->functions)
      if (!f->isDeclaration()) pass(*f);
    for (const std::string& problem : verifyModule(*m)) ADD_FAILURE() << problem;
  }
  return printed(*m);
}

} // namespace minicc::ir::passtest
