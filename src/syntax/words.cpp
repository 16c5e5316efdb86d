#include "syntax/words.hpp"

#include "actorgraph/text.hpp"
#include "syntax/clusters.hpp"
#include "syntax/hash.hpp"
#include "text/chars.hpp"

namespace actorgraph::syntax {
namespace {

using text::detail::Ch;

struct CharInfo {
  std::uint32_t cp;
  std::uint32_t len;
  Ch cls;
};

CharInfo char_at(std::string_view s, std::size_t i) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::uint32_t len = 1;
  if (p[i] < 0x80u) return {p[i], 1, text::detail::kAsciiClass.c[p[i]]};
  const std::uint32_t cp = text::detail::decode_utf8(p + i, p + s.size(), len);
  return {cp, len, text::detail::classify(cp)};
}

bool is_letter(Ch c) noexcept { return c == Ch::upper || c == Ch::lower; }

// Code point boundaries of s (byte offsets), into `at` (size = characters + 1).
void boundaries(std::string_view s, std::vector<std::uint32_t>& at) {
  at.clear();
  for (std::size_t i = 0; i < s.size();) {
    at.push_back(static_cast<std::uint32_t>(i));
    i += char_at(s, i).len;
  }
  at.push_back(static_cast<std::uint32_t>(s.size()));
}

}  // namespace

void normalise(std::string_view form, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < form.size();) {
    const CharInfo c = char_at(form, i);
    i += c.len;
    switch (c.cls) {
      case Ch::digit: out.push_back('0'); break;
      case Ch::apostrophe: case Ch::open_single: case Ch::close_single: out.push_back('\''); break;
      case Ch::dquote: case Ch::open_double: case Ch::close_double: out.push_back('"'); break;
      case Ch::hyphen: case Ch::dash: out.push_back('-'); break;
      case Ch::ellipsis: out += "..."; break;
      case Ch::invalid: out.push_back('?'); break;
      default: text::detail::append_utf8(out, text::detail::fold_case(c.cp));
    }
  }
}

CaseMode case_mode(std::span<const std::string_view> forms) noexcept {
  // Words of two or more letters: how many are all capitals, how many
  // (after the first word) start with a capital among those of 4+ letters.
  int multi = 0, all_caps = 0, long_words = 0, long_caps = 0;
  for (std::size_t k = 0; k < forms.size(); ++k) {
    std::string_view f = forms[k];
    int letters = 0, upper = 0;
    bool first_upper = false;
    for (std::size_t i = 0; i < f.size();) {
      const CharInfo c = char_at(f, i);
      if (is_letter(c.cls)) {
        if (letters == 0) first_upper = c.cls == Ch::upper;
        ++letters;
        upper += c.cls == Ch::upper;
      }
      i += c.len;
    }
    if (letters < 2) continue;
    ++multi;
    all_caps += upper == letters;
    if (k > 0 && letters >= 4) {
      ++long_words;
      long_caps += first_upper;
    }
  }
  if (multi >= 2 && all_caps * 5 >= multi * 4) return CaseMode::upper;
  if (long_words >= 2 && long_caps * 4 >= long_words * 3) return CaseMode::title;
  return CaseMode::normal;
}

void prepare(std::span<const std::string_view> forms, const Clusters* clusters, SentenceFeats& out) {
  out.mode = case_mode(forms);
  out.w.resize(forms.size());
  std::string& norm = out.buf;
  std::vector<std::uint32_t> at;
  std::string shape;
  for (std::size_t k = 0; k < forms.size(); ++k) {
    WordFeats& w = out.w[k];
    w = WordFeats{};
    const std::string_view f = forms[k];
    // Flags and shape from the form as written.
    int letters = 0, upper = 0;
    shape.clear();
    char last = 0;
    int run = 0;
    for (std::size_t i = 0; i < f.size();) {
      const CharInfo c = char_at(f, i);
      i += c.len;
      char s;
      switch (c.cls) {
        case Ch::upper: s = 'X'; break;
        case Ch::lower: s = 'x'; break;
        case Ch::digit: s = 'd'; w.flags |= kHasDigit; break;
        case Ch::hyphen: case Ch::dash: s = '-'; break;
        default: s = c.cp < 0x80u ? static_cast<char>(c.cp) : 'o';
      }
      if (is_letter(c.cls)) {
        if (letters == 0 && c.cls == Ch::upper) w.flags |= kCapFirst;
        ++letters;
        upper += c.cls == Ch::upper;
      }
      if (s == '-' && i < f.size() && letters > 0) w.flags |= kHasHyphen;
      run = s == last ? run + 1 : 1;
      last = s;
      if (run <= 2) shape.push_back(s);
    }
    if (letters > 0) w.flags |= kHasAlpha;
    if (letters >= 2 && upper == letters) w.flags |= kAllCaps;
    if (k == 0) w.flags |= kFirstWord;
    w.shape = hash_bytes(shape);
    // Normalised form, affixes, lexicon classes.
    normalise(f, norm);
    w.word = hash_bytes(norm);
    boundaries(norm, at);
    const std::size_t chars = at.size() - 1;
    for (std::size_t n = 1; n <= 3; ++n)
      if (chars > n) w.pre[n - 1] = hash_bytes(std::string_view(norm).substr(0, at[n]));
    for (std::size_t n = 1; n <= 4; ++n)
      if (chars > n) w.suf[n - 1] = hash_bytes(std::string_view(norm).substr(at[chars - n]));
    if (letters > 0) {
      // The lexicon is keyed by the lower-case form with its digits.
      std::string& lower = shape;
      lower.clear();
      for (std::size_t i = 0; i < f.size();) {
        const CharInfo c = char_at(f, i);
        i += c.len;
        if (c.cls == Ch::apostrophe) lower.push_back('\'');
        else text::detail::append_utf8(lower, text::detail::fold_case(c.cp));
      }
      const text::WordInfo wi = text::lookup(lower);
      w.lex = static_cast<std::uint16_t>(wi.pos | (static_cast<unsigned>(wi.verb_form) << 9));
    }
    if (clusters) w.cluster = clusters->find(w.word);
  }
}

}  // namespace actorgraph::syntax
