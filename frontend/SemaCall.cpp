// frontend/SemaCall.cpp — function calls (C11 6.5.2.2) and implicit function declarations.
//
// Provides: Sema::checkCall — callee must be a function designator or function pointer;
// arguments are converted as if by assignment to prototyped parameters, extra variadic and
// unprototyped arguments get the default argument promotions; gcc's "too many/too few
// arguments" and per-argument diagnostics with the "expected ... but argument is of type ..."
// note. Calling an undeclared identifier declares `int name()` with gcc 12's warning.
// Needs: Sema.h.
#include "frontend/Sema.h"

namespace minicc::frontend {

namespace {

// The identifier a callee names, looking through the function-to-pointer conversion.
const IdentifierExpr* calleeIdentifier(const Expr* callee) {
  while (callee->kind == ExprKind::ImplicitCast)
    callee = static_cast<const ImplicitCastExpr*>(callee)->operand;
  if (callee->kind == ExprKind::Unary) {
    auto* u = static_cast<const UnaryExpr*>(callee);
    if (u->op == UnaryOp::Deref) return calleeIdentifier(u->operand);
  }
  return callee->kind == ExprKind::Identifier ? static_cast<const IdentifierExpr*>(callee)
                                              : nullptr;
}

} // namespace

// C99 6.5.2.2 (removed in C11, still accepted by gcc 12 with a warning): calling an
// undeclared name declares `extern int name();` in the innermost block.
Symbol* Sema::implicitlyDeclareFunction(IdentifierExpr* callee) {
  warning(callee->loc, "implicit declaration of function '" + callee->name +
                           "' [-Wimplicit-function-declaration]");
  const CType* type = types_.functionType(types_.intType(), {}, false, false);
  Symbol* s = declareLinkedName(callee->name, callee->loc, SymbolKind::Function, type,
                                LinkageRequest::Inherit, false);
  if (s->kind == SymbolKind::Function)
    s->isNoreturn = s->isNoreturn || isNoreturnLibraryFunction(s);
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

// stdarg.h's va_start, va_end and va_copy are calls of gcc's builtins (C11 7.16.1); the callee
// keeps no symbol and lowering emits the IR's vastart/vaend/vacopy.
Expr* Sema::checkBuiltinCall(CallExpr* e, const std::string& name) {
  for (Expr*& arg : e->args) arg = checkRValue(arg);
  std::size_t arity = name == "__builtin_va_start" || name == "__builtin_va_copy" ? 2
                      : name == "__builtin_va_end"                                ? 1
                                                                                  : 0;
  std::string shortName = name.substr(10);
  if (arity == 0) {
    error(e->callee->loc, "built-in function '" + name + "' is not supported yet");
    return errorExpr(e);
  }
  if (e->args.size() != arity) {
    error(e->callee->loc, std::string(e->args.size() < arity ? "too few" : "too many") +
                              " arguments to function '" + name + "'");
    return errorExpr(e);
  }
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

Expr* Sema::checkVaArg(VaArgExpr* e) {
  e->vaList = checkRValue(e->vaList);
  const CType* t = resolveTypeName(e->typeName);
  if (t->isError() || !checkVaList(e->vaList, "va_arg")) return errorExpr(e);
  if (!(t->isRecord() && t->isComplete()) && !t->isScalar()) {
    error(e->loc, "invalid type " + quote(t) + " for 'va_arg'");
    return errorExpr(e);
  }
  e->type = t->unqualified();
  return e;
}

Expr* Sema::checkCall(CallExpr* e) {
  if (e->callee->kind == ExprKind::Identifier) {
    auto* id = static_cast<IdentifierExpr*>(e->callee);
    if (!lookup(id->name)) {
      if (id->name.rfind("__builtin_", 0) == 0) return checkBuiltinCall(e, id->name);
      if (id->name != "__func__") implicitlyDeclareFunction(id);
    }
  }
  e->callee = checkRValue(e->callee);
  for (Expr*& arg : e->args) arg = checkRValue(arg);
  const CType* calleeType = e->callee->type;
  if (calleeType->isError()) return errorExpr(e);
  const IdentifierExpr* id = calleeIdentifier(e->callee);
  SourceLocation calleeLoc = startLocation(e->callee);
  if (!calleeType->isFunctionPointer()) {
    if (id && id->symbol) {
      error(calleeLoc, "called object '" + id->name + "' is not a function or function pointer");
      note(id->symbol->loc, "declared here");
    } else {
      error(e->callee->loc, "called object is not a function or function pointer");
    }
    return errorExpr(e);
  }
  const CType* fn = calleeType->inner;
  std::string name = id ? id->name : expressionToString(e->callee);
  const Symbol* declaration =
      id && id->symbol && id->symbol->kind == SymbolKind::Function ? id->symbol : nullptr;
  bool failed = false;
  for (Expr* arg : e->args)
    if (arg->type->isError()) failed = true;
  for (std::size_t i = 0; i < e->args.size(); ++i) {
    Expr*& arg = e->args[i];
    if (arg->type->isError()) continue;
    if (arg->type->isVoid()) {
      error(arg->loc, "invalid use of void expression");
      failed = true;
      continue;
    }
    if (fn->hasPrototype && i < fn->params.size()) {
      ConversionContext ctx{
          ConversionContext::Kind::Argument, arg->loc, name, static_cast<unsigned>(i + 1), {}};
      if (declaration && i < declaration->paramLocs.size())
        ctx.paramLoc = declaration->paramLocs[i];
      arg = convertForAssignment(fn->params[i], arg, ctx);
    } else {
      arg = defaultArgumentPromotion(arg);
    }
  }
  if (fn->hasPrototype) {
    std::size_t expected = fn->params.size();
    if (e->args.size() < expected || (e->args.size() > expected && !fn->isVariadic)) {
      error(calleeLoc, std::string(e->args.size() < expected ? "too few" : "too many") +
                           " arguments to function '" + name + "'");
      if (declaration) note(declaration->loc, "declared here");
      return errorExpr(e);
    }
  }
  const CType* result = fn->inner->unqualified();
  if (!result->isVoid() && !result->isComplete() && !result->isError()) {
    error(calleeLoc, "invalid use of undefined type " + quote(result));
    failed = true;
  }
  if (failed) return errorExpr(e);
  e->type = result;
  return e;
}

} // namespace minicc::frontend
