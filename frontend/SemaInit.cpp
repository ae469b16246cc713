// frontend/SemaInit.cpp — initializers (C11 6.7.9).
//
// Provides: Sema::checkInitializer, which turns an `= expr` or `= { ... }` initializer into the
// list of InitEntry stores it performs (later stores to the same bytes replace earlier ones,
// 6.7.9p19) and completes an array of unknown size (p22). Brace elision, designators and the
// "current object" rules (p17-p20) are implemented with a stack of frames: the bottom frame is
// the braced object, the top one the aggregate whose next subobject the next initializer
// fills. Initializers of static objects must be constant expressions (p4). Needs: Sema.h.
#include "frontend/Sema.h"

namespace minicc::frontend {

namespace {

struct Frame {
  const CType* type; // an array or a struct/union
  std::uint64_t offset;
  std::size_t index; // the next element or member
};

bool isCharacter(const CType* t) {
  CTypeKind k = t->unqualified()->kind;
  return k == CTypeKind::Char || k == CTypeKind::SChar || k == CTypeKind::UChar;
}

// C11 6.7.9p14-15: a character array from a (u8) string literal, a wchar_t/char16_t/char32_t
// array from an L/u/U literal.
bool stringInitializes(const CType* array, const Expr* e) {
  if (!array->isArray() || e->kind != ExprKind::StringLiteral) return false;
  using P = StringLiteralExpr::Prefix;
  P prefix = static_cast<const StringLiteralExpr*>(e)->prefix;
  const CType* element = array->inner->unqualified();
  switch (prefix) {
  case P::None:
  case P::u8: return isCharacter(element);
  case P::L: return element->kind == CTypeKind::Int;
  case P::u: return element->kind == CTypeKind::UShort;
  case P::U: return element->kind == CTypeKind::UInt;
  }
  return false;
}

} // namespace

struct Sema::InitBuilder {
  Sema& sema;
  bool isStatic;
  std::string objectName;
  std::vector<InitEntry> entries;

  void nearNote(SourceLocation loc) {
    if (!objectName.empty()) sema.note(loc, "(near initialization for '" + objectName + "')");
  }

  // Later initializers of the same bits override earlier ones (C11 6.7.9p19).
  void add(InitEntry entry) {
    auto bits = [](const InitEntry& e) {
      std::uint64_t start = e.offset * 8 + (e.bitField ? e.bitField->bitOffset : 0);
      std::uint64_t length = e.bitField ? e.bitField->bitWidth : typeSize(e.type) * 8;
      return std::pair{start, start + length};
    };
    auto [start, end] = bits(entry);
    std::erase_if(entries, [&](const InitEntry& old) {
      auto [oldStart, oldEnd] = bits(old);
      return oldStart < end && start < oldEnd;
    });
    entries.push_back(entry);
  }

  void requireConstant(Expr* e, const CType* type) {
    if (!isStatic || e->type->isError()) return;
    if (type->isComplex()) {
      if (!sema.evaluateComplex(e)) sema.error(e->loc, "initializer element is not constant");
      return;
    }
    auto value = sema.evaluateConstant(e);
    if (!value) {
      sema.error(e->loc, "initializer element is not constant");
    } else if (value->kind == ConstantValue::Kind::Address && typeSize(type) != 8) {
      sema.error(e->loc, "initializer element is not constant"); // an address does not fit
    }
  }

  // `type` may be an array of unknown size, completed from a string literal.
  void initFromExpr(const CType*& type, std::uint64_t offset, Expr*& expr,
                    const RecordMember* bitField) {
    if (stringInitializes(type, expr)) {
      auto* literal = static_cast<StringLiteralExpr*>(sema.checkExpr(expr));
      std::uint64_t length = literal->elements.size();
      if (!type->arraySize)
        type = sema.types_.arrayOf(type->inner, length + 1);
      else if (length > *type->arraySize)
        sema.warning(literal->loc, "initializer-string for array of " +
                                       quote(type->inner->unqualified()) + " is too long");
      add({offset, type, literal, nullptr});
      return;
    }
    expr = sema.checkRValue(expr);
    if (expr->type->isError()) return;
    if (type->isArray()) {
      sema.error(expr->loc, "invalid initializer");
      return;
    }
    if (type->isRecord() && !(expr->type->isRecord() && expr->type->record == type->record)) {
      sema.error(expr->loc, "invalid initializer");
      return;
    }
    ConversionContext ctx{ConversionContext::Kind::Initialization, expr->loc, "", 0, {}};
    expr = sema.convertForAssignment(type, expr, ctx);
    requireConstant(expr, type);
    add({offset, type->unqualified(), expr, bitField});
  }

  void initFromList(const CType*& type, std::uint64_t offset, Initializer* list,
                    const RecordMember* bitField) {
    std::vector<InitializerItem>& items = list->items;
    if (type->isScalar() || type->isError()) {
      initScalarFromList(type, offset, list, bitField);
      return;
    }
    // C11 6.7.9p14: the string literal of a character array may be enclosed in braces.
    if (items.size() == 1 && items[0].designators.empty() && !items[0].init->isList() &&
        stringInitializes(type, items[0].init->expr)) {
      initFromExpr(type, offset, items[0].init->expr, nullptr);
      return;
    }
    std::vector<Frame> stack{{type, offset, 0}};
    std::uint64_t arrayLength = 0; // elements of the braced array that were initialised
    for (InitializerItem& item : items) {
      if (!item.designators.empty()) {
        stack.resize(1);
        if (!applyDesignators(stack, item.designators, arrayLength)) {
          checkDiscarded(item.init);
          continue;
        }
      }
      placeItem(stack, item.init, arrayLength);
    }
    if (type->isArray() && !type->arraySize) type = sema.types_.arrayOf(type->inner, arrayLength);
  }

  void initScalarFromList(const CType* type, std::uint64_t offset, Initializer* list,
                          const RecordMember* bitField) {
    std::vector<InitializerItem>& items = list->items;
    if (items.empty()) return; // `= {}` zero-initialises (GNU C, C23)
    Initializer* first = items[0].init;
    if (first->isList()) {
      sema.warning(first->loc, "braces around scalar initializer");
      initFromList(type, offset, first, bitField);
    } else {
      initFromExpr(type, offset, first->expr, bitField);
    }
    if (items.size() > 1) {
      SourceLocation loc = items[1].init->isList() ? items[1].init->loc : items[1].init->expr->loc;
      sema.warning(loc, "excess elements in scalar initializer");
      nearNote(loc);
      for (std::size_t i = 1; i < items.size(); ++i) checkDiscarded(items[i].init);
    }
  }

  // An initializer that initialises nothing is still checked for its own errors.
  void checkDiscarded(Initializer* init) {
    if (!init->isList()) {
      init->expr = sema.checkExpr(init->expr);
      return;
    }
    for (InitializerItem& item : init->items) checkDiscarded(item.init);
  }

  static std::size_t memberCount(const CType* t) {
    if (t->isArray()) return t->arraySize ? static_cast<std::size_t>(*t->arraySize) : SIZE_MAX;
    return t->record->members.size();
  }

  // Skips members that take no part in initialisation (unnamed bit-fields, C11 6.7.9p9).
  static void skipUnnamed(Frame& f) {
    if (!f.type->isRecord()) return;
    const auto& members = f.type->record->members;
    while (f.index < members.size() && members[f.index].isBitField && members[f.index].name.empty())
      ++f.index;
  }

  struct Subobject {
    const CType* type;
    std::uint64_t offset;
    const RecordMember* bitField;
  };

  static Subobject subobject(const Frame& f) {
    if (f.type->isArray())
      return {f.type->inner, f.offset + f.index * typeSize(f.type->inner), nullptr};
    const RecordMember& m = f.type->record->members[f.index];
    return {m.type, f.offset + m.offset, m.isBitField ? &m : nullptr};
  }

  void advance(std::vector<Frame>& stack, std::uint64_t& arrayLength) {
    Frame& f = stack.back();
    f.index = f.type->isUnion() ? memberCount(f.type) : f.index + 1;
    if (stack.size() == 1 && f.type->isArray())
      arrayLength = std::max<std::uint64_t>(arrayLength, f.index);
  }

  bool applyDesignators(std::vector<Frame>& stack, std::vector<Designator>& designators,
                        std::uint64_t& arrayLength) {
    for (std::size_t k = 0; k < designators.size(); ++k) {
      Designator& d = designators[k];
      Frame& f = stack.back();
      if (d.kind == Designator::Kind::Field) {
        if (!f.type->isRecord()) {
          sema.error(d.loc, "field name not in record or union initializer");
          return false;
        }
        auto path = findMember(*f.type->record, d.fieldName);
        if (path.empty()) {
          sema.error(d.loc,
                     quote(f.type->unqualified()) + " has no member named '" + d.fieldName + "'");
          return false;
        }
        for (std::size_t i = 0; i < path.size(); ++i) {
          Frame& current = stack.back();
          current.index = static_cast<std::size_t>(path[i] - current.type->record->members.data());
          if (i + 1 < path.size()) {
            Subobject sub = subobject(current);
            stack.push_back({sub.type, sub.offset, 0});
          }
        }
      } else {
        if (d.kind == Designator::Kind::Range) {
          sema.error(d.loc, "designator ranges are not supported yet");
          return false;
        }
        if (!f.type->isArray()) {
          sema.error(d.loc, "array index in non-array initializer");
          return false;
        }
        auto index = sema.checkIntegerConstant(d.index, "nonconstant array index in initializer");
        if (!index) return false;
        if (*index < 0 ||
            (f.type->arraySize && static_cast<std::uint64_t>(*index) >= *f.type->arraySize)) {
          sema.error(d.index->loc, "array index in initializer exceeds array bounds");
          nearNote(d.index->loc);
          return false;
        }
        f.index = static_cast<std::size_t>(*index);
        if (stack.size() == 1) arrayLength = std::max<std::uint64_t>(arrayLength, f.index + 1);
      }
      if (k + 1 < designators.size()) {
        Subobject sub = subobject(stack.back());
        if (!sub.type->isAggregate()) {
          sema.error(designators[k + 1].loc, designators[k + 1].kind == Designator::Kind::Field
                                                 ? "field name not in record or union initializer"
                                                 : "array index in non-array initializer");
          return false;
        }
        stack.push_back({sub.type, sub.offset, 0});
      }
    }
    return true;
  }

  // Fills the next subobject with `init`, descending into sub-aggregates when braces were
  // elided (C11 6.7.9p20) and leaving finished ones.
  void placeItem(std::vector<Frame>& stack, Initializer* init, std::uint64_t& arrayLength) {
    while (true) {
      skipUnnamed(stack.back());
      if (stack.back().index < memberCount(stack.back().type)) break;
      if (stack.size() == 1) {
        const CType* t = stack.back().type;
        SourceLocation loc = init->isList() ? init->loc : init->expr->loc;
        sema.warning(loc, std::string("excess elements in ") +
                              (t->isArray()   ? "array"
                               : t->isUnion() ? "union"
                                              : "struct") +
                              " initializer");
        nearNote(loc);
        checkDiscarded(init);
        return;
      }
      stack.pop_back();
      advance(stack, arrayLength);
    }
    while (true) {
      Frame& f = stack.back();
      if (stack.size() == 1 && f.type->isArray())
        arrayLength = std::max<std::uint64_t>(arrayLength, f.index + 1);
      Subobject sub = subobject(f);
      if (sub.type->isArray() && !sub.type->arraySize) {
        SourceLocation loc = init->isList() ? init->loc : init->expr->loc;
        sema.error(loc, "initialization of a flexible array member is not supported yet");
        checkDiscarded(init);
        advance(stack, arrayLength);
        return;
      }
      if (init->isList()) {
        initFromList(sub.type, sub.offset, init, sub.bitField);
        advance(stack, arrayLength);
        return;
      }
      Expr*& expr = init->expr;
      if (sub.type->isScalar() || sub.type->isError() || stringInitializes(sub.type, expr)) {
        initFromExpr(sub.type, sub.offset, expr, sub.bitField);
        advance(stack, arrayLength);
        return;
      }
      if (sub.type->isRecord()) {
        expr = sema.checkExpr(expr); // not yet decayed: a string literal may still be needed
        if (expr->type->isError()) {
          advance(stack, arrayLength);
          return;
        }
        if (expr->type->isRecord() && expr->type->record == sub.type->record) {
          initFromExpr(sub.type, sub.offset, expr, nullptr);
          advance(stack, arrayLength);
          return;
        }
      }
      // Brace elision: the expression initialises the sub-aggregate's first subobject.
      stack.push_back({sub.type, sub.offset, 0});
      skipUnnamed(stack.back());
      if (stack.back().index >= memberCount(sub.type)) {
        stack.pop_back();
        sema.error(expr->loc, "invalid initializer");
        advance(stack, arrayLength);
        return;
      }
    }
  }
};

std::vector<InitEntry> Sema::checkInitializer(const CType*& type, Initializer* init, bool isStatic,
                                              const std::string& objectName) {
  InitBuilder builder{*this, isStatic, objectName, {}};
  if (init->isList())
    builder.initFromList(type, 0, init, nullptr);
  else
    builder.initFromExpr(type, 0, init->expr, nullptr);
  return std::move(builder.entries);
}

} // namespace minicc::frontend
