// <time.h> from glibc: time_t, struct tm, gmtime/mktime/timegm round trips on fixed times,
// strftime, difftime, asctime-style formatting, clock and time (whose values are only
// checked for sanity) (C11 7.27).
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(void) {
  setenv("TZ", "UTC", 1);
  tzset();
  time_t t = 1700000000; // 2023-11-14 22:13:20 UTC
  struct tm *utc = gmtime(&t);
  printf("gmtime %d-%02d-%02d %02d:%02d:%02d wday %d yday %d\n", utc->tm_year + 1900,
         utc->tm_mon + 1, utc->tm_mday, utc->tm_hour, utc->tm_min, utc->tm_sec, utc->tm_wday,
         utc->tm_yday);
  char buf[64];
  size_t n = strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S %a %b %j", utc);
  printf("strftime %zu %s\n", n, buf);
  struct tm date = {0};
  date.tm_year = 2000 - 1900;
  date.tm_mon = 1;
  date.tm_mday = 29;
  date.tm_hour = 12;
  date.tm_isdst = -1;
  time_t back = mktime(&date);
  printf("mktime %ld wday %d yday %d\n", (long)back, date.tm_wday, date.tm_yday);
  date.tm_mday += 1; // normalised to March 1st
  mktime(&date);
  printf("normalised %d/%d\n", date.tm_mon + 1, date.tm_mday);
  printf("difftime %.1f\n", difftime(t, back));
  printf("sizes %zu %zu\n", sizeof(time_t), sizeof(clock_t));
  time_t now = time(NULL);
  clock_t used = clock();
  printf("sane %d %d %d\n", now > t, used >= 0, CLOCKS_PER_SEC == 1000000);
  struct timespec ts;
  printf("timespec_get %d %d\n", timespec_get(&ts, TIME_UTC) == TIME_UTC, ts.tv_nsec < 1000000000);
  return 0;
}
