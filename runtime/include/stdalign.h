/* runtime/include/stdalign.h — C11 7.15 for minicc. */
#ifndef __minicc_stdalign_h
#define __minicc_stdalign_h

#define alignas _Alignas
#define alignof _Alignof
#define __alignas_is_defined 1
#define __alignof_is_defined 1

#endif
