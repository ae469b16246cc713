// ir/ParserImpl.h — the IR text parser's internals (internal to ir/; entry point in TextIO.h).
//
// Provides: IRParser, a recursive-descent parser over the tokens of Lexer.h.
// Needs: IR.h, Builder.h, Lexer.h.
//
// The module is read in three sweeps so that anything may be referenced before it is defined:
//   1. find the top-level items and create every aggregate layout by name;
//   2. fill layouts, create globals and functions from their headers;
//   3. read global initializers and function bodies.
// Inside a body, blocks are created from a scan of the labels first; a value used before its
// definition gets a placeholder that is replaced once the definition is read.
// The first error throws SyntaxError (parseModule turns it into a diagnostic).
#pragma once

#include "ir/Builder.h"
#include "ir/Diagnostics.h"
#include "ir/IR.h"
#include "ir/Lexer.h"

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace minicc::ir::text {

// How a token is named in "expected X, found Y" messages.
std::string describe(const Token& t);

class IRParser {
public:
  IRParser(std::vector<Token> tokens, Module& module);
  void run();

private:
  struct Item {
    enum class Kind { SourceFileName, Weak, Layout, Global, Function } kind;
    std::size_t start;     // first token
    std::size_t end;       // one past the last token
    std::size_t bodyStart; // initializer `[` or body `{`; end when absent
    AggregateLayout* layout = nullptr;
    GlobalVariable* global = nullptr;
    Function* function = nullptr;
    std::vector<const Token*> paramNames; // definitions: the `%name` of each parameter or null
  };

  // --- Token cursor (ParseModule.cpp).
  const Token& tok() const { return tokens_[pos_]; }
  const Token& peekToken(std::size_t ahead) const;
  bool at(TokenKind kind) const { return tok().kind == kind; }
  bool atWord(const char* word) const { return at(TokenKind::Word) && tok().text == word; }
  bool accept(TokenKind kind);
  bool acceptWord(const char* word);
  const Token& expect(TokenKind kind, const char* what);
  void expectWord(const char* word);
  [[noreturn]] void fail(const Token& at, const std::string& message) const;
  const Token& advance() { return tokens_[pos_ < tokens_.size() - 1 ? pos_++ : pos_]; }

  // --- Literals.
  std::uint64_t parseUnsigned(const char* what);
  std::int64_t integerFor(const Token& literal, Type type) const;
  long double floatFor(const Token& literal, Type type, bool negate) const;

  // --- Module level (ParseModule.cpp).
  std::size_t findItemEnd(std::size_t from) const;
  bool startsItem(std::size_t index) const;
  void collectItems();
  void parseLayoutBody(Item& item);
  void parseGlobalHeader(Item& item);
  void parseGlobalInitializer(Item& item);
  void parseFunctionHeader(Item& item);
  void expectItemEnd(const Item& item);
  Linkage parseLinkage();
  Type parseType(bool allowVoid, bool allowAggregate);
  Extension parseExtension();
  // `(params) -> ret`; names of params are stored in paramNames when given (definitions).
  Signature parseSignature(std::vector<const Token*>* paramNames);
  InitPiece parseInitPiece();
  GlobalSymbol* lookupSymbol(const Token& name) const;

  // --- Function bodies (ParseFunction.cpp).
  void parseFunctionBody(Item& item);
  void createBlocksFromLabels(std::size_t bodyStart);
  bool atLabel() const;
  void parseInstruction();
  Instruction* parseOperation(Opcode op);
  Instruction* parseCompare(Opcode op);
  Instruction* parseMemoryAccess(Opcode op);
  Instruction* parseCall();
  Instruction* parsePhi();
  Instruction* parseSwitch();
  Value* parseValue(Type type);
  Value* parseTypedValue();
  Value* localValue(const Token& name, Type type);
  BasicBlock* parseBlockRef();
  void defineValue(const Token& name, Value* value);
  void finishFunction();

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  Module& module_;
  Builder builder_;
  std::vector<Item> items_;
  std::unordered_map<std::string, AggregateLayout*> layouts_;
  std::unordered_map<std::string, GlobalSymbol*> symbols_;

  // Per function.
  struct ForwardRef {
    std::unique_ptr<Instruction> placeholder;
    const Token* firstUse;
  };
  Function* function_ = nullptr;
  std::unordered_map<std::string, BasicBlock*> blocks_;
  std::unordered_map<std::string, Value*> values_;
  std::unordered_map<std::string, ForwardRef> forwardRefs_;
  std::map<const Value*, Value*> resolved_;
};

} // namespace minicc::ir::text
