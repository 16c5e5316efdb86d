// Text pipeline: offset-preserving normalisation, sentence splitting,
// tokenisation and lemmatisation. Shallow and fast by design: it is on the
// hot path of `extract` (target: >100,000 sentences/s per core in total).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::text {

/// Token flags (bit set).
enum TokenFlag : std::uint16_t {
  kCapitalised = 1 << 0,   ///< first letter upper case ("Beijing", "US")
  kAllCaps = 1 << 1,       ///< every letter upper case, at least 2 letters ("NATO")
  kPunct = 1 << 2,         ///< punctuation (norm is the normalised character: , . ; : ( ) " ' - …)
  kNumber = 1 << 3,        ///< starts with a digit ("5,327", "24", "1.5")
  kSentenceStart = 1 << 4, ///< first token of its sentence
  kQuote = 1 << 5,         ///< a quotation mark (norm is "\"" for any double quote, "'" for single)
  kPossessive = 1 << 6,    ///< the clitic "'s" / "’s" / "'" split off a noun (norm "'s")
  kHyphenated = 1 << 7,    ///< contains an inner hyphen ("Hong Kong-based": token "kong-based")
  kAbbrev = 1 << 8,        ///< abbreviation with a final period kept ("u.s.", "mr.", "feb.")
};

/// One token. begin/end are byte offsets into the ORIGINAL text.
struct Token {
  std::uint32_t begin = 0, end = 0;
  std::uint32_t norm_off = 0, norm_len = 0;  ///< lower-cased normalised form in Document::norm_buf
  std::uint16_t flags = 0;
  bool has(TokenFlag f) const noexcept { return (flags & f) != 0; }
};

/// One sentence: byte span in the original text and its token range [first, last).
struct Sentence {
  std::uint32_t begin = 0, end = 0;
  std::uint32_t first = 0, last = 0;
};

/// The analysis of one text. Reuse one Document across calls to avoid allocation.
struct Document {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::string norm_buf;
  /// Normalised (lower-case, curly quotes -> straight, dashes -> '-', "n't" kept
  /// as its own token "n't") form of token i.
  std::string_view norm(std::size_t i) const noexcept {
    return std::string_view(norm_buf).substr(tokens[i].norm_off, tokens[i].norm_len);
  }
  void clear() { tokens.clear(); sentences.clear(); norm_buf.clear(); }
};

/// Splits `text` (UTF-8) into sentences and tokens. Sentence splitting survives
/// abbreviations (U.S., Feb., Mr., No.), initials, decimals, quotes and
/// brackets; paragraph breaks (blank lines) always end a sentence. Never throws
/// on any input; invalid UTF-8 bytes become punctuation tokens.
void analyse(std::string_view text, Document& out);

/// Parts of speech a word form can have (bit set), from WordNet plus closed-class lists.
enum PosFlag : std::uint16_t {
  kNoun = 1 << 0, kVerb = 1 << 1, kAdj = 1 << 2, kAdv = 1 << 3,
  kDeterminer = 1 << 4, kPreposition = 1 << 5, kPronoun = 1 << 6, kConjunction = 1 << 7,
  kAuxiliary = 1 << 8,  ///< be/have/do and modals
};

/// Verb form of a word form.
enum class VerbForm : std::uint8_t { none, base, third_singular, past, past_participle, past_or_participle, gerund };

/// WordNet's noun lexicographer files (noun.act, noun.person ...), in
/// WordNet's order: bit i of WordInfo::noun_senses is file i + 3.
enum NounSense : std::uint8_t {
  kTops, kAct, kAnimal, kArtifact, kAttribute, kBody, kCognition, kCommunication, kEvent, kFeeling,
  kFood, kGroup, kLocation, kMotive, kObject, kPerson, kPhenomenon, kPlant, kPossession, kProcess,
  kQuantity, kRelation, kShape, kState, kSubstance, kTime,
  kNounSenseCount
};

/// The names of the noun lexicographer files without "noun." ("act", "person").
const char* noun_sense_name(NounSense s) noexcept;

/// What the lexicon knows of one lower-case word form.
struct WordInfo {
  std::uint16_t pos = 0;            ///< PosFlag bits (0 when the word is unknown)
  VerbForm verb_form = VerbForm::none;
  std::string_view verb_lemma;      ///< "called" -> "call", "went" -> "go"; empty when not a verb
  std::string_view noun_lemma;      ///< "talks" -> "talk", "sanctions" -> "sanction"; empty when not a noun
  /// The noun lemma's senses in WordNet: bit s (a NounSense) set when some
  /// sense is in that lexicographer file; bits 27-31 hold the first (most
  /// frequent) sense's file + 1 (0: not a WordNet noun). See first_sense().
  std::uint32_t noun_senses = 0;
  /// The first sense's file, or -1.
  int first_sense() const noexcept { return static_cast<int>(noun_senses >> 27) - 1; }
};

/// Looks up a lower-case word form. Thread-safe, no allocation, O(1) expected.
/// The table is compiled in at build time from WordNet (wordnet-base) plus
/// morphological rules, so it also covers regular forms WordNet does not list.
WordInfo lookup(std::string_view lower_word) noexcept;

/// Convenience: verb lemma of a form ("has" -> "have"); returns the input when unknown.
std::string_view verb_lemma(std::string_view lower_word) noexcept;
/// Convenience: noun lemma ("talks" -> "talk"); returns the input when unknown.
std::string_view noun_lemma(std::string_view lower_word) noexcept;

/// True when `s` is valid UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view s) noexcept;

}  // namespace actorgraph::text
