// frontend/AstPrinter.h — a readable, deterministic dump of the syntax tree.
//
// Provides: printAst (used by the parser tests and the driver's --dump-ast) and
// printExpr/printStmt for single nodes. Needs: AST.h. The format is S-expression-like:
//   (function (specs int) (declarator main (function (param (specs void))))
//     (block
//       (return (+ (int 1) (* x (int 2))))))
// Expressions print inline, `(op operand...)`; identifiers print bare. Declarators list their
// parts in AST order (parts[0], applied to the base type first): `int *a[3]` prints
// `(declarator a (pointer) (array (int 3)))`. Statements print one per line, indented.
#pragma once

#include "frontend/AST.h"

#include <iosfwd>

namespace minicc::frontend {

void printAst(const TranslationUnit& unit, std::ostream& out);
void printExpr(const Expr& expr, std::ostream& out);
void printStmt(const Stmt& stmt, std::ostream& out);

} // namespace minicc::frontend
