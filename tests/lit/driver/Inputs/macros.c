/* Expands the macros that -D/-U/-I/-include tests set. */
#include "greeting.h"
int value = VALUE;
#ifdef REMOVED
int removed_is_still_defined;
#endif
const char *greeting = GREETING;
