// frontend/Parser.y — the C11 grammar (plus the GNU forms glibc headers use); Bison generates
// Parser.cpp/Parser.hpp from it.
//
// Provides: Parser, driven by parseTranslationUnit (Parse.cpp), building the syntax tree of
// AST.h through ParseContext (ParserSupport.h). Needs: the lexer through ParseContext.
//
// Grammar notes
// - Typedef names: the lexer returns TYPEDEF_NAME for names the ParseContext knows as typedefs
//   in the current scope. Declaration specifiers are split into lists holding one "unique" type
//   specifier (a typedef name, struct/union/enum, typeof) and lists of "basic" keywords
//   (int, long, unsigned ...), so once a type specifier has been seen a TYPEDEF_NAME can only be
//   the declarator's name: `T T;` redeclares T in an inner scope.
// - Declarations register their names (ParseContext::declareDeclarator) in a mid-rule action
//   right after each declarator, before `=`, `,` or `;` is shifted, so the next token is already
//   classified with the new binding (C11 6.2.1p7). Scopes close in rules that Bison reduces
//   without reading a lookahead (`}`, `)`), so the token after them sees the outer bindings.
//   One exception: a `for` whose body ends in an `if` without `else` needs the next token to
//   rule out an `else`, so that token was classified while the loop's own declarations were
//   still visible (`for (int T;;) if (c) f(); T x;` with T a typedef). The `for` rules
//   therefore classify their lookahead (Bison's `yyla`) again after closing the scope.
// - Conflicts are all resolved by precedence, so there is no %expect:
//   * dangling else: `if (...) s` has the precedence of THEN, lower than ELSE (shift else);
//   * in a parameter, `int (T)` with T a typedef name is an abstract function declarator taking
//     a T, not a parenthesised declarator named T (C11 6.7.6.3p11): the empty rule that opens a
//     parameter scope has precedence over shifting TYPEDEF_NAME.
// - Error recovery: `error` at the external-declaration, block-item and struct-member levels.
//   Recovery may discard symbols that opened a scope or pushed declaration specifiers; the
//   rules that close a scope or finish a declaration therefore restore the depth recorded in
//   their ScopeMark/SpecsMark rather than popping one level, and file-scope recovery resets
//   both. (Bison's C++ %destructor also runs on normal reductions, so it cannot be used.)

%require "3.8"
%language "c++"
%skeleton "lalr1.cc"
%define api.namespace {minicc::frontend}
%define api.parser.class {Parser}
%define api.value.type variant
%define api.token.constructor
%define api.token.prefix {TOK_}
%define api.location.type {minicc::SourceLocation}
%define parse.error custom
%define parse.lac full
%locations
%param {ParseContext& ctx}

%code requires {
#include "frontend/ParserSupport.h"
}

%code {
#include "frontend/SyntaxErrors.h"

namespace minicc::frontend {
Parser::symbol_type yylex(ParseContext& ctx);
Parser::symbol_type makeSymbol(Token token);
}

// Closes the scope a `for` opened; a lookahead already read is classified again.
#define LEAVE_FOR_SCOPE(depth)                                                                 \
  do {                                                                                         \
    ctx.leaveScopesTo(depth);                                                                  \
    if (!yyla.empty() && ctx.reclassifyLookahead()) {                                          \
      Parser::symbol_type reclassified(makeSymbol(ctx.lastToken()));                           \
      yyla.clear();                                                                            \
      yyla.move(reclassified);                                                                 \
    }                                                                                          \
  } while (false)

// A rule's location is that of its first symbol (an empty rule: the symbol before it).
#define YYLLOC_DEFAULT(Current, Rhs, N)                                                        \
  do {                                                                                         \
    (Current) = (N) ? YYRHSLOC(Rhs, 1) : YYRHSLOC(Rhs, 0);                                     \
  } while (false)

using namespace minicc::frontend;
}

%token END 0 "end of input"
%token <std::string> IDENTIFIER "identifier" TYPEDEF_NAME "typedef name"
%token <Expr*> INTEGER_CONSTANT "integer constant" FLOATING_CONSTANT "floating constant"
%token <Expr*> CHARACTER_CONSTANT "character constant"
%token <StringPiece> STRING_LITERAL "string literal"

%token AUTO "auto" BREAK "break" CASE "case" CHAR "char" CONST "const" CONTINUE "continue"
%token DEFAULT "default" DO "do" DOUBLE "double" ELSE "else" ENUM "enum" EXTERN "extern"
%token FLOAT "float" FOR "for" GOTO "goto" IF "if" INLINE "inline" INT "int" LONG "long"
%token REGISTER "register" RESTRICT "restrict" RETURN "return" SHORT "short" SIGNED "signed"
%token SIZEOF "sizeof" STATIC "static" STRUCT "struct" SWITCH "switch" TYPEDEF "typedef"
%token UNION "union" UNSIGNED "unsigned" VOID "void" VOLATILE "volatile" WHILE "while"
%token ALIGNAS "_Alignas" ALIGNOF "_Alignof" ATOMIC "_Atomic" ATOMIC_LPAREN "_Atomic("
%token BOOL "_Bool" COMPLEX "_Complex" GENERIC "_Generic" IMAGINARY "_Imaginary"
%token NORETURN "_Noreturn" STATIC_ASSERT "_Static_assert" THREAD_LOCAL "_Thread_local"
%token GNU_THREAD "__thread" INT128 "__int128" TYPEOF "typeof" TYPEOF_UNQUAL "typeof_unqual"
%token BUILTIN_VA_ARG "__builtin_va_arg" ASM "asm"
%token BUILTIN_OFFSETOF "__builtin_offsetof"
%token BUILTIN_TYPES_COMPATIBLE_P "__builtin_types_compatible_p"
%token REAL "__real__" IMAG "__imag__"

%token ARROW "->" INC "++" DEC "--" SHL "<<" SHR ">>" LE "<=" GE ">=" EQ "==" NE "!="
%token AND_AND "&&" OR_OR "||" ELLIPSIS "..."
%token MUL_ASSIGN "*=" DIV_ASSIGN "/=" MOD_ASSIGN "%=" ADD_ASSIGN "+=" SUB_ASSIGN "-="
%token SHL_ASSIGN "<<=" SHR_ASSIGN ">>=" AND_ASSIGN "&=" XOR_ASSIGN "^=" OR_ASSIGN "|="

%precedence THEN
%precedence ELSE
%precedence TYPEDEF_NAME
%precedence PARAM_SCOPE

%type <Expr*> primary_expression postfix_expression unary_expression cast_expression
%type <Expr*> multiplicative_expression additive_expression shift_expression
%type <Expr*> relational_expression equality_expression and_expression
%type <Expr*> exclusive_or_expression inclusive_or_expression logical_and_expression
%type <Expr*> logical_or_expression conditional_expression assignment_expression
%type <Expr*> expression expression_opt constant_expression generic_selection
%type <std::vector<Expr*>> argument_expression_list
%type <std::vector<GenericAssociation>> generic_assoc_list
%type <GenericAssociation> generic_association
%type <std::vector<StringPiece>> string_pieces
%type <StringLiteralExpr*> string_literal
%type <UnaryOp> unary_operator
%type <AssignOp> assignment_operator
%type <std::string> member_name tag

%type <SpecItem> storage_class_specifier type_qualifier function_specifier
%type <SpecItem> alignment_specifier basic_type_specifier unique_type_specifier
%type <SpecItem> non_type_specifier
%type <DeclSpecs*> declaration_specifiers ds_nontype ds_unique ds_basic
%type <DeclSpecs*> specifier_qualifier_list sq_nontype sq_unique sq_basic
%type <SpecsMark> declaration_specifiers_begin
%type <ScopeMark> scope_begin param_scope_begin
%type <RecordSpec*> struct_or_union_specifier struct_or_union
%type <std::vector<FieldDecl*>> struct_declaration_list struct_body
%type <FieldDecl*> struct_declaration
%type <std::vector<FieldDeclarator>> struct_declarator_list
%type <FieldDeclarator> struct_declarator
%type <EnumSpec*> enum_specifier enum_head
%type <std::vector<Enumerator>> enumerator_list
%type <Enumerator> enumerator enumeration_constant

%type <Declarator> declarator direct_declarator declarator_declared
%type <Declarator> abstract_declarator direct_abstract_declarator
%type <std::vector<DeclaratorPart>> pointer
%type <DeclaratorPart> array_suffix function_suffix abstract_function_suffix
%type <DeclaratorPart> type_qualifier_list
%type <ParamList> parameter_type_list parameter_list
%type <ParamDecl*> parameter_declaration
%type <DeclaratorPart> identifier_list
%type <TypeName*> type_name

%type <Declaration*> declaration static_assert_declaration
%type <std::vector<InitDeclarator>> init_declarator_list
%type <InitDeclarator> init_declarator
%type <Initializer*> initializer
%type <std::vector<InitializerItem>> initializer_list
%type <std::vector<Designator>> designation designator_list offsetof_designator
%type <Designator> designator

%type <Stmt*> statement labeled_statement expression_statement selection_statement
%type <Stmt*> iteration_statement jump_statement block_item
%type <CompoundStmt*> compound_statement
%type <std::vector<Stmt*>> block_items
%type <FunctionDefinition*> function_definition
%type <std::vector<Declaration*>> old_style_declarations


%start translation_unit

%%

// ============================================================================================
// Expressions (C11 6.5). Operators are located at the operator, as gcc reports them.

primary_expression
  : IDENTIFIER { $$ = ctx.identifier(std::move($1), @1); }
  | INTEGER_CONSTANT { $$ = $1; }
  | FLOATING_CONSTANT { $$ = $1; }
  | CHARACTER_CONSTANT { $$ = $1; }
  | string_literal { $$ = $1; }
  | '(' expression ')' { $$ = $2; }
  | generic_selection { $$ = $1; }
  | '(' compound_statement ')' { $$ = ctx.statementExpression($2, @1); }
  | BUILTIN_VA_ARG '(' assignment_expression ',' type_name ')' { $$ = ctx.vaArg($3, $5, @1); }
  | BUILTIN_OFFSETOF '(' type_name ',' offsetof_designator ')' {
      $$ = ctx.offsetOf($3, std::move($5), @1);
    }
  | BUILTIN_TYPES_COMPATIBLE_P '(' type_name ',' type_name ')' {
      $$ = ctx.typesCompatible($3, $5, @1);
    }
  ;

// gcc's offsetof member-designator: a member name, then members and subscripts.
offsetof_designator
  : member_name {
      $$.push_back(ParseContext::designator(Designator::Kind::Field, @1, nullptr, nullptr,
                                            std::move($1)));
    }
  | offsetof_designator '.' member_name {
      $$ = std::move($1);
      $$.push_back(ParseContext::designator(Designator::Kind::Field, @3, nullptr, nullptr,
                                            std::move($3)));
    }
  | offsetof_designator '[' expression ']' {
      $$ = std::move($1);
      $$.push_back(ParseContext::designator(Designator::Kind::Index, @2, $3));
    }
  ;

// C11 6.4.5p5: adjacent string literals are concatenated.
string_literal
  : string_pieces { $$ = ctx.makeString($1); }
  ;

string_pieces
  : STRING_LITERAL { $$.push_back(std::move($1)); }
  | string_pieces STRING_LITERAL { $$ = std::move($1); $$.push_back(std::move($2)); }
  ;

generic_selection
  : GENERIC '(' assignment_expression ',' generic_assoc_list ')' {
      $$ = ctx.genericSelection($3, std::move($5), @1);
    }
  ;

generic_assoc_list
  : generic_association { $$.push_back($1); }
  | generic_assoc_list ',' generic_association { $$ = std::move($1); $$.push_back($3); }
  ;

generic_association
  : type_name ':' assignment_expression { $$ = GenericAssociation{$1, $3, @1}; }
  | DEFAULT ':' assignment_expression { $$ = GenericAssociation{nullptr, $3, @1}; }
  ;

postfix_expression
  : primary_expression { $$ = $1; }
  | postfix_expression '[' expression ']' { $$ = ctx.index($1, $3, @2); }
  | postfix_expression '(' ')' { $$ = ctx.call($1, {}, @1); }
  | postfix_expression '(' argument_expression_list ')' { $$ = ctx.call($1, std::move($3), @1); }
  | postfix_expression '.' member_name { $$ = ctx.member($1, std::move($3), false, @2); }
  | postfix_expression "->" member_name { $$ = ctx.member($1, std::move($3), true, @2); }
  | postfix_expression "++" { $$ = ctx.makeUnary(UnaryOp::PostInc, $1, @2); }
  | postfix_expression "--" { $$ = ctx.makeUnary(UnaryOp::PostDec, $1, @2); }
  | '(' type_name ')' '{' initializer_list comma_opt '}' {
      $$ = ctx.makeCompoundLiteral(@1, $2, @4, std::move($5));
    }
  | '(' type_name ')' '{' '}' { $$ = ctx.makeCompoundLiteral(@1, $2, @4, {}); }
  ;

comma_opt
  : %empty
  | ','
  ;

member_name
  : IDENTIFIER { $$ = std::move($1); }
  | TYPEDEF_NAME { $$ = std::move($1); }
  ;

argument_expression_list
  : assignment_expression { $$.push_back($1); }
  | argument_expression_list ',' assignment_expression { $$ = std::move($1); $$.push_back($3); }
  ;

unary_expression
  : postfix_expression { $$ = $1; }
  | "++" unary_expression { $$ = ctx.makeUnary(UnaryOp::PreInc, $2, @1); }
  | "--" unary_expression { $$ = ctx.makeUnary(UnaryOp::PreDec, $2, @1); }
  | unary_operator cast_expression { $$ = ctx.makeUnary($1, $2, @1); }
  | SIZEOF unary_expression { $$ = ctx.sizeofExpr($2, @1); }
  | SIZEOF '(' type_name ')' { $$ = ctx.sizeofType($3, @1); }
  | ALIGNOF '(' type_name ')' { $$ = ctx.alignofType($3, @1); }
  | "&&" IDENTIFIER { $$ = ctx.unsupportedExpr(@1, "taking the address of a label"); }
  ;

unary_operator
  : '&' { $$ = UnaryOp::AddrOf; }
  | '*' { $$ = UnaryOp::Deref; }
  | '+' { $$ = UnaryOp::Plus; }
  | '-' { $$ = UnaryOp::Minus; }
  | '~' { $$ = UnaryOp::BitNot; }
  | '!' { $$ = UnaryOp::LogNot; }
  | REAL { $$ = UnaryOp::Real; }
  | IMAG { $$ = UnaryOp::Imag; }
  ;

cast_expression
  : unary_expression { $$ = $1; }
  | '(' type_name ')' cast_expression { $$ = ctx.cast($2, $4, @1); }
  ;

multiplicative_expression
  : cast_expression { $$ = $1; }
  | multiplicative_expression '*' cast_expression { $$ = ctx.makeBinary(BinaryOp::Mul, $1, $3, @2); }
  | multiplicative_expression '/' cast_expression { $$ = ctx.makeBinary(BinaryOp::Div, $1, $3, @2); }
  | multiplicative_expression '%' cast_expression { $$ = ctx.makeBinary(BinaryOp::Mod, $1, $3, @2); }
  ;

additive_expression
  : multiplicative_expression { $$ = $1; }
  | additive_expression '+' multiplicative_expression { $$ = ctx.makeBinary(BinaryOp::Add, $1, $3, @2); }
  | additive_expression '-' multiplicative_expression { $$ = ctx.makeBinary(BinaryOp::Sub, $1, $3, @2); }
  ;

shift_expression
  : additive_expression { $$ = $1; }
  | shift_expression "<<" additive_expression { $$ = ctx.makeBinary(BinaryOp::Shl, $1, $3, @2); }
  | shift_expression ">>" additive_expression { $$ = ctx.makeBinary(BinaryOp::Shr, $1, $3, @2); }
  ;

relational_expression
  : shift_expression { $$ = $1; }
  | relational_expression '<' shift_expression { $$ = ctx.makeBinary(BinaryOp::Lt, $1, $3, @2); }
  | relational_expression '>' shift_expression { $$ = ctx.makeBinary(BinaryOp::Gt, $1, $3, @2); }
  | relational_expression "<=" shift_expression { $$ = ctx.makeBinary(BinaryOp::Le, $1, $3, @2); }
  | relational_expression ">=" shift_expression { $$ = ctx.makeBinary(BinaryOp::Ge, $1, $3, @2); }
  ;

equality_expression
  : relational_expression { $$ = $1; }
  | equality_expression "==" relational_expression { $$ = ctx.makeBinary(BinaryOp::Eq, $1, $3, @2); }
  | equality_expression "!=" relational_expression { $$ = ctx.makeBinary(BinaryOp::Ne, $1, $3, @2); }
  ;

and_expression
  : equality_expression { $$ = $1; }
  | and_expression '&' equality_expression { $$ = ctx.makeBinary(BinaryOp::BitAnd, $1, $3, @2); }
  ;

exclusive_or_expression
  : and_expression { $$ = $1; }
  | exclusive_or_expression '^' and_expression { $$ = ctx.makeBinary(BinaryOp::BitXor, $1, $3, @2); }
  ;

inclusive_or_expression
  : exclusive_or_expression { $$ = $1; }
  | inclusive_or_expression '|' exclusive_or_expression { $$ = ctx.makeBinary(BinaryOp::BitOr, $1, $3, @2); }
  ;

logical_and_expression
  : inclusive_or_expression { $$ = $1; }
  | logical_and_expression "&&" inclusive_or_expression { $$ = ctx.makeBinary(BinaryOp::LogAnd, $1, $3, @2); }
  ;

logical_or_expression
  : logical_and_expression { $$ = $1; }
  | logical_or_expression "||" logical_and_expression { $$ = ctx.makeBinary(BinaryOp::LogOr, $1, $3, @2); }
  ;

conditional_expression
  : logical_or_expression { $$ = $1; }
  | logical_or_expression '?' expression ':' conditional_expression {
      $$ = ctx.conditional($1, $3, $5, @2);
    }
  | logical_or_expression '?' ':' conditional_expression {
      $$ = ctx.unsupportedExpr(@2, "the GNU '?:' operator with an omitted operand");
    }
  ;

assignment_expression
  : conditional_expression { $$ = $1; }
  | unary_expression assignment_operator assignment_expression {
      $$ = ctx.makeAssign($2.isCompound, $2.op, $1, $3, @2);
    }
  ;

assignment_operator
  : '=' { $$ = {false, BinaryOp::Add}; }
  | "*=" { $$ = {true, BinaryOp::Mul}; }
  | "/=" { $$ = {true, BinaryOp::Div}; }
  | "%=" { $$ = {true, BinaryOp::Mod}; }
  | "+=" { $$ = {true, BinaryOp::Add}; }
  | "-=" { $$ = {true, BinaryOp::Sub}; }
  | "<<=" { $$ = {true, BinaryOp::Shl}; }
  | ">>=" { $$ = {true, BinaryOp::Shr}; }
  | "&=" { $$ = {true, BinaryOp::BitAnd}; }
  | "^=" { $$ = {true, BinaryOp::BitXor}; }
  | "|=" { $$ = {true, BinaryOp::BitOr}; }
  ;

expression
  : assignment_expression { $$ = $1; }
  | expression ',' assignment_expression { $$ = ctx.makeBinary(BinaryOp::Comma, $1, $3, @2); }
  ;

expression_opt
  : %empty { $$ = nullptr; }
  | expression { $$ = $1; }
  ;

constant_expression
  : conditional_expression { $$ = $1; }
  ;

// ============================================================================================
// Declarations (C11 6.7)

declaration
  : declaration_specifiers_begin ';' { $$ = ctx.finishDeclaration($1, {}); }
  | declaration_specifiers_begin init_declarator_list ';' {
      $$ = ctx.finishDeclaration($1, std::move($2));
    }
  | static_assert_declaration { $$ = $1; }
  ;

// The specifiers of a declaration whose declarators are about to be declared.
declaration_specifiers_begin
  : declaration_specifiers { $$ = ctx.pushSpecs($1); }
  ;

static_assert_declaration
  : STATIC_ASSERT '(' constant_expression ',' string_literal ')' ';' {
      $$ = ctx.staticAssert($3, $5, @1);
    }
  | STATIC_ASSERT '(' constant_expression ')' ';' { $$ = ctx.staticAssert($3, nullptr, @1); }
  ;

// A specifier list holds either one unique type specifier or any number of basic type
// keywords, mixed with non-type specifiers in any order.
declaration_specifiers
  : ds_unique { $$ = $1; }
  | ds_basic { $$ = $1; }
  ;

ds_nontype
  : non_type_specifier { $$ = ctx.newSpecs($1); }
  | ds_nontype non_type_specifier { $$ = $1; ctx.applySpec($$, $2); }
  ;

ds_unique
  : unique_type_specifier { $$ = ctx.newSpecs($1); }
  | ds_nontype unique_type_specifier { $$ = $1; ctx.applySpec($$, $2); }
  | ds_unique non_type_specifier { $$ = $1; ctx.applySpec($$, $2); }
  ;

ds_basic
  : basic_type_specifier { $$ = ctx.newSpecs($1); }
  | ds_nontype basic_type_specifier { $$ = $1; ctx.applySpec($$, $2); }
  | ds_basic basic_type_specifier { $$ = $1; ctx.applySpec($$, $2); }
  | ds_basic non_type_specifier { $$ = $1; ctx.applySpec($$, $2); }
  ;

non_type_specifier
  : storage_class_specifier { $$ = std::move($1); }
  | type_qualifier { $$ = std::move($1); }
  | function_specifier { $$ = std::move($1); }
  | alignment_specifier { $$ = std::move($1); }
  ;

specifier_qualifier_list
  : sq_unique { $$ = $1; }
  | sq_basic { $$ = $1; }
  ;

sq_nontype
  : type_qualifier { $$ = ctx.newSpecs($1); }
  | alignment_specifier { $$ = ctx.newSpecs($1); }
  | sq_nontype type_qualifier { $$ = $1; ctx.applySpec($$, $2); }
  | sq_nontype alignment_specifier { $$ = $1; ctx.applySpec($$, $2); }
  ;

sq_unique
  : unique_type_specifier { $$ = ctx.newSpecs($1); }
  | sq_nontype unique_type_specifier { $$ = $1; ctx.applySpec($$, $2); }
  | sq_unique type_qualifier { $$ = $1; ctx.applySpec($$, $2); }
  | sq_unique alignment_specifier { $$ = $1; ctx.applySpec($$, $2); }
  ;

sq_basic
  : basic_type_specifier { $$ = ctx.newSpecs($1); }
  | sq_nontype basic_type_specifier { $$ = $1; ctx.applySpec($$, $2); }
  | sq_basic basic_type_specifier { $$ = $1; ctx.applySpec($$, $2); }
  | sq_basic type_qualifier { $$ = $1; ctx.applySpec($$, $2); }
  | sq_basic alignment_specifier { $$ = $1; ctx.applySpec($$, $2); }
  ;

storage_class_specifier
  : TYPEDEF { $$ = SpecItem::storageClass(StorageClass::Typedef, @1); }
  | EXTERN { $$ = SpecItem::storageClass(StorageClass::Extern, @1); }
  | STATIC { $$ = SpecItem::storageClass(StorageClass::Static, @1); }
  | AUTO { $$ = SpecItem::storageClass(StorageClass::Auto, @1); }
  | REGISTER { $$ = SpecItem::storageClass(StorageClass::Register, @1); }
  | THREAD_LOCAL { $$ = SpecItem::storageClass(StorageClass::ThreadLocal, @1); }
  | GNU_THREAD {
      $$ = SpecItem::storageClass(StorageClass::ThreadLocal, @1);
      $$.name = "__thread";
    }
  ;

basic_type_specifier
  : VOID { $$ = SpecItem::basicType(SpecItem::Basic::Void, @1); }
  | CHAR { $$ = SpecItem::basicType(SpecItem::Basic::Char, @1); }
  | SHORT { $$ = SpecItem::basicType(SpecItem::Basic::Short, @1); }
  | INT { $$ = SpecItem::basicType(SpecItem::Basic::Int, @1); }
  | LONG { $$ = SpecItem::basicType(SpecItem::Basic::Long, @1); }
  | FLOAT { $$ = SpecItem::basicType(SpecItem::Basic::Float, @1); }
  | DOUBLE { $$ = SpecItem::basicType(SpecItem::Basic::Double, @1); }
  | SIGNED { $$ = SpecItem::basicType(SpecItem::Basic::Signed, @1); }
  | UNSIGNED { $$ = SpecItem::basicType(SpecItem::Basic::Unsigned, @1); }
  | BOOL { $$ = SpecItem::basicType(SpecItem::Basic::Bool, @1); }
  | COMPLEX { $$ = SpecItem::basicType(SpecItem::Basic::Complex, @1); }
  | IMAGINARY { $$ = SpecItem::basicType(SpecItem::Basic::Imaginary, @1); }
  | INT128 { $$ = SpecItem::basicType(SpecItem::Basic::Int128, @1); }
  ;

unique_type_specifier
  : TYPEDEF_NAME { $$ = SpecItem::typedefName(std::move($1), @1); }
  | struct_or_union_specifier { $$ = SpecItem::recordSpec($1, @1); }
  | enum_specifier { $$ = SpecItem::enumSpecifier($1, @1); }
  | TYPEOF '(' expression ')' { $$ = SpecItem::typeofSpecifier($3, nullptr, false, @1); }
  | TYPEOF '(' type_name ')' { $$ = SpecItem::typeofSpecifier(nullptr, $3, false, @1); }
  | TYPEOF_UNQUAL '(' expression ')' { $$ = SpecItem::typeofSpecifier($3, nullptr, true, @1); }
  | TYPEOF_UNQUAL '(' type_name ')' { $$ = SpecItem::typeofSpecifier(nullptr, $3, true, @1); }
  | ATOMIC_LPAREN '(' type_name ')' { $$ = SpecItem::unsupported("'_Atomic'", @1); }
  ;

type_qualifier
  : CONST { $$ = SpecItem::typeQualifier(SpecItem::Qual::Const, @1); }
  | RESTRICT { $$ = SpecItem::typeQualifier(SpecItem::Qual::Restrict, @1); }
  | VOLATILE { $$ = SpecItem::typeQualifier(SpecItem::Qual::Volatile, @1); }
  | ATOMIC { $$ = SpecItem::typeQualifier(SpecItem::Qual::Atomic, @1); }
  ;

function_specifier
  : INLINE { $$ = SpecItem::of(SpecItem::Kind::Inline, @1); }
  | NORETURN { $$ = SpecItem::of(SpecItem::Kind::Noreturn, @1); }
  ;

alignment_specifier
  : ALIGNAS '(' type_name ')' { $$ = SpecItem::alignasType($3, @1); }
  | ALIGNAS '(' constant_expression ')' { $$ = SpecItem::alignasExpr($3, @1); }
  ;

// --- struct and union (C11 6.7.2.1)

struct_or_union_specifier
  : struct_or_union '{' struct_body '}' { $$ = ctx.finishRecord($1, {}, true, std::move($3)); }
  | struct_or_union tag '{' struct_body '}' {
      $$ = ctx.finishRecord($1, std::move($2), true, std::move($4));
    }
  | struct_or_union tag { $$ = ctx.finishRecord($1, std::move($2), false, {}); }
  ;

struct_or_union
  : STRUCT { $$ = ctx.make<RecordSpec>(@1); }
  | UNION { $$ = ctx.make<RecordSpec>(@1); $$->isUnion = true; }
  ;

tag
  : IDENTIFIER { $$ = std::move($1); }
  | TYPEDEF_NAME { $$ = std::move($1); }
  ;

// GNU: the last member's `;` may be missing (gcc warns); `error` resynchronises on the `}`.
struct_body
  : struct_declaration_list { $$ = std::move($1); }
  | struct_declaration_list specifier_qualifier_list struct_declarator_list {
      ctx.diags.warning(ctx.lastToken().loc, "no semicolon at end of struct or union");
      $$ = std::move($1);
      $$.push_back(ctx.fieldDeclaration($2, std::move($3)));
    }
  | struct_declaration_list error { $$ = std::move($1); }
  ;

// An empty member list is a GNU extension.
struct_declaration_list
  : %empty {}
  | struct_declaration_list struct_declaration {
      $$ = std::move($1);
      if ($2) $$.push_back($2);
    }
  ;

struct_declaration
  : specifier_qualifier_list struct_declarator_list ';' {
      $$ = ctx.fieldDeclaration($1, std::move($2));
    }
  | specifier_qualifier_list ';' { $$ = ctx.fieldDeclaration($1, {}); }
  | static_assert_declaration { $$ = ctx.fieldStaticAssert($1); }
  | ';' { $$ = nullptr; }
  | error ';' { $$ = nullptr; }
  ;

struct_declarator_list
  : struct_declarator { $$.push_back(std::move($1)); }
  | struct_declarator_list ',' struct_declarator { $$ = std::move($1); $$.push_back(std::move($3)); }
  ;

struct_declarator
  : declarator { $$.declarator = std::move($1); }
  | ':' constant_expression { $$.declarator.nameLoc = @1; $$.bitWidth = $2; }
  | declarator ':' constant_expression { $$.declarator = std::move($1); $$.bitWidth = $3; }
  ;

// --- enum (C11 6.7.2.2)

enum_specifier
  : enum_head '{' enumerator_list comma_opt '}' {
      $$ = ctx.finishEnum($1, {}, true, std::move($3));
    }
  | enum_head tag '{' enumerator_list comma_opt '}' {
      $$ = ctx.finishEnum($1, std::move($2), true, std::move($4));
    }
  | enum_head tag { $$ = ctx.finishEnum($1, std::move($2), false, {}); }
  ;

enum_head
  : ENUM { $$ = ctx.make<EnumSpec>(@1); }
  ;

enumerator_list
  : enumerator { $$.push_back(std::move($1)); }
  | enumerator_list ',' enumerator { $$ = std::move($1); $$.push_back(std::move($3)); }
  ;

enumerator
  : enumeration_constant { $$ = std::move($1); }
  | enumeration_constant '=' constant_expression { $$ = std::move($1); $$.value = $3; }
  ;

enumeration_constant
  : IDENTIFIER { $$ = ctx.enumerator(std::move($1), @1); }
  | TYPEDEF_NAME { $$ = ctx.enumerator(std::move($1), @1); }
  ;

// --- declarators (C11 6.7.6)

init_declarator_list
  : init_declarator { $$.push_back(std::move($1)); }
  | init_declarator_list ',' init_declarator { $$ = std::move($1); $$.push_back(std::move($3)); }
  ;

init_declarator
  : declarator_declared { $$.declarator = std::move($1); }
  | declarator_declared '=' initializer { $$.declarator = std::move($1); $$.init = $3; }
  ;

// The declarator of a declaration: its name is in scope from here on. A GNU asm label
// (`int f(void) __asm__("g");`) is recorded as unsupported.
declarator_declared
  : declarator { $$ = std::move($1); ctx.declareDeclarator($$); }
  | declarator ASM {
      $$ = std::move($1);
      ctx.declareDeclarator($$);
      ParseContext::markUnsupported(ctx.currentSpecs(), "asm labels");
    }
  ;

declarator
  : pointer direct_declarator { $$ = std::move($2); ParseContext::prependParts($$, std::move($1)); }
  | direct_declarator { $$ = std::move($1); }
  ;

// noteDeclarator: the outermost derivation so far (syntax errors are worded after it).
direct_declarator
  : IDENTIFIER { $$ = ctx.namedDeclarator(std::move($1), @1); }
  | TYPEDEF_NAME { $$ = ctx.namedDeclarator(std::move($1), @1); }
  | '(' declarator ')' { $$ = std::move($2); ctx.noteDeclarator($$); }
  | direct_declarator array_suffix { $$ = ctx.withSuffix(std::move($1), std::move($2)); }
  | direct_declarator function_suffix { $$ = ctx.withSuffix(std::move($1), std::move($2)); }
  ;

pointer
  : '*' { $$.push_back(ParseContext::pointerPart(@1, {})); }
  | '*' type_qualifier_list { $$.push_back(ParseContext::pointerPart(@1, $2)); }
  | '*' pointer { $$ = std::move($2); $$.insert($$.begin(), ParseContext::pointerPart(@1, {})); }
  | '*' type_qualifier_list pointer {
      $$ = std::move($3);
      $$.insert($$.begin(), ParseContext::pointerPart(@1, $2));
    }
  ;

// Qualifiers collected into a DeclaratorPart's flags (pointer or array parameter qualifiers).
type_qualifier_list
  : type_qualifier { ParseContext::addQualifier($$, $1); }
  | type_qualifier_list type_qualifier { $$ = std::move($1); ParseContext::addQualifier($$, $2); }
  ;

// C11 6.7.6.2 and, in parameters, 6.7.6.3p7 (`static`, qualifiers, `*`).
array_suffix
  : '[' ']' { $$ = ParseContext::arrayPart(@1, {}, nullptr); }
  | '[' assignment_expression ']' { $$ = ParseContext::arrayPart(@1, {}, $2); }
  | '[' type_qualifier_list ']' { $$ = ParseContext::arrayPart(@1, $2, nullptr); }
  | '[' type_qualifier_list assignment_expression ']' {
      $$ = ParseContext::arrayPart(@1, $2, $3);
    }
  | '[' STATIC assignment_expression ']' {
      $$ = ParseContext::arrayPart(@1, {}, $3);
      $$.isStatic = true;
    }
  | '[' STATIC type_qualifier_list assignment_expression ']' {
      $$ = ParseContext::arrayPart(@1, $3, $4);
      $$.isStatic = true;
    }
  | '[' type_qualifier_list STATIC assignment_expression ']' {
      $$ = ParseContext::arrayPart(@1, $2, $4);
      $$.isStatic = true;
    }
  | '[' '*' ']' { $$ = ParseContext::arrayPart(@1, {}, nullptr); $$.isStar = true; }
  | '[' type_qualifier_list '*' ']' {
      $$ = ParseContext::arrayPart(@1, $2, nullptr);
      $$.isStar = true;
    }
  ;

function_suffix
  : abstract_function_suffix { $$ = std::move($1); }
  | '(' identifier_list ')' {
      $$ = ParseContext::functionPart(@1, {});
      $$.hasPrototype = false;
      $$.identifierList = std::move($2.identifierList);
      $$.identifierLocs = std::move($2.identifierLocs);
    }
  ;

abstract_function_suffix
  : '(' param_scope_begin parameter_type_list ')' {
      ctx.leaveScopesTo($2.depth - 1);
      $$ = ParseContext::functionPart(@1, std::move($3));
    }
  | '(' ')' {
      $$ = ParseContext::functionPart(@1, {});
      $$.hasPrototype = false;
    }
  ;

// Opens the prototype scope (C11 6.2.1p4) of a parameter list.
param_scope_begin
  : %empty %prec PARAM_SCOPE { $$ = ctx.enterScope(); }
  ;

parameter_type_list
  : parameter_list { $$ = std::move($1); }
  | parameter_list ',' "..." { $$ = std::move($1); $$.isVariadic = true; }
  ;

parameter_list
  : parameter_declaration { $$.params.push_back($1); }
  | parameter_list ',' parameter_declaration { $$ = std::move($1); $$.params.push_back($3); }
  ;

parameter_declaration
  : declaration_specifiers declarator {
      $$ = ctx.makeParam($1, std::move($2));
      ctx.declareName($$->declarator.name, false);
    }
  | declaration_specifiers { $$ = ctx.makeParam($1, {}); }
  | declaration_specifiers abstract_declarator { $$ = ctx.makeParam($1, std::move($2)); }
  ;

// The names of a K&R parameter list, collected into a function part's identifierList.
identifier_list
  : IDENTIFIER { $$.identifierList.push_back(std::move($1)); $$.identifierLocs.push_back(@1); }
  | identifier_list ',' IDENTIFIER {
      $$ = std::move($1);
      $$.identifierList.push_back(std::move($3));
      $$.identifierLocs.push_back(@3);
    }
  ;

type_name
  : specifier_qualifier_list { $$ = ctx.makeTypeName($1, {}); }
  | specifier_qualifier_list abstract_declarator { $$ = ctx.makeTypeName($1, std::move($2)); }
  ;

abstract_declarator
  : pointer { ParseContext::prependParts($$, std::move($1)); }
  | pointer direct_abstract_declarator {
      $$ = std::move($2);
      ParseContext::prependParts($$, std::move($1));
    }
  | direct_abstract_declarator { $$ = std::move($1); }
  ;

direct_abstract_declarator
  : '(' abstract_declarator ')' { $$ = std::move($2); }
  | array_suffix { ParseContext::addSuffix($$, std::move($1)); }
  | abstract_function_suffix { ParseContext::addSuffix($$, std::move($1)); }
  | direct_abstract_declarator array_suffix {
      $$ = std::move($1);
      ParseContext::addSuffix($$, std::move($2));
    }
  | direct_abstract_declarator abstract_function_suffix {
      $$ = std::move($1);
      ParseContext::addSuffix($$, std::move($2));
    }
  ;

// --- initializers (C11 6.7.9); `{}` is a GNU extension (C23)

initializer
  : assignment_expression { $$ = ctx.make<Initializer>(@1); $$->expr = $1; }
  | '{' initializer_list comma_opt '}' { $$ = ctx.initializerList(std::move($2), @1); }
  | '{' '}' { $$ = ctx.initializerList({}, @1); }
  ;

initializer_list
  : initializer { $$.push_back(InitializerItem{{}, $1}); }
  | designation initializer { $$.push_back(InitializerItem{std::move($1), $2}); }
  | initializer_list ',' initializer { $$ = std::move($1); $$.push_back(InitializerItem{{}, $3}); }
  | initializer_list ',' designation initializer {
      $$ = std::move($1);
      $$.push_back(InitializerItem{std::move($3), $4});
    }
  ;

designation
  : designator_list '=' { $$ = std::move($1); }
  ;

designator_list
  : designator { $$.push_back(std::move($1)); }
  | designator_list designator { $$ = std::move($1); $$.push_back(std::move($2)); }
  ;

// `[a ... b]` is the GNU range designator.
designator
  : '[' constant_expression ']' {
      $$ = ParseContext::designator(Designator::Kind::Index, @1, $2);
    }
  | '[' constant_expression "..." constant_expression ']' {
      $$ = ParseContext::designator(Designator::Kind::Range, @1, $2, $4);
    }
  | '.' member_name {
      $$ = ParseContext::designator(Designator::Kind::Field, @2, nullptr, nullptr, std::move($2));
    }
  ;

// ============================================================================================
// Statements (C11 6.8); each is located at its first token.

statement
  : labeled_statement { $$ = $1; }
  | compound_statement { $$ = $1; }
  | expression_statement { $$ = $1; }
  | selection_statement { $$ = $1; }
  | iteration_statement { $$ = $1; }
  | jump_statement { $$ = $1; }
  | ASM ';' { $$ = ctx.unsupportedStatement(@1, "inline assembly"); }
  ;

// `case a ... b:` is the GNU case range.
labeled_statement
  : IDENTIFIER ':' statement { $$ = ctx.label(std::move($1), $3, @1); }
  | TYPEDEF_NAME ':' statement { $$ = ctx.label(std::move($1), $3, @1); } // labels have their own name space
  | CASE constant_expression ':' statement { $$ = ctx.caseLabel($2, nullptr, $4, @1); }
  | CASE constant_expression "..." constant_expression ':' statement {
      $$ = ctx.caseLabel($2, $4, $6, @1);
    }
  | DEFAULT ':' statement { $$ = ctx.defaultLabel($3, @1); }
  ;

compound_statement
  : '{' scope_begin block_items '}' {
      ctx.leaveScopesTo($2.depth - 1);
      $$ = ctx.makeCompound(@1, std::move($3), @4);
    }
  | '{' scope_begin block_items error '}' {
      ctx.leaveScopesTo($2.depth - 1);
      $$ = ctx.makeCompound(@1, std::move($3), @5);
    }
  ;

scope_begin
  : %empty { $$ = ctx.enterScope(); }
  ;

block_items
  : %empty {}
  | block_items block_item { $$ = std::move($1); if ($2) $$.push_back($2); }
  ;

block_item
  : declaration { $$ = ctx.declarationStatement($1); }
  | statement { $$ = $1; }
  | error ';' { $$ = nullptr; }
  ;

expression_statement
  : ';' { $$ = ctx.make<NullStmt>(@1); }
  | expression ';' { $$ = ctx.expressionStatement($1, @1); }
  ;

selection_statement
  : IF '(' expression ')' statement %prec THEN { $$ = ctx.ifStatement($3, $5, nullptr, @1); }
  | IF '(' expression ')' statement ELSE statement { $$ = ctx.ifStatement($3, $5, $7, @1); }
  | SWITCH '(' expression ')' statement { $$ = ctx.switchStatement($3, $5, @1); }
  ;

iteration_statement
  : WHILE '(' expression ')' statement { $$ = ctx.whileStatement($3, $5, @1); }
  | DO statement WHILE '(' expression ')' ';' { $$ = ctx.doWhileStatement($2, $5, @1); }
  | FOR '(' scope_begin expression_opt ';' expression_opt ';' expression_opt ')' statement {
      LEAVE_FOR_SCOPE($3.depth - 1);
      $$ = ctx.forStatement(nullptr, $4, $6, $8, $10, @1);
    }
  | FOR '(' scope_begin declaration expression_opt ';' expression_opt ')' statement {
      LEAVE_FOR_SCOPE($3.depth - 1);
      $$ = ctx.forStatement($4, nullptr, $5, $7, $9, @1);
    }
  ;

jump_statement
  : GOTO IDENTIFIER ';' { $$ = ctx.gotoStatement(std::move($2), @1); }
  | GOTO TYPEDEF_NAME ';' { $$ = ctx.gotoStatement(std::move($2), @1); }
  | GOTO '*' expression ';' { $$ = ctx.unsupportedStatement(@1, "computed goto"); }
  | CONTINUE ';' { $$ = ctx.make<ContinueStmt>(@1); }
  | BREAK ';' { $$ = ctx.make<BreakStmt>(@1); }
  | RETURN ';' { $$ = ctx.returnStatement(nullptr, @1); }
  | RETURN expression ';' { $$ = ctx.returnStatement($2, @1); }
  ;

// ============================================================================================
// External definitions (C11 6.9)

translation_unit
  : %empty
  | translation_unit external_declaration
  ;

external_declaration
  : function_definition { ctx.unit.decls.push_back(ExternalDecl{nullptr, $1}); }
  | declaration { ctx.unit.decls.push_back(ExternalDecl{$1, nullptr}); }
  | ';'
  | ASM ';' { ctx.unsupportedConstruct(@1, "top-level inline assembly"); }
  | error ';' { ctx.recoverAtFileScope(); }
  | error compound_statement { ctx.recoverAtFileScope(); }
  ;

// The mid-rule action declares the function and opens the scope of its body with the
// parameters in it; K&R parameter declarations are recorded so that sema can reject them.
function_definition
  : declaration_specifiers_begin declarator
        <ScopeMark>{ $$ = ctx.beginFunctionBody($2); }
        old_style_declarations compound_statement {
      $$ = ctx.finishFunction($1, std::move($2), std::move($4), $5);
      ctx.leaveScopesTo($3.depth - 1);
    }
  ;

old_style_declarations
  : %empty {}
  | old_style_declarations declaration { $$ = std::move($1); $$.push_back($2); }
  ;

%%

namespace minicc::frontend {

Parser::symbol_type makeSymbol(Token token) {
  using T = Parser::token;
  switch (token.kind) {
  case T::TOK_IDENTIFIER: return Parser::make_IDENTIFIER(std::move(token.text), token.loc);
  case T::TOK_TYPEDEF_NAME: return Parser::make_TYPEDEF_NAME(std::move(token.text), token.loc);
  case T::TOK_INTEGER_CONSTANT: return Parser::make_INTEGER_CONSTANT(token.literal, token.loc);
  case T::TOK_FLOATING_CONSTANT: return Parser::make_FLOATING_CONSTANT(token.literal, token.loc);
  case T::TOK_CHARACTER_CONSTANT:
    return Parser::make_CHARACTER_CONSTANT(token.literal, token.loc);
  case T::TOK_STRING_LITERAL:
    return Parser::make_STRING_LITERAL(
        StringPiece{token.stringPrefix, std::move(token.text), token.loc}, token.loc);
  default: return Parser::symbol_type(token.kind, token.loc);
  }
}

Parser::symbol_type yylex(ParseContext& ctx) { return makeSymbol(ctx.nextToken()); }

void Parser::error(const location_type& loc, const std::string& message) {
  ctx.diags.error(loc, message);
}

// Gathers what SyntaxErrors.cpp needs from the parser's tables and stack.
void Parser::report_syntax_error(const context& errorContext) const {
  SyntaxErrorSite site;
  std::vector<symbol_kind_type> expected(symbol_kind::YYNTOKENS);
  int count = errorContext.expected_tokens(expected.data(), static_cast<int>(expected.size()));
  site.expected.assign(expected.begin(), expected.begin() + count);
  // Replays the reductions `token` would trigger (as LAC does) and returns the symbol the token
  // would be shifted after.
  site.symbolBeforeShifting = [this](int token) -> int {
    std::vector<state_type> states;
    for (int i = static_cast<int>(yystack_.size()) - 1; i >= 0; --i)
      states.push_back(yystack_[i].state);
    for (int steps = 0; steps < 100000; ++steps) {
      state_type top = states.back();
      int rule = yypact_[+top];
      if (yy_pact_value_is_default_(rule) || (rule += token) < 0 || yylast_ < rule ||
          yycheck_[rule] != token) {
        rule = yydefact_[+top];
        if (rule == 0) return -1;
      } else {
        rule = yytable_[rule];
        if (yy_table_value_is_error_(rule)) return -1;
        if (rule > 0) return yystos_[+top];
        rule = -rule;
      }
      std::size_t length = static_cast<std::size_t>(yyr2_[rule]);
      if (length >= states.size()) return -1;
      states.resize(states.size() - length);
      states.push_back(yy_lr_goto_state_(states.back(), yyr1_[rule]));
    }
    return -1;
  };
  reportSyntaxError(site, ctx);
}

} // namespace minicc::frontend
