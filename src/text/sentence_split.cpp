// Token output and sentence boundaries. A boundary is decided when the next
// token is emitted, from the candidate the previous token left (end
// punctuation, abbreviation), the whitespace between (space, newline, blank
// line) and the shape of the new token.
#include "text/analyser.hpp"
#include <cstring>

#include "text/word_lists.hpp"

namespace actorgraph::text::detail {

void Analyser::push_literal(std::uint32_t b, std::uint32_t e, std::string_view norm,
                            std::uint16_t flags, Role role, End end_after) {
  const std::uint32_t norm_off = static_cast<std::uint32_t>(d_.norm_buf.size());
  d_.norm_buf.append(norm);
  push(b, e, norm_off, flags, role, end_after);
}

void Analyser::push(std::uint32_t b, std::uint32_t e, std::uint32_t norm_off, std::uint16_t flags,
                    Role role, End end_after) {
  Token t;
  t.begin = b;
  t.end = e;
  t.norm_off = norm_off;
  t.norm_len = static_cast<std::uint32_t>(d_.norm_buf.size()) - norm_off;
  t.flags = flags;
  const auto idx = static_cast<std::uint32_t>(d_.tokens.size());
  if (idx == sent_first_ + 1 && after_quote_split_ && newlines_ == 0 && role == Role::word &&
      detail::is_reporting_verb(std::string_view(d_.norm_buf).substr(norm_off, t.norm_len))) {
    // '"Is this fair?" Smith asked.': the name and the verb belong to the quote.
    const Sentence prev = d_.sentences.back();
    d_.sentences.pop_back();
    d_.tokens[sent_first_].flags &= static_cast<std::uint16_t>(~kSentenceStart);
    sent_first_ = prev.first;
  }
  after_quote_split_ = false;
  if (idx > sent_first_ && boundary_before(t, role)) {
    const Token& last = d_.tokens[idx - 1];
    after_quote_split_ = newlines_ == 0 && role == Role::word && (t.flags & kCapitalised) &&
                         (last.flags & kQuote) && idx >= sent_first_ + 2 &&
                         (d_.tokens[idx - 2].flags & kPunct);
    close_sentence(idx);
  }
  if (idx == sent_first_) t.flags |= kSentenceStart;
  d_.tokens.push_back(t);
  if (newlines_ > 0) line_words_ = line_caps_ = 0;
  if (role == Role::word) {
    ++line_words_;
    line_caps_ += (flags & (kCapitalised | kNumber)) != 0;
  }
  end_ = end_after;
  prev_role_ = role;
  newlines_ = 0;
  space_ = false;
}

// A list bullet: "-", "*", "•" or "·" followed by a space.
bool Analyser::is_bullet(const Token& t) const noexcept {
  if ((t.flags & kPunct) == 0 || !space_or_end_at(t.end)) return false;
  const std::string_view n = std::string_view(d_.norm_buf).substr(t.norm_off, t.norm_len);
  return n == "-" || n == "*" || n == "\u2022" || n == "\u00B7";
}

bool Analyser::boundary_before(const Token& t, Role role) const noexcept {
  if (newlines_ >= 2) return true;
  if (role == Role::close) return false;
  const bool starts = (t.flags & (kCapitalised | kNumber)) != 0 || role == Role::open;
  if (newlines_ == 1) {
    if (is_bullet(t)) return true;  // list items start on their own line
    if (!starts || end_ == End::never) return false;
    if (end_ != End::none) return true;
    // A line without end punctuation: a headline when most of its words are
    // capitalised; also cut very long runs (tables, lists).
    const std::uint32_t n = static_cast<std::uint32_t>(d_.tokens.size()) - sent_first_;
    const Token& last = d_.tokens.back();
    const bool continues = last.norm_len == 1 && std::strchr(",;:-&", d_.norm_buf[last.norm_off]);
    return !continues && (line_caps_ * 2 > line_words_ || n >= 120);
  }
  switch (end_) {
    case End::none:
    case End::never:
      return false;
    case End::strong: {
      if (space_) return starts;
      // Missing space after a period: "the end.The next".
      const std::size_t idx = d_.tokens.size();
      if (role != Role::word || (t.flags & kCapitalised) == 0 || t.end - t.begin < 2 ||
          idx < sent_first_ + 2)
        return false;
      const Token& dot = d_.tokens[idx - 1];
      const Token& word = d_.tokens[idx - 2];
      return dot.end - dot.begin == 1 && d_.norm_buf[dot.norm_off] == '.' &&
             (word.flags & (kCapitalised | kNumber | kPunct | kAbbrev)) == 0 &&
             word.end - word.begin >= 2;
    }
    case End::weak: {
      if (!space_) return false;
      if (role == Role::open) return (t.flags & kQuote) != 0;  // "Inc. (INTC.O)" continues
      if (role != Role::word || (t.flags & kCapitalised) == 0) return false;
      // In capitals a starter says nothing: "RUSSIA WARNS U.S. OVER SANCTIONS".
      if (t.flags & kAllCaps) return false;
      return detail::is_sentence_starter(
          std::string_view(d_.norm_buf).substr(t.norm_off, t.norm_len));
    }
  }
  return false;
}

void Analyser::close_sentence(std::uint32_t last) {
  if (last > sent_first_) {
    Sentence s;
    s.begin = d_.tokens[sent_first_].begin;
    s.end = d_.tokens[last - 1].end;
    s.first = sent_first_;
    s.last = last;
    d_.sentences.push_back(s);
  }
  sent_first_ = last;
  end_ = End::none;
  open_single_ = false;
}

}  // namespace actorgraph::text::detail
