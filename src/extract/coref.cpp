#include "extract/coref.hpp"

#include "extract/names.hpp"
#include "extract/relation_matcher.hpp"

#include <algorithm>

namespace actorgraph::extract {
namespace {

enum Want { kWantPerson, kWantPlural, kWantIt, kWantTitle, kWantMedia, kWantOrg };

char pronoun_gender(std::string_view w) {
  if (w == "she" || w == "her" || w == "herself" || w == "hers") return 'f';
  return 'm';
}

struct Candidate {
  Ref ref;
  bool person, plural, subject;
  char gender;
  ActorType type;
};

int country_of(const Model& m, const Analysis& a, const Ref& r);

/// A description qualified by a country ("the Japanese company") fits only
/// that country's actors.
bool qualified(const Model& m, const Analysis& a, const Mention& pron, const Ref& r) {
  if (pron.qual < 0) return true;
  const int want = m.country(m.entry_country(static_cast<std::uint32_t>(pron.qual)));
  return want < 0 || country_of(m, a, r) == want;
}

bool fits(const Model& m, const Analysis& a, int want, const Mention& pron, const Candidate& c) {
  if (c.ref.kind == Ref::kNone) return false;
  switch (want) {
    case kWantPerson: {
      if (!c.person) return false;
      char g = pronoun_gender(a.norm(pron.tb));
      return c.gender == 0 || c.gender == g;
    }
    case kWantPlural:
      return c.plural && !c.person;
    case kWantIt:
      // A region ("Europe", "Asia") is rarely what "it" refers to in news.
      if (c.type == ActorType::country && c.ref.kind == Ref::kEntry && c.ref.entry >= 0 &&
          m.entry_country(static_cast<std::uint32_t>(c.ref.entry)).empty())
        return false;
      return !c.person && !c.plural &&
             (c.type == ActorType::country || c.type == ActorType::organization ||
              c.type == ActorType::government || c.type == ActorType::media);
    case kWantTitle: {
      if (!c.person || pron.agent < 0) return false;
      const auto& title = m.agents()[static_cast<std::size_t>(pron.agent)].title;
      if (title.empty()) return false;
      // "Fijian Prime Minister Mahendra Chaudhry ... the prime minister": a
      // person the article named with that title.
      if (c.ref.kind == Ref::kUnknown)
        return c.ref.agent >= 0 && m.agents()[static_cast<std::size_t>(c.ref.agent)].title == title &&
               qualified(m, a, pron, c.ref);
      if (c.ref.kind != Ref::kEntry) return false;
      if (const Role* r = m.role_at(static_cast<std::uint32_t>(c.ref.entry), a.date)) return r->title == title;
      // With no date, a person the article named who held the title at some time.
      if (!a.date.empty()) return false;
      for (const auto& r : m.actors()[static_cast<std::size_t>(c.ref.entry)].roles)
        if (r.title == title) return qualified(m, a, pron, c.ref);
      return false;
    }
    case kWantMedia:
      return c.type == ActorType::media && qualified(m, a, pron, c.ref);
    case kWantOrg:
      // "the company", "the group": a named organisation or group (a dictionary
      // entry or an unknown name typed so), not a collective of a country
      // ("American business") nor a news medium it was told to.
      return !c.person && (c.ref.kind == Ref::kEntry || c.ref.kind == Ref::kUnknown) &&
             (c.type == ActorType::organization || c.type == ActorType::group) && qualified(m, a, pron, c.ref);
  }
  return false;
}

/// The country entry of a resolved reference (a person's by the role held on
/// the article date), or -1: media and organisations without a country give none.
/// A region ("Europe", "Asian") is no state and gives none either; a
/// constituent country ("Scotland") gives its state (the United Kingdom).
int country_of(const Model& m, const Analysis& a, const Ref& r) {
  if (r.entry < 0) return -1;
  if ((r.kind == Ref::kEntry || r.kind == Ref::kDerived) &&
      m.actors()[static_cast<std::size_t>(r.entry)].actor.type == ActorType::country) {
    // A country itself, or an agent of it (no lookup needed).
    if (r.kind == Ref::kDerived && r.agent >= 0 && m.agents()[static_cast<std::size_t>(r.agent)].type == ActorType::media)
      return -1;
    std::string_view iso = m.entry_country(static_cast<std::uint32_t>(r.entry));
    if (iso.empty()) return -1;
    int state = m.country(iso);
    return state >= 0 ? state : r.entry;
  }
  std::string_view iso;
  if (r.kind == Ref::kEntry) {
    const auto& e = m.actors()[static_cast<std::size_t>(r.entry)].actor;
    if (e.type == ActorType::media) return -1;
    iso = e.country;
    if (e.type == ActorType::person)
      if (const Role* role = m.role_at(static_cast<std::uint32_t>(r.entry), a.date)) iso = role->country;
  } else if (r.kind == Ref::kDerived || r.kind == Ref::kUnknown) {
    if (r.kind == Ref::kDerived && r.agent >= 0 && m.agents()[static_cast<std::size_t>(r.agent)].type == ActorType::media)
      return -1;
    iso = m.entry_country(static_cast<std::uint32_t>(r.entry));  // a titled person's or a body's country
  }
  return iso.empty() ? -1 : m.country(iso);
}

/// The plural of an institution a country has one of ("governments",
/// "armies") names several countries, and "all/both/the warring parties" the
/// sides of a conflict: they take no single country from the article.
bool several_states(const Analysis& a, const Mention& x) {
  static constexpr std::string_view kSides[] = {"all", "both", "warring", "other", "various"};
  if (x.tb > 0)
    for (auto q : kSides)
      if (a.norm(x.tb - 1) == q) return true;
  static constexpr std::string_view kPlurals[] = {"governments", "regimes",      "administrations", "militaries",
                                                  "armies",      "navies",       "parliaments",     "legislatures",
                                                  "cabinets",    "leaderships"};
  auto w = a.norm(x.te - 1);
  for (auto p : kPlurals)
    if (w == p) return true;
  return false;
}

/// "Acme told the SEC it had bought shares", "Washington assured Tokyo that
/// it would act": the addressee of a verb of telling, right before the pronoun
/// that opens the reported clause, is not what the pronoun refers to (the
/// teller is).
bool told_addressee(const Analysis& a, const Mention& x, const Mention& pron) {
  if (!(pron.tb == x.te || (pron.tb == x.te + 1 && a.norm(x.te) == "that")) || x.tb == 0) return false;
  std::uint32_t v = x.tb - 1;
  if (a.norm(v) == "the" && v > 0) --v;
  static constexpr std::string_view kTell[] = {"tell", "inform", "notify", "assure", "advise", "remind", "warn", "promise"};
  std::string_view lemma = a.tok[v].wi.verb_lemma;
  for (auto t : kTell)
    if (lemma == t) return true;
  return false;
}

/// Mention x is the subject of the verb of saying that opens the clause of
/// the pronoun at `pron`: "Toyota said it would sue", "Kennedy has said
/// that he", "Iran also says it" (x, at most an auxiliary and an adverb, the
/// verb, an optional "that", the pronoun).
bool clause_subject(const Model& m, const Analysis& a, const Mention& x, std::uint32_t pron) {
  if (pron == 0 || x.te >= pron || x.kind == MentionKind::pronoun) return false;
  std::uint32_t v = pron - 1;
  if (a.tok[v].word == m.w_that && v > x.te) --v;
  const auto& d = a.tok[v];
  if (d.verb_lemma == kNoWord || !(m.classes(d.verb_lemma) & kSpeechVerb)) return false;
  const auto f = d.wi.verb_form;
  if (f != text::VerbForm::past && f != text::VerbForm::past_or_participle && f != text::VerbForm::third_singular)
    return false;
  for (std::uint32_t t = x.te; t < v; ++t)
    if (!(a.tok[t].cls & kAux) && !(a.tok[t].wi.pos & text::kAdv)) return false;
  return v - x.te <= 2;
}

}  // namespace

int Coref::article_country() const {
  int best = -1, best_n = 0;
  for (std::size_t i = history_.size(); i-- > 0;) {
    int c = history_[i].country;
    if (c < 0 || c == best) continue;
    int n = 0;
    for (const auto& e : history_)
      if (e.country == c) ++n;
    if (n > best_n) {  // strictly more: the most recent wins a tie
      best = c;
      best_n = n;
    }
  }
  return best;
}

void Coref::clear() {
  history_.clear();
  seen_.clear();
}

ActorType Coref::type_of(const Model& m, const Ref& r) {
  switch (r.kind) {
    case Ref::kEntry: return m.actors()[static_cast<std::size_t>(r.entry)].actor.type;
    case Ref::kDerived:
      return r.agent < 0 ? ActorType::government : m.agents()[static_cast<std::size_t>(r.agent)].type;
    case Ref::kUnknown: return r.agent >= 0 ? ActorType::person : name_actor_type(r.name_type);
    default: return ActorType::unknown;
  }
}

bool Coref::pick(const Model& m, const Analysis& a, std::uint32_t sent, std::size_t upto, int want,
                 const Mention& pron, Ref& out) const {
  // 1. Earlier in this sentence: the first (subject-like) fitting mention.
  // Descriptions ("the president") rarely name the subject of their own clause.
  const bool description = want == kWantTitle || want == kWantMedia;
  bool first_in_sentence = true;
  const std::size_t mb = a.sent_mb[sent];
  const std::uint32_t last = a.doc.sentences[sent].last;
  // A qualifying actor stands for the noun phrase it qualifies ("Afghan rebel leaders").
  auto stands = [&](const Mention& x) {
    if (x.appositive) return false;
    if (!x.possessor && !x.modifier) return true;
    return x.kind != MentionKind::pronoun && noun_phrase_end(m, a, x.te, last) > x.te;
  };
  // 1a. The subject of the verb of saying that opens its clause ("Ryanair
  // shares fell after Toyota said it would sue").
  for (std::size_t i = description ? mb : upto; i-- > mb;) {
    const Mention& x = a.mentions[i];
    if (!stands(x) || x.possessor || !clause_subject(m, a, x, pron.tb)) continue;
    Candidate c{x.ref, x.person, x.plural, true, x.gender, type_of(m, x.ref)};
    if (fits(m, a, want, pron, c)) {
      out = x.ref;
      return true;
    }
  }
  for (std::size_t i = mb; i < (description ? mb : upto); ++i) {
    const Mention& x = a.mentions[i];
    if (!stands(x) || told_addressee(a, x, pron)) continue;
    Candidate c{x.ref, x.person, x.plural, first_in_sentence, x.gender, type_of(m, x.ref)};
    first_in_sentence = false;
    if (c.subject && fits(m, a, want, pron, c)) {
      out = x.ref;
      return true;
    }
  }
  // 2. Subjects of the previous sentences, most recent first (3 sentences back).
  for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
    if (it->sentence + 3 < sent) break;
    Candidate c{it->ref, it->person, it->plural, it->subject, it->gender, it->type};
    if (it->subject && fits(m, a, want, pron, c)) {
      out = it->ref;
      return true;
    }
  }
  // 3. Any fitting mention earlier in this sentence, then in the history.
  for (std::size_t i = description ? mb : upto; i-- > mb;) {
    const Mention& x = a.mentions[i];
    if (!stands(x) || told_addressee(a, x, pron)) continue;
    Candidate c{x.ref, x.person, x.plural, false, x.gender, type_of(m, x.ref)};
    if (fits(m, a, want, pron, c)) {
      out = x.ref;
      return true;
    }
  }
  std::uint32_t horizon = want == kWantTitle || want == kWantMedia || want == kWantOrg ? 40 : 2;
  for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
    if (it->sentence + horizon < sent) break;
    Candidate c{it->ref, it->person, it->plural, it->subject, it->gender, it->type};
    if (fits(m, a, want, pron, c)) {
      out = it->ref;
      return true;
    }
  }
  return false;
}

void Coref::resolve(const Model& m, Analysis& a, std::uint32_t sent) const {
  int context = -2;  // the article's country, computed when first needed
  for (std::size_t i = a.sent_mb[sent]; i < a.sent_me[sent]; ++i) {
    Mention& g = a.mentions[i];
    if (g.ref.kind == Ref::kDerived && g.ref.entry < 0 && g.ref.agent >= 0) {
      // "its forces": the owner's; otherwise what the article is about.
      int c = -1;
      if (i > a.sent_mb[sent] && a.mentions[i - 1].te == g.tb && a.mentions[i - 1].kind == MentionKind::pronoun &&
          a.mentions[i - 1].possessor)
        c = country_of(m, a, a.mentions[i - 1].ref);
      if (c < 0 && !several_states(a, g)) {
        if (context == -2) context = article_country();
        c = context;
      }
      if (c >= 0) g.ref.entry = c;
      continue;
    }
    if (g.set_size > 0 && g.set_index == 0 && g.ref.kind == Ref::kNone) {
      resolve_set(m, a, sent, i);
      continue;
    }
    Ref r;
    if (resolve_one(m, a, sent, i, r)) {
      Mention& x = a.mentions[i];
      x.ref = r;
      if (x.kind == MentionKind::pronoun || x.kind == MentionKind::description) {
        if (r.kind == Ref::kEntry && m.actors()[static_cast<std::size_t>(r.entry)].actor.type == ActorType::person) {
          x.person = true;
          const auto& g = m.actors()[static_cast<std::size_t>(r.entry)].gender;
          x.gender = g.empty() ? 0 : g[0];
        } else if (r.kind == Ref::kUnknown && type_of(m, r) == ActorType::person) {
          x.person = true;  // "he" of an unknown person named before
          if (x.kind == MentionKind::pronoun && (a.tok[x.tb].cls & kPronounPerson))
            x.gender = a.norm(x.tb)[0] == 's' || a.norm(x.tb) == "her" || a.norm(x.tb) == "herself" ? 'f' : 'm';
        }
      }
    }
  }
}

void Coref::resolve_set(const Model& m, Analysis& a, std::uint32_t sent, std::size_t i) const {
  // "Venezuela and China signed a deal. The two countries also ...": the
  // members are the n actors of the kind the noun names in the latest earlier
  // sentence that has n of them, else the n latest of the article's last
  // three sentences. A country and its government count once.
  const Mention& set = a.mentions[i];
  const std::size_t n = set.set_size;
  const int agent = set.agent;
  ActorType kind = ActorType::unknown;  // any actor
  bool person = false;
  if (agent >= 0) {
    const AgentEntry& ag = m.agents()[static_cast<std::size_t>(agent)];
    kind = ag.refers != ActorType::unknown ? ag.refers : ag.type;
    person = ag.person || kind == ActorType::person;
  }
  auto fits = [&](const Entity& e) {
    if (e.ref.kind == Ref::kNone || e.type == ActorType::media) return false;
    if (person) return e.person;
    switch (kind) {
      case ActorType::country:
      case ActorType::government:
        return !e.person && e.country >= 0 && (e.type == ActorType::country || e.type == ActorType::government);
      case ActorType::organization:
      case ActorType::group: return e.type == ActorType::organization || e.type == ActorType::group;
      case ActorType::military: return e.type == ActorType::military;
      default: return e.type != ActorType::unknown;
    }
  };
  auto key = [&](const Entity& e) { return !e.person && e.country >= 0 && kind != ActorType::organization ? -2 - e.country : -1; };
  std::vector<const Entity*> picked, sentence;
  auto add = [&](std::vector<const Entity*>& to, const Entity& e) {
    for (const Entity* p : to)
      if (p->ref == e.ref || (key(e) != -1 && key(*p) == key(e))) return;
    to.push_back(&e);
  };
  std::uint32_t current = ~0u;
  for (auto it = history_.rbegin(); it != history_.rend() && it->sentence + 3 >= sent; ++it) {
    if (it->sentence != current) {
      if (sentence.size() >= n) break;
      for (const Entity* e : sentence) add(picked, *e);
      sentence.clear();
      current = it->sentence;
    }
    if (fits(*it)) {
      bool known = false;
      for (const Entity* p : sentence) known = known || p->ref == it->ref || (key(*it) != -1 && key(*p) == key(*it));
      if (!known) sentence.insert(sentence.begin(), &*it);  // text order within the sentence
    }
  }
  if (sentence.size() >= n) {
    picked.clear();
    for (const Entity* e : sentence) add(picked, *e);
  } else {
    for (const Entity* e : sentence) add(picked, *e);
  }
  if (picked.size() < n) return;  // no safe set: no actor
  for (std::size_t k = 0; k < n && i + k < a.sent_me[sent]; ++k) {
    Mention& x = a.mentions[i + k];
    if (x.set_size == 0) break;
    x.ref = picked[k]->ref;
    x.person = picked[k]->person;
    x.gender = picked[k]->gender;
  }
}

bool Coref::resolve_one(const Model& m, const Analysis& a, std::uint32_t sent, std::size_t i, Ref& r) const {
  {
    const Mention& x = a.mentions[i];
    if (x.ref.kind != Ref::kNone) return false;
    int want = -1;
    if (x.kind == MentionKind::pronoun) {
      auto cls = a.tok[x.tb].cls;
      if (cls & kPronounPerson) want = kWantPerson;
      else if (cls & kPronounPlural) want = kWantPlural;
      else if (cls & kPronounIt) want = kWantIt;
    } else if (x.kind == MentionKind::description && x.agent >= 0) {
      const auto& ag = m.agents()[static_cast<std::size_t>(x.agent)];
      want = ag.refers == ActorType::media          ? kWantMedia
             : ag.refers == ActorType::organization ? kWantOrg
             : ag.person                             ? kWantTitle
                                                     : -1;
    }
    if (want < 0) return false;
    if (pick(m, a, sent, i, want, x, r)) return true;
    if (want == kWantMedia && x.qual >= 0) {
      // "the Chinese newspaper" with no Chinese outlet named: Chinese media.
      r = Ref{};
      r.kind = Ref::kDerived;
      r.entry = x.qual;
      r.agent = x.agent;
      return true;
    }
    if (want != kWantTitle) return false;
    // No holder of the title was named: "the interior minister" is the
    // government's, of the country named last in the sentence or else of the
    // article's country.
    // An indefinite one ("send a delegation") refers to no one yet; "a
    // spokesman for the Chinese foreign ministry" is that ministry's.
    // Before a noun it only qualifies it: "the general election".
    if (x.te < a.doc.sentences[sent].last) {
      const auto& n = a.tok[x.te];
      if ((n.wi.pos & text::kNoun) && !(n.flags & (text::kPunct | text::kCapitalised | text::kAllCaps)) &&
          !(n.wi.pos & (text::kVerb | text::kPreposition | text::kAdv | text::kConjunction | text::kAuxiliary)))
        return false;
    }
    int c = -1;
    if (i + 1 < a.sent_me[sent] && x.te < a.tok.size() && (a.tok[x.te].word == m.w_for || a.tok[x.te].word == m.w_of) &&
        a.mentions[i + 1].tb <= x.te + 4) {
      // "the mayor of the northern West Bank city": up to three words (no
      // punctuation) between "of" and the place or organ.
      bool plain = true;
      for (std::uint32_t t = x.te + 1; t < a.mentions[i + 1].tb; ++t)
        plain = plain && !(a.tok[t].flags & (text::kPunct | text::kCapitalised | text::kAllCaps));
      if (plain) c = country_of(m, a, a.mentions[i + 1].ref);
    }
    if (c < 0 && x.tb > 0 && (a.tok[x.tb - 1].word == m.w_a || a.tok[x.tb - 1].word == m.w_an)) return false;
    for (std::size_t j = i; c < 0 && j-- > a.sent_mb[sent];)
      if (a.mentions[j].kind != MentionKind::pronoun) c = country_of(m, a, a.mentions[j].ref);
    if (c < 0) c = article_country();
    if (c < 0) return false;
    r = Ref{};
    r.kind = Ref::kDerived;
    r.entry = c;
    r.agent = x.agent;
    return true;
  }
}

void Coref::record(const Model& m, const Analysis& a, std::uint32_t sent, const std::vector<char>& subject) {
  bool first = true;
  const std::uint32_t last = a.doc.sentences[sent].last;
  for (std::size_t i = a.sent_mb[sent]; i < a.sent_me[sent]; ++i) {
    const Mention& x = a.mentions[i];
    if (x.ref.kind == Ref::kNone) continue;
    if (x.modifier && !(i < subject.size() && subject[i]) && noun_phrase_end(m, a, x.te, last) == x.te) continue;
    bool subj = (i < subject.size() && subject[i]) || (first && !x.possessor && !x.appositive);
    if (!x.possessor && !x.appositive) first = false;
    Entity e;
    e.ref = x.ref;
    e.sentence = sent;
    e.subject = subj;
    e.person = x.person;
    e.plural = x.plural;
    e.gender = x.gender;
    e.type = type_of(m, x.ref);
    e.country = country_of(m, a, x.ref);
    history_.push_back(e);
    if (x.person && x.ref.kind == Ref::kEntry &&
        std::find(seen_.begin(), seen_.end(), x.ref.entry) == seen_.end())
      seen_.push_back(x.ref.entry);
  }
}

}  // namespace actorgraph::extract
