// The closed word lists the extraction engine needs beside the relation
// lexicon: speech verbs, control verbs, negators, negating verbs and modality
// cues. The lists are data (data/word_lists.json, compiled in), not code.
// Verb cues use the lexicon's pattern language after the verb lemma: words,
// "+" (the object actor) and "*" (up to three skipped words).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actorgraph/relation_lexicon.hpp"
#include "actorgraph/triple.hpp"

namespace actorgraph::relations {

/// A verb lemma with the words that must follow it: ("refuse", "to"),
/// ("call", "on + to"), ("have", "yet to"). `modality` is used by modality
/// cues. `frame`, when set, says how the cue re-codes the event it governs
/// (RelationLexicon::framed): "urge + to" appeal, "press + to" demand,
/// "refuse to" reject, "promise to" intent, "threaten to" threaten.
struct VerbCue {
  std::string verb;
  std::string pattern;
  Modality modality = Modality::asserted;
  std::optional<CameoFrame> frame;
};

/// Cues indexed by verb lemma. Immutable after construction; thread-safe reads.
class CueList {
 public:
  void add(VerbCue cue);
  const std::vector<VerbCue>& all() const noexcept { return cues_; }
  /// Indices into all() of the cues whose verb is `lemma` (empty when none).
  const std::vector<std::uint32_t>& by_verb(std::string_view lemma) const noexcept;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::vector<VerbCue> cues_;
  std::unordered_map<std::string, std::vector<std::uint32_t>, Hash, std::equal_to<>> index_;
};

/// The compiled-in word lists.
class WordLists {
 public:
  /// Speech/report verbs by lemma: "say", "tell", "announce", "claim" ...
  bool is_speech_verb(std::string_view lemma) const noexcept;
  /// Negating words by lower-case form: "not", "n't", "never", "no" ...
  bool is_negator(std::string_view lower_word) const noexcept;
  /// Single-word modality markers ("could", "would", "might", "may", "should",
  /// "possibly"): sets `out` and returns true when `lower_word` is one.
  bool modal_word(std::string_view lower_word, Modality& out) const noexcept;

  /// Verbs that pass their object to a following infinitive: "urge + to",
  /// "call on + to", "press + to", "persuade + to".
  const CueList& control_verbs() const noexcept { return control_; }
  /// Verbs that negate the verb they govern: "refuse to", "fail to",
  /// "decline to", "have yet to", "deny".
  const CueList& negating_verbs() const noexcept { return negating_; }
  /// Verbs that make the governed event hypothetical or intended: "plan to",
  /// "intend to", "threaten to", "want to", "seek to", "propose".
  const CueList& modality_verbs() const noexcept { return modality_; }

  const std::vector<std::string>& speech_verbs() const noexcept { return speech_list_; }
  const std::vector<std::string>& negators() const noexcept { return negator_list_; }

  /// Parses a word-list document (the format of data/word_lists.json).
  /// Throws ParseError(origin, line, field, message) when it is malformed.
  static WordLists parse(std::string_view json, const std::string& origin);

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  std::vector<std::string> speech_list_, negator_list_;
  Set speech_, negators_;
  std::unordered_map<std::string, Modality, Hash, std::equal_to<>> modal_words_;
  CueList control_, negating_, modality_;
};

/// The compiled-in lists (parsed once, on first use; thread-safe).
const WordLists& word_lists();

}  // namespace actorgraph::relations
