// Triple: one actor–relation–actor statement with its provenance.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "actorgraph/actor.hpp"

namespace actorgraph {

/// The relation of a triple: the words of the text and the field's codes.
struct Relation {
  std::string text;       ///< surface text: "has called for direct talks with"
  std::string lemma;      ///< normalised lemma phrase: "call for talks with"
  std::string cameo;      ///< CAMEO event code "026" (may be empty when uncoded)
  std::string root;       ///< CAMEO root "02"
  int quad = 0;           ///< quad class 1..4 (0 when uncoded)
  double goldstein = 0;   ///< Goldstein value -10..10
  std::string plover;     ///< PLOVER type "REQUEST"
};

enum class Modality : std::uint8_t { asserted, hypothetical, intended, reported };
std::string_view to_string(Modality m) noexcept;
bool parse_modality(std::string_view s, Modality& out) noexcept;

/// One end of a triple: the resolved actor and the words that named it.
struct ActorMention {
  Actor actor;            ///< resolved actor (id, name, type, country, sector, code)
  std::string mention;    ///< the text that named it: "China's Xi Jinping", "he"
  std::uint32_t begin = 0, end = 0;  ///< byte span of `mention` in the article text
};

/// One extracted statement. Spans are byte offsets into Article::text.
struct Triple {
  std::string article;    ///< article id
  std::string date;       ///< article date (ISO), may be empty
  /// The date the user assumed for an undated article (`--date`, YYYY[-MM[-DD]]):
  /// roles and titles were resolved on it; `date` stays empty. "" when none.
  std::string assumed_date;
  std::uint32_t sentence = 0;            ///< 0-based sentence index in the article
  std::uint32_t span_begin = 0, span_end = 0;  ///< the sentence's byte span
  std::string sentence_text;             ///< the sentence as in the original
  ActorMention subject;
  Relation relation;
  ActorMention object;
  bool negated = false;
  /// A symmetric event among several actors ("Russia and China met", "six
  /// nations agreed to cooperate"): one triple per pair, the actor named
  /// first as the subject; it holds both ways.
  bool reciprocal = false;
  Modality modality = Modality::asserted;
  std::string claimant;   ///< id of who said it, for reported speech ("" if none)
  /// A statement to the press, the article's sourcing rather than a relation
  /// with the outlet: "news organisation" (told Reuters), "reporters" (told
  /// reporters, Japanese journalists) or "interview" (said in an interview
  /// with the BBC). "" for every other triple. `build` stores no edge for
  /// these unless asked to (--keep-media-audience).
  std::string audience;
  double confidence = 0;  ///< 0..1
  std::string extractor;  ///< "pattern"
  std::string rule;       ///< lexicon entry or rule id
};

/// The key an edge is merged on (ARCHITECTURE.md): CAMEO code when known,
/// else the lemma phrase.
std::string relation_key(const Relation& r);

/// One compact JSON object (no newline) in the format of ARCHITECTURE.md,
/// which ../shared/eval/score_triples.py and score_events.py read.
std::string to_json(const Triple& t);

}  // namespace actorgraph
