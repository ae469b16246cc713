/* Invalid C in any minicc version: the compile must fail and leave no output. */
int main(void) { return 1 +; }
