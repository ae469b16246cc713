// main's return value becomes the exit status; falling off the end of main returns 0
// (C11 5.1.2.2.3); other functions' return values reach the caller; argc/argv are passed.
// RUN: %cc -w %s -o %t.gcc
// RUN: sh -c '%t.gcc; echo "status $?"' > %t.expected
// RUN: sh -c '%t.gcc a bb ccc; echo "status $?"' >> %t.expected
// RUN: sh -c '%t.gcc x; echo "status $?"' >> %t.expected
// RUN: %minicc %s -o %t
// RUN: sh -c '%t; echo "status $?"' > %t.out
// RUN: sh -c '%t a bb ccc; echo "status $?"' >> %t.out
// RUN: sh -c '%t x; echo "status $?"' >> %t.out
// RUN: diff %t.expected %t.out
int printf(const char*, ...);

static int status_for(int argc) {
  return argc == 4 ? 42 : 200 + argc;
}

int main(int argc, char** argv) {
  for (int i = 1; i < argc; i++) {
    int n = 0;
    while (argv[i][n]) n++;
    printf("arg %d: %s (%d chars)\n", i, argv[i], n);
  }
  printf("argv[argc] is null: %d\n", argv[argc] == 0);
  if (argc == 1) {
    printf("no arguments\n");
  } else {
    return status_for(argc);
  }
}
