#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "rpn.h"

struct token next_token(const char **text) {
  struct token t = {TOKEN_END, 0, 0};
  const char *p = *text;
  while (isspace((unsigned char)*p)) p++;
  if (*p == '\0') {
    *text = p;
    return t;
  }
  if (isdigit((unsigned char)*p)) {
    char *end;
    t.kind = TOKEN_NUMBER;
    t.value = strtol(p, &end, 10);
    *text = end;
    return t;
  }
  t.kind = strchr("+-*/%", *p) ? TOKEN_OPERATOR : TOKEN_ERROR;
  t.op = *p;
  *text = p + 1;
  return t;
}
