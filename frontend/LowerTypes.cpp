// frontend/LowerTypes.cpp — C types as IR types (TEAM.md "IR conventions").
//
// Provides: Lowering::irType (scalars to i8..i64/f32/f64/f80/ptr, records to aggregate
// layouts), layoutOf (the AggregateLayout the backend's ABI classifier reads: member offsets
// and scalar kinds, bit-fields as the bytes that hold them), signatureOf and extensionOf (how
// narrow parameters and returns are extended at calls). Needs: Lower.h.
#include "frontend/Lower.h"

#include <algorithm>
#include <set>

namespace minicc::frontend {

ir::Type Lowering::irType(const CType* t) {
  t = enumUnderlying(t->unqualified());
  switch (t->kind) {
  case CTypeKind::Void: return ir::Type::voidTy();
  case CTypeKind::Bool:
  case CTypeKind::Char:
  case CTypeKind::SChar:
  case CTypeKind::UChar: return ir::Type::i8();
  case CTypeKind::Short:
  case CTypeKind::UShort: return ir::Type::i16();
  case CTypeKind::Int:
  case CTypeKind::UInt: return ir::Type::i32();
  case CTypeKind::Long:
  case CTypeKind::ULong:
  case CTypeKind::LongLong:
  case CTypeKind::ULongLong: return ir::Type::i64();
  case CTypeKind::Float: return ir::Type::f32();
  case CTypeKind::Double: return ir::Type::f64();
  case CTypeKind::LongDouble: return ir::Type::f80();
  case CTypeKind::Record: return ir::Type::aggregate(layoutOf(t));
  case CTypeKind::Complex: return ir::Type::aggregate(complexLayout(t));
  case CTypeKind::Pointer:
  case CTypeKind::Array:
  case CTypeKind::Function: return ir::Type::ptr();
  default: internalError("lowering a type without an IR form: " + typeToString(t));
  }
}

// A record's layout as the IR records it: each non-bit-field member at its offset (arrays as
// `count` elements of their innermost element type), and the bytes holding named bit-fields
// as i8 runs, so that no two members of a struct overlap.
const ir::AggregateLayout* Lowering::layoutOf(const CType* record) {
  const RecordInfo* info = record->record;
  auto found = layouts_.find(info);
  if (found != layouts_.end()) return found->second;
  std::string base =
      std::string(info->isUnion ? "union." : "struct.") + (info->tag.empty() ? "anon" : info->tag);
  unsigned& uses = layoutNames_[base];
  std::string name =
      uses++ == 0 && !info->tag.empty() ? base : base + "." + std::to_string(uses - 1);
  ir::AggregateLayout* layout = module_.createLayout(name);
  layouts_[info] = layout;
  layout->size = info->size;
  layout->align = info->align;
  layout->isUnion = info->isUnion;
  std::set<std::uint64_t> bitFieldBytes;
  for (const RecordMember& m : info->members) {
    if (m.isBitField) {
      if (m.name.empty()) continue;
      std::uint64_t first = m.bitPosition() / 8, last = (m.bitPosition() + m.bitWidth - 1) / 8;
      for (std::uint64_t b = first; b <= last; ++b) bitFieldBytes.insert(b);
      continue;
    }
    const CType* element = m.type;
    std::uint64_t count = 1;
    while (element->isArray()) {
      count *= element->arraySize.value_or(0);
      element = element->inner;
    }
    if (count == 0) continue; // a flexible array member occupies no bytes
    layout->members.push_back({m.offset, irType(element), count});
  }
  for (auto it = bitFieldBytes.begin(); it != bitFieldBytes.end();) {
    std::uint64_t start = *it, end = start;
    while (++it != bitFieldBytes.end() && *it == end + 1) end = *it;
    layout->members.push_back({start, ir::Type::i8(), end - start + 1});
  }
  std::stable_sort(layout->members.begin(), layout->members.end(),
                   [](const ir::AggregateMember& a, const ir::AggregateMember& b) {
                     return a.offset < b.offset;
                   });
  return layout;
}

// TEAM.md: `char`, `signed char`, `short` are sign-extended at calls; `_Bool`,
// `unsigned char`, `unsigned short` zero-extended.
ir::Extension Lowering::extensionOf(const CType* t) {
  switch (enumUnderlying(t->unqualified())->kind) {
  case CTypeKind::Char:
  case CTypeKind::SChar:
  case CTypeKind::Short: return ir::Extension::Sign;
  case CTypeKind::Bool:
  case CTypeKind::UChar:
  case CTypeKind::UShort: return ir::Extension::Zero;
  default: return ir::Extension::None;
  }
}

// A call through an unprototyped type passes every argument as a variadic one (TEAM.md), so
// `%al` is set as gcc does; a definition `f()` takes no parameters and is not variadic.
ir::Signature Lowering::signatureOf(const CType* fn, bool isDefinition) {
  ir::Signature sig;
  sig.returnType = irType(fn->inner);
  sig.returnExtension = extensionOf(fn->inner);
  sig.isVariadic = fn->isVariadic || (!fn->hasPrototype && !isDefinition);
  bool anyExtension = false;
  for (const CType* p : fn->params) {
    sig.params.push_back(irType(p));
    sig.paramExtensions.push_back(extensionOf(p));
    anyExtension |= sig.paramExtensions.back() != ir::Extension::None;
  }
  if (!anyExtension) sig.paramExtensions.clear();
  return sig;
}

} // namespace minicc::frontend
