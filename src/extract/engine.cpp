#include "extract/engine.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "extract/clauses.hpp"
#include "extract/coref.hpp"
#include "extract/materialise.hpp"
#include "extract/parse_sentence.hpp"
#include "extract/tree_roles.hpp"
#include "actorgraph/syntax.hpp"
#include "extract/recogniser.hpp"
#include "extract/relation_matcher.hpp"
#include "extract/verb_groups.hpp"

namespace actorgraph::extract {
namespace {

struct Speech {
  std::uint32_t head = 0;
  Ref speaker;
  std::int32_t mention = -1;  ///< the speaker's mention in the sentence
};

/// One relation found in a sentence, before expansion to triples.
struct Found {
  std::int32_t entry = -1;
  std::int32_t subject = -1, object = -1;
  std::uint32_t rel_b = 0, rel_e = 0;   ///< relation words before the object
  std::uint32_t tail_b = 0, tail_e = 0; ///< pattern words after the object
  std::uint32_t obj_end = 0;  ///< end of the object's noun phrase ("Filipino peacekeepers")
  std::uint32_t head = 0;
  bool negated = false;
  bool threat = false;  ///< "threatened to …": coded as the threat
  bool commitment = false;  ///< "agreed to …", "is willing to …": coded as the intent
  bool refusal = false;     ///< "refused to …": coded as the rejection (CAMEO's reject frame)
  bool future = false;      ///< "will give", "said it would free": coded as the intent (CAMEO's intent frame)
  bool demand = false;      ///< "X said Y must …": X demands the event of Y (CAMEO's demand frame)
  const char* code = nullptr;  ///< entry -6 (a protest noun): its CAMEO code
  const char* lemma = nullptr; ///< entry -6: its lemma
  std::string_view appeal;  ///< "requested a conversation with": the appeal verb's lemma
  bool appeal_to = false;   ///< lemma "<appeal> to <event lemma>" ("want to attack")
  Modality modality = Modality::asserted;
  float conf = 0.9f;
};

/// True when the event of relation entry e is one a text can do for its
/// author: a statement, appeal, demand, disapproval, rejection or threat
/// (CAMEO roots 01, 02, 10-13) or praise (051). "A report released in the
/// Rwandan capital alleged that France …"; no report attacks or visits.
bool said_by_text(const Model& m, std::int32_t e) {
  const auto& code = m.relations()[static_cast<std::size_t>(e)].relation.cameo;
  if (code.size() < 2) return false;
  const auto r = code.substr(0, 2);
  return r == "01" || r == "02" || r == "10" || r == "11" || r == "12" || r == "13" || code == "051";
}

class SentenceRun {
 public:
  SentenceRun(const Model& m, Analysis& a, Coref& coref, const Article& art, std::vector<Triple>& out)
      : m_(m), a_(a), coref_(coref), art_(art), out_(out) {}

  void run();
  /// Recognition only: resolves references sentence by sentence (clause
  /// subjects found without relation matching) and appends every resolved
  /// mention to `rec`.
  void run_recognise(std::vector<RecognisedMention>& rec);

 private:
  void subjects(std::uint32_t si);
  void plural_pronouns(std::uint32_t si);
  void report(std::uint32_t si, std::vector<RecognisedMention>& rec);
  void ensure_recognised(std::uint32_t si);
  std::int32_t speech_subject(std::uint32_t si, std::uint32_t& t) const;
  bool speaker_of(std::uint32_t si, Ref& out, std::uint32_t* head);
  void resolve_first_person(std::uint32_t si);
  void relations(std::uint32_t si);
  void nominal(std::uint32_t si, std::uint32_t t, std::int32_t prev_subject);
  void emit(std::uint32_t si, const Found& f);
  bool natural_force(std::int32_t idx) const;
  bool goods_origin(const PatternMatch& pm) const;
  bool question(std::uint32_t si, const TokenData& d, std::uint32_t end) const;
  bool clause_object(std::uint32_t si, const PatternMatch& pm) const;
  bool verbal_attack(const Found& f, const Mention& xo, bool head_object) const;
  bool market_sense(const Found& f, const Mention& xo, bool head_object) const;
  void appeal_for(std::uint32_t si, const Found& event, std::int32_t prev_subject);
  void group_members(std::uint32_t si, std::int32_t idx, std::vector<std::int32_t>& out) const;
  std::int32_t symmetric_entry(const std::vector<std::uint32_t>& ents) const;
  bool intent_frame(std::uint32_t si, std::uint32_t t, std::int32_t prev_subject);
  bool obligation(std::uint32_t si, std::uint32_t t, const VerbGroup& g, std::int32_t subject, std::int32_t entry);
  std::int32_t sentence_speaker(std::uint32_t si) const;
  /// Whether the parse could give predicate t a subject word order did not (checked before parsing).
  bool tree_could_help(std::uint32_t si, std::uint32_t t, const VerbGroup& g) const;
  /// Whether the tree's subject of predicate t is taken where word order found none.
  bool tree_subject_trusted(const TreeSubject& ts, std::uint32_t t, const VerbGroup& g) const;
  /// True when the object of match pm is of a kind entry e allows (RelationEntry::object_sense).
  bool object_sense_ok(const RelationEntry& e, const PatternMatch& pm) const;
  /// The same for the subject of passive predicate t (RelationEntry::object_sense), read from the tree.
  bool passive_subject_sense_ok(std::uint32_t si, std::uint32_t t, const RelationEntry& e, std::int32_t subject);
  /// True when mention x (materialised as a) speaks for a state: a government,
  /// an official, or a country by its name (not its people).
  bool state_speaks(const Mention& x, const Actor& a) const;
  /// True when token t is an auxiliary (be, have, do) before a participle.
  bool auxiliary_of_next(std::uint32_t last, std::uint32_t t) const;
  /// The actor qualifying a noun of force that ends right before group g ("a
  /// U.S. air strike killed"), or -1.
  std::int32_t nominal_force_subject(std::uint32_t si, const VerbGroup& g) const;
  /// True when an entry of `ents` is a verb with "by" ("stand by +"): then "by" after it names no agent.
  bool phrasal_by(const std::vector<std::uint32_t>& ents) const;
  /// The entry of `ents` taking the direct object ("+"), or -1.
  std::int32_t direct_object_entry(const std::vector<std::uint32_t>& ents) const;
  /// The subject of the speech verb whose complement clause predicate t heads
  /// ("Canada announced that … will be freed"), or -1.
  std::int32_t announced_by(std::uint32_t si, std::uint32_t t);
  void recode_future(Found& f, const VerbGroup& g) const;
  void accusations(std::uint32_t si, std::size_t out_begin);
  bool transfer(std::uint32_t si, Found f, const std::vector<std::uint32_t>& ents, std::int32_t subject,
                const VerbGroup& g);
  bool receipt(std::uint32_t si, Found f, std::int32_t subject, const VerbGroup& g);
  std::int32_t violence_place(std::uint32_t si, std::int32_t entry, std::uint32_t from, std::int32_t agent) const;
  bool protest(std::uint32_t si, Found f, const std::vector<std::uint32_t>& ents, std::int32_t subject,
               const VerbGroup& g);
  bool protest_target(std::uint32_t si, Found f, std::int32_t subject, const VerbGroup& g);
  bool contest(std::uint32_t si, const PatternMatch& pm) const;
  bool protest_noun(std::uint32_t si, std::uint32_t t, std::int32_t prev_subject);
  /// "X came under Iranian attack": Iran's use of force on X (see engine.cpp).
  bool undergone_force(std::uint32_t si, std::uint32_t t, const std::vector<std::uint32_t>& ents,
                       std::int32_t prev_subject);
  bool blame(std::uint32_t si, Found f, const std::vector<std::uint32_t>& ents, std::int32_t matched,
             std::int32_t subject, const VerbGroup& g);

  const Model& m_;
  Analysis& a_;
  Coref& coref_;
  const Article& art_;
  std::vector<Triple>& out_;
  std::uint32_t recognised_ = 0;
  Ref prev_speaker_;
  std::uint32_t prev_speaker_sentence_ = 0;
  Ref quote_speaker_;  ///< speaker of the current sentence's first-person words
  std::vector<Speech> speech_;
  std::vector<char> subject_flags_;
  std::vector<std::uint32_t> heads_;  ///< head token of each triple of the sentence
  std::vector<std::pair<std::uint32_t, std::uint32_t>> words_;  ///< the relation words [b, e) of each triple of the sentence
  std::vector<std::int32_t> agents_;  ///< subject mention of each triple of the sentence
  std::vector<std::int32_t> subs_, objs_;
  bool has_must_ = false;  ///< the sentence has "must" (obligations are looked for)
  std::uint32_t condition_at_ = kNone;  ///< first "unless" of the sentence (kNone when none)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> conditions_;  ///< condition clauses [b, e) of the sentence
  void condition_clauses(std::uint32_t si);
  bool conditional(std::uint32_t t) const;
  enum class Adjunct : std::uint8_t { none, opens, continues };
  /// A participial adjunct's -ing form at t: after a comma it opens one,
  /// after "and" inside one it continues it.
  Adjunct participial_adjunct(std::uint32_t first, std::uint32_t t, bool in_adjunct) const;
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
};

void SentenceRun::ensure_recognised(std::uint32_t si) {
  while (recognised_ <= si && recognised_ < a_.doc.sentences.size()) {
    recognise(m_, a_, recognised_, coref_.seen_persons());
    ++recognised_;
  }
}

/// The subject mention of the first speech verb at or after token `t` of
/// sentence si ("X said (that) …", "…, X said"), with `t` left on that verb;
/// -1 when none is left.
std::int32_t SentenceRun::speech_subject(std::uint32_t si, std::uint32_t& t) const {
  const auto& s = a_.doc.sentences[si];
  for (; t < s.last; ++t) {
    const auto& d = a_.tok[t];
    if (a_.mention_at[t] >= 0 || d.verb_lemma == kNoWord) continue;
    if (!(m_.classes(d.verb_lemma) & kSpeechVerb) || !verb_use(m_, a_, s.first, t)) continue;
    auto idx = find_subject(m_, a_, s.first, verb_group(m_, a_, s.first, t), -1).mention;
    if (idx < 0) idx = inverted_subject(m_, a_, t, s.last);
    if (idx >= 0) return idx;
  }
  return -1;
}

bool SentenceRun::speaker_of(std::uint32_t si, Ref& out, std::uint32_t* head) {
  for (std::uint32_t t = a_.doc.sentences[si].first;; ++t) {
    const auto idx = speech_subject(si, t);
    if (idx < 0) return false;
    const Mention& x = a_.mentions[static_cast<std::size_t>(idx)];
    if (x.kind == MentionKind::first_person) continue;
    Ref r = x.ref;
    if (r.kind == Ref::kNone && !coref_.resolve_one(m_, a_, si, static_cast<std::size_t>(idx), r)) continue;
    out = r;
    if (head) *head = t;
    return true;
  }
}

void SentenceRun::resolve_first_person(std::uint32_t si) {
  quote_speaker_ = Ref{};
  bool any = false;
  for (auto i = a_.sent_mb[si]; i < a_.sent_me[si]; ++i)
    if (a_.mentions[i].kind == MentionKind::first_person) any = true;
  if (!any) return;
  Ref spk;
  bool ok = speaker_of(si, spk, nullptr);
  if (!ok && si + 1 < a_.doc.sentences.size()) {
    ensure_recognised(si + 1);
    ok = speaker_of(si + 1, spk, nullptr);
  }
  if (!ok && prev_speaker_.kind != Ref::kNone && prev_speaker_sentence_ + 2 >= si) {
    spk = prev_speaker_;
    ok = true;
  }
  if (!ok) return;
  quote_speaker_ = spk;
  for (auto i = a_.sent_mb[si]; i < a_.sent_me[si]; ++i) {
    Mention& x = a_.mentions[i];
    if (x.kind != MentionKind::first_person) continue;
    x.ref = spk;
    x.person = Coref::type_of(m_, spk) == ActorType::person;
    x.conf = 0.75f;
  }
  prev_speaker_ = spk;
  prev_speaker_sentence_ = si;
}

void SentenceRun::group_members(std::uint32_t si, std::int32_t idx, std::vector<std::int32_t>& out) const {
  out.clear();
  auto g = a_.mentions[static_cast<std::size_t>(idx)].group;
  for (auto i = a_.sent_mb[si]; i < a_.sent_me[si]; ++i)
    if (a_.mentions[i].group == g && !a_.mentions[i].appositive) out.push_back(static_cast<std::int32_t>(i));
  if (out.empty()) out.push_back(idx);
}

std::int32_t SentenceRun::symmetric_entry(const std::vector<std::uint32_t>& ents) const {
  // The plain entry ("+", "with +") of a consultation or cooperation verb
  // (CAMEO roots 04-06): "meet", "talk with", "cooperate with". The verb
  // must be reciprocal: one that takes its partner with "with" ("meet with",
  // "work with"). "X, Y and Z in the best supporting actress category", "the
  // artists X, Y and Z will not have to apologise", "X and Y welcomed the
  // announcement" support, apologise to or welcome no one of their group.
  bool reciprocal = false;
  for (auto e : ents) {
    const auto& code = m_.relations()[e].relation.cameo;
    const auto& p = m_.pattern(e);
    if (code.size() >= 2 && code[0] == '0' && code[1] >= '4' && code[1] <= '6' && p.size() == 2 &&
        p[0] == m_.w_with && p[1] == Model::kPlus)
      reciprocal = true;
  }
  if (!reciprocal) return -1;
  for (auto e : ents) {
    const auto& code = m_.relations()[e].relation.cameo;
    if (code.size() < 2 || code[0] != '0' || code[1] < '4' || code[1] > '6') continue;
    const auto& p = m_.pattern(e);
    if (p.empty() || p.back() != Model::kPlus || p.size() > 2) continue;
    if (p.size() == 2 && p[0] != m_.w_with && p[0] != m_.w_to) continue;
    return static_cast<std::int32_t>(e);
  }
  return -1;
}

bool SentenceRun::protest(std::uint32_t si, Found f, const std::vector<std::uint32_t>& ents,
                          std::int32_t subject, const VerbGroup& g) {
  // A protest with no named target ("Thousands of Nigerians demonstrated",
  // "students rallied in Indonesia") is directed at the government of the
  // country it takes place in: the country of an "in <X>" of the clause, else
  // the protesters' own.
  std::int32_t e = -1;
  for (auto i : ents) {
    const auto& code = m_.relations()[i].relation.cameo;
    if (code.size() < 2 || code[0] != '1' || code[1] != '4') continue;
    // The verb itself protests ("demonstrate against +", "riot", "picket +"),
    // not a light verb with a protest noun ("hold * rally in +").
    const auto& p = m_.pattern(i);
    // Intransitive use only: a transitive protest verb without an actor
    // object has some other object ("boycott all official contact with").
    if (p.size() != 2 || p.back() != Model::kPlus) continue;
    e = static_cast<std::int32_t>(i);
    break;
  }
  if (e < 0) return false;
  // With an object (a determiner or noun right after it) a protest verb
  // other than "protest" itself ("protesting election results") has another
  // sense: "Brazil will strike an agreement", "demonstrated its commitment".
  const auto& s = a_.doc.sentences[si];
  const std::uint32_t n = skip_time(m_, a_, f.head + 1, s.last);
  const auto& q = a_.tok[std::min(n, s.last - 1)];
  if (n < s.last && a_.mention_at[n] < 0 && a_.tok[f.head].wi.verb_lemma != "protest" &&
      ((q.cls & kDeterminer) ||
       ((q.wi.pos & text::kNoun) && !(q.wi.pos & text::kPreposition) && q.wi.verb_form != text::VerbForm::gerund)))
    return false;
  // "demonstrating the Bundesbank's independence": a possessed noun is an object too.
  if (n < s.last && a_.mention_at[n] >= 0 && a_.tok[f.head].wi.verb_lemma != "protest" && a_.at(n)->possessor)
    return false;
  f.entry = e;
  return protest_target(si, f, subject, g);
}

bool SentenceRun::contest(std::uint32_t si, const PatternMatch& pm) const {
  // "Mirza beat Jelena Kostanic 6-7 6-4 6-1", "Morrissey beat Eminem to best
  // male", "Yushchenko defeated Yanukovych at the polls", "the United States
  // defeated Australia 2-1": beating or defeating a named person, or anyone
  // by a score, is winning a contest, not an assault ("police beat
  // protesters", "troops defeated the rebels", "beat up" stay).
  if (m_.pattern(static_cast<std::uint32_t>(pm.entry)).size() != 1) return false;
  const Mention& x = a_.mentions[static_cast<std::size_t>(pm.object)];
  if (x.kind == MentionKind::name || x.kind == MentionKind::unknown) {
    Actor o;
    materialise(m_, a_, x.ref, o);
    if (o.type == ActorType::person || o.type == ActorType::unknown) return true;
  }
  const auto& s = a_.doc.sentences[si];
  // "defeated the United States team of NBA stars": a team is beaten in a game.
  if (x.te < s.last) {
    static constexpr std::string_view kTeams[] = {"team", "teams", "side", "squad", "eleven", "xi"};
    const auto w = a_.norm(x.te);
    for (auto k : kTeams)
      if (w == k) return true;
  }
  // The score within the clause: "defeated Australia 2-1", "defeated the
  // United States team of National Basketball Association stars 89-81".
  for (std::uint32_t u = pm.end; u < s.last && u < pm.end + 10; ++u) {
    if (a_.tok[u].word == m_.w_comma || (a_.tok[u].cls & kClauseBreak)) break;
    const auto w = a_.norm(u);
    const auto dash = w.find('-');
    if (!w.empty() && w.front() >= '0' && w.front() <= '9' && dash != std::string_view::npos && dash + 1 < w.size() &&
        w[dash + 1] >= '0' && w[dash + 1] <= '9')
      return true;  // "6-4", "2-1"
  }
  return false;
}

bool SentenceRun::protest_target(std::uint32_t si, Found f, std::int32_t subject, const VerbGroup& g) {
  const auto& s = a_.doc.sentences[si];
  const Mention subj = a_.mentions[static_cast<std::size_t>(subject)];
  if (subj.ref.kind == Ref::kNone) return false;
  Actor sa;
  materialise(m_, a_, subj.ref, sa);
  // Troops march and strike, they do not protest ("Syrian troops marched
  // into the camp", "its forces struck at a second platform").
  if (sa.sector == "MIL") return false;
  std::string_view iso = sa.country;
  Actor xa;
  std::int32_t grievance = -1;  // the actor the grievance names ("over Canada's decision")
  for (std::uint32_t u = f.head + 1; u < s.last && u < f.head + 12; ++u) {
    const auto& q = a_.tok[u];
    if ((q.cls & (kClauseBreak | kRelative)) || q.word == m_.w_comma) break;
    auto idx = a_.mention_at[u];
    if (idx < 0) {
      // "a general strike called to protest a grenade attack": a grievance
      // that is a use of force names its agent, not the government; with no
      // agent named there is no target.
      if ((q.wi.pos & text::kNoun) && q.noun_lemma != kNoWord && grievance < 0)
        for (auto e : m_.heads(q.noun_lemma, true))
          if (use_of_force(m_.relations()[e].relation.cameo)) return false;
      continue;
    }
    // "in Serbia", "in northern Israel".
    const bool in = a_.tok[u - 1].word == m_.w_in ||
                    (u >= f.head + 3 && a_.tok[u - 2].word == m_.w_in && (a_.tok[u - 1].wi.pos & text::kAdj) &&
                     !(a_.tok[u - 1].flags & (text::kCapitalised | text::kAllCaps | text::kPunct)));
    if (!in) {
      // "protested over Canada's decision", "protested the Japanese
      // limitations": the actor qualifying the grievance is the target.
      const Mention& x = a_.mentions[static_cast<std::size_t>(idx)];
      // An actor no code identifies ("President Assad's failure" where two
      // Assads ruled) says less than the government default.
      if (grievance < 0 && (x.possessor || x.modifier) && x.kind != MentionKind::pronoun &&
          x.ref.kind != Ref::kNone && !(x.ref == subj.ref) && noun_phrase_end(m_, a_, x.te, s.last) > x.te) {
        materialise(m_, a_, x.ref, xa);
        if (!xa.code.empty()) grievance = idx;
      }
      u = x.te - 1;
      continue;
    }
    materialise(m_, a_, a_.mentions[static_cast<std::size_t>(idx)].ref, xa);
    if (!xa.country.empty()) iso = xa.country;
    break;
  }
  // The protest, against `object`.
  auto protest_against = [&](std::int32_t object) {
    f.subject = subject;
    f.object = object;
    f.rel_b = g.start;
    f.rel_e = f.head + 1;
    f.tail_b = f.tail_e = 0;
    f.conf = 0.6f;
    emit(si, f);
    return true;
  };
  if (grievance >= 0) return protest_against(grievance);
  // "France today protested …": a country named as such protests to another
  // country, never against its own government (its farmers or students may).
  if (sa.type == ActorType::country && subj.how != How::adjective && !subj.modifier) return false;
  // Governments, businesses ("companies may continue their rally") and media
  // do not take to the streets.
  if (iso.empty() || sa.sector == "GOV" || sa.sector == "BUS" || sa.sector == "MED") return false;
  int c = m_.country(iso);
  if (c < 0) return false;
  Mention target = subj;
  target.kind = MentionKind::derived;
  target.ref = Ref{};
  target.ref.kind = Ref::kDerived;
  target.ref.entry = c;
  target.ref.agent = -1;
  target.appositive = target.possessor = target.modifier = false;
  target.group = static_cast<std::int32_t>(a_.mentions.size());
  target.conf = 0.6f;
  a_.mentions.push_back(target);  // outside every sentence's range: a target only
  return protest_against(target.group);
}

/// True when one of the tokens [b, e) names money or material goods: what
/// can be given as aid ("5 million dollars", "funds", "food and medicine",
/// "military equipment", "intelligence"). Letters, messages, cases, time,
/// a chance, a green light or a team are given or sent, but are no aid;
/// refusing to give them is still a rejection ("would not give permission to X").
bool material_thing(const Analysis& a, std::uint32_t b, std::uint32_t e) {
  static constexpr std::string_view kWords[] = {
      "dollars", "dlrs", "dollar", "pounds", "euros", "yen", "marks", "francs", "rupees", "roubles", "rubles",
      "money", "cash", "funds", "funding", "credit", "credits", "loan", "loans", "grant", "grants", "subsidies",
      "million", "billion", "mln", "bln", "aid", "assistance", "relief", "food", "grain", "wheat", "rice", "flour",
      "fuel", "oil", "gas", "electricity", "medicine", "medicines", "supplies", "equipment", "tents", "blankets",
      "vehicles", "helicopters", "aircraft", "planes", "jets", "ships", "boats", "intelligence", "arms",
      "weapons", "ammunition", "troops", "soldiers", "peacekeepers", "experts", "doctors", "vaccines",
      "water", "shelter", "support", "backing", "training", "technology", "barrels", "crude", "tonnes", "tons",
      "trainers", "advisers", "advisors", "instructors", "security", "back-up", "personnel"};
  for (std::uint32_t u = b; u < e; ++u) {
    const auto w = a.norm(u);
    if (!w.empty() && (w.front() == '$' || w.back() == '$')) return true;  // "$5 million", "US$"
    for (auto k : kWords)
      if (w == k) return true;
  }
  return false;
}

bool SentenceRun::transfer(std::uint32_t si, Found f, const std::vector<std::uint32_t>& ents,
                           std::int32_t subject, const VerbGroup& g) {
  // Giving with a thing the lexicon does not name: "gave the Ivory Coast 5.1
  // million dollars of aid" (double object), "is providing aerial photographs
  // and other intelligence to Macedonia" (to-dative). The verb's own aid entry
  // (CAMEO 07) codes it: an entry of the verb alone or one for aid in general
  // (070). A kind of aid the entry names ("sell * arms to +", 072) is not
  // the unnamed thing: "sold five bags of sugar to Iran" is no arms sale.
  std::int32_t e = -1;
  for (auto i : ents) {
    const auto& code = m_.relations()[i].relation.cameo;
    if (code.size() < 2 || code[0] != '0' || code[1] != '7') continue;
    bool verb_alone = true;
    for (auto w : m_.pattern(i))
      if (w != Model::kStar && w != Model::kPlus && w != m_.w_to) verb_alone = false;
    if (verb_alone || code == "070") { e = static_cast<std::int32_t>(i); break; }
  }
  if (e < 0) return false;
  const auto& s = a_.doc.sentences[si];
  const std::uint32_t t = f.head;
  std::uint32_t end = 0;
  bool neg = false;
  std::int32_t obj = object_at(m_, a_, t + 1, s.last, end, neg);
  std::uint32_t slot = t + 1;
  if (obj >= 0) {
    // Double object: an actor, then the thing given (a determiner, number or noun).
    const auto& n = a_.tok[std::min(end, s.last - 1)];
    if (end >= s.last || a_.mention_at[end] >= 0 || (n.flags & text::kPunct) ||
        !((n.cls & kDeterminer) || (n.flags & text::kNumber) || (n.wi.pos & (text::kNoun | text::kAdj))) ||
        (n.wi.pos & text::kPreposition))
      return false;
    // The thing given: up to the next punctuation, preposition or clause break.
    std::uint32_t te = end;
    while (te < s.last && te < end + 8 && !(a_.tok[te].flags & text::kPunct) && !(a_.tok[te].cls & kClauseBreak) &&
           !((a_.tok[te].wi.pos & text::kPreposition) && a_.tok[te].word != m_.w_of))
      ++te;
    if (!f.refusal && !material_thing(a_, end, te)) return false;
  } else {
    // To-dative: the thing given (no actor, no clause break), "to", the actor.
    std::uint32_t u = t + 1;
    for (; u < s.last && u < t + 10; ++u) {
      const auto& q = a_.tok[u];
      if (q.word == m_.w_to) break;
      if (a_.mention_at[u] >= 0 || (q.cls & (kClauseBreak | kRelative)) || q.word == m_.w_comma ||
          (q.wi.pos & text::kPreposition && q.word != m_.w_of))
        return false;
    }
    if (u == t + 1 || u >= s.last || a_.tok[u].word != m_.w_to || (!f.refusal && !material_thing(a_, t + 1, u)))
      return false;
    obj = object_at(m_, a_, u + 1, s.last, end, neg);
    slot = u + 1;
    if (obj < 0) return false;
  }
  f.entry = e;
  f.subject = subject;
  f.object = obj;
  f.negated = f.negated || neg;
  f.rel_b = g.start;
  f.rel_e = slot;
  f.obj_end = end;
  f.tail_b = f.tail_e = 0;
  f.conf = 0.6f;
  emit(si, f);
  return true;
}

/// The mention of a country or place after "in" in the clause from token
/// `from` on, for an event of material conflict (CAMEO 18-20) whose patient
/// no actor names; -1 when there is none, or it is the agent's own country.
std::int32_t SentenceRun::violence_place(std::uint32_t si, std::int32_t entry, std::uint32_t from,
                                         std::int32_t agent) const {
  if (!use_of_force(m_.relations()[static_cast<std::size_t>(entry)].relation.cameo)) return -1;
  const auto& s = a_.doc.sentences[si];
  for (std::uint32_t u = from + 1; u < s.last && u < from + 14; ++u) {
    const auto& q = a_.tok[u];
    if ((q.cls & (kClauseBreak | kRelative)) || q.word == m_.w_comma) break;
    const auto idx = a_.mention_at[u];
    if (idx < 0 || idx == agent) continue;
    // "in Gaza", "in the east of the Gaza Strip".
    bool in = a_.tok[u - 1].word == m_.w_in;
    if (!in && a_.tok[u - 1].word == m_.w_of)
      for (std::uint32_t k = u - 2; k > from && k + 4 >= u; --k) {
        const auto& p = a_.tok[k];
        if (p.word == m_.w_in) { in = true; break; }
        if (p.flags & (text::kPunct | text::kCapitalised | text::kAllCaps) || a_.mention_at[k] >= 0) break;
      }
    if (!in) continue;
    const Mention& x = a_.mentions[static_cast<std::size_t>(idx)];
    if (x.possessor || x.modifier || x.ref.kind == Ref::kNone) return -1;
    Actor place, by;
    materialise(m_, a_, x.ref, place);
    if (place.type != ActorType::country) return -1;
    materialise(m_, a_, a_.mentions[static_cast<std::size_t>(agent)].ref, by);
    return by.country == place.country ? -1 : idx;
  }
  return -1;
}

bool SentenceRun::receipt(std::uint32_t si, Found f, std::int32_t subject, const VerbGroup& g) {
  // "Georgia received weapons from Russia", "got economic assistance from
  // the US": the giver is after "from"; the event is the thing's nominal
  // "N to +" entry (weapons to 072, aid to 070), from the giver to the subject.
  const auto& s = a_.doc.sentences[si];
  std::uint32_t u = f.head + 1;
  std::int32_t e = -1;
  for (int k = 0; k < 6 && u < s.last && e < 0; ++k, ++u) {
    const auto& q = a_.tok[u];
    // An actor word qualifying the thing is part of it ("Russian weapons", "military aid").
    if (a_.mention_at[u] >= 0 &&
        !(a_.at(u)->modifier || !(q.flags & (text::kCapitalised | text::kAllCaps))))
      return false;
    if ((q.flags & text::kPunct) || (q.wi.pos & text::kPreposition)) return false;
    if (q.wi.pos & text::kNoun)
      for (auto i : m_.heads(q.noun_lemma, true)) {
        const auto& p = m_.pattern(i);
        if (p.size() == 2 && p[0] == m_.w_to && p[1] == Model::kPlus) { e = static_cast<std::int32_t>(i); break; }
      }
    if (e < 0 && !((q.cls & kDeterminer) || (q.flags & text::kNumber) || (q.wi.pos & (text::kAdj | text::kNoun))))
      return false;
  }
  if (e < 0 || u >= s.last || a_.tok[u].word != m_.w_from) return false;
  std::uint32_t end = 0;
  bool neg = false;
  const std::int32_t giver = object_at(m_, a_, u + 1, s.last, end, neg);
  if (giver < 0) return false;
  f.entry = e;
  f.subject = giver;
  f.object = subject;
  f.negated = f.negated || neg;
  f.rel_b = g.start;
  f.rel_e = u + 1;
  f.obj_end = end;
  f.tail_b = f.tail_e = 0;
  f.conf = 0.7f;
  emit(si, f);
  return true;
}

bool SentenceRun::intent_frame(std::uint32_t si, std::uint32_t t, std::int32_t prev_subject) {
  // "X agreed to / offered to / is willing to <verb> … Y" where the lexicon
  // has no pattern for the event: X expresses an intent towards the first
  // other actor of the clause after the verb.
  const auto& s = a_.doc.sentences[si];
  if (t < s.first + 2 || a_.tok[t - 1].word != m_.w_to) return false;
  // The commitment is a verb or an adjective ("agreed to", "ready to"), not a
  // noun ("a US offer to host …").
  const auto& c = a_.tok[t - 2];
  bool commits = false;
  if (c.cls & kIntentAdj) {
    commits = (c.cls & kCommissive) != 0 || c.word == m_.w_prepared;
  } else if (c.verb_lemma != kNoWord && verb_use(m_, a_, s.first, t - 2)) {
    // agree, offer, promise, pledge, vow, commit, undertake, volunteer — not
    // mere plans or wishes (want, plan, hope, seek).
    const auto k = m_.classes(c.verb_lemma);
    commits = c.verb_lemma == m_.w_agree ||
              ((k & kCommissive) && !(k & kAppealVerb) && c.verb_lemma != m_.w_plan &&
               c.verb_lemma != m_.w_intend && c.verb_lemma != m_.w_hope && c.verb_lemma != m_.w_aim &&
               c.verb_lemma != m_.w_wish);
  }
  // "refused / declined to <verb> … Y": a rejection of Y, CAMEO 120.
  const bool refusal = !commits && c.verb_lemma != kNoWord &&
                       (c.verb_lemma == m_.w_refuse || c.verb_lemma == m_.w_decline) &&
                       verb_use(m_, a_, s.first, t - 2);
  VerbGroup g = verb_group(m_, a_, s.first, t);
  if (refusal || g.refusal) g.negated = false;  // the refusal itself is asserted
  // "threatened (on Monday) to cut off …": a threat, CAMEO 130.
  bool threat = g.threat;
  for (std::uint32_t k = t - 2; !threat && !commits && k + 5 > t && k > s.first; --k) {
    // Across a time adverbial: "threatened on Monday to", "threatened today to".
    const auto& q = a_.tok[k];
    if (a_.mention_at[k] >= 0 || q.word == m_.w_comma) break;
    if (q.verb_lemma != kNoWord && (m_.classes(q.verb_lemma) & kThreatVerb) && verb_use(m_, a_, s.first, k)) {
      threat = true;
      g = verb_group(m_, a_, s.first, k);
    }
  }
  if ((!commits && !threat && !refusal) || g.passive || g.negated) return false;
  // "declined to comment on reports that Barclays …", "refused to say why …",
  // "declined to be drawn on …": a refused statement rejects no one its topic names.
  if (refusal || g.refusal) {
    const auto& v = a_.tok[t];
    const auto vw = v.wi.verb_lemma;
    if ((v.verb_lemma != kNoWord && (m_.classes(v.verb_lemma) & kSpeechVerb)) || (v.cls & kAux) ||
        vw == "comment" || vw == "elaborate" || vw == "specify" || vw == "disclose" || vw == "identify" ||
        vw == "name" || vw == "detail" || vw == "discuss" || vw == "reveal" || vw == "speculate")
      return false;
  }
  auto sf = find_subject(m_, a_, s.first, g, prev_subject);
  if (sf.mention < 0) return false;
  const Ref& sr = a_.mentions[static_cast<std::size_t>(sf.mention)].ref;
  if (sr.kind == Ref::kNone) return false;
  std::int32_t obj = -1;
  // Another actor, not one of the subject's own country ("France is ready to
  // contribute troops"): the subject's forces are no target of its intent.
  Actor sa, xa;
  materialise(m_, a_, sr, sa);
  for (std::uint32_t u = t + 1; u < s.last && u < t + 16; ++u) {
    const auto& q = a_.tok[u];
    if (threat && (q.word == m_.w_unless || a_.norm(u) == "if")) {
      // "threatened to launch an offensive unless Iraq accepted …": the
      // threat is aimed at whom the condition names (its subject).
      std::uint32_t v = u + 1;
      while (v < s.last && v < u + 3 && a_.mention_at[v] < 0 && (a_.tok[v].cls & kDeterminer)) ++v;
      if (v < s.last && a_.mention_at[v] >= 0) {
        const Mention& x = a_.mentions[static_cast<std::size_t>(a_.mention_at[v])];
        if (x.tb == v && x.ref.kind != Ref::kNone && !(x.ref == sr) && x.kind != MentionKind::pronoun) {
          materialise(m_, a_, x.ref, xa);
          if (!xa.id.empty() && xa.id != sa.id) obj = a_.mention_at[v];
        }
      }
      break;
    }
    if ((q.cls & (kClauseBreak | kRelative)) || q.word == m_.w_comma) break;
    // "threaten to sink the commission over Buttiglione": "over" names the
    // cause, not the target.
    if (a_.mention_at[u] < 0 && (a_.norm(u) == "over" || a_.norm(u) == "amid") && !(q.flags & text::kNumber)) break;
    auto idx = a_.mention_at[u];
    if (idx < 0) continue;
    const Mention& x = a_.mentions[static_cast<std::size_t>(idx)];
    // A possessive pronoun is no target (see object_at): "declined to comment
    // on its stock activity". An actor after what it owns may be ("willing to
    // withdraw its troops from Lebanon"), but not a name apposed to the owned
    // noun: "agreed to sell their joint venture Integris Metals" sells their own.
    if (x.kind == MentionKind::pronoun && x.possessor) {
      std::uint32_t v = x.te;
      while (v < s.last && a_.mention_at[v] < 0 && (a_.tok[v].wi.pos & (text::kNoun | text::kAdj)) &&
             !(a_.tok[v].wi.pos & text::kPreposition) &&
             !(a_.tok[v].flags & (text::kPunct | text::kCapitalised | text::kAllCaps)) && !a_.tok[v].cls)
        ++v;
      const Mention* n = v > x.te && v < s.last ? a_.at(v) : nullptr;
      u = n && n->tb == v && !n->modifier && !n->possessor ? n->te - 1 : x.te - 1;
      continue;
    }
    // "prepared to bury victims of an attack on a mosque in Sialkot": an
    // unknown name after a locative preposition is a place no one intends anything towards.
    // A stake or an investment in X is in a company, not a place.
    const auto pw = x.tb > s.first ? a_.norm(x.tb - 1) : std::string_view();
    const auto ppw = x.tb > s.first + 1 ? a_.norm(x.tb - 2) : std::string_view();
    const bool holding = ppw == "stake" || ppw == "stakes" || ppw == "interest" || ppw == "interests" ||
                         ppw == "holding" || ppw == "holdings" || ppw == "shares" || ppw == "investment" ||
                         (x.tb > s.first + 1 && a_.tok[x.tb - 2].wi.verb_lemma == "invest") ||
                         (x.tb > s.first + 1 && ((a_.tok[x.tb - 2].flags & text::kNumber) ||
                                                 material_thing(a_, x.tb - 2, x.tb - 1)));
    const bool place =
        x.kind == MentionKind::unknown && ((pw == "in" && !holding) || pw == "at" || pw == "near");
    if (x.ref.kind != Ref::kNone && !(x.ref == sr) && !place) {
      materialise(m_, a_, x.ref, xa);
      if (!xa.id.empty() && (sa.country.empty() || xa.country != sa.country)) {
        obj = idx;
        break;
      }
    }
    u = x.te - 1;
  }
  if (obj < 0) return false;
  Found f;
  f.entry = refusal ? -3 : threat ? -2 : -1;
  f.subject = sf.mention;
  f.object = obj;
  f.head = t;
  f.modality = g.modality;
  f.rel_b = g.start;
  f.rel_e = t + 1;
  f.conf = 0.6f;
  emit(si, f);
  return true;
}

void SentenceRun::recode_future(Found& f, const VerbGroup& g) const {
  // "Portugal will support Turkey", "Israel announced it would free …": a
  // future of the subject's own is its intent; "said it would not provide
  // support" is a refusal. "would" counts as a future only in reported
  // speech (a speech verb before it); otherwise it is a hypothesis.
  // "will not have to apologise" is no refusal: the future governs an obligation.
  if (g.passive || g.threat || g.commitment || g.refusal || g.obliged || g.must || f.refusal) return;
  bool fut = g.future;
  if (!fut && g.would)
    for (const auto& sp : speech_)
      if (sp.head < g.start) fut = true;
  if (!fut) return;
  if (f.negated) {
    f.refusal = true;
    f.negated = false;
  } else if (condition_at_ != kNone && condition_at_ > g.head) {
    // "… will withdraw its force from Chad unless …": a future under a negative
    // condition is a threat ("would meet him if he gave them a veto" stays an offer).
    f.threat = true;
  } else {
    f.future = true;
  }
}

bool SentenceRun::tree_could_help(std::uint32_t si, std::uint32_t t, const VerbGroup& g) const {
  // The word-order shapes of what tree_subject_trusted accepts, checked
  // before paying for a parse: a speech verb with a mention right after it
  // (an inverted speaker), "X to V", an -ing form after a comma or opening
  // the sentence, a relative pronoun after a common noun. (Any relative
  // pronoun was tried first: of 2,821 such parses on Reuters, 89 gave a subject.)
  const auto& s = a_.doc.sentences[si];
  const auto& d = a_.tok[t];
  if ((m_.classes(d.verb_lemma) & kSpeechVerb) && t + 1 < s.last &&
      (a_.mention_at[t + 1] >= 0 ||
       (t + 2 < s.last && a_.mention_at[t + 2] >= 0 && (a_.tok[t + 1].cls & kDeterminer))))
    return true;
  if (g.start > s.first) {
    const auto& p = a_.tok[g.start - 1];
    if (g.infinitive && a_.mention_at[g.start - 1] >= 0) return true;
    if (g.gerund && (p.word == m_.w_comma || g.start == s.first + 1)) return true;
    // A relative pronoun after a common noun an actor qualifies ("an IMF
    // commission which visited Yugoslavia"): word order finds no actor there.
    if ((p.cls & kRelative) && g.start >= s.first + 2) {
      const auto& n = a_.tok[g.start - 2];
      if (a_.mention_at[g.start - 2] < 0 && (n.wi.pos & text::kNoun) && !(n.flags & text::kPunct)) return true;
    }
  }
  return g.gerund && g.start == s.first;
}

bool SentenceRun::tree_subject_trusted(const TreeSubject& ts, std::uint32_t t, const VerbGroup& g) const {
  // The parser errs on the constructions word order handles well (a noun
  // with a participle before the verb), so its subject is taken only where
  // word order finds none and the tree's structure is one the parser reads
  // reliably:
  const Mention& x = a_.mentions[static_cast<std::size_t>(ts.mention)];
  switch (ts.how) {
    case TreeHow::own:
      // an inverted speaker or subject after the verb ("…," said Mr Blair);
      // a headline's "X to V" ("Sayeed to stand down").
      return x.tb > t || (g.infinitive && x.te + 1 == g.start);
    case TreeHow::relative:
      return true;
    case TreeHow::adjunct:
      // a participial adjunct, before its clause's subject ("Launching his
      // campaign, Mr Kennedy urged") or after a comma ("…, raising the toll").
      return g.gerund && !g.infinitive && g.start == t &&
             (x.tb > t || (t > 0 && a_.tok[t - 1].word == m_.w_comma));
    default:
      return false;
  }
}

bool SentenceRun::auxiliary_of_next(std::uint32_t last, std::uint32_t t) const {
  if (!(a_.tok[t].cls & kAux)) return false;
  std::uint32_t u = t + 1;
  while (u < last && (a_.tok[u].cls & kNegator || ((a_.tok[u].wi.pos & text::kAdv) && !(a_.tok[u].wi.pos & text::kVerb))))
    ++u;
  if (u >= last || a_.mention_at[u] >= 0) return false;
  const auto& n = a_.tok[u];
  const auto vf = n.wi.verb_form;
  return (n.wi.pos & text::kVerb) && (vf == text::VerbForm::past_participle || vf == text::VerbForm::past_or_participle ||
                                      vf == text::VerbForm::gerund);
}

bool SentenceRun::object_sense_ok(const RelationEntry& e, const PatternMatch& pm) const {
  if (e.object_sense == 0) return true;
  const Mention& xo = a_.mentions[static_cast<std::size_t>(pm.object)];
  const std::uint32_t s_last_ = static_cast<std::uint32_t>(a_.tok.size());
  // The noun heading the object phrase besides the actor: a noun before it
  // in the slot ("19.6 pct of Viacom's stock"), else the last noun of the
  // phrase the actor qualifies ("Viacom's stock"). Numbers, determiners and
  // adjectives are no heads.
  auto noun_at = [&](std::uint32_t u) {
    const auto& d = a_.tok[u];
    return (d.wi.pos & text::kNoun) && !(d.wi.pos & (text::kAdj | text::kDeterminer | text::kPronoun)) &&
           !(d.flags & (text::kNumber | text::kPunct)) && a_.mention_at[u] < 0;
  };
  std::int64_t head = -1;
  for (std::uint32_t u = pm.slot; u < xo.tb && head < 0; ++u) {
    // A quantity before "of" counts its complement ("hundreds of prisoners").
    if (a_.tok[u].wi.first_sense() == text::kQuantity && u + 1 < xo.tb && a_.tok[u + 1].word == m_.w_of) continue;
    if (noun_at(u)) head = u;
  }
  for (std::uint32_t u = pm.slot_end; head < 0 && u > xo.te; --u)
    if (noun_at(u - 1)) head = u - 1;
  // No other noun: the actor's own head noun when it is a common noun
  // ("three UN workers": workers, a person), else its kind (a person, or a
  // group for any other actor: a country, a company).
  if (head < 0) {
    for (std::uint32_t u = pm.slot_end; u < s_last_ && u < xo.te + 3 && noun_at(u); ++u) head = u;  // "Du Pont Co shares"
  }
  if (head < 0) {
    const auto& last = a_.tok[xo.te - 1];
    const int own = (last.flags & (text::kCapitalised | text::kAllCaps)) ? -1 : last.wi.first_sense();
    const int kind = own >= 0 ? own : xo.person ? text::kPerson : text::kGroup;
    return (e.object_sense & (1u << kind)) != 0;
  }
  const int first = a_.tok[static_cast<std::size_t>(head)].wi.first_sense();
  return first >= 0 && (e.object_sense & (1u << first)) != 0;
}

bool SentenceRun::passive_subject_sense_ok(std::uint32_t si, std::uint32_t t, const RelationEntry& e,
                                           std::int32_t subject) {
  if (e.object_sense == 0) return true;
  const auto& s = a_.doc.sentences[si];
  parse_sentence(a_, si);
  const Mention& x = a_.mentions[static_cast<std::size_t>(subject)];
  for (std::uint32_t u = s.first; u < s.last; ++u) {
    if (a_.syn[u].head != static_cast<std::int32_t>(t) ||
        a_.syn[u].deprel != static_cast<std::uint8_t>(syntax::Deprel::nsubj_pass))
      continue;
    if (u >= x.tb && u < x.te) break;  // the actor itself heads the subject
    const auto& d = a_.tok[u];
    if (!(d.wi.pos & text::kNoun) || (d.flags & (text::kCapitalised | text::kAllCaps))) break;
    const int first = d.wi.first_sense();
    return first >= 0 && (e.object_sense & (1u << first)) != 0;
  }
  const auto& last = a_.tok[x.te - 1];
  const int own = (last.flags & (text::kCapitalised | text::kAllCaps)) ? -1 : last.wi.first_sense();
  return (e.object_sense & (1u << (own >= 0 ? own : x.person ? text::kPerson : text::kGroup))) != 0;
}

std::int32_t SentenceRun::nominal_force_subject(std::uint32_t si, const VerbGroup& g) const {
  // The noun phrase right before the verb group: determiners, adjectives,
  // nouns and actor words, at most six tokens back.
  const auto& s = a_.doc.sentences[si];
  if (g.start <= s.first) return -1;
  std::uint32_t b = g.start;
  for (int k = 0; k < 6 && b > s.first; ++k) {
    const std::uint32_t u = b - 1;
    const auto& d = a_.tok[u];
    const bool np = a_.mention_at[u] >= 0 || (d.cls & kDeterminer) || d.word == m_.w_s ||
                    ((d.wi.pos & (text::kAdj | text::kNoun)) && !(d.flags & text::kPunct) && !(d.cls & kAux));
    if (!np) break;
    b = u;
  }
  if (b == g.start) return -1;
  // Its head, the last word before the group, names a use of force (a nominal
  // entry of CAMEO 18-20), and an actor in it qualifies that head: "A U.S.
  // air strike", or an agent the recogniser read with it ("Israeli shelling").
  const auto& head = a_.tok[g.start - 1];
  bool force = false;
  if (head.wi.pos & text::kNoun)
    for (auto e : m_.heads(head.noun_lemma, true)) force = force || use_of_force(m_.relations()[e].relation.cameo);
  if (!force) return -1;
  for (std::uint32_t u = b; u < g.start; ++u) {
    const std::int32_t idx = a_.mention_at[u];
    if (idx < 0) continue;
    const Mention& x = a_.mentions[static_cast<std::size_t>(idx)];
    if (x.te == g.start || noun_phrase_end(m_, a_, x.te, g.start + 1) == g.start) return idx;
    u = x.te - 1;
  }
  return -1;
}

bool SentenceRun::state_speaks(const Mention& x, const Actor& a) const {
  if (a.type == ActorType::government) return true;
  if (a.type == ActorType::person) return a.sector == "GOV";
  // A country by its name stands for its state; by its people's name
  // ("Palestinians", an adjective reading) for its people.
  return a.type == ActorType::country && (x.how == How::name || x.how == How::alias || x.how == How::metonym);
}

bool SentenceRun::phrasal_by(const std::vector<std::uint32_t>& ents) const {
  for (auto e : ents) {
    const auto& pat = m_.pattern(e);
    if (!pat.empty() && pat[0] == m_.w_by) return true;
  }
  return false;
}

std::int32_t SentenceRun::direct_object_entry(const std::vector<std::uint32_t>& ents) const {
  for (auto e : ents) {
    const auto& pat = m_.pattern(e);
    if (pat.empty() || (pat.size() == 1 && pat[0] == Model::kPlus)) return static_cast<std::int32_t>(e);
  }
  return -1;
}

std::int32_t SentenceRun::announced_by(std::uint32_t si, std::uint32_t t) {
  // The clause is the complement (ccomp) of a speech verb whose own subject is an actor.
  const auto& s = a_.doc.sentences[si];
  // Only after a speech verb (the parse is asked for nothing else here).
  bool spoken = false;
  for (std::uint32_t u = s.first; u < t && !spoken; ++u)
    spoken = a_.tok[u].verb_lemma != kNoWord && (m_.classes(a_.tok[u].verb_lemma) & kSpeechVerb) != 0;
  if (!spoken) return -1;
  parse_sentence(a_, si);
  if (!a_.has_parse(t) || a_.syn[t].deprel != static_cast<std::uint8_t>(syntax::Deprel::ccomp) || a_.syn[t].head < 0)
    return -1;
  const auto h = static_cast<std::uint32_t>(a_.syn[t].head);
  const auto& hd = a_.tok[h];
  if (hd.verb_lemma == kNoWord || !(m_.classes(hd.verb_lemma) & kSpeechVerb)) return -1;
  const TreeSubject ts = tree_subject(a_, s.first, s.last, h);
  if (ts.how != TreeHow::own || ts.passive || ts.mention < 0) return -1;
  // A state or international body announcing what it will do; a spokesman,
  // analyst or witness who reports that someone was freed or asked did not do it.
  Actor who;
  materialise(m_, a_, a_.mentions[static_cast<std::size_t>(ts.mention)].ref, who);
  const bool state = who.type == ActorType::country || who.type == ActorType::government ||
                     who.type == ActorType::military || (who.type == ActorType::organization && who.sector == "IGO");
  return state ? ts.mention : -1;
}

std::int32_t SentenceRun::sentence_speaker(std::uint32_t si) const {
  // The subject of the sentence's first speech verb ("X said (that) …",
  // "…, X said"), resolved; -1 when none.
  for (std::uint32_t t = a_.doc.sentences[si].first;; ++t) {
    const auto idx = speech_subject(si, t);
    if (idx < 0) return -1;
    const Mention& x = a_.mentions[static_cast<std::size_t>(idx)];
    if (x.ref.kind == Ref::kNone || x.kind == MentionKind::first_person) continue;
    return idx;
  }
}

bool SentenceRun::obligation(std::uint32_t si, std::uint32_t t, const VerbGroup& g, std::int32_t subject,
                             std::int32_t entry) {
  // "The Bush administration declared that China must drop barriers",
  // "Sudan must return the helicopter, Russia said": the speaker demands the
  // event of the obliged actor (CAMEO's demand frame of the event, else 100).
  // The copula heads no event ("must be privatised" is a passive of its own).
  if (!g.must || g.passive || subject < 0 || (a_.tok[t].cls & kAux)) return false;
  auto spk = sentence_speaker(si);
  if (spk < 0) return false;
  const Mention& xs = a_.mentions[static_cast<std::size_t>(spk)];
  const Mention& xo = a_.mentions[static_cast<std::size_t>(subject)];
  if (xo.ref.kind == Ref::kNone || xs.ref == xo.ref) return false;
  // "Zhao said China must expand the market": a government's word on what its
  // own country must do is policy, not a demand (rebels on their president's
  // duties are one: another sector of the country).
  Actor sa, oa;
  materialise(m_, a_, xs.ref, sa);
  materialise(m_, a_, xo.ref, oa);
  if (!sa.country.empty() && sa.country == oa.country &&
      (sa.sector == oa.sector || (sa.sector == "GOV" && oa.sector.empty()) || (oa.sector == "GOV" && sa.sector.empty())))
    return false;
  Found f;
  f.entry = entry >= 0 ? entry : -4;
  f.demand = entry >= 0;
  f.subject = spk;
  f.object = subject;
  f.head = t;
  f.rel_b = g.start;
  f.rel_e = t + 1;
  f.conf = 0.6f;
  emit(si, f);
  return true;
}

bool SentenceRun::market_sense(const Found& f, const Mention& xo, bool head_object) const {
  // "push into European markets", "target key marginal seats around Sydney",
  // "target Chinese consumers", "invade the US charts": a force verb whose
  // object stands for a market, buyers or voters, or is reached through one,
  // is a move in business, an election or sport, no use of force; so is
  // one aimed at a goal of the economy or a contest ("targeted GNP growth",
  // "target the student vote", "targets England comeback").
  if (f.entry < 0 || !use_of_force(m_.relations()[static_cast<std::size_t>(f.entry)].relation.cameo)) return false;
  static constexpr std::string_view kWords[] = {
      // Not a market, stores, an office or fans, which are bombed and attacked.
      "markets", "marketplace", "seats", "voter", "voters", "electorate", "constituency", "constituencies",
      "votes", "consumer", "consumers", "customer", "customers", "shopper", "shoppers", "buyer", "buyers",
      "clients", "sales", "exports", "imports", "charts", "vote", "growth", "inflation",
      // Goals of a race or a match: "targets England comeback", "target the title".
      "comeback", "title", "titles", "victory", "win", "medal", "medals", "recall", "trophy", "championship"};
  auto market = [&](std::uint32_t h) {
    const auto w = a_.norm(h);
    for (auto k : kWords)
      if (w == k) return true;
    return false;
  };
  const auto last = a_.doc.sentences.back().last;
  if (head_object && f.obj_end > xo.te && (xo.modifier || xo.possessor) && market(f.obj_end - 1)) return true;
  // The noun phrase the object qualifies, over a possessive: "Japanese
  // industry's sales", "Ukrainian voters".
  for (std::uint32_t u = xo.te, k = 0; u < last && k < 4 && a_.mention_at[u] < 0; ++u, ++k) {
    const auto& q = a_.tok[u];
    if (market(u)) return true;
    if (q.word == m_.w_s) continue;
    if (!(q.wi.pos & (text::kNoun | text::kAdj)) || (q.wi.pos & text::kPreposition) ||
        (q.flags & (text::kCapitalised | text::kAllCaps | text::kPunct)) || (q.cls & (kDeterminer | kCoord)))
      break;
  }
  // Skipped words of the pattern before the object: "seats around Sydney".
  for (std::uint32_t u = f.rel_e; u < xo.tb && u < last; ++u)
    if (a_.mention_at[u] < 0 && market(u)) return true;
  return false;
}

bool SentenceRun::verbal_attack(const Found& f, const Mention& xo, bool head_object) const {
  if (!use_of_force(m_.relations()[static_cast<std::size_t>(f.entry)].relation.cameo) || f.threat ||
      f.commitment || f.refusal || f.future || f.demand || !f.appeal.empty())
    return false;
  const auto last = a_.doc.sentences.back().last;
  // The noun the object stands for: "Tory plans", "Mr Brown's record".
  // A noun the recogniser read as a verb too ("the Tory plans") follows the object directly.
  std::uint32_t h = 0;
  if (head_object && f.obj_end > xo.te && (xo.modifier || xo.possessor)) h = f.obj_end - 1;
  else if (xo.te < last && a_.mention_at[xo.te] < 0 && !xo.possessor && (a_.tok[xo.te].wi.pos & text::kNoun) &&
           !(a_.tok[xo.te].flags & (text::kCapitalised | text::kAllCaps | text::kPunct)))
    h = xo.te;
  if (h > 0) {
    static constexpr std::string_view kWords[] = {
        "plan", "plans", "policy", "policies", "record", "remarks", "comments", "proposal", "proposals", "stance",
        "decision", "decisions", "budget", "views", "claims", "handling", "strategy", "manifesto", "reforms",
        "spending", "statement", "statements", "speech", "leadership", "rules", "idea", "ideas", "approach",
        "position", "response", "words", "credibility", "performance", "bill", "legislation"};
    const auto w = a_.norm(h);
    for (auto k : kWords)
      if (w == k) return true;
  }
  // "attacked Mr Brown for failing …", "for his handling of …".
  const std::uint32_t e = std::max(xo.te, head_object ? f.obj_end : xo.te);
  if (e + 1 < last && a_.norm(e) == "for") {
    const auto& n = a_.tok[e + 1];
    if (n.wi.verb_form == text::VerbForm::gerund || (n.cls & (kPronounPerson | kPronounPlural | kPronounIt)))
      return true;
  }
  return false;
}

bool SentenceRun::clause_object(std::uint32_t si, const PatternMatch& pm) const {
  // "Mr Dunn warned that companies could face a short supply", "analysts
  // warned that France still was facing challenges": "that" right after the
  // verb, before an actor and its verb, opens a clause, whose subject is no
  // object of the verb (a pattern's own words before it, "brushed aside
  // reports that +", name what they take).
  if (pm.slot >= pm.end || a_.mention_at[pm.slot] >= 0 || a_.tok[pm.slot].word != m_.w_that) return false;
  const auto& s = a_.doc.sentences[si];
  const Mention& x = a_.mentions[static_cast<std::size_t>(pm.object)];
  std::uint32_t u = std::max(x.te, pm.slot_end);
  while (u < s.last && (a_.tok[u].wi.pos & text::kAdv) && a_.mention_at[u] < 0 &&
         !(a_.tok[u].cls & (kAux | kModalHypo | kModalIntent)) && !verb_use(m_, a_, s.first, u))
    ++u;  // "France still was"
  if (u >= s.last || a_.mention_at[u] >= 0) return false;
  const auto& q = a_.tok[u];
  return (q.cls & (kAux | kModalHypo | kModalIntent)) || verb_use(m_, a_, s.first, u);
}

bool SentenceRun::question(std::uint32_t si, const TokenData& d, std::uint32_t end) const {
  // "asked him if he would carry on", "will ask them what they are doing",
  // "was asked by journalists about his view": asking someone a question is
  // no appeal to them.
  if (d.wi.verb_lemma != "ask") return false;
  const auto& s = a_.doc.sentences[si];
  const std::uint32_t u = skip_time(m_, a_, end, s.last);
  if (u >= s.last) return false;
  const auto w = a_.norm(u);
  return w == "if" || w == "whether" || w == "what" || w == "why" || w == "how" || w == "when" || w == "who" ||
         w == "where" || w == "which" || w == "about";
}

bool SentenceRun::goods_origin(const PatternMatch& pm) const {
  // "bought 5,000 tonnes of Canadian rapeseed": an economic entry (CAMEO 06)
  // whose object follows "of" names the seller by the origin of the goods, a
  // country qualifying them. "bought back most of the company", "buy copies
  // of the Band Aid single", "the buying rate of the Federal Reserve", "buy
  // 526,315 shares of Quixote common stock" name what is bought, not a seller.
  const auto& code = m_.relations()[static_cast<std::size_t>(pm.entry)].relation.cameo;
  const auto& p = m_.pattern(static_cast<std::uint32_t>(pm.entry));
  if (code.compare(0, 2, "06") != 0 || p.size() < 2 || p.back() != Model::kPlus || p[p.size() - 2] != m_.w_of)
    return true;
  const Mention& x = a_.mentions[static_cast<std::size_t>(pm.object)];
  if (x.how == How::adjective) return true;  // "Canadian rapeseed"
  Actor o;
  materialise(m_, a_, x.ref, o);
  const auto& n = a_.tok[std::min(x.te, a_.doc.sentences.back().last - 1)];
  const bool goods = pm.slot_end > x.te || ((n.wi.pos & text::kNoun) && a_.mention_at[x.te] < 0 &&
                                            !(n.flags & (text::kPunct | text::kCapitalised | text::kAllCaps)));
  return o.type == ActorType::country && goods;  // "U.S. corn", not "most of Canada"
}

bool SentenceRun::natural_force(std::int32_t idx) const {
  // "killed by Hurricane Jeanne", "Tropical Storm Gaston hit …", "Typhoon
  // Songda struck Japan": a named storm, quake or flood is no actor, and
  // what it does is no event between actors.
  if (idx < 0 || static_cast<std::size_t>(idx) >= a_.mentions.size()) return false;
  const Mention& x = a_.mentions[static_cast<std::size_t>(idx)];
  if (x.kind != MentionKind::unknown) return false;
  static constexpr std::string_view kWords[] = {"hurricane", "typhoon", "cyclone", "storm", "tropical", "tornado",
                                                "earthquake", "quake", "tsunami", "flood", "floods", "drought",
                                                "wildfire", "volcano", "blizzard", "monsoon"};
  const auto w = a_.norm(x.tb);
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

void SentenceRun::emit(std::uint32_t si, const Found& f) {
  // f.entry < 0: the intent frame of an event the lexicon does not name
  // ("agreed to set up a centre in Japan"): CAMEO 030 (intent to cooperate);
  // -2: its threat frame ("threatened to cut off electricity to X"): 130;
  // -3: its refusal ("refused to deploy peacekeepers in X"): 120.
  // -4: the demand of an unnamed event ("X said Y must drop barriers"): 100;
  // -5: a reported use of force ("X claimed that Y attacked Z"): X accuses Y, 112.
  thread_local RelationEntry intent;
  if (f.entry < 0) {
    intent.id = f.entry == -5   ? "reported-accusation"
                : f.entry == -4 ? "demand-frame"
                : f.entry == -3 ? "refusal-frame"
                : f.entry == -2 ? "threat-frame"
                                : "intent-frame";
    intent.relation = Relation{};
    intent.relation.cameo = f.entry == -5   ? "112"
                            : f.entry == -4 ? "100"
                            : f.entry == -3 ? "120"
                            : f.entry == -2 ? "130"
                                            : "030";
    intent.relation.lemma = f.entry == -5   ? "accuse"
                            : f.entry == -4 ? "demand that "
                            : f.entry == -3 ? "refuse to "
                            : f.entry == -2 ? "threaten to "
                                            : "intend to ";
    if (f.entry != -5) intent.relation.lemma += a_.tok[f.head].wi.verb_lemma;
    if (f.entry == -6) {
      // A protest noun of a light verb with no named target ("began a hunger strike").
      intent.id = "protest-frame";
      intent.relation.cameo = f.code;
      intent.relation.lemma = f.lemma;
    }
  }
  const auto& entry = f.entry < 0 ? intent : m_.relations()[static_cast<std::size_t>(f.entry)];
  if (natural_force(f.subject) || natural_force(f.object)) return;
  group_members(si, f.subject, subs_);
  group_members(si, f.object, objs_);
  // A symmetric event among coordinated actors ("X, Y and Z met"): one
  // triple per pair, the one named first as subject, marked reciprocal.
  const bool reciprocal = f.subject >= 0 && f.subject == f.object;
  const auto& s = a_.doc.sentences[si];
  for (auto sj : subs_) {
    const Mention& xs = a_.mentions[static_cast<std::size_t>(sj)];
    if (xs.ref.kind == Ref::kNone) continue;
    for (auto oj : objs_) {
      const Mention& xo = a_.mentions[static_cast<std::size_t>(oj)];
      if (xo.ref.kind == Ref::kNone || xo.ref == xs.ref) continue;
      if (reciprocal && xo.tb < xs.tb) continue;
      Triple t;
      materialise(m_, a_, xs.ref, t.subject.actor);
      materialise(m_, a_, xo.ref, t.object.actor);
      if (t.subject.actor.id == t.object.actor.id || t.subject.actor.id.empty()) continue;
      t.relation = entry.relation;
      t.relation.text = surface(a_, f.rel_b, f.rel_e);
      if (f.tail_e > f.tail_b) {
        t.relation.text += ' ';
        t.relation.text += surface(a_, f.tail_b, f.tail_e);
      }
      if (!f.appeal.empty()) {
        // An appeal for an event ("requested a conversation with" = appeal for
        // "have a conversation with"): the event's appeal code, the verb's lemma.
        auto code = m_.framed(t.relation.cameo, CameoFrame::appeal);
        t.relation.cameo = code.empty() ? std::string("020") : std::string(code);
        t.relation.root.clear();
        t.relation.quad = 0;
        t.relation.goldstein = 0;
        t.relation.plover.clear();
        if (f.appeal_to) {
          t.relation.lemma = std::string(f.appeal) + " to " + t.relation.lemma;
        } else {
          auto sp = t.relation.lemma.find(' ');
          std::string rest = sp == std::string::npos ? std::string() : t.relation.lemma.substr(sp);
          t.relation.lemma = std::string(f.appeal) + rest;
        }
      }
      // Promised or threatened events take CAMEO's framed code ("agreed to
      // support" -> intent to support, "threatened to attack" -> threat). Plain
      // futures ("will meet") keep the event's code, as the gold suites do.
      // Futures of the actor's own ("will support", "said it would free")
      // are intents too, as CAMEO codes them ("Portugal will support …" 03);
      // denied futures ("said it would not provide") are refusals.
      if (!f.negated && (f.commitment || f.threat || f.refusal || f.future || f.demand) && f.entry >= 0) {
        auto code = m_.framed(t.relation.cameo, f.demand    ? CameoFrame::demand
                                                : f.refusal ? CameoFrame::reject
                                                : f.threat  ? CameoFrame::threaten
                                                            : CameoFrame::intent);
        // A refused event did not happen: without a counterpart it is a plain rejection.
        if (code.empty() && f.refusal) code = "120";
        if (code.empty() && f.demand) code = "100";
        // A threatened event with no threat of its own in CAMEO ("threatened
        // to withdraw"): a threat, not specified.
        if (code.empty() && f.threat) code = "130";
        if (f.refusal) t.relation.lemma.insert(0, "refuse to ");
        if (f.demand) t.relation.lemma.insert(0, "demand that ");
        if (!code.empty()) {
          t.relation.cameo = std::string(code);
          t.relation.root.clear();
          t.relation.quad = 0;
          t.relation.goldstein = 0;
          t.relation.plover.clear();
        }
      }
      // A state protests by complaining officially (CAMEO 114): "Britain has
      // protested the Japanese limitations"; its people demonstrate ("Palestinians
      // protested", 140-141). Strikes and boycotts (143) keep their code.
      if ((t.relation.cameo.compare(0, 3, "140") == 0 || t.relation.cameo.compare(0, 3, "141") == 0) &&
          state_speaks(xs, t.subject.actor)) {
        t.relation.cameo = "114";
        t.relation.lemma = "protest to";
        t.relation.root.clear();
        t.relation.quad = 0;
        t.relation.goldstein = 0;
        t.relation.plover.clear();
      }
      if (market_sense(f, xo, oj == f.object)) continue;
      if (f.entry >= 0 && verbal_attack(f, xo, oj == f.object)) {
        // "attacked the Tory plans", "attacked Mr Brown for failing to …":
        // an attack on what an actor says or plans, or for what it did, is
        // criticism (CAMEO 111), not force.
        t.relation.cameo = "111";
        t.relation.lemma = "criticize";
        t.relation.root.clear();
        t.relation.quad = 0;
        t.relation.goldstein = 0;
        t.relation.plover.clear();
      }
      m_.complete(t.relation);
      // Duplicates within the sentence (a verb and its nominal, compounds),
      // and a second reading of one event: a verb inside the words another
      // triple of the same pair was read from ("agreed to cooperate" gives
      // agree to cooperate with, not also cooperate with).
      bool dup = false;
      for (std::size_t k = out_.size(); k-- > 0;) {
        const Triple& o = out_[k];
        if (o.article != art_.id || o.sentence != si) break;
        const bool same_pair = o.subject.actor.id == t.subject.actor.id && o.object.actor.id == t.object.actor.id;
        const bool either_way = same_pair || (o.reciprocal && reciprocal && o.subject.actor.id == t.object.actor.id &&
                                              o.object.actor.id == t.subject.actor.id);
        if (same_pair && relation_key(o.relation) == relation_key(t.relation) && o.negated == f.negated) {
          dup = true;
          break;
        }
        const std::size_t i = k - (out_.size() - heads_.size());
        if (either_way && i < words_.size() &&
            ((f.head >= words_[i].first && f.head < words_[i].second) ||
             (heads_[i] >= f.rel_b && heads_[i] < std::max(f.rel_e, f.tail_e)))) {
          dup = true;
          break;
        }
      }
      if (dup) continue;
      t.article = art_.id;
      t.date = art_.date;
      t.sentence = si;
      t.sentence_text = std::string(a_.text.substr(s.begin, s.end - s.begin));
      t.subject.mention = surface(a_, xs.tb, xs.te);
      const std::uint32_t oe = oj == f.object ? std::max(xo.te, f.obj_end) : xo.te;
      t.object.mention = surface(a_, xo.tb, oe);
      // Offsets into Article::text; sentences of the title have none ([0, 0]).
      auto off = [this](std::uint32_t x) { return x >= a_.shift ? x - a_.shift : 0u; };
      t.span_begin = off(s.begin);
      t.span_end = off(s.end);
      t.subject.begin = off(a_.doc.tokens[xs.tb].begin);
      t.subject.end = off(a_.doc.tokens[xs.te - 1].end);
      t.object.begin = off(a_.doc.tokens[xo.tb].begin);
      t.object.end = off(a_.doc.tokens[oe - 1].end);
      t.negated = f.negated;
      t.modality = f.modality;
      // "… unless US forces withdraw from Najaf", "if Iran attacks Israel, …":
      // an event inside a condition is not stated as a fact.
      if (conditional(f.head) && (t.modality == Modality::asserted || t.modality == Modality::reported))
        t.modality = Modality::hypothetical;
      t.confidence = std::round(100.0 * static_cast<double>(std::min({f.conf, xs.conf, xo.conf}))) / 100.0;
      t.extractor = "pattern";
      t.rule = entry.id;
      if (xs.kind == MentionKind::first_person && quote_speaker_.kind != Ref::kNone) {
        Actor c;
        materialise(m_, a_, quote_speaker_, c);
        t.claimant = c.id;
      }
      t.reciprocal = reciprocal;
      out_.push_back(std::move(t));
      heads_.push_back(f.head);
      words_.emplace_back(f.rel_b, std::max(f.rel_e, f.tail_e));
      agents_.push_back(sj);
    }
  }
  if (f.subject >= 0) subject_flags_[static_cast<std::size_t>(f.subject)] = 1;
}

bool SentenceRun::blame(std::uint32_t si, Found f, const std::vector<std::uint32_t>& ents, std::int32_t matched,
                        std::int32_t subject, const VerbGroup& g) {
  // "Lebanon complained to the UN over two Israeli air raids", "China
  // condemned the attack on Ukraine by Russia", "Albania denounced as a crime
  // Serbia's suppression of …": a disapproval (CAMEO root 11) of a use of
  // force (a nominal event of roots 14-20) is directed at its agent — the
  // actor qualifying the event noun, or its "by" agent.
  std::int32_t e = -1;
  if (matched >= 0 && m_.relations()[static_cast<std::size_t>(matched)].relation.cameo.compare(0, 2, "11") == 0) {
    e = matched;
  } else {
    for (auto i : ents) {
      const auto& code = m_.relations()[i].relation.cameo;
      if (code.compare(0, 2, "11") != 0) continue;
      const auto& p = m_.pattern(i);
      if (p.size() == 1 && p[0] == Model::kPlus) { e = static_cast<std::int32_t>(i); break; }
      if (e < 0) e = static_cast<std::int32_t>(i);
    }
  }
  if (e < 0) return false;
  const auto& s = a_.doc.sentences[si];
  const std::uint32_t t = f.head;
  for (std::uint32_t u = t + 1; u < s.last && u < t + 14; ++u) {
    const auto& q = a_.tok[u];
    if ((q.cls & (kClauseBreak | kRelative)) || q.word == m_.w_comma) return false;
    if (a_.mention_at[u] >= 0 || !(q.wi.pos & text::kNoun) || q.noun_lemma == kNoWord) continue;
    bool force = false;
    for (auto i : m_.heads(q.noun_lemma, true)) {
      const auto& code = m_.relations()[i].relation.cameo;
      if (code.size() >= 2 && code.compare(0, 2, "14") >= 0) force = true;
    }
    if (!force) continue;
    // The agent: a qualifier before the noun ("two Israeli air raids",
    // "Serbia's suppression") or "by" + actor after it.
    std::int32_t agent = -1;
    for (std::uint32_t b = u, k = 0; b > t + 1 && k < 4; --b, ++k) {
      const Mention* x = a_.at(b - 1);
      if (x) {
        if ((x->modifier || (x->possessor && x->kind != MentionKind::pronoun)) && x->te == b)
          agent = a_.mention_at[b - 1];
        break;
      }
      const auto& w = a_.tok[b - 1];
      if ((w.flags & text::kPunct) || !(w.wi.pos & (text::kNoun | text::kAdj)) || (w.cls & kDeterminer)) break;
    }
    std::uint32_t after = u + 1;
    // "the attack on Ukraine by Russia": over the event's own object.
    while (after < s.last && after < u + 8 && a_.tok[after].word != m_.w_by &&
           !(a_.tok[after].flags & text::kPunct) && !(a_.tok[after].cls & (kClauseBreak | kRelative)))
      ++after;
    if (agent < 0 && after < s.last && a_.tok[after].word == m_.w_by) {
      std::uint32_t end = 0;
      bool neg = false;
      agent = object_at(m_, a_, after + 1, s.last, end, neg);
    }
    if (agent < 0) return false;
    const Mention& xs = a_.mentions[static_cast<std::size_t>(subject)];
    const Mention& xa = a_.mentions[static_cast<std::size_t>(agent)];
    if (xa.ref.kind == Ref::kNone || xa.ref == xs.ref) return false;
    f.entry = e;
    f.subject = subject;
    f.object = agent;
    f.rel_b = g.start;
    f.rel_e = t + 1;
    f.tail_b = f.tail_e = 0;
    f.obj_end = 0;
    f.conf = 0.6f;
    emit(si, f);
    return true;
  }
  return false;
}

bool SentenceRun::undergone_force(std::uint32_t si, std::uint32_t t, const std::vector<std::uint32_t>& ents,
                                  std::int32_t prev_subject) {
  // "Kuwaiti tankers have come under repeated Iranian attack", "the town
  // faced Serb shelling": a use of force named by a noun its agent qualifies,
  // undergone by the subject of the verb before it.
  std::int32_t e = -1;
  for (auto i : ents)
    if (use_of_force(m_.relations()[i].relation.cameo)) { e = static_cast<std::int32_t>(i); break; }
  if (e < 0) return false;
  const auto& s = a_.doc.sentences[si];
  std::int32_t agent = -1;
  std::int64_t j = static_cast<std::int64_t>(t) - 1;
  for (int k = 0; k < 4 && j >= s.first; ++k, --j) {
    const auto u = static_cast<std::uint32_t>(j);
    if (const Mention* x = a_.at(u)) {
      if (!(x->modifier || x->possessor)) return false;
      agent = a_.mention_at[u];
      j = static_cast<std::int64_t>(x->tb) - 1;
      break;
    }
    const auto& q = a_.tok[u];
    if (!(q.wi.pos & (text::kAdj | text::kNoun)) || (q.flags & text::kPunct)) return false;
  }
  if (agent < 0) return false;
  // Back over determiners and adjectives ("repeated") to the verb ("came under", "faced").
  for (int k = 0; k < 3 && j >= s.first; ++k, --j) {
    const auto& q = a_.tok[static_cast<std::size_t>(j)];
    if ((q.verb_lemma != kNoWord && (m_.classes(q.verb_lemma) & kUndergoVerb)) || a_.norm(static_cast<std::uint32_t>(j)) == "under")
      break;
    if (!(q.cls & kDeterminer) && !(q.wi.pos & text::kAdj)) return false;
  }
  if (j < s.first) return false;
  auto v = static_cast<std::uint32_t>(j);
  if (a_.norm(v) == "under" && v > s.first) --v;  // "come under"
  const auto& vd = a_.tok[v];
  if (vd.verb_lemma == kNoWord || !(m_.classes(vd.verb_lemma) & kUndergoVerb) || !verb_use(m_, a_, s.first, v)) return false;
  if (vd.verb_lemma == m_.vocab().find("come") && a_.norm(v + 1) != "under") return false;
  VerbGroup g = verb_group(m_, a_, s.first, v);
  const SubjectFound sf = find_subject(m_, a_, s.first, g, prev_subject);
  if (g.passive || sf.mention < 0 || sf.mention == agent) return false;
  Found f;
  f.entry = e;
  f.subject = agent;
  f.object = sf.mention;
  f.head = t;
  f.negated = g.negated;
  f.modality = g.modality;
  f.rel_b = g.start;
  f.rel_e = t + 1;
  f.conf = 0.6f;
  emit(si, f);
  return true;
}

bool SentenceRun::protest_noun(std::uint32_t si, std::uint32_t t, std::int32_t prev_subject) {
  // "Algerian landowners began a hunger strike", "students staged mass
  // demonstrations", "opposition parties organised a general strike": a
  // protest noun after a light verb, with no named target, is a protest
  // against the government where it happens (see protest()).
  if (!(a_.tok[t].cls & kProtestNoun)) return false;
  const auto& s = a_.doc.sentences[si];
  const auto w = a_.norm(t);
  const auto before = t > s.first ? a_.norm(t - 1) : std::string_view();
  const char* code = nullptr;
  const char* lemma = nullptr;
  if (w == "demonstration" || w == "demonstrations" || w == "protest" || w == "protests" || w == "rally" ||
      w == "rallies" || w == "march" || w == "marches" || w == "sit-in" || w == "sit-ins") {
    code = "141";
    lemma = "demonstrate";
  } else if ((w == "strike" || w == "strikes") && before == "hunger") {
    code = "142";
    lemma = "go on hunger strike";
  } else if ((w == "strike" || w == "strikes") && (before == "general" || before == "labour" || before == "labor")) {
    code = "143";
    lemma = "strike";
  } else if (w == "riot" || w == "riots") {
    code = "145";
    lemma = "riot";
  } else {
    return false;
  }
  // The light verb: back over determiners, adjectives, nouns, numbers and a
  // possessive pronoun ("continued their hunger strike", "a 24-hour strike").
  for (std::int64_t j = static_cast<std::int64_t>(t) - 1, k = 0; j >= s.first && k < 5; --j, ++k) {
    auto u = static_cast<std::uint32_t>(j);
    const auto& q = a_.tok[u];
    if (const Mention* x = a_.at(u)) {
      if (x->kind == MentionKind::pronoun && x->possessor) continue;
      return false;
    }
    if (q.verb_lemma != kNoWord && (m_.classes(q.verb_lemma) & kSupportVerb) && verb_use(m_, a_, s.first, u)) {
      for (auto h : heads_)
        if (h == u) return false;  // "held a rally in X" gave its triple
      VerbGroup g = verb_group(m_, a_, s.first, u);
      auto sf = find_subject(m_, a_, s.first, g, prev_subject);
      if (g.passive || g.negated || sf.mention < 0 || sf.how == SubjectHow::control) return false;
      Found f;
      f.entry = -6;
      f.code = code;
      f.lemma = lemma;
      f.head = t;
      f.modality = g.modality;
      f.rel_b = g.start;
      f.rel_e = t + 1;
      return protest_target(si, f, sf.mention, g);
    }
    if ((q.flags & text::kPunct) && q.word != m_.w_s && a_.norm(u) != "-") return false;  // "a 24-hour strike"
    if (q.wi.pos & text::kPreposition) return false;  // "began … in protest at": no object of the verb
    if (q.flags & text::kPunct) continue;
    if ((q.cls & kDeterminer) || (q.flags & text::kNumber) || (q.wi.pos & (text::kAdj | text::kNoun))) continue;
    return false;
  }
  return false;
}

void SentenceRun::nominal(std::uint32_t si, std::uint32_t t, std::int32_t prev_subject) {
  const auto& s = a_.doc.sentences[si];
  const auto& d = a_.tok[t];
  const auto& ents = m_.heads(d.noun_lemma, true);
  if (ents.empty() || !(d.wi.pos & text::kNoun)) return;
  PatternMatch pm = match_patterns(m_, a_, ents, t + 1, s.last);
  if (pm.entry < 0) {
    if (undergone_force(si, t, ents, prev_subject)) return;
    protest_noun(si, t, prev_subject);
    return;
  }
  Found f;
  f.entry = pm.entry;
  f.object = pm.object;
  f.head = t;
  f.conf = 0.7f;
  f.negated = pm.negated;
  // Subject: possessor or adjective right before ("Russia's invasion", "the Russian invasion").
  std::uint32_t rel_b = t;
  for (std::int64_t j = static_cast<std::int64_t>(t) - 1, k = 0; j >= s.first && k < 4; --j, ++k) {
    auto u = static_cast<std::uint32_t>(j);
    auto idx = a_.mention_at[u];
    if (idx >= 0) {
      const Mention& x = a_.mentions[static_cast<std::size_t>(idx)];
      // "the JW Marriott hotel bombing", "the Beslan school siege": a name
      // the dictionaries do not know before a use of force (or a noun it
      // compounds with) names what was hit or where, not the agent; a
      // possessive still does ("Fatah's attack"), and other events keep it
      // ("SHULTZ BEGINS ARMS TALKS WITH SHEVARDNADZE").
      const bool target_name = x.kind == MentionKind::unknown && !x.possessor &&
                               use_of_force(m_.relations()[static_cast<std::size_t>(pm.entry)].relation.cameo);
      if (x.te == u + 1 && !x.appositive && !target_name) f.subject = idx;
      break;
    }
    const auto& q = a_.tok[u];
    if (q.word == m_.w_s) continue;
    // "will supply arms": a modal or auxiliary is no noun of the phrase.
    if ((q.flags & text::kPunct) || (q.cls & (kDeterminer | kCoord | kNegator | kModalHypo | kModalIntent | kAux)) ||
        !(q.wi.pos & (text::kAdj | text::kNoun)) || (q.wi.pos & text::kPreposition))
      break;
    // "China ordered sanctions", "sought talks": a verb in use ends the phrase
    // (its subject is no qualifier of the noun).
    if ((q.wi.pos & text::kVerb) && verb_use(m_, a_, s.first, u)) break;
    rel_b = u;
  }
  if (f.subject < 0) {
    // The object of a light verb: "imposed sanctions on", "has yet to offer any aid to".
    for (std::int64_t j = static_cast<std::int64_t>(t) - 1, k = 0; j >= s.first && k < 5; --j, ++k) {
      auto u = static_cast<std::uint32_t>(j);
      const auto& q = a_.tok[u];
      if (a_.mention_at[u] >= 0 || (q.flags & text::kPunct)) break;
      {
        // "ordered an investigation against Iran", "called for sanctions
        // against X": the demand (order, demand, insist) or the appeal for the
        // nominal event (CAMEO's demand and appeal frames).
        const bool call_for = q.word == m_.w_for && u > s.first && a_.tok[u - 1].verb_lemma == m_.w_call;
        const std::uint32_t v = call_for ? u - 1 : u;
        const auto vl = a_.tok[v].verb_lemma;
        const bool demand = vl == m_.w_demand || vl == m_.w_order || vl == m_.w_insist;
        const bool appeal = call_for || (vl != kNoWord && (m_.classes(vl) & kAppealVerb) && !demand);
        if ((demand || appeal) && verb_use(m_, a_, s.first, v)) {
          for (auto h : heads_)
            if (h == v) return;  // "called for talks with X": the verb's own pattern coded it
          VerbGroup g = verb_group(m_, a_, s.first, v);
          auto sf = find_subject(m_, a_, s.first, g, prev_subject);
          if (g.passive || sf.mention < 0) break;
          f.subject = sf.mention;
          f.negated = f.negated || g.negated;
          f.modality = g.modality;
          if (demand) f.demand = true;
          else f.appeal = call_for ? std::string_view("call for") : std::string_view(a_.tok[v].wi.verb_lemma);
          rel_b = g.start;
          break;
        }
      }
      if (q.verb_lemma != kNoWord && (m_.classes(q.verb_lemma) & kNegatingVerb) && verb_use(m_, a_, s.first, u)) {
        // "cancelled a planned visit to": the event did not take place.
        f.negated = true;
      }
      if (q.verb_lemma != kNoWord && (m_.classes(q.verb_lemma) & (kSupportVerb | kNegatingVerb)) &&
          verb_use(m_, a_, s.first, u)) {
        VerbGroup g = verb_group(m_, a_, s.first, u);
        auto sf = find_subject(m_, a_, s.first, g, prev_subject);
        if (g.passive || sf.mention < 0) break;
        f.subject = sf.mention;
        f.negated = f.negated || g.negated;
        f.modality = g.modality;
        f.commitment = g.commitment;
        f.threat = g.threat;
        recode_future(f, g);
        rel_b = g.start;
        break;
      }
      if (q.cls & kNegator) { f.negated = true; continue; }
      if ((q.cls & kDeterminer) || (q.wi.pos & (text::kAdj | text::kAdv | text::kNoun))) continue;
      break;
    }
  }
  if (f.subject < 0) return;
  const Mention& xo = a_.mentions[static_cast<std::size_t>(pm.object)];
  f.rel_b = rel_b;
  f.rel_e = pm.slot;
  f.tail_b = std::max(xo.te, pm.slot_end);
    f.obj_end = pm.slot_end;
  f.tail_e = pm.end;
  emit(si, f);
}

void SentenceRun::appeal_for(std::uint32_t si, const Found& event, std::int32_t prev_subject) {
  // "Obama wants Putin to attack Switzerland": when the controlling verb gave
  // no triple of its own, its subject appeals to the controlled actor for the
  // event (CAMEO's appeal frame of the event's code).
  const auto& s = a_.doc.sentences[si];
  const Mention& ctl = a_.mentions[static_cast<std::size_t>(event.subject)];
  std::int64_t b = static_cast<std::int64_t>(ctl.tb) - 1;
  while (b >= s.first && (a_.tok[static_cast<std::size_t>(b)].cls & kDeterminer)) --b;
  if (b < s.first) return;
  auto v = static_cast<std::uint32_t>(b);
  for (auto h : heads_)
    if (h == v) return;  // "urged Beijing to …" already gave urge(…)
  if (!verb_use(m_, a_, s.first, v)) return;
  VerbGroup g = verb_group(m_, a_, s.first, v);
  auto sf = find_subject(m_, a_, s.first, g, prev_subject);
  if (sf.mention < 0 || g.passive) return;
  Found f = event;
  f.subject = sf.mention;
  f.object = event.subject;
  f.head = v;
  f.negated = g.negated;
  f.modality = g.modality;
  f.commitment = f.threat = f.future = f.demand = f.refusal = false;
  f.appeal = a_.tok[v].wi.verb_lemma;
  f.appeal_to = true;
  f.rel_b = g.start;
  f.rel_e = ctl.tb;
  f.tail_b = ctl.te;
  f.tail_e = event.rel_e;
  f.conf = 0.7f;
  emit(si, f);
}

void SentenceRun::condition_clauses(std::uint32_t si) {
  // A condition clause runs from its conjunction ("unless", "if", "whether",
  // "in case", "as long as", "provided that", "on condition that"; "until" before a verb that is not past: "until US forces
  // withdraw", not "fought until the army withdrew") to the next comma or
  // clause break: "If Iran attacks Israel, the US will respond" ends at the
  // comma, "… unless US forces withdraw from Najaf" at the end of the sentence.
  conditions_.clear();
  const auto& s = a_.doc.sentences[si];
  for (std::uint32_t t = s.first; t < s.last; ++t) {
    const auto w = a_.norm(t);
    const auto prev = t > s.first ? a_.norm(t - 1) : std::string_view();
    const auto next = t + 1 < s.last ? a_.norm(t + 1) : std::string_view();
    const bool in_case = w == "case" && prev == "in";
    const bool until = w == "until" || w == "till";
    // "as long as Israeli attacks continue", "provided that …", "on condition that …".
    bool phrase = false;
    if (w == "long" && (prev == "as" || prev == "so") && next == "as") {
      phrase = true;
      ++t;
    } else if (((w == "provided" || w == "providing") && (next == "that" || prev == ",")) ||
               (w == "condition" && prev == "on" && next == "that")) {
      phrase = true;
    }
    if (!(a_.tok[t].word == m_.w_unless || w == "if" || w == "whether" || in_case || until || phrase)) continue;
    std::uint32_t e = t + 1;
    bool past = false, verb = false;
    for (; e < s.last; ++e) {
      const auto& q = a_.tok[e];
      if (q.word == m_.w_comma || (q.cls & kClauseBreak)) break;
      if (a_.mention_at[e] < 0 && (q.wi.pos & text::kVerb) && q.wi.verb_form != text::VerbForm::none &&
          (!(q.wi.pos & (text::kNoun | text::kAdj)) || verb_use(m_, a_, s.first, e))) {
        const auto vf = q.wi.verb_form;
        verb = true;
        if (vf == text::VerbForm::past || vf == text::VerbForm::past_or_participle) past = true;
      }
    }
    // "until" is a conjunction before a clause with a verb ("until the end of
    // the year" is a time).
    if (!until || (verb && !past)) conditions_.emplace_back(t + 1, e);
    t = e - 1;
  }
}

bool SentenceRun::conditional(std::uint32_t t) const {
  for (const auto& c : conditions_)
    if (t >= c.first && t < c.second) return true;
  return false;
}

SentenceRun::Adjunct SentenceRun::participial_adjunct(std::uint32_t first, std::uint32_t t, bool in_adjunct) const {
  // An -ing form with no auxiliary right after a comma opens an adjunct; one
  // right after "and" inside an adjunct continues it.
  const auto& d = a_.tok[t];
  if (d.wi.verb_form != text::VerbForm::gerund || t <= first + 1) return Adjunct::none;
  const auto& p = a_.tok[t - 1];
  if (p.word == m_.w_comma) return Adjunct::opens;
  if (in_adjunct && p.word == m_.w_and) return Adjunct::continues;
  return Adjunct::none;
}

void SentenceRun::relations(std::uint32_t si) {
  const auto& s = a_.doc.sentences[si];
  std::int32_t prev_subject = -1;
  Modality prev_modality = Modality::asserted;
  bool prev_negated = false;
  bool prev_base = false;  ///< the previous verb was a base form after a modal or "to"
  std::int32_t finite_subject = -1;  ///< the subject of the last finite verb
  Modality finite_modality = Modality::asserted;
  std::int32_t control_subject = -1;  ///< the controlled subject of the last control infinitive
  // Participial adjuncts ("Israel dealt a blow to Hamas, arresting a leader
  // … and killing two militants"): the -ing form after a comma takes the
  // subject of the clause's finite verb, whether or not that verb has a
  // lexicon entry, and an -ing form after "and" coordinated with such an
  // adjunct shares it (not the subject of a relative clause in between).
  std::int32_t clause_subject = -1;   ///< the subject of the last finite verb not in a relative clause
  std::int32_t adjunct_subject = -1;  ///< the subject of the last participial adjunct
  bool in_adjunct = false;
  speech_.clear();
  const std::size_t out_begin = out_.size();
  heads_.clear();
  words_.clear();
  agents_.clear();
  has_must_ = false;
  condition_at_ = kNone;
  for (std::uint32_t t = s.first; t < s.last; ++t) {
    const auto w = a_.tok[t].word;
    if (w == m_.w_must) has_must_ = true;
    if (w == m_.w_unless && condition_at_ == kNone) condition_at_ = t;
  }
  condition_clauses(si);
  for (std::uint32_t t = s.first; t < s.last; ++t) {
    if (a_.mention_at[t] >= 0) continue;
    const auto& d = a_.tok[t];
    if (!verb_use(m_, a_, s.first, t)) {
      if (d.cls & kClauseBreak) in_adjunct = false;
      // A verb the lexicon does not know ("agreed to build …") has no word id.
      if (d.verb_lemma == kNoWord && (d.wi.pos & text::kVerb) && d.wi.verb_form != text::VerbForm::none &&
          d.wi.verb_form != text::VerbForm::gerund &&
          intent_frame(si, t, prev_subject))
        continue;
      // "… that China must drop barriers": an obligation to an unknown verb.
      if (has_must_ && d.verb_lemma == kNoWord && (d.wi.pos & text::kVerb) && t > s.first &&
          a_.tok[t - 1].word == m_.w_must) {
        VerbGroup g = verb_group(m_, a_, s.first, t);
        auto sf = find_subject(m_, a_, s.first, g, prev_subject);
        if (sf.how == SubjectHow::direct && obligation(si, t, g, sf.mention, -1)) continue;
      }
      nominal(si, t, prev_subject);
      continue;
    }
    // An auxiliary before its verb heads nothing ("has called for talks" is
    // no "have talks").
    if (auxiliary_of_next(s.last, t)) continue;
    const auto& ents = m_.heads(d.verb_lemma, false);
    bool speech = (m_.classes(d.verb_lemma) & kSpeechVerb) != 0;
    const auto adjunct = participial_adjunct(s.first, t, in_adjunct);
    if (adjunct != Adjunct::none) {
      if (adjunct == Adjunct::opens) adjunct_subject = clause_subject;
      in_adjunct = true;
      prev_subject = adjunct_subject;  // find_subject gives it to the -ing form after "," or "and"
    } else if (ents.empty() && !speech) {
      // The subject of a finite verb with no entry is still the subject of
      // the adjuncts after it ("dealt a double blow …, arresting …").
      const auto vf0 = d.wi.verb_form;
      // Inside an adjunct a bare participle post-modifies a noun ("arresting
      // a leader held responsible for …").
      if (vf0 == text::VerbForm::past || vf0 == text::VerbForm::third_singular ||
          (vf0 == text::VerbForm::past_or_participle && !in_adjunct)) {
        VerbGroup g0 = verb_group(m_, a_, s.first, t);
        if (!g0.infinitive && !g0.gerund) {
          const auto sf0 = find_subject(m_, a_, s.first, g0, prev_subject);
          if (sf0.how == SubjectHow::direct) clause_subject = sf0.mention;
          else if (sf0.how == SubjectHow::none && vf0 != text::VerbForm::past_or_participle) clause_subject = -1;
          in_adjunct = false;
        }
      }
    }
    if (ents.empty() && !speech) {
      if (intent_frame(si, t, prev_subject)) continue;
      if (has_must_) {
        VerbGroup g = verb_group(m_, a_, s.first, t);
        auto sf = find_subject(m_, a_, s.first, g, prev_subject);
        if (sf.how != SubjectHow::control && obligation(si, t, g, sf.mention, -1)) continue;
      }
      if (d.wi.pos & text::kNoun) nominal(si, t, prev_subject);
      continue;
    }
    VerbGroup g = verb_group(m_, a_, s.first, t);
    SubjectFound sf = find_subject(m_, a_, s.first, g, prev_subject);
    // The tree names subjects the word order hides: an inverted speaker ("…,"
    // said Mr Blair), a purpose infinitive or participial adjunct ("met X to
    // talk", "Launching his campaign, Mr Kennedy urged"), a participle on a
    // noun ("Three Canadians detained by China": the noun is the passive's
    // object), the subject of a headline infinitive ("Sayeed to stand down").
    bool tree_passive = false;
    // "A U.S. air strike killed ten Iraqi civilians", "Israeli shelling
    // wounded five Palestinians": a use of force named by a noun its agent
    // qualifies is the subject of a verb of force (checked after the match).
    bool force_subject = false;
    if (sf.how == SubjectHow::none && !g.passive) {
      const std::int32_t agent = nominal_force_subject(si, g);
      if (agent >= 0) {
        sf = {agent, SubjectHow::direct};
        force_subject = true;
      }
    }
    {
      // A participle right after an actor with "by" + an actor after it is a
      // reduced relative ("Three Canadians detained by China"): the actor
      // before it is the passive's object, the one after "by" its agent. The
      // parser reads this shape poorly, the word order well.
      const auto vf1 = d.wi.verb_form;
      // The actor right before it, or before a comma right before it ("The
      // Gaza Strip, occupied by Egypt").
      std::int32_t before = t > s.first ? a_.mention_at[t - 1] : -1;
      if (before < 0 && t > s.first + 1 && a_.tok[t - 1].word == m_.w_comma) before = a_.mention_at[t - 2];
      const bool participle = (vf1 == text::VerbForm::past_or_participle || vf1 == text::VerbForm::past_participle) &&
                              !g.passive && g.start == t && before >= 0 && sf.mention == before &&
                              !phrasal_by(ents);
      if (participle) {
        // "by" right after it, after a time ("on Monday") or a place ("in Iraq").
        std::uint32_t by = skip_time(m_, a_, t + 1, s.last);
        if (by + 1 < s.last && (a_.tok[by].word == m_.w_in || a_.tok[by].word == m_.w_at) &&
            a_.mention_at[by + 1] >= 0)
          by = skip_time(m_, a_, a_.mentions[static_cast<std::size_t>(a_.mention_at[by + 1])].te, s.last);
        std::uint32_t end = 0;
        bool neg = false;
        if (by < s.last && a_.tok[by].word == m_.w_by && object_at(m_, a_, by + 1, s.last, end, neg) >= 0) {
          g.passive = true;
          tree_passive = true;
        }
      }
      // Else the tree's: a participle (acl) on a noun, with a "by" agent,
      // further from it ("MERRILL LYNCH U.K. EXECUTIVE CHARGED BY SEC").
      const bool participle_form = (vf1 == text::VerbForm::past_or_participle || vf1 == text::VerbForm::past_participle) &&
                                   !g.passive && g.start == t && !phrasal_by(ents);
      if (!tree_passive && participle_form && passive_agent_by(m_, a_, t + 1, s.last) < s.last &&
          a_.sent_me[si] >= a_.sent_mb[si] + 2) {
        parse_sentence(a_, si);
        if (a_.syn[t].deprel == static_cast<std::uint8_t>(syntax::Deprel::acl) &&
            tree_agent(m_, a_, s.first, s.last, t) >= 0) {
          const TreeSubject ts = tree_subject(a_, s.first, s.last, t);
          if (ts.mention >= 0 && ts.how == TreeHow::participle) {
            g.passive = true;
            tree_passive = true;
            sf = {ts.mention, SubjectHow::direct};
          }
        }
      }
      // The sentence is parsed only here, when the tree is asked (a verb with
      // entries and no subject by word order, in a shape the tree reads well),
      // so most sentences are never parsed.
      if (!tree_passive && sf.how == SubjectHow::none && tree_could_help(si, t, g) &&
          a_.sent_me[si] >= a_.sent_mb[si] + 2) {
        parse_sentence(a_, si);
        const TreeSubject ts = tree_subject(a_, s.first, s.last, t);
        if (ts.mention >= 0 && tree_subject_trusted(ts, t, g)) sf = {ts.mention, SubjectHow::direct};
      }
    }
    if (adjunct != Adjunct::none) {
    } else if (!g.infinitive && !g.gerund && g.start == t &&
               (sf.how == SubjectHow::direct || sf.how == SubjectHow::none) &&
               (d.wi.verb_form == text::VerbForm::past || d.wi.verb_form == text::VerbForm::third_singular ||
                (d.wi.verb_form == text::VerbForm::past_or_participle && sf.how == SubjectHow::direct &&
                 !in_adjunct))) {
      clause_subject = sf.mention;
      in_adjunct = false;
    } else if (g.start < t && !g.infinitive && sf.how == SubjectHow::direct) {
      clause_subject = sf.mention;  // "has arrested", "will target"
      in_adjunct = false;
    }
    if (speech) {
      auto idx = sf.mention >= 0 ? sf.mention : inverted_subject(m_, a_, t, s.last);
      if (idx >= 0 && a_.mentions[static_cast<std::size_t>(idx)].ref.kind != Ref::kNone)
        speech_.push_back({t, a_.mentions[static_cast<std::size_t>(idx)].ref, idx});
    }
    // "Blair said Labour would set out plans and attacked the Tory plans": a
    // finite verb cannot share the modal or "to" of a base form before it
    // ("would attacked"); it is coordinated with the last finite verb, and
    // shares its subject and modality.
    const auto vf = d.wi.verb_form;
    const bool finite = g.start == t && !g.passive &&
                        (vf == text::VerbForm::past || vf == text::VerbForm::past_or_participle ||
                         vf == text::VerbForm::third_singular);
    const bool over_base = sf.how == SubjectHow::coordinated && finite && prev_base && finite_subject >= 0;
    if (over_base) sf.mention = finite_subject;
    // "urged Beijing to use its influence and condemn Iran": a bare base form
    // coordinated after a control infinitive is controlled too (Beijing
    // condemns); a finite verb there goes back to the controller (above).
    if (sf.how == SubjectHow::coordinated && control_subject >= 0 && vf == text::VerbForm::base && g.start == t &&
        !g.passive) {
      sf.mention = control_subject;
      sf.how = SubjectHow::control;
    }
    if (sf.how == SubjectHow::control) control_subject = sf.mention;
    else if (sf.how == SubjectHow::direct || sf.how == SubjectHow::relative) control_subject = -1;
    Modality mod = g.modality;
    bool neg = g.negated;
    if (over_base) {
      mod = finite_modality;
    } else if (sf.how == SubjectHow::coordinated) {
      if (mod == Modality::asserted) mod = prev_modality;
      neg = neg || (prev_negated && g.start == t);
    }
    if (sf.how == SubjectHow::control && mod == Modality::asserted) mod = Modality::hypothetical;
    if (sf.how == SubjectHow::direct || sf.how == SubjectHow::relative || sf.how == SubjectHow::coordinated) {
      prev_subject = sf.mention;
      prev_modality = mod;
      prev_negated = neg;
      prev_base = vf == text::VerbForm::base && g.start < t;
      if (finite) {
        finite_subject = sf.mention;
        finite_modality = mod;
      }
    }
    if (ents.empty()) continue;
    Found f;
    f.head = t;
    f.negated = neg;
    f.modality = mod;
    f.threat = g.threat;
    f.commitment = g.commitment;
    if (g.refusal && !(prev_negated && sf.how == SubjectHow::coordinated)) {
      f.refusal = true;
      f.negated = false;
    }
    if (sf.how != SubjectHow::control) recode_future(f, g);
    f.conf = sf.how == SubjectHow::direct ? 0.9f : 0.8f;
    if (g.passive) {
      PatternMatch pm = match_passive(m_, a_, ents, t + 1, s.last);
      if (pm.entry < 0 && sf.mention >= 0 && !tree_passive) {
        // "Canada announced that the dissident will be freed": an agentless
        // passive reported by an announcement is the announcer's act.
        const std::int32_t announcer = announced_by(si, t);
        const std::int32_t e = announcer >= 0 ? direct_object_entry(ents) : -1;
        // Cooperation only (roots 01-08: "will be consulted", "will be freed"):
        // who reports that a ship was hit or a firm forced to close did not do it.
        const bool cooperative = e >= 0 && m_.relations()[static_cast<std::size_t>(e)].relation.cameo < "09";
        if (cooperative && announcer != sf.mention) {
          f.entry = e;
          f.subject = announcer;
          f.object = sf.mention;
          f.rel_b = g.start;
          f.rel_e = t + 1;
          f.conf = 0.6f;
          emit(si, f);
          continue;
        }
      }
      if (pm.entry < 0) continue;  // agentless passive: no triple
      if (question(si, d, pm.end)) continue;
      if (sf.mention < 0) {
        // "Four children were killed in Israeli shelling in Gaza": violence
        // against victims no actor names is violence in the country it
        // takes place in.
        const std::int32_t place = violence_place(si, pm.entry, t + 1, pm.object);
        if (place < 0) continue;
        f.entry = pm.entry;
        f.subject = pm.object;
        f.object = place;
        f.rel_b = g.start;
        f.rel_e = pm.slot;
        f.conf = 0.6f;
        emit(si, f);
        continue;
      }
      // The passive's subject is the object: its sense restriction applies
      // to what the tree makes the subject ("The Goodwood securities are held by").
      if (!passive_subject_sense_ok(si, t, m_.relations()[static_cast<std::size_t>(pm.entry)], sf.mention)) continue;
      f.entry = pm.entry;
      f.subject = pm.object;
      f.object = sf.mention;
      f.rel_b = g.start;
      f.rel_e = pm.slot;
      // The object of the active reading is the grammatical subject; it is
      // not the relation's subject for coreference purposes.
      emit(si, f);
      subject_flags_[static_cast<std::size_t>(sf.mention)] = 1;
      subject_flags_[static_cast<std::size_t>(pm.object)] = 0;
      continue;
    }
    if (!g.passive && sf.mention >= 0 && (m_.classes(d.verb_lemma) & kReceiveVerb) &&
        receipt(si, f, sf.mention, g))
      continue;
    // Objects may follow a time adverbial: "demanded Friday that …", "rejected on Thursday a …".
    const std::uint32_t from = skip_time(m_, a_, t + 1, s.last);
    PatternMatch pm = match_patterns(m_, a_, ents, from, s.last);
    if (has_must_ && sf.how != SubjectHow::control && obligation(si, t, g, sf.mention, pm.entry)) continue;
    if (pm.entry < 0 && (m_.classes(d.verb_lemma) & kAppealVerb)) {
      // Appeals for an event named by a light-verb pattern: "requested a
      // conversation with X", "sought talks with X".
      for (auto light : {m_.w_have, m_.w_hold}) {
        pm = match_patterns(m_, a_, m_.heads(light, false), from, s.last);
        if (pm.entry >= 0 && pm.literals > 0) break;  // a named event ("a conversation with"), not any object
        pm = PatternMatch{};
      }
      if (pm.entry >= 0) f.appeal = d.wi.verb_lemma;
    }
    if (pm.entry < 0 && sf.mention >= 0 && f.appeal.empty()) {
      // "X and Y met", "the US, Russia and Switzerland held talks": a
      // symmetric event among coordinated subjects runs both ways.
      // "… signed an agreement": the words of a "… with +" entry, no object.
      group_members(si, sf.mention, subs_);
      // "Musharraf and Aziz attended a meeting", "Italy and Canada attend
      // meetings held by …": who attend or join an event together do not hold
      // it with each other.
      const auto vl = d.wi.verb_lemma;
      if (vl == "attend" || vl == "join" || vl == "participate") subs_.resize(std::min<std::size_t>(subs_.size(), 1));
      auto e = subs_.size() >= 2 ? symmetric_entry(ents) : -1;
      std::uint32_t sym_end = t + 1;
      if (e < 0 && subs_.size() >= 2) {
        auto sm = match_symmetric(m_, a_, ents, from, s.last);
        e = sm.entry;
        sym_end = sm.end;
      }
      if (e >= 0) {
        if (subs_.size() >= 2) {
          f.entry = e;
          f.subject = f.object = sf.mention;
          f.rel_b = g.start;
          f.rel_e = sym_end;
          f.tail_b = f.tail_e = 0;
          f.conf = 0.7f;
          emit(si, f);
          continue;
        }
      }
    }
    if (pm.entry < 0 && sf.mention >= 0 && f.appeal.empty() && !g.passive && protest(si, f, ents, sf.mention, g))
      continue;
    if (pm.entry < 0) {
      if (intent_frame(si, t, prev_subject)) continue;
      if (sf.mention >= 0 && f.appeal.empty() && !g.passive && !g.threat && transfer(si, f, ents, sf.mention, g))
        continue;
      if (sf.mention >= 0 && f.appeal.empty() && !g.passive && blame(si, f, ents, -1, sf.mention, g)) continue;
      if (d.wi.pos & text::kNoun) nominal(si, t, prev_subject);
      continue;
    }
    if (sf.mention < 0 && !g.infinitive && !g.gerund && said_by_text(m_, pm.entry))
      sf.mention = document_source(m_, a_, s.first, g);
    if (sf.mention < 0) continue;
    // "received an offer from X": X is the giver, no guest of the subject.
    if (m_.classes(d.verb_lemma) & kReceiveVerb) {
      const auto ob = a_.mentions[static_cast<std::size_t>(pm.object)].tb;
      if (ob > pm.slot && a_.tok[ob - 1].word == m_.w_from) continue;  // "from" inside the object slot
    }
    if ((d.verb_lemma == m_.w_beat || d.verb_lemma == m_.w_defeat) && contest(si, pm)) continue;
    if (!goods_origin(pm)) continue;
    if (force_subject && !use_of_force(m_.relations()[static_cast<std::size_t>(pm.entry)].relation.cameo)) continue;
    if (question(si, d, pm.end)) continue;
    // An appeal's that-clause names whom it appeals to ("urged that the EC take action").
    if (pm.slot == from && !(m_.classes(d.verb_lemma) & kAppealVerb) && clause_object(si, pm)) continue;
    // A sense the entry restricts its object to ("held Iraqi soldiers", not "holds 19.6 pct of Viacom's stock").
    if (!object_sense_ok(m_.relations()[static_cast<std::size_t>(pm.entry)], pm)) continue;
    f.entry = pm.entry;
    f.subject = sf.mention;
    f.object = pm.object;
    f.negated = f.negated || pm.negated;
    const Mention& xo = a_.mentions[static_cast<std::size_t>(pm.object)];
    f.rel_b = g.start;
    f.rel_e = pm.slot;
    f.tail_b = std::max(xo.te, pm.slot_end);
    f.obj_end = pm.slot_end;
    f.tail_e = pm.end;
    emit(si, f);
    if (sf.how == SubjectHow::control) appeal_for(si, f, prev_subject);
    if (f.appeal.empty() && !g.passive) blame(si, f, ents, pm.entry, sf.mention, g);
  }
  // Reported speech: triples in a clause governed by someone else's speech verb.
  for (std::size_t k = out_begin; k < out_.size(); ++k) {
    Triple& tr = out_[k];
    std::uint32_t h = heads_[k - out_begin];
    for (const auto& sp : speech_) {
      if (sp.head == h) continue;
      Actor c;
      materialise(m_, a_, sp.speaker, c);
      if (c.id.empty()) continue;
      if (tr.claimant.empty()) tr.claimant = c.id;
      if (c.id != tr.subject.actor.id && tr.modality == Modality::asserted) tr.modality = Modality::reported;
      break;
    }
  }
  accusations(si, out_begin);
  if (!speech_.empty()) {
    prev_speaker_ = speech_.back().speaker;
    prev_speaker_sentence_ = si;
  }
}

void SentenceRun::accusations(std::uint32_t si, std::size_t out_begin) {
  // "The US claimed that ISIL had attacked Iraq": who reports another actor's
  // use of force (CAMEO roots 14-20) as a fact accuses that actor (112), as
  // PETRARCH codes such nested events. The speaker must speak first ("X said
  // (that) Y …"); a trailing attribution (", police said") is a source, not a claim.
  if (speech_.empty()) return;
  const std::size_t n = out_.size();
  for (std::size_t k = out_begin; k < n; ++k) {
    const std::uint32_t h = heads_[k - out_begin];
    const std::int32_t y = agents_[k - out_begin];
    const Triple& tr = out_[k];
    if (tr.negated || tr.relation.cameo.size() < 2 || tr.relation.cameo.compare(0, 2, "14") < 0) continue;
    if (tr.modality != Modality::asserted && tr.modality != Modality::reported) continue;
    // A verbal claim only: "said an Iranian blockade was unlikely" claims no blockade.
    if (!verb_use(m_, a_, a_.doc.sentences[si].first, h)) continue;
    for (const auto& sp : speech_) {
      if (sp.head >= h || sp.mention < 0) continue;
      if (!(m_.classes(a_.tok[sp.head].verb_lemma) & kClaimVerb)) continue;
      const Mention& x = a_.mentions[static_cast<std::size_t>(sp.mention)];
      const Mention& agent = a_.mentions[static_cast<std::size_t>(y)];
      if (x.ref == agent.ref || (x.group >= 0 && x.group == agent.group)) break;
      // "X said it/they broke off talks": a pronoun right after the speaker's
      // verb is the speaker far more often than coreference can tell.
      if (agent.kind == MentionKind::pronoun) break;
      if (Coref::type_of(m_, x.ref) == ActorType::media) break;
      // "Baghdad said its forces had repulsed the attack": a government on its
      // own country's forces or government reports, it does not accuse.
      Actor sa, aa;
      materialise(m_, a_, x.ref, sa);
      materialise(m_, a_, agent.ref, aa);
      if (!sa.country.empty() && sa.country == aa.country && (sa.sector == "GOV" || sa.sector.empty()) &&
          (aa.sector == "GOV" || aa.sector == "MIL" || aa.sector.empty()))
        break;
      Found f;
      f.entry = -5;
      f.subject = sp.mention;
      f.object = y;
      f.head = sp.head;
      f.rel_b = sp.head;
      f.rel_e = sp.head + 1;
      f.conf = 0.6f;
      emit(si, f);
      break;
    }
  }
}

void SentenceRun::run() {
  const auto n = static_cast<std::uint32_t>(a_.doc.sentences.size());
  for (std::uint32_t si = 0; si < n; ++si) {
    ensure_recognised(si);
    coref_.resolve(m_, a_, si);
    resolve_first_person(si);
    plural_pronouns(si);
    subject_flags_.assign(a_.mentions.size(), 0);
    relations(si);
    coref_.record(m_, a_, si, subject_flags_);
  }
}

void SentenceRun::plural_pronouns(std::uint32_t si) {
  // "Obama and Putin said they will attack Iraq": a "they" after coordinated
  // actors of its sentence is all of them (it joins their group).
  for (auto i = a_.sent_mb[si]; i < a_.sent_me[si]; ++i) {
    Mention& x = a_.mentions[i];
    if (x.kind != MentionKind::pronoun || !x.plural || x.possessor) continue;
    for (auto j = i; j-- > a_.sent_mb[si];) {
      const Mention& y = a_.mentions[j];
      if (y.kind == MentionKind::pronoun || y.group < 0 || static_cast<std::uint32_t>(y.group) == j) continue;
      // y is a later member of a group: the group's first member names it.
      const Mention& first = a_.mentions[static_cast<std::size_t>(y.group)];
      if (first.ref.kind == Ref::kNone) break;
      // Resolved by coref to one member only ("they" = China): all of them.
      if (x.ref.kind != Ref::kNone && !(x.ref == y.ref) && !(x.ref == first.ref)) break;
      x.ref = first.ref;
      x.group = y.group;
      x.conf = 0.7f;
      break;
    }
  }
}

void SentenceRun::subjects(std::uint32_t si) {
  // The clause subjects coref prefers, and the speakers of reported speech,
  // as relations() finds them, without matching relation patterns.
  const auto& s = a_.doc.sentences[si];
  std::int32_t prev_subject = -1;
  speech_.clear();
  for (std::uint32_t t = s.first; t < s.last; ++t) {
    const auto& d = a_.tok[t];
    if (a_.mention_at[t] >= 0 || d.verb_lemma == kNoWord || !verb_use(m_, a_, s.first, t)) continue;
    VerbGroup g = verb_group(m_, a_, s.first, t);
    SubjectFound sf = find_subject(m_, a_, s.first, g, prev_subject);
    if (m_.classes(d.verb_lemma) & kSpeechVerb) {
      auto idx = sf.mention >= 0 ? sf.mention : inverted_subject(m_, a_, t, s.last);
      if (idx >= 0 && a_.mentions[static_cast<std::size_t>(idx)].ref.kind != Ref::kNone)
        speech_.push_back({t, a_.mentions[static_cast<std::size_t>(idx)].ref, idx});
    }
    if (sf.how == SubjectHow::direct || sf.how == SubjectHow::relative || sf.how == SubjectHow::coordinated)
      prev_subject = sf.mention;
    if (sf.mention >= 0 && !g.passive) subject_flags_[static_cast<std::size_t>(sf.mention)] = 1;
  }
  if (!speech_.empty()) {
    prev_speaker_ = speech_.back().speaker;
    prev_speaker_sentence_ = si;
  }
}

void SentenceRun::report(std::uint32_t si, std::vector<RecognisedMention>& rec) {
  auto off = [this](std::uint32_t x) { return x >= a_.shift ? x - a_.shift : 0u; };
  for (auto i = a_.sent_mb[si]; i < a_.sent_me[si]; ++i) {
    const Mention& x = a_.mentions[i];
    if (x.ref.kind == Ref::kNone) continue;
    RecognisedMention r;
    r.sentence = si;
    materialise(m_, a_, x.ref, r.mention.actor);
    if (r.mention.actor.id.empty()) continue;
    r.mention.mention = surface(a_, x.tb, x.te);
    r.mention.begin = off(a_.doc.tokens[x.tb].begin);
    r.mention.end = off(a_.doc.tokens[x.te - 1].end);
    r.how = how_label(x.how);
    rec.push_back(std::move(r));
  }
}

void SentenceRun::run_recognise(std::vector<RecognisedMention>& rec) {
  const auto n = static_cast<std::uint32_t>(a_.doc.sentences.size());
  for (std::uint32_t si = 0; si < n; ++si) {
    ensure_recognised(si);
    coref_.resolve(m_, a_, si);
    resolve_first_person(si);
    plural_pronouns(si);
    subject_flags_.assign(a_.mentions.size(), 0);
    subjects(si);
    report(si, rec);
    coref_.record(m_, a_, si, subject_flags_);
  }
}

}  // namespace

namespace {

// Analyses the article with its title read first, as the article's first
// sentence(s): headlines state events too, and name the actors the text then
// refers to. Offsets stay those of Article::text (a.shift skips the title).
void prepare_article(const Model& m, Analysis& a, std::string& buf, const Article& article) {
  std::string_view text = article.text;
  std::uint32_t shift = 0;
  if (!article.title.empty()) {
    buf.assign(article.title);
    buf += "\n\n";
    shift = static_cast<std::uint32_t>(buf.size());
    buf += article.text;
    text = buf;
  }
  a.prepare(m, text, article.date);
  a.shift = shift;
}

}  // namespace

void Engine::recognise(const Article& article, std::vector<RecognisedMention>& out) const {
  thread_local Analysis a;
  thread_local Coref coref;
  thread_local std::string buf;
  thread_local std::vector<Triple> none;
  if (article.text.empty()) return;
  prepare_article(m_, a, buf, article);
  coref.clear();
  SentenceRun run(m_, a, coref, article, none);
  run.run_recognise(out);
}

void Engine::extract(const Article& article, std::vector<Triple>& out) const {
  thread_local Analysis a;
  thread_local Coref coref;
  thread_local std::string buf;
  if (article.text.empty()) return;
  prepare_article(m_, a, buf, article);
  coref.clear();
  SentenceRun run(m_, a, coref, article, out);
  run.run();
}

}  // namespace actorgraph::extract
