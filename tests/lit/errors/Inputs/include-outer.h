/* Included by diag-include-context.c; includes include-inner.h. */
int outer_value;
#include "include-inner.h"
