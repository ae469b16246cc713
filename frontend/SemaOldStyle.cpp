// frontend/SemaOldStyle.cpp — old-style (K&R) function definitions (C11 6.9.1p6, 6.7.6.3p15).
//
// Provides: Sema::checkOldStyleParameters (the identifier list typed by the declaration list,
// gcc's diagnostics) and Sema::checkOldStylePrototype (a prototype in scope governs how
// arguments arrive). Needs: Sema.h.
//
// A K&R definition gives the function no prototype: calls pass default-promoted arguments, so
// the definition receives each parameter in its promoted type (float as double, char and short
// as int) and converts it to the declared type; Symbol::oldStyleType records the promoted
// signature lowering uses. When a prototype is in scope, gcc lets it govern instead: arguments
// arrive in the prototype's parameter types, which must match the declared or promoted types.
#include "frontend/Sema.h"

namespace minicc::frontend {

// C11 6.5.2.2p6: the type an argument of an unprototyped call arrives in.
const CType* Sema::promotedParameterType(const CType* t) {
  t = t->unqualified();
  if (t->kind == CTypeKind::Float) return types_.basic(CTypeKind::Double);
  if (t->isInteger() && integerRank(t) < integerRank(types_.intType())) return types_.intType();
  return t;
}

std::vector<Sema::ParamInfo> Sema::checkOldStyleParameters(FunctionDefinition* def,
                                                           const DeclaratorPart& part) {
  struct Declared {
    ParamInfo info;
    bool matched = false;
  };
  std::vector<Declared> declared;
  auto findDeclared = [&](const std::string& name) -> Declared* {
    for (Declared& d : declared)
      if (d.info.name == name) return &d;
    return nullptr;
  };
  pushScope(); // the declarations may refer to earlier parameters (C11 6.2.1p4)
  for (Declaration* decl : def->oldStyleParamDecls) {
    if (decl->kind == DeclKind::StaticAssert) {
      checkStaticAssert(decl->assertCondition, decl->assertMessage, decl->loc);
      continue;
    }
    BaseType base = resolveSpecs(decl->specs);
    for (InitDeclarator& id : decl->declarators) {
      const Declarator& dl = id.declarator;
      const CType* t = applyDeclarator(base.type, dl);
      if ((decl->specs->storage != StorageClass::None &&
           decl->specs->storage != StorageClass::Register) ||
          decl->specs->isThreadLocal)
        error(dl.nameLoc, "storage class specified for parameter '" + dl.name + "'");
      if (id.init) error(def->specs->loc, "parameter '" + dl.name + "' is initialized");
      // C11 6.7.6.3p7-8: array and function parameters are adjusted to pointers.
      if (t->isArray()) t = types_.pointerTo(t->inner);
      if (t->isFunction()) t = types_.pointerTo(t);
      if (Declared* previous = findDeclared(dl.name)) {
        error(dl.nameLoc, "redefinition of parameter '" + dl.name + "'");
        note(previous->info.loc,
             "previous definition of '" + dl.name + "' with type " + quote(previous->info.type));
        continue;
      }
      Symbol* bound = bindPrototypeParameter(dl.name, t, dl.nameLoc);
      declared.push_back(
          {{dl.name, t, dl.nameLoc, decl->specs->storage == StorageClass::Register, bound}, false});
    }
  }
  popScope();

  std::vector<ParamInfo> params;
  SourceLocation nameLoc = def->declarator.nameLoc;
  for (std::size_t i = 0; i < part.identifierList.size(); ++i) {
    const std::string& name = part.identifierList[i];
    bool repeated = false;
    for (std::size_t j = 0; j < i; ++j) repeated |= part.identifierList[j] == name;
    Declared* d = findDeclared(name);
    if (!d && !repeated) {
      // gcc (C99 and later dropped implicit int; gcc keeps it with a warning).
      warning(nameLoc, "type of '" + name + "' defaults to 'int' [-Wimplicit-int]");
    }
    if (repeated) {
      error(nameLoc, "multiple parameters named '" + name + "'");
      continue;
    }
    if (d) {
      d->matched = true;
      params.push_back(d->info);
    } else {
      SourceLocation loc = i < part.identifierLocs.size() ? part.identifierLocs[i] : nameLoc;
      params.push_back({name, types_.intType(), loc, false});
    }
  }
  for (const Declared& d : declared)
    if (!d.matched)
      error(d.info.loc, "declaration for parameter '" + d.info.name + "' but no such parameter");
  return params;
}

// With a prototype in scope the arguments arrive as its parameter types; otherwise the
// definition's own signature is the promoted types (recorded in oldStyleType).
void Sema::checkOldStylePrototype(FunctionDefinition* def, Symbol* fn,
                                  const std::vector<ParamInfo>& params) {
  const CType* type = fn->type;
  if (!type->isFunction()) return;
  if (!type->hasPrototype) {
    std::vector<const CType*> promoted;
    for (const ParamInfo& p : params)
      promoted.push_back(p.type->isError() ? p.type : promotedParameterType(p.type));
    fn->oldStyleType = types_.functionType(type->inner, std::move(promoted), false, true);
    return;
  }
  if (type->params.size() != params.size() || type->isVariadic) {
    error(def->specs->loc, "number of arguments doesn't match prototype");
    error(fn->loc, "prototype declaration");
    return;
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    const CType* declaredType = params[i].type->unqualified();
    const CType* expected = type->params[i];
    if (declaredType->isError() || types_.compatible(expected, declaredType) ||
        types_.compatible(expected, promotedParameterType(declaredType)))
      continue;
    error(params[i].loc, "promoted argument '" + params[i].name + "' doesn't match prototype");
    error(fn->loc, "prototype declaration");
  }
}

} // namespace minicc::frontend
