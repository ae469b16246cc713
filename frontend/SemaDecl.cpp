// frontend/SemaDecl.cpp — declarations and function definitions.
//
// Provides: the checks of C11 6.7 and 6.9: file- and block-scope declarations, linkage and
// redeclaration rules (6.2.2, 6.2.7), tentative definitions (6.9.2), typedefs, static locals,
// function definitions and their parameters, _Static_assert. Needs: Sema.h.
#include "frontend/Sema.h"

namespace minicc::frontend {

void Sema::reportPrevious(Symbol* previous, const char* what) {
  bool useDefinition = previous->isDefined && previous->definitionLoc.isValid();
  note(useDefinition ? previous->definitionLoc : previous->loc,
       std::string("previous ") + (useDefinition ? "definition" : what) + " of '" + previous->name +
           "' with type " + quote(previous->type));
}

void Sema::checkExternalDeclaration(ExternalDecl& decl) {
  if (decl.function)
    checkFunctionDefinition(decl.function);
  else if (decl.declaration)
    checkDeclaration(decl.declaration);
}

void Sema::checkStaticAssert(Expr* condition, StringLiteralExpr* message, SourceLocation loc) {
  auto value = checkIntegerConstant(condition, "expression in static assertion is not constant");
  if (!value || *value != 0) return;
  std::string text;
  if (message)
    for (std::uint32_t c : message->elements) text += static_cast<char>(c);
  error(loc, "static assertion failed: \"" + text + "\"");
}

void Sema::checkDeclaration(Declaration* decl) {
  if (decl->kind == DeclKind::StaticAssert) {
    checkStaticAssert(decl->assertCondition, decl->assertMessage, decl->loc);
    return;
  }
  DeclSpecs* specs = decl->specs;
  bool standalone = decl->declarators.empty();
  BaseType base = resolveSpecs(specs, standalone);
  if (standalone) {
    if (!specs->record && !specs->enumSpec && !base.type->isError())
      warning(decl->loc, "useless type name in empty declaration");
    return;
  }
  for (InitDeclarator& id : decl->declarators) {
    std::vector<ParamInfo> params;
    const CType* type = applyDeclarator(base.type, id.declarator, &params);
    const std::string& name = id.declarator.name;
    SourceLocation loc = id.declarator.nameLoc;
    if (specs->storage == StorageClass::Typedef) {
      declareTypedef(id, type);
      noteVariablyModifiedDeclaration(type, id.declarator);
      continue;
    }
    if (type->isFunction()) {
      if (id.init) error(loc, "function '" + name + "' is initialized like a variable");
      if (!id.declarator.parts.empty() && !id.declarator.parts.back().identifierList.empty())
        warning(specs->loc, "parameter names (without types) in function declaration");
      if ((!atFileScope() && specs->storage == StorageClass::Static) || specs->isThreadLocal) {
        error(loc, "invalid storage class for function '" + name + "'");
        continue;
      }
      id.symbol = declareFunction(id.declarator, specs, type, false);
      if (id.symbol->kind == SymbolKind::Function && type->hasPrototype) {
        id.symbol->paramLocs.clear();
        for (const ParamInfo& p : params) id.symbol->paramLocs.push_back(p.loc);
      }
      continue;
    }
    if (atFileScope())
      id.symbol = declareFileScopeObject(id, specs, base, type);
    else
      id.symbol = declareBlockScopeObject(id, specs, base, type);
  }
}

void Sema::declareTypedef(InitDeclarator& id, const CType* type) {
  const std::string& name = id.declarator.name;
  SourceLocation loc = id.declarator.nameLoc;
  if (id.init) error(loc, "typedef '" + name + "' is initialized (use __typeof__ instead)");
  if (Symbol* previous = lookupInCurrentScope(name)) {
    if (previous->kind == SymbolKind::Typedef) {
      // C11 6.7p3: a typedef may be redefined to the same type.
      if (previous->type == type || type->isError()) {
        id.symbol = previous;
        return;
      }
      error(loc, "conflicting types for '" + name + "'; have " + quote(type));
      reportPrevious(previous, "declaration");
    } else {
      error(loc, "'" + name + "' redeclared as different kind of symbol");
      reportPrevious(previous, "declaration");
    }
  }
  Symbol* s = newSymbol(SymbolKind::Typedef, name, type, loc);
  bind(s);
  id.symbol = s;
}

bool Sema::checkRedeclarationKind(Symbol* previous, SymbolKind kind, const std::string& name,
                                  SourceLocation loc) {
  if (previous->kind == kind) return true;
  error(loc, "'" + name + "' redeclared as different kind of symbol");
  reportPrevious(previous, "declaration");
  return false;
}

// Merges a declaration of a name with linkage into the entity it denotes (C11 6.2.2, 6.2.7):
// one Symbol per entity, whose type becomes the composite of all its declarations.
Symbol* Sema::declareLinkedName(const std::string& name, SourceLocation loc, SymbolKind kind,
                                const CType* type, LinkageRequest request, bool isDefinition,
                                bool isThreadLocal) {
  auto fresh = [&](Linkage linkage) {
    Symbol* s = newSymbol(kind, name, type, loc);
    s->linkage = linkage;
    s->hasStaticStorage = true;
    s->isThreadLocal = isThreadLocal;
    s->isWeak = weakNames_.count(name) != 0;
    noteStaticSymbol(s);
    bind(s);
    return s;
  };
  Symbol* visible = lookupInCurrentScope(name);
  if (visible && visible->linkage == Linkage::None) {
    if (visible->kind != kind || atFileScope())
      checkRedeclarationKind(visible, kind, name, loc);
    else {
      error(loc, "extern declaration of '" + name + "' follows declaration with no linkage");
      reportPrevious(visible, "declaration");
    }
    return fresh(Linkage::External);
  }
  auto known = linkedNames_.find(name);
  if (known == linkedNames_.end()) {
    Symbol* s = fresh(request == LinkageRequest::Internal ? Linkage::Internal : Linkage::External);
    s->declarationCount = 1;
    linkedNames_[name] = s;
    return s;
  }
  Symbol* previous = known->second;
  if (!checkRedeclarationKind(previous, kind, name, loc)) return fresh(Linkage::External);
  if (request == LinkageRequest::Internal && previous->linkage == Linkage::External) {
    error(loc, "static declaration of '" + name + "' follows non-static declaration");
    reportPrevious(previous, "declaration");
  } else if (request == LinkageRequest::External && previous->linkage == Linkage::Internal) {
    error(loc, "non-static declaration of '" + name + "' follows static declaration");
    reportPrevious(previous, "declaration");
  } else if (kind == SymbolKind::Object && isThreadLocal != previous->isThreadLocal) {
    // C11 6.7.1p3: every declaration of a thread-local object says _Thread_local.
    error(loc, std::string(isThreadLocal ? "thread-local" : "non-thread-local") +
                   " declaration of '" + name + "' follows " +
                   (isThreadLocal ? "non-thread-local" : "thread-local") + " declaration");
    reportPrevious(previous, "declaration");
  } else if (!types_.compatible(previous->type, type)) {
    error(loc, "conflicting types for '" + name + "'; have " + quote(type));
    reportPrevious(previous, "declaration");
  } else if (!(isDefinition && previous->isDefined)) {
    previous->type = types_.composite(type, previous->type);
  }
  ++previous->declarationCount;
  bind(previous);
  return previous;
}

// The C library functions that never return: gcc knows abort/exit/_Exit/_exit as built-ins and
// glibc's headers mark the others __attribute__((noreturn)), which minicc's portable header
// path (no __GNUC__) does not show. Only the external functions of these names count.
bool Sema::isNoreturnLibraryFunction(const Symbol* s) {
  static const char* const kNames[] = {
      "abort",        "exit",      "_Exit",        "_exit",         "quick_exit",
      "longjmp",      "_longjmp",  "siglongjmp",   "__assert_fail", "__assert_perror_fail",
      "__assert",     "err",       "errx",         "verr",          "verrx",
      "pthread_exit", "thrd_exit", "__longjmp_chk"};
  if (s->linkage != Linkage::External) return false;
  for (const char* name : kNames)
    if (s->name == name) return true;
  return false;
}

Symbol* Sema::declareFunction(const Declarator& d, DeclSpecs* specs, const CType* type,
                              bool isDefinition) {
  LinkageRequest request = atFileScope() && specs->storage == StorageClass::Static
                               ? LinkageRequest::Internal
                               : LinkageRequest::Inherit;
  if (specs->storage == StorageClass::Auto || specs->storage == StorageClass::Register)
    error(d.nameLoc, "invalid storage class for function '" + d.name + "'");
  Symbol* s =
      declareLinkedName(d.name, d.nameLoc, SymbolKind::Function, type, request, isDefinition);
  if (s->kind != SymbolKind::Function) return s;
  s->isNoreturn = s->isNoreturn || specs->isNoreturn || isNoreturnLibraryFunction(s);
  // C11 6.7.4p7: a function all of whose file-scope declarations say `inline` without
  // `extern` has an inline definition only; minicc gives it internal linkage instead.
  bool inlineHere = specs->isInline && specs->storage != StorageClass::Extern;
  s->isInline = inlineHere && (s->declarationCount == 1 || s->isInline);
  if (isDefinition) {
    if (s->isDefined) {
      error(d.nameLoc, "redefinition of '" + d.name + "'");
      reportPrevious(s, "definition");
    }
    s->isDefined = true;
    s->definitionLoc = d.nameLoc;
  }
  return s;
}

Symbol* Sema::declareFileScopeObject(InitDeclarator& id, DeclSpecs* specs, const BaseType& base,
                                     const CType* type) {
  const std::string& name = id.declarator.name;
  SourceLocation loc = id.declarator.nameLoc;
  if (specs->storage == StorageClass::Auto || specs->storage == StorageClass::Register)
    error(loc, std::string("file-scope declaration of '") + name + "' specifies '" +
                   (specs->storage == StorageClass::Auto ? "auto" : "register") + "'");
  LinkageRequest request = specs->storage == StorageClass::Static   ? LinkageRequest::Internal
                           : specs->storage == StorageClass::Extern ? LinkageRequest::Inherit
                                                                    : LinkageRequest::External;
  Symbol* s = declareLinkedName(name, loc, SymbolKind::Object, type, request, id.init != nullptr,
                                specs->isThreadLocal);
  if (s->kind != SymbolKind::Object) return s;
  s->alignas_ = std::max(s->alignas_, base.alignas_);
  if (id.init) {
    if (specs->storage == StorageClass::Extern)
      warning(loc, "'" + name + "' initialized and declared 'extern'");
    if (s->hasInitializer) {
      error(loc, "redefinition of '" + name + "'");
      reportPrevious(s, "definition");
      return s;
    }
    checkObjectInitializer(s, id.init);
    s->isDefined = true;
    s->definitionLoc = loc;
  } else if (specs->storage != StorageClass::Extern) {
    s->isTentative = true; // C11 6.9.2p2
    if (!s->definitionLoc.isValid()) s->definitionLoc = loc;
  }
  return s;
}

Symbol* Sema::declareBlockScopeObject(InitDeclarator& id, DeclSpecs* specs, const BaseType& base,
                                      const CType* type) {
  const std::string& name = id.declarator.name;
  SourceLocation loc = id.declarator.nameLoc;
  // C11 6.7.6.2p2: only ordinary identifiers with block or prototype scope and no linkage may
  // be variably modified, and a variable-length array object has automatic storage.
  if (type->isVariablyModified() && specs->storage == StorageClass::Extern)
    error(loc, "object with variably modified type must have no linkage");
  if (type->hasVariableSize() &&
      (specs->storage == StorageClass::Extern || specs->storage == StorageClass::Static)) {
    error(loc, "storage size of '" + name + "' isn't constant");
    return newSymbol(SymbolKind::Object, name, types_.errorType(), loc);
  }
  if (specs->storage == StorageClass::Extern) {
    if (id.init) error(loc, "'" + name + "' has both 'extern' and initializer");
    return declareLinkedName(name, loc, SymbolKind::Object, type, LinkageRequest::Inherit, false,
                             specs->isThreadLocal);
  }
  // C11 6.7.1p3: a block-scope _Thread_local object needs static or extern.
  if (specs->isThreadLocal && specs->storage != StorageClass::Static)
    error(loc, "function-scope '" + name + "' implicitly auto and declared '" +
                   (specs->threadLocalIsGnu ? "__thread" : "_Thread_local") + "'");
  if (Symbol* previous = lookupInCurrentScope(name)) {
    if (previous->kind != SymbolKind::Object || previous->isParameter) {
      error(loc, "'" + name + "' redeclared as different kind of symbol");
    } else if (previous->linkage != Linkage::None) {
      error(loc, "declaration of '" + name + "' with no linkage follows extern declaration");
    } else if (!types_.compatible(previous->type, type)) {
      error(loc, "conflicting types for '" + name + "'; have " + quote(type));
    } else {
      error(loc, "redeclaration of '" + name + "' with no linkage");
    }
    note(previous->loc, std::string("previous ") +
                            (previous->isParameter ? "definition" : "declaration") + " of '" +
                            name + "' with type " + quote(previous->type));
  }
  Symbol* s = newSymbol(SymbolKind::Object, name, type, loc);
  s->alignas_ = base.alignas_;
  s->isRegister = specs->storage == StorageClass::Register;
  s->isDefined = true;
  s->definitionLoc = loc;
  if (specs->storage == StorageClass::Static) {
    s->hasStaticStorage = true;
    s->isThreadLocal = specs->isThreadLocal;
    s->irName = name + "." + std::to_string(staticLocalCounter_++);
    noteStaticSymbol(s);
  }
  bind(s); // C11 6.2.1p7: the scope begins just after the declarator, before the initializer
  noteVariablyModifiedDeclaration(type, id.declarator);
  if (type->isError()) return s;
  if (id.init && type->hasVariableSize()) {
    error(specs->loc, "variable-sized object may not be initialized");
  } else if (id.init) {
    checkObjectInitializer(s, id.init);
  } else if (type->isVoid()) {
    error(loc, "variable or field '" + name + "' declared void");
  } else if (type->isArray() && !type->arraySize && !type->vlaLength) {
    error(loc, "array size missing in '" + name + "'");
  } else if (!type->isComplete()) {
    error(loc, "storage size of '" + name + "' isn't known");
  }
  return s;
}

void Sema::checkObjectInitializer(Symbol* s, Initializer* init) {
  const CType* type = s->type;
  if (type->isError()) return;
  bool unsizedArray = type->isArray() && !type->arraySize;
  if (!type->isComplete() && !unsizedArray) {
    error(s->loc, "variable '" + s->name + "' has initializer but incomplete type");
    return;
  }
  s->init = checkInitializer(type, init, s->hasStaticStorage, s->name);
  s->type = type;
  s->hasInitializer = true;
}

// ---------------------------------------------------------------------------------------------
// Function definitions (C11 6.9.1)

void Sema::checkFunctionDefinition(FunctionDefinition* def) {
  const Declarator& d = def->declarator;
  BaseType base = resolveSpecs(def->specs);
  std::vector<ParamInfo> params;
  const CType* type = applyDeclarator(base.type, def->declarator, &params);
  const DeclaratorPart* fnPart =
      !d.parts.empty() && d.parts.back().kind == DeclaratorPartKind::Function ? &d.parts.back()
                                                                              : nullptr;
  bool oldStyle = fnPart && !fnPart->hasPrototype &&
                  (!fnPart->identifierList.empty() || !def->oldStyleParamDecls.empty());
  if (fnPart && fnPart->hasPrototype && !def->oldStyleParamDecls.empty()) {
    error(def->oldStyleParamDecls.front()->loc,
          "old-style parameter declarations in prototyped function definition");
    return;
  }
  if (oldStyle && type->isFunction()) {
    diags_.setFunctionContext(d.name);
    params = checkOldStyleParameters(def, *fnPart);
    // gcc: a prototype in scope governs the definition (checkOldStylePrototype).
    Symbol* previous = lookup(d.name);
    if (previous && previous->kind == SymbolKind::Function && previous->type->isFunction() &&
        previous->type->hasPrototype)
      type = types_.functionType(type->inner, previous->type->params, previous->type->isVariadic,
                                 true);
  }
  if (type->isError()) {
    // Still check the body so its own errors are reported.
    type = types_.functionType(types_.errorType(), {}, false, false);
  } else if (!type->isFunction()) {
    error(d.nameLoc, "expected '=', ',', ';', 'asm' or '__attribute__' before '{' token");
    return;
  }
  if (def->specs->storage == StorageClass::Typedef) {
    error(d.nameLoc, "function definition declared 'typedef'");
    return;
  }
  if (def->specs->isThreadLocal)
    error(d.nameLoc, std::string("function definition declared '") +
                         (def->specs->threadLocalIsGnu ? "__thread" : "_Thread_local") + "'");
  Symbol* fn = declareFunction(d, def->specs, type, true);
  def->symbol = fn;
  if (oldStyle && fn->kind == SymbolKind::Function) checkOldStylePrototype(def, fn, params);
  fn->paramLocs.clear();
  for (const ParamInfo& p : params) fn->paramLocs.push_back(p.loc);
  output_.functions.push_back(def);
  const CType* result = type->inner;
  if (!result->isVoid() && !result->isComplete() && !result->isError())
    error(d.nameLoc, "return type is an incomplete type");

  diags_.setFunctionContext(fn->name);
  function_ = std::make_unique<FunctionContext>();
  function_->function = fn;
  function_->returnType = result;
  pushScope(); // parameters share the scope of the body's outermost block (C11 6.2.1p4)
  declareParameters(def, fn, params);
  checkCompound(def->body, false);
  checkFunctionLabels();
  popScope();
  function_.reset();
  diags_.setFunctionContext("");
}

void Sema::declareParameters(FunctionDefinition* def, Symbol* fn,
                             const std::vector<ParamInfo>& params) {
  fn->params.clear();
  for (std::size_t i = 0; i < params.size(); ++i) {
    const ParamInfo& p = params[i];
    // The symbol later parameters' declarators already refer to (C11 6.2.1p4), if any.
    Symbol* s = p.symbol ? p.symbol : newSymbol(SymbolKind::Object, p.name, p.type, p.loc);
    s->type = p.type;
    s->isParameter = true;
    s->isRegister = p.isRegister;
    s->isDefined = true;
    s->definitionLoc = p.loc;
    fn->params.push_back(s);
    if (!p.type->isComplete() && !p.type->isError()) {
      error(p.loc,
            "parameter " + std::to_string(i + 1) + " ('" + p.name + "') has incomplete type");
      s->type = types_.errorType();
    }
    if (p.name.empty()) continue;
    if (Symbol* previous = lookupInCurrentScope(p.name)) {
      error(p.loc, "redefinition of parameter '" + p.name + "'");
      reportPrevious(previous, "definition");
    }
    bind(s);
  }
}

void Sema::finishTranslationUnit() {
  // gcc's order: functions used but never defined first, then tentative definitions.
  for (Symbol* s : output_.staticSymbols) {
    if (s->kind != SymbolKind::Function) continue;
    if (s->linkage == Linkage::Internal && s->isUsed && !s->isDefined)
      warning(s->loc, "'" + s->name + "' used but never defined");
  }
  for (Symbol* s : output_.staticSymbols) {
    if (s->kind != SymbolKind::Object || s->hasInitializer || !s->isTentative) continue;
    // C11 6.9.2p2: a tentative definition becomes a definition initialised to zero.
    if (s->type->isArray() && !s->type->arraySize) {
      warning(s->definitionLoc, "array '" + s->name + "' assumed to have one element");
      s->type = types_.arrayOf(s->type->inner, 1);
    } else if (!s->type->isComplete() && !s->type->isError()) {
      error(s->definitionLoc, "storage size of '" + s->name + "' isn't known");
    }
    s->isDefined = true;
  }
}

} // namespace minicc::frontend
