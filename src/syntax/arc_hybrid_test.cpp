// The transition system and its dynamic oracle: on random projective trees,
// taking zero-cost actions always rebuilds the gold tree in 2n steps; from
// states reached by wrong moves, a zero-cost action always exists and the
// arcs still reachable are all built. Non-projective trees are lifted.
#include <doctest/doctest.h>

#include <random>

#include "syntax/arc_hybrid.hpp"
#include "syntax/train.hpp"

using namespace actorgraph::syntax;

namespace {

// A random projective tree over n words (heads 1-based, [0] unused), single root.
std::vector<std::int32_t> random_projective(std::uint32_t n, std::mt19937_64& rng) {
  std::vector<std::int32_t> head(n + 1, -1);
  // Recursive split: a span [b, e) gets a root r; its sides attach to r.
  struct Span { std::int32_t b, e, parent; };
  std::vector<Span> todo{{1, static_cast<std::int32_t>(n) + 1, 0}};
  while (!todo.empty()) {
    Span s = todo.back();
    todo.pop_back();
    if (s.b >= s.e) continue;
    const std::int32_t r = s.b + static_cast<std::int32_t>(rng() % static_cast<std::uint64_t>(s.e - s.b));
    head[static_cast<std::size_t>(r)] = s.parent;
    // Split each side into chunks attached to r.
    for (std::int32_t b = s.b; b < r;) {
      const std::int32_t e = b + 1 + static_cast<std::int32_t>(rng() % static_cast<std::uint64_t>(r - b));
      todo.push_back({b, e, r});
      b = e;
    }
    for (std::int32_t b = r + 1; b < s.e;) {
      const std::int32_t e = b + 1 + static_cast<std::int32_t>(rng() % static_cast<std::uint64_t>(s.e - b));
      todo.push_back({b, e, r});
      b = e;
    }
  }
  return head;
}

bool is_projective(const std::vector<std::int32_t>& head) {
  const auto n = static_cast<std::int32_t>(head.size()) - 1;
  for (std::int32_t d = 1; d <= n; ++d) {
    const std::int32_t h = head[static_cast<std::size_t>(d)];
    for (std::int32_t k = std::min(d, h) + 1; k < std::max(d, h); ++k) {
      std::int32_t x = k;
      while (x > 0 && x != h) x = head[static_cast<std::size_t>(x)];
      if (x != h && h != 0) return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("arc-hybrid: zero-cost actions rebuild every projective tree in 2n steps with one root") {
  std::mt19937_64 rng(7);
  for (int trial = 0; trial < 300; ++trial) {
    const auto n = static_cast<std::uint32_t>(1 + rng() % 30);
    const auto gold = random_projective(n, rng);
    REQUIRE(is_projective(gold));
    State st;
    st.reset(n);
    int steps = 0;
    while (!st.terminal()) {
      int chosen = -1;
      for (int a = 0; a < kActions; ++a)
        if (st.legal(a) && action_cost(st, a, gold) == 0) { chosen = a; break; }
      REQUIRE(chosen >= 0);
      st.apply(chosen, 0);
      ++steps;
    }
    CHECK(steps == static_cast<int>(2 * n));
    int roots = 0;
    for (std::uint32_t w = 1; w <= n; ++w) {
      CHECK(st.head(w) == gold[w]);
      roots += st.head(w) == 0;
    }
    CHECK(roots == 1);
  }
}

TEST_CASE("arc-hybrid: after wrong moves the oracle still finds every reachable arc") {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 300; ++trial) {
    const auto n = static_cast<std::uint32_t>(2 + rng() % 25);
    const auto gold = random_projective(n, rng);
    State st;
    st.reset(n);
    int lost = 0;  // arcs made unreachable by the random moves (their costs)
    while (!st.terminal()) {
      int best = -1, best_cost = 1 << 30;
      for (int a = 0; a < kActions; ++a) {
        if (!st.legal(a)) continue;
        const int c = action_cost(st, a, gold);
        if (c < best_cost) { best = a; best_cost = c; }
      }
      REQUIRE(best >= 0);
      CHECK(best_cost == 0);  // once wrong moves are paid for, a zero-cost move remains
      int take = best;
      if (rng() % 4 == 0) {  // a random legal move a quarter of the time
        std::vector<int> legal;
        for (int a = 0; a < kActions; ++a)
          if (st.legal(a)) legal.push_back(a);
        take = legal[rng() % legal.size()];
      }
      lost += action_cost(st, take, gold);
      st.apply(take, 0);
    }
    int wrong = 0, roots = 0;
    for (std::uint32_t w = 1; w <= n; ++w) {
      wrong += st.head(w) != gold[w];
      roots += st.head(w) == 0;
    }
    CHECK(wrong == lost);  // the costs counted exactly the arcs the tree lacks
    CHECK(roots == 1);
  }
}

TEST_CASE("projectivise: lifts crossing arcs, leaves projective trees alone") {
  std::vector<std::int32_t> tree = {-1, 2, 0, 2, 3};
  auto copy = tree;
  projectivise(copy);
  CHECK(copy == tree);
  // 3 -> 1 covers 2 (under 4) and 1 -> 5 covers 2..4: both cross. The shorter
  // is lifted first (1 to 4), then 5 to its new head's head (4).
  std::vector<std::int32_t> np = {-1, 3, 4, 4, 0, 1};
  REQUIRE_FALSE(is_projective(np));
  projectivise(np);
  CHECK(is_projective(np));
  CHECK(np == std::vector<std::int32_t>{-1, 4, 4, 4, 0, 4});
}
