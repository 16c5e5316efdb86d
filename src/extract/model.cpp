#include "extract/model.hpp"

#include <algorithm>
#include <cctype>

#include "actorgraph/text.hpp"
#include "lexicon/relations/word_lists.hpp"

namespace actorgraph::extract {
namespace {

bool plural_form(std::string_view w) {
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u';
}

std::string holder_key(std::string_view title, std::string_view country) {
  std::string k(title);
  k += '|';
  k += country;
  return k;
}

constexpr std::string_view kLeaderTitles[] = {
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emperor",
    "supreme leader", "head of state", "emir", "sultan", "general secretary", "leader"};

// The engine's word classes by their names in the word-list data
// (src/lexicon/relations/data/word_lists.json): the words are data, the bits
// are the mechanism that reads them.
struct ClassName {
  std::string_view name;
  WordClass cls;
};

constexpr ClassName kClassNames[] = {
    {"speech_verb", kSpeechVerb},
    {"control_verb", kControlVerb},
    {"negating_verb", kNegatingVerb},
    {"intent_verb", kIntentVerb},
    {"negator", kNegator},
    {"modal_hypothetical", kModalHypo},
    {"modal_intent", kModalIntent},
    {"pronoun_person", kPronounPerson},
    {"pronoun_plural", kPronounPlural},
    {"pronoun_it", kPronounIt},
    {"pronoun_first", kPronounFirst},
    {"relative", kRelative},
    {"non_name", kNonName},
    {"clause_break", kClauseBreak},
    {"determiner", kDeterminer},
    {"title", kTitle},
    {"auxiliary", kAux},
    {"coordinator", kCoord},
    {"intent_adjective", kIntentAdj},
    {"threat_verb", kThreatVerb},
    {"claim_verb", kClaimVerb},
    {"protest_noun", kProtestNoun},
    {"receive_verb", kReceiveVerb},
    {"proposal_noun", kProposalNoun},
    {"tie_noun", kTieNoun},
    {"agreement_noun", kAgreementNoun},
    {"document_noun", kDocumentNoun},
    {"time_word", kTimeWord},
    {"time_part", kTimePart},
    {"appeal_verb", kAppealVerb},
    {"commissive", kCommissive},
    {"support_verb", kSupportVerb},
    {"number_word", kNumberWord},
    {"approximator", kApproximator},
    {"undergo_verb", kUndergoVerb},
};

void tokens_of(std::string_view s, text::Document& doc, std::vector<std::string>& out,
               std::vector<std::uint16_t>& flags) {
  out.clear();
  flags.clear();
  text::analyse(s, doc);
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    out.emplace_back(doc.norm(i));
    flags.push_back(doc.tokens[i].flags);
  }
}

}  // namespace

std::uint32_t Vocab::intern(std::string_view w) {
  auto it = map_.find(w);
  if (it != map_.end()) return it->second;
  auto id = static_cast<std::uint32_t>(map_.size());
  map_.emplace(std::string(w), id);
  return id;
}

std::uint32_t Vocab::find(std::string_view w) const noexcept {
  auto it = map_.find(w);
  return it == map_.end() ? kNoWord : it->second;
}

void Trie::add(const std::vector<std::uint32_t>& words, const FormTarget& t) {
  std::uint32_t node = 0;
  for (auto w : words) {
    auto key = (std::uint64_t(node) << 32) | w;
    auto it = edges_.find(key);
    if (it == edges_.end()) {
      nodes_.push_back({});
      auto id = static_cast<std::uint32_t>(nodes_.size() - 1);
      edges_.emplace(key, id);
      if (node == 0) {
        if (root_.size() <= w) root_.resize(static_cast<std::size_t>(w) + 1, 0);
        root_[w] = id;
      }
      node = id;
    } else {
      node = it->second;
    }
  }
  auto& ts = nodes_[node].targets;
  for (const auto& x : ts)
    if (x.kind == t.kind && x.index == t.index) return;
  ts.push_back(t);
}

std::vector<NameForm> collect_forms(const std::vector<ActorEntry>& actors,
                                    const std::vector<AgentEntry>& agents) {
  std::vector<NameForm> out;
  for (std::uint32_t i = 0; i < actors.size(); ++i) {
    const auto& e = actors[i];
    out.push_back({e.actor.name, NameKind::name, i});
    for (const auto& a : e.actor.aliases) out.push_back({a, NameKind::name, i});
    for (const auto& a : e.adjectives) out.push_back({a, NameKind::adjective, i});
    for (const auto& a : e.metonyms) out.push_back({a, NameKind::metonym, i});
  }
  for (std::uint32_t i = 0; i < agents.size(); ++i)
    for (const auto& f : agents[i].forms) out.push_back({f, NameKind::agent, i});
  return out;
}

void Model::add_word_class(std::string_view w, std::uint64_t cls) {
  auto id = vocab_.intern(w);
  if (classes_.size() <= id) classes_.resize(id + 1, 0);
  classes_[id] |= cls;
}

void Model::add_name_words(const std::vector<NameWords>& lists, const std::vector<ActorEntry>& actors) {
  text::Document doc;
  std::vector<std::string> toks;
  std::vector<std::uint16_t> flags;
  auto info = [&](std::string_view w) -> NameWordInfo& {
    auto id = vocab_.intern(w);
    if (name_words_.size() <= id) name_words_.resize(id + 1, 0);
    if (!name_words_[id]) {
      name_info_.emplace_back();
      name_words_[id] = static_cast<std::uint32_t>(name_info_.size());
    }
    return name_info_[name_words_[id] - 1];
  };
  auto sector_index = [&](const std::string& sector) {
    for (std::size_t i = 0; i < name_sectors_.size(); ++i)
      if (name_sectors_[i] == sector) return static_cast<std::uint8_t>(i);
    name_sectors_.push_back(sector);
    return static_cast<std::uint8_t>(name_sectors_.size() - 1);
  };
  for (const auto& l : lists) {
    const auto where = static_cast<std::size_t>(l.where);
    const auto type = static_cast<std::int8_t>(l.type);
    const auto sector = sector_index(l.sector);
    for (const auto& w : l.words) {
      tokens_of(w, doc, toks, flags);
      if (toks.empty()) continue;
      if (l.where == NameWhere::name) {
        const std::uint64_t h = words_hash(toks);
        whole_names_.emplace(h, type);
        whole_bits_[(h >> 6) & 1023] |= 1ull << (h & 63);
      } else if (toks.size() == 1) {
        auto& i = info(toks[0]);
        if (i.type[where] < 0) i.type[where] = type, i.sector[where] = sector;
      }
    }
  }
  // The first words of the dictionary's persons are given names (family names
  // first, as in "Xi Jinping", say "person" as well); not titles or initials.
  for (const auto& e : actors) {
    if (e.actor.type != ActorType::person) continue;
    tokens_of(e.actor.name, doc, toks, flags);
    if (toks.size() < 2 || toks[0].size() < 2 || toks[0].back() == '.' || !(flags[0] & text::kCapitalised)) continue;
    auto& i = info(toks[0]);
    if (i.type[static_cast<std::size_t>(NameWhere::first)] < 0)
      i.type[static_cast<std::size_t>(NameWhere::first)] = static_cast<std::int8_t>(NameType::person);
  }
}

int Model::whole_name(std::uint64_t hash) const {
  if (!(whole_bits_[(hash >> 6) & 1023] & (1ull << (hash & 63)))) return -1;  // most names are no place
  auto it = whole_names_.find(hash);
  return it == whole_names_.end() ? -1 : it->second;
}

std::uint64_t Model::words_hash(const std::vector<std::string>& words) noexcept {
  std::uint64_t h = 1469598103934665603ull;
  for (const auto& w : words) {
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h = (h ^ 32u) * 1099511628211ull;
  }
  return h;
}

Model::Model(const std::vector<ActorEntry>& actors, const std::vector<AgentEntry>& agents,
             const std::vector<NameForm>& forms, const std::vector<RelationEntry>& relations,
             void (*complete)(Relation&) noexcept, const std::vector<NameWords>& name_words)
    : actors_(&actors), agents_(&agents), relations_(&relations), complete_(complete) {
  text::Document doc;
  std::vector<std::string> toks;
  std::vector<std::uint16_t> flags;
  std::vector<std::uint32_t> ids;
  auto add_form = [&](std::string_view s, FormKind kind, std::uint32_t index, bool alias = false) {
    tokens_of(s, doc, toks, flags);
    if (toks.empty() || toks.size() > 32) return;
    ids.clear();
    FormTarget t;
    t.kind = kind;
    t.index = index;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      ids.push_back(vocab_.intern(toks[i]));
      if (flags[i] & text::kAllCaps) t.caps_mask |= 1u << i;
      else if (flags[i] & text::kCapitalised) t.cap_mask |= 1u << i;
    }
    // A lower-case dictionary form of a name ("the kremlin") still needs a capital
    // on its last word in the text; agents are common nouns and need nothing.
    if (kind == FormKind::surname && t.cap_mask == 0 && t.caps_mask == 0) t.cap_mask = 1;
    t.plural = plural_form(toks.back());
    t.alias = alias;
    trie_.add(ids, t);
  };
  for (const auto& f : forms) {
    FormKind k = FormKind::name;
    switch (f.kind) {
      case NameKind::name: k = FormKind::name; break;
      case NameKind::adjective: k = FormKind::adjective; break;
      case NameKind::metonym: k = FormKind::metonym; break;
      case NameKind::agent: k = FormKind::agent; break;
    }
    if (k == FormKind::name && f.index < actors.size() &&
        actors[f.index].actor.type == ActorType::person) {
      // A one-word name of a person is a surname: it needs a first full mention
      // or a leader in office (see recogniser).
      tokens_of(f.text, doc, toks, flags);
      if (toks.size() == 1) k = FormKind::surname;
    }
    bool alias = false;
    if (f.kind == NameKind::name && f.index < actors.size()) {
      const std::string& own = actors[f.index].actor.name;
      alias = own.size() != f.text.size() ||
              !std::equal(own.begin(), own.end(), f.text.begin(), [](char x, char y) {
                return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
              });
    }
    add_form(f.text, k, f.index, alias);
  }
  for (std::uint32_t i = 0; i < actors.size(); ++i) {
    const ActorEntry& e = actors[i];
    if (e.actor.type != ActorType::person) continue;
    if (!e.surname.empty()) {
      add_form(e.surname, FormKind::surname, i);
      continue;
    }
    tokens_of(e.actor.name, doc, toks, flags);
    if (toks.size() > 1 && !(flags.back() & text::kPunct)) add_form(toks.back(), FormKind::surname, i);
  }

  add_name_words(name_words, actors);
  for (const auto& [name, words] : relations::word_lists().classes()) {
    for (const auto& cn : kClassNames) {
      if (cn.name != name) continue;
      for (const auto& w : words) add_word_class(w, cn.cls);
    }
  }
  classes_.resize(vocab_.size() + 64, 0);

  w_s = vocab_.intern("'s");
  w_by = vocab_.intern("by");
  w_to = vocab_.intern("to");
  w_and = vocab_.intern("and");
  w_or = vocab_.intern("or");
  w_comma = vocab_.intern(",");
  w_of = vocab_.intern("of");
  w_yet = vocab_.intern("yet");
  w_the = vocab_.intern("the");
  w_with = vocab_.intern("with");
  w_quote = vocab_.intern("\"");
  w_lbr = vocab_.intern("[");
  w_rbr = vocab_.intern("]");
  w_lpar = vocab_.intern("(");
  w_rpar = vocab_.intern(")");
  w_longer = vocab_.intern("longer");
  w_no = vocab_.intern("no");
  w_as = vocab_.intern("as");
  w_not = vocab_.intern("not");
  w_get = vocab_.intern("get");
  w_be = vocab_.intern("be");
  w_have = vocab_.intern("have");
  w_on = vocab_.intern("on");
  w_for = vocab_.intern("for");
  w_hold = vocab_.intern("hold");
  w_in = vocab_.intern("in");
  w_from = vocab_.intern("from");
  w_agree = vocab_.intern("agree");
  w_prepared = vocab_.intern("prepared");
  w_plan = vocab_.intern("plan");
  w_intend = vocab_.intern("intend");
  w_hope = vocab_.intern("hope");
  w_aim = vocab_.intern("aim");
  w_wish = vocab_.intern("wish");
  w_refuse = vocab_.intern("refuse");
  w_decline = vocab_.intern("decline");
  w_would = vocab_.intern("would");
  w_must = vocab_.intern("must");
  w_that = vocab_.intern("that");
  w_last = vocab_.intern("last");
  w_this = vocab_.intern("this");
  w_next = vocab_.intern("next");
  w_a = vocab_.intern("a");
  w_an = vocab_.intern("an");
  w_than = vocab_.intern("than");
  w_up = vocab_.intern("up");
  w_at = vocab_.intern("at");
  w_unless = vocab_.intern("unless");
  w_beat = vocab_.intern("beat");
  w_defeat = vocab_.intern("defeat");
  w_call = vocab_.intern("call");
  w_demand = vocab_.intern("demand");
  w_order = vocab_.intern("order");
  w_insist = vocab_.intern("insist");

  patterns_.resize(relations.size());
  for (std::uint32_t i = 0; i < relations.size(); ++i) {
    const auto& r = relations[i];
    (r.nominal ? noun_heads_ : verb_heads_)[r.head].push_back(i);
    auto hid = vocab_.intern(r.head);
    auto& hv = r.nominal ? noun_heads_id_ : verb_heads_id_;
    if (hv.size() <= hid) hv.resize(hid + 1);
    hv[hid].push_back(i);
    std::string_view p = r.pattern;
    while (!p.empty()) {
      auto sp = p.find(' ');
      auto w = p.substr(0, sp);
      p = sp == std::string_view::npos ? std::string_view() : p.substr(sp + 1);
      if (w.empty()) continue;
      if (w == "+") patterns_[i].push_back(kPlus);
      else if (w == "*") patterns_[i].push_back(kStar);
      else patterns_[i].push_back(vocab_.intern(w));
    }
    if (patterns_[i].empty()) patterns_[i].push_back(kPlus);
  }
  classes_.resize(vocab_.size(), 0);

  for (std::uint32_t i = 0; i < actors.size(); ++i) {
    const auto& e = actors[i];
    if (e.actor.type == ActorType::country && !e.actor.country.empty())
      countries_.emplace(e.actor.country, i);
    for (const auto& r : e.roles) {
      auto where = r.country.empty() ? r.org : r.country;
      holders_[holder_key(r.title, where)].push_back({i, r.from, r.to});
    }
  }
}

const std::vector<std::uint32_t>& Model::by_head(std::string_view lemma, bool nominal) const noexcept {
  static const std::vector<std::uint32_t> kNone;
  const auto& m = nominal ? noun_heads_ : verb_heads_;
  auto it = m.find(std::string(lemma));
  return it == m.end() ? kNone : it->second;
}

namespace {
bool in_span(std::string_view date, std::string_view from, std::string_view to) {
  if (date.empty()) return to.empty();
  if (!from.empty() && date < from) return false;
  if (!to.empty() && date > to) return false;
  return true;
}
}  // namespace

int Model::holder(std::string_view title, std::string_view country, std::string_view date) const {
  auto it = holders_.find(holder_key(title, country));
  if (it == holders_.end()) return -1;
  for (const auto& h : it->second)
    if (in_span(date, h.from, h.to)) return static_cast<int>(h.person);
  return -1;
}

const Role* Model::role_at(std::uint32_t p, std::string_view date) const noexcept {
  for (const auto& r : (*actors_)[p].roles)
    if (in_span(date, r.from, r.to)) return &r;
  return nullptr;
}

bool Model::is_leader(std::uint32_t p, std::string_view date) const noexcept {
  for (const auto& r : (*actors_)[p].roles) {
    if (!in_span(date, r.from, r.to)) continue;
    for (auto t : kLeaderTitles)
      if (r.title == t) return true;
  }
  return false;
}

int Model::country(std::string_view iso3) const {
  auto it = countries_.find(std::string(iso3));
  return it == countries_.end() ? -1 : static_cast<int>(it->second);
}

std::string_view Model::entry_country(std::uint32_t e) const noexcept {
  return (*actors_)[e].actor.country;
}

std::string_view Model::adjective(std::uint32_t e) const noexcept {
  const auto& a = (*actors_)[e];
  for (const auto& adj : a.adjectives)
    if (!plural_form(adj)) return adj;
  return a.actor.name;
}

}  // namespace actorgraph::extract
