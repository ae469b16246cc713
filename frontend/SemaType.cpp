// frontend/SemaType.cpp — types from syntax: declaration specifiers, declarators, struct/union
// and enum specifiers, type names.
//
// Provides: Sema::resolveSpecs, applyDeclarator (and its array and function parts),
// resolveRecord/defineRecordBody, resolveEnum/defineEnumBody, resolveTypeName. Needs: Sema.h.
#include "frontend/Sema.h"

#include <limits>

namespace minicc::frontend {

namespace {

unsigned qualifierBits(bool isConst, bool isVolatile, bool isRestrict, bool isAtomic) {
  return (isConst ? QualConst : 0u) | (isVolatile ? QualVolatile : 0u) |
         (isRestrict ? QualRestrict : 0u) | (isAtomic ? QualAtomic : 0u);
}

std::string quoteName(const std::string& name) {
  return "'" + (name.empty() ? std::string("<anonymous>") : name) + "'";
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Declaration specifiers (C11 6.7.2)

Sema::BaseType Sema::resolveSpecs(DeclSpecs* specs, bool standaloneTagDeclaration) {
  auto cached = resolvedSpecs_.find(specs);
  if (cached != resolvedSpecs_.end()) return cached->second;

  BaseType out;
  unsigned basicCount = specs->voidCount + specs->charCount + specs->shortCount + specs->intCount +
                        specs->longCount + specs->floatCount + specs->doubleCount +
                        specs->signedCount + specs->unsignedCount + specs->boolCount +
                        specs->complexCount;
  unsigned categories = (basicCount > 0) + (specs->record != nullptr) +
                        (specs->enumSpec != nullptr) + !specs->typedefName.empty() +
                        (specs->typeofExpr || specs->typeofType);
  if (!specs->unsupported.empty()) {
    error(specs->loc, specs->unsupported + " is not supported yet");
    out.type = types_.errorType();
  } else if (categories > 1) {
    error(specs->loc, "two or more data types in declaration specifiers");
    out.type = types_.errorType();
  } else if (specs->record) {
    out.type = resolveRecord(specs->record, standaloneTagDeclaration);
  } else if (specs->enumSpec) {
    out.type = resolveEnum(specs->enumSpec, standaloneTagDeclaration);
  } else if (specs->typeofExpr || specs->typeofType) {
    out.type = resolveTypeof(specs);
  } else if (!specs->typedefName.empty()) {
    Symbol* s = lookup(specs->typedefName);
    if (!s || s->kind != SymbolKind::Typedef) {
      error(specs->typedefNameLoc, "unknown type name '" + specs->typedefName + "'");
      out.type = types_.errorType();
    } else {
      out.type = s->type;
    }
  } else {
    out.type = basicTypeFromCounts(specs);
  }
  // C11 6.7.3p2: only pointers to object types may be restrict-qualified.
  if (specs->isRestrict && !out.type->isError() &&
      !(out.type->isPointer() && !out.type->inner->isFunction())) {
    error(specs->loc, "invalid use of 'restrict'");
    specs->isRestrict = false;
  }
  out.type = types_.qualified(out.type, qualifierBits(specs->isConst, specs->isVolatile,
                                                      specs->isRestrict, specs->isAtomic));
  out.alignas_ = alignasValue(specs);
  resolvedSpecs_[specs] = out;
  return out;
}

// GNU typeof / C23 typeof, typeof_unqual (C23 6.7.2.5): the type of an unevaluated expression as
// written (no lvalue conversion or decay, qualifiers kept) or of a type name; typeof_unqual drops
// the qualifiers.
const CType* Sema::resolveTypeof(DeclSpecs* specs) {
  const CType* type;
  if (specs->typeofType) {
    type = resolveTypeName(specs->typeofType);
  } else {
    ++unevaluatedDepth_;
    specs->typeofExpr = checkExpr(specs->typeofExpr);
    --unevaluatedDepth_;
    type = specs->typeofExpr->type;
    if (!type->isError() && bitFieldOf(specs->typeofExpr)) {
      error(startLocation(specs->typeofExpr), "'typeof' applied to a bit-field");
      type = types_.errorType();
    }
  }
  if (specs->typeofUnqual && !type->isError()) type = type->unqualified();
  return type;
}

// C11 6.7.2p2: the valid multisets of basic type specifiers.
// C11 6.7.2p2: `_Complex` with float, double or long double, in any order; gcc reads a lone
// `_Complex` as `_Complex double`. Complex integer types (GNU) are not supported.
const CType* Sema::complexTypeFromCounts(DeclSpecs* s) {
  if (s->complexCount > 1) {
    error(s->loc, "duplicate '_Complex'");
    return types_.errorType();
  }
  unsigned others = s->voidCount + s->boolCount + s->charCount + s->floatCount + s->doubleCount +
                    s->intCount + s->shortCount + s->longCount + s->signedCount + s->unsignedCount;
  if (others == 0) return types_.complexOf(types_.basic(CTypeKind::Double));
  s->complexCount = 0;
  const CType* real = basicTypeFromCounts(s);
  s->complexCount = 1;
  if (real->isError()) return real;
  if (real->isFloating()) return types_.complexOf(real);
  error(s->loc, real->isInteger() ? "complex integer types are not supported yet"
                                  : "two or more data types in declaration specifiers");
  return types_.errorType();
}

const CType* Sema::basicTypeFromCounts(DeclSpecs* s) {
  auto fail = [&](const std::string& message) {
    error(s->loc, message);
    return types_.errorType();
  };
  if (s->complexCount) return complexTypeFromCounts(s);
  if (s->signedCount && s->unsignedCount)
    return fail("both 'signed' and 'unsigned' in declaration specifiers");
  if (s->longCount > 2) return fail("'long long long' is too long for GCC");
  if (s->shortCount && s->longCount)
    return fail("both 'long' and 'short' in declaration specifiers");
  if (s->shortCount > 1) return fail("duplicate 'short'");
  bool isUnsigned = s->unsignedCount > 0;
  bool hasSign = s->signedCount || s->unsignedCount;
  unsigned others = s->voidCount + s->boolCount + s->charCount + s->floatCount + s->doubleCount;
  if (others > 1) return fail("two or more data types in declaration specifiers");
  if (s->voidCount || s->boolCount || s->floatCount) {
    if (hasSign || s->shortCount || s->longCount || s->intCount)
      return fail("two or more data types in declaration specifiers");
    return types_.basic(s->voidCount   ? CTypeKind::Void
                        : s->boolCount ? CTypeKind::Bool
                                       : CTypeKind::Float);
  }
  if (s->doubleCount) {
    if (hasSign || s->shortCount || s->intCount || s->longCount > 1)
      return fail("two or more data types in declaration specifiers");
    return types_.basic(s->longCount ? CTypeKind::LongDouble : CTypeKind::Double);
  }
  if (s->charCount) {
    if (s->shortCount || s->longCount || s->intCount)
      return fail("two or more data types in declaration specifiers");
    return types_.basic(s->signedCount ? CTypeKind::SChar
                        : isUnsigned   ? CTypeKind::UChar
                                       : CTypeKind::Char);
  }
  if (s->intCount > 1) return fail("two or more data types in declaration specifiers");
  if (s->shortCount) return types_.basic(isUnsigned ? CTypeKind::UShort : CTypeKind::Short);
  if (s->longCount == 1) return types_.basic(isUnsigned ? CTypeKind::ULong : CTypeKind::Long);
  if (s->longCount == 2)
    return types_.basic(isUnsigned ? CTypeKind::ULongLong : CTypeKind::LongLong);
  if (!s->intCount && !hasSign)
    warning(s->loc, "type defaults to 'int' in declaration [-Wimplicit-int]");
  return types_.basic(isUnsigned ? CTypeKind::UInt : CTypeKind::Int);
}

std::uint64_t Sema::alignasValue(DeclSpecs* specs) {
  std::uint64_t result = 0;
  for (Expr*& e : specs->alignas_) {
    // gcc reports both at the declaration specifiers.
    auto v = checkIntegerConstant(e, "requested alignment is not an integer constant", specs->loc);
    if (!v) continue;
    if (*v < 0 || (*v & (*v - 1)) != 0) {
      error(specs->loc,
            "requested alignment '" + std::to_string(*v) + "' is not a positive power of 2");
      continue;
    }
    result = std::max<std::uint64_t>(result, static_cast<std::uint64_t>(*v));
  }
  for (TypeName* tn : specs->alignasTypes)
    result = std::max(result, typeAlign(resolveTypeName(tn)));
  return result;
}

// ---------------------------------------------------------------------------------------------
// struct and union (C11 6.7.2.1, 6.7.2.3)

const CType* Sema::resolveRecord(RecordSpec* spec, bool standalone) {
  if (spec->type) return spec->type;
  const char* keyword = spec->isUnion ? "union" : "struct";
  const CType* type = nullptr;
  if (spec->tag.empty()) {
    type = types_.createRecord("", spec->isUnion, spec->loc);
  } else {
    const CType* previous = lookupTag(spec->tag, spec->hasBody || standalone);
    bool sameKind = previous && previous->isRecord() && previous->record->isUnion == spec->isUnion;
    if (previous && !sameKind) {
      error(spec->loc, "'" + spec->tag + "' defined as wrong kind of tag");
      previous = nullptr;
    }
    if (previous && spec->hasBody &&
        (previous->record->isComplete || previous->record->isBeingDefined)) {
      error(spec->loc, std::string("redefinition of '") + keyword + " " + spec->tag + "'");
      note(previous->record->loc, "originally defined here");
      previous = nullptr;
    }
    type = previous;
    if (!type) {
      type = types_.createRecord(spec->tag, spec->isUnion, spec->loc);
      declareTag(spec->tag, type);
    }
  }
  spec->type = type;
  if (spec->hasBody) {
    type->record->loc = spec->loc;
    defineRecordBody(spec, type);
  }
  return type;
}

// C11 6.7.2.1p4-5: a bit-field's width is an integer constant expression no larger than its
// (integer) type; only an unnamed bit-field may have width 0.
std::optional<unsigned> Sema::checkBitFieldWidth(FieldDeclarator& fdl, const CType* type,
                                                 SourceLocation loc) {
  const std::string& name = fdl.declarator.name;
  auto width = checkIntegerConstant(
      fdl.bitWidth, ("bit-field " + quoteName(name) + " width not an integer constant").c_str(),
      loc);
  if (!type->isInteger()) {
    error(loc, "bit-field " + quoteName(name) + " has invalid type");
    return std::nullopt;
  }
  if (!width) return std::nullopt;
  if (*width < 0) {
    error(loc, "negative width in bit-field " + quoteName(name));
    return std::nullopt;
  }
  if (*width == 0 && !name.empty()) {
    error(loc, "zero width for bit-field " + quoteName(name));
    return std::nullopt;
  }
  unsigned limit = type->unqualified()->isBool() ? 1 : integerBits(type);
  if (static_cast<std::uint64_t>(*width) > limit) {
    error(loc, "width of " + quoteName(name) + " exceeds its type");
    return std::nullopt;
  }
  return static_cast<unsigned>(*width);
}

// One member declarator; nullopt when it is erroneous (and already reported).
std::optional<FieldSpec> Sema::checkField(FieldDeclarator& fdl, const BaseType& base,
                                          SourceLocation declLoc) {
  const std::string& name = fdl.declarator.name;
  SourceLocation loc = fdl.declarator.nameLoc.isValid() ? fdl.declarator.nameLoc : declLoc;
  const CType* t = applyDeclarator(base.type, fdl.declarator);
  if (t->isError()) return std::nullopt;
  FieldSpec field{name, t, loc, std::nullopt, base.alignas_};
  if (t->isFunction()) {
    error(loc, "field " + quoteName(name) + " declared as a function");
    return std::nullopt;
  }
  if (t->isVariablyModified()) {
    // C11 6.7.2.1p9 forbids it; gcc's variable-size members are an extension minicc lacks.
    error(loc, "variably modified field " + quoteName(name) + " is not supported yet");
    return std::nullopt;
  }
  if (fdl.bitWidth) {
    field.bitWidth = checkBitFieldWidth(fdl, t, loc);
    if (!field.bitWidth) return std::nullopt;
  } else if (!t->isComplete() && !(t->isArray() && !t->arraySize && t->inner->isComplete())) {
    // (an array of unknown size is a flexible array member, checked by its position later)
    error(loc, "field " + quoteName(name) + " has incomplete type");
    return std::nullopt;
  }
  return field;
}

// C11 6.7.2.1p18: a flexible array member is the last member of a struct with named members.
void Sema::checkFlexibleArrayMembers(const std::vector<FieldSpec>& fields, bool isUnion) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const FieldSpec& f = fields[i];
    if (f.bitWidth || !f.type->isArray() || f.type->arraySize) continue;
    if (isUnion)
      error(f.loc, "flexible array member in union");
    else if (i + 1 != fields.size())
      error(f.loc, "flexible array member not at end of struct");
    else if (i == 0)
      error(f.loc, "flexible array member in a struct with no named members");
  }
}

void Sema::defineRecordBody(RecordSpec* spec, const CType* type) {
  type->record->isBeingDefined = true;
  std::vector<FieldSpec> fields;
  std::vector<std::pair<std::string, SourceLocation>> names; // checked for duplicates last
  for (FieldDecl* fd : spec->fields) {
    if (fd->isStaticAssert) {
      checkStaticAssert(fd->assertCondition, fd->assertMessage, fd->loc);
      continue;
    }
    BaseType base = resolveSpecs(fd->specs);
    if (fd->declarators.empty()) {
      // C11 6.7.2.1p13: an unnamed struct/union member's members belong to the outer record.
      RecordSpec* inner = fd->specs->record;
      if (base.type->isRecord() && inner && inner->tag.empty()) {
        for (const RecordMember& m : base.type->record->members)
          if (!m.name.empty()) names.emplace_back(m.name, m.loc);
        fields.push_back({"", base.type, fd->loc, std::nullopt, base.alignas_});
      } else if (!base.type->isError()) {
        warning(fd->loc, "declaration does not declare anything");
      }
      continue;
    }
    for (FieldDeclarator& fdl : fd->declarators) {
      std::optional<FieldSpec> field = checkField(fdl, base, fd->loc);
      if (!field) continue;
      if (!field->name.empty()) names.emplace_back(field->name, field->loc);
      fields.push_back(*field);
    }
  }
  checkFlexibleArrayMembers(fields, spec->isUnion);
  std::set<std::string> seen;
  for (auto& [name, loc] : names)
    if (!seen.insert(name).second) error(loc, "duplicate member '" + name + "'");
  types_.completeRecord(type, fields, spec->maxFieldAlign);
  // Lowering reads a bit-field that no unit of its type holds (#pragma pack) through one i64.
  for (const RecordMember& m : type->record->members)
    if (m.accessByBytes && m.bitOffset + m.bitWidth > 64)
      error(m.loc, "a bit-field spanning more than 8 bytes in a packed struct is not supported "
                   "yet");
}

// ---------------------------------------------------------------------------------------------
// enum (C11 6.7.2.2; gcc: the compatible type is unsigned int when no value is negative)

const CType* Sema::resolveEnum(EnumSpec* spec, bool standalone) {
  if (spec->type) return spec->type;
  const CType* type = nullptr;
  if (!spec->tag.empty()) {
    const CType* previous = lookupTag(spec->tag, spec->hasBody || standalone);
    if (previous && !previous->isEnum()) {
      error(spec->loc, "'" + spec->tag + "' defined as wrong kind of tag");
      previous = nullptr;
    }
    if (previous && spec->hasBody && previous->enumInfo->isComplete) {
      error(spec->loc, "redeclaration of 'enum " + spec->tag + "'");
      note(previous->enumInfo->loc, "originally defined here");
      previous = nullptr;
    }
    type = previous;
  }
  if (!type) {
    type = types_.createEnum(spec->tag, spec->loc);
    declareTag(spec->tag, type);
  }
  spec->type = type;
  if (spec->hasBody) {
    type->enumInfo->loc = spec->loc;
    defineEnumBody(spec, type);
  }
  return type;
}

void Sema::defineEnumBody(EnumSpec* spec, const CType* type) {
  std::int64_t next = 0;
  std::int64_t lowest = 0, highest = 0;
  std::vector<Symbol*> constants;
  for (Enumerator& en : spec->enumerators) {
    std::int64_t value = next;
    if (en.value) {
      // gcc: a non-constant integer is reported at the enumerator, another type at the value.
      auto v = checkIntegerConstant(
          en.value, ("enumerator value for '" + en.name + "' is not an integer constant").c_str(),
          en.loc, true);
      if (v) value = *v;
    }
    if (Symbol* previous = lookupInCurrentScope(en.name)) {
      if (previous->kind == SymbolKind::EnumConstant) {
        error(en.loc, "redeclaration of enumerator '" + en.name + "'");
        note(previous->loc,
             "previous definition of '" + en.name + "' with type " + quote(previous->type));
      } else {
        error(en.loc, "'" + en.name + "' redeclared as different kind of symbol");
        reportPrevious(previous, "declaration");
      }
    }
    Symbol* s = newSymbol(SymbolKind::EnumConstant, en.name, types_.intType(), en.loc);
    s->enumValue = value;
    en.symbol = s;
    bind(s);
    constants.push_back(s);
    lowest = constants.size() == 1 ? value : std::min(lowest, value);
    highest = constants.size() == 1 ? value : std::max(highest, value);
    next = value + 1;
  }
  const CType* underlying;
  if (lowest >= 0)
    underlying = highest <= std::numeric_limits<std::uint32_t>::max() ? types_.uintType()
                                                                      : types_.ulongType();
  else
    underlying = lowest >= std::numeric_limits<std::int32_t>::min() &&
                         highest <= std::numeric_limits<std::int32_t>::max()
                     ? types_.intType()
                     : types_.longType();
  type->enumInfo->underlying = underlying;
  type->enumInfo->isComplete = true;
  // C11 6.7.2.2p3: enumeration constants have type int (gcc widens those that do not fit).
  for (Symbol* s : constants)
    if (s->enumValue < std::numeric_limits<std::int32_t>::min() ||
        s->enumValue > std::numeric_limits<std::int32_t>::max())
      s->type = underlying;
}

// ---------------------------------------------------------------------------------------------
// Declarators (C11 6.7.6): parts apply to the base type in order.

const CType* Sema::applyDeclarator(const CType* base, const Declarator& d,
                                   std::vector<ParamInfo>* outerParams) {
  const CType* t = base;
  for (std::size_t i = 0; i < d.parts.size(); ++i) {
    if (t->isError()) return t;
    const DeclaratorPart& part = d.parts[i];
    switch (part.kind) {
    case DeclaratorPartKind::Pointer:
      if (part.isAtomic) {
        error(part.loc, "'_Atomic' is not supported yet");
        return types_.errorType();
      }
      if (part.isRestrict && t->isFunction()) error(part.loc, "invalid use of 'restrict'");
      t = types_.qualified(types_.pointerTo(t), qualifierBits(part.isConst, part.isVolatile,
                                                              part.isRestrict, part.isAtomic));
      break;
    case DeclaratorPartKind::Array: t = applyArrayPart(t, part, d); break;
    case DeclaratorPartKind::Function:
      t = applyFunctionPart(t, part, d, i + 1 == d.parts.size() ? outerParams : nullptr);
      break;
    }
  }
  return t;
}

const CType* Sema::applyArrayPart(const CType* element, const DeclaratorPart& part,
                                  const Declarator& d) {
  SourceLocation loc = d.nameLoc.isValid() ? d.nameLoc : part.loc;
  if (element->isFunction()) {
    error(loc, "declaration of " + quoteName(d.name) + " as array of functions");
    return types_.errorType();
  }
  if (!element->isComplete()) {
    error(loc, "array type has incomplete element type " + quote(element));
    return types_.errorType();
  }
  if (part.isStar) {
    // C11 6.7.6.2p4: `[*]`, a VLA of unspecified size, only in a prototype's parameters; its
    // size is never evaluated (the parameter is adjusted to a pointer or only declared).
    if (prototypeDepth_ == 0) {
      error(part.loc, "'[*]' not allowed in other than function prototype scope");
      return types_.errorType();
    }
    auto* unspecified = ast_.make<IntLiteralExpr>(); // a unique identity, never evaluated
    unspecified->loc = part.loc;
    unspecified->type = types_.sizeType();
    return types_.variableLengthArrayOf(element, unspecified);
  }
  if (!part.size || part.isStar) return types_.arrayOf(element, std::nullopt);
  Expr*& sizeExpr = const_cast<DeclaratorPart&>(part).size;
  sizeExpr = checkRValue(sizeExpr);
  if (sizeExpr->type->isError()) return types_.errorType();
  std::string what = d.name.empty() ? "unnamed array" : "array '" + d.name + "'";
  if (!sizeExpr->type->isInteger()) {
    error(loc, "size of " + what + " has non-integer type");
    return types_.errorType();
  }
  auto size = evaluateInteger(sizeExpr);
  if (!size || element->hasVariableSize()) {
    // C11 6.7.6.2p2: only block-scope and prototype-scope identifiers may be variably modified.
    if (atFileScope() && prototypeDepth_ == 0) {
      error(loc, "variably modified " + quoteName(d.name) + " at file scope");
      return types_.errorType();
    }
    if (!size) return types_.variableLengthArrayOf(element, sizeExpr);
  }
  if (sizeExpr->type->isSignedInteger() && *size < 0) {
    error(loc, "size of " + what + " is negative");
    return types_.errorType();
  }
  auto count = static_cast<std::uint64_t>(*size);
  std::uint64_t elementSize = std::max<std::uint64_t>(typeSize(element), 1);
  if (count > (std::uint64_t{1} << 62) / elementSize) {
    error(loc, "size of " + what + " is too large");
    return types_.errorType();
  }
  return types_.arrayOf(element, count);
}

const CType* Sema::applyFunctionPart(const CType* result, const DeclaratorPart& part,
                                     const Declarator& d, std::vector<ParamInfo>* params) {
  SourceLocation loc = d.nameLoc.isValid() ? d.nameLoc : part.loc;
  if (result->isFunction() || result->isArray()) {
    error(loc, quoteName(d.name) + " declared as function returning " +
                   (result->isArray() ? "an array" : "a function"));
    return types_.errorType();
  }
  if (!part.hasPrototype) return types_.functionType(result, {}, false, false);
  pushScope(); // function prototype scope (C11 6.2.1p4)
  ++prototypeDepth_;
  std::vector<const CType*> paramTypes;
  bool failed = false;
  for (std::size_t i = 0; i < part.params.size(); ++i) {
    ParamDecl* p = part.params[i];
    BaseType base = resolveSpecs(p->specs);
    const CType* t = applyDeclarator(base.type, p->declarator);
    SourceLocation ploc = p->declarator.nameLoc.isValid() ? p->declarator.nameLoc : p->loc;
    if (t->isError()) {
      failed = true;
      continue;
    }
    if ((p->specs->storage != StorageClass::None && p->specs->storage != StorageClass::Register) ||
        p->specs->isThreadLocal)
      error(ploc, "storage class specified for parameter " + quoteName(p->declarator.name));
    if (t->isVoid()) {
      if (part.params.size() == 1 && p->declarator.name.empty() && !part.isVariadic &&
          t->quals == QualNone)
        break; // `(void)`: no parameters
      if (p->declarator.name.empty())
        error(ploc, "'void' must be the only parameter");
      else
        error(ploc, "parameter " + std::to_string(i + 1) + " ('" + p->declarator.name +
                        "') has incomplete type");
      failed = true;
      continue;
    }
    // C11 6.7.6.3p7-8: array and function parameters are adjusted to pointers.
    if (t->isArray()) t = types_.pointerTo(t->inner);
    if (t->isFunction()) t = types_.pointerTo(t);
    paramTypes.push_back(t->unqualified());
    Symbol* bound = bindPrototypeParameter(p->declarator.name, t, ploc);
    if (params)
      params->push_back(
          {p->declarator.name, t, ploc, p->specs->storage == StorageClass::Register, bound});
  }
  --prototypeDepth_;
  popScope();
  if (failed) return types_.errorType();
  return types_.functionType(result, std::move(paramTypes), part.isVariadic, true);
}

// C11 6.2.1p4: a parameter's scope starts after its declarator, so later parameters of the same
// prototype may use it (`void f(int n, int a[n])`).
Symbol* Sema::bindPrototypeParameter(const std::string& name, const CType* type,
                                     SourceLocation loc) {
  if (name.empty() || lookupInCurrentScope(name)) return nullptr;
  Symbol* s = newSymbol(SymbolKind::Object, name, type, loc);
  s->isParameter = true;
  bind(s);
  return s;
}

const CType* Sema::resolveTypeName(TypeName* typeName) {
  if (typeName->type) return typeName->type;
  BaseType base = resolveSpecs(typeName->specs);
  typeName->type = applyDeclarator(base.type, typeName->declarator);
  return typeName->type;
}

} // namespace minicc::frontend
