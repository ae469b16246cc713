// Parser test over real glibc headers: a file including the common system headers is
// preprocessed at test time by the system cpp, the way the driver runs it (no __GNUC__, so
// glibc takes its portable paths), and must parse without a diagnostic. Minimal stand-ins for
// the compiler-provided stddef.h and stdarg.h are written to a temporary directory.
#include "ParserTestSupport.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace minicc::frontend::testing;

namespace {

const char* const kStddef = R"(#ifndef STANDIN_STDDEF_H
#define STANDIN_STDDEF_H
typedef unsigned long size_t;
typedef long ptrdiff_t;
typedef int wchar_t;
typedef struct { long long ll; long double ld; } max_align_t;
#define NULL ((void *)0)
#define offsetof(type, member) ((size_t)&((type *)0)->member)
#endif
)";

const char* const kStdarg = R"(#ifndef STANDIN_STDARG_H
#define STANDIN_STDARG_H
typedef __builtin_va_list va_list;
typedef __builtin_va_list __gnuc_va_list;
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#endif
)";

const char* const kProgram = R"(#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <inttypes.h>
#include <errno.h>
#include <assert.h>
#include <math.h>
#include <time.h>
#include <signal.h>
#include <setjmp.h>
#include <locale.h>
#include <wchar.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/stat.h>
static int compare(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int main(int argc, char **argv) {
  FILE *out = stdout;
  size_t length = strlen(argv[0]);
  int values[3] = {3, 1, 2};
  qsort(values, 3, sizeof values[0], compare);
  fprintf(out, "%zu %d %d\n", length, isdigit('7') != 0, INT_MAX > 0);
  return argc > 1 ? EXIT_FAILURE : EXIT_SUCCESS;
}
)";

std::string run(const std::string& command) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return output;
  char buffer[65536];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
  if (pclose(pipe) != 0) output.clear();
  return output;
}

void writeFile(const std::filesystem::path& path, const char* text) {
  std::ofstream(path) << text;
}

} // namespace

TEST(ParserSystemHeaders, PreprocessedGlibcHeadersParse) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(::testing::TempDir()) / "minicc-parser-headers";
  fs::create_directories(dir / "include");
  writeFile(dir / "include" / "stddef.h", kStddef);
  writeFile(dir / "include" / "stdarg.h", kStdarg);
  writeFile(dir / "program.c", kProgram);
  std::string command =
      "cpp -undef -nostdinc -D__x86_64__=1 -D__x86_64=1 -D__linux__=1 -D__linux=1 "
      "-D__unix__=1 -D__unix=1 -D__LP64__=1 -D_LP64=1 -D__CHAR_BIT__=8 "
      "'-D__SIZE_TYPE__=unsigned long' -D__PTRDIFF_TYPE__=long -D__WCHAR_TYPE__=int "
      "-D__ORDER_LITTLE_ENDIAN__=1234 -D__BYTE_ORDER__=__ORDER_LITTLE_ENDIAN__ "
      "-isystem " +
      (dir / "include").string() +
      " -isystem /usr/include/x86_64-linux-gnu -isystem /usr/include " +
      (dir / "program.c").string() + " 2>/dev/null";
  std::string preprocessed = run(command);
  if (preprocessed.empty()) GTEST_SKIP() << "the system cpp or glibc headers are not available";

  auto start = std::chrono::steady_clock::now();
  ParseResult result = parseSource(preprocessed);
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(result.ok);
  EXPECT_EQ(result.diagnostics.substr(0, 2000), "");
  EXPECT_TRUE(contains(result.ast, "(specs (typedef-name FILE)) (declarator out (pointer))"));
  EXPECT_TRUE(contains(result.ast, "(call qsort values (int 3)"));
  // A few thousand lines of declarations: parsing must stay far below a second.
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 1000);
}
