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
  std::string name = id ? id->name : expressionToString(e->callee);
  const Symbol* declaration =
      id && id->symbol && id->symbol->kind == SymbolKind::Function ? id->symbol : nullptr;
  return checkCallArguments(e, calleeType->inner, name, declaration, false);
}

// C11 6.5.2.2p2-p7 for a call of a function of type `fn` whose arguments are checked rvalues.
// A built-in has no declaration: gcc puts its "expected ..." note at the argument.
Expr* Sema::checkCallArguments(CallExpr* e, const CType* fn, const std::string& name,
                               const Symbol* declaration, bool isBuiltin) {
  SourceLocation calleeLoc = startLocation(e->callee);
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
      if (isBuiltin) ctx.paramLoc = arg->loc;
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
