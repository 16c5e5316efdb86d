// Internal: the one-pass analyser behind analyse(). Its parts live in
// analyse.cpp (main loop, quotes), scan_word.cpp (words, numbers, clitics,
// abbreviations, normalisation) and sentence_split.cpp (token output and
// sentence boundaries, decided as each token is emitted).
#pragma once

#include <cstdint>
#include <string_view>

#include "actorgraph/text.hpp"
#include "text/chars.hpp"

namespace actorgraph::text::detail {

/// What a token means for sentence splitting.
enum class Role : std::uint8_t { word, end, open, close, other };

/// Sentence-end candidate left by the previous token.
enum class End : std::uint8_t {
  none,    ///< the previous token cannot end a sentence
  strong,  ///< . ! ? … : ends the sentence before a capitalised word, digit or opening quote
  weak,    ///< abbreviation/initial: ends it only before a common sentence starter
  never,   ///< title abbreviation ("Mr.", "No." before a number)
};

inline bool ascii_alpha(unsigned char c) noexcept { return ((c | 0x20u) - 'a') < 26u; }
inline bool ascii_digit(unsigned char c) noexcept { return static_cast<unsigned>(c - '0') < 10u; }

/// Analyses one text into a Document (which must be empty). Single use:
/// construct, run(), discard. Holds references to both; never throws except
/// std::bad_alloc from the Document's containers.
class Analyser {
 public:
  Analyser(std::string_view text, Document& doc)
      : s_(reinterpret_cast<const unsigned char*>(text.data())),
        n_(static_cast<std::uint32_t>(text.size())),
        d_(doc) {}

  void run();

 private:
  // Character access.
  Ch class_at(std::uint32_t i, std::uint32_t& len, std::uint32_t& cp) const noexcept;
  bool word_char_at(std::uint32_t i) const noexcept;
  bool space_or_end_at(std::uint32_t i) const noexcept;

  // Token scanners; each returns the position after what it consumed.
  std::uint32_t scan_word(std::uint32_t b);
  std::uint32_t dotted_abbreviation(std::uint32_t b, std::uint32_t dot) const noexcept;
  void single_quote(std::uint32_t b, std::uint32_t len, Ch kind);
  void double_quote(std::uint32_t b, std::uint32_t len, Ch kind);

  // Output.
  void append_norm(std::uint32_t b, std::uint32_t e);
  void push(std::uint32_t b, std::uint32_t e, std::uint32_t norm_off, std::uint16_t flags,
            Role role, End end_after = End::none);
  void push_literal(std::uint32_t b, std::uint32_t e, std::string_view norm, std::uint16_t flags,
                    Role role, End end_after = End::none);
  bool boundary_before(const Token& t, Role role) const noexcept;
  bool is_bullet(const Token& t) const noexcept;
  void close_sentence(std::uint32_t last);

  const unsigned char* s_;
  std::uint32_t n_;
  Document& d_;
  // Whitespace seen since the previous token.
  std::uint32_t newlines_ = 0;
  bool space_ = true;
  // Sentence state.
  std::uint32_t sent_first_ = 0;
  End end_ = End::none;
  Role prev_role_ = Role::other;
  bool open_single_ = false;  ///< an opening single quote awaits its closing one
  bool after_quote_split_ = false;  ///< the last token opened a sentence right after a closing quote
  // Words and capitalised words on the current line (headline detection).
  std::uint32_t line_words_ = 0, line_caps_ = 0;
};

inline Ch Analyser::class_at(std::uint32_t i, std::uint32_t& len, std::uint32_t& cp) const noexcept {
  const unsigned char c = s_[i];
  if (c < 0x80u) {
    len = 1;
    cp = c;
    return kAsciiClass.c[c];
  }
  cp = decode_utf8(s_ + i, s_ + n_, len);
  return classify(cp);
}

inline bool Analyser::word_char_at(std::uint32_t i) const noexcept {
  if (i >= n_) return false;
  std::uint32_t len, cp;
  const Ch k = class_at(i, len, cp);
  return k == Ch::upper || k == Ch::lower || k == Ch::digit || k == Ch::mark;
}

inline bool Analyser::space_or_end_at(std::uint32_t i) const noexcept {
  if (i >= n_) return true;
  std::uint32_t len, cp;
  const Ch k = class_at(i, len, cp);
  return k == Ch::space || k == Ch::newline || k == Ch::paragraph;
}


}  // namespace actorgraph::text::detail
