// frontend/LowerDecl.cpp — globals, functions and the initialisation of objects.
//
// Provides: Lowering::lowerUnit (declares every used or defined static object and function in
// the order Sema first saw them, then lowers each function body), static initializers as
// InitPiece bytes/zero runs/addresses (C11 6.7.9p10: everything not initialised is zero),
// string literals as Private constant globals `.str.N`, function prologues (an alloca per
// parameter, the incoming value stored into it) and epilogues (`main` returns 0, C11
// 5.1.2.2.3; other functions return undef), local initialisation (zero-fill the bytes no
// initializer covers, then one store per InitEntry). Needs: Lower.h.
#include "frontend/Lower.h"
#include "ir/FloatValue.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <set>

namespace minicc::frontend {

Lowering::Lowering(Sema& sema, ir::Module& module)
    : sema_(sema), types_(sema.types()), output_(sema.output()), module_(module), builder_(module) {
}

void Lowering::lowerUnit() {
  for (Symbol* s : output_.staticSymbols) declareStaticSymbol(s);
  for (Symbol* s : output_.staticSymbols)
    if (s->kind == SymbolKind::Object && s->isDefined && globals_.count(s)) defineStaticObject(s);
  for (FunctionDefinition* def : output_.functions) lowerFunction(def);
  dropUnusedInlineFunctions();
}

// gcc emits an inline function only where something that is emitted uses it, even at -O0 (an
// inline definition is not an external definition, C11 6.7.4p7): a header's `static inline`
// helpers cost nothing — and cannot drag in references to functions the program never links —
// unless called. String literals only such functions used go with them.
void Lowering::dropUnusedInlineFunctions() {
  std::unordered_set<const ir::GlobalSymbol*> discardable;
  for (Symbol* s : output_.staticSymbols)
    if (s->kind == SymbolKind::Function && s->isInline && s->isDefined && globals_.count(s))
      discardable.insert(globals_[s]);
  if (discardable.empty()) return;
  std::unordered_map<std::string, const ir::GlobalSymbol*> byName;
  for (auto& g : module_.globals) {
    byName[g->name()] = g.get();
    if (g->linkage == ir::Linkage::Private) discardable.insert(g.get());
  }
  for (auto& f : module_.functions) byName[f->name()] = f.get();

  std::unordered_set<const ir::GlobalSymbol*> reached;
  std::vector<const ir::GlobalSymbol*> work;
  auto reach = [&](const ir::GlobalSymbol* g) {
    if (g && reached.insert(g).second) work.push_back(g);
  };
  for (auto& f : module_.functions)
    if (!discardable.count(f.get())) reach(f.get());
  for (auto& g : module_.globals)
    if (!discardable.count(g.get())) reach(g.get());
  while (!work.empty()) {
    const ir::GlobalSymbol* g = work.back();
    work.pop_back();
    if (g->valueKind() == ir::ValueKind::GlobalVariable) {
      for (const ir::InitPiece& piece : static_cast<const ir::GlobalVariable*>(g)->initializer)
        if (piece.kind == ir::InitPiece::Kind::Address) {
          auto found = byName.find(piece.symbol);
          reach(found == byName.end() ? nullptr : found->second);
        }
      continue;
    }
    for (const auto& block : static_cast<const ir::Function*>(g)->blocks)
      for (const auto& inst : block->instructions)
        for (const ir::Value* op : inst->operands)
          if (op->valueKind() == ir::ValueKind::Function ||
              op->valueKind() == ir::ValueKind::GlobalVariable)
            reach(static_cast<const ir::GlobalSymbol*>(op));
  }
  auto unused = [&](const auto& g) {
    return discardable.count(g.get()) && !reached.count(g.get());
  };
  std::erase_if(module_.functions, unused);
  std::erase_if(module_.globals, unused);
}

namespace {

// psABI 3.1.2 "Aggregates and Unions": an array variable (global or local) of at least 16
// bytes is aligned to at least 16 — gcc-built code may rely on it for an extern array.
std::uint64_t variableAlign(const Symbol* s) {
  std::uint64_t align = std::max(typeAlign(s->type), s->alignas_);
  if (s->type->isArray() && typeSize(s->type) >= 16) align = std::max<std::uint64_t>(align, 16);
  return align;
}

bool isConstObject(const CType* t) {
  while (t->isArray()) t = t->inner;
  return t->isConst();
}

} // namespace

void Lowering::declareStaticSymbol(Symbol* s) {
  if (globals_.count(s)) return;
  if (s->kind == SymbolKind::Function) {
    if (!s->isDefined && !s->isUsed) return;
    ir::Function* f = module_.createFunction(
        s->irName, signatureOf(s->oldStyleType ? s->oldStyleType : s->type, s->isDefined));
    // C11 6.7.4p7: an inline definition provides no external definition; minicc keeps a
    // local copy instead so that calls in this unit resolve.
    bool inlineOnly = s->isInline && s->isDefined && s->linkage == Linkage::External;
    f->linkage = s->linkage == Linkage::Internal || inlineOnly ? ir::Linkage::Internal
                                                               : ir::Linkage::External;
    globals_[s] = f;
    return;
  }
  if (s->kind != SymbolKind::Object || (!s->isDefined && !s->isUsed)) return;
  std::uint64_t align = variableAlign(s);
  ir::GlobalVariable* g = module_.createGlobal(s->irName, typeSize(s->type), align);
  g->linkage = s->linkage == Linkage::External ? ir::Linkage::External : ir::Linkage::Internal;
  g->isThreadLocal = s->isThreadLocal;
  globals_[s] = g;
}

ir::GlobalSymbol* Lowering::globalFor(Symbol* s) {
  auto found = globals_.find(s);
  if (found != globals_.end()) return found->second;
  bool wasUsed = s->isUsed;
  s->isUsed = true;
  declareStaticSymbol(s);
  s->isUsed = wasUsed;
  found = globals_.find(s);
  if (found == globals_.end()) internalError("no global for '" + s->name + "'");
  return found->second;
}

ir::GlobalVariable* Lowering::defineStaticObject(Symbol* s) {
  auto* g = static_cast<ir::GlobalVariable*>(globals_.at(s));
  g->hasInitializer = true;
  g->initializer = staticInitializer(s->type, s->init);
  bool hasAddresses = std::any_of(g->initializer.begin(), g->initializer.end(),
                                  [](auto& p) { return p.kind == ir::InitPiece::Kind::Address; });
  // gcc puts a const thread-local object in .tdata too: each thread has its own copy.
  g->isConstant = isConstObject(s->type) && !hasAddresses && !s->isThreadLocal;
  return g;
}

ir::GlobalVariable* Lowering::stringLiteralGlobal(const StringLiteralExpr* literal) {
  auto found = strings_.find(literal);
  if (found != strings_.end()) return found->second;
  std::uint64_t elementSize = typeSize(literal->type->inner);
  std::uint64_t size = (literal->elements.size() + 1) * elementSize;
  ir::GlobalVariable* g =
      module_.createGlobal(".str." + std::to_string(stringCounter_++), size, elementSize);
  g->linkage = ir::Linkage::Private;
  g->isConstant = true;
  g->hasInitializer = true;
  ir::InitPiece bytes;
  bytes.kind = ir::InitPiece::Kind::Bytes;
  for (std::uint32_t c : literal->elements)
    for (std::uint64_t i = 0; i < elementSize; ++i) bytes.bytes.push_back((c >> (8 * i)) & 0xff);
  bytes.bytes.resize(size, 0);
  g->initializer.push_back(std::move(bytes));
  strings_[literal] = g;
  return g;
}

namespace {

void writeLittleEndian(std::vector<std::uint8_t>& bytes, std::uint64_t offset, std::uint64_t value,
                       std::uint64_t size) {
  for (std::uint64_t i = 0; i < size && offset + i < bytes.size(); ++i)
    bytes[offset + i] = static_cast<std::uint8_t>(value >> (8 * i));
}

std::uint64_t readLittleEndian(const std::vector<std::uint8_t>& bytes, std::uint64_t offset,
                               std::uint64_t size) {
  std::uint64_t value = 0;
  for (std::uint64_t i = 0; i < size && offset + i < bytes.size(); ++i)
    value |= std::uint64_t{bytes[offset + i]} << (8 * i);
  return value;
}

// The x87 80-bit extended format (sign, 15-bit exponent, explicit integer bit): ten bytes;
// the six bytes of padding of a 16-byte long double stay zero, as gcc emits them.
void writeExtended(std::vector<std::uint8_t>& bytes, std::uint64_t offset, long double value) {
  ir::ExtendedBits bits = ir::extendedBits(value);
  writeLittleEndian(bytes, offset, bits.significand, 8);
  writeLittleEndian(bytes, offset + 8, bits.signExponent, 2);
}

// C11 6.2.5p13: the real part, then the imaginary part, each of the real type `part`.
void writeComplexConstant(std::vector<std::uint8_t>& bytes, std::uint64_t offset, CTypeKind part,
                          const ComplexConstant& value) {
  for (int i = 0; i < 2; ++i) {
    long double v = i == 0 ? value.re : value.im;
    if (part == CTypeKind::Float)
      writeLittleEndian(bytes, offset + 4 * i, ir::floatBitsOf(v), 4);
    else if (part == CTypeKind::Double)
      writeLittleEndian(bytes, offset + 8 * i, ir::doubleBitsOf(v), 8);
    else
      writeExtended(bytes, offset + 16 * i, v);
  }
}

} // namespace

std::vector<ir::InitPiece> Lowering::staticInitializer(const CType* type,
                                                       const std::vector<InitEntry>& entries) {
  std::uint64_t size = typeSize(type);
  std::vector<std::uint8_t> bytes(size, 0);
  std::map<std::uint64_t, ir::InitPiece> addresses;
  for (const InitEntry& e : entries) {
    if (e.type->isArray() && e.expr->kind == ExprKind::StringLiteral) {
      auto* literal = static_cast<const StringLiteralExpr*>(e.expr);
      std::uint64_t elementSize = typeSize(e.type->inner);
      std::uint64_t count = std::min<std::uint64_t>(*e.type->arraySize, literal->elements.size());
      for (std::uint64_t i = 0; i < count; ++i)
        writeLittleEndian(bytes, e.offset + i * elementSize, literal->elements[i], elementSize);
      continue;
    }
    if (e.type->isComplex()) {
      auto parts = sema_.evaluateComplex(e.expr);
      if (!parts) internalError("static complex initializer is not a constant");
      writeComplexConstant(bytes, e.offset, e.type->unqualified()->inner->kind, *parts);
      continue;
    }
    auto value = sema_.evaluateConstant(e.expr);
    if (!value) internalError("static initializer is not a constant");
    std::uint64_t width = typeSize(e.type);
    switch (value->kind) {
    case ConstantValue::Kind::Integer:
      if (e.bitField) {
        // The field's unit: its type's, or just the bytes holding it (RecordMember).
        if (e.bitField->accessByBytes)
          width = (e.bitField->bitOffset + e.bitField->bitWidth + 7) / 8;
        std::uint64_t unit = readLittleEndian(bytes, e.offset, width);
        std::uint64_t mask =
            (e.bitField->bitWidth >= 64 ? ~std::uint64_t{0}
                                        : (std::uint64_t{1} << e.bitField->bitWidth) - 1)
            << e.bitField->bitOffset;
        unit = (unit & ~mask) |
               ((static_cast<std::uint64_t>(value->value) << e.bitField->bitOffset) & mask);
        writeLittleEndian(bytes, e.offset, unit, width);
      } else {
        writeLittleEndian(bytes, e.offset, static_cast<std::uint64_t>(value->value), width);
      }
      break;
    case ConstantValue::Kind::Float: {
      // Sema evaluated the entry in its type, so the value is one that type holds.
      CTypeKind k = e.type->unqualified()->kind;
      if (k == CTypeKind::Float)
        writeLittleEndian(bytes, e.offset, ir::floatBitsOf(value->floatValue), 4);
      else if (k == CTypeKind::Double)
        writeLittleEndian(bytes, e.offset, ir::doubleBitsOf(value->floatValue), 8);
      else
        writeExtended(bytes, e.offset, value->floatValue);
      break;
    }
    case ConstantValue::Kind::Address: {
      ir::InitPiece piece;
      piece.kind = ir::InitPiece::Kind::Address;
      piece.symbol = value->symbol ? globalFor(value->symbol)->name()
                                   : stringLiteralGlobal(value->string)->name();
      piece.addend = value->offset;
      addresses[e.offset] = piece;
      break;
    }
    }
  }
  std::vector<ir::InitPiece> pieces;
  auto addRun = [&](std::uint64_t from, std::uint64_t to) {
    if (from >= to) return;
    ir::InitPiece piece;
    if (std::all_of(bytes.begin() + from, bytes.begin() + to,
                    [](std::uint8_t b) { return b == 0; })) {
      piece.kind = ir::InitPiece::Kind::Zero;
      piece.zeroCount = to - from;
    } else {
      piece.kind = ir::InitPiece::Kind::Bytes;
      piece.bytes.assign(bytes.begin() + from, bytes.begin() + to);
    }
    pieces.push_back(std::move(piece));
  };
  std::uint64_t at = 0;
  for (auto& [offset, piece] : addresses) {
    addRun(at, offset);
    pieces.push_back(piece);
    at = offset + 8;
  }
  addRun(at, size);
  return pieces;
}

// ---------------------------------------------------------------------------------------------
// Functions

std::string Lowering::uniqueName(const std::string& name) {
  unsigned& uses = names_[name];
  return uses++ == 0 ? name : name + "." + std::to_string(uses - 1);
}

ir::BasicBlock* Lowering::newBlock(const std::string& name) {
  return function_->createBlock(uniqueName(name));
}

void Lowering::enterBlock(ir::BasicBlock* bb) {
  blockOrder_.emplace(bb, blockOrder_.size());
  builder_.setInsertPoint(bb);
}

void Lowering::orderBlocks(ir::Function* f) {
  auto rank = [&](const std::unique_ptr<ir::BasicBlock>& bb) {
    auto found = blockOrder_.find(bb.get());
    return found == blockOrder_.end() ? blockOrder_.size() : found->second;
  };
  std::stable_sort(f->blocks.begin(), f->blocks.end(),
                   [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
}

void Lowering::lowerFunction(FunctionDefinition* def) {
  Symbol* s = def->symbol;
  function_ = static_cast<ir::Function*>(globalFor(s));
  returnType_ = s->type->inner;
  isMain_ = s->name == "main" && s->linkage == Linkage::External;
  locals_.clear();
  compoundLiterals_.clear();
  labels_.clear();
  names_.clear();
  jumps_.clear();
  caseBlocks_.clear();
  blockOrder_.clear();
  noreturnCalls_.clear();
  vlaCounts_.clear();
  vlaAddresses_.clear();
  stackSaves_.clear();
  stackSaveDepthOfBlock_.clear();
  labelStackDepth_.clear();
  pendingGotos_.clear();

  function_->debugLoc = def->loc.isValid() ? def->loc : def->declarator.nameLoc;
  builder_.setDebugLocation(function_->debugLoc);
  enterBlock(newBlock("entry"));
  const CType* signatureType = s->oldStyleType ? s->oldStyleType : s->type;
  for (std::size_t i = 0; i < s->params.size() && i < function_->arguments.size(); ++i) {
    Symbol* param = s->params[i];
    ir::Argument* arg = function_->arguments[i].get();
    std::string name = param->name.empty() ? "arg" : param->name;
    arg->setName(uniqueName(name));
    if (param->type->isAddressValued()) { // IR.h: the argument points to the callee's own copy
      locals_[param] = arg;
      continue;
    }
    ir::Instruction* slot =
        builder_.alloca(std::max<std::uint64_t>(typeSize(param->type), 1), typeAlign(param->type));
    slot->setName(uniqueName(name + ".addr"));
    // An old-style definition receives promoted (or prototype) types: convert to the declared.
    const CType* received = i < signatureType->params.size() ? signatureType->params[i] : nullptr;
    ir::Value* value = arg;
    if (received && received->isScalar() && received->unqualified() != param->type->unqualified())
      value = convertValue(arg, received, param->type);
    builder_.store(value, slot);
    locals_[param] = slot;
  }
  // C11 6.9.1p10: the size expressions of variably modified parameters are evaluated on entry.
  if (!def->declarator.parts.empty() &&
      def->declarator.parts.back().kind == DeclaratorPartKind::Function)
    for (ParamDecl* p : def->declarator.parts.back().params) evaluateArraySizes(p->declarator);
  lowerStmt(def->body);
  if (!builder_.blockIsTerminated()) {
    ir::Type result = irType(returnType_);
    if (result.isVoid()) {
      builder_.ret();
    } else if (isMain_ && result == ir::Type::i32()) {
      builder_.ret(builder_.constInt(result, 0));
    } else {
      warnIfEndReachable(def, builder_.block());
      builder_.ret(module_.undef(result.isAggregate() ? ir::Type::ptr() : result));
    }
  }
  removeUnreachableBlocks(function_);
  orderBlocks(function_);
  function_ = nullptr;
}

void Lowering::removeUnreachableBlocks(ir::Function* f) {
  std::set<ir::BasicBlock*> reached;
  std::vector<ir::BasicBlock*> work{f->entry()};
  while (!work.empty()) {
    ir::BasicBlock* bb = work.back();
    work.pop_back();
    if (!reached.insert(bb).second) continue;
    for (ir::BasicBlock* next : bb->successors()) work.push_back(next);
  }
  for (auto& bb : f->blocks) {
    if (!reached.count(bb.get())) continue;
    for (auto& inst : bb->instructions) {
      if (inst->opcode() != ir::Opcode::Phi) continue;
      for (std::size_t i = inst->targets.size(); i-- > 0;)
        if (!reached.count(inst->targets[i])) {
          inst->targets.erase(inst->targets.begin() + static_cast<std::ptrdiff_t>(i));
          inst->operands.erase(inst->operands.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
  }
  std::erase_if(f->blocks, [&](const std::unique_ptr<ir::BasicBlock>& bb) {
    return !reached.count(bb.get());
  });
}

// ---------------------------------------------------------------------------------------------
// Locals

ir::Value* Lowering::localAddress(Symbol* s) {
  if (auto vla = vlaAddresses_.find(s); vla != vlaAddresses_.end())
    return builder_.load(ir::Type::ptr(), vla->second);
  auto found = locals_.find(s);
  if (found != locals_.end()) return found->second;
  ir::Instruction* slot =
      builder_.alloca(std::max<std::uint64_t>(typeSize(s->type), 1), variableAlign(s));
  slot->setName(uniqueName(s->name.empty() ? "tmp" : s->name));
  locals_[s] = slot;
  return slot;
}

void Lowering::lowerLocalDeclaration(Declaration* decl) {
  if (decl->kind != DeclKind::Declaration) return;
  for (InitDeclarator& id : decl->declarators) {
    Symbol* s = id.symbol;
    if (!s || (s->kind == SymbolKind::Object && s->linkage != Linkage::None)) continue;
    evaluateArraySizes(id.declarator); // typedefs too (C11 6.7.8p3)
    if (s->kind != SymbolKind::Object || s->hasStaticStorage) continue;
    if (s->type->hasVariableSize()) {
      allocateVariableLengthArray(s);
      continue;
    }
    ir::Value* address = localAddress(s);
    if (s->hasInitializer) initializeLocal(address, s->type, s->init);
  }
}

void Lowering::initializeLocal(ir::Value* address, const CType* type,
                               const std::vector<InitEntry>& entries) {
  // The bytes whole-byte entries store; the rest are zeroed first (C11 6.7.9p21), so that
  // bit-field stores (read-modify-write of their unit) and string tails see zeros.
  std::vector<std::pair<std::uint64_t, std::uint64_t>> covered;
  for (const InitEntry& e : entries) {
    if (e.bitField) continue;
    std::uint64_t length = typeSize(e.type);
    if (e.type->isArray() && e.expr->kind == ExprKind::StringLiteral) {
      auto* literal = static_cast<const StringLiteralExpr*>(e.expr);
      length = std::min(length, (literal->elements.size() + 1) * typeSize(e.type->inner));
    }
    covered.emplace_back(e.offset, e.offset + length);
  }
  std::sort(covered.begin(), covered.end());
  std::uint64_t at = 0;
  for (auto [from, to] : covered) {
    if (from > at) zeroFill(address, at, from - at);
    at = std::max(at, to);
  }
  zeroFill(address, at, at < typeSize(type) ? typeSize(type) - at : 0);

  for (const InitEntry& e : entries) {
    ir::Value* target = offsetAddress(address, static_cast<std::int64_t>(e.offset));
    if (e.type->isArray() && e.expr->kind == ExprKind::StringLiteral) {
      auto* literal = static_cast<const StringLiteralExpr*>(e.expr);
      std::uint64_t length =
          std::min(typeSize(e.type), (literal->elements.size() + 1) * typeSize(e.type->inner));
      builder_.memCopy(target, stringLiteralGlobal(literal), length, 1);
    } else if (e.type->isAddressValued()) {
      builder_.memCopy(target, lowerRValue(e.expr), typeSize(e.type), typeAlign(e.type));
    } else {
      storeLValue({target, e.type, e.bitField, false}, lowerRValue(e.expr));
    }
  }
}

// Zeroes `length` bytes at base+offset: with stores of 8, 4, 2, 1 bytes, or a loop of 8-byte
// stores for long runs.
void Lowering::zeroFill(ir::Value* base, std::uint64_t offset, std::uint64_t length) {
  if (length == 0) return;
  std::uint64_t at = offset, end = offset + length;
  if (length > 128) {
    std::uint64_t loopBytes = length / 8 * 8;
    ir::Value* start = offsetAddress(base, static_cast<std::int64_t>(offset));
    ir::BasicBlock* before = builder_.block();
    ir::BasicBlock* loop = newBlock("zero.loop");
    ir::BasicBlock* done = newBlock("zero.done");
    builder_.jmp(loop);
    enterBlock(loop);
    ir::Instruction* index = builder_.phi(loop, ir::Type::i64());
    ir::Builder::addIncoming(index, builder_.constInt(ir::Type::i64(), 0), before);
    builder_.store(builder_.constInt(ir::Type::i64(), 0), builder_.ptrAdd(start, index));
    ir::Value* next =
        builder_.binary(ir::Opcode::Add, index, builder_.constInt(ir::Type::i64(), 8));
    ir::Builder::addIncoming(index, next, loop);
    ir::Value* more =
        builder_.icmp(ir::Predicate::ULt, next,
                      builder_.constInt(ir::Type::i64(), static_cast<std::int64_t>(loopBytes)));
    builder_.br(more, loop, done);
    enterBlock(done);
    at += loopBytes;
  }
  while (at < end) {
    std::uint64_t width = end - at >= 8 ? 8 : end - at >= 4 ? 4 : end - at >= 2 ? 2 : 1;
    ir::Type t = ir::Type::intOfBits(static_cast<unsigned>(width * 8));
    builder_.store(builder_.constInt(t, 0), offsetAddress(base, static_cast<std::int64_t>(at)));
    at += width;
  }
}

} // namespace minicc::frontend
