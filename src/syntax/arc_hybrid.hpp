// Internal: the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and
// Satta 2011) with the single-root constraint, and its dynamic oracle
// (Goldberg and Nivre 2013).
//
// Words are 1..n, 0 is the root, which starts on the stack. SHIFT moves the
// first buffer word b0 onto the stack; LEFT makes b0 the head of the stack top
// s0 and pops it; RIGHT makes s1 the head of s0 and pops it. RIGHT from the
// root is allowed only when the buffer is empty, so the root gets exactly
// one dependent, at the end. Every sentence takes exactly 2n transitions.
#pragma once

#include <cstdint>
#include <vector>

namespace actorgraph::syntax {

enum Action : int { kShift = 0, kLeft = 1, kRight = 2 };
inline constexpr int kActions = 3;
inline constexpr int kNoLabel = 255;

/// Children of a node, for features: the two outermost on each side, counts
/// and the set of labels seen on each side.
struct Kids {
  std::int32_t l1 = -1, l2 = -1, r1 = -1, r2 = -1;
  std::uint8_t nl = 0, nr = 0;
  std::uint64_t lset = 0, rset = 0;
};

class State {
 public:
  /// Resets for a sentence of n words.
  void reset(std::uint32_t n);
  std::uint32_t n() const noexcept { return n_; }
  bool terminal() const noexcept { return b_ > n_ && stack_.size() == 1; }
  bool legal(int a) const noexcept {
    const std::size_t d = stack_.size();
    switch (a) {
      case kShift: return b_ <= n_;
      case kLeft: return d >= 2 && b_ <= n_;
      case kRight: return d > 2 || (d == 2 && b_ > n_);
    }
    return false;
  }
  /// The one legal action when only one is, else -1.
  int only_legal() const noexcept {
    int only = -1;
    for (int a = 0; a < 3; ++a)
      if (legal(a)) {
        if (only >= 0) return -1;
        only = a;
      }
    return only;
  }
  /// The word the next arc of `a` (LEFT or RIGHT) attaches to, and its dependent.
  std::int32_t arc_head(int a) const noexcept { return a == kLeft ? b0() : s(1); }
  std::int32_t arc_dep() const noexcept { return s(0); }
  /// Applies a legal action; `label` for LEFT/RIGHT.
  void apply(int a, int label) noexcept;

  /// Stack item i from the top (0 = s0), -1 when none.
  std::int32_t s(std::size_t i) const noexcept {
    return i < stack_.size() ? stack_[stack_.size() - 1 - i] : -1;
  }
  /// Buffer word i (0 = b0), -1 when none.
  std::int32_t b(std::uint32_t i) const noexcept {
    return b_ + i <= n_ ? static_cast<std::int32_t>(b_ + i) : -1;
  }
  std::int32_t b0() const noexcept { return b(0); }
  std::uint32_t buffer_front() const noexcept { return b_; }
  const std::vector<std::int32_t>& stack() const noexcept { return stack_; }
  std::int32_t head(std::uint32_t w) const noexcept { return head_[w]; }
  int label(std::uint32_t w) const noexcept { return label_[w]; }
  const Kids& kids(std::int32_t w) const noexcept { return kids_[static_cast<std::size_t>(w)]; }

 private:
  void attach(std::int32_t h, std::int32_t d, int label) noexcept;
  std::uint32_t n_ = 0, b_ = 1;
  std::vector<std::int32_t> stack_;
  std::vector<std::int32_t> head_;
  std::vector<int> label_;
  std::vector<Kids> kids_;
};

/// The dynamic oracle: how many gold arcs become unreachable if `a` is taken
/// now. `gold_head[w]` is word w's gold head (index 0 unused).
int action_cost(const State& st, int a, const std::vector<std::int32_t>& gold_head) noexcept;

}  // namespace actorgraph::syntax
