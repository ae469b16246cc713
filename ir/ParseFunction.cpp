// ir/ParseFunction.cpp — the IR parser's function bodies: labels, instructions, operands.
#include "ir/ParserImpl.h"
#include "ir/TextSyntax.h"

#include <limits>

namespace minicc::ir::text {
namespace {

std::string quotedRef(char sigil, const std::string& name) {
  return std::string("'") + sigil + spellName(name) + "'";
}

bool lookupOpcode(const std::string& name, Opcode& op) {
  for (int i = 0; i <= static_cast<int>(Opcode::Unreachable); ++i) {
    if (name == opcodeName(static_cast<Opcode>(i))) {
      op = static_cast<Opcode>(i);
      return true;
    }
  }
  return false;
}

// icmp takes eq..uge; fcmp takes oeq..uno (whose `ult` is Predicate::ULtF).
bool lookupPredicate(Opcode op, const std::string& name, Predicate& pred) {
  int first = static_cast<int>(op == Opcode::ICmp ? Predicate::Eq : Predicate::OEq);
  int last = static_cast<int>(op == Opcode::ICmp ? Predicate::UGe : Predicate::Uno);
  for (int i = first; i <= last; ++i) {
    if (name == predicateName(static_cast<Predicate>(i))) {
      pred = static_cast<Predicate>(i);
      return true;
    }
  }
  return false;
}

} // namespace

// ---------------------------------------------------------------- bodies and blocks

bool IRParser::atLabel() const {
  TokenKind k = tok().kind;
  return (k == TokenKind::Word || k == TokenKind::Int || k == TokenKind::String) &&
         peekToken(1).kind == TokenKind::Colon;
}

// Blocks are created in label order before the body is read, so branches may go forward.
void IRParser::createBlocksFromLabels(std::size_t bodyStart) {
  std::size_t saved = pos_;
  pos_ = bodyStart + 1;
  int depth = 0;
  while (!at(TokenKind::Eof) && !(depth == 0 && at(TokenKind::RBrace))) {
    TokenKind k = tok().kind;
    if (depth == 0 && atLabel()) {
      const Token& label = tok();
      if (label.kind == TokenKind::Int && !isNumericName(label.text))
        fail(label, "malformed block label '" + label.text + "'");
      if (blocks_.count(label.text))
        fail(label, "redefinition of block " + quotedRef('%', label.text));
      blocks_[label.text] = function_->createBlock(isNumericName(label.text) ? "" : label.text);
    }
    if (k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace) ++depth;
    if ((k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace) && depth)
      --depth;
    advance();
  }
  pos_ = saved;
}

void IRParser::parseFunctionBody(Item& item) {
  function_ = item.function;
  blocks_.clear();
  values_.clear();
  forwardRefs_.clear();
  resolved_.clear();
  createBlocksFromLabels(pos_);
  for (std::size_t i = 0; i < item.paramNames.size(); ++i)
    if (item.paramNames[i]) defineValue(*item.paramNames[i], function_->arguments[i].get());

  const Token& open = expect(TokenKind::LBrace, "'{'");
  if (at(TokenKind::RBrace)) fail(open, "the body of @" + function_->name() + " has no blocks");
  bool inBlock = false;
  while (!at(TokenKind::RBrace)) {
    if (at(TokenKind::Eof)) fail(tok(), "expected '}' to end the body of @" + function_->name());
    if (atLabel()) {
      builder_.setInsertPoint(blocks_.at(advance().text));
      advance(); // ':'
      inBlock = true;
      continue;
    }
    if (!inBlock) fail(tok(), "expected a block label, found " + describe(tok()));
    parseInstruction();
  }
  advance();
  finishFunction();
  expectItemEnd(item);
}

void IRParser::finishFunction() {
  const ForwardRef* firstUnresolved = nullptr;
  for (auto& [name, ref] : forwardRefs_) {
    if (resolved_.count(ref.placeholder.get())) continue;
    // Report the earliest in the text, whatever the hash order.
    if (!firstUnresolved || ref.firstUse < firstUnresolved->firstUse) firstUnresolved = &ref;
  }
  if (firstUnresolved)
    fail(*firstUnresolved->firstUse,
         "use of undefined value " + quotedRef('%', firstUnresolved->firstUse->text));
  function_->replaceUses(resolved_);
  forwardRefs_.clear();
  resolved_.clear();
}

// ---------------------------------------------------------------- names

void IRParser::defineValue(const Token& name, Value* value) {
  if (values_.count(name.text) || blocks_.count(name.text))
    fail(name, "redefinition of " + quotedRef('%', name.text));
  values_[name.text] = value;
  if (!isNumericName(name.text)) value->setName(name.text);
  auto it = forwardRefs_.find(name.text);
  if (it == forwardRefs_.end()) return;
  Type usedAs = it->second.placeholder->type();
  if (usedAs != value->type())
    fail(*it->second.firstUse, quotedRef('%', name.text) + " is used as " + typeKeyword(usedAs) +
                                   " but defined as " + typeKeyword(value->type()));
  resolved_[it->second.placeholder.get()] = value;
}

Value* IRParser::localValue(const Token& name, Type type) {
  auto it = values_.find(name.text);
  if (it != values_.end()) {
    if (it->second->type() != type)
      fail(name, "type mismatch: " + quotedRef('%', name.text) + " has type " +
                     typeKeyword(it->second->type()) + ", not " + typeKeyword(type));
    return it->second;
  }
  if (blocks_.count(name.text)) fail(name, quotedRef('%', name.text) + " is a block, not a value");
  ForwardRef& ref = forwardRefs_[name.text];
  if (!ref.placeholder) {
    ref.placeholder = std::make_unique<Instruction>(Opcode::Unreachable, type);
    ref.firstUse = &name;
  } else if (ref.placeholder->type() != type) {
    fail(name, "type mismatch: " + quotedRef('%', name.text) + " is used as " + typeKeyword(type) +
                   " here but as " + typeKeyword(ref.placeholder->type()) + " before");
  }
  return ref.placeholder.get();
}

BasicBlock* IRParser::parseBlockRef() {
  const Token& name = expect(TokenKind::LocalName, "a block");
  auto it = blocks_.find(name.text);
  if (it != blocks_.end()) return it->second;
  if (values_.count(name.text)) fail(name, quotedRef('%', name.text) + " is a value, not a block");
  fail(name, "use of undefined block " + quotedRef('%', name.text));
}

// ---------------------------------------------------------------- operands

Value* IRParser::parseValue(Type type) {
  const Token& v = tok();
  switch (v.kind) {
  case TokenKind::LocalName: advance(); return localValue(v, type);
  case TokenKind::GlobalName: {
    advance();
    GlobalSymbol* symbol = lookupSymbol(v);
    if (!type.isPointer())
      fail(v,
           "type mismatch: " + quotedRef('@', v.text) + " has type ptr, not " + typeKeyword(type));
    return symbol;
  }
  case TokenKind::Int:
    advance();
    if (type.isFloat()) return module_.constantFloat(type, floatFor(v, type, false));
    return module_.constantInt(type, integerFor(v, type));
  case TokenKind::Float:
    if (!type.isFloat()) fail(v, "floating constant " + v.text + " for type " + typeKeyword(type));
    advance();
    return module_.constantFloat(type, floatFor(v, type, false));
  case TokenKind::Minus:
    if (type.isFloat() && peekToken(1).kind == TokenKind::Word && peekToken(1).text == "inf") {
      advance();
      advance();
      return module_.constantFloat(type, -std::numeric_limits<long double>::infinity());
    }
    break;
  case TokenKind::Word:
    if (v.text == "undef") {
      advance();
      return module_.undef(type);
    }
    if (type == Type::i1() && (v.text == "true" || v.text == "false")) {
      advance();
      return module_.constantInt(type, v.text == "true");
    }
    if (type.isPointer() && v.text == "null") {
      advance();
      return module_.constantInt(type, 0);
    }
    if (type.isFloat() && (v.text == "inf" || v.text == "nan")) {
      advance();
      return module_.constantFloat(type, v.text == "inf"
                                             ? std::numeric_limits<long double>::infinity()
                                             : std::numeric_limits<long double>::quiet_NaN());
    }
    break;
  default: break;
  }
  fail(v, "expected a value of type " + typeKeyword(type) + ", found " + describe(v));
}

Value* IRParser::parseTypedValue() {
  Type type = parseType(false, false);
  return parseValue(type);
}

// ---------------------------------------------------------------- instructions

void IRParser::parseInstruction() {
  const Token* name = nullptr;
  if (at(TokenKind::LocalName)) {
    name = &advance();
    expect(TokenKind::Equal, "'='");
  }
  const Token& opToken = expect(TokenKind::Word, "an instruction");
  Opcode op;
  if (!lookupOpcode(opToken.text, op)) fail(opToken, "unknown instruction '" + opToken.text + "'");
  Instruction* inst = parseOperation(op);
  if (!name) return;
  if (!inst->hasResult()) fail(*name, "'" + opToken.text + "' does not produce a value");
  defineValue(*name, inst);
}

Instruction* IRParser::parseOperation(Opcode op) {
  switch (op) {
  case Opcode::Add:
  case Opcode::Sub:
  case Opcode::Mul:
  case Opcode::SDiv:
  case Opcode::UDiv:
  case Opcode::SRem:
  case Opcode::URem:
  case Opcode::And:
  case Opcode::Or:
  case Opcode::Xor:
  case Opcode::Shl:
  case Opcode::LShr:
  case Opcode::AShr:
  case Opcode::FAdd:
  case Opcode::FSub:
  case Opcode::FMul:
  case Opcode::FDiv: {
    Type type = parseType(false, false);
    Value* a = parseValue(type);
    expect(TokenKind::Comma, "','");
    Value* b = parseValue(type);
    return builder_.make(op, type, {a, b});
  }
  case Opcode::Neg:
  case Opcode::Not:
  case Opcode::FNeg: {
    Type type = parseType(false, false);
    return builder_.make(op, type, {parseValue(type)});
  }
  case Opcode::ICmp:
  case Opcode::FCmp: return parseCompare(op);
  case Opcode::SExt:
  case Opcode::ZExt:
  case Opcode::Trunc:
  case Opcode::SIToFP:
  case Opcode::UIToFP:
  case Opcode::FPToSI:
  case Opcode::FPToUI:
  case Opcode::FPExt:
  case Opcode::FPTrunc:
  case Opcode::PtrToInt:
  case Opcode::IntToPtr: {
    Value* v = parseTypedValue();
    expectWord("to");
    return builder_.make(op, parseType(false, false), {v});
  }
  case Opcode::PtrAdd: {
    Value* p = parseTypedValue();
    expect(TokenKind::Comma, "','");
    return builder_.make(op, Type::ptr(), {p, parseTypedValue()});
  }
  case Opcode::Select: {
    Value* c = parseTypedValue();
    expect(TokenKind::Comma, "','");
    Type type = parseType(false, false);
    Value* a = parseValue(type);
    expect(TokenKind::Comma, "','");
    return builder_.make(op, type, {c, a, parseValue(type)});
  }
  case Opcode::Alloca: {
    expectWord("size");
    std::uint64_t size = parseUnsigned("a size");
    expect(TokenKind::Comma, "','");
    expectWord("align");
    Instruction* inst = builder_.make(op, Type::ptr(), {});
    inst->allocSize = size;
    inst->allocAlign = parseUnsigned("an alignment");
    return inst;
  }
  case Opcode::Load:
  case Opcode::Store:
  case Opcode::MemCopy: return parseMemoryAccess(op);
  case Opcode::Call: return parseCall();
  case Opcode::VaStart:
  case Opcode::VaEnd: return builder_.make(op, Type::voidTy(), {parseTypedValue()});
  case Opcode::VaCopy: {
    Value* dst = parseTypedValue();
    expect(TokenKind::Comma, "','");
    return builder_.make(op, Type::voidTy(), {dst, parseTypedValue()});
  }
  case Opcode::VaArg: {
    Type type = parseType(false, true);
    expect(TokenKind::Comma, "','");
    return builder_.vaArg(type, parseTypedValue());
  }
  case Opcode::DynAlloca: {
    Value* size = parseTypedValue();
    expect(TokenKind::Comma, "','");
    expectWord("align");
    Instruction* inst = builder_.make(op, Type::ptr(), {size});
    inst->allocAlign = parseUnsigned("an alignment");
    return inst;
  }
  case Opcode::StackSave: return builder_.make(op, Type::ptr(), {});
  case Opcode::StackRestore: return builder_.make(op, Type::voidTy(), {parseTypedValue()});
  case Opcode::Phi: return parsePhi();
  case Opcode::Br: {
    Value* c = parseTypedValue();
    expect(TokenKind::Comma, "','");
    BasicBlock* ifTrue = parseBlockRef();
    expect(TokenKind::Comma, "','");
    return builder_.br(c, ifTrue, parseBlockRef());
  }
  case Opcode::Jmp: return builder_.jmp(parseBlockRef());
  case Opcode::Switch: return parseSwitch();
  case Opcode::Ret:
    if (acceptWord("void")) return builder_.ret();
    return builder_.ret(parseTypedValue());
  case Opcode::Unreachable: return builder_.unreachable();
  }
  internalError("IR parser: unhandled opcode");
}

Instruction* IRParser::parseCompare(Opcode op) {
  const Token& p = expect(TokenKind::Word, "a predicate");
  Predicate pred;
  if (!lookupPredicate(op, p.text, pred))
    fail(p, std::string("unknown ") + opcodeName(op) + " predicate '" + p.text + "'");
  Value* a = parseTypedValue();
  expect(TokenKind::Comma, "','");
  Value* b = parseValue(a->type());
  return op == Opcode::ICmp ? builder_.icmp(pred, a, b) : builder_.fcmp(pred, a, b);
}

Instruction* IRParser::parseMemoryAccess(Opcode op) {
  bool isVolatile = acceptWord("volatile");
  Instruction* inst;
  if (op == Opcode::Load) {
    Type type = parseType(false, false);
    expect(TokenKind::Comma, "','");
    inst = builder_.make(op, type, {parseTypedValue()});
  } else {
    Value* first = parseTypedValue();
    expect(TokenKind::Comma, "','");
    Value* second = parseTypedValue();
    inst = builder_.make(op, Type::voidTy(), {first, second});
    if (op == Opcode::MemCopy) {
      expect(TokenKind::Comma, "','");
      expectWord("size");
      inst->copySize = parseUnsigned("a size");
    }
  }
  inst->isVolatile = isVolatile;
  if (accept(TokenKind::Comma)) {
    expectWord("align");
    inst->allocAlign = parseUnsigned("an alignment");
  }
  return inst;
}

Instruction* IRParser::parseCall() {
  Signature sig = parseSignature(nullptr);
  Value* callee = parseValue(Type::ptr());
  expect(TokenKind::LParen, "'('");
  std::vector<Value*> args;
  std::vector<Type> variadicTypes;
  while (!at(TokenKind::RParen)) {
    if (args.size() < sig.params.size()) {
      args.push_back(parseTypedValue());
    } else {
      // Past the fixed parameters an aggregate passed through `...` is written with its type;
      // the operand is its address.
      Type declared = parseType(false, true);
      args.push_back(parseValue(declared.isAggregate() ? Type::ptr() : declared));
      variadicTypes.push_back(declared);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RParen, "')'");
  return builder_.call(callee, sig, args, std::move(variadicTypes));
}

Instruction* IRParser::parsePhi() {
  Type type = parseType(false, false);
  Instruction* phi = builder_.make(Opcode::Phi, type, {});
  if (!at(TokenKind::LBracket)) return phi;
  do {
    expect(TokenKind::LBracket, "'['");
    Value* v = parseValue(type);
    expect(TokenKind::Comma, "','");
    BasicBlock* from = parseBlockRef();
    expect(TokenKind::RBracket, "']'");
    Builder::addIncoming(phi, v, from);
  } while (accept(TokenKind::Comma));
  return phi;
}

Instruction* IRParser::parseSwitch() {
  const Token& typeToken = tok();
  Value* v = parseTypedValue();
  if (!v->type().isInteger()) fail(typeToken, "switch needs an integer value");
  expect(TokenKind::Comma, "','");
  Instruction* sw = builder_.switchOn(v, parseBlockRef());
  expect(TokenKind::LBracket, "'['");
  while (!at(TokenKind::RBracket)) {
    const Token& c = expect(TokenKind::Int, "a case value");
    std::int64_t value = integerFor(c, v->type());
    expect(TokenKind::Colon, "':'");
    Builder::addCase(sw, value, parseBlockRef());
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RBracket, "']'");
  return sw;
}

} // namespace minicc::ir::text
