// The syntactic words of a tokenised sentence (see syntax.hpp: Words).
#include <algorithm>
#include <string>

#include "actorgraph/syntax.hpp"
#include "actorgraph/text.hpp"
#include "syntax/model.hpp"
#include "text/chars.hpp"

namespace actorgraph::syntax {
namespace {

using text::detail::Ch;

Ch class_at(const unsigned char* p, const unsigned char* end, std::uint32_t& len, std::uint32_t& cp) {
  len = 1;
  cp = *p;
  if (cp < 0x80u) return text::detail::kAsciiClass.c[cp];
  cp = text::detail::decode_utf8(p, end, len);
  return text::detail::classify(cp);
}

// True when the prefix (lower-cased) is one the model keeps attached.
bool kept_prefix(const Model& m, std::string_view prefix) {
  if (m.hyphen_prefixes.empty()) return false;
  std::string lower;
  for (char c : prefix) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  return std::binary_search(m.hyphen_prefixes.begin(), m.hyphen_prefixes.end(), lower);
}

// A punctuation word that joins a run: one of ! ? . (any mix), or one symbol repeated.
bool joins(std::string_view prev, std::string_view cur) {
  auto terminal = [](std::string_view w) { return !w.empty() && w.find_first_not_of("!?.") == std::string_view::npos; };
  if (terminal(prev) && terminal(cur)) return true;
  return cur.size() == 1 && !prev.empty() && std::string_view("*_=~#+-").find(cur[0]) != std::string_view::npos &&
         prev.find_first_not_of(cur[0]) == std::string_view::npos;
}

}  // namespace

void words_of(const Parser& parser, std::string_view text, const text::Document& doc, const text::Sentence& s,
              Words& out) {
  const Model& m = parser.model();
  out.clear();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  auto push = [&](std::uint32_t tok, std::uint32_t b, std::uint32_t e) {
    const std::string_view form = text.substr(b, e - b);
    const std::size_t n = out.form.size();
    if (n > 0 && out.end[n - 1] == b && joins(out.form[n - 1], form)) {
      out.end[n - 1] = e;
      out.form[n - 1] = text.substr(out.begin[n - 1], e - out.begin[n - 1]);
      return;
    }
    // "can" + "'t" -> "ca" + "n't".
    if (n > 0 && out.end[n - 1] == b && (form == "'t" || form == "\xE2\x80\x99t") && out.form[n - 1].size() > 1 &&
        (out.form[n - 1].back() | 0x20) == 'n') {
      --out.end[n - 1];
      out.form[n - 1] = text.substr(out.begin[n - 1], out.end[n - 1] - out.begin[n - 1]);
      --b;
    }
    out.form.push_back(text.substr(b, e - b));
    out.token.push_back(tok);
    out.begin.push_back(b);
    out.end.push_back(e);
  };
  for (std::uint32_t t = s.first; t < s.last; ++t) {
    const text::Token& tk = doc.tokens[t];
    if (!tk.has(text::kHyphenated) || tk.end <= tk.begin || tk.end > text.size()) {
      push(t, tk.begin, tk.end);
      continue;
    }
    // Split at inner hyphens (ASCII or U+2010/U+2011) between word characters,
    // but not after a prefix the treebank keeps attached.
    std::uint32_t start = tk.begin;
    bool first = true;
    for (std::uint32_t i = tk.begin; i < tk.end;) {
      std::uint32_t len, cp;
      const Ch cls = class_at(p + i, p + tk.end, len, cp);
      if (cls == Ch::hyphen && i > start && i + len < tk.end) {
        if (first && kept_prefix(m, text.substr(start, i - start))) break;
        first = false;
        push(t, start, i);
        push(t, i, i + len);
        start = i + len;
      }
      i += len;
    }
    push(t, start, tk.end);
  }
}

}  // namespace actorgraph::syntax
