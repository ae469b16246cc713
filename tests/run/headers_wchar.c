// <wchar.h> from glibc: wide strings (wcslen/wcscpy/wcscat/wcscmp/wcschr/wcsncmp), wmemset,
// swprintf/wcstol, conversions between multibyte and wide in the C locale (mbstowcs,
// wcstombs, btowc, wctob, mbrtowc with mbstate_t), and WCHAR_MIN/WCHAR_MAX/WEOF (C11 7.29).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int main(void) {
  wchar_t buf[64];
  wcscpy(buf, L"wide");
  wcscat(buf, L" string");
  printf("len %zu cmp %d %d chr %d\n", wcslen(buf), wcscmp(buf, L"wide string") == 0,
         wcsncmp(L"abc", L"abd", 3) < 0, (int)(wcschr(buf, L's') - buf));
  wchar_t filled[5];
  wmemset(filled, L'z', 4);
  filled[4] = 0;
  char narrow[64];
  printf("wcstombs %zu '%s'\n", wcstombs(narrow, filled, sizeof narrow), narrow);
  wchar_t formatted[64];
  int n = swprintf(formatted, 64, L"%d-%ls-%lc", 42, L"ws", (wint_t)L'q');
  wcstombs(narrow, formatted, sizeof narrow);
  printf("swprintf %d '%s'\n", n, narrow);
  wchar_t *end;
  long value = wcstol(L"  -1234xyz", &end, 10);
  printf("wcstol %ld rest %zu\n", value, wcslen(end));
  wchar_t back[16];
  size_t converted = mbstowcs(back, "ascii!", 16);
  printf("mbstowcs %zu %d\n", converted, back[5] == L'!');
  printf("btowc %d wctob %d weof %d\n", (int)btowc('A'), wctob(L'B'), btowc(EOF) == WEOF);
  mbstate_t state;
  memset(&state, 0, sizeof state);
  wchar_t one;
  size_t used = mbrtowc(&one, "xyz", 3, &state);
  printf("mbrtowc %zu %d init %d\n", used, (int)one, mbsinit(&state));
  printf("limits %d %d %zu %zu\n", WCHAR_MIN < 0, WCHAR_MAX == 2147483647, sizeof(wchar_t),
         sizeof(wint_t));
  return 0;
}
