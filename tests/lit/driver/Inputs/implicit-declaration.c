/* Valid, with a warning every C compiler gives: foo is implicitly declared. */
int foo();
int main(void) { return bar(); }
