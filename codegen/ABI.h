// codegen/ABI.h — System V AMD64 calling convention: classification and argument locations.
//
// Provides: classifyType (psABI 3.2.3 eightbyte classes of any IR type) and lowerSignature,
// which computes the one record per function signature (CallABI) that call lowering, the
// prologue, va_start and any dump read. Needs: ir/Type.h, ir/IR.h (Signature), Registers.h.
//
// This stage is pure logic over types: it never looks at instructions.
#pragma once

#include "codegen/Registers.h"
#include "ir/IR.h"

#include <cstdint>
#include <string>
#include <vector>

namespace minicc::codegen {

// psABI 3.2.3 classes. ComplexX87 is `_Complex long double` (an AggregateLayout marked
// isComplex whose parts are f80): passed in memory, returned in %st(0) and %st(1).
enum class EightbyteClass : std::uint8_t {
  NoClass,
  Integer,
  Sse,
  SseUp,
  X87,
  X87Up,
  ComplexX87,
  Memory
};
const char* eightbyteClassName(EightbyteClass c);

// The classes of each eightbyte of `type`, after the post-merger cleanup (psABI 3.2.3 step 5).
// A MEMORY-class value reports Memory for every eightbyte. Void and empty aggregates: {}.
std::vector<EightbyteClass> classifyType(ir::Type type);

// One eightbyte that travels in a register.
struct RegisterPiece {
  EightbyteClass cls = EightbyteClass::NoClass;
  RegId reg = NoReg;
  unsigned offset = 0; // byte offset of this eightbyte within the value
  unsigned size = 0;   // bytes of the value that fall in it (1..8)
};

enum class LocationKind : std::uint8_t {
  None,      // void return, or an empty aggregate (passes nothing)
  Registers, // every eightbyte in a register (`pieces`)
  Stack,     // argument in the stack argument area
  Sret,      // return through the hidden pointer the caller passes in %rdi
  X87,       // long double return in %st(0)
  X87Pair,   // _Complex long double return: real part in %st(0), imaginary in %st(1)
};

// Where one argument or the return value goes.
struct ValueLocation {
  ir::Type type; // declared type (aggregate or scalar)
  ir::Extension extension = ir::Extension::None;
  std::vector<EightbyteClass> classes;
  LocationKind kind = LocationKind::None;
  std::vector<RegisterPiece> pieces; // Registers
  // Stack: offset from the start of the stack argument area, which is 0(%rsp) at the call
  // and 16(%rbp) in the callee; size rounded up to a multiple of 8.
  std::uint64_t stackOffset = 0;
  std::uint64_t stackSize = 0;
  bool isVariadic = false; // an argument matched by `...`
};

struct CallABI {
  ValueLocation returnValue;
  bool hasSret = false;                 // returnValue.kind == Sret: %rdi holds the buffer
  std::vector<ValueLocation> arguments; // named, then variadic
  std::uint64_t stackArgumentBytes = 0; // size of the stack argument area (multiple of 8)
  unsigned gprArgumentsUsed = 0;        // including the sret pointer
  unsigned sseArgumentsUsed = 0;
  bool isVariadic = false;
  // psABI 3.5.7: before calling a variadic function %al holds an upper bound on the number of
  // vector registers used for arguments (minicc gives the exact count, like gcc). -1: not needed.
  int alValue = -1;
};

// The integer argument registers in order (psABI 3.2.3): %rdi %rsi %rdx %rcx %r8 %r9.
extern const RegId IntegerArgumentRegs[6];
// %xmm0 .. %xmm7.
extern const RegId SseArgumentRegs[8];

// Computes the record for `signature`. For a call to a variadic function,
// `variadicArgumentTypes` are the types of the arguments after the named ones.
CallABI lowerSignature(const ir::Signature& signature,
                       const std::vector<ir::Type>& variadicArgumentTypes = {});

// A readable multi-line description (for dumps and test failure messages).
std::string describeCallABI(const CallABI& abi);

} // namespace minicc::codegen
