// <fcntl.h> (POSIX) from glibc: open with O_CREAT/O_EXCL/O_TRUNC/O_APPEND and a mode,
// fcntl F_GETFL/F_SETFD/F_GETFD, and the file contents written through them.
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: %cc -w %s -o %t.gcc && %t.gcc %t.dir/gcc > %t.expected
// RUN: %minicc %s -o %t && %t %t.dir/minicc > %t.out
// RUN: diff %t.expected %t.out
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2) return 2;
  int fd = open(argv[1], O_WRONLY | O_CREAT | O_EXCL, 0600);
  printf("created %d\n", fd >= 0);
  printf("exclusive %d\n", open(argv[1], O_WRONLY | O_CREAT | O_EXCL, 0600));
  write(fd, "first\n", 6);
  close(fd);
  fd = open(argv[1], O_WRONLY | O_APPEND);
  int flags = fcntl(fd, F_GETFL);
  printf("flags %d %d\n", (flags & O_ACCMODE) == O_WRONLY, (flags & O_APPEND) != 0);
  write(fd, "second\n", 7);
  int set = fcntl(fd, F_SETFD, FD_CLOEXEC);
  printf("cloexec %d %d\n", set, fcntl(fd, F_GETFD) & FD_CLOEXEC);
  close(fd);
  fd = open(argv[1], O_RDONLY);
  char buf[32] = {0};
  printf("read %zd\n", read(fd, buf, sizeof buf - 1));
  printf("%s", buf);
  close(fd);
  fd = open(argv[1], O_RDWR | O_TRUNC);
  char after[4];
  printf("truncated %zd\n", read(fd, after, sizeof after));
  close(fd);
  unlink(argv[1]);
  return 0;
}
