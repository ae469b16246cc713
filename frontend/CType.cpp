// frontend/CType.cpp — type interning, sizes, record layout, compatibility and gcc-style
// spelling of C types. See CType.h.
#include "frontend/CType.h"

#include <algorithm>
#include <cctype>

namespace minicc::frontend {

namespace {

std::uint64_t alignUp(std::uint64_t value, std::uint64_t align) {
  return align == 0 ? value : (value + align - 1) / align * align;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// CType queries

bool CType::isSignedInteger() const {
  switch (kind) {
  case CTypeKind::Char: // char is signed on x86-64 (psABI 3.1.2)
  case CTypeKind::SChar:
  case CTypeKind::Short:
  case CTypeKind::Int:
  case CTypeKind::Long:
  case CTypeKind::LongLong: return true;
  case CTypeKind::Enum: return enumUnderlying(this)->isSignedInteger();
  default: return false;
  }
}

bool CType::isFunctionPointer() const {
  return isPointer() && inner->isFunction();
}

bool CType::isComplete() const {
  switch (kind) {
  case CTypeKind::Void:
  case CTypeKind::Function: return false;
  case CTypeKind::Array: return (arraySize.has_value() || vlaLength) && inner->isComplete();
  case CTypeKind::Record: return record->isComplete;
  case CTypeKind::Enum: return enumInfo->isComplete;
  default: return true;
  }
}

bool CType::hasVariableSize() const {
  return isArray() && (vlaLength || inner->hasVariableSize());
}

bool CType::isVariablyModified() const {
  switch (kind) {
  case CTypeKind::Array: return vlaLength || inner->isVariablyModified();
  case CTypeKind::Pointer: return inner->isVariablyModified();
  default: return false;
  }
}

// ---------------------------------------------------------------------------------------------
// TypeContext: creation and interning

TypeContext::TypeContext() {
  for (int k = 0; k <= static_cast<int>(CTypeKind::Error); ++k) {
    auto kind = static_cast<CTypeKind>(k);
    if (kind == CTypeKind::Pointer || kind == CTypeKind::Array || kind == CTypeKind::Function ||
        kind == CTypeKind::Record || kind == CTypeKind::Enum || kind == CTypeKind::Complex)
      continue;
    basic_[k] = make(kind);
  }
  for (int i = 0; i < 3; ++i) {
    CType* t = make(CTypeKind::Complex);
    t->inner = basic(static_cast<CTypeKind>(static_cast<int>(CTypeKind::Float) + i));
    complex_[i] = t;
  }
}

const CType* TypeContext::complexOf(const CType* real) const {
  return complex_[static_cast<int>(real->unqualified()->kind) - static_cast<int>(CTypeKind::Float)];
}

CType* TypeContext::make(CTypeKind kind) {
  types_.push_back(std::make_unique<CType>());
  CType* t = types_.back().get();
  t->kind = kind;
  t->unqualifiedType = t;
  t->id = static_cast<unsigned>(types_.size() - 1);
  return t;
}

const CType* TypeContext::pointerTo(const CType* pointee) {
  auto& slot = pointers_[pointee->id];
  if (!slot) {
    CType* t = make(CTypeKind::Pointer);
    t->inner = pointee;
    slot = t;
  }
  return slot;
}

const CType* TypeContext::arrayOf(const CType* element, std::optional<std::uint64_t> size) {
  auto& slot = arrays_[{element->id, size.has_value(), size.value_or(0)}];
  if (!slot) {
    CType* t = make(CTypeKind::Array);
    t->inner = element;
    t->arraySize = size;
    slot = t;
  }
  return slot;
}

const CType* TypeContext::variableLengthArrayOf(const CType* element, const Expr* length) {
  auto& slot = variableLengthArrays_[{element->id, length}];
  if (!slot) {
    CType* t = make(CTypeKind::Array);
    t->inner = element;
    t->vlaLength = length;
    slot = t;
  }
  return slot;
}

const CType* TypeContext::arrayLike(const CType* array, const CType* element) {
  return array->vlaLength ? variableLengthArrayOf(element, array->vlaLength)
                          : arrayOf(element, array->arraySize);
}

const CType* TypeContext::functionType(const CType* result, std::vector<const CType*> params,
                                       bool isVariadic, bool hasPrototype) {
  std::vector<unsigned> ids;
  for (const CType* p : params) ids.push_back(p->id);
  auto& slot = functions_[{result->id, ids, isVariadic, hasPrototype}];
  if (!slot) {
    CType* t = make(CTypeKind::Function);
    t->inner = result;
    t->params = std::move(params);
    t->isVariadic = isVariadic;
    t->hasPrototype = hasPrototype;
    slot = t;
  }
  return slot;
}

const CType* TypeContext::withQualifiers(const CType* t, unsigned quals) {
  if (t->isArray()) return arrayLike(t, withQualifiers(t->inner, quals));
  if (t->isFunction() || t->isError()) return t;
  const CType* base = t->unqualified();
  if (quals == QualNone) return base;
  auto& slot = qualifiedTypes_[{base->id, quals}];
  if (!slot) {
    CType* q = make(base->kind);
    unsigned id = q->id;
    *q = *base;
    q->id = id;
    q->quals = quals;
    q->unqualifiedType = base;
    slot = q;
  }
  return slot;
}

const CType* TypeContext::qualified(const CType* t, unsigned quals) {
  if (t->isArray()) return arrayLike(t, qualified(t->inner, quals));
  return withQualifiers(t, t->quals | quals);
}

const CType* TypeContext::createRecord(std::string tag, bool isUnion, SourceLocation loc) {
  records_.push_back(std::make_unique<RecordInfo>());
  RecordInfo* info = records_.back().get();
  info->tag = std::move(tag);
  info->isUnion = isUnion;
  info->id = static_cast<unsigned>(records_.size() - 1);
  info->loc = loc;
  CType* t = make(CTypeKind::Record);
  t->record = info;
  return t;
}

const CType* TypeContext::createEnum(std::string tag, SourceLocation loc) {
  enums_.push_back(std::make_unique<EnumInfo>());
  EnumInfo* info = enums_.back().get();
  info->tag = std::move(tag);
  info->id = static_cast<unsigned>(enums_.size() - 1);
  info->underlying = uintType();
  info->loc = loc;
  CType* t = make(CTypeKind::Enum);
  t->enumInfo = info;
  return t;
}

// ---------------------------------------------------------------------------------------------
// Record layout (psABI 3.1.2 "Aggregates and Unions", "Bit-Fields"; gcc's
// PCC_BITFIELD_TYPE_MATTERS behaviour):
//  - a member starts at the next multiple of its alignment (raised by _Alignas);
//  - a bit-field of declared type T is placed at the next free bit unless it would straddle a
//    boundary of a T-aligned unit, in which case it starts at the next such boundary;
//  - a zero-width bit-field moves the next member to the next T-aligned boundary;
//  - named bit-fields raise the record's alignment to T's; unnamed ones do not;
//  - every union member starts at offset 0;
//  - the size is rounded up to the record's alignment.
// Under `#pragma pack(N)` (gcc's maximum_field_alignment, measured against gcc 12): member
// alignments, _Alignas included, are capped at N; bit-fields never skip to a unit boundary
// (they may straddle), and named ones raise the record's alignment to min(T's, N) only; a
// zero-width bit-field still moves to the next boundary of T's full alignment.

namespace {

// Where a bit-field at bit `start` is read and written: in the T-sized unit that holds it when
// that unit is T-aligned and inside the record (always so without packing), else byte by byte
// from the byte holding its first bit.
void placeBitField(RecordMember& member, std::uint64_t start, std::uint64_t recordSize) {
  std::uint64_t unitBytes = typeSize(member.type);
  std::uint64_t unitBits = unitBytes * 8;
  std::uint64_t unitStart = start / unitBits * unitBytes;
  bool fitsUnit =
      start - unitStart * 8 + member.bitWidth <= unitBits && unitStart + unitBytes <= recordSize;
  member.accessByBytes = !fitsUnit;
  member.offset = fitsUnit ? unitStart : start / 8;
  member.bitOffset = static_cast<unsigned>(start - member.offset * 8);
}

} // namespace

void TypeContext::completeRecord(const CType* recordType, const std::vector<FieldSpec>& fields,
                                 unsigned maxFieldAlign) {
  RecordInfo& record = *recordType->record;
  record.members.clear();
  auto capped = [&](std::uint64_t align) {
    return maxFieldAlign ? std::min<std::uint64_t>(align, maxFieldAlign) : align;
  };
  std::uint64_t nextBit = 0;    // struct: the first free bit
  std::uint64_t extentBits = 0; // bits covered by the members so far
  std::uint64_t align = 1;
  std::vector<std::uint64_t> bitFieldStarts; // per member; placed once the size is known
  for (const FieldSpec& field : fields) {
    std::uint64_t fieldAlign = typeAlign(field.type);
    std::uint64_t start = record.isUnion ? 0 : nextBit;
    RecordMember member;
    member.name = field.name;
    member.type = field.type;
    member.loc = field.loc;
    std::uint64_t end;
    if (field.bitWidth) {
      unsigned width = *field.bitWidth;
      std::uint64_t unitBits = fieldAlign * 8;
      if (width == 0) {
        if (!record.isUnion) nextBit = alignUp(nextBit, unitBits);
        continue;
      }
      if (!maxFieldAlign && start / unitBits != (start + width - 1) / unitBits)
        start = alignUp(start, unitBits);
      member.isBitField = true;
      member.bitWidth = width;
      if (!field.name.empty()) align = std::max(align, capped(fieldAlign));
      end = start + width;
    } else {
      std::uint64_t memberAlign = capped(std::max(fieldAlign, field.alignas_));
      start = alignUp(start, memberAlign * 8);
      member.offset = start / 8;
      align = std::max(align, memberAlign);
      end = start + typeSize(field.type) * 8;
    }
    bitFieldStarts.push_back(start);
    extentBits = std::max(extentBits, end);
    if (!record.isUnion) nextBit = end;
    record.members.push_back(std::move(member));
  }
  record.hasFlexibleArrayMember = !record.isUnion && !fields.empty() && !fields.back().bitWidth &&
                                  fields.back().type->isArray() && !fields.back().type->arraySize;
  record.align = align;
  record.size = alignUp((extentBits + 7) / 8, align);
  for (std::size_t i = 0; i < record.members.size(); ++i)
    if (record.members[i].isBitField)
      placeBitField(record.members[i], bitFieldStarts[i], record.size);
  record.isComplete = true;
  record.isBeingDefined = false;
}

// ---------------------------------------------------------------------------------------------
// Compatibility and composite types (C11 6.2.7, 6.7.6.1-3)

namespace {

// C11 6.7.6.3p15: a parameter type is compatible with an unprototyped declaration only if it is
// unchanged by the default argument promotions.
bool survivesDefaultPromotions(const CType* t) {
  const CType* u = t->unqualified();
  if (u->kind == CTypeKind::Float) return false;
  if (u->isInteger() && integerRank(u) < integerRank(nullptr)) return false;
  return true;
}

} // namespace

bool TypeContext::compatible(const CType* a, const CType* b) const {
  if (a == b) return true;
  if (a->isError() || b->isError()) return true;
  if (a->quals != b->quals && !a->isArray()) return false;
  // C11 6.7.2.2p4: an enumerated type is compatible with its underlying integer type.
  if (a->isEnum() && !b->isEnum()) return enumUnderlying(a->unqualified()) == b->unqualified();
  if (b->isEnum() && !a->isEnum()) return enumUnderlying(b->unqualified()) == a->unqualified();
  if (a->kind != b->kind) return false;
  switch (a->kind) {
  case CTypeKind::Pointer: return compatible(a->inner, b->inner);
  case CTypeKind::Array:
    if (a->arraySize && b->arraySize && *a->arraySize != *b->arraySize) return false;
    return compatible(a->inner, b->inner);
  case CTypeKind::Function: {
    if (!compatible(a->inner, b->inner)) return false;
    if (a->hasPrototype && b->hasPrototype) {
      if (a->params.size() != b->params.size() || a->isVariadic != b->isVariadic) return false;
      for (std::size_t i = 0; i < a->params.size(); ++i)
        if (!compatible(a->params[i]->unqualified(), b->params[i]->unqualified())) return false;
      return true;
    }
    const CType* proto = a->hasPrototype ? a : b->hasPrototype ? b : nullptr;
    if (!proto) return true;
    if (proto->isVariadic) return false;
    for (const CType* p : proto->params)
      if (!survivesDefaultPromotions(p)) return false;
    return true;
  }
  case CTypeKind::Record: return a->record == b->record;
  case CTypeKind::Enum: return a->enumInfo == b->enumInfo;
  default: return a->unqualified() == b->unqualified();
  }
}

const CType* TypeContext::composite(const CType* a, const CType* b) {
  if (a == b || b->isError()) return a;
  if (a->isError()) return b;
  switch (a->kind) {
  case CTypeKind::Pointer:
    if (!b->isPointer()) return a;
    return withQualifiers(pointerTo(composite(a->inner, b->inner)), a->quals);
  case CTypeKind::Array:
    if (!b->isArray()) return a;
    // C11 6.2.7p3: a constant size wins over a variable one, a variable one over none.
    if (a->arraySize || (!b->arraySize && a->vlaLength))
      return arrayLike(a, composite(a->inner, b->inner));
    return arrayLike(b, composite(a->inner, b->inner));
  case CTypeKind::Function: {
    if (!b->isFunction()) return a;
    const CType* result = composite(a->inner, b->inner);
    if (!a->hasPrototype && !b->hasPrototype) return functionType(result, {}, false, false);
    if (!a->hasPrototype) std::swap(a, b);
    std::vector<const CType*> params = a->params;
    if (b->hasPrototype)
      for (std::size_t i = 0; i < params.size() && i < b->params.size(); ++i)
        params[i] = composite(params[i], b->params[i]);
    return functionType(result, std::move(params), a->isVariadic, true);
  }
  default: return a;
  }
}

// ---------------------------------------------------------------------------------------------
// Sizes and integer properties

std::uint64_t typeSize(const CType* t) {
  switch (t->kind) {
  case CTypeKind::Void:
  case CTypeKind::Function: return 1; // GNU: arithmetic on void* and function pointers
  case CTypeKind::Bool:
  case CTypeKind::Char:
  case CTypeKind::SChar:
  case CTypeKind::UChar: return 1;
  case CTypeKind::Short:
  case CTypeKind::UShort: return 2;
  case CTypeKind::Int:
  case CTypeKind::UInt:
  case CTypeKind::Float: return 4;
  case CTypeKind::Long:
  case CTypeKind::ULong:
  case CTypeKind::LongLong:
  case CTypeKind::ULongLong:
  case CTypeKind::Double:
  case CTypeKind::Pointer: return 8;
  case CTypeKind::LongDouble: return 16;
  case CTypeKind::Complex: return 2 * typeSize(t->inner); // C11 6.2.5p13: an array of two
  case CTypeKind::Array: return t->arraySize ? *t->arraySize * typeSize(t->inner) : 0;
  case CTypeKind::Record: return t->record->isComplete ? t->record->size : 0;
  case CTypeKind::Enum: return typeSize(t->enumInfo->underlying);
  case CTypeKind::Error: return 0;
  }
  return 0;
}

std::uint64_t typeAlign(const CType* t) {
  switch (t->kind) {
  case CTypeKind::Array:
  case CTypeKind::Complex: return typeAlign(t->inner);
  case CTypeKind::Record: return t->record->isComplete ? t->record->align : 1;
  case CTypeKind::Error: return 1;
  default: return typeSize(t);
  }
}

int integerRank(const CType* t) {
  if (!t) return 4; // the rank of int
  switch (t->kind) {
  case CTypeKind::Bool: return 1;
  case CTypeKind::Char:
  case CTypeKind::SChar:
  case CTypeKind::UChar: return 2;
  case CTypeKind::Short:
  case CTypeKind::UShort: return 3;
  case CTypeKind::Int:
  case CTypeKind::UInt: return 4;
  case CTypeKind::Long:
  case CTypeKind::ULong: return 5;
  case CTypeKind::LongLong:
  case CTypeKind::ULongLong: return 6;
  case CTypeKind::Enum: return integerRank(t->enumInfo->underlying);
  default: return 0;
  }
}

unsigned integerBits(const CType* t) {
  return static_cast<unsigned>(typeSize(t) * 8);
}

const CType* enumUnderlying(const CType* t) {
  return t->isEnum() ? t->enumInfo->underlying : t;
}

std::vector<const RecordMember*> findMember(const RecordInfo& record, const std::string& name) {
  for (const RecordMember& m : record.members) {
    if (!m.name.empty()) {
      if (m.name == name) return {&m};
      continue;
    }
    if (m.isBitField || !m.type->isRecord()) continue;
    std::vector<const RecordMember*> path = findMember(*m.type->record, name);
    if (!path.empty()) {
      path.insert(path.begin(), &m);
      return path;
    }
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// Spelling types like gcc's c-pretty-printer. The type is written as specifiers followed by an
// abstract declarator built inside-out; gcc's spacing rules are reproduced: "int *",
// "int * const*", "char * (*)(char **)", "int[3]", "int(int)", and a parameter list separator
// that gains a space after a parameter ending in a word ("int (*)(int,  char *)").

namespace {

std::string qualifierWords(unsigned quals, bool leadingSpace) {
  std::string out;
  auto add = [&](const char* word) {
    if (!out.empty() || leadingSpace) out += ' ';
    out += word;
  };
  if (quals & QualConst) add("const");
  if (quals & QualVolatile) add("volatile");
  if (quals & QualRestrict) add("restrict");
  if (quals & QualAtomic) add("_Atomic");
  return out;
}

std::string basicName(const CType* t) {
  switch (t->kind) {
  case CTypeKind::Void: return "void";
  case CTypeKind::Bool: return "_Bool";
  case CTypeKind::Char: return "char";
  case CTypeKind::SChar: return "signed char";
  case CTypeKind::UChar: return "unsigned char";
  case CTypeKind::Short: return "short int";
  case CTypeKind::UShort: return "short unsigned int";
  case CTypeKind::Int: return "int";
  case CTypeKind::UInt: return "unsigned int";
  case CTypeKind::Long: return "long int";
  case CTypeKind::ULong: return "long unsigned int";
  case CTypeKind::LongLong: return "long long int";
  case CTypeKind::ULongLong: return "long long unsigned int";
  case CTypeKind::Float: return "float";
  case CTypeKind::Double: return "double";
  case CTypeKind::LongDouble: return "long double";
  case CTypeKind::Complex: return "complex " + basicName(t->inner);
  case CTypeKind::Record: {
    const std::string& tag = t->record->tag;
    return std::string(t->record->isUnion ? "union " : "struct ") +
           (tag.empty() ? "<anonymous>" : tag);
  }
  case CTypeKind::Enum:
    return "enum " + (t->enumInfo->tag.empty() ? std::string("<anonymous>") : t->enumInfo->tag);
  default: return "<type-error>";
  }
}

bool endsInWord(const std::string& s) {
  return !s.empty() && (std::isalnum(static_cast<unsigned char>(s.back())) || s.back() == '_');
}

std::string parameterList(const CType* fn) {
  if (!fn->hasPrototype) return "()";
  if (fn->params.empty()) return fn->isVariadic ? "(...)" : "(void)";
  std::string out = "(";
  for (std::size_t i = 0; i < fn->params.size(); ++i) {
    std::string param = typeToString(fn->params[i]);
    if (i > 0) out += endsInWord(typeToString(fn->params[i - 1])) ? ",  " : ", ";
    out += param;
  }
  if (fn->isVariadic) out += ", ...";
  return out + ")";
}

} // namespace

std::string typeToString(const CType* t) {
  std::string declarator;
  bool declaratorIsSuffix = false; // starts with [ or a parameter list: no space before it
  while (true) {
    if (t->isPointer()) {
      std::string star = "*" + qualifierWords(t->quals, true);
      if (!declarator.empty() && declarator[0] == '(') star += ' ';
      declarator = star + declarator;
      declaratorIsSuffix = false;
      if (t->inner->isArray() || t->inner->isFunction()) declarator = "(" + declarator + ")";
      t = t->inner;
    } else if (t->isArray()) {
      if (declarator.empty()) declaratorIsSuffix = true;
      declarator += "[" + (t->arraySize ? std::to_string(*t->arraySize) : std::string()) + "]";
      t = t->inner;
    } else if (t->isFunction()) {
      if (declarator.empty()) declaratorIsSuffix = true;
      declarator += parameterList(t);
      t = t->inner;
    } else {
      break;
    }
  }
  std::string out = qualifierWords(t->quals, false);
  if (!out.empty()) out += ' ';
  out += basicName(t);
  if (declarator.empty()) return out;
  return out + (declaratorIsSuffix ? "" : " ") + declarator;
}

} // namespace minicc::frontend
