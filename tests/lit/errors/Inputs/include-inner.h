/* A warning inside a function and one at file scope, two includes deep. */
static int *inner(char *c) { return c; }
int inner_compare = (char *)0 == (int *)0;
