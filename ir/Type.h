// ir/Type.h — the IR's value types.
//
// Provides: Type (a small value: a scalar kind, or a pointer to an AggregateLayout) and
// AggregateLayout (the byte layout of a struct/union/array as the frontend computed it).
// Needs: nothing.
//
// The IR has no signedness: operations say whether they are signed (sdiv/udiv, icmp slt/ult,
// sext/zext). Pointers are untyped (one `ptr` type). Aggregates never live in virtual
// registers; they appear only as the *declared* type of parameters, returns and call
// arguments (the SSA value there is the aggregate's address — see IR.h) and as the layout
// that the backend's ABI classifier reads (psABI 3.2.3 works on field offsets and scalar
// kinds, which is exactly what AggregateLayout records).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace minicc::ir {

enum class TypeKind : std::uint8_t { Void, I1, I8, I16, I32, I64, F32, F64, F80, Ptr, Aggregate };

struct AggregateLayout;

class Type {
public:
  constexpr Type() = default;
  constexpr explicit Type(TypeKind kind) : kind_(kind) {}
  static Type aggregate(const AggregateLayout* layout) {
    Type t(TypeKind::Aggregate);
    t.layout_ = layout;
    return t;
  }

  static constexpr Type voidTy() { return Type(TypeKind::Void); }
  static constexpr Type i1() { return Type(TypeKind::I1); }
  static constexpr Type i8() { return Type(TypeKind::I8); }
  static constexpr Type i16() { return Type(TypeKind::I16); }
  static constexpr Type i32() { return Type(TypeKind::I32); }
  static constexpr Type i64() { return Type(TypeKind::I64); }
  static constexpr Type f32() { return Type(TypeKind::F32); }
  static constexpr Type f64() { return Type(TypeKind::F64); }
  static constexpr Type f80() { return Type(TypeKind::F80); }
  static constexpr Type ptr() { return Type(TypeKind::Ptr); }
  // The integer type of the given width in bits (1, 8, 16, 32, 64).
  static Type intOfBits(unsigned bits);

  TypeKind kind() const { return kind_; }
  const AggregateLayout* layout() const { return layout_; }

  bool isVoid() const { return kind_ == TypeKind::Void; }
  bool isInteger() const { return kind_ >= TypeKind::I1 && kind_ <= TypeKind::I64; }
  bool isFloat() const { return kind_ >= TypeKind::F32 && kind_ <= TypeKind::F80; }
  bool isPointer() const { return kind_ == TypeKind::Ptr; }
  bool isAggregate() const { return kind_ == TypeKind::Aggregate; }
  // Integers and pointers: values that live in general-purpose registers.
  bool isIntegerLike() const { return isInteger() || isPointer(); }
  // Anything that can be an SSA value.
  bool isScalar() const { return isIntegerLike() || isFloat(); }

  // Width in bits of an integer type (i1 -> 1); 64 for pointers.
  unsigned bits() const;
  // Storage size and alignment in bytes (i1 occupies 1 byte; f80 is 16/16 as on x86-64).
  std::uint64_t size() const;
  std::uint64_t align() const;

  friend bool operator==(const Type& a, const Type& b) {
    return a.kind_ == b.kind_ && a.layout_ == b.layout_;
  }

private:
  TypeKind kind_ = TypeKind::Void;
  const AggregateLayout* layout_ = nullptr;
};

// One member of an aggregate: `count` consecutive elements of `type` (count > 1 for an array
// member) starting at byte `offset`. Nested structs are members of Aggregate type. Bit-fields
// appear as the integer storage unit that holds them. Union members share offset 0.
struct AggregateMember {
  std::uint64_t offset = 0;
  Type type;
  std::uint64_t count = 1;
};

// A named layout, owned by the Module. `size` includes tail padding; `align` is the alignment
// the C type has (so a struct with an _Alignas member reports it).
struct AggregateLayout {
  std::string name;
  std::uint64_t size = 0;
  std::uint64_t align = 1;
  bool isUnion = false;
  // A C complex type (two members of the same floating type). psABI 3.2.3 classifies
  // `_Complex long double` as COMPLEX_X87, unlike a struct of two long doubles (MEMORY).
  bool isComplex = false;
  std::vector<AggregateMember> members;
};

} // namespace minicc::ir
