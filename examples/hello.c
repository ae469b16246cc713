/* examples/hello.c — the first program: printf from glibc through <stdio.h>.
   Build and run:  minicc hello.c -o hello && ./hello */
#include <stdio.h>

int main(void) {
  printf("Hello from minicc!\n");
  printf("%d + %d = %d\n", 2, 40, 2 + 40);
  return 0;
}
