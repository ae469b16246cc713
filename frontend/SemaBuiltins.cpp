// frontend/SemaBuiltins.cpp — gcc's built-in functions (gcc manual "Other Builtins",
// "Integer Overflow Builtins").
//
// Provides: findBuiltin (the table, Builtins.h), Sema::checkBuiltinCall and
// Sema::evaluateBuiltinCall (built-ins in constant expressions, as gcc folds them).
// Needs: Sema.h, Builtins.h, ir/BitOps.h.
// A built-in with a table signature is checked as a call of a prototyped function of that type
// (so wrong arguments get gcc's "too few arguments", "passing argument 1 of ..." wording); the
// callee keeps no symbol and lowering (LowerBuiltins.cpp) expands it, except library built-ins
// (__builtin_memcpy ...), whose callee becomes the library function itself.
// __builtin_constant_p is replaced by its value: like gcc at -O0, 1 exactly for arithmetic
// constant expressions and string literals.
#include "frontend/Builtins.h"
#include "frontend/Sema.h"
#include "ir/BitOps.h"

#include <cmath>
#include <limits>

namespace minicc::frontend {

namespace {

using K = BuiltinKind;

const BuiltinInfo kBuiltins[] = {
    {"__builtin_va_start", K::VaStart, nullptr, nullptr},
    {"__builtin_va_end", K::VaEnd, nullptr, nullptr},
    {"__builtin_va_copy", K::VaCopy, nullptr, nullptr},
    {"__builtin_clz", K::Clz, "iu", nullptr},
    {"__builtin_clzl", K::Clz, "iL", nullptr},
    {"__builtin_clzll", K::Clz, "iX", nullptr},
    {"__builtin_ctz", K::Ctz, "iu", nullptr},
    {"__builtin_ctzl", K::Ctz, "iL", nullptr},
    {"__builtin_ctzll", K::Ctz, "iX", nullptr},
    {"__builtin_popcount", K::Popcount, "iu", nullptr},
    {"__builtin_popcountl", K::Popcount, "iL", nullptr},
    {"__builtin_popcountll", K::Popcount, "iX", nullptr},
    {"__builtin_parity", K::Parity, "iu", nullptr},
    {"__builtin_parityl", K::Parity, "iL", nullptr},
    {"__builtin_parityll", K::Parity, "iX", nullptr},
    {"__builtin_ffs", K::Ffs, "ii", nullptr},
    {"__builtin_ffsl", K::Ffs, "il", nullptr},
    {"__builtin_ffsll", K::Ffs, "ix", nullptr},
    {"__builtin_clrsb", K::Clrsb, "ii", nullptr},
    {"__builtin_clrsbl", K::Clrsb, "il", nullptr},
    {"__builtin_clrsbll", K::Clrsb, "ix", nullptr},
    {"__builtin_bswap16", K::Bswap, "hh", nullptr},
    {"__builtin_bswap32", K::Bswap, "uu", nullptr},
    {"__builtin_bswap64", K::Bswap, "LL", nullptr},
    {"__builtin_expect", K::Expect, "lll", nullptr},
    {"__builtin_unreachable", K::Unreachable, "v", nullptr},
    {"__builtin_trap", K::Trap, "v", nullptr},
    {"__builtin_constant_p", K::ConstantP, nullptr, nullptr},
    {"__builtin_huge_val", K::Infinity, "d", nullptr},
    {"__builtin_huge_valf", K::Infinity, "f", nullptr},
    {"__builtin_huge_vall", K::Infinity, "e", nullptr},
    {"__builtin_inf", K::Infinity, "d", nullptr},
    {"__builtin_inff", K::Infinity, "f", nullptr},
    {"__builtin_infl", K::Infinity, "e", nullptr},
    {"__builtin_nan", K::Nan, "dS", nullptr},
    {"__builtin_nanf", K::Nan, "fS", nullptr},
    {"__builtin_nanl", K::Nan, "eS", nullptr},
    {"__builtin_add_overflow", K::AddOverflow, nullptr, nullptr},
    {"__builtin_sub_overflow", K::SubOverflow, nullptr, nullptr},
    {"__builtin_mul_overflow", K::MulOverflow, nullptr, nullptr},
    {"__builtin_alloca", K::Alloca, "pz", nullptr},
    {"__builtin_ia32_crc32qi", K::Crc32Byte, "uuc", nullptr},
    {"__builtin_memcpy", K::Library, "ppPz", "memcpy"},
    {"__builtin_memmove", K::Library, "ppPz", "memmove"},
    {"__builtin_memset", K::Library, "ppiz", "memset"},
    {"__builtin_memcmp", K::Library, "iPPz", "memcmp"},
    {"__builtin_memchr", K::Library, "pPiz", "memchr"},
    {"__builtin_strlen", K::Library, "zS", "strlen"},
    {"__builtin_strcmp", K::Library, "iSS", "strcmp"},
    {"__builtin_strncmp", K::Library, "iSSz", "strncmp"},
    {"__builtin_strcpy", K::Library, "ssS", "strcpy"},
    {"__builtin_strncpy", K::Library, "ssSz", "strncpy"},
    {"__builtin_strcat", K::Library, "ssS", "strcat"},
    {"__builtin_strchr", K::Library, "sSi", "strchr"},
    {"__builtin_strrchr", K::Library, "sSi", "strrchr"},
    {"__builtin_abs", K::Library, "ii", "abs"},
    {"__builtin_labs", K::Library, "ll", "labs"},
    {"__builtin_llabs", K::Library, "xx", "llabs"},
    {"__builtin_fabs", K::Library, "dd", "fabs"},
    {"__builtin_fabsf", K::Library, "ff", "fabsf"},
    {"__builtin_fabsl", K::Library, "ee", "fabsl"},
    {"__builtin_sqrt", K::Library, "dd", "sqrt"},
    {"__builtin_sqrtf", K::Library, "ff", "sqrtf"},
    {"__builtin_sqrtl", K::Library, "ee", "sqrtl"},
    {"__builtin_abort", K::Library, "v", "abort"},
    {"__builtin_exit", K::Library, "vi", "exit"},
    {"__builtin_malloc", K::Library, "pz", "malloc"},
    {"__builtin_calloc", K::Library, "pzz", "calloc"},
    {"__builtin_realloc", K::Library, "ppz", "realloc"},
    {"__builtin_free", K::Library, "vp", "free"},
    {"__builtin_printf", K::Library, "iS.", "printf"},
    {"__builtin_sprintf", K::Library, "isS.", "sprintf"},
    {"__builtin_snprintf", K::Library, "iszS.", "snprintf"},
    {"__builtin_puts", K::Library, "iS", "puts"},
    {"__builtin_putchar", K::Library, "ii", "putchar"},
};

} // namespace

const BuiltinInfo* findBuiltin(const std::string& name) {
  for (const BuiltinInfo& info : kBuiltins)
    if (name == info.name) return &info;
  return nullptr;
}

// The function type a table signature spells (Builtins.h).
const CType* Sema::builtinFunctionType(const char* signature) {
  auto typeOf = [&](char c) -> const CType* {
    const CType* constChar = types_.qualified(types_.charType(), QualConst);
    const CType* constVoid = types_.qualified(types_.voidType(), QualConst);
    switch (c) {
    case 'v': return types_.voidType();
    case 'i': return types_.intType();
    case 'u': return types_.uintType();
    case 'l': return types_.longType();
    case 'L':
    case 'z': return types_.ulongType();
    case 'x': return types_.basic(CTypeKind::LongLong);
    case 'X': return types_.basic(CTypeKind::ULongLong);
    case 'c': return types_.basic(CTypeKind::UChar);
    case 'h': return types_.basic(CTypeKind::UShort);
    case 'f': return types_.basic(CTypeKind::Float);
    case 'd': return types_.basic(CTypeKind::Double);
    case 'e': return types_.basic(CTypeKind::LongDouble);
    case 'p': return types_.pointerTo(types_.voidType());
    case 'P': return types_.pointerTo(constVoid);
    case 's': return types_.pointerTo(types_.charType());
    case 'S': return types_.pointerTo(constChar);
    default: internalError(std::string("builtin signature letter '") + c + "'");
    }
  };
  std::string spec = signature;
  bool variadic = !spec.empty() && spec.back() == '.';
  if (variadic) spec.pop_back();
  std::vector<const CType*> params;
  for (std::size_t i = 1; i < spec.size(); ++i) params.push_back(typeOf(spec[i]));
  return types_.functionType(typeOf(spec[0]), std::move(params), variadic, true);
}

// The external function a library built-in calls: the program's own declaration when it has
// one, else a declaration with the standard prototype that no scope shows.
Symbol* Sema::libraryFunction(const std::string& name, const CType* type, SourceLocation loc) {
  auto known = linkedNames_.find(name);
  if (known != linkedNames_.end() && known->second->kind == SymbolKind::Function)
    return known->second;
  Symbol* s = newSymbol(SymbolKind::Function, name, type, loc);
  s->linkage = Linkage::External;
  s->hasStaticStorage = true;
  s->isNoreturn = isNoreturnLibraryFunction(s);
  noteStaticSymbol(s);
  linkedNames_[name] = s;
  return s;
}

// A va_list argument decays to a pointer to gcc's struct __va_list_tag (SemaScope.cpp).
bool Sema::checkVaList(const Expr* e, const std::string& builtin) {
  const CType* t = e->type;
  if (t->isError()) return false;
  if (t->isPointer() && t->inner->isRecord() && t->inner->record->tag == "__va_list_tag")
    return true;
  error(e->loc, "first argument to '" + builtin + "' not of type 'va_list'");
  return false;
}

bool Sema::checkBuiltinArity(CallExpr* e, const std::string& name, std::size_t arity) {
  if (e->args.size() == arity) return true;
  error(startLocation(e->callee), std::string(e->args.size() < arity ? "too few" : "too many") +
                                      " arguments to function '" + name + "'");
  return false;
}

// stdarg.h's va_start, va_end and va_copy (C11 7.16.1): lowering emits vastart/vaend/vacopy.
Expr* Sema::checkVaBuiltin(CallExpr* e, const std::string& name) {
  for (Expr*& arg : e->args) arg = checkRValue(arg);
  std::size_t arity = name == "__builtin_va_end" ? 1 : 2;
  std::string shortName = name.substr(10);
  if (!checkBuiltinArity(e, name, arity)) return errorExpr(e);
  if (shortName == "va_start" && (!function_ || !function_->function->type->isVariadic)) {
    error(e->callee->loc, "'va_start' used in function with fixed arguments");
    return errorExpr(e);
  }
  bool ok = checkVaList(e->args[0], shortName);
  if (shortName == "va_copy") ok = checkVaList(e->args[1], shortName) && ok;
  if (!ok) return errorExpr(e);
  e->callee->type = types_.voidType();
  e->type = types_.voidType();
  return e;
}

// gcc at -O0: 1 for an arithmetic constant expression, a null-pointer-like integer cast to a
// pointer, or a string literal; 0 otherwise (an address constant, any other expression). The
// operand is not evaluated.
Expr* Sema::checkConstantP(CallExpr* e, const std::string& name) {
  if (!checkBuiltinArity(e, name, 1)) return errorExpr(e);
  ++unevaluatedDepth_;
  Expr* arg = checkRValue(e->args[0]);
  --unevaluatedDepth_;
  if (arg->type->isError()) return errorExpr(e);
  bool isConstant = false;
  const Expr* inner = arg;
  while (inner->kind == ExprKind::ImplicitCast)
    inner = static_cast<const ImplicitCastExpr*>(inner)->operand;
  if (inner->kind == ExprKind::StringLiteral) {
    isConstant = true;
  } else if (auto v = evaluate(arg)) {
    isConstant = v->kind != ConstantValue::Kind::Address || (!v->symbol && !v->string);
  }
  return builtinIntLiteral(e->loc, isConstant ? 1 : 0, types_.intType());
}

// gcc's generic overflow built-ins: any integer operands (_Bool and enums included), a pointer
// to a non-_Bool, non-enum integer for the result; the value is _Bool.
Expr* Sema::checkOverflowBuiltin(CallExpr* e, const std::string& name) {
  for (Expr*& arg : e->args) arg = checkRValue(arg);
  if (!checkBuiltinArity(e, name, 3)) return errorExpr(e);
  bool ok = true;
  for (unsigned i = 0; i < 3; ++i) {
    const CType* t = e->args[i]->type;
    if (t->isError()) {
      ok = false;
      continue;
    }
    std::string which = "argument " + std::to_string(i + 1) + " in call to function '" + name + "'";
    SourceLocation at = startLocation(e->args[i]);
    if (i < 2 && !t->isInteger()) {
      error(at, which + " does not have integral type");
      ok = false;
    } else if (i == 2) {
      const CType* target = t->isPointer() ? t->inner : nullptr;
      if (!target || !target->isInteger()) {
        error(at, which + " does not have pointer to integral type");
        ok = false;
      } else if (target->isBool()) {
        error(at, which + " has pointer to boolean type");
        ok = false;
      } else if (target->isEnum()) {
        error(at, which + " has pointer to enumerated type");
        ok = false;
      }
    }
  }
  if (!ok) return errorExpr(e);
  e->callee->type = types_.voidType();
  e->type = types_.boolType();
  return e;
}

Expr* Sema::checkBuiltinCall(CallExpr* e, const std::string& name) {
  const BuiltinInfo* info = findBuiltin(name);
  if (!info || info->kind == BuiltinKind::Unsupported) {
    error(e->callee->loc, "built-in function '" + name + "' is not supported yet");
    for (Expr*& arg : e->args) arg = checkRValue(arg);
    return errorExpr(e);
  }
  switch (info->kind) {
  case BuiltinKind::VaStart:
  case BuiltinKind::VaEnd:
  case BuiltinKind::VaCopy: return checkVaBuiltin(e, name);
  case BuiltinKind::ConstantP: return checkConstantP(e, name);
  case BuiltinKind::AddOverflow:
  case BuiltinKind::SubOverflow:
  case BuiltinKind::MulOverflow: return checkOverflowBuiltin(e, name);
  default: break;
  }
  auto* id = static_cast<IdentifierExpr*>(e->callee);
  const CType* fn = builtinFunctionType(info->signature);
  if (info->kind == BuiltinKind::Library) {
    Symbol* s = libraryFunction(info->library, fn, id->loc);
    s->isUsed = true;
    id->symbol = s;
    id->type = s->type;
    e->callee = rvalue(id);
    for (Expr*& arg : e->args) arg = checkRValue(arg);
    return checkCallArguments(e, s->type, name, nullptr, true);
  }
  id->type = types_.pointerTo(fn);
  for (Expr*& arg : e->args) arg = checkRValue(arg);
  Expr* checked = checkCallArguments(e, fn, name, nullptr, true);
  if (checked != e || info->kind != BuiltinKind::Nan) return checked;
  const Expr* tag = e->args[0];
  while (tag->kind == ExprKind::ImplicitCast)
    tag = static_cast<const ImplicitCastExpr*>(tag)->operand;
  if (tag->kind != ExprKind::StringLiteral ||
      !static_cast<const StringLiteralExpr*>(tag)->elements.empty()) {
    error(e->args[0]->loc, "'" + name + "' with an argument other than \"\" is not supported yet");
    return errorExpr(e);
  }
  return e;
}

namespace {

// Integer built-ins on a constant, in the built-in's parameter type (already converted).
std::optional<std::int64_t> evaluateBitBuiltin(BuiltinKind kind, const CType* paramType,
                                               std::uint64_t x) {
  unsigned bits = integerBits(paramType);
  auto bitOp = [&](ir::Opcode op) {
    return static_cast<std::int64_t>(ir::evaluateBitOperation(op, bits, x));
  };
  switch (kind) {
  case BuiltinKind::Clz: // gcc leaves clz/ctz of 0 unfolded: not a constant
    if ((x & (bits >= 64 ? ~0ull : (1ull << bits) - 1)) == 0) return std::nullopt;
    return bitOp(ir::Opcode::Clz);
  case BuiltinKind::Ctz:
    if ((x & (bits >= 64 ? ~0ull : (1ull << bits) - 1)) == 0) return std::nullopt;
    return bitOp(ir::Opcode::Ctz);
  case BuiltinKind::Popcount: return bitOp(ir::Opcode::Popcount);
  case BuiltinKind::Parity: return bitOp(ir::Opcode::Popcount) & 1;
  case BuiltinKind::Ffs: {
    std::int64_t tz = bitOp(ir::Opcode::Ctz);
    return tz == bits ? 0 : tz + 1;
  }
  case BuiltinKind::Clrsb: {
    std::uint64_t sign = (x >> (bits - 1)) & 1 ? ~0ull : 0;
    return static_cast<std::int64_t>(ir::evaluateBitOperation(ir::Opcode::Clz, bits, x ^ sign)) - 1;
  }
  case BuiltinKind::Bswap: return bitOp(ir::Opcode::Bswap);
  default: return std::nullopt;
  }
}

} // namespace

// gcc folds these built-ins when their operands are constants, so they may appear in integer
// constant expressions (array sizes, case labels, static initializers).
std::optional<ConstantValue> Sema::evaluateBuiltinCall(const CallExpr* e) const {
  if (e->callee->kind != ExprKind::Identifier) return std::nullopt;
  auto* id = static_cast<const IdentifierExpr*>(e->callee);
  if (id->symbol) return std::nullopt;
  const BuiltinInfo* info = findBuiltin(id->name);
  if (!info) return std::nullopt;
  ConstantValue result;
  if (info->kind == BuiltinKind::Infinity || info->kind == BuiltinKind::Nan) {
    result.kind = ConstantValue::Kind::Float;
    result.floatValue = info->kind == BuiltinKind::Infinity
                            ? std::numeric_limits<long double>::infinity()
                            : std::numeric_limits<long double>::quiet_NaN();
    return result;
  }
  if (e->args.empty()) return std::nullopt;
  auto v = evaluate(e->args[0]);
  if (!v || v->kind != ConstantValue::Kind::Integer) return std::nullopt;
  if (info->kind == BuiltinKind::Expect) {
    auto hint = evaluate(e->args[1]);
    if (!hint) return std::nullopt;
    return v;
  }
  auto value =
      evaluateBitBuiltin(info->kind, e->args[0]->type, static_cast<std::uint64_t>(v->value));
  if (!value) return std::nullopt;
  result.value = *value;
  return result;
}

} // namespace minicc::frontend

namespace minicc::frontend {

Expr* Sema::builtinIntLiteral(SourceLocation loc, std::uint64_t value, const CType* type) {
  auto* literal = ast_.make<IntLiteralExpr>();
  literal->loc = loc;
  literal->value = value;
  literal->type = type;
  return literal;
}

// gcc's __builtin_offsetof (stddef.h's offsetof, C11 7.19p3, with gcc's nested members and
// subscripts): the byte offset as a size_t constant. Subscripts must be integer constants
// here (gcc also accepts variables, giving a value computed at run time).
Expr* Sema::checkOffsetof(OffsetofExpr* e) {
  const CType* t = resolveTypeName(e->typeName);
  if (t->isError()) return errorExpr(e);
  std::uint64_t offset = 0;
  for (Designator& d : e->designators) {
    if (d.kind == Designator::Kind::Index) {
      if (!t->isArray()) {
        error(d.loc, "subscripted value is neither array nor pointer nor vector");
        return errorExpr(e);
      }
      d.index = checkRValue(d.index);
      if (d.index->type->isError()) return errorExpr(e);
      auto index = d.index->type->isInteger() ? evaluateInteger(d.index) : std::nullopt;
      if (!index) {
        error(d.index->loc,
              "'__builtin_offsetof' with a non-constant subscript is not supported yet");
        return errorExpr(e);
      }
      t = t->inner;
      offset += static_cast<std::uint64_t>(*index) * typeSize(t);
      continue;
    }
    if (!t->isRecord()) {
      error(e->loc,
            "request for member '" + d.fieldName + "' in something not a structure or union");
      return errorExpr(e);
    }
    if (!t->isComplete()) {
      error(e->loc, "invalid use of undefined type " + quote(t));
      return errorExpr(e);
    }
    std::vector<const RecordMember*> chain = findMember(*t->record, d.fieldName);
    if (chain.empty()) {
      error(e->loc, quote(t) + " has no member named '" + d.fieldName + "'");
      return errorExpr(e);
    }
    if (chain.back()->isBitField) {
      error(d.loc, "attempt to take address of bit-field structure member '" + d.fieldName + "'");
      return errorExpr(e);
    }
    for (const RecordMember* m : chain) offset += m->offset;
    t = chain.back()->type;
  }
  return builtinIntLiteral(e->loc, offset, types_.sizeType());
}

// gcc's __builtin_types_compatible_p: 1 when the types, without their top-level qualifiers,
// are compatible (C11 6.2.7); an int.
Expr* Sema::checkTypesCompatible(TypesCompatibleExpr* e) {
  const CType* a = resolveTypeName(e->first);
  const CType* b = resolveTypeName(e->second);
  if (a->isError() || b->isError()) return errorExpr(e);
  bool same = types_.compatible(a->unqualified(), b->unqualified());
  return builtinIntLiteral(e->loc, same ? 1 : 0, types_.intType());
}

} // namespace minicc::frontend
