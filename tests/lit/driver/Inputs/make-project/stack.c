#include "rpn.h"

void stack_init(struct stack *s) { s->depth = 0; }

int stack_push(struct stack *s, long value) {
  if (s->depth == RPN_STACK_MAX) return 0;
  s->items[s->depth++] = value;
  return 1;
}

int stack_pop(struct stack *s, long *value) {
  if (s->depth == 0) return 0;
  *value = s->items[--s->depth];
  return 1;
}
