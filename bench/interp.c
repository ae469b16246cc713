// Benchmark: a small stack-based bytecode interpreter (a dispatch loop over a switch, an
// operand stack in an array, jumps) running nested counting loops.
int printf(const char*, ...);

enum { PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, JZ, JMP, HALT };

// Registers r0..r3. Program: for (r0 = 0; r0 < 600; r0++) for (r1 = 0; r1 < 300; r1++)
//   r2 = (r2 + r0 * r1 + 7) % 1000003;
// clang-format off
static int program[] = {
    PUSH, 0, STORE, 0,                         // 0: r0 = 0
    LOAD, 0, PUSH, 600, LT, JZ, 56,            // 4: while r0 < 600
    PUSH, 0, STORE, 1,                         // 11: r1 = 0
    LOAD, 1, PUSH, 300, LT, JZ, 47,            // 15: while r1 < 300
    LOAD, 2, LOAD, 0, LOAD, 1, MUL, ADD,       // 22: r2 + r0 * r1
    PUSH, 7, ADD, PUSH, 1000003, MOD, STORE, 2, // 30: (... + 7) % 1000003 -> r2
    LOAD, 1, PUSH, 1, ADD, STORE, 1, JMP, 15,  // 38: r1++
    LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 4,   // 47: r0++
    HALT};                                     // 56
// clang-format on

static long run(const int* code) {
  long stack[64];
  long regs[4] = {0, 0, 0, 0};
  int sp = 0, pc = 0;
  long steps = 0;
  for (;;) {
    steps++;
    switch (code[pc]) {
    case PUSH:
      stack[sp++] = code[pc + 1];
      pc += 2;
      break;
    case LOAD:
      stack[sp++] = regs[code[pc + 1]];
      pc += 2;
      break;
    case STORE:
      regs[code[pc + 1]] = stack[--sp];
      pc += 2;
      break;
    case ADD:
      sp--;
      stack[sp - 1] += stack[sp];
      pc++;
      break;
    case SUB:
      sp--;
      stack[sp - 1] -= stack[sp];
      pc++;
      break;
    case MUL:
      sp--;
      stack[sp - 1] *= stack[sp];
      pc++;
      break;
    case MOD:
      sp--;
      stack[sp - 1] %= stack[sp];
      pc++;
      break;
    case LT:
      sp--;
      stack[sp - 1] = stack[sp - 1] < stack[sp];
      pc++;
      break;
    case JZ: pc = stack[--sp] ? pc + 2 : code[pc + 1]; break;
    case JMP: pc = code[pc + 1]; break;
    case HALT: return regs[2] * 1000 + steps % 1000;
    default: return -1;
    }
  }
}

int main(void) {
  printf("interp %ld\n", run(program));
  return 0;
}
