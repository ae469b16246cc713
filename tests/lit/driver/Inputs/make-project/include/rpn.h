/* The interface shared by the translation units of the rpn example. */
#ifndef RPN_H
#define RPN_H
#include <stddef.h>

#define RPN_STACK_MAX 64

enum token_kind { TOKEN_NUMBER, TOKEN_OPERATOR, TOKEN_END, TOKEN_ERROR };

struct token {
  enum token_kind kind;
  long value;
  char op;
};

struct stack {
  long items[RPN_STACK_MAX];
  size_t depth;
};

void stack_init(struct stack *s);
int stack_push(struct stack *s, long value);
int stack_pop(struct stack *s, long *value);

/* Reads the next token of *text and advances it. */
struct token next_token(const char **text);

#endif
