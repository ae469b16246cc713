// Built by gcc for tests/run/pragma_weak.c: the strong definition that overrides a weak one.
int overridden(void) { return 2; }
