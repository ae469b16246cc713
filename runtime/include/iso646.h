/* runtime/include/iso646.h — C11 7.9 for minicc: alternative spellings of operators. */
#ifndef __minicc_iso646_h
#define __minicc_iso646_h

#define and &&
#define and_eq &=
#define bitand &
#define bitor |
#define compl ~
#define not !
#define not_eq !=
#define or ||
#define or_eq |=
#define xor ^
#define xor_eq ^=

#endif
