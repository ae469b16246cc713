/* Preprocesses cleanly; used by tests whose failure is forced by a hidden test option. */
int answer(void) { return 42; }
