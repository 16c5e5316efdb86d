// Internal: what the tagger and parser know of each word of a sentence,
// computed once per sentence: hashes of its normalised form, affixes and
// shape, its lexicon classes, and the sentence's case mode (ordinary text,
// an all-capitals line, a title-case headline).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::syntax {

/// How a sentence is capitalised.
enum class CaseMode : std::uint8_t { normal, upper, title };

/// Word flags.
enum WordFlag : std::uint8_t {
  kCapFirst = 1 << 0,  ///< first letter upper case
  kAllCaps = 1 << 1,   ///< every letter upper case, at least 2 letters
  kHasDigit = 1 << 2,
  kHasHyphen = 1 << 3,
  kHasAlpha = 1 << 4,
  kFirstWord = 1 << 5,
};

struct WordFeats {
  std::uint64_t word = 0;      ///< normalised form: case folded, digits as 0, quotes and dashes unified
  std::uint64_t pre[3] = {};   ///< prefixes of 1..3 characters (0: word too short)
  std::uint64_t suf[4] = {};   ///< suffixes of 1..4 characters (0: word too short)
  std::uint64_t shape = 0;     ///< character classes, runs cut at two ("Xx", "dd.dd", "X.X.")
  std::uint32_t cluster = 0;   ///< distributional cluster path (0: none)
  std::uint16_t lex = 0;       ///< lexicon: text::PosFlag bits, verb form in bits 9..11
  std::uint8_t flags = 0;      ///< WordFlag bits
};

/// Distributional word clusters: a word hash -> cluster path map. Optional.
class Clusters;

struct SentenceFeats {
  CaseMode mode = CaseMode::normal;
  std::vector<WordFeats> w;
  std::string buf;  ///< scratch
};

/// The case mode of a sentence of word forms.
CaseMode case_mode(std::span<const std::string_view> forms) noexcept;

/// Fills `out` for `forms`. `clusters` may be null.
void prepare(std::span<const std::string_view> forms, const Clusters* clusters, SentenceFeats& out);

/// The normalised form of one word (as hashed into WordFeats::word), into `out`.
void normalise(std::string_view form, std::string& out);

}  // namespace actorgraph::syntax
