// analyse(): one pass over UTF-8 bytes producing tokens (with offsets into the
// original text and normalised forms in Document::norm_buf) and sentences.
// Sentence boundaries are decided as each token is emitted, from the kind of
// the previous token (end punctuation, abbreviation), the whitespace between
// them (space, newline, blank line) and the shape of the new token.
#include <cstring>

#include "actorgraph/text.hpp"
#include "text/chars.hpp"
#include "text/word_lists.hpp"

namespace actorgraph::text {
namespace {

using detail::AbbrevKind;
using detail::Ch;

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

Ch Analyser::class_at(std::uint32_t i, std::uint32_t& len, std::uint32_t& cp) const noexcept {
  const unsigned char c = s_[i];
  if (c < 0x80u) {
    len = 1;
    cp = c;
    return detail::kAsciiClass.c[c];
  }
  cp = detail::decode_utf8(s_ + i, s_ + n_, len);
  return detail::classify(cp);
}

bool Analyser::word_char_at(std::uint32_t i) const noexcept {
  if (i >= n_) return false;
  std::uint32_t len, cp;
  const Ch k = class_at(i, len, cp);
  return k == Ch::upper || k == Ch::lower || k == Ch::digit || k == Ch::mark;
}

bool Analyser::space_or_end_at(std::uint32_t i) const noexcept {
  if (i >= n_) return true;
  std::uint32_t len, cp;
  const Ch k = class_at(i, len, cp);
  return k == Ch::space || k == Ch::newline || k == Ch::paragraph;
}

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

// "U.S.", "e.g.", "a.m.", "Ph.D.": runs of one or two ASCII letters joined by
// periods, ending with a period. `b` starts the first run, `dot` is the period
// after it. Returns the end of the abbreviation or 0 when there is none.
std::uint32_t Analyser::dotted_abbreviation(std::uint32_t b, std::uint32_t dot) const noexcept {
  if (dot - b > 2) return 0;
  std::uint32_t p = dot, runs = 1;
  while (p < n_ && s_[p] == '.') {
    std::uint32_t q = p + 1;
    while (q < n_ && ascii_alpha(s_[q])) ++q;
    const std::uint32_t run = q - (p + 1);
    if (run == 0) return runs >= 2 ? p + 1 : 0;
    if (run > 2 || (q < n_ && (ascii_digit(s_[q]) || s_[q] >= 0x80u))) return 0;
    ++runs;
    p = q;
  }
  return 0;
}

std::uint32_t Analyser::scan_word(std::uint32_t b) {
  std::uint32_t i = b, upper = 0, lower = 0;
  bool hyphen = false, ascii = true, letters_only = true, domain = false;
  const bool number = ascii_digit(s_[b]);
  // Clitic split off the end of the word: [clitic_b, clitic_e) with its norm.
  std::uint32_t word_e = 0, clitic_b = 0, clitic_e = 0;
  const char* clitic = nullptr;
  while (i < n_) {
    const unsigned char c = s_[i];
    if (c < 0x80u) {
      const Ch k = detail::kAsciiClass.c[c];
      if (k == Ch::lower) { ++lower; ++i; continue; }
      if (k == Ch::upper) { ++upper; ++i; continue; }
      if (k == Ch::digit) { letters_only = false; ++i; continue; }
      if (c == '-') {
        if (word_char_at(i + 1)) { hyphen = true; letters_only = false; ++i; continue; }
        break;
      }
      if ((c == '.' || c == ',') && i > b && ascii_digit(s_[i - 1]) && i + 1 < n_ &&
          ascii_digit(s_[i + 1])) {
        if (c == '.') { i += 2; continue; }
        // Thousands separator: exactly three digits follow.
        if (i + 3 < n_ && ascii_digit(s_[i + 2]) && ascii_digit(s_[i + 3]) &&
            (i + 4 >= n_ || !ascii_digit(s_[i + 4]))) {
          i += 4;
          continue;
        }
        break;
      }
      // Domains and e-mail addresses: "Amazon.com", "news.bbc.co.uk", "info@un.org".
      // A first part of one or two letters is left to the abbreviation rules ("e.g.").
      if (c == '.' && i + 1 < n_ && s_[i + 1] >= 'a' && s_[i + 1] <= 'z' &&
          (domain || i - b >= 3) && word_char_at(i - 1) && !number) {
        domain = true;
        letters_only = false;
        ++i;
        continue;
      }
      if (c == '@' && i > b && !number && word_char_at(i + 1)) {
        domain = true;
        letters_only = false;
        ++i;
        continue;
      }
      if (c == '&' && i > b && s_[i - 1] >= 'A' && s_[i - 1] <= 'Z' && i + 1 < n_ &&
          s_[i + 1] >= 'A' && s_[i + 1] <= 'Z') {  // AT&T, S&P
        letters_only = false;
        ++i;
        continue;
      }
      if (c != '\'') break;
    } else {
      std::uint32_t len, cp;
      const Ch k = class_at(i, len, cp);
      if (k == Ch::upper || k == Ch::lower || k == Ch::mark) {
        ascii = false;
        if (k == Ch::upper) ++upper; else if (k == Ch::lower) ++lower;
        i += len;
        continue;
      }
      if (k == Ch::hyphen && word_char_at(i + len)) {
        ascii = false;
        hyphen = true;
        letters_only = false;
        i += len;
        continue;
      }
      if (k != Ch::apostrophe) break;
    }
    // An apostrophe (' or U+2019) at i.
    const std::uint32_t alen = s_[i] == '\'' ? 1 : 3;
    const std::uint32_t j = i + alen;
    std::uint32_t q = j;
    while (q < n_ && ascii_alpha(s_[q])) ++q;
    const std::uint32_t run = q - j;
    if (run == 0 && !word_char_at(j)) {
      // Plural possessive "nations' " unless it closes a single quote.
      if (!open_single_ && i > b && (s_[i - 1] | 0x20u) == 's' && !number) {
        word_e = i;
        clitic_b = i;
        clitic_e = j;
        clitic = "'s";
      }
      break;
    }
    if (run >= 1 && run <= 2 && !word_char_at(q)) {
      char r[2] = {static_cast<char>(s_[j] | 0x20), run == 2 ? static_cast<char>(s_[j + 1] | 0x20) : '\0'};
      const std::string_view rs(r, run);
      if (rs == "t" && i >= b + 2 && (s_[i - 1] | 0x20u) == 'n') {
        // "haven't" -> "have" + "n't"; "can't" -> "can" + "n't" (the n is not shared).
        const bool can = i - b == 3 && (s_[b] | 0x20u) == 'c' && (s_[b + 1] | 0x20u) == 'a';
        word_e = can ? i : i - 1;
        clitic_b = word_e;
        clitic_e = q;
        clitic = "n't";
        if (!can) {  // the 'n' (or 'N') leaves the word
          if (s_[i - 1] == 'n') --lower; else --upper;
        }
        break;
      }
      static constexpr std::string_view kClitics[] = {"s", "re", "ve", "ll", "d", "m"};
      static constexpr const char* kNorms[] = {"'s", "'re", "'ve", "'ll", "'d", "'m"};
      bool found = false;
      for (std::size_t c = 0; c < 6 && !found; ++c) {
        if (rs == kClitics[c]) {
          word_e = i;
          clitic_b = i;
          clitic_e = q;
          clitic = kNorms[c];
          found = true;
        }
      }
      if (found) break;
    }
    // Inner apostrophe: "O'Brien", "d'Ivoire".
    letters_only = false;
    i = j;
  }
  std::uint32_t e = word_e != 0 ? word_e : i;

  // A period after the word: abbreviation or initial keeps it.
  std::uint16_t flags = 0;
  End end_after = End::none;
  if (clitic == nullptr && e < n_ && s_[e] == '.' && ascii && letters_only) {
    const std::uint32_t len = e - b;
    std::uint32_t abbrev_e = 0;
    if (e + 1 < n_ && ascii_alpha(s_[e + 1])) {
      abbrev_e = dotted_abbreviation(b, e);
      if (abbrev_e != 0) end_after = End::weak;
    } else if (len == 1 && upper == 1) {
      abbrev_e = e + 1;  // initial: "J. Smith"
      end_after = End::weak;
    } else if (len <= 6) {
      char low[6];
      for (std::uint32_t k = 0; k < len; ++k) low[k] = static_cast<char>(s_[b + k] | 0x20);
      switch (detail::abbreviation_kind(std::string_view(low, len))) {
        case AbbrevKind::title:
          abbrev_e = e + 1;
          end_after = End::never;
          break;
        case AbbrevKind::other:
          abbrev_e = e + 1;
          end_after = End::weak;
          break;
        case AbbrevKind::proper:
          if (s_[b] >= 'A' && s_[b] <= 'Z') {
            abbrev_e = e + 1;
            end_after = End::weak;
          }
          break;
        case AbbrevKind::numeral: {
          std::uint32_t p = e + 1;
          while (p < n_ && s_[p] == ' ') ++p;
          if (p < n_ && ascii_digit(s_[p])) {
            abbrev_e = e + 1;
            end_after = End::never;
          }
          break;
        }
        case AbbrevKind::none:
          break;
      }
    }
    if (abbrev_e != 0) {
      for (std::uint32_t k = e; k < abbrev_e; ++k) {
        upper += (s_[k] >= 'A' && s_[k] <= 'Z');
        lower += (s_[k] >= 'a' && s_[k] <= 'z');
      }
      e = abbrev_e;
      flags |= kAbbrev;
      // "U.S.'s": the possessive clitic after an abbreviation.
      const std::uint32_t alen = e < n_ && s_[e] == '\'' ? 1
                                 : (e + 2 < n_ && s_[e] == 0xE2 && s_[e + 1] == 0x80 && s_[e + 2] == 0x99) ? 3
                                                                                                          : 0;
      if (alen != 0 && e + alen < n_ && (s_[e + alen] | 0x20u) == 's' && !word_char_at(e + alen + 1)) {
        clitic = "'s";
        clitic_b = e;
        clitic_e = e + alen + 1;
      }
    }
  }

  std::uint32_t first_len, first_cp;
  if (class_at(b, first_len, first_cp) == Ch::upper) flags |= kCapitalised;
  if (upper >= 2 && lower == 0) flags |= kAllCaps;
  if (number) flags |= kNumber;
  if (hyphen) flags |= kHyphenated;

  const std::uint32_t norm_off = static_cast<std::uint32_t>(d_.norm_buf.size());
  append_norm(b, e);
  std::string_view norm(d_.norm_buf.data() + norm_off, d_.norm_buf.size() - norm_off);
  if (clitic != nullptr && clitic[0] == 'n' && norm.size() <= 3) {  // "won't" -> "wo" (will), "shan't" -> "sha" (shall)
    if (norm == "wo") { d_.norm_buf.resize(norm_off); d_.norm_buf += "will"; }
    else if (norm == "sha") { d_.norm_buf.resize(norm_off); d_.norm_buf += "shall"; }
    norm = std::string_view(d_.norm_buf.data() + norm_off, d_.norm_buf.size() - norm_off);
  }
  if (norm.size() == 6 && norm[0] == 'c' && norm == "cannot") {  // "cannot" -> "can" + "not"
    d_.norm_buf.resize(norm_off + 3);
    push(b, b + 3, norm_off, flags, Role::word);
    push_literal(b + 3, e, "not", 0, Role::other);
    return e;
  }
  const bool non_possessive_host = clitic != nullptr && detail::is_non_possessive_host(norm);
  push(b, e, norm_off, flags, Role::word, end_after);
  if (clitic != nullptr) {
    std::uint16_t cflags = 0;
    if (clitic[1] == 's' && !non_possessive_host) cflags |= kPossessive;
    push_literal(clitic_b, clitic_e, clitic, cflags, Role::other);
    return clitic_e;
  }
  return e;
}

void Analyser::append_norm(std::uint32_t b, std::uint32_t e) {
  std::string& out = d_.norm_buf;
  // ASCII prefix: lower-case it in place after one resize.
  std::uint32_t i = b;
  while (i < e && s_[i] < 0x80u) ++i;
  const std::size_t old = out.size();
  out.append(reinterpret_cast<const char*>(s_ + b), i - b);  // capacity reserved by analyse()
  for (char* w = out.data() + old, *end = out.data() + out.size(); w != end; ++w) {
    const auto c = static_cast<unsigned char>(*w);
    *w = static_cast<char>(c + (static_cast<unsigned>(c - 'A') < 26u ? 32 : 0));
  }
  while (i < e) {
    const unsigned char c = s_[i];
    if (c < 0x80u) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    std::uint32_t len, cp;
    const Ch k = class_at(i, len, cp);
    i += len;
    if (k == Ch::apostrophe) out.push_back('\'');
    else if (k == Ch::hyphen) out.push_back('-');
    else if (cp == 0xADu) continue;  // soft hyphen
    else detail::append_utf8(out, detail::fold_case(cp));
  }
}

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

}  // namespace

void analyse(std::string_view text, Document& out) {
  out.clear();
  if (out.norm_buf.capacity() < text.size() + 16) out.norm_buf.reserve(text.size() + 16);
  Analyser(text, out).run();
}

}  // namespace actorgraph::text
