// ir/Mem2Reg.cpp — SSA construction ("mem2reg"): promotes stack slots to SSA values.
//
// Requires: verified IR (allocas in the entry block, as Builder::alloca puts them).
// Provides: every alloca whose address is used only as the pointer operand of non-volatile loads
// and stores of one scalar type covering the whole slot is gone, with its loads replaced by the
// stored values, phis where control flow merges different stores, and `undef` for loads that no
// store reaches. Unused allocas are removed too. Other allocas are untouched.
//
// Method (Cytron et al. 1991, with pruned phi placement): phis go in the iterated dominance
// frontier of the blocks that store, restricted to blocks where the variable is live on entry;
// then one walk down the dominator tree renames: each load takes the value of the closest
// dominating store (or phi), and each block fills its successors' phis.
#include "ir/Builder.h"
#include "ir/Dominators.h"
#include "ir/PassUtils.h"
#include "ir/Passes.h"

#include <algorithm>
#include <unordered_map>

namespace minicc::ir {
namespace {

struct Variable {
  Instruction* slot = nullptr; // the alloca
  Type type;                   // the one type it is loaded and stored as (void: never accessed)
  bool promotable = true;
  std::vector<unsigned> storeBlocks;
  std::vector<unsigned> liveInBlocks; // blocks whose first access is a load
};

class Promoter {
public:
  explicit Promoter(Function& function)
      : function_(function), module_(*function.parent()), cfg_(function), dom_(cfg_) {}

  bool run();

private:
  void findCandidates();
  void classifyUse(const Instruction& user, unsigned operandIndex, Variable& var);
  void scanAccesses();
  void computeLiveIn(Variable& var);
  void placePhis();
  void rename();
  void renameBlock(unsigned b, std::vector<Value*>& current,
                   std::vector<std::pair<unsigned, Value*>>& undoLog);
  void fillPhisOfUnrenamedPredecessors();
  void dropUnreachableAccesses();
  Value* resolve(Value* v) const;
  int variableOf(const Value* pointer) const;

  Function& function_;
  Module& module_;
  CFG cfg_;
  DominatorTree dom_;
  std::vector<Variable> vars_;
  std::unordered_map<const Value*, unsigned> varIndex_;
  // Per block: the phis placed there, with the variable each stands for.
  std::vector<std::vector<std::pair<unsigned, Instruction*>>> blockPhis_;
  std::map<const Value*, Value*> replacements_; // promoted loads -> their values
  // Per block: the generation in which it was last marked live-in / storing (computeLiveIn).
  std::vector<unsigned> liveStamp_, storeStamp_;
  unsigned generation_ = 0;
  InstructionSet dead_; // promoted loads, stores and allocas
};

void Promoter::findCandidates() {
  for (auto& inst : function_.entry()->instructions) {
    if (inst->opcode() != Opcode::Alloca) continue;
    varIndex_[inst.get()] = static_cast<unsigned>(vars_.size());
    Variable var;
    var.slot = inst.get();
    vars_.push_back(std::move(var));
  }
}

int Promoter::variableOf(const Value* pointer) const {
  auto it = varIndex_.find(pointer);
  if (it == varIndex_.end() || !vars_[it->second].promotable) return -1;
  return static_cast<int>(it->second);
}

// A promotable variable's address is only the pointer of a non-volatile load or store, all of
// one scalar type as large as the slot.
void Promoter::classifyUse(const Instruction& user, unsigned operandIndex, Variable& var) {
  Type accessed;
  if (user.opcode() == Opcode::Load && operandIndex == 0 && !user.isVolatile)
    accessed = user.type();
  else if (user.opcode() == Opcode::Store && operandIndex == 1 && !user.isVolatile &&
           user.operand(0) != var.slot)
    accessed = user.operand(0)->type();
  if (!accessed.isScalar() || accessed.size() != var.slot->allocSize ||
      (!var.type.isVoid() && accessed != var.type)) {
    var.promotable = false;
    return;
  }
  var.type = accessed;
}

// Finds which allocas are promotable, and for those the blocks that store and the blocks whose
// first access is a load.
void Promoter::scanAccesses() {
  for (auto& bb : function_.blocks)
    for (auto& inst : bb->instructions)
      for (unsigned i = 0; i < inst->numOperands(); ++i) {
        auto it = varIndex_.find(inst->operand(i));
        if (it != varIndex_.end()) classifyUse(*inst, i, vars_[it->second]);
      }
  std::vector<unsigned> stamp(vars_.size(), CFG::npos); // block whose accesses were seen last
  for (unsigned b = 0; b < cfg_.size(); ++b) {
    for (auto& inst : cfg_.block(b)->instructions) {
      bool isLoad = inst->opcode() == Opcode::Load;
      if (!isLoad && inst->opcode() != Opcode::Store) continue;
      int v = variableOf(inst->operand(isLoad ? 0 : 1));
      if (v < 0 || stamp[v] == b) continue; // only the first access in a block matters
      stamp[v] = b;
      (isLoad ? vars_[v].liveInBlocks : vars_[v].storeBlocks).push_back(b);
    }
    // A block that stores after its first access also stores.
    for (auto& inst : cfg_.block(b)->instructions) {
      if (inst->opcode() != Opcode::Store) continue;
      int v = variableOf(inst->operand(1));
      if (v >= 0 && (vars_[v].storeBlocks.empty() || vars_[v].storeBlocks.back() != b))
        vars_[v].storeBlocks.push_back(b);
    }
  }
}

// Live on entry: the first access is a load, or the variable is live on entry to a successor
// and the block does not store. Marks are generation stamps shared by all variables, so the
// cost is proportional to the blocks visited, not to the function's size per variable.
void Promoter::computeLiveIn(Variable& var) {
  ++generation_;
  for (unsigned b : var.storeBlocks) storeStamp_[b] = generation_;
  std::vector<unsigned> worklist = var.liveInBlocks;
  for (unsigned b : worklist) liveStamp_[b] = generation_;
  while (!worklist.empty()) {
    unsigned b = worklist.back();
    worklist.pop_back();
    for (unsigned p : cfg_.predecessors(b)) {
      if (liveStamp_[p] == generation_ || storeStamp_[p] == generation_) continue;
      liveStamp_[p] = generation_;
      var.liveInBlocks.push_back(p);
      worklist.push_back(p);
    }
  }
  std::sort(var.liveInBlocks.begin(), var.liveInBlocks.end());
}

void Promoter::placePhis() {
  blockPhis_.assign(cfg_.size(), {});
  liveStamp_.assign(cfg_.size(), 0);
  storeStamp_.assign(cfg_.size(), 0);
  Builder builder(module_);
  for (unsigned v = 0; v < vars_.size(); ++v) {
    Variable& var = vars_[v];
    if (!var.promotable || var.type.isVoid()) continue;
    computeLiveIn(var); // leaves liveStamp_[b] == generation_ for the live-in blocks
    for (unsigned b : dom_.iteratedFrontier(var.storeBlocks)) {
      if (liveStamp_[b] != generation_) continue;
      Instruction* phi = builder.phi(cfg_.block(b), var.type);
      phi->setName(var.slot->name());
      blockPhis_[b].push_back({v, phi});
    }
  }
}

Value* Promoter::resolve(Value* v) const {
  for (auto it = replacements_.find(v); it != replacements_.end(); it = replacements_.find(v))
    v = it->second;
  return v;
}

// Walks the dominator tree depth first (iteratively); `current` holds each variable's value at
// the walk's position, and the undo log restores it when the walk leaves a subtree.
void Promoter::rename() {
  std::vector<Value*> current(vars_.size());
  for (unsigned v = 0; v < vars_.size(); ++v)
    if (!vars_[v].type.isVoid()) current[v] = module_.undef(vars_[v].type);
  std::vector<std::pair<unsigned, Value*>> undoLog;
  struct Frame {
    unsigned block;
    std::size_t undoMark;
    std::size_t nextChild;
  };
  std::vector<Frame> stack{{0, 0, 0}};
  renameBlock(0, current, undoLog);
  while (!stack.empty()) {
    Frame& top = stack.back();
    const auto& children = dom_.children(top.block);
    if (top.nextChild < children.size()) {
      unsigned child = children[top.nextChild++];
      stack.push_back({child, undoLog.size(), 0});
      renameBlock(child, current, undoLog);
      continue;
    }
    for (; undoLog.size() > top.undoMark; undoLog.pop_back())
      current[undoLog.back().first] = undoLog.back().second;
    stack.pop_back();
  }
}

void Promoter::renameBlock(unsigned b, std::vector<Value*>& current,
                           std::vector<std::pair<unsigned, Value*>>& undoLog) {
  auto set = [&](unsigned v, Value* value) {
    undoLog.push_back({v, current[v]});
    current[v] = value;
  };
  for (auto& [v, phi] : blockPhis_[b]) set(v, phi);
  for (auto& inst : cfg_.block(b)->instructions) {
    if (inst->opcode() == Opcode::Load) {
      int v = variableOf(inst->operand(0));
      if (v < 0) continue;
      replacements_[inst.get()] = current[v];
      dead_.insert(inst.get());
    } else if (inst->opcode() == Opcode::Store) {
      int v = variableOf(inst->operand(1));
      if (v < 0) continue;
      set(v, resolve(inst->operand(0)));
      dead_.insert(inst.get());
    }
  }
  for (unsigned s : cfg_.successors(b))
    for (auto& [v, phi] : blockPhis_[s]) Builder::addIncoming(phi, current[v], cfg_.block(b));
}

// A phi needs an entry for every predecessor, including unreachable ones the walk never saw.
void Promoter::fillPhisOfUnrenamedPredecessors() {
  for (unsigned b = 0; b < cfg_.size(); ++b)
    for (auto& [v, phi] : blockPhis_[b])
      for (unsigned p : cfg_.predecessors(b))
        if (!cfg_.isReachable(p))
          Builder::addIncoming(phi, module_.undef(vars_[v].type), cfg_.block(p));
}

// Unreachable code may access promoted variables too: loads become undef, stores vanish.
void Promoter::dropUnreachableAccesses() {
  for (unsigned b = 0; b < cfg_.size(); ++b) {
    if (cfg_.isReachable(b)) continue;
    for (auto& inst : cfg_.block(b)->instructions) {
      bool isLoad = inst->opcode() == Opcode::Load;
      if (!isLoad && inst->opcode() != Opcode::Store) continue;
      int v = variableOf(inst->operand(isLoad ? 0 : 1));
      if (v < 0) continue;
      if (isLoad) replacements_[inst.get()] = module_.undef(vars_[v].type);
      dead_.insert(inst.get());
    }
  }
}

bool Promoter::run() {
  findCandidates();
  if (vars_.empty()) return false;
  scanAccesses();
  bool any = false;
  for (Variable& var : vars_) any |= var.promotable;
  if (!any) return false;
  placePhis();
  rename();
  fillPhisOfUnrenamedPredecessors();
  dropUnreachableAccesses();
  for (Variable& var : vars_)
    if (var.promotable) dead_.insert(var.slot);
  function_.replaceUses(replacements_);
  eraseInstructions(function_, dead_);
  return true;
}

} // namespace

bool promoteAllocas(Function& function) {
  if (function.isDeclaration() || !function.parent()) return false;
  bool hasAlloca = false;
  for (auto& inst : function.entry()->instructions) hasAlloca |= inst->opcode() == Opcode::Alloca;
  if (!hasAlloca) return false;
  return Promoter(function).run();
}

} // namespace minicc::ir
