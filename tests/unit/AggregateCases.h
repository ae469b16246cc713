// Structs and unions for the backend's by-value tests: every row of the classification table
// in docs/sysv-abi.md, its traps, and odd sizes. Each case yields its IR layout (C layout
// rules) and C text: the typedef, `init_<name>(T*, int k)`, `eq_<name>(T, T)` comparing every
// field (the first member only for unions), and `tr_<name>(T, int k)` returning a changed copy.
#pragma once

#include "CodegenTestSupport.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace minicc::testing {

struct StructField {
  std::string type; // _Bool char short int long float double "long double", or an earlier case
  unsigned count = 1;
};

struct StructCase {
  std::string name;
  std::vector<StructField> fields;
  bool isUnion = false;
  std::string expectedClasses; // documentation and a check: e.g. "SSE INTEGER", "MEMORY"
};

// The cases. Names are C identifiers.
inline const std::vector<StructCase>& structCases() {
  static const std::vector<StructCase> cases = {
      {"c1", {{"char"}}, false, "INTEGER"},
      {"cc", {{"char"}, {"char"}}, false, "INTEGER"},
      {"c3", {{"char", 3}}, false, "INTEGER"},
      {"c5", {{"char", 5}}, false, "INTEGER"},
      {"c6", {{"char", 6}}, false, "INTEGER"},
      {"c7", {{"char", 7}}, false, "INTEGER"},
      {"c9", {{"char", 9}}, false, "INTEGER INTEGER"},
      {"c11", {{"char", 11}}, false, "INTEGER INTEGER"},
      {"s7", {{"short", 7}}, false, "INTEGER INTEGER"},
      {"i3", {{"int", 3}}, false, "INTEGER INTEGER"},
      {"ic", {{"int"}, {"char"}}, false, "INTEGER"},
      {"lc", {{"long"}, {"char"}}, false, "INTEGER INTEGER"},
      {"dd", {{"double"}, {"double"}}, false, "SSE SSE"},
      {"dl", {{"double"}, {"long"}}, false, "SSE INTEGER"},
      {"ld", {{"long"}, {"double"}}, false, "INTEGER SSE"},
      {"cd", {{"char"}, {"double"}}, false, "INTEGER SSE"},
      {"ffi", {{"float"}, {"float"}, {"int"}}, false, "SSE INTEGER"},
      {"fi", {{"float"}, {"int"}}, false, "INTEGER"},
      {"ff", {{"float"}, {"float"}}, false, "SSE"},
      {"f3", {{"float", 3}}, false, "SSE SSE"},
      {"f4", {{"float", 4}}, false, "SSE SSE"},
      {"df", {{"double"}, {"float"}}, false, "SSE SSE"},
      {"ifd", {{"int"}, {"float"}, {"double"}}, false, "INTEGER SSE"},
      {"l3", {{"long", 3}}, false, "MEMORY"},
      {"d3", {{"double", 3}}, false, "MEMORY"},
      {"c100", {{"char", 100}}, false, "MEMORY"},
      {"uif", {{"int"}, {"float"}}, true, "INTEGER"},
      {"udl", {{"double"}, {"long"}}, true, "INTEGER"},
      {"uf2d", {{"float", 2}, {"double"}}, true, "SSE"},
      {"ncs", {{"char"}, {"short"}}, false, "INTEGER"},
      {"nest", {{"ncs"}, {"float"}}, false, "INTEGER"},
      {"nestff", {{"ff"}, {"double"}}, false, "SSE SSE"},
      {"arrnest", {{"cc", 5}}, false, "INTEGER INTEGER"},
      {"sld", {{"long double"}}, false, "X87 X87UP"},
      {"nestld", {{"sld"}}, false, "X87 X87UP"},
      // {long double; _Bool}: the _Bool makes eightbyte 0 INTEGER, so X87UP has no X87 and the
      // union is MEMORY alone; gcc classifies a nested aggregate whole, so the union holding it
      // beside char[16] is MEMORY too (merged flat it would be INTEGER INTEGER).
      {"uldb", {{"long double"}, {"_Bool"}}, true, "MEMORY"},
      {"uuldb", {{"uldb"}, {"char", 16}}, true, "MEMORY"},
  };
  return cases;
}

struct ScalarInfo {
  ir::Type type;
  unsigned size;
  bool isFloat;
};

inline ScalarInfo scalarInfo(const std::string& c) {
  if (c == "char" || c == "_Bool") return {ir::Type::i8(), 1, false};
  if (c == "short") return {ir::Type::i16(), 2, false};
  if (c == "int") return {ir::Type::i32(), 4, false};
  if (c == "long") return {ir::Type::i64(), 8, false};
  if (c == "float") return {ir::Type::f32(), 4, true};
  if (c == "long double") return {ir::Type::f80(), 16, true};
  return {ir::Type::f64(), 8, true};
}

// Builds IR layouts for the cases (C layout rules) and the C text that uses them.
class StructCatalog {
public:
  explicit StructCatalog(ir::Module& m, const std::vector<StructCase>& cases = structCases())
      : module_(m), cases_(cases) {
    for (const StructCase& c : cases_) add(c);
  }

  ir::Type type(const std::string& name) const { return types_.at(name); }
  const std::string& cText() const { return text_; }

private:
  bool isScalar(const std::string& t) const { return !types_.count(t); }

  void add(const StructCase& c) {
    ir::AggregateLayout* layout = module_.createLayout(c.name);
    layout->isUnion = c.isUnion;
    std::uint64_t offset = 0, align = 1, size = 0;
    std::string decl = "typedef " + std::string(c.isUnion ? "union" : "struct") + " {";
    for (std::size_t i = 0; i < c.fields.size(); ++i) {
      const StructField& f = c.fields[i];
      ir::Type t = isScalar(f.type) ? scalarInfo(f.type).type : types_.at(f.type);
      std::uint64_t a = t.align();
      std::uint64_t at = c.isUnion ? 0 : (offset + a - 1) / a * a;
      layout->members.push_back({at, t, f.count});
      offset = at + t.size() * f.count;
      size = std::max(size, offset);
      align = std::max(align, a);
      decl += " " + f.type + " f" + std::to_string(i) +
              (f.count > 1 ? "[" + std::to_string(f.count) + "]" : "") + ";";
    }
    layout->size = (size + align - 1) / align * align;
    layout->align = align;
    types_[c.name] = ir::Type::aggregate(layout);
    text_ += decl + " } " + c.name + ";\n";
    std::vector<std::pair<std::string, std::string>> leaves; // path, scalar C type
    collect(c, "", leaves);
    std::string init, eq, tr;
    for (std::size_t i = 0; i < leaves.size(); ++i) {
      const auto& [path, t] = leaves[i];
      std::string idx = std::to_string(i);
      std::string value = scalarInfo(t).isFloat ? "(" + t + ")(k * 0.5 + " + idx + " * 1.25)"
                                                : "(" + t + ")(k * 37 + " + idx + " * 11 + 1)";
      init += "  p->" + path + " = " + value + ";\n";
      eq += "  if (a." + path + " != b." + path + ") return 0;\n";
      tr += "  a." + path + " = (" + t + ")(a." + path + " + k);\n";
    }
    const std::string& n = c.name;
    text_ += "static void init_" + n + "(" + n + "* p, int k) {\n  memset(p, 0xAB, sizeof *p);\n" +
             init + "}\nstatic int eq_" + n + "(" + n + " a, " + n + " b) {\n" + eq +
             "  return 1;\n}\n" + n + " tr_" + n + "(" + n + " a, int k) {\n" + tr +
             "  return a;\n}\n";
  }

  // The scalar leaves of case `c` under `prefix`; a union contributes its first member only.
  void collect(const StructCase& c, const std::string& prefix,
               std::vector<std::pair<std::string, std::string>>& out) const {
    std::size_t n = c.isUnion ? 1 : c.fields.size();
    for (std::size_t i = 0; i < n; ++i) {
      const StructField& f = c.fields[i];
      for (unsigned e = 0; e < f.count; ++e) {
        std::string path =
            prefix + "f" + std::to_string(i) + (f.count > 1 ? "[" + std::to_string(e) + "]" : "");
        if (isScalar(f.type)) {
          out.push_back({path, f.type});
          continue;
        }
        auto it = std::find_if(cases_.begin(), cases_.end(),
                               [&](const StructCase& s) { return s.name == f.type; });
        collect(*it, path + ".", out);
      }
    }
  }

  ir::Module& module_;
  std::vector<StructCase> cases_;
  std::map<std::string, ir::Type> types_;
  std::string text_;
};

} // namespace minicc::testing
