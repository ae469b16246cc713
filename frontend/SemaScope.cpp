// frontend/SemaScope.cpp — scopes, symbol creation and the names every unit starts with.
//
// Provides: Sema's constructor, analyze (the driver of the whole check), scope push/pop, name
// and tag lookup (C11 6.2.1: ordinary identifiers and tags are separate name spaces), and the
// predeclared typedef __builtin_va_list. Needs: Sema.h.
#include "frontend/Sema.h"

namespace minicc::frontend {

Sema::Sema(TypeContext& types, AstContext& ast, DiagnosticEngine& diags)
    : types_(types), ast_(ast), diags_(diags) {}

void Sema::analyze(TranslationUnit& unit) {
  scopes_.clear();
  for (const WeakPragma& weak : unit.weakPragmas) weakNames_.insert(weak.name);
  pushScope();
  declarePredefined();
  for (ExternalDecl& decl : unit.decls) checkExternalDeclaration(decl);
  finishTranslationUnit();
}

void Sema::pushScope() {
  scopes_.push_back(std::make_unique<Scope>());
  variablyModifiedScopeMarks_.push_back(variablyModifiedInScope_.size());
}

void Sema::popScope() {
  scopes_.pop_back();
  variablyModifiedInScope_.resize(variablyModifiedScopeMarks_.back());
  variablyModifiedScopeMarks_.pop_back();
}

void Sema::noteVariablyModifiedDeclaration(const CType* type, const Declarator& d) {
  if (atFileScope() || prototypeDepth_ != 0 || !type->isVariablyModified()) return;
  variablyModifiedInScope_.push_back(static_cast<unsigned>(variablyModifiedDeclarations_.size()));
  variablyModifiedDeclarations_.emplace_back(d.name, d.nameLoc);
}

// Scopes nest, so the declarations in scope at any point are a stack: a jump from `from` to
// `to` enters a scope when `to` holds a declaration `from` does not.
std::optional<unsigned> Sema::enteredVariablyModifiedScope(const std::vector<unsigned>& from,
                                                           const std::vector<unsigned>& to) const {
  for (std::size_t k = 0; k < to.size(); ++k)
    if (k >= from.size() || from[k] != to[k]) return to[k];
  return std::nullopt;
}

Symbol* Sema::lookup(const std::string& name) const {
  for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
    auto found = (*it)->names.find(name);
    if (found != (*it)->names.end()) return found->second;
  }
  return nullptr;
}

Symbol* Sema::lookupInCurrentScope(const std::string& name) const {
  auto found = scopes_.back()->names.find(name);
  return found == scopes_.back()->names.end() ? nullptr : found->second;
}

const CType* Sema::lookupTag(const std::string& tag, bool currentScopeOnly) const {
  for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
    auto found = (*it)->tags.find(tag);
    if (found != (*it)->tags.end()) return found->second;
    if (currentScopeOnly) break;
  }
  return nullptr;
}

void Sema::declareTag(const std::string& tag, const CType* type) {
  if (!tag.empty()) scopes_.back()->tags[tag] = type;
}

Symbol* Sema::newSymbol(SymbolKind kind, const std::string& name, const CType* type,
                        SourceLocation loc) {
  symbols_.push_back(std::make_unique<Symbol>());
  Symbol* s = symbols_.back().get();
  s->kind = kind;
  s->name = name;
  s->type = type;
  s->loc = loc;
  s->irName = name;
  return s;
}

void Sema::bind(Symbol* symbol) {
  scopes_.back()->names[symbol->name] = symbol;
}

void Sema::noteStaticSymbol(Symbol* symbol) {
  output_.staticSymbols.push_back(symbol);
}

// gcc's x86-64 va_list (psABI 3.5.7):
//   typedef struct __va_list_tag { unsigned gp_offset, fp_offset;
//                                  void *overflow_arg_area, *reg_save_area; } va_list[1];
// glibc's <stdio.h> names __builtin_va_list in prototypes (vprintf) and runtime/include/stdarg.h
// builds va_list on it.
void Sema::declarePredefined() {
  const CType* tag = types_.createRecord("__va_list_tag", false, {});
  const CType* voidPtr = types_.pointerTo(types_.voidType());
  types_.completeRecord(tag, {{"gp_offset", types_.uintType(), {}, std::nullopt, 0},
                              {"fp_offset", types_.uintType(), {}, std::nullopt, 0},
                              {"overflow_arg_area", voidPtr, {}, std::nullopt, 0},
                              {"reg_save_area", voidPtr, {}, std::nullopt, 0}});
  declareTag("__va_list_tag", tag);
  Symbol* vaList = newSymbol(SymbolKind::Typedef, "__builtin_va_list", types_.arrayOf(tag, 1), {});
  bind(vaList);
}

} // namespace minicc::frontend
