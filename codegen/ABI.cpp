// codegen/ABI.cpp — the System V AMD64 calling convention as data.
//
// Provides: classifyType, lowerSignature, describeCallABI (see ABI.h).
// Needs: ir/Type.h layouts; nothing about instructions.
//
// The rules implemented here are psABI section 3.2.3 ("Parameter Passing"); the numbered steps
// in the comments follow that section. docs/sysv-abi.md has the table the tests check.
#include "codegen/ABI.h"

#include "ir/Diagnostics.h"

#include <algorithm>
#include <sstream>

namespace minicc::codegen {

using ir::Type;
using ir::TypeKind;
using EB = EightbyteClass;

const RegId IntegerArgumentRegs[6] = {RDI, RSI, RDX, RCX, R8, R9};
const RegId SseArgumentRegs[8] = {XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7};

namespace {

const RegId IntegerReturnRegs[2] = {RAX, RDX};
const RegId SseReturnRegs[2] = {XMM0, XMM1};

std::uint64_t alignTo(std::uint64_t value, std::uint64_t align) {
  return (value + align - 1) / align * align;
}

// psABI 3.2.3, "Classification": the class of each scalar's eightbytes.
std::vector<EB> classifyScalar(Type type) {
  switch (type.kind()) {
  case TypeKind::I1:
  case TypeKind::I8:
  case TypeKind::I16:
  case TypeKind::I32:
  case TypeKind::I64:
  case TypeKind::Ptr: return {EB::Integer};
  case TypeKind::F32:
  case TypeKind::F64: return {EB::Sse};
  // "The 64-bit mantissa of arguments of type long double belongs to class X87, the 16-bit
  // exponent plus 6 bytes of padding belongs to class X87UP."
  case TypeKind::F80: return {EB::X87, EB::X87Up};
  case TypeKind::Void:
  case TypeKind::Aggregate: break;
  }
  internalError("classifyScalar: not a scalar type");
}

std::vector<EB> classifyAggregate(const ir::AggregateLayout& layout);

// After the cleanup an aggregate is MEMORY in every eightbyte or in none.
bool isMemoryClass(const std::vector<EB>& classes) {
  return !classes.empty() && classes[0] == EB::Memory;
}

// psABI 3.2.3 step 4: the merge of two classes for the same eightbyte.
EB mergeClasses(EB a, EB b) {
  if (a == b) return a;           // (a)
  if (a == EB::NoClass) return b; // (b)
  if (b == EB::NoClass) return a;
  if (a == EB::Memory || b == EB::Memory) return EB::Memory;    // (c)
  if (a == EB::Integer || b == EB::Integer) return EB::Integer; // (d)
  auto isX87 = [](EB c) { return c == EB::X87 || c == EB::X87Up || c == EB::ComplexX87; };
  if (isX87(a) || isX87(b)) return EB::Memory; // (e)
  return EB::Sse;                              // (f)
}

// Merges every scalar field of `layout` (placed at byte `base` of the outermost aggregate) into
// the eightbyte(s) it occupies, array elements one by one. Returns false if a field is not at
// its natural alignment (psABI 3.2.3 step 1: "unaligned fields" make the whole thing MEMORY).
bool mergeFields(const ir::AggregateLayout& layout, std::uint64_t base, std::vector<EB>& classes) {
  for (const ir::AggregateMember& member : layout.members) {
    std::uint64_t elementSize = member.type.size();
    for (std::uint64_t i = 0; i < member.count; ++i) {
      std::uint64_t offset = base + member.offset + i * elementSize;
      if (member.type.isAggregate()) {
        // gcc classifies a nested aggregate whole, cleanup included, before merging it: one
        // that is MEMORY alone (say {long double; _Bool}, whose X87UP lost its X87) makes the
        // container MEMORY even where flat merging would give INTEGER. Only MEMORY counts: a
        // nested {long double} stays X87 X87UP and is merged like its fields.
        if (isMemoryClass(classifyAggregate(*member.type.layout()))) return false;
        if (!mergeFields(*member.type.layout(), offset, classes)) return false;
        continue;
      }
      if (offset % member.type.align() != 0) return false;
      std::vector<EB> fieldClasses = classifyScalar(member.type);
      for (std::size_t j = 0; j < fieldClasses.size(); ++j) {
        std::size_t index = offset / 8 + j;
        if (index >= classes.size()) internalError("aggregate field lies beyond its size");
        classes[index] = mergeClasses(classes[index], fieldClasses[j]);
      }
    }
  }
  return true;
}

// psABI 3.2.3 step 5, the post-merger cleanup.
void cleanUpAfterMerge(std::vector<EB>& classes) {
  auto allMemory = [&] { std::fill(classes.begin(), classes.end(), EB::Memory); };
  for (std::size_t i = 0; i < classes.size(); ++i) {
    // (a) any MEMORY eightbyte makes the whole argument MEMORY;
    if (classes[i] == EB::Memory) return allMemory();
    // (b) X87UP not preceded by X87 makes it MEMORY.
    if (classes[i] == EB::X87Up && (i == 0 || classes[i - 1] != EB::X87)) return allMemory();
  }
  // (c) more than two eightbytes are passed in registers only as one SSE + SSEUP... vector.
  if (classes.size() > 2) {
    bool isVector = classes[0] == EB::Sse;
    for (std::size_t i = 1; i < classes.size(); ++i) isVector &= classes[i] == EB::SseUp;
    if (!isVector) return allMemory();
  }
  // (d) SSEUP not preceded by SSE or SSEUP becomes SSE.
  for (std::size_t i = 0; i < classes.size(); ++i)
    if (classes[i] == EB::SseUp &&
        (i == 0 || (classes[i - 1] != EB::Sse && classes[i - 1] != EB::SseUp)))
      classes[i] = EB::Sse;
}

std::vector<EB> classifyAggregate(const ir::AggregateLayout& layout) {
  // psABI 3.2.3: "A variable of type complex long double is classified as type COMPLEX_X87".
  // (complex float and complex double classify as their two members, like a struct would.)
  if (layout.isComplex && !layout.members.empty() && layout.members[0].type.kind() == TypeKind::F80)
    return std::vector<EB>(layout.size / 8, EB::ComplexX87);
  // GNU C's empty structs occupy no eightbyte and are passed as nothing (gcc's behaviour).
  if (layout.size == 0) return {};
  std::size_t count = (layout.size + 7) / 8;
  // Step 1: larger than eight eightbytes -> MEMORY. (Without vector types, step 5(c) then
  // sends anything over two eightbytes to memory as well.)
  if (layout.size > 64) return std::vector<EB>(count, EB::Memory);
  std::vector<EB> classes(count, EB::NoClass); // step 2: each eightbyte starts as NO_CLASS
  if (!mergeFields(layout, 0, classes)) return std::vector<EB>(count, EB::Memory);
  cleanUpAfterMerge(classes);
  return classes;
}

bool passesInMemory(const std::vector<EB>& classes) {
  for (EB c : classes)
    if (c == EB::Memory || c == EB::X87 || c == EB::X87Up || c == EB::ComplexX87) return true;
  return false;
}

// The bytes of a value of `size` bytes that fall in eightbyte `index`.
unsigned pieceSize(std::uint64_t size, std::size_t index) {
  std::uint64_t rest = size - 8 * index;
  return static_cast<unsigned>(std::min<std::uint64_t>(8, rest));
}

void assignReturn(CallABI& abi, unsigned& gprsUsed) {
  ValueLocation& rv = abi.returnValue;
  if (rv.classes.empty()) return;
  if (rv.classes[0] == EB::Memory) {
    // psABI 3.2.3, "Returning of Values", MEMORY: the caller passes the buffer's address in
    // %rdi as if it were the first argument; the callee returns that address in %rax.
    rv.kind = LocationKind::Sret;
    abi.hasSret = true;
    gprsUsed = 1;
    return;
  }
  if (rv.classes[0] == EB::X87) {
    rv.kind = LocationKind::X87; // long double: %st(0)
    return;
  }
  if (rv.classes[0] == EB::ComplexX87) {
    // psABI 3.2.3, "Returning of Values", COMPLEX_X87: "the real part of the value is returned
    // in %st0 and the imaginary part in %st1".
    rv.kind = LocationKind::X87Pair;
    return;
  }
  rv.kind = LocationKind::Registers;
  unsigned nextInt = 0, nextSse = 0;
  for (std::size_t i = 0; i < rv.classes.size(); ++i) {
    EB cls = rv.classes[i];
    RegId reg = NoReg;
    if (cls == EB::Integer)
      reg = IntegerReturnRegs[nextInt++];
    else if (cls == EB::Sse)
      reg = SseReturnRegs[nextSse++];
    else if (cls == EB::SseUp)
      reg = rv.pieces.back().reg; // upper half of the same register
    else
      continue; // NO_CLASS padding eightbyte
    rv.pieces.push_back({cls, reg, static_cast<unsigned>(8 * i), pieceSize(rv.type.size(), i)});
  }
}

// Left to right: each eightbyte takes the next register of its class, but an argument that does
// not get registers for all its eightbytes goes wholly to the stack, and the registers it would
// have used stay free for later arguments (psABI 3.2.3, "Passing").
void assignArgument(ValueLocation& loc, unsigned& gprsUsed, unsigned& ssesUsed,
                    std::uint64_t& stackBytes) {
  if (loc.classes.empty()) return; // empty aggregate: nothing is passed
  unsigned needInt = 0, needSse = 0;
  for (EB c : loc.classes) {
    needInt += c == EB::Integer;
    needSse += c == EB::Sse;
  }
  if (!passesInMemory(loc.classes) && gprsUsed + needInt <= 6 && ssesUsed + needSse <= 8) {
    loc.kind = LocationKind::Registers;
    for (std::size_t i = 0; i < loc.classes.size(); ++i) {
      EB cls = loc.classes[i];
      RegId reg = NoReg;
      if (cls == EB::Integer)
        reg = IntegerArgumentRegs[gprsUsed++];
      else if (cls == EB::Sse)
        reg = SseArgumentRegs[ssesUsed++];
      else if (cls == EB::SseUp)
        reg = loc.pieces.back().reg;
      else
        continue;
      loc.pieces.push_back({cls, reg, static_cast<unsigned>(8 * i), pieceSize(loc.type.size(), i)});
    }
    return;
  }
  // Stack slots are eightbyte multiples; a type aligned to 16 starts at a 16-byte boundary.
  std::uint64_t align = std::clamp<std::uint64_t>(loc.type.align(), 8, 16);
  loc.kind = LocationKind::Stack;
  loc.stackOffset = alignTo(stackBytes, align);
  loc.stackSize = alignTo(loc.type.size(), 8);
  stackBytes = loc.stackOffset + loc.stackSize;
}

const char* typeName(Type t) {
  switch (t.kind()) {
  case TypeKind::Void: return "void";
  case TypeKind::I1: return "i1";
  case TypeKind::I8: return "i8";
  case TypeKind::I16: return "i16";
  case TypeKind::I32: return "i32";
  case TypeKind::I64: return "i64";
  case TypeKind::F32: return "f32";
  case TypeKind::F64: return "f64";
  case TypeKind::F80: return "f80";
  case TypeKind::Ptr: return "ptr";
  case TypeKind::Aggregate: return t.layout() ? t.layout()->name.c_str() : "aggregate";
  }
  return "?";
}

void describeLocation(std::ostream& out, const ValueLocation& loc) {
  out << typeName(loc.type) << " [";
  for (std::size_t i = 0; i < loc.classes.size(); ++i)
    out << (i ? " " : "") << eightbyteClassName(loc.classes[i]);
  out << "] ";
  switch (loc.kind) {
  case LocationKind::None: out << "nothing"; break;
  case LocationKind::Sret: out << "memory via hidden pointer in %rdi"; break;
  case LocationKind::X87: out << "%st(0)"; break;
  case LocationKind::X87Pair: out << "%st(0), %st(1)"; break;
  case LocationKind::Stack:
    out << "stack+" << loc.stackOffset << " (" << loc.stackSize << " bytes)";
    break;
  case LocationKind::Registers:
    for (std::size_t i = 0; i < loc.pieces.size(); ++i)
      out << (i ? ", " : "") << '%' << physRegName(loc.pieces[i].reg, 8);
    break;
  }
  if (loc.isVariadic) out << " (variadic)";
}

} // namespace

const char* eightbyteClassName(EightbyteClass c) {
  switch (c) {
  case EB::NoClass: return "NO_CLASS";
  case EB::Integer: return "INTEGER";
  case EB::Sse: return "SSE";
  case EB::SseUp: return "SSEUP";
  case EB::X87: return "X87";
  case EB::X87Up: return "X87UP";
  case EB::ComplexX87: return "COMPLEX_X87";
  case EB::Memory: return "MEMORY";
  }
  return "?";
}

std::vector<EightbyteClass> classifyType(Type type) {
  if (type.isVoid()) return {};
  if (type.isAggregate()) {
    if (!type.layout()) internalError("aggregate type without a layout");
    return classifyAggregate(*type.layout());
  }
  return classifyScalar(type);
}

CallABI lowerSignature(const ir::Signature& signature,
                       const std::vector<Type>& variadicArgumentTypes) {
  CallABI abi;
  abi.isVariadic = signature.isVariadic;
  abi.returnValue.type = signature.returnType;
  abi.returnValue.extension = signature.returnExtension;
  abi.returnValue.classes = classifyType(signature.returnType);
  unsigned gprsUsed = 0, ssesUsed = 0;
  std::uint64_t stackBytes = 0;
  assignReturn(abi, gprsUsed);

  auto addArgument = [&](Type type, ir::Extension extension, bool isVariadic) {
    ValueLocation loc;
    loc.type = type;
    loc.extension = extension;
    loc.isVariadic = isVariadic;
    loc.classes = classifyType(type);
    assignArgument(loc, gprsUsed, ssesUsed, stackBytes);
    abi.arguments.push_back(std::move(loc));
  };
  for (std::size_t i = 0; i < signature.params.size(); ++i)
    addArgument(signature.params[i], signature.paramExtension(i), false);
  for (Type type : variadicArgumentTypes) addArgument(type, ir::Extension::None, true);

  abi.stackArgumentBytes = stackBytes;
  abi.gprArgumentsUsed = gprsUsed;
  abi.sseArgumentsUsed = ssesUsed;
  if (abi.isVariadic) abi.alValue = static_cast<int>(ssesUsed);
  return abi;
}

std::string describeCallABI(const CallABI& abi) {
  std::ostringstream out;
  out << "return: ";
  describeLocation(out, abi.returnValue);
  out << '\n';
  for (std::size_t i = 0; i < abi.arguments.size(); ++i) {
    out << "arg " << i << ": ";
    describeLocation(out, abi.arguments[i]);
    out << '\n';
  }
  out << "stack argument bytes: " << abi.stackArgumentBytes << '\n';
  if (abi.alValue >= 0) out << "%al: " << abi.alValue << '\n';
  return out.str();
}

} // namespace minicc::codegen
