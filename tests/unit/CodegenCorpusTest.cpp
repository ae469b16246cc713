// The backend accepts any IR the verifier accepts: every IR corpus text (floats, every fcmp
// predicate, aggregates by value, variadic definitions and calls, switches, globals...) and
// line-level mutations of them that still verify are compiled at -O0 and -O2 with the
// register allocation checker on, and the output assembles with gcc. The only allowed failure
// is a "... is not supported yet" diagnostic (long double and the rest of Support.cpp's list);
// an internal error fails the test. MINICC_CODEGEN_FUZZ_ROUNDS=N runs more mutations.
#include "CodegenTestSupport.h"
#include "IRCorpus.h"
#include "ir/Passes.h"
#include "ir/TextIO.h"
#include "ir/Verifier.h"

#include <random>

using namespace minicc;
using namespace minicc::testing;

namespace {

enum class Outcome { Compiled, Unsupported, Rejected };

// Parses, verifies, optimizes and compiles; an internal error propagates as an exception.
Outcome compile(const std::string& text, int optLevel, std::string& assembly,
                std::string& messages) {
  std::ostringstream diagText;
  DiagnosticEngine diags(diagText);
  std::unique_ptr<ir::Module> m = ir::parseModule(text, "corpus.ir", diags);
  if (!m || !ir::verifyModule(*m).empty()) return Outcome::Rejected;
  ir::PassOptions passes;
  passes.optLevel = optLevel;
  ir::runPassPipeline(*m, passes);
  std::ostringstream out;
  codegen::CodegenOptions options;
  options.verifyRegAlloc = true;
  bool ok = codegen::emitAssembly(*m, out, options, diags);
  messages = diagText.str();
  assembly = out.str();
  return ok ? Outcome::Compiled : Outcome::Unsupported;
}

bool assembles(const std::string& assembly, std::string& log) {
  char dirTemplate[] = "/tmp/minicc-corpus-XXXXXX";
  const char* dir = mkdtemp(dirTemplate);
  if (!dir) return false;
  std::string d = dir;
  std::ofstream(d + "/code.s") << assembly;
  bool ok = std::system(
                ("gcc -c -o " + d + "/code.o " + d + "/code.s > " + d + "/log 2>&1").c_str()) == 0;
  std::ifstream in(d + "/log");
  std::stringstream text;
  text << in.rdbuf();
  log = text.str();
  std::system(("rm -rf " + d).c_str());
  return ok;
}

// Each diagnostic line is a "not supported yet" one.
bool onlyUnsupported(const std::string& messages) {
  std::istringstream in(messages);
  for (std::string line; std::getline(in, line);)
    if (line.find("error:") != std::string::npos &&
        line.find("is not supported yet") == std::string::npos)
      return false;
  return true;
}

TEST(CodegenCorpus, EveryCorpusTextCompilesAndAssembles) {
  unsigned compiled = 0;
  for (const auto& entry : ir::corpus::irCorpus()) {
    for (int optLevel : {0, 2}) {
      std::string assembly, messages, log;
      Outcome outcome = Outcome::Rejected;
      EXPECT_NO_THROW(outcome = compile(entry.text, optLevel, assembly, messages)) << entry.name;
      EXPECT_NE(outcome, Outcome::Rejected) << entry.name;
      if (outcome == Outcome::Unsupported) {
        EXPECT_TRUE(onlyUnsupported(messages)) << entry.name << ": " << messages;
        continue;
      }
      if (outcome != Outcome::Compiled) continue;
      ++compiled;
      EXPECT_TRUE(assembles(assembly, log)) << entry.name << ":\n" << log << assembly;
    }
  }
  EXPECT_GT(compiled, 2 * ir::corpus::irCorpus().size() * 3 / 4);
}

// Mutations: delete, duplicate or swap lines of a corpus text. Whatever still verifies must
// compile (or be diagnosed as unsupported).
std::string mutate(const std::string& text, std::mt19937& rng) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  for (unsigned edits = 1 + rng() % 3; edits-- > 0 && lines.size() > 2;) {
    std::size_t i = rng() % lines.size(), j = rng() % lines.size();
    switch (rng() % 3) {
    case 0: lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i)); break;
    case 1: lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i), lines[j]); break;
    default: std::swap(lines[i], lines[j]); break;
    }
  }
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

TEST(CodegenCorpus, MutatedCorpusThatVerifiesCompiles) {
  const char* env = std::getenv("MINICC_CODEGEN_FUZZ_ROUNDS");
  unsigned rounds = env ? static_cast<unsigned>(std::atoi(env)) : 300;
  std::mt19937 rng(12345);
  const auto& corpus = ir::corpus::irCorpus();
  unsigned compiled = 0;
  for (unsigned round = 0; round < rounds; ++round) {
    std::string text = mutate(corpus[rng() % corpus.size()].text, rng);
    std::string assembly, messages;
    Outcome outcome = Outcome::Rejected;
    try {
      outcome = compile(text, static_cast<int>(round % 3), assembly, messages);
    } catch (const std::exception& e) {
      ADD_FAILURE() << "round " << round << ": " << e.what() << "\n" << text;
      continue;
    }
    if (outcome == Outcome::Unsupported) {
      EXPECT_TRUE(onlyUnsupported(messages)) << messages << "\n" << text;
    }
    compiled += outcome == Outcome::Compiled;
  }
  EXPECT_GT(compiled, rounds / 20); // enough mutants survive the verifier to mean something
}

} // namespace
