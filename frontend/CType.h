// frontend/CType.h — C types as semantic analysis sees them.
//
// Provides: CType (one interned node per distinct type, qualifiers included), RecordInfo and
// EnumInfo (the mutable parts of tagged types), RecordMember, TypeContext (creates and interns
// types, lays out structs and unions exactly as gcc does on x86-64), the integer queries the
// conversion rules need (rank, signedness, width), compatibility and composite types
// (C11 6.2.7), and typeToString, which spells a type the way gcc's diagnostics do.
// Needs: ir/Diagnostics.h (SourceLocation) only; no AST, no IR.
//
// Interning: TypeContext returns the same pointer for the same type, so two types are the same
// type exactly when their pointers are equal. Struct, union and enum types are the exception
// that proves the rule: each definition creates a new type, whose members are filled in when the
// definition's closing brace is reached (RecordInfo::isComplete). A variable-length array type
// (C11 6.7.6.2p4) is interned per size expression: the expression node, evaluated where its
// declarator is reached, is the type's identity (lowering keeps the element count it computed).
#pragma once

#include "ir/Diagnostics.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace minicc::frontend {

struct Expr;

enum class CTypeKind : std::uint8_t {
  Void,
  Bool,
  Char, // plain char: signed on x86-64, but a distinct type from signed char
  SChar,
  UChar,
  Short,
  UShort,
  Int,
  UInt,
  Long,
  ULong,
  LongLong,
  ULongLong,
  Float,
  Double,
  LongDouble,
  Complex, // C11 6.2.5p11: `inner` is the corresponding real type (float, double, long double)
  Pointer,
  Array,
  Function,
  Record, // struct or union (RecordInfo::isUnion)
  Enum,
  Error, // the type of an erroneous expression: every check accepts it silently
};

// Qualifier bits (C11 6.7.3).
enum : unsigned {
  QualNone = 0,
  QualConst = 1,
  QualVolatile = 2,
  QualRestrict = 4,
  QualAtomic = 8,
  QualAll = 15,
};

struct CType;

// A member of a struct or union after layout. A bit-field is accessed as the `type`-sized
// storage unit at `offset` (aligned to the type's alignment, so it never leaves the record),
// in which it occupies bits [bitOffset, bitOffset + bitWidth) — unless `accessByBytes`: in a
// packed record (`#pragma pack`) such a unit may not hold it or may leave the record, and the
// field is then read and written as the bytes from `offset` that hold bits [bitOffset,
// bitOffset + bitWidth), bitOffset < 8.
struct RecordMember {
  std::string name; // empty: an unnamed bit-field or an anonymous struct/union member
  const CType* type = nullptr;
  SourceLocation loc;
  std::uint64_t offset = 0;
  bool isBitField = false;
  unsigned bitWidth = 0;
  unsigned bitOffset = 0;
  bool accessByBytes = false;
  // The member's position in bits from the start of the record.
  std::uint64_t bitPosition() const { return offset * 8 + bitOffset; }
};

struct RecordInfo {
  std::string tag; // empty: anonymous
  bool isUnion = false;
  bool isComplete = false;
  bool isBeingDefined = false;
  bool hasFlexibleArrayMember = false;
  std::vector<RecordMember> members;
  std::uint64_t size = 0;
  std::uint64_t align = 1;
  unsigned id = 0; // creation order in the translation unit
  SourceLocation loc;
};

struct EnumInfo {
  std::string tag;
  bool isComplete = false;
  const CType* underlying = nullptr; // the compatible integer type (gcc: unsigned int or int)
  unsigned id = 0;
  SourceLocation loc;
};

struct CType {
  CTypeKind kind = CTypeKind::Error;
  unsigned quals = QualNone;
  const CType* unqualifiedType = nullptr; // this type without qualifiers (itself if none)
  // Pointer: the pointee. Array: the element. Function: the return type. Complex: the real type.
  const CType* inner = nullptr;
  // Array: the element count, absent for `T[]` and for a variable-length array, whose
  // count is the value of `vlaLength` (an integer expression Sema has checked).
  std::optional<std::uint64_t> arraySize;
  const Expr* vlaLength = nullptr;
  // Function.
  std::vector<const CType*> params;
  bool isVariadic = false;
  bool hasPrototype = true;
  // Record / Enum.
  RecordInfo* record = nullptr;
  EnumInfo* enumInfo = nullptr;
  unsigned id = 0; // creation order: a deterministic interning key

  const CType* unqualified() const { return unqualifiedType; }
  bool isConst() const { return quals & QualConst; }
  bool isVolatile() const { return quals & QualVolatile; }

  bool isError() const { return kind == CTypeKind::Error; }
  bool isVoid() const { return kind == CTypeKind::Void; }
  bool isBool() const { return kind == CTypeKind::Bool; }
  bool isPointer() const { return kind == CTypeKind::Pointer; }
  bool isArray() const { return kind == CTypeKind::Array; }
  bool isFunction() const { return kind == CTypeKind::Function; }
  bool isRecord() const { return kind == CTypeKind::Record; }
  bool isStruct() const { return isRecord() && !record->isUnion; }
  bool isUnion() const { return isRecord() && record->isUnion; }
  bool isEnum() const { return kind == CTypeKind::Enum; }
  // C11 6.2.5p17: char, the signed and unsigned integer types, and enumerated types.
  bool isInteger() const {
    return (kind >= CTypeKind::Bool && kind <= CTypeKind::ULongLong) || isEnum();
  }
  bool isFloating() const { return kind >= CTypeKind::Float && kind <= CTypeKind::LongDouble; }
  bool isComplex() const { return kind == CTypeKind::Complex; }
  // C11 6.2.5p18: the integer and floating types, complex types included.
  bool isArithmetic() const { return isInteger() || isFloating() || isComplex(); }
  // Types whose values lowering represents by the address of their bytes.
  bool isAddressValued() const { return isRecord() || isComplex(); }
  bool isScalar() const { return isArithmetic() || isPointer(); }
  bool isAggregate() const { return isArray() || isRecord(); }
  bool isSignedInteger() const;
  bool isUnsignedInteger() const { return isInteger() && !isSignedInteger(); }
  // A pointer whose pointee is a function type.
  bool isFunctionPointer() const;
  // Object types whose size is known (C11 6.2.5p1).
  bool isComplete() const;
  bool isObject() const { return !isFunction(); }
  // C11 6.7.6.2p4: an array whose size is not an integer constant expression, or whose
  // element type has a variable size.
  bool hasVariableSize() const;
  // C11 6.7.6p3: a variable-length array type, or derived from one (pointer to VLA, ...).
  bool isVariablyModified() const;
};

// A field as the struct-declaration list gives it, before layout.
struct FieldSpec {
  std::string name;
  const CType* type = nullptr;
  SourceLocation loc;
  std::optional<unsigned> bitWidth; // present for bit-fields (0 allowed only unnamed)
  std::uint64_t alignas_ = 0;       // _Alignas on the member (0: none)
};

class TypeContext {
public:
  TypeContext();
  TypeContext(const TypeContext&) = delete;
  TypeContext& operator=(const TypeContext&) = delete;

  const CType* basic(CTypeKind kind) const { return basic_[static_cast<int>(kind)]; }
  const CType* voidType() const { return basic(CTypeKind::Void); }
  const CType* boolType() const { return basic(CTypeKind::Bool); }
  const CType* charType() const { return basic(CTypeKind::Char); }
  const CType* intType() const { return basic(CTypeKind::Int); }
  const CType* uintType() const { return basic(CTypeKind::UInt); }
  const CType* longType() const { return basic(CTypeKind::Long); }
  const CType* ulongType() const { return basic(CTypeKind::ULong); }
  const CType* errorType() const { return basic(CTypeKind::Error); }
  const CType* sizeType() const { return ulongType(); }   // size_t
  const CType* ptrdiffType() const { return longType(); } // ptrdiff_t

  const CType* pointerTo(const CType* pointee);
  // `_Complex real` for real = float, double or long double (unqualified).
  const CType* complexOf(const CType* real) const;
  const CType* arrayOf(const CType* element, std::optional<std::uint64_t> size);
  const CType* variableLengthArrayOf(const CType* element, const Expr* length);
  // An array of `element` with the size (constant, variable or none) of `array`.
  const CType* arrayLike(const CType* array, const CType* element);
  const CType* functionType(const CType* result, std::vector<const CType*> params, bool isVariadic,
                            bool hasPrototype);
  // Adds `quals` to t. Qualifying an array qualifies its elements (C11 6.7.3p9).
  const CType* qualified(const CType* t, unsigned quals);
  // t with exactly `quals`.
  const CType* withQualifiers(const CType* t, unsigned quals);

  // A new, incomplete struct/union or enum type.
  const CType* createRecord(std::string tag, bool isUnion, SourceLocation loc);
  const CType* createEnum(std::string tag, SourceLocation loc);
  // Lays the fields out as gcc does on x86-64 (psABI 3.1.2 and gcc's bit-field rules) and
  // marks the record complete. The caller has validated the fields.
  // maxFieldAlign: the `#pragma pack` alignment in effect (0: none).
  void completeRecord(const CType* record, const std::vector<FieldSpec>& fields,
                      unsigned maxFieldAlign = 0);

  // C11 6.2.7: compatible types, and the composite type of two compatible types.
  bool compatible(const CType* a, const CType* b) const;
  const CType* composite(const CType* a, const CType* b);

private:
  CType* make(CTypeKind kind);

  std::vector<std::unique_ptr<CType>> types_;
  std::vector<std::unique_ptr<RecordInfo>> records_;
  std::vector<std::unique_ptr<EnumInfo>> enums_;
  std::array<const CType*, static_cast<int>(CTypeKind::Error) + 1> basic_{};
  std::array<const CType*, 3> complex_{}; // _Complex float, double, long double
  std::map<unsigned, const CType*> pointers_;
  std::map<std::pair<unsigned, unsigned>, const CType*> qualifiedTypes_;
  std::map<std::tuple<unsigned, bool, std::uint64_t>, const CType*> arrays_;
  std::map<std::pair<unsigned, const Expr*>, const CType*> variableLengthArrays_;
  std::map<std::tuple<unsigned, std::vector<unsigned>, bool, bool>, const CType*> functions_;
};

// Sizes and alignments in bytes (LP64, psABI 3.1.2). Incomplete types have size 0, and so
// does a type with a variable size (lowering computes that at run time).
std::uint64_t typeSize(const CType* t);
std::uint64_t typeAlign(const CType* t);

// C11 6.3.1.1p1 integer conversion rank (enums rank as their compatible type).
int integerRank(const CType* t);
// Width in bits of an integer type (_Bool: 8, as stored).
unsigned integerBits(const CType* t);
// The integer type an enum is represented as; other types unchanged.
const CType* enumUnderlying(const CType* t);

// Finds a member by name, looking inside anonymous struct/union members (C11 6.7.2.1p13).
// Returns the chain from the outermost member to the named one; empty if there is none.
std::vector<const RecordMember*> findMember(const RecordInfo& record, const std::string& name);

// Spells the type as gcc's diagnostics do: "int *", "char (*)[3]", "struct S",
// "int (*)(int,  char *)", "long unsigned int".
std::string typeToString(const CType* t);

} // namespace minicc::frontend
