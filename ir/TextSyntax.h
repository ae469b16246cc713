// ir/TextSyntax.h — lexical conventions shared by the IR printer and parser (internal to ir/).
//
// Provides: which names print bare, how names, byte strings and floating constants are spelled.
// Needs: Type.h. The grammar these spellings belong to is in docs/ir.md.
#pragma once

#include "ir/IR.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace minicc::ir::text {

// `i32`, `ptr`, `f64`, `void`; `aggregate` for any aggregate (for messages).
std::string typeKeyword(Type type);

// Characters a bare name may contain; a bare name does not start with a digit.
bool isNameChar(char c);
// True when `name` can be written without quotes (`%x.addr`, `@.str.0`).
bool isPlainName(std::string_view name);
// Digits only: such a name is a number the printer assigns (`%3`), never a user name.
bool isNumericName(std::string_view name);

// `"..."` with every byte outside printable ASCII, and `"` and `\`, written as `\XX`.
std::string quoteBytes(std::string_view bytes);
// The name as written after a sigil or as a label: bare if plain or numeric, else quoted.
std::string spellName(std::string_view name);

// The shortest decimal that reads back to the same value of the constant's type (`1.5`, `0.1`,
// `1e+100`, `-0.0`; f32 with float's shortest spelling, f80 with long double's, so
// `0.33333333333333333334`), or `inf`/`-inf`. NaNs are bit patterns: f32/f64 the 64-bit
// pattern of the double (`0x7FF8000000000000`), f80 its 80 bits, sign and exponent first
// (`0x7FFFC000000000000000`).
std::string formatFloat(Type type, long double value);

class FunctionPrinter;

// Quotes parts of a function the way the printer writes them (same names and numbers), for
// messages such as the verifier's.
class FunctionFormatter {
public:
  explicit FunctionFormatter(const Function& function);
  ~FunctionFormatter();
  std::string instruction(const Instruction& inst) const; // `%x = add i32 %a, 1`
  std::string block(const BasicBlock* bb) const;          // `%entry`
  std::string value(const Value* v) const;                // `%x`, `@g`, `42`

private:
  std::unique_ptr<std::unordered_map<const AggregateLayout*, std::string>> layouts_;
  std::unique_ptr<FunctionPrinter> printer_;
};

} // namespace minicc::ir::text
