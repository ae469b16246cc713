// frontend/PragmaPack.h — the state of `#pragma pack` (gcc's "maximum field alignment").
//
// Provides: PackPragmas, which interprets the text of each `#pragma pack` line the lexer meets
// and answers the alignment in effect (0: none, members keep their natural alignment). Forms,
// as gcc accepts them: `pack(N)`, `pack()`, `pack(push[, id][, N])`, `pack(pop[, id])`, N one
// of 1, 2, 4, 8, 16 (0 means none). Malformed pragmas are ignored with gcc's warnings.
// Needs: ir/Diagnostics.h.
#pragma once

#include "ir/Diagnostics.h"

#include <string>
#include <string_view>
#include <vector>

namespace minicc::frontend {

class PackPragmas {
public:
  // `text` is the rest of the line after the word `pack`; `packLoc` is the location of that
  // word (column of text[0] is packLoc.column + 4).
  void handle(std::string_view text, SourceLocation packLoc, DiagnosticEngine& diags);

  unsigned current() const { return current_; }

private:
  struct Saved {
    std::string id; // empty: pushed without an identifier
    unsigned alignment;
  };
  bool validAlignment(unsigned long value, SourceLocation packLoc, DiagnosticEngine& diags);
  void pop(const std::string& id, SourceLocation packLoc, DiagnosticEngine& diags);

  unsigned current_ = 0;
  std::vector<Saved> stack_;
};

} // namespace minicc::frontend
