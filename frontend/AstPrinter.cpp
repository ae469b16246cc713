// frontend/AstPrinter.cpp — see AstPrinter.h.
#include "frontend/AstPrinter.h"

#include <cstdio>
#include <ostream>
#include <string>

namespace minicc::frontend {

namespace {

const char* unaryName(UnaryOp op) {
  switch (op) {
  case UnaryOp::Plus: return "plus";
  case UnaryOp::Minus: return "neg";
  case UnaryOp::BitNot: return "bitnot";
  case UnaryOp::LogNot: return "not";
  case UnaryOp::Deref: return "deref";
  case UnaryOp::AddrOf: return "addr";
  case UnaryOp::PreInc: return "pre++";
  case UnaryOp::PreDec: return "pre--";
  case UnaryOp::PostInc: return "post++";
  case UnaryOp::PostDec: return "post--";
  case UnaryOp::Real: return "real";
  case UnaryOp::Imag: return "imag";
  }
  return "?";
}

const char* storageName(StorageClass storage) {
  switch (storage) {
  case StorageClass::None: return "";
  case StorageClass::Typedef: return "typedef";
  case StorageClass::Extern: return "extern";
  case StorageClass::Static: return "static";
  case StorageClass::Auto: return "auto";
  case StorageClass::Register: return "register";
  case StorageClass::ThreadLocal: return "_Thread_local";
  }
  return "?";
}

const char* prefixName(StringLiteralExpr::Prefix prefix) {
  switch (prefix) {
  case StringLiteralExpr::Prefix::None: return "";
  case StringLiteralExpr::Prefix::u8: return "u8";
  case StringLiteralExpr::Prefix::L: return "L";
  case StringLiteralExpr::Prefix::u: return "u";
  case StringLiteralExpr::Prefix::U: return "U";
  }
  return "?";
}

class Printer {
public:
  explicit Printer(std::ostream& out) : out_(out) {}

  void unit(const TranslationUnit& unit) {
    out_ << "(translation-unit";
    for (const ExternalDecl& decl : unit.decls) {
      newline(1);
      if (decl.function)
        function(*decl.function, 1);
      else if (decl.declaration)
        declaration(*decl.declaration);
    }
    out_ << ")\n";
  }

  // ------------------------------------------------------------------------------------------
  // Expressions

  void expr(const Expr* e) {
    if (!e) {
      out_ << "-";
      return;
    }
    switch (e->kind) {
    case ExprKind::IntLiteral: intLiteral(static_cast<const IntLiteralExpr&>(*e)); return;
    case ExprKind::FloatLiteral: {
      auto& f = static_cast<const FloatLiteralExpr&>(*e);
      out_ << "(float " << f.spelling << ")";
      return;
    }
    case ExprKind::CharLiteral: {
      auto& c = static_cast<const CharLiteralExpr&>(*e);
      static const char* kPrefixes[] = {"", "L ", "u ", "U "};
      out_ << "(char " << kPrefixes[static_cast<int>(c.prefix)] << c.value
           << (c.isMultiChar ? " multi" : "") << ")";
      return;
    }
    case ExprKind::StringLiteral: string(static_cast<const StringLiteralExpr&>(*e)); return;
    case ExprKind::Identifier: out_ << static_cast<const IdentifierExpr&>(*e).name; return;
    case ExprKind::Unary: {
      auto& u = static_cast<const UnaryExpr&>(*e);
      out_ << "(" << unaryName(u.op) << " ";
      expr(u.operand);
      out_ << ")";
      return;
    }
    case ExprKind::Binary: {
      auto& b = static_cast<const BinaryExpr&>(*e);
      operation(spellingOf(b.op), {b.lhs, b.rhs});
      return;
    }
    case ExprKind::Assign: {
      auto& a = static_cast<const AssignExpr&>(*e);
      operation(a.isCompound ? std::string(spellingOf(a.op)) + "=" : "=", {a.lhs, a.rhs});
      return;
    }
    case ExprKind::Conditional: {
      auto& c = static_cast<const ConditionalExpr&>(*e);
      operation("?", {c.condition, c.thenExpr, c.elseExpr});
      return;
    }
    case ExprKind::Call: {
      auto& c = static_cast<const CallExpr&>(*e);
      out_ << "(call ";
      expr(c.callee);
      for (const Expr* arg : c.args) {
        out_ << " ";
        expr(arg);
      }
      out_ << ")";
      return;
    }
    case ExprKind::Index: {
      auto& i = static_cast<const IndexExpr&>(*e);
      operation("index", {i.base, i.index});
      return;
    }
    case ExprKind::Member: {
      auto& m = static_cast<const MemberExpr&>(*e);
      out_ << "(" << (m.isArrow ? "->" : ".") << " ";
      expr(m.base);
      out_ << " " << m.memberName << ")";
      return;
    }
    default: typedExpr(*e); return;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Declarations

  void declaration(const Declaration& d) {
    if (d.kind == DeclKind::StaticAssert) {
      staticAssert(d.assertCondition, d.assertMessage);
      return;
    }
    out_ << "(declaration ";
    specs(d.specs);
    for (const InitDeclarator& init : d.declarators) {
      out_ << " ";
      declarator(init.declarator);
      if (init.init) {
        out_ << " = ";
        initializer(init.init);
      }
    }
    out_ << ")";
  }

  // ------------------------------------------------------------------------------------------
  // Statements

  void stmt(const Stmt* s, int indent) {
    if (!s) {
      out_ << "-";
      return;
    }
    switch (s->kind) {
    case StmtKind::Compound: {
      auto& c = static_cast<const CompoundStmt&>(*s);
      out_ << "(block";
      for (const Stmt* item : c.items) {
        newline(indent + 1);
        stmt(item, indent + 1);
      }
      out_ << ")";
      return;
    }
    case StmtKind::Expression:
      out_ << "(expr ";
      expr(static_cast<const ExpressionStmt&>(*s).expr);
      out_ << ")";
      return;
    case StmtKind::Declaration: declaration(*static_cast<const DeclarationStmt&>(*s).decl); return;
    case StmtKind::If: {
      auto& i = static_cast<const IfStmt&>(*s);
      out_ << "(if ";
      expr(i.condition);
      body(i.thenStmt, indent);
      if (i.elseStmt) body(i.elseStmt, indent);
      out_ << ")";
      return;
    }
    case StmtKind::While: {
      auto& w = static_cast<const WhileStmt&>(*s);
      out_ << "(while ";
      expr(w.condition);
      body(w.body, indent);
      out_ << ")";
      return;
    }
    case StmtKind::DoWhile: {
      auto& d = static_cast<const DoWhileStmt&>(*s);
      out_ << "(do";
      body(d.body, indent);
      out_ << " ";
      expr(d.condition);
      out_ << ")";
      return;
    }
    case StmtKind::For: forStmt(static_cast<const ForStmt&>(*s), indent); return;
    default: simpleStmt(*s, indent); return;
    }
  }

  void function(const FunctionDefinition& f, int indent) {
    out_ << "(function ";
    specs(f.specs);
    out_ << " ";
    declarator(f.declarator);
    if (!f.oldStyleParamDecls.empty()) {
      out_ << " (old-style-params";
      for (const Declaration* d : f.oldStyleParamDecls) {
        out_ << " ";
        declaration(*d);
      }
      out_ << ")";
    }
    body(f.body, indent);
    out_ << ")";
  }

private:
  void newline(int indent) { out_ << "\n" << std::string(2 * indent, ' '); }

  void body(const Stmt* s, int indent) {
    newline(indent + 1);
    stmt(s, indent + 1);
  }

  void operation(const std::string& name, std::initializer_list<const Expr*> operands) {
    out_ << "(" << name;
    for (const Expr* operand : operands) {
      out_ << " ";
      expr(operand);
    }
    out_ << ")";
  }

  void intLiteral(const IntLiteralExpr& i) {
    out_ << "(int " << i.value;
    if (i.hasUnsignedSuffix) out_ << " u";
    if (i.longSuffixCount == 1) out_ << " l";
    if (i.longSuffixCount == 2) out_ << " ll";
    if (!i.isDecimal) out_ << " non-decimal";
    if (i.overflowed) out_ << " overflow";
    out_ << ")";
  }

  void string(const StringLiteralExpr& s) {
    out_ << "(string ";
    if (s.prefix != StringLiteralExpr::Prefix::None) out_ << prefixName(s.prefix) << " ";
    out_ << '"';
    for (std::uint32_t unit : s.elements) {
      if (unit == '"' || unit == '\\')
        out_ << '\\' << static_cast<char>(unit);
      else if (unit >= 0x20 && unit < 0x7F)
        out_ << static_cast<char>(unit);
      else {
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "\\x{%x}", unit);
        out_ << buffer;
      }
    }
    out_ << "\")";
  }

  // Expressions that carry a type name, and sema's implicit casts.
  void typedExpr(const Expr& e) {
    switch (e.kind) {
    case ExprKind::Cast: {
      auto& c = static_cast<const CastExpr&>(e);
      out_ << "(cast ";
      typeName(c.typeName);
      out_ << " ";
      expr(c.operand);
      out_ << ")";
      return;
    }
    case ExprKind::SizeofExpr:
      out_ << "(sizeof ";
      expr(static_cast<const SizeofExprExpr&>(e).operand);
      out_ << ")";
      return;
    case ExprKind::SizeofType:
      out_ << "(sizeof-type ";
      typeName(static_cast<const SizeofTypeExpr&>(e).typeName);
      out_ << ")";
      return;
    case ExprKind::AlignofType:
      out_ << "(alignof-type ";
      typeName(static_cast<const AlignofTypeExpr&>(e).typeName);
      out_ << ")";
      return;
    case ExprKind::CompoundLiteral: {
      auto& c = static_cast<const CompoundLiteralExpr&>(e);
      out_ << "(compound-literal ";
      typeName(c.typeName);
      out_ << " ";
      initializer(c.init);
      out_ << ")";
      return;
    }
    case ExprKind::Offsetof: {
      auto& o = static_cast<const OffsetofExpr&>(e);
      out_ << "(offsetof ";
      typeName(o.typeName);
      for (const Designator& d : o.designators) {
        if (d.kind == Designator::Kind::Field) {
          out_ << " ." << d.fieldName;
        } else {
          out_ << " [";
          expr(d.index);
          out_ << "]";
        }
      }
      out_ << ")";
      return;
    }
    case ExprKind::TypesCompatible: {
      auto& t = static_cast<const TypesCompatibleExpr&>(e);
      out_ << "(types-compatible ";
      typeName(t.first);
      out_ << " ";
      typeName(t.second);
      out_ << ")";
      return;
    }
    case ExprKind::VaArg: {
      auto& v = static_cast<const VaArgExpr&>(e);
      out_ << "(va-arg ";
      expr(v.vaList);
      out_ << " ";
      typeName(v.typeName);
      out_ << ")";
      return;
    }
    case ExprKind::ImplicitCast:
      out_ << "(implicit-cast "
           << static_cast<int>(static_cast<const ImplicitCastExpr&>(e).castKind) << " ";
      expr(static_cast<const ImplicitCastExpr&>(e).operand);
      out_ << ")";
      return;
    case ExprKind::Generic: {
      auto& g = static_cast<const GenericExpr&>(e);
      out_ << "(generic ";
      expr(g.controlling);
      for (const GenericAssociation& a : g.associations) {
        out_ << " (";
        if (a.typeName)
          typeName(a.typeName);
        else
          out_ << "default";
        out_ << " ";
        expr(a.expr);
        out_ << ")";
      }
      out_ << ")";
      return;
    }
    case ExprKind::StmtExpr:
      out_ << "(statement-expression " << static_cast<const StmtExprExpr&>(e).body->items.size()
           << " items)";
      return;
    default: out_ << "(unknown-expression)"; return;
    }
  }

  void typeName(const TypeName* t) {
    out_ << "(type ";
    specsWords(t->specs);
    for (const DeclaratorPart& part : t->declarator.parts) {
      out_ << " ";
      declaratorPart(part);
    }
    out_ << ")";
  }

  void specs(const DeclSpecs* s) {
    out_ << "(specs ";
    specsWords(s);
    out_ << ")";
  }

  // The specifiers in a fixed order: storage, function specifiers, qualifiers, type.
  void specsWords(const DeclSpecs* s) {
    bool first = true;
    auto word = [&](const std::string& w) {
      if (!first) out_ << " ";
      out_ << w;
      first = false;
    };
    if (s->storage != StorageClass::None) word(storageName(s->storage));
    if (s->isThreadLocal) word(s->threadLocalIsGnu ? "__thread" : "_Thread_local");
    if (s->isInline) word("inline");
    if (s->isNoreturn) word("_Noreturn");
    if (s->isConst) word("const");
    if (s->isVolatile) word("volatile");
    if (s->isRestrict) word("restrict");
    if (s->isAtomic) word("_Atomic");
    auto repeat = [&](unsigned count, const char* w) {
      for (unsigned i = 0; i < count; ++i) word(w);
    };
    repeat(s->signedCount, "signed");
    repeat(s->unsignedCount, "unsigned");
    repeat(s->voidCount, "void");
    repeat(s->boolCount, "_Bool");
    repeat(s->charCount, "char");
    repeat(s->shortCount, "short");
    repeat(s->longCount, "long");
    repeat(s->intCount, "int");
    repeat(s->floatCount, "float");
    repeat(s->doubleCount, "double");
    repeat(s->complexCount, "_Complex");
    if (!s->typedefName.empty()) word("(typedef-name " + s->typedefName + ")");
    if (s->typeofExpr || s->typeofType) {
      word(s->typeofUnqual ? "(typeof_unqual " : "(typeof ");
      if (s->typeofExpr) expr(s->typeofExpr);
      if (s->typeofType) typeName(s->typeofType);
      out_ << ")";
    }
    for (const Expr* e : s->alignas_) {
      word("(alignas ");
      expr(e);
      out_ << ")";
    }
    for (const TypeName* t : s->alignasTypes) {
      word("(alignas ");
      typeName(t);
      out_ << ")";
    }
    if (s->record) {
      word("");
      record(*s->record);
    }
    if (s->enumSpec) {
      word("");
      enumSpec(*s->enumSpec);
    }
    if (!s->unsupported.empty()) word("(unsupported \"" + s->unsupported + "\")");
  }

  void record(const RecordSpec& r) {
    out_ << "(" << (r.isUnion ? "union" : "struct");
    if (!r.tag.empty()) out_ << " " << r.tag;
    if (r.hasBody) {
      out_ << " (fields";
      for (const FieldDecl* f : r.fields) {
        out_ << " ";
        field(*f);
      }
      out_ << ")";
    }
    out_ << ")";
  }

  void field(const FieldDecl& f) {
    if (f.isStaticAssert) {
      staticAssert(f.assertCondition, f.assertMessage);
      return;
    }
    out_ << "(field ";
    specs(f.specs);
    for (const FieldDeclarator& d : f.declarators) {
      out_ << " ";
      declarator(d.declarator);
      if (d.bitWidth) {
        out_ << " : ";
        expr(d.bitWidth);
      }
    }
    out_ << ")";
  }

  void enumSpec(const EnumSpec& e) {
    out_ << "(enum";
    if (!e.tag.empty()) out_ << " " << e.tag;
    if (e.hasBody) {
      out_ << " (enumerators";
      for (const Enumerator& en : e.enumerators) {
        out_ << " (" << en.name;
        if (en.value) {
          out_ << " ";
          expr(en.value);
        }
        out_ << ")";
      }
      out_ << ")";
    }
    out_ << ")";
  }

  void declarator(const Declarator& d) {
    out_ << "(declarator";
    if (!d.name.empty()) out_ << " " << d.name;
    for (const DeclaratorPart& part : d.parts) {
      out_ << " ";
      declaratorPart(part);
    }
    out_ << ")";
  }

  void qualifiers(const DeclaratorPart& part) {
    if (part.isConst) out_ << " const";
    if (part.isVolatile) out_ << " volatile";
    if (part.isRestrict) out_ << " restrict";
    if (part.isAtomic) out_ << " _Atomic";
  }

  void declaratorPart(const DeclaratorPart& part) {
    switch (part.kind) {
    case DeclaratorPartKind::Pointer:
      out_ << "(pointer";
      qualifiers(part);
      out_ << ")";
      return;
    case DeclaratorPartKind::Array:
      out_ << "(array";
      if (part.isStatic) out_ << " static";
      qualifiers(part);
      if (part.isStar) out_ << " *";
      if (part.size) {
        out_ << " ";
        expr(part.size);
      }
      out_ << ")";
      return;
    case DeclaratorPartKind::Function:
      out_ << "(function";
      if (!part.hasPrototype) out_ << " no-prototype";
      if (!part.identifierList.empty()) {
        out_ << " (identifiers";
        for (const std::string& name : part.identifierList) out_ << " " << name;
        out_ << ")";
      }
      for (const ParamDecl* param : part.params) {
        out_ << " (param ";
        specs(param->specs);
        if (!param->declarator.name.empty() || !param->declarator.parts.empty()) {
          out_ << " ";
          declarator(param->declarator);
        }
        out_ << ")";
      }
      if (part.isVariadic) out_ << " ...";
      out_ << ")";
      return;
    }
  }

  void initializer(const Initializer* init) {
    if (!init->isList()) {
      expr(init->expr);
      return;
    }
    out_ << "(init-list";
    for (const InitializerItem& item : init->items) {
      out_ << " ";
      if (item.designators.empty()) {
        initializer(item.init);
        continue;
      }
      out_ << "(designated";
      for (const Designator& d : item.designators) {
        out_ << " ";
        designator(d);
      }
      out_ << " ";
      initializer(item.init);
      out_ << ")";
    }
    out_ << ")";
  }

  void designator(const Designator& d) {
    switch (d.kind) {
    case Designator::Kind::Field: out_ << "(field " << d.fieldName << ")"; return;
    case Designator::Kind::Index: operation("index", {d.index}); return;
    case Designator::Kind::Range: operation("range", {d.index, d.rangeEnd}); return;
    }
  }

  void staticAssert(const Expr* condition, const StringLiteralExpr* message) {
    out_ << "(static-assert ";
    expr(condition);
    if (message) {
      out_ << " ";
      expr(message);
    }
    out_ << ")";
  }

  void forStmt(const ForStmt& f, int indent) {
    out_ << "(for ";
    if (f.initDecl)
      declaration(*f.initDecl);
    else
      expr(f.initExpr);
    out_ << " ";
    expr(f.condition);
    out_ << " ";
    expr(f.step);
    body(f.body, indent);
    out_ << ")";
  }

  void simpleStmt(const Stmt& s, int indent) {
    switch (s.kind) {
    case StmtKind::Switch: {
      auto& w = static_cast<const SwitchStmt&>(s);
      out_ << "(switch ";
      expr(w.condition);
      body(w.body, indent);
      out_ << ")";
      return;
    }
    case StmtKind::Case: {
      auto& c = static_cast<const CaseStmt&>(s);
      out_ << "(case ";
      expr(c.value);
      if (c.rangeEnd) {
        out_ << " ... ";
        expr(c.rangeEnd);
      }
      body(c.body, indent);
      out_ << ")";
      return;
    }
    case StmtKind::Default:
      out_ << "(default";
      body(static_cast<const DefaultStmt&>(s).body, indent);
      out_ << ")";
      return;
    case StmtKind::Break: out_ << "(break)"; return;
    case StmtKind::Continue: out_ << "(continue)"; return;
    case StmtKind::Return: {
      auto& r = static_cast<const ReturnStmt&>(s);
      out_ << "(return";
      if (r.value) {
        out_ << " ";
        expr(r.value);
      }
      out_ << ")";
      return;
    }
    case StmtKind::Goto: out_ << "(goto " << static_cast<const GotoStmt&>(s).label << ")"; return;
    case StmtKind::Label: {
      auto& l = static_cast<const LabelStmt&>(s);
      out_ << "(label " << l.label;
      body(l.body, indent);
      out_ << ")";
      return;
    }
    case StmtKind::Null: out_ << "(null)"; return;
    default: out_ << "(unknown-statement)"; return;
    }
  }

  std::ostream& out_;
};

} // namespace

void printAst(const TranslationUnit& unit, std::ostream& out) {
  Printer(out).unit(unit);
}

void printExpr(const Expr& expr, std::ostream& out) {
  Printer(out).expr(&expr);
}

void printStmt(const Stmt& stmt, std::ostream& out) {
  Printer(out).stmt(&stmt, 0);
}

} // namespace minicc::frontend
