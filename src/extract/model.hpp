// The extractor's compiled model: a vocabulary of normalised words, a token
// trie over every actor surface form, the holder index for dated roles, the
// relation entries indexed by head, and the closed word classes the grammar
// needs. Built once (make_pattern_extractor); immutable and thread-safe after.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/actor_dictionary.hpp"
#include "actorgraph/relation_lexicon.hpp"

namespace actorgraph::extract {

inline constexpr std::uint32_t kNoWord = 0xFFFFFFFFu;

/// Interns lower-case words. lookup() never allocates.
class Vocab {
 public:
  std::uint32_t intern(std::string_view w);
  std::uint32_t find(std::string_view w) const noexcept;
  std::size_t size() const noexcept { return map_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> map_;
};

/// What a trie match names.
enum class FormKind : std::uint8_t { name, surname, adjective, metonym, agent };

struct FormTarget {
  FormKind kind = FormKind::name;
  std::uint32_t index = 0;      ///< actors() index, or agents() index for agent forms
  std::uint32_t cap_mask = 0;   ///< bit i: token i must be capitalised in the text
  std::uint32_t caps_mask = 0;  ///< bit i: token i must be all capitals in the text
  bool plural = false;          ///< plural form ("Russians", "forces")
  bool alias = false;           ///< a name form other than the entry's own name
};

/// Token trie over word ids.
class Trie {
 public:
  Trie() { nodes_.push_back({}); }
  void add(const std::vector<std::uint32_t>& words, const FormTarget& t);
  /// Child of `node` by word, 0 when none (0 is the root, never a child).
  std::uint32_t child(std::uint32_t node, std::uint32_t word) const noexcept {
    // Most tokens start no name: the root's children are a direct table.
    if (node == 0) return word < root_.size() ? root_[word] : 0;
    auto it = edges_.find((std::uint64_t(node) << 32) | word);
    return it == edges_.end() ? 0 : it->second;
  }
  const std::vector<FormTarget>& targets(std::uint32_t node) const noexcept { return nodes_[node].targets; }

 private:
  struct Node { std::vector<FormTarget> targets; };
  std::vector<Node> nodes_;
  std::vector<std::uint32_t> root_;  ///< child of the root by word id (0: none)
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;
};

/// A role interval of one person, for holder() look-ups.
struct HolderSpan {
  std::uint32_t person = 0;
  std::string from, to;
};

/// Closed word classes used by the grammar (lower-case norm forms). The words
/// of each are data: src/lexicon/relations/data/word_lists.json names them
/// (speech_verb, control_verb …) and Model reads them from there; 64 bits
/// leave room for 32 more.
enum WordClass : std::uint64_t {
  kSpeechVerb = std::uint64_t(1) << 0,    ///< say, tell, announce … (lemmas)
  kControlVerb = std::uint64_t(1) << 1,   ///< urge, ask, call on … whose object is the infinitive's subject
  kNegatingVerb = std::uint64_t(1) << 2,  ///< refuse, fail, decline, deny (lemmas): "refused to meet" is negated
  kIntentVerb = std::uint64_t(1) << 3,    ///< plan, intend, threaten, want, seek, vow (lemmas): intended
  kNegator = std::uint64_t(1) << 4,       ///< not, n't, never, no, nor
  kModalHypo = std::uint64_t(1) << 5,     ///< could, would, might, may, should
  kModalIntent = std::uint64_t(1) << 6,   ///< will, 'll, shall
  kPronounPerson = std::uint64_t(1) << 7, ///< he, him, his, she, her
  kPronounPlural = std::uint64_t(1) << 8, ///< they, them, their
  kPronounIt = std::uint64_t(1) << 9,     ///< it, its
  kPronounFirst = std::uint64_t(1) << 10, ///< i, me, my, we, us, our
  kRelative = std::uint64_t(1) << 11,     ///< which, who, whom, whose, that
  kNonName = std::uint64_t(1) << 12,      ///< month and day names and other capitalised non-names
  kClauseBreak = std::uint64_t(1) << 13,  ///< ; : ( ) and subordinators that end a clause going back
  kDeterminer = std::uint64_t(1) << 14,   ///< the, a, an, this, that, these, those, any, some
  kTitle = std::uint64_t(1) << 15,        ///< mr., mrs., ms., dr., gen. … before a name
  kAux = std::uint64_t(1) << 16,          ///< be/have/do forms
  kCoord = std::uint64_t(1) << 17,        ///< and, or (, handled separately)
  kSupportVerb = std::uint64_t(1) << 18,  ///< a verb form that is a nominal's light verb: have, hold, make, give
  kIntentAdj = std::uint64_t(1) << 19,    ///< willing, ready, prepared … + "to": intended
  kThreatVerb = std::uint64_t(1) << 20,   ///< threaten, warn (lemmas): "threatened to attack" is a threat
  kCommissive = std::uint64_t(1) << 21,   ///< agree, offer, promise, pledge, willing, ready: a commitment
  kAppealVerb = std::uint64_t(1) << 22,   ///< request, seek, ask, demand, propose (lemmas): appeal for an event
  kTimeWord = std::uint64_t(1) << 23,     ///< monday … sunday, today, yesterday, tonight: a time adverbial on its own
  kTimePart = std::uint64_t(1) << 24,     ///< morning, night, week …: ends a time adverbial ("Monday night", "last week")
  kClaimVerb = std::uint64_t(1) << 25,    ///< say, claim, allege, charge … (lemmas): reporting another's hostile act accuses
  kProtestNoun = std::uint64_t(1) << 26,  ///< demonstration, rally, protest, march, sit-in, riot, strike (forms): protest nouns
  kReceiveVerb = std::uint64_t(1) << 28,  ///< receive, get, obtain, accept, secure (lemmas): the giver is after "from"
  kProposalNoun = std::uint64_t(1) << 29, ///< offer, proposal, appeal, call, invitation, request, demand, plan (forms): "an offer from X" is X's
  kTieNoun = std::uint64_t(1) << 30,      ///< contact, ties, relations, links, dealings (forms): "contact with X" stands for X
  kAgreementNoun = std::uint64_t(1) << 27, ///< agreement, accord, treaty, pact, deal, protocol, memorandum (forms): one class in patterns
  kNumberWord = std::uint64_t(1) << 32,  ///< five, ten, hundreds, dozens: a number before a group
  kApproximator = std::uint64_t(1) << 33, ///< about, nearly, some … before a number
  kUndergoVerb = std::uint64_t(1) << 34,  ///< come (under), face, suffer: the subject undergoes the force named
  kDocumentNoun = std::uint64_t(1) << 31, ///< report, statement, study, communique, letter … (forms): a text that states or alleges
};

/// What the name-typing word lists say about one word (NameWords compiled by
/// word id): the type a name takes when the word is its head, its first word,
/// the word before it or the word after it (-1: nothing), with the sector
/// (index into Model::name_sector) those name types carry.
struct NameWordInfo {
  std::int8_t type[5] = {-1, -1, -1, -1, -1};  ///< by NameWhere (head, first, before, after; name unused)
  std::uint8_t sector[5] = {0, 0, 0, 0, 0};
};

/// The compiled model.
class Model {
 public:
  /// Builds the model from dictionary data. `forms` are the surface forms to
  /// index (ActorDictionary::name_forms()). `complete` fills relation codes
  /// (RelationLexicon::complete) and may be nullptr.
  Model(const std::vector<ActorEntry>& actors, const std::vector<AgentEntry>& agents,
        const std::vector<NameForm>& forms, const std::vector<RelationEntry>& relations,
        void (*complete)(Relation&) noexcept, const std::vector<NameWords>& name_words = {});

  const std::vector<ActorEntry>& actors() const noexcept { return *actors_; }
  const std::vector<AgentEntry>& agents() const noexcept { return *agents_; }
  const std::vector<RelationEntry>& relations() const noexcept { return *relations_; }
  const Vocab& vocab() const noexcept { return vocab_; }
  const Trie& trie() const noexcept { return trie_; }
  void complete(Relation& r) const noexcept { if (complete_) complete_(r); }
  /// The code of `code` under a frame (RelationLexicon::framed), "" when none
  /// or when no framer was set.
  using Framer = std::string_view (*)(std::string_view, CameoFrame) noexcept;
  void set_framer(Framer f) noexcept { framer_ = f; }
  std::string_view framed(std::string_view code, CameoFrame frame) const noexcept {
    return framer_ && !code.empty() ? framer_(code, frame) : std::string_view();
  }

  /// Word classes of a word id (0 for kNoWord).
  std::uint64_t classes(std::uint32_t word) const noexcept {
    return word < classes_.size() ? classes_[word] : 0;
  }
  /// The name-typing facts of a word id (nullptr when it has none).
  const NameWordInfo* name_word(std::uint32_t word) const noexcept {
    return word < name_words_.size() && name_words_[word] ? &name_info_[name_words_[word] - 1] : nullptr;
  }
  /// The sector of a NameWordInfo sector index ("" for 0).
  std::string_view name_sector(std::uint8_t i) const noexcept { return name_sectors_[i]; }
  /// The type of a whole name from the `name` word lists ("Leicester"), by
  /// the hash of its norm words (name_hash in names.hpp), or -1.
  int whole_name(std::uint64_t hash) const;
  /// The hash of a sequence of norm words, as name_hash computes it.
  static std::uint64_t words_hash(const std::vector<std::string>& words) noexcept;
  /// Relation entry indices whose head is `lemma`.
  const std::vector<std::uint32_t>& by_head(std::string_view lemma, bool nominal) const noexcept;
  /// Same by the lemma's word id (no allocation).
  const std::vector<std::uint32_t>& heads(std::uint32_t lemma, bool nominal) const noexcept {
    static const std::vector<std::uint32_t> kNone;
    const auto& v = nominal ? noun_heads_id_ : verb_heads_id_;
    return lemma < v.size() ? v[lemma] : kNone;
  }
  /// Who held `title` for `country` on `date`, or -1.
  int holder(std::string_view title, std::string_view country, std::string_view date) const;
  /// The role of person `p` on `date` (nullptr when none).
  const Role* role_at(std::uint32_t p, std::string_view date) const noexcept;
  /// True when the person held a head-of-state/government role on `date`.
  bool is_leader(std::uint32_t p, std::string_view date) const noexcept;
  /// Index of the country entry with ISO code `iso3`, or -1.
  int country(std::string_view iso3) const;
  /// The country ISO code an entry belongs to ("" when none).
  std::string_view entry_country(std::uint32_t e) const noexcept;
  /// The adjective of a country entry ("Russian"), or its name.
  std::string_view adjective(std::uint32_t e) const noexcept;
  /// Split pattern tokens of relation entry i (word ids, "+" = kPlus, "*" = kStar).
  const std::vector<std::uint32_t>& pattern(std::uint32_t i) const noexcept { return patterns_[i]; }

  static constexpr std::uint32_t kPlus = 0xFFFFFFF0u;
  static constexpr std::uint32_t kStar = 0xFFFFFFF1u;

  /// Interned ids of a few grammar words.
  std::uint32_t w_s = kNoWord, w_by = kNoWord, w_to = kNoWord, w_and = kNoWord, w_or = kNoWord,
                w_comma = kNoWord, w_of = kNoWord, w_yet = kNoWord, w_the = kNoWord, w_with = kNoWord,
                w_quote = kNoWord, w_lbr = kNoWord, w_rbr = kNoWord, w_lpar = kNoWord, w_rpar = kNoWord,
                w_longer = kNoWord, w_no = kNoWord, w_as = kNoWord, w_not = kNoWord, w_get = kNoWord,
                w_be = kNoWord, w_have = kNoWord, w_on = kNoWord, w_for = kNoWord, w_hold = kNoWord,
                w_in = kNoWord, w_from = kNoWord, w_agree = kNoWord, w_prepared = kNoWord, w_plan = kNoWord,
                w_intend = kNoWord, w_hope = kNoWord, w_aim = kNoWord, w_wish = kNoWord,
                w_refuse = kNoWord, w_decline = kNoWord, w_would = kNoWord, w_must = kNoWord,
                w_that = kNoWord, w_last = kNoWord, w_this = kNoWord, w_next = kNoWord, w_a = kNoWord,
                w_an = kNoWord, w_than = kNoWord, w_up = kNoWord, w_at = kNoWord,
                w_unless = kNoWord, w_beat = kNoWord, w_defeat = kNoWord, w_call = kNoWord, w_demand = kNoWord, w_order = kNoWord, w_insist = kNoWord;

 private:
  void add_word_class(std::string_view w, std::uint64_t cls);
  const std::vector<ActorEntry>* actors_;
  const std::vector<AgentEntry>* agents_;
  const std::vector<RelationEntry>* relations_;
  void (*complete_)(Relation&) noexcept;
  Framer framer_ = nullptr;
  Vocab vocab_;
  Trie trie_;
  std::vector<std::uint64_t> classes_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> verb_heads_, noun_heads_;
  std::vector<std::vector<std::uint32_t>> patterns_;
  std::vector<std::vector<std::uint32_t>> verb_heads_id_, noun_heads_id_;
  std::unordered_map<std::string, std::vector<HolderSpan>> holders_;  // "title|CTRY"
  std::unordered_map<std::string, std::uint32_t> countries_;
  std::vector<std::uint32_t> name_words_;   ///< by word id: 1 + index into name_info_, 0 when none
  std::vector<NameWordInfo> name_info_;
  std::vector<std::string> name_sectors_{""};
  std::unordered_map<std::uint64_t, std::int8_t> whole_names_;
  std::vector<std::uint64_t> whole_bits_ = std::vector<std::uint64_t>(1024, 0);  ///< 2^16-bit filter before whole_names_
  void add_name_words(const std::vector<NameWords>& lists, const std::vector<ActorEntry>& actors);
};

/// Surface forms of every entry (names, aliases, adjectives, metonyms, agent
/// forms) — what ActorDictionary::name_forms() returns; used by tests that
/// build entries by hand.
std::vector<NameForm> collect_forms(const std::vector<ActorEntry>& actors,
                                    const std::vector<AgentEntry>& agents);

}  // namespace actorgraph::extract
