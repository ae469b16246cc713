#define GREETING "hello from an -I directory"
