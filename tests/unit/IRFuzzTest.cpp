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

#include <cctype>
#include <cstdlib>
#include <gtest/gtest.h>
#include <iostream>
#include <random>
#include <sstream>

using namespace minicc;
using namespace minicc::ir;

namespace {

const char* const fragments[] = {
    "%x",
    "%0",
    "@f",
    "@.str.0",
    "i1",
    "i8",
    "i32",
    "i64",
    "ptr",
    "f32",
    "f64",
    "f80",
    "void",
    "undef",
    "null",
    "true",
    "-1",
    "0x7FF8000000000000",
    "1e+300",
    "-inf",
    "phi",
    "br",
    "jmp",
    "ret",
    "switch",
    "call",
    "alloca",
    "load",
    "store",
    "volatile",
    ",",
    ":",
    "[",
    "]",
    "(",
    ")",
    "{",
    "}",
    "=",
    "->",
    "...",
    "\"",
    "\\",
    "entry:",
    "size",
    "align",
    "x",
    "type",
    "define",
    "declare",
    "9223372036854775808",
    "%\"q\"",
    "signext",
    "add i32 %a, 1",
    "\n",
    "; c\n",
    "//",
    "addr @counter + 4",
    "zero 3",
};

// Words that can replace each other and keep the text parseable (often valid).
const std::vector<std::vector<std::string>> families = {
    {"add", "sub", "mul", "sdiv", "udiv", "srem", "urem", "and", "or", "xor", "shl", "lshr",
     "ashr"},
    {"eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"},
    {"oeq", "one", "olt", "ole", "ogt", "oge", "ueq", "une", "ord", "uno"},
    {"fadd", "fsub", "fmul", "fdiv"},
    {"sext", "zext", "trunc"},
    {"i8", "i16", "i32", "i64"},
    {"0", "1", "-1", "2", "7", "127", "-128", "255", "32767", "-32768", "2147483647", "-2147483648",
     "9223372036854775807", "-9223372036854775808", "31", "63", "64"},
};

// Replaces one word of `text` by another of its family, or one %name by another %name of the
// text; returns false when there was nothing to replace.
bool mutateWord(std::string& text, std::mt19937& rng) {
  std::vector<std::pair<std::size_t, std::size_t>> words; // start, length
  for (std::size_t i = 0; i < text.size();) {
    std::size_t j = i;
    while (j < text.size() &&
           (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '%' || text[j] == '-' ||
            text[j] == '.' || text[j] == '_'))
      ++j;
    if (j > i) words.push_back({i, j - i});
    i = j > i ? j : i + 1;
  }
  if (words.empty()) return false;
  auto [at, length] = words[rng() % words.size()];
  std::string word = text.substr(at, length);
  if (word[0] == '%') {
    std::vector<std::string> names;
    for (auto [a, l] : words)
      if (text[a] == '%') names.push_back(text.substr(a, l));
    text.replace(at, length, names[rng() % names.size()]);
    return true;
  }
  for (const auto& family : families) {
    for (const auto& member : family) {
      if (member != word) continue;
      text.replace(at, length, family[rng() % family.size()]);
      return true;
    }
  }
  return false;
}

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
    // Mostly edits that keep the text parseable, to reach the verifier and the passes.
    if (rng() % 3 != 0) {
      for (int tries = 0; tries < 20 && !mutateWord(text, rng); ++tries) {
      }
      continue;
    }
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

struct Counts {
  unsigned parsed = 0;
  unsigned verified = 0;
};

void checkOne(const std::string& text, unsigned round, Counts& counts) {
  std::ostringstream diagOut;
  DiagnosticEngine diags(diagOut);
  std::unique_ptr<Module> m = parseModule(text, "fuzz.ir", diags);
  if (!m) {
    ASSERT_TRUE(diags.hasErrors()) << "round " << round << ": failed without a diagnostic";
    return;
  }
  ++counts.parsed;
  std::ostringstream first;
  printModule(*m, first);
  std::unique_ptr<Module> again = parseModule(first.str(), "fuzz2.ir", diags);
  ASSERT_NE(again, nullptr) << "round " << round << ": printed text does not parse:\n"
                            << diagOut.str() << first.str();
  std::ostringstream second;
  printModule(*again, second);
  ASSERT_EQ(second.str(), first.str()) << "round " << round;
  if (!verifyModule(*m).empty()) return;
  ++counts.verified;
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
  Counts counts;
  for (unsigned round = 0; round < rounds; ++round) {
    std::string text = mutate(corpus[rng() % corpus.size()].text, rng);
    checkOne(text, round, counts);
    if (::testing::Test::HasFatalFailure()) {
      ADD_FAILURE() << "input:\n" << text;
      return;
    }
  }
  // A fuzz whose mutants never parse or never verify tests little: show how many did.
  std::cout << rounds << " mutants: " << counts.parsed << " parsed, " << counts.verified
            << " verified and optimised\n";
  EXPECT_GT(counts.verified, rounds / 20);
}

} // namespace
