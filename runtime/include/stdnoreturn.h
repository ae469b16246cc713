/* runtime/include/stdnoreturn.h — C11 7.23 for minicc. */
#ifndef __minicc_stdnoreturn_h
#define __minicc_stdnoreturn_h

#define noreturn _Noreturn

#endif
