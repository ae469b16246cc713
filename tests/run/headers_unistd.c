// <unistd.h> (POSIX) from glibc: pipe/write/read/close, dup, lseek on a file, access,
// getpid/getppid, sysconf, isatty, getcwd/chdir, unlink.
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: %cc -w %s -o %t.gcc && %t.gcc %t.dir/gcc > %t.expected
// RUN: %minicc %s -o %t && %t %t.dir/minicc > %t.out
// RUN: diff %t.expected %t.out
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2) return 2;
  int fds[2];
  printf("pipe %d\n", pipe(fds));
  const char *message = "through a pipe";
  ssize_t written = write(fds[1], message, strlen(message));
  char buf[64] = {0};
  ssize_t got = read(fds[0], buf, sizeof buf - 1);
  printf("%zd %zd '%s'\n", written, got, buf);
  int copy = dup(fds[1]);
  printf("dup %d\n", copy > fds[1]);
  close(copy);
  close(fds[0]);
  close(fds[1]);

  int fd = open(argv[1], O_CREAT | O_RDWR | O_TRUNC, 0644);
  write(fd, "0123456789", 10);
  off_t end = lseek(fd, 0, SEEK_END);
  lseek(fd, 3, SEEK_SET);
  char three[4] = {0};
  read(fd, three, 3);
  printf("lseek %ld '%s'\n", (long)end, three);
  close(fd);
  printf("access %d %d\n", access(argv[1], R_OK | W_OK), access("/nonexistent-minicc", F_OK));
  int removed = unlink(argv[1]);
  printf("unlink %d %d\n", removed, access(argv[1], F_OK));

  printf("pids %d %d\n", getpid() > 0, getppid() > 0);
  printf("sysconf %d %d\n", sysconf(_SC_PAGESIZE) >= 4096, sysconf(_SC_CLK_TCK) > 0);
  printf("isatty %d\n", isatty(-1));
  char cwd[4096];
  int have_cwd = getcwd(cwd, sizeof cwd) != 0;
  printf("getcwd %d chdir %d\n", have_cwd, chdir("/"));
  char root[8];
  printf("now %s\n", getcwd(root, sizeof root));
  printf("constants %d %d %d\n", STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO);
  return 0;
}
