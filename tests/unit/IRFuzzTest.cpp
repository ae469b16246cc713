// Mutation fuzzing of the IR parser, printer, verifier and passes over the corpus.
//
// Each round mutates a corpus text (delete, duplicate or swap lines; change, delete or insert
// characters and tokens). Whatever the text, parseModule must return normally; a module it
// accepts must print, read back to the same text, and go through the verifier; one the verifier
// accepts must go through the -O2 pipeline with verifyEach (an invalid result would throw).
// CI runs a fixed seed; MINICC_IR_FUZZ_ROUNDS=N and MINICC_IR_FUZZ_SEED=S run longer searches.
#include "IRCorpus.h"
#include "ir/Passes.h"
#include "ir/TextIO.h"
#include "ir/Verifier.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <sstream>

using namespace minicc;
using namespace minicc::ir;

namespace {

const char* const fragments[] = {
    "%x",   "%0",   "@f",    "@.str.0", "i1",      "i8",    "i32",     "i64",   "ptr",
    "f32",  "f64",  "f80",   "void",    "undef",   "null",  "true",    "-1",    "0x7FF8000000000000",
    "1e+300", "-inf", "phi",  "br",      "jmp",     "ret",   "switch",  "call",  "alloca",
    "load", "store", "volatile", ",",   ":",       "[",     "]",       "(",     ")",
    "{",    "}",    "=",     "->",      "...",     "\"",    "\\",      "entry:", "size",
    "align", "x",   "type",  "define",  "declare", "9223372036854775808", "%\"q\"", "signext",
    "add i32 %a, 1", "\n",   "; c\n",   "//",      "addr @counter + 4", "zero 3",
};

std::vector<std::string> splitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string joinLines(const std::vector<std::string>& lines) {
  std::string text;
  for (auto& l : lines) text += l + "\n";
  return text;
}

std::string mutate(std::string text, std::mt19937& rng) {
  auto pick = [&](std::size_t n) { return n ? static_cast<std::size_t>(rng() % n) : 0; };
  int edits = 1 + static_cast<int>(rng() % 3);
  for (int e = 0; e < edits; ++e) {
    std::vector<std::string> lines = splitLines(text);
    switch (rng() % 8) {
    case 0:
      if (!lines.empty()) lines.erase(lines.begin() + static_cast<long>(pick(lines.size())));
      text = joinLines(lines);
      break;
    case 1:
      if (!lines.empty()) {
        std::size_t i = pick(lines.size());
        lines.insert(lines.begin() + static_cast<long>(pick(lines.size())), lines[i]);
      }
      text = joinLines(lines);
      break;
    case 2:
      if (lines.size() > 1) std::swap(lines[pick(lines.size())], lines[pick(lines.size())]);
      text = joinLines(lines);
      break;
    case 3:
      if (!text.empty()) text[pick(text.size())] = static_cast<char>(rng() % 128);
      break;
    case 4:
      if (!text.empty()) text.erase(pick(text.size()), 1 + pick(8));
      break;
    case 5:
      text.insert(pick(text.size() + 1),
                  std::string(" ") + fragments[pick(std::size(fragments))] + " ");
      break;
    case 6: text.resize(pick(text.size() + 1)); break;
    default: {
      // Replace a word with a fragment.
      std::size_t at = pick(text.size());
      std::size_t end = text.find_first_of(" ,\n", at);
      if (end == std::string::npos) end = text.size();
      text.replace(at, end - at, fragments[pick(std::size(fragments))]);
      break;
    }
    }
  }
  return text;
}

unsigned envOr(const char* name, unsigned fallback) {
  const char* v = std::getenv(name);
  return v ? static_cast<unsigned>(std::strtoul(v, nullptr, 10)) : fallback;
}

void checkOne(const std::string& text, unsigned round) {
  std::ostringstream diagOut;
  DiagnosticEngine diags(diagOut);
  std::unique_ptr<Module> m = parseModule(text, "fuzz.ir", diags);
  if (!m) {
    ASSERT_TRUE(diags.hasErrors()) << "round " << round << ": failed without a diagnostic";
    return;
  }
  std::ostringstream first;
  printModule(*m, first);
  std::unique_ptr<Module> again = parseModule(first.str(), "fuzz2.ir", diags);
  ASSERT_NE(again, nullptr) << "round " << round << ": printed text does not parse:\n"
                            << diagOut.str() << first.str();
  std::ostringstream second;
  printModule(*again, second);
  ASSERT_EQ(second.str(), first.str()) << "round " << round;
  if (!verifyModule(*m).empty()) return;
  PassOptions options;
  options.optLevel = 2;
  options.verifyEach = true;
  try {
    runPassPipeline(*m, options);
  } catch (const InternalError& e) {
    FAIL() << "round " << round << ": " << e.what() << "\ninput:\n" << first.str();
  }
}

TEST(IRFuzz, MutatedCorpusNeverCrashesAndAlwaysRoundTrips) {
  unsigned rounds = envOr("MINICC_IR_FUZZ_ROUNDS", 3000);
  std::mt19937 rng(envOr("MINICC_IR_FUZZ_SEED", 20240601));
  const auto& corpus = corpus::irCorpus();
  for (unsigned round = 0; round < rounds; ++round) {
    std::string text = mutate(corpus[rng() % corpus.size()].text, rng);
    checkOne(text, round);
    if (::testing::Test::HasFatalFailure()) {
      ADD_FAILURE() << "input:\n" << text;
      return;
    }
  }
}

} // namespace
