// The relation lexicon: verb and noun patterns to relation phrases and codes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/triple.hpp"

namespace actorgraph {

/// One lexicon entry. A pattern is matched after its head word:
///   head  = verb lemma ("call") or, for nominal events, noun lemma ("invasion")
///   pattern tokens (lower case, space separated), where
///     "+"  = the object (an actor) goes here,
///     "*"  = up to three skipped words (adjectives, determiners, adverbs),
///     any other word must be present (nouns compared by lemma: "talk" matches "talks").
///   An empty pattern means the object is the direct object ("attack +");
///   a non-empty pattern must contain exactly one "+" (the loader rejects others).
/// Examples (verb):  call "for * talk with +"; impose "* sanction on +"; meet "with +"; accuse "+ of"
/// Examples (noun):  invasion "of +" (subject is the possessor/adjective: "Russia's invasion of Ukraine");
///                   sanction "against +"; aid "to +".
struct RelationEntry {
  std::string id;        ///< unique rule id: "call-for-talks"
  bool nominal = false;  ///< head is a noun (nominal event) rather than a verb
  std::string head;      ///< lemma of the head word
  std::string pattern;   ///< see above
  Relation relation;     ///< lemma phrase and codes (text is filled at match time)
  /// Sense restriction on the object: bit s set for each text::NounSense the
  /// head noun of the object phrase may have as its first WordNet sense; 0 =
  /// any ("object_sense" in the JSON lexicon).
  std::uint32_t object_sense = 0;
};

/// Facts of one CAMEO event code.
struct CameoCode {
  std::string code;      ///< "026"
  std::string name;      ///< "Appeal to others to meet or negotiate"
  double goldstein = 0;
  int quad = 0;          ///< 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string plover;    ///< PLOVER 2.0 type
};

/// How a governing verb frames an event: promised or planned ("agreed to
/// release", "will attack"), appealed for ("urged ... to release"), demanded,
/// refused ("refused to release") or threatened ("threatened to attack").
enum class CameoFrame : std::uint8_t { intent, appeal, demand, reject, threaten };

/// The relation lexicon. Built-in entries are compiled in; user files extend
/// and override by id. Const access is thread-safe.
class RelationLexicon {
 public:
  RelationLexicon();
  ~RelationLexicon();
  RelationLexicon(RelationLexicon&&) noexcept;
  RelationLexicon& operator=(RelationLexicon&&) noexcept;

  /// The compiled-in lexicon covering all 20 CAMEO roots.
  static RelationLexicon builtin();

  /// Loads a JSON lexicon (schemas/relations.schema.json). Entries carry a CAMEO
  /// code; goldstein, quad, root and plover are filled from the CAMEO table
  /// unless given. Throws ParseError naming file, line and field.
  void load_json_file(const std::string& path);
  void load_json(std::string_view json, const std::string& origin);

  /// Imports CAMEO verb-pattern dictionaries (PETRARCH CAMEO.2.0.txt, TABARI
  /// .verbs). Returns problems as "FILE:LINE: …" lines; good entries are kept.
  std::vector<std::string> import_file(const std::string& path);

  const std::vector<RelationEntry>& entries() const noexcept;
  /// Indices into entries() whose head is `lemma` (verbal or nominal as asked).
  const std::vector<std::uint32_t>& by_head(std::string_view lemma, bool nominal) const noexcept;

  /// The CAMEO table (all codes), and one code's facts (nullptr when unknown).
  static const std::vector<CameoCode>& cameo_codes() noexcept;
  static const CameoCode* cameo(std::string_view code) noexcept;
  /// Fills root, quad, goldstein and plover of `r` from r.cameo (leaves set values).
  static void complete(Relation& r) noexcept;
  /// The CAMEO code of event `code` under `frame`, from the parallel branches
  /// of the codebook: framed("0841", reject) == "1243" (refuse to release),
  /// framed("0841", intent) == "0353", framed("072", appeal) == "0232",
  /// framed("163", threaten) == "1312". For conflict events (14-20) intent is
  /// the threat ("will attack" -> 1384). Empty when CAMEO has no counterpart.
  static std::string_view framed(std::string_view code, CameoFrame frame) noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace actorgraph
