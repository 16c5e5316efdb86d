// Per-article working data shared by the extraction stages: token facts,
// actor mentions and their references. One Analysis is reused across
// articles (buffers keep their capacity).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "actorgraph/text.hpp"
#include "extract/model.hpp"

namespace actorgraph::extract {

/// Facts of one token, computed once per article.
struct TokenData {
  std::uint32_t word = kNoWord;        ///< vocab id of the norm form
  std::uint32_t noun_lemma = kNoWord;  ///< vocab id of the noun lemma
  std::uint32_t verb_lemma = kNoWord;  ///< vocab id of the verb lemma
  std::uint64_t cls = 0;               ///< WordClass bits
  text::WordInfo wi;
  std::uint16_t flags = 0;             ///< text::TokenFlag bits
};

/// What a mention refers to.
struct Ref {
  enum Kind : std::uint8_t { kNone, kEntry, kDerived, kUnknown };
  Kind kind = kNone;
  std::int32_t entry = -1;        ///< actor entry (entry) or country entry (derived)
  std::int32_t agent = -1;        ///< agent giving sector/type (derived); -1 = government
  std::uint32_t ub = 0, ue = 0;   ///< token range of an unknown name (document tokens)
  std::uint64_t name_hash = 0;    ///< hash of an unknown name's norm tokens (identity)
  std::int8_t name_type = -1;     ///< an unknown name's NameType (-1: no evidence of one)
  std::uint8_t name_sector = 0;   ///< its sector (Model::name_sector index)
  bool operator==(const Ref& o) const noexcept;
};

enum class MentionKind : std::uint8_t { name, derived, unknown, pronoun, description, first_person };

/// How the words of a mention named its actor (RecognisedMention::how).
enum class How : std::uint8_t { name, alias, surname, adjective, metonym, agent, pronoun, description, unknown };

/// The lower-case label of a How value ("name", "alias", …).
constexpr const char* how_label(How h) noexcept {
  constexpr const char* kLabels[] = {"name",  "alias",   "surname",     "adjective", "metonym",
                                     "agent", "pronoun", "description", "unknown"};
  return kLabels[static_cast<int>(h)];
}

/// One actor mention in a sentence. Token indices are document-global.
struct Mention {
  std::uint32_t tb = 0, te = 0;       ///< tokens [tb, te)
  MentionKind kind = MentionKind::name;
  Ref ref;                            ///< resolved referent (kind none: unresolved)
  bool plural = false;
  bool possessor = false;   ///< "Russia's" before a non-actor noun
  bool modifier = false;    ///< a bare adjective ("Russian invasion")
  bool appositive = false;  ///< an apposition to the mention before it
  bool person = false;      ///< refers to one human being
  char gender = 0;          ///< 'm', 'f' or 0
  std::int32_t group = -1;  ///< compound group: index of the first mention of the group
  std::int32_t agent = -1;  ///< the agent (description, derived) for titles and media
  std::int32_t qual = -1;   ///< a description's qualifying country entry ("the Japanese company"), -1 when none
  std::uint8_t set_size = 0;   ///< "the two countries", "both": one of set_size mentions over the same words
  std::uint8_t set_index = 0;  ///< which member of that set (coref gives each a different actor)
  How how = How::name;      ///< how the words named the actor
  float conf = 0.9f;
};

/// The dependency parse of a token, at the level of document tokens (a
/// hyphenated token split into several words takes the word of them whose
/// head lies outside it). upos 0xFF: the sentence was not parsed.
struct TokenSyntax {
  static constexpr std::uint8_t kNone = 0xFF;
  std::uint8_t upos = kNone;  ///< syntax::Upos
  std::uint8_t deprel = 0;    ///< syntax::Deprel
  std::int32_t head = -1;     ///< document token of the head, -1 for the sentence's root
};

/// What kind of name an unknown name is (names.hpp), and how sure: 3 its own
/// head word or a title before it, 2 a given name or a word around it, 1 a
/// place list or its shape (an acronym), 0 a guess from the shape of a name
/// of several words.
struct NameClass {
  std::int8_t type = -1;     ///< NameType, -1 when nothing says what it is
  std::uint8_t sector = 0;   ///< Model::name_sector index
  std::uint8_t strength = 0;
};

/// What an unknown name of the article was typed as, by its hash.
struct NameMemo {
  std::uint64_t hash = 0;
  NameClass cls;
};

/// Article-level analysis buffers.
struct Analysis {
  text::Document doc;
  std::vector<TokenData> tok;
  std::vector<Mention> mentions;       ///< of the article, sentence by sentence
  std::vector<std::uint32_t> sent_mb, sent_me;  ///< per sentence: its mentions [mb, me)
  std::vector<std::int32_t> mention_at;  ///< per document token: mention index in `mentions`, or -1
  std::vector<TokenSyntax> syn;          ///< per document token: its parse (sentences parsed on demand)
  std::vector<std::uint8_t> parsed;      ///< per sentence: 1 once parsed, 2 once tagged
  std::vector<NameMemo> names;         ///< unknown names typed so far in the article
  std::string_view text;   ///< the analysed text: [title "\n\n"] article text
  std::string_view date;
  std::uint32_t shift = 0; ///< bytes of title + "\n\n" before the article text (0 without title)

  /// Prepares token facts for `text` (analyse + lookups).
  void prepare(const Model& m, std::string_view text_in, std::string_view date_in);
  const Mention* at(std::uint32_t t) const noexcept {
    auto i = mention_at[t];
    return i < 0 ? nullptr : &mentions[static_cast<std::size_t>(i)];
  }
  std::string_view norm(std::uint32_t t) const noexcept { return doc.norm(t); }
  bool punct(std::uint32_t t) const noexcept { return (tok[t].flags & text::kPunct) != 0; }
  bool has_parse(std::uint32_t t) const noexcept { return syn[t].upos != TokenSyntax::kNone; }
};

}  // namespace actorgraph::extract
