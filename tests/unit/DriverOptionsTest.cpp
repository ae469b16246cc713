// Unit tests for the driver's option parser (driver/Options.h): gcc's spellings of option
// values, longest-prefix matching, stage precedence, input kinds and link-line order.
#include "driver/Options.h"

#include <gtest/gtest.h>

namespace minicc::driver {
namespace {

ParseResult parse(std::vector<std::string_view> args) {
  return parseOptions(args);
}

TEST(DriverOptions, ValuesMayBeJoinedOrSeparate) {
  ParseResult joined = parse({"-Iinc", "-DX=1", "-ofile", "a.c"});
  ParseResult separate = parse({"-I", "inc", "-D", "X=1", "-o", "file", "a.c"});
  for (const ParseResult* result : {&joined, &separate}) {
    EXPECT_TRUE(result->errors.empty());
    EXPECT_EQ(result->options.preprocessorArgs,
              (std::vector<std::string>{"-I", "inc", "-D", "X=1"}));
    EXPECT_EQ(result->options.outputPath, "file");
  }
}

TEST(DriverOptions, ExactFlagsWinOverJoinedPrefixes) {
  ParseResult result = parse({"-Werror", "-MD", "-MMD", "-M", "a.c"});
  EXPECT_TRUE(result.errors.empty());
  EXPECT_TRUE(result.options.warningsAsErrors);
  EXPECT_EQ(result.options.dependencies, DependencyMode::UserHeaders); // the last one wins
  EXPECT_EQ(result.options.stage, Stage::Preprocess);                  // -M implies -E
}

TEST(DriverOptions, LongestPrefixDecides) {
  ParseResult result = parse({"-Wl,-rpath,/x", "-Wa,--noexecstack", "-Wall", "a.c"});
  EXPECT_TRUE(result.errors.empty());
  ASSERT_EQ(result.options.inputs.size(), 2u);
  EXPECT_EQ(result.options.inputs[0].path, "-Wl,-rpath,/x");
  EXPECT_EQ(result.options.inputs[0].kind, InputKind::LinkerFlag);
  EXPECT_EQ(result.options.assemblerArgs, std::vector<std::string>{"-Wa,--noexecstack"});
}

TEST(DriverOptions, EarliestStageWins) {
  EXPECT_EQ(parse({"-c", "-S", "a.c"}).options.stage, Stage::Assembly);
  EXPECT_EQ(parse({"-S", "--emit-ir", "a.c"}).options.stage, Stage::EmitIR);
  EXPECT_EQ(parse({"--emit-ir", "-E", "a.c"}).options.stage, Stage::Preprocess);
  EXPECT_EQ(parse({"-c", "-fsyntax-only", "a.c"}).options.stage, Stage::SyntaxOnly);
  EXPECT_EQ(parse({"a.c"}).options.stage, Stage::Executable);
}

TEST(DriverOptions, OptimizationLevelsFollowGcc) {
  EXPECT_EQ(parse({"-O"}).options.optLevel, 1);
  EXPECT_EQ(parse({"-O2"}).options.optLevel, 2);
  EXPECT_EQ(parse({"-O9"}).options.optLevel, 3);
  EXPECT_EQ(parse({"-Os"}).options.optLevel, 2);
  EXPECT_EQ(parse({"-Og"}).options.optLevel, 1);
  EXPECT_EQ(parse({"-O3", "-O0"}).options.optLevel, 0);
  EXPECT_EQ(parse({"-Ox"}).errors.size(), 1u);
}

TEST(DriverOptions, LastPicOptionWins) {
  EXPECT_FALSE(parse({"a.c"}).options.positionIndependent);
  EXPECT_TRUE(parse({"-fPIC", "a.c"}).options.positionIndependent);
  EXPECT_TRUE(parse({"-fpic", "a.c"}).options.positionIndependent);
  EXPECT_FALSE(parse({"-fPIC", "-fPIE", "a.c"}).options.positionIndependent);
  EXPECT_FALSE(parse({"-fPIC", "-fno-pic", "a.c"}).options.positionIndependent);
  EXPECT_TRUE(parse({"-fno-PIC", "-fpie", "-fPIC", "a.c"}).options.positionIndependent);
}

TEST(DriverOptions, InputKindsComeFromSuffixesOrDashX) {
  ParseResult result = parse({"a.c", "b.i", "c.ir", "d.s", "e.S", "f.o", "g.a", "noext", "-x", "c",
                              "h.txt", "-x", "ir", "-", "-x", "none", "i.s"});
  std::vector<InputKind> kinds;
  for (const Input& input : result.options.inputs) kinds.push_back(input.kind);
  EXPECT_EQ(kinds, (std::vector<InputKind>{
                       InputKind::C, InputKind::PreprocessedC, InputKind::IR, InputKind::Assembly,
                       InputKind::AssemblyWithCpp, InputKind::LinkerInput, InputKind::LinkerInput,
                       InputKind::LinkerInput, InputKind::C, InputKind::IR, InputKind::Assembly}));
}

TEST(DriverOptions, LinkerItemsKeepCommandLineOrder) {
  ParseResult result = parse({"-lm", "a.o", "-L", "lib", "-lfoo", "-Xlinker", "--as-needed"});
  std::vector<std::string> paths;
  for (const Input& input : result.options.inputs) paths.push_back(input.path);
  EXPECT_EQ(paths,
            (std::vector<std::string>{"-lm", "a.o", "-Llib", "-lfoo", "-Xlinker", "--as-needed"}));
}

TEST(DriverOptions, ErrorsNameTheOption) {
  EXPECT_EQ(parse({"-frobnicate"}).errors,
            std::vector<std::string>{"unrecognized command-line option '-frobnicate'"});
  EXPECT_EQ(parse({"a.c", "-o"}).errors, std::vector<std::string>{"missing argument to '-o'"});
  EXPECT_EQ(parse({"-include"}).errors, std::vector<std::string>{"missing argument to '-include'"});
  EXPECT_EQ(parse({"-std=c++17"}).errors,
            std::vector<std::string>{"unrecognized command-line option '-std=c++17'"});
}

TEST(DriverOptions, StandardAndHiddenTestOptions) {
  EXPECT_EQ(parse({}).options.languageStandard, "gnu11");
  EXPECT_EQ(parse({"-std=c17"}).options.languageStandard, "c17");
  EXPECT_EQ(parse({"-ansi"}).options.languageStandard, "c90");
  EXPECT_EQ(parse({"-fminicc-internal-error-for-testing"}).options.testFailure,
            TestFailure::InternalError);
  EXPECT_EQ(parse({"-fminicc-crash-for-testing"}).options.testFailure, TestFailure::Crash);
}

} // namespace
} // namespace minicc::driver
