#include <string>

#include "actorgraph/syntax.hpp"
#include "actorgraph/text.hpp"
#include "syntax/words.hpp"
#include "text/chars.hpp"

namespace actorgraph::syntax {

std::string lemma(std::string_view form, Upos tag) {
  if (tag == Upos::PROPN) return std::string(form);
  std::string lower;
  const auto* p = reinterpret_cast<const unsigned char*>(form.data());
  for (std::size_t i = 0; i < form.size();) {
    std::uint32_t len = 1;
    const std::uint32_t cp = p[i] < 0x80u ? p[i] : text::detail::decode_utf8(p + i, p + form.size(), len);
    i += len;
    if (cp == 0x2019u) lower.push_back('\'');
    else text::detail::append_utf8(lower, text::detail::fold_case(cp));
  }
  if (tag == Upos::VERB || tag == Upos::AUX) return std::string(text::verb_lemma(lower));
  if (tag == Upos::NOUN) return std::string(text::noun_lemma(lower));
  return lower;
}

}  // namespace actorgraph::syntax
