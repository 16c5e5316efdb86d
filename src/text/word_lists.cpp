// Closed word lists of the tokeniser: abbreviations, sentence starters, clitic hosts.
#include "text/word_lists.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace actorgraph::text::detail {
namespace {

template <std::size_t N>
constexpr std::array<std::string_view, N> sorted(std::array<std::string_view, N> a) {
  std::sort(a.begin(), a.end());
  return a;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& a, std::string_view w) noexcept {
  return std::binary_search(a.begin(), a.end(), w);
}

// Titles and name prefixes: a capitalised word after them is part of the name.
constexpr auto kTitles = sorted(std::to_array<std::string_view>({
    "adm", "amb", "brig", "capt", "cdr", "cmdr", "col", "cpl", "dr", "fr", "gen", "gov",
    "hon", "insp", "lt", "maj", "messrs", "mme", "mlle", "mr", "mrs", "ms", "msgr", "mt",
    "prof", "pres", "pte", "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "st",
    "supt", "ste", "gens", "lieut", "atty"}));

// Abbreviations that may also end a sentence.
constexpr auto kOther = sorted(std::to_array<std::string_view>({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "corp", "sr", "ltd", "co", "cos", "jr", "vs", "etc", "bros", "dept", "est", "approx",
    "govt", "assn", "univ", "ave", "blvd", "rd", "mon", "tue", "tues", "thu", "thur",
    "thurs", "fri", "plc", "intl", "al", "cf", "viz", "esq", "ft"}));

// US states and Canadian provinces in datelines ("WILMINGTON, Del., Feb 26").
constexpr auto kProper = sorted(std::to_array<std::string_view>({
    "ala", "alta", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
    "kan", "kans", "ky", "la", "man", "mass", "md", "mich", "minn", "miss", "mo", "mont",
    "neb", "nebr", "nev", "okla", "ont", "ore", "pa", "penn", "que", "sask", "tenn", "tex",
    "va", "vt", "wash", "wis", "wisc", "wyo"}));

constexpr auto kNumeral = sorted(std::to_array<std::string_view>({
    "no", "nos", "art", "fig", "vol", "pp"}));

constexpr auto kStarters = sorted(std::to_array<std::string_view>({
    "a", "after", "against", "all", "also", "although", "an", "another", "any", "as",
    "at", "because", "before", "both", "but", "by", "despite", "during", "each", "earlier",
    "even", "every", "few", "for", "from", "further", "he", "her", "here", "his", "how",
    "however", "i", "if", "in", "instead", "it", "its", "last", "later", "many", "meanwhile",
    "more", "moreover", "most", "much", "my", "neither", "nevertheless", "next", "no", "none",
    "nor", "not", "now", "on", "once", "one", "only", "other", "our", "over", "several",
    "she", "since", "so", "some", "still", "such", "that", "the", "their", "then", "there",
    "these", "they", "this", "those", "though", "thus", "to", "two", "under", "unlike",
    "until", "we", "what", "when", "where", "whether", "while", "who", "why", "yet", "you",
    "with"}));

constexpr auto kReporting = sorted(std::to_array<std::string_view>({
    "added", "adds", "admitted", "argued", "asked", "asks", "claimed", "continued", "cried",
    "declared", "explained", "insisted", "noted", "recalled", "replied", "said", "says",
    "shouted", "stressed", "tells", "told", "warned", "wrote", "writes"}));

constexpr auto kNonPossessive = sorted(std::to_array<std::string_view>({
    "he", "she", "it", "that", "there", "here", "what", "who", "where", "when", "how",
    "let", "this", "which", "everyone"}));

}  // namespace

namespace {

// Up to 8 bytes packed into an integer: abbreviation lookup is on the path of
// every word followed by a period, so it avoids string comparisons.
constexpr std::uint64_t pack(std::string_view w) {
  std::uint64_t k = 0;
  for (char c : w) k = (k << 8) | static_cast<unsigned char>(c);
  return k;
}

struct Packed { std::uint64_t key; AbbrevKind kind; };

constexpr auto kAbbreviations = [] {
  std::array<Packed, kTitles.size() + kOther.size() + kProper.size() + kNumeral.size()> a{};
  std::size_t n = 0;
  for (auto w : kTitles) a[n++] = {pack(w), AbbrevKind::title};
  for (auto w : kOther) a[n++] = {pack(w), AbbrevKind::other};
  for (auto w : kProper) a[n++] = {pack(w), AbbrevKind::proper};
  for (auto w : kNumeral) a[n++] = {pack(w), AbbrevKind::numeral};
  std::sort(a.begin(), a.end(), [](const Packed& x, const Packed& y) { return x.key < y.key; });
  return a;
}();

}  // namespace

AbbrevKind abbreviation_kind(std::string_view w) noexcept {
  if (w.empty() || w.size() > 8) return AbbrevKind::none;
  const std::uint64_t key = pack(w);
  const auto it = std::lower_bound(kAbbreviations.begin(), kAbbreviations.end(), key,
                                   [](const Packed& p, std::uint64_t k) { return p.key < k; });
  return it != kAbbreviations.end() && it->key == key ? it->kind : AbbrevKind::none;
}

bool is_sentence_starter(std::string_view w) noexcept { return contains(kStarters, w); }

bool is_reporting_verb(std::string_view w) noexcept { return contains(kReporting, w); }

bool is_non_possessive_host(std::string_view w) noexcept { return contains(kNonPossessive, w); }

}  // namespace actorgraph::text::detail
