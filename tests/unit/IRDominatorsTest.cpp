// Unit tests for ir/CFG.h and ir/Dominators.h: hand-checked graphs, and random graphs compared
// against the textbook dataflow definition of dominance and of the dominance frontier.
#include "ir/Builder.h"
#include "ir/Dominators.h"

#include <gtest/gtest.h>
#include <random>
#include <set>

using namespace minicc::ir;

namespace {

// A function whose block i jumps to edges[i] (jmp for one, br for two, switch for more; ret for
// none).
struct Graph {
  Module m;
  Function* f;
  explicit Graph(const std::vector<std::vector<unsigned>>& edges) {
    Signature sig;
    sig.returnType = Type::voidTy();
    sig.params = {Type::i1(), Type::i32()};
    f = m.createFunction("g", sig);
    for (unsigned i = 0; i < edges.size(); ++i) f->createBlock("b" + std::to_string(i));
    Builder b(m);
    for (unsigned i = 0; i < edges.size(); ++i) {
      b.setInsertPoint(f->blocks[i].get());
      auto block = [&](unsigned j) { return f->blocks[j].get(); };
      const auto& e = edges[i];
      if (e.empty()) {
        b.ret();
      } else if (e.size() == 1) {
        b.jmp(block(e[0]));
      } else if (e.size() == 2) {
        b.br(f->arguments[0].get(), block(e[0]), block(e[1]));
      } else {
        Instruction* sw = b.switchOn(f->arguments[1].get(), block(e[0]));
        for (unsigned k = 1; k < e.size(); ++k) Builder::addCase(sw, k, block(e[k]));
      }
    }
  }
};

TEST(IRDominators, Diamond) {
  Graph g({{1, 2}, {3}, {3}, {}});
  CFG cfg(*g.f);
  DominatorTree dom(cfg);
  EXPECT_EQ(dom.idom(1), 0u);
  EXPECT_EQ(dom.idom(2), 0u);
  EXPECT_EQ(dom.idom(3), 0u);
  EXPECT_EQ(dom.children(0), (std::vector<unsigned>{1, 2, 3}));
  EXPECT_EQ(dom.frontier(1), std::vector<unsigned>{3});
  EXPECT_EQ(dom.frontier(2), std::vector<unsigned>{3});
  EXPECT_TRUE(dom.frontier(0).empty());
  EXPECT_EQ(cfg.predecessors(3), (std::vector<unsigned>{1, 2}));
}

TEST(IRDominators, LoopFrontierContainsTheHeader) {
  // 0 -> 1 (header) -> 2 (body) -> 1; 1 -> 3 (exit)
  Graph g({{1}, {2, 3}, {1}, {}});
  CFG cfg(*g.f);
  DominatorTree d(cfg);
  EXPECT_EQ(d.idom(2), 1u);
  EXPECT_EQ(d.idom(3), 1u);
  EXPECT_EQ(d.frontier(2), std::vector<unsigned>{1});
  EXPECT_EQ(d.frontier(1), std::vector<unsigned>{1});
  EXPECT_EQ(d.iteratedFrontier({2}), std::vector<unsigned>{1});
  EXPECT_TRUE(d.dominates(1, 2));
  EXPECT_FALSE(d.dominates(2, 1));
}

TEST(IRDominators, UnreachableBlocksAreOutsideTheTree) {
  Graph g({{2}, {2}, {}});
  CFG cfg(*g.f);
  DominatorTree dom(cfg);
  EXPECT_FALSE(cfg.isReachable(1));
  EXPECT_EQ(dom.idom(1), CFG::npos);
  EXPECT_EQ(dom.idom(2), 0u);
  EXPECT_FALSE(dom.dominates(1, 2));
  EXPECT_FALSE(dom.dominates(0, 1));
  EXPECT_EQ(cfg.reversePostOrder(), (std::vector<unsigned>{0, 2}));
}

TEST(IRDominators, DuplicateEdgesCountOnce) {
  Graph g({{1, 1}, {}});
  CFG cfg(*g.f);
  EXPECT_EQ(cfg.successors(0), std::vector<unsigned>{1});
  EXPECT_EQ(cfg.predecessors(1), std::vector<unsigned>{0});
}

// The definition: dom(entry) = {entry}; dom(b) = {b} ∪ ⋂ dom(p) over reachable predecessors.
std::vector<std::set<unsigned>> naiveDominators(const CFG& cfg) {
  unsigned n = cfg.size();
  std::set<unsigned> all;
  for (unsigned i = 0; i < n; ++i) all.insert(i);
  std::vector<std::set<unsigned>> dom(n, all);
  dom[0] = {0};
  for (bool changed = true; changed;) {
    changed = false;
    for (unsigned b = 1; b < n; ++b) {
      if (!cfg.isReachable(b)) continue;
      std::set<unsigned> next = all;
      for (unsigned p : cfg.predecessors(b)) {
        if (!cfg.isReachable(p)) continue;
        std::set<unsigned> meet;
        for (unsigned x : next)
          if (dom[p].count(x)) meet.insert(x);
        next = meet;
      }
      next.insert(b);
      if (next != dom[b]) {
        dom[b] = next;
        changed = true;
      }
    }
  }
  return dom;
}

TEST(IRDominators, RandomGraphsMatchTheDefinition) {
  std::mt19937 rng(12345);
  for (int round = 0; round < 300; ++round) {
    unsigned n = 1 + rng() % 12;
    std::vector<std::vector<unsigned>> edges(n);
    for (unsigned i = 0; i < n; ++i) {
      unsigned out = rng() % 4;
      for (unsigned k = 0; k < out; ++k) {
        unsigned t = 1 + rng() % std::max(1u, n - 1); // never back to the entry
        if (n > 1) edges[i].push_back(t);
      }
    }
    Graph g(edges);
    CFG cfg(*g.f);
    DominatorTree dom(cfg);
    auto expected = naiveDominators(cfg);
    for (unsigned a = 0; a < n; ++a) {
      for (unsigned b = 0; b < n; ++b) {
        bool reachable = cfg.isReachable(a) && cfg.isReachable(b);
        EXPECT_EQ(dom.dominates(a, b), reachable && expected[b].count(a) != 0)
            << "round " << round << " a=" << a << " b=" << b;
      }
    }
    // DF(a) = { b : a dominates a predecessor of b, and a does not strictly dominate b }.
    for (unsigned a = 0; a < n; ++a) {
      if (!cfg.isReachable(a)) continue;
      std::vector<unsigned> df;
      for (unsigned b = 0; b < n; ++b) {
        if (!cfg.isReachable(b)) continue;
        bool dominatesPred = false;
        for (unsigned p : cfg.predecessors(b))
          if (cfg.isReachable(p) && dom.dominates(a, p)) dominatesPred = true;
        if (dominatesPred && !(a != b && dom.dominates(a, b))) df.push_back(b);
      }
      EXPECT_EQ(dom.frontier(a), df) << "round " << round << " a=" << a;
    }
  }
}

} // namespace
