// #pragma weak (gcc): a weak definition yields to a strong one in another object, a weak
// reference to a function no object defines is a null address (never folded to "non-null"),
// and `#pragma weak alias = target` makes a weak alias. Unity-style test harnesses rely on it.
// RUN: %cc -w %s %S/Inputs/pragma_weak_strong.c -o %t.gcc && %t.gcc > %t.expected
// RUN: %cc -c -w %S/Inputs/pragma_weak_strong.c -o %t.strong.o
// RUN: %minicc %s %t.strong.o -o %t && %t > %t.out
// RUN: diff %t.expected %t.out
// RUN: %minicc -O2 %s %t.strong.o -o %t.O2 && %t.O2 > %t.O2.out
// RUN: diff %t.expected %t.O2.out
int printf(const char*, ...);

#pragma weak overridden
int overridden(void) { return 1; }

#pragma weak kept
int kept(void) { return 3; }

#pragma weak nowhere
void nowhere(void);

int target(void) { return 4; }
#pragma weak alias_of_target = target
int alias_of_target(void);

int main(void) {
  printf("%d %d %d %d\n", overridden(), kept(), nowhere ? 1 : 0, alias_of_target());
  if (nowhere) nowhere();
  return 0;
}
