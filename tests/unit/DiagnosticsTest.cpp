// Unit tests for ir/Diagnostics.h: gcc's format, the source line and caret, and safety when a
// location names something that is not a regular file.
#include "ir/Diagnostics.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace minicc;

TEST(Diagnostics, ErrorShowsLocationSourceLineAndCaret) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  diags.setFileContents("t.c", "int main(void) {\n  int x = ;\n}\n");
  diags.error({diags.internFile("t.c"), 2, 11}, "expected expression before ';' token");
  EXPECT_EQ(out.str(), "t.c:2:11: error: expected expression before ';' token\n"
                       "    2 |   int x = ;\n"
                       "      |           ^\n");
  EXPECT_EQ(diags.errorCount(), 1u);
}

TEST(Diagnostics, WerrorTurnsWarningsIntoErrorsAndWSilencesThem) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  diags.setWarningsAsErrors(true);
  diags.warning({}, "w");
  EXPECT_EQ(diags.errorCount(), 1u);
  DiagnosticEngine quiet(out);
  quiet.setSuppressWarnings(true);
  quiet.warning({}, "w");
  EXPECT_EQ(quiet.warningCount(), 0u);
}

TEST(Diagnostics, LocationNamingADeviceDoesNotReadIt) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  // /dev/zero never ends; reading it for the source line would hang.
  diags.error({diags.internFile("/dev/zero"), 1, 1}, "boom");
  EXPECT_EQ(out.str(), "/dev/zero:1:1: error: boom\n");
}

TEST(Diagnostics, IncludedFileShowsItsIncludeChainOncePerChange) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  const std::string* main = diags.internFile("m.c");
  const std::string* outer = diags.enterIncludedFile("a.h", {main, 3, 0}, false);
  const std::string* inner = diags.enterIncludedFile("b.h", {outer, 7, 0}, false);
  diags.warning({inner, 1, 1}, "one");
  diags.warning({inner, 2, 1}, "two");
  diags.warning({main, 4, 1}, "three");
  diags.warning({inner, 3, 1}, "four");
  EXPECT_EQ(out.str(), "In file included from a.h:7,\n"
                       "                 from m.c:3:\n"
                       "b.h:1:1: warning: one\n"
                       "b.h:2:1: warning: two\n"
                       "m.c:4:1: warning: three\n"
                       "In file included from a.h:7,\n"
                       "                 from m.c:3:\n"
                       "b.h:3:1: warning: four\n");
}

TEST(Diagnostics, WarningsInSystemHeadersAreHiddenWithTheirNotes) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  const std::string* main = diags.internFile("m.c");
  const std::string* system = diags.enterIncludedFile("sys.h", {main, 1, 0}, true);
  diags.warning({system, 1, 1}, "hidden");
  diags.note({system, 1, 1}, "hidden note");
  EXPECT_EQ(out.str(), "");
  diags.error({system, 2, 1}, "shown");
  EXPECT_EQ(out.str(), "In file included from m.c:1:\nsys.h:2:1: error: shown\n");
  // A #line rename keeps the include context.
  const std::string* renamed = diags.renameFile(system, "other.h", true);
  EXPECT_TRUE(diags.isSystemHeader(renamed));
}

TEST(Diagnostics, FunctionContextLines) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  const std::string* file = diags.internFile("f.c");
  diags.warning({file, 1, 1}, "top");
  diags.setFunctionContext("f");
  diags.warning({file, 2, 1}, "in f");
  diags.warning({file, 3, 1}, "in f again");
  diags.setFunctionContext("");
  diags.warning({file, 4, 1}, "after");
  EXPECT_EQ(out.str(), "f.c:1:1: warning: top\n"
                       "f.c: In function 'f':\n"
                       "f.c:2:1: warning: in f\n"
                       "f.c:3:1: warning: in f again\n"
                       "f.c: At top level:\n"
                       "f.c:4:1: warning: after\n");
}

TEST(Diagnostics, TabsAreExpandedAndColumnsCountDisplayWidth) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  diags.setFileContents("t.c", "\tx\t= y;\n");
  diags.error({diags.internFile("t.c"), 1, 4}, "e"); // byte 4 is '='
  EXPECT_EQ(out.str(), "t.c:1:17: error: e\n"
                       "    1 |         x       = y;\n"
                       "      |                 ^\n");
}

TEST(Diagnostics, PerWarningOptions) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  EXPECT_FALSE(diags.isWarningEnabled("return-type")); // C: only with -Wall
  diags.enableWarningGroup("all");
  EXPECT_TRUE(diags.isWarningEnabled("return-type"));
  diags.setWarningEnabled("return-type", false);
  EXPECT_FALSE(diags.isWarningEnabled("return-type"));
  diags.setWarningEnabled("foo", false);
  diags.warning({}, "silenced [-Wfoo]");
  diags.setWarningError("bar", true);
  diags.warning({}, "promoted [-Wbar]");
  diags.warning({}, "plain");
  diags.printWarningsAsErrorsSummary();
  EXPECT_EQ(out.str(), "minicc: error: promoted [-Werror=bar]\n"
                       "minicc: warning: plain\n"
                       "minicc: some warnings being treated as errors\n");
  EXPECT_EQ(diags.errorCount(), 1u);
}

TEST(Diagnostics, ColorUsesGccEscapes) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  diags.setColor(true);
  diags.setFileContents("t.c", "a = b;\n");
  diags.warning({diags.internFile("t.c"), 1, 3}, "isn't 'x' [-Wfoo]");
  EXPECT_EQ(out.str(), "\033[01m\033[Kt.c:1:3:\033[m\033[K \033[01;35m\033[Kwarning: \033[m\033[K"
                       "isn't '\033[01m\033[Kx\033[m\033[K' [\033[01;35m\033[K-Wfoo\033[m\033[K]\n"
                       "    1 | a \033[01;35m\033[K=\033[m\033[K b;\n"
                       "      |   \033[01;35m\033[K^\033[m\033[K\n");
}

TEST(Diagnostics, SameLocationIsQuotedOnce) {
  std::ostringstream out;
  DiagnosticEngine diags(out);
  diags.setFileContents("t.c", "int x;\n");
  const std::string* file = diags.internFile("t.c");
  diags.error({file, 1, 5}, "e");
  diags.note({file, 1, 5}, "n");
  EXPECT_EQ(out.str(), "t.c:1:5: error: e\n"
                       "    1 | int x;\n"
                       "      |     ^\n"
                       "t.c:1:5: note: n\n");
}
