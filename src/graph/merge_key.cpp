#include "graph/merge_key.hpp"

#include <array>
#include <cctype>

namespace actorgraph::merge {
namespace {

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

constexpr std::array<std::string_view, 28> kPronouns = {
    "he",   "she",   "it",    "they",  "him",   "her",    "them",  "his",    "its",    "their",
    "we",   "us",    "our",   "i",     "me",    "my",     "you",   "your",   "who",    "whom",
    "this", "that",  "these", "those", "one",   "itself", "himself", "herself"};

constexpr std::array<std::string_view, 13> kDeterminers = {"the ", "this ", "that ", "these ", "those ", "its ",  "his ",
                                                           "her ", "their ", "our ",  "a ",    "an ",   "both "};

}  // namespace

bool is_pronoun_like(std::string_view m) noexcept {
  while (!m.empty() && std::isspace(static_cast<unsigned char>(m.front()))) m.remove_prefix(1);
  while (!m.empty() && std::isspace(static_cast<unsigned char>(m.back()))) m.remove_suffix(1);
  if (m.empty()) return true;
  for (auto p : kPronouns)
    if (iequals(m, p)) return true;
  // "the president", "the country": a definite description with no capitalised
  // word after the determiner names nobody by itself.
  for (auto d : kDeterminers) {
    if (m.size() > d.size() && iequals(m.substr(0, d.size()), d)) {
      auto rest = m.substr(d.size());
      bool capital = false;
      bool at_word = true;
      for (char c : rest) {
        if (at_word && std::isupper(static_cast<unsigned char>(c))) capital = true;
        at_word = c == ' ' || c == '-';
      }
      return !capital;
    }
  }
  return false;
}

}  // namespace actorgraph::merge
