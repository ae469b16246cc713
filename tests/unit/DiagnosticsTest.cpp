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
