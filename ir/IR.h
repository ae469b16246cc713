// ir/IR.h — minicc's SSA intermediate representation.
//
// Provides: Module, GlobalVariable, Function, BasicBlock, Instruction and the value kinds.
// Needs: Type.h.
//
// Shape (see docs/ir.md for the text form and the exact meaning of every opcode):
//   Module    owns aggregate layouts, global variables, functions and uniqued constants.
//   Function  owns its Arguments and BasicBlocks; a Function without blocks is a declaration.
//   BasicBlock owns Instructions; the last one is a terminator (br, jmp, switch, ret,
//             unreachable); phis come first.
//   Value     anything an operand can name: Argument, Instruction, ConstantInt, ConstantFloat,
//             Undef, or a GlobalSymbol (Function or GlobalVariable; its value is its address).
//
// Aggregates by value (psABI splitting is the backend's job, not the IR's):
//   - a parameter whose signature type is an aggregate is an Argument of type `ptr` that points
//     to the callee's own copy;
//   - a call argument of aggregate type is passed as a `ptr` operand to the bytes to copy, and
//     the call's Signature says the aggregate type;
//   - `ret` of an aggregate takes a `ptr` to the value; a call returning an aggregate produces a
//     `ptr` to a caller-owned temporary holding the result (the backend provides the storage).
// No use lists: passes that rewrite operands build their own maps (see Function::replaceUses).
#pragma once

#include "ir/Diagnostics.h"
#include "ir/Type.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace minicc::ir {

class BasicBlock;
class Function;
class Module;

enum class ValueKind : std::uint8_t {
  Argument,
  Instruction,
  ConstantInt,
  ConstantFloat,
  Undef,
  Function,
  GlobalVariable
};

class Value {
public:
  Value(const Value&) = delete;
  Value& operator=(const Value&) = delete;
  virtual ~Value() = default;

  ValueKind valueKind() const { return valueKind_; }
  Type type() const { return type_; }
  void setType(Type t) { type_ = t; }
  // Optional name for the text form (without the leading % or @). Empty: the printer numbers.
  const std::string& name() const { return name_; }
  void setName(std::string n) { name_ = std::move(n); }

  bool isConstant() const {
    return valueKind_ == ValueKind::ConstantInt || valueKind_ == ValueKind::ConstantFloat ||
           valueKind_ == ValueKind::Undef;
  }
  bool isGlobal() const {
    return valueKind_ == ValueKind::Function || valueKind_ == ValueKind::GlobalVariable;
  }

protected:
  Value(ValueKind kind, Type type) : valueKind_(kind), type_(type) {}

private:
  ValueKind valueKind_;
  Type type_;
  std::string name_;
};

// An integer constant of an integer type (or `ptr` for null and integer-valued addresses).
// `value` is stored sign-extended from the type's width, so i8 255 is stored as -1; use
// zextValue() for the unsigned reading.
class ConstantInt final : public Value {
public:
  ConstantInt(Type type, std::int64_t value) : Value(ValueKind::ConstantInt, type), value_(value) {}
  std::int64_t value() const { return value_; }
  std::uint64_t zextValue() const;

private:
  std::int64_t value_;
};

// A floating constant of type f32, f64 or f80, held as a long double (x87 extended on the
// x86-64 hosts minicc runs on: it holds every f32 and f64 value exactly). An f32 constant holds
// a value float represents exactly and an f64 one a value double does (the verifier checks);
// ir/FloatValue.h rounds to a type and computes in the operation's own type.
class ConstantFloat final : public Value {
public:
  ConstantFloat(Type type, long double value)
      : Value(ValueKind::ConstantFloat, type), value_(value) {}
  long double value() const { return value_; }

private:
  long double value_;
};

class Undef final : public Value {
public:
  explicit Undef(Type type) : Value(ValueKind::Undef, type) {}
};

class Argument final : public Value {
public:
  Argument(Type type, Function* parent, unsigned index)
      : Value(ValueKind::Argument, type), parent_(parent), index_(index) {}
  Function* parent() const { return parent_; }
  unsigned index() const { return index_; }

private:
  Function* parent_;
  unsigned index_;
};

enum class Opcode : std::uint8_t {
  // Integer arithmetic: both operands and the result have the same integer type.
  Add, Sub, Mul, SDiv, UDiv, SRem, URem, And, Or, Xor, Shl, LShr, AShr,
  Neg, Not,                    // unary
  // Bit counting (unary, operand and result of one type): clz ctz popcount on i32/i64, bswap
  // on i16/i32/i64. clz/ctz of 0 are the width (docs/ir.md).
  Clz, Ctz, Popcount, Bswap,
  // Floating arithmetic (f32/f64).
  FAdd, FSub, FMul, FDiv, FNeg,
  // Comparisons: result i1; `predicate` says which.
  ICmp, FCmp,
  // Conversions: one operand; the result type is the instruction's type.
  SExt, ZExt, Trunc, SIToFP, UIToFP, FPToSI, FPToUI, FPExt, FPTrunc, PtrToInt, IntToPtr,
  // ptradd p, off: p (ptr) + off (i64) bytes -> ptr.
  PtrAdd,
  // select c, a, b: c is i1; a and b have the result type.
  Select,
  // Memory.
  Alloca,   // -> ptr to allocSize bytes aligned to allocAlign, in this function's frame
  Load,     // load T, p -> T
  Store,    // store v, p (operands: value, pointer); no result
  MemCopy,  // memcopy dst, src (operands: dst, src) of copySize bytes; no result
  // Calls: operand 0 is the callee (a Function or any ptr value); the rest are arguments.
  Call,
  // Variadic support (issue 3): vastart p / vaend p / vacopy dst, src / vaarg T, p
  // (T in vaArgType; an aggregate T yields a ptr to a copy).
  VaStart, VaEnd, VaCopy, VaArg,
  // Dynamic stack allocation (C11 6.7.6.2 variable-length arrays):
  //   dynalloca i64 n, align A -> ptr to n bytes on the stack, aligned to A (at most 16), live
  //                                until a stackrestore to a pointer saved before it, or return
  //   stacksave -> ptr   the current stack position;  stackrestore ptr p: frees what came after
  DynAlloca, StackSave, StackRestore,
  Phi,
  // Terminators.
  Br,          // br c, t, f   (c is i1; targets[0] = t, targets[1] = f)
  Jmp,         // jmp t        (targets[0])
  Switch,      // switch v, default, [caseValues[i] -> targets[i + 1]]
  Ret,         // ret [v]
  Unreachable,
};

// Opcode groups; the enumeration keeps each group contiguous.
constexpr bool isIntegerBinary(Opcode op) {
  return op >= Opcode::Add && op <= Opcode::AShr;
}
constexpr bool isFloatBinary(Opcode op) {
  return op >= Opcode::FAdd && op <= Opcode::FDiv;
}
constexpr bool isConversion(Opcode op) {
  return op >= Opcode::SExt && op <= Opcode::IntToPtr;
}

enum class Predicate : std::uint8_t {
  None,
  // icmp
  Eq, Ne, SLt, SLe, SGt, SGe, ULt, ULe, UGt, UGe,
  // fcmp: O* are false when either operand is NaN, U* are true (C's != is UNe).
  OEq, ONe, OLt, OLe, OGt, OGe, UEq, UNe, ULtF, ULeF, UGtF, UGeF, Ord, Uno,
};

// How a value narrower than 32 bits is widened when it crosses a call boundary. The IR's
// integers carry no sign, but the psABI wants _Bool/char/short arguments and returns extended
// by the sender (gcc does it; clang-built callers and callees rely on it), so the signature
// records which extension the C type implies.
enum class Extension : std::uint8_t { None, Sign, Zero };

// A function type: what a Function is declared with and what every call says it calls.
struct Signature {
  Type returnType;                  // Void, a scalar, or an Aggregate
  std::vector<Type> params;         // scalars or Aggregates (declared types)
  bool isVariadic = false;          // arguments beyond params.size() are variadic
  Extension returnExtension = Extension::None;
  std::vector<Extension> paramExtensions; // parallel to params, or empty (all None)
  Extension paramExtension(std::size_t i) const {
    return i < paramExtensions.size() ? paramExtensions[i] : Extension::None;
  }
  friend bool operator==(const Signature&, const Signature&) = default;
};

class Instruction final : public Value {
public:
  Instruction(Opcode op, Type type) : Value(ValueKind::Instruction, type), opcode_(op) {}

  Opcode opcode() const { return opcode_; }
  BasicBlock* parent() const { return parent_; }
  void setParent(BasicBlock* bb) { parent_ = bb; }
  bool isTerminator() const { return opcode_ >= Opcode::Br; }
  bool hasResult() const { return !type().isVoid(); }

  std::vector<Value*> operands;
  // Br/Jmp/Switch successors (see Opcode); Phi: incoming blocks parallel to operands.
  std::vector<BasicBlock*> targets;
  std::vector<std::int64_t> caseValues; // Switch
  Predicate predicate = Predicate::None; // ICmp/FCmp
  Signature signature;                   // Call: the callee's type
  // Call: the declared type of each argument past signature.params, in order. A scalar's is
  // its operand's type; an aggregate passed by value through `...` is a ptr operand whose
  // declared type is the aggregate. Builder::call fills it; the verifier checks it.
  std::vector<Type> variadicTypes;
  // VaArg: the type fetched. The result is that type, or a ptr to a copy for an aggregate.
  Type vaArgType;
  std::uint64_t allocSize = 0;           // Alloca
  std::uint64_t allocAlign = 1;          // Alloca, DynAlloca; also Load/Store/MemCopy alignment when known
  std::uint64_t copySize = 0;            // MemCopy
  bool isVolatile = false;               // Load/Store/MemCopy: must not be removed or merged
  // The C source position the instruction comes from, for -g line tables (not in the text form;
  // invalid for what passes create).
  SourceLocation debugLoc;

  Value* operand(unsigned i) const { return operands[i]; }
  unsigned numOperands() const { return static_cast<unsigned>(operands.size()); }

private:
  Opcode opcode_;
  BasicBlock* parent_ = nullptr;
};

class BasicBlock {
public:
  BasicBlock(std::string name, Function* parent) : name_(std::move(name)), parent_(parent) {}
  const std::string& name() const { return name_; }
  void setName(std::string n) { name_ = std::move(n); }
  Function* parent() const { return parent_; }

  std::vector<std::unique_ptr<Instruction>> instructions;

  Instruction* terminator() const;  // nullptr if the block is not yet terminated
  std::vector<BasicBlock*> successors() const;
  // Takes ownership; sets the parent. insertAt is an index into instructions.
  Instruction* append(std::unique_ptr<Instruction> inst);
  Instruction* insert(std::size_t insertAt, std::unique_ptr<Instruction> inst);

private:
  std::string name_;
  Function* parent_;
};

enum class Linkage : std::uint8_t {
  External, // visible to the linker (.globl)
  Internal, // C `static`: a local symbol
  Private,  // compiler-made (string literals): not in the symbol table (.L names)
};

class GlobalSymbol : public Value {
public:
  Linkage linkage = Linkage::External;

protected:
  GlobalSymbol(ValueKind kind, std::string name) : Value(kind, Type::ptr()) { setName(std::move(name)); }
};

class Function final : public GlobalSymbol {
public:
  Function(std::string name, Signature sig, Module* parent);

  Module* parent() const { return parent_; }
  const Signature& signature() const { return signature_; }
  bool isDeclaration() const { return blocks.empty(); }

  std::vector<std::unique_ptr<Argument>> arguments; // one per signature param
  std::vector<std::unique_ptr<BasicBlock>> blocks;  // blocks[0] is the entry
  SourceLocation debugLoc; // where the C definition starts (-g: the prologue's line)

  BasicBlock* entry() const { return blocks.empty() ? nullptr : blocks.front().get(); }
  BasicBlock* createBlock(std::string name);
  // Replaces every operand in this function that is a key of `replacements` (following chains).
  void replaceUses(const std::map<const Value*, Value*>& replacements);

private:
  Signature signature_;
  Module* parent_;
};

// The bytes a global starts with, as a sequence of pieces laid end to end.
struct InitPiece {
  enum class Kind : std::uint8_t { Bytes, Zero, Address } kind = Kind::Zero;
  std::vector<std::uint8_t> bytes; // Bytes
  std::uint64_t zeroCount = 0;     // Zero
  std::string symbol;              // Address: an 8-byte pointer to symbol + addend
  std::int64_t addend = 0;
  std::uint64_t size() const;
};

class GlobalVariable final : public GlobalSymbol {
public:
  GlobalVariable(std::string name, std::uint64_t size, std::uint64_t align)
      : GlobalSymbol(ValueKind::GlobalVariable, std::move(name)), size(size), align(align) {}

  std::uint64_t size;
  std::uint64_t align;
  bool isConstant = false;            // goes to .rodata
  // C11 6.7.1 _Thread_local: one object per thread (.tdata/.tbss); never constant, and its
  // address is not a link-time constant, so no initializer may refer to it (docs/ir.md).
  bool isThreadLocal = false;
  bool hasInitializer = false;        // false: an `extern` declaration
  std::vector<InitPiece> initializer; // pieces sum to `size` when hasInitializer
  bool isZeroInitialized() const;     // .bss candidate
};

class Module {
public:
  Module() = default;
  Module(const Module&) = delete;
  Module& operator=(const Module&) = delete;

  std::string sourceFileName; // for `.file` and diagnostics
  // `#pragma weak`: symbols made weak (`.weak`), each possibly an alias of another (`.set`).
  // Text form: `weak @name` or `weak @name alias @target`.
  struct WeakSymbol {
    std::string name;
    std::string aliasTarget;
    friend bool operator==(const WeakSymbol&, const WeakSymbol&) = default;
  };
  std::vector<WeakSymbol> weakSymbols;

  std::vector<std::unique_ptr<AggregateLayout>> layouts;
  std::vector<std::unique_ptr<GlobalVariable>> globals;
  std::vector<std::unique_ptr<Function>> functions;

  AggregateLayout* createLayout(std::string name);
  const AggregateLayout* findLayout(const std::string& name) const;
  GlobalVariable* createGlobal(std::string name, std::uint64_t size, std::uint64_t align);
  Function* createFunction(std::string name, Signature sig);
  Function* findFunction(const std::string& name) const;
  GlobalVariable* findGlobal(const std::string& name) const;
  // Function or GlobalVariable with that name, or nullptr.
  GlobalSymbol* findSymbol(const std::string& name) const;

  // Uniqued constants owned by the module.
  ConstantInt* constantInt(Type type, std::int64_t value);
  ConstantFloat* constantFloat(Type type, long double value);
  Undef* undef(Type type);

private:
  std::map<std::pair<int, std::int64_t>, std::unique_ptr<ConstantInt>> intConstants_;
  // Keyed by type and the 80-bit encoding (significand, sign and exponent).
  std::map<std::tuple<int, std::uint64_t, std::uint16_t>, std::unique_ptr<ConstantFloat>>
      floatConstants_;
  std::map<int, std::unique_ptr<Undef>> undefs_;
};

// Truncates `value` to the width of integer type `type` and sign-extends it back: the canonical
// form ConstantInt stores.
std::int64_t canonicalizeInt(Type type, std::int64_t value);

const char* opcodeName(Opcode op);
const char* predicateName(Predicate p);

} // namespace minicc::ir
