// analyse(): one pass over UTF-8 bytes producing tokens (with offsets into the
// original text and normalised forms in Document::norm_buf) and sentences.
// This file holds the main loop and the quote rules.
#include "text/analyser.hpp"

namespace actorgraph::text::detail {

void Analyser::run() {
  std::uint32_t i = 0;
  while (i < n_) {
    if (s_[i] == ' ') {  // the commonest byte
      space_ = true;
      ++i;
      continue;
    }
    std::uint32_t len, cp;
    const Ch k = class_at(i, len, cp);
    switch (k) {
      case Ch::space:
        space_ = true;
        i += len;
        break;
      case Ch::newline:
        space_ = true;
        ++newlines_;
        i += len;
        break;
      case Ch::paragraph:
        space_ = true;
        newlines_ += 2;
        i += len;
        break;
      case Ch::upper:
      case Ch::lower:
      case Ch::digit:
      case Ch::mark:
        i = scan_word(i);
        break;
      case Ch::apostrophe:
      case Ch::open_single:
      case Ch::close_single:
        single_quote(i, len, k);
        i += len;
        break;
      case Ch::dquote:
      case Ch::open_double:
      case Ch::close_double:
        double_quote(i, len, k);
        i += len;
        break;
      case Ch::hyphen:
      case Ch::dash: {
        std::uint32_t e = i + len;
        while (e < n_ && s_[e] == '-') ++e;  // "--" used as a dash
        push_literal(i, e, "-", kPunct, Role::other);
        i = e;
        break;
      }
      case Ch::ellipsis:
        push_literal(i, i + len, "\xE2\x80\xA6", kPunct, Role::end, End::strong);
        i += len;
        break;
      case Ch::invalid:
        push_literal(i, i + 1, "\xEF\xBF\xBD", kPunct, Role::other);
        i += 1;
        break;
      case Ch::punct: {
        const unsigned char c = s_[i];
        if (c == '.') {
          if (i + 2 < n_ && s_[i + 1] == '.' && s_[i + 2] == '.') {
            std::uint32_t e = i + 3;
            while (e < n_ && s_[e] == '.') ++e;
            push_literal(i, e, "\xE2\x80\xA6", kPunct, Role::end, End::strong);
            i = e;
          } else {
            push_literal(i, i + 1, ".", kPunct, Role::end, End::strong);
            i += 1;
          }
        } else if (c == '!' || c == '?') {
          push_literal(i, i + 1, std::string_view(reinterpret_cast<const char*>(s_ + i), 1),
                       kPunct, Role::end, End::strong);
          i += 1;
        } else if (c == '(' || c == '[' || c == '{') {
          push_literal(i, i + 1, std::string_view(reinterpret_cast<const char*>(s_ + i), 1),
                       kPunct, Role::open);
          i += 1;
        } else if (c == ')' || c == ']' || c == '}') {
          push_literal(i, i + 1, std::string_view(reinterpret_cast<const char*>(s_ + i), 1),
                       kPunct, Role::close, end_);
          i += 1;
        } else {
          push_literal(i, i + len, std::string_view(reinterpret_cast<const char*>(s_ + i), len),
                       kPunct, Role::other);
          i += len;
        }
        break;
      }
    }
  }
  close_sentence(static_cast<std::uint32_t>(d_.tokens.size()));
}

// A quote is opening when whitespace, an opening bracket/quote or the start of
// the text precede it and a non-space follows; otherwise it is closing.
void Analyser::single_quote(std::uint32_t b, std::uint32_t len, Ch kind) {
  bool opening = kind == Ch::open_single;
  if (kind == Ch::apostrophe)
    opening = (space_ || prev_role_ == Role::open || d_.tokens.empty()) && !space_or_end_at(b + len);
  if (opening) {
    open_single_ = true;
    push_literal(b, b + len, "'", kPunct | kQuote, Role::open);
  } else {
    open_single_ = false;
    push_literal(b, b + len, "'", kPunct | kQuote, Role::close, end_);
  }
}

void Analyser::double_quote(std::uint32_t b, std::uint32_t len, Ch kind) {
  bool opening = kind == Ch::open_double;
  if (kind == Ch::dquote)
    opening = (space_ || prev_role_ == Role::open || d_.tokens.empty()) && !space_or_end_at(b + len);
  if (opening)
    push_literal(b, b + len, "\"", kPunct | kQuote, Role::open);
  else
    push_literal(b, b + len, "\"", kPunct | kQuote, Role::close, end_);
}

}  // namespace actorgraph::text::detail

namespace actorgraph::text {

void analyse(std::string_view text, Document& out) {
  out.clear();
  // Offsets are 32-bit: a text beyond 4 GiB is analysed up to that size.
  if (text.size() >= 0xFFFFFFF0u) text = text.substr(0, 0xFFFFFFF0u);
  if (out.norm_buf.capacity() < text.size() + 16) out.norm_buf.reserve(text.size() + 16);
  detail::Analyser(text, out).run();
}

}  // namespace actorgraph::text
