#include "syntax/arc_hybrid.hpp"

namespace actorgraph::syntax {

void State::reset(std::uint32_t n) {
  n_ = n;
  b_ = 1;
  stack_.clear();
  stack_.push_back(0);
  head_.assign(n + 1, -1);
  label_.assign(n + 1, kNoLabel);
  kids_.assign(n + 1, Kids{});
}

void State::attach(std::int32_t h, std::int32_t d, int label) noexcept {
  head_[static_cast<std::size_t>(d)] = h;
  label_[static_cast<std::size_t>(d)] = label;
  Kids& k = kids_[static_cast<std::size_t>(h)];
  const std::uint64_t bit = label < 64 ? std::uint64_t(1) << label : 0;
  if (d < h) {
    if (k.l1 < 0 || d < k.l1) { k.l2 = k.l1; k.l1 = d; }
    else if (k.l2 < 0 || d < k.l2) k.l2 = d;
    if (k.nl < 255) ++k.nl;
    k.lset |= bit;
  } else {
    if (k.r1 < 0 || d > k.r1) { k.r2 = k.r1; k.r1 = d; }
    else if (k.r2 < 0 || d > k.r2) k.r2 = d;
    if (k.nr < 255) ++k.nr;
    k.rset |= bit;
  }
}

void State::apply(int a, int label) noexcept {
  switch (a) {
    case kShift:
      stack_.push_back(static_cast<std::int32_t>(b_++));
      break;
    case kLeft: {
      const std::int32_t d = stack_.back();
      stack_.pop_back();
      attach(static_cast<std::int32_t>(b_), d, label);
      break;
    }
    case kRight: {
      const std::int32_t d = stack_.back();
      stack_.pop_back();
      attach(stack_.back(), d, label);
      break;
    }
  }
}

int action_cost(const State& st, int a, const std::vector<std::int32_t>& gold) noexcept {
  const std::uint32_t n = st.n(), b0 = st.buffer_front();
  const auto& stack = st.stack();
  auto in_buffer = [&](std::int32_t w) { return w >= static_cast<std::int32_t>(b0); };
  int cost = 0;
  if (a == kShift) {
    // b0's head on the stack below s0, and b0's dependents on the stack, are lost.
    const std::int32_t h = gold[b0];
    for (std::size_t i = 0; i + 1 < stack.size(); ++i)
      if (stack[i] == h) { ++cost; break; }
    for (std::int32_t w : stack)
      if (w > 0 && gold[static_cast<std::size_t>(w)] == static_cast<std::int32_t>(b0)) ++cost;
    return cost;
  }
  const std::int32_t s0 = stack.back();
  const std::int32_t h = gold[static_cast<std::size_t>(s0)];
  // s0 leaves the stack: its dependents still in the buffer are lost.
  for (std::uint32_t w = b0; w <= n; ++w)
    if (gold[w] == s0) ++cost;
  if (a == kLeft) {
    // Head b0; a head elsewhere in the buffer or at s1 is lost.
    const std::int32_t s1 = stack[stack.size() - 2];
    if (h != static_cast<std::int32_t>(b0) && (in_buffer(h) || h == s1)) ++cost;
  } else {
    // Head s1; a head in the buffer is lost.
    if (in_buffer(h)) ++cost;
  }
  return cost;
}

}  // namespace actorgraph::syntax
