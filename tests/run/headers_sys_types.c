// <sys/types.h> (POSIX) from glibc: the sizes and signedness of its types, used for real
// with getpid and lseek results.
// RUN: %cc -w %s -o %t.gcc && %t.gcc > %t.expected
// RUN: %minicc %s -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
#include <stdio.h>
#include <sys/types.h>
#include <unistd.h>

#define SHOW(T) printf("%-10s %zu %d\n", #T, sizeof(T), (T)-1 < (T)0)

int main(void) {
  SHOW(pid_t); SHOW(uid_t); SHOW(gid_t); SHOW(off_t); SHOW(ssize_t); SHOW(size_t);
  SHOW(mode_t); SHOW(dev_t); SHOW(ino_t); SHOW(nlink_t); SHOW(time_t); SHOW(blksize_t);
  SHOW(blkcnt_t); SHOW(id_t); SHOW(u_int32_t); SHOW(int64_t);
  pid_t self = getpid();
  off_t offset = lseek(-1, 0, SEEK_CUR);
  ssize_t bad = write(-1, "", 0);
  printf("%d %ld %zd\n", self > 0, (long)offset, bad);
  return 0;
}
