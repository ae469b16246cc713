/* Given with -include by diag-include-context.c. */
int forced_compare = (char *)0 == (int *)0;
