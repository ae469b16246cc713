// <sys/stat.h> (POSIX) from glibc: stat/fstat on files and directories (st_size, st_mode and
// the S_IS* macros), mkdir, chmod, umask, and struct stat's layout being glibc's.
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: %cc -w %s -o %t.gcc && %t.gcc %t.dir/gcc > %t.expected
// RUN: %minicc %s -o %t && %t %t.dir/minicc > %t.out
// RUN: diff %t.expected %t.out
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2) return 2;
  umask(022);
  printf("mkdir %d\n", mkdir(argv[1], 0750));
  struct stat st;
  int status = stat(argv[1], &st);
  printf("stat %d dir %d reg %d perms %o\n", status, S_ISDIR(st.st_mode) != 0,
         S_ISREG(st.st_mode) != 0, (unsigned)(st.st_mode & 0777));
  char file[4096];
  snprintf(file, sizeof file, "%s/data", argv[1]);
  int fd = open(file, O_CREAT | O_WRONLY, 0666);
  write(fd, "twelve bytes", 12);
  struct stat fst;
  status = fstat(fd, &fst);
  printf("fstat %d size %ld reg %d perms %o\n", status, (long)fst.st_size,
         S_ISREG(fst.st_mode) != 0, (unsigned)(fst.st_mode & 0777));
  close(fd);
  printf("chmod %d\n", chmod(file, S_IRUSR | S_IWUSR));
  stat(file, &st);
  printf("perms %o links %lu same inode %d\n", (unsigned)(st.st_mode & 0777),
         (unsigned long)st.st_nlink, st.st_ino == fst.st_ino);
  printf("missing %d\n", stat("/nonexistent-minicc", &st));
  printf("sizeof %zu\n", sizeof(struct stat));
  unlink(file);
  rmdir(argv[1]);
  return 0;
}
