// Word scanning: letters, digits, inner hyphens and apostrophes, clitics
// ("'s", "n't", "'re" ...), numbers with separators, abbreviations that keep
// their period, domains; and the normalised (lower-cased) form of a token.
#include "text/analyser.hpp"
#include "text/word_lists.hpp"

namespace actorgraph::text::detail {

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
      for (std::size_t k = 0; k < 6 && !found; ++k) {
        if (rs == kClitics[k]) {
          word_e = i;
          clitic_b = i;
          clitic_e = q;
          clitic = kNorms[k];
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
      std::uint32_t alen = 0;
      if (e < n_ && s_[e] == '\'') alen = 1;
      else if (e + 2 < n_ && s_[e] == 0xE2 && s_[e + 1] == 0x80 && s_[e + 2] == 0x99) alen = 3;
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
  if (d_.norm_buf.size() == norm_off) d_.norm_buf.push_back('-');  // a lone soft hyphen
  std::string_view norm(d_.norm_buf.data() + norm_off, d_.norm_buf.size() - norm_off);
  // "won't" -> "wo" (norm "will"), "shan't" -> "sha" (norm "shall").
  if (clitic != nullptr && clitic[0] == 'n' && norm.size() <= 3) {
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
  // ASCII prefix: one append, then lower-case in place.
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

}  // namespace actorgraph::text::detail
