// frontend/LowerStmt.cpp — statements to blocks and branches.
//
// Provides: Lowering::lowerStmt and one function per control statement, with readable block
// names (if.then/if.else/if.end, while.cond/while.body/while.end, do.body/do.cond/do.end,
// for.cond/for.body/for.inc/for.end, switch.case/switch.default/switch.end). Code after a
// jump goes to a fresh block that removeUnreachableBlocks deletes unless a label or case
// makes it reachable. Needs: Lower.h.
#include "frontend/Lower.h"

namespace minicc::frontend {

void Lowering::startBlock(ir::BasicBlock* bb) {
  if (!builder_.blockIsTerminated()) builder_.jmp(bb);
  enterBlock(bb);
}

ir::BasicBlock* Lowering::labelBlock(const std::string& label) {
  auto& bb = labels_[label];
  if (!bb) bb = newBlock(label);
  return bb;
}

void Lowering::lowerStmt(Stmt* s) {
  // -g line tables: the statement's position, as gcc's line table gives each statement.
  if (s->kind != StmtKind::Compound && s->loc.isValid()) builder_.setDebugLocation(s->loc);
  bool startsBlock = s->kind == StmtKind::Label || s->kind == StmtKind::Case ||
                     s->kind == StmtKind::Default || s->kind == StmtKind::Compound;
  if (builder_.blockIsTerminated() && !startsBlock) enterBlock(newBlock("dead"));
  switch (s->kind) {
  case StmtKind::Compound:
    stackSaveDepthOfBlock_.push_back(stackSaves_.size());
    for (Stmt* item : static_cast<CompoundStmt*>(s)->items) lowerStmt(item);
    if (static_cast<CompoundStmt*>(s)->closeLoc.isValid())
      builder_.setDebugLocation(static_cast<CompoundStmt*>(s)->closeLoc);
    endVariableLengthScope(stackSaveDepthOfBlock_.back());
    stackSaveDepthOfBlock_.pop_back();
    return;
  case StmtKind::Expression:
    if (Expr* e = static_cast<ExpressionStmt*>(s)->expr) {
      if (!stmtExprValues_.empty() && stmtExprValues_.back().first == e)
        stmtExprValues_.back().second = lowerRValue(e);
      else
        lowerDiscarded(e);
    }
    return;
  case StmtKind::Declaration: lowerLocalDeclaration(static_cast<DeclarationStmt*>(s)->decl); return;
  case StmtKind::If: lowerIf(static_cast<IfStmt*>(s)); return;
  case StmtKind::While: lowerWhile(static_cast<WhileStmt*>(s)); return;
  case StmtKind::DoWhile: lowerDoWhile(static_cast<DoWhileStmt*>(s)); return;
  case StmtKind::For: lowerFor(static_cast<ForStmt*>(s)); return;
  case StmtKind::Switch: lowerSwitch(static_cast<SwitchStmt*>(s)); return;
  case StmtKind::Case:
  case StmtKind::Default: {
    auto& bb = caseBlocks_[s]; // absent for an empty GNU case range
    if (!bb) bb = newBlock("switch.case");
    startBlock(bb);
    lowerStmt(s->kind == StmtKind::Case ? static_cast<CaseStmt*>(s)->body
                                        : static_cast<DefaultStmt*>(s)->body);
    return;
  }
  case StmtKind::Break:
    for (auto it = jumps_.rbegin(); it != jumps_.rend(); ++it)
      if (it->breakTarget) {
        restoreStack(it->stackSaveDepth);
        builder_.jmp(it->breakTarget);
        return;
      }
    internalError("break outside a loop or switch reached lowering");
  case StmtKind::Continue:
    for (auto it = jumps_.rbegin(); it != jumps_.rend(); ++it)
      if (it->continueTarget) {
        restoreStack(it->stackSaveDepth);
        builder_.jmp(it->continueTarget);
        return;
      }
    internalError("continue outside a loop reached lowering");
  case StmtKind::Return: lowerReturn(static_cast<ReturnStmt*>(s)); return;
  case StmtKind::Goto: lowerGoto(static_cast<GotoStmt*>(s)->label); return;
  case StmtKind::Label: {
    auto* label = static_cast<LabelStmt*>(s);
    placeLabel(label->label);
    lowerStmt(label->body);
    return;
  }
  case StmtKind::Null: return;
  }
}

void Lowering::lowerIf(IfStmt* s) {
  ir::BasicBlock* thenBlock = newBlock("if.then");
  ir::BasicBlock* elseBlock = s->elseStmt ? newBlock("if.else") : nullptr;
  ir::BasicBlock* end = newBlock("if.end");
  lowerCondition(s->condition, thenBlock, elseBlock ? elseBlock : end);
  enterBlock(thenBlock);
  lowerStmt(s->thenStmt);
  if (!builder_.blockIsTerminated()) builder_.jmp(end);
  if (elseBlock) {
    enterBlock(elseBlock);
    lowerStmt(s->elseStmt);
    if (!builder_.blockIsTerminated()) builder_.jmp(end);
  }
  enterBlock(end);
}

void Lowering::lowerWhile(WhileStmt* s) {
  ir::BasicBlock* cond = newBlock("while.cond");
  ir::BasicBlock* body = newBlock("while.body");
  ir::BasicBlock* end = newBlock("while.end");
  startBlock(cond);
  lowerCondition(s->condition, body, end);
  enterBlock(body);
  jumps_.push_back({end, cond, stackSaves_.size()});
  lowerStmt(s->body);
  jumps_.pop_back();
  if (!builder_.blockIsTerminated()) builder_.jmp(cond);
  enterBlock(end);
}

void Lowering::lowerDoWhile(DoWhileStmt* s) {
  ir::BasicBlock* body = newBlock("do.body");
  ir::BasicBlock* cond = newBlock("do.cond");
  ir::BasicBlock* end = newBlock("do.end");
  startBlock(body);
  jumps_.push_back({end, cond, stackSaves_.size()});
  lowerStmt(s->body);
  jumps_.pop_back();
  startBlock(cond);
  lowerCondition(s->condition, body, end);
  enterBlock(end);
}

void Lowering::lowerFor(ForStmt* s) {
  stackSaveDepthOfBlock_.push_back(stackSaves_.size()); // C11 6.8.5p5: the for is a block
  if (s->initDecl) lowerLocalDeclaration(s->initDecl);
  if (s->initExpr) lowerDiscarded(s->initExpr);
  ir::BasicBlock* cond = newBlock("for.cond");
  ir::BasicBlock* body = newBlock("for.body");
  ir::BasicBlock* step = s->step ? newBlock("for.inc") : cond;
  ir::BasicBlock* end = newBlock("for.end");
  startBlock(cond);
  if (s->condition)
    lowerCondition(s->condition, body, end);
  else
    builder_.jmp(body);
  enterBlock(body);
  jumps_.push_back({end, step, stackSaves_.size()});
  lowerStmt(s->body);
  jumps_.pop_back();
  if (s->step) {
    startBlock(step);
    lowerDiscarded(s->step);
  }
  if (!builder_.blockIsTerminated()) builder_.jmp(cond);
  enterBlock(end);
  endVariableLengthScope(stackSaveDepthOfBlock_.back());
  stackSaveDepthOfBlock_.pop_back();
}

// C11 6.8.4.2: the IR switch compares the promoted controlling value with each case value (in
// the same type); cases are blocks reached by the switch or by falling through.
void Lowering::lowerSwitch(SwitchStmt* s) {
  const SwitchInfo& info = output_.switches.at(s);
  ir::Value* value = lowerRValue(s->condition);
  ir::BasicBlock* end = newBlock("switch.end");
  ir::BasicBlock* defaultBlock = end;
  if (info.defaultStmt) {
    defaultBlock = newBlock("switch.default");
    caseBlocks_[info.defaultStmt] = defaultBlock;
  }
  ir::Instruction* sw = builder_.switchOn(value, defaultBlock);
  for (auto& [caseValue, caseStmt] : info.cases) {
    auto& bb = caseBlocks_[caseStmt];
    if (!bb) bb = newBlock("switch.case");
    ir::Builder::addCase(sw, caseValue, bb);
  }
  jumps_.push_back({end, nullptr, stackSaves_.size()});
  lowerStmt(s->body);
  jumps_.pop_back();
  startBlock(end);
}

void Lowering::lowerReturn(ReturnStmt* s) {
  if (!s->value) {
    ir::Type result = irType(returnType_);
    if (result.isAggregate()) result = ir::Type::ptr(); // IR.h: aggregates return their address
    builder_.ret(result.isVoid() ? nullptr : module_.undef(result));
    return;
  }
  if (returnType_->isVoid()) {
    lowerDiscarded(s->value);
    builder_.ret();
    return;
  }
  builder_.ret(lowerRValue(s->value));
}

} // namespace minicc::frontend
