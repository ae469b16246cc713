#include <stdio.h>

#include "rpn.h"

static int apply(char op, long a, long b, long *out) {
  switch (op) {
  case '+': *out = a + b; return 1;
  case '-': *out = a - b; return 1;
  case '*': *out = a * b; return 1;
  case '/': if (b == 0) return 0; *out = a / b; return 1;
  case '%': if (b == 0) return 0; *out = a % b; return 1;
  }
  return 0;
}

static void evaluate(const char *expression) {
  struct stack s;
  stack_init(&s);
  const char *text = expression;
  for (;;) {
    struct token t = next_token(&text);
    long a, b, r;
    switch (t.kind) {
    case TOKEN_NUMBER:
      if (!stack_push(&s, t.value)) goto fail;
      continue;
    case TOKEN_OPERATOR:
      if (!stack_pop(&s, &b) || !stack_pop(&s, &a) || !apply(t.op, a, b, &r)) goto fail;
      stack_push(&s, r);
      continue;
    case TOKEN_END:
      if (s.depth != 1) goto fail;
      printf("%-24s = %ld\n", expression, s.items[0]);
      return;
    case TOKEN_ERROR:
      goto fail;
    }
  }
fail:
  printf("%-24s : error\n", expression);
}

int main(void) {
  const char *cases[] = {"1 2 +", "3 4 * 5 -", "100 7 % 2 *", "2 3 4 + *", "1 +", "8 0 /",
                         "6 2 / 3 -", "9 x"};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) evaluate(cases[i]);
  return 0;
}
