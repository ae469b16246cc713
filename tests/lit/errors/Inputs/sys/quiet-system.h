/* A system header (-isystem): its warnings are not shown, its errors are. */
static int *quiet(char *c) { return c; }
int quiet_compare = (char *)0 == (int *)0;
#ifdef SYSTEM_ERROR
int system_error = undeclared_in_system_header;
#endif
