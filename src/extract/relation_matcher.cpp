#include "extract/relation_matcher.hpp"

#include "extract/materialise.hpp"

namespace actorgraph::extract {
namespace {

bool word_matches(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t w) {
  const auto& d = a.tok[t];
  if (d.word == w || d.noun_lemma == w || d.verb_lemma == w) return true;
  // Agreement nouns are one class in patterns: "sign * agreement with +"
  // also covers a protocol, an accord, a memorandum.
  return (d.cls & kAgreementNoun) && (m.classes(w) & kAgreementNoun);
}

/// A word that may qualify the literal noun after it ("a new trade protocol",
/// "an 800 million ducat deal", "lengthy bilateral talks", "Chinese arms"):
/// a number, an adjective or a lower-case noun, or an adjectival actor word.
bool noun_modifier(const Model& m, const Analysis& a, std::uint32_t t) {
  const auto& d = a.tok[t];
  if (a.mention_at[t] >= 0) return a.at(t)->modifier;
  if (d.flags & text::kNumber) return true;
  if (d.flags & text::kPunct) return false;
  if (d.cls & (kCoord | kRelative | kAux | kNegator | kPronounFirst | kPronounPlural | kPronounPerson | kPronounIt))
    return false;
  if (d.wi.pos & (text::kPreposition | text::kPronoun)) return false;
  if (!(d.wi.pos & (text::kNoun | text::kAdj))) return false;
  // A verb form is no modifier unless it is also a noun or an adjective ("proposed", "trade").
  if ((d.wi.pos & text::kVerb) && !(d.wi.pos & (text::kNoun | text::kAdj))) return false;
  (void)m;
  return true;
}

/// The word that a literal noun of a pattern may be: nouns of the relation
/// lexicon, not its particles ("with", "to", "on").
bool noun_literal(const Analysis& a, std::uint32_t t) {
  const auto& d = a.tok[t];
  return (d.wi.pos & text::kNoun) && !(d.wi.pos & text::kPreposition) &&
         !(d.cls & (kDeterminer | kCoord | kRelative | kAux | kNegator));
}

bool skippable(const Model& m, const Analysis& a, std::uint32_t t) {
  const auto& d = a.tok[t];
  if (d.flags & text::kPunct) return d.word == m.w_lbr || d.word == m.w_rbr;
  if (a.mention_at[t] >= 0) {
    // Adjectival actor words and possessives may be skipped ("Western military
    // aid", "their first meeting", "Russia's support").
    const Mention* x = a.at(t);
    return x->modifier || (x->possessor && x->kind == MentionKind::pronoun);
  }
  if (d.word == m.w_s) return true;
  if (d.cls & (kCoord | kRelative)) return false;
  // Verbs stop a skip, except participles used as adjectives ("proposed changes").
  if ((d.wi.pos & text::kVerb) && !(d.wi.pos & (text::kAdj | text::kNoun | text::kAdv)) &&
      d.wi.verb_form != text::VerbForm::gerund && d.wi.verb_form != text::VerbForm::past_participle &&
      d.wi.verb_form != text::VerbForm::past_or_participle)
    return false;
  return true;
}

struct State {
  const Model* m;
  const Analysis* a;
  const std::vector<std::uint32_t>* pat;
  std::uint32_t last;
  bool no_object = false;  ///< the pattern has no object slot (match_symmetric)
};

/// Matches pattern positions [pi, end) from token t; fills object/end/literals.
bool match_from(const State& s, std::size_t pi, std::uint32_t t, PatternMatch& pm) {
  const auto& pat = *s.pat;
  if (pi == pat.size()) {
    pm.end = t;
    return pm.object >= 0 || s.no_object;
  }
  auto w = pat[pi];
  if (w == Model::kPlus) {
    std::uint32_t end = 0;
    bool neg = false;
    auto obj = object_at(*s.m, *s.a, t, s.last, end, neg);
    if (obj < 0) return false;
    PatternMatch save = pm;
    pm.object = obj;
    pm.slot = t;
    pm.slot_end = end;
    pm.negated = pm.negated || neg;
    if (match_from(s, pi + 1, end, pm)) return true;
    pm = save;
    return false;
  }
  if (w == Model::kStar) {
    for (std::uint32_t k = 0; k <= 3 && t + k <= s.last; ++k) {
      if (k > 0 && !skippable(*s.m, *s.a, t + k - 1)) break;
      PatternMatch save = pm;
      if (k > 0 && (s.a->tok[t + k - 1].cls & kNegator)) pm.negated = true;
      if (match_from(s, pi + 1, t + k, pm)) return true;
      pm = save;
    }
    return false;
  }
  if (t >= s.last) return false;
  // Allow one determiner or negator before a literal noun ("a conversation", "no aid").
  std::uint32_t u = t;
  bool neg = false;
  for (int k = 0; k < 2 && u < s.last && !word_matches(*s.m, *s.a, u, w); ++k) {
    const auto& d = s.a->tok[u];
    if (!(d.cls & (kDeterminer | kNegator))) break;
    if (d.cls & kNegator) neg = true;
    ++u;
  }
  // Modifiers before a literal noun: "signed an 800 million ducat trade
  // protocol with", "held lengthy bilateral talks with".
  if (u < s.last && !word_matches(*s.m, *s.a, u, w)) {
    std::uint32_t v = u;
    // Coordinated modifiers too: "a trade and security agreement with".
    while (v < s.last && v < u + 6 && !word_matches(*s.m, *s.a, v, w) &&
           (noun_modifier(*s.m, *s.a, v) ||
            (v > u && (s.a->tok[v].cls & kCoord) && v + 1 < s.last && noun_modifier(*s.m, *s.a, v + 1) &&
             !word_matches(*s.m, *s.a, v + 1, w))))
      ++v;
    if (v > u && v < s.last && word_matches(*s.m, *s.a, v, w) && noun_literal(*s.a, v)) u = v;
  }
  if (u >= s.last || !word_matches(*s.m, *s.a, u, w)) return false;
  PatternMatch save = pm;
  // A word of the agreement class counts less than the word itself, so
  // "signed a trade agreement" keeps the entry that names an agreement.
  const auto& du = s.a->tok[u];
  if (du.word == w || du.noun_lemma == w || du.verb_lemma == w) ++pm.literals;
  pm.negated = pm.negated || neg;
  if (match_from(s, pi + 1, u + 1, pm)) return true;
  pm = save;
  return false;
}

}  // namespace

namespace {

/// A noun that names an issue or a process a place can be the topic of
/// ("dialogue", "resolution", "crisis", "talks", "war"), not something a
/// country owns or does ("policy", "strategy", "strike", "invasion").
bool topic_noun(const Analysis& a, std::uint32_t t) {
  if (!(a.tok[t].wi.pos & text::kNoun)) return false;
  static constexpr std::string_view kWords[] = {
      "dialogue", "resolution", "resolutions", "issue", "question", "crisis", "conflict", "dispute", "problem",
      "solution", "peace", "settlement", "debate", "row", "summit", "election", "elections", "referendum",
      "tensions", "standoff", "stand-off", "impasse", "accession", "membership", "talks", "war", "hostage",
      "hostages", "deadlock", "stalemate", "truce", "ceasefire", "cease-fire"};
  const auto w = a.norm(t);
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

/// True when mention x names a country or a place of one.
bool place_of(const Model& m, const Analysis& a, const Mention& x) {
  Actor place;
  materialise(m, a, x.ref, place);
  return place.type == ActorType::country;
}

/// A number word or quantity noun before "of" ("thousands", "dozens").
bool quantity_word(const Analysis& a, std::uint32_t t) {
  return (a.tok[t].flags & text::kNumber) || (a.tok[t].cls & kNumberWord);
}

/// Words that approximate a number right after them: "about 20", "more than
/// 100", "up to 16", "at least eight". Returns how many tokens to skip (0: none).
std::uint32_t approximator(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t last) {
  auto number_at = [&](std::uint32_t u) { return u < last && quantity_word(a, u); };
  if (!number_at(t + 1) && !number_at(t + 2)) return 0;  // the common case: no number ahead
  auto w = a.norm(t);
  if ((a.tok[t].cls & kApproximator) && number_at(t + 1)) return 1;
  if (t + 1 < last && number_at(t + 2) &&
      (((w == "more" || w == "less" || w == "fewer") && a.tok[t + 1].word == m.w_than) ||
       (w == "up" && a.tok[t + 1].word == m.w_to) ||
       (w == "at" && (a.norm(t + 1) == "least" || a.norm(t + 1) == "most"))))
    return 2;
  return 0;
}

}  // namespace

std::int32_t object_at(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t last,
                       std::uint32_t& end, bool& negated) {
  bool adj_skipped = false;
  for (int k = 0; k < 4 && t < last; ++k) {
    const auto& d = a.tok[t];
    if (a.mention_at[t] >= 0) break;
    // "proposed Israeli changes", "recent Israeli attacks": adjectives before
    // an actor word that qualifies the noun (checked below).
    if (t + 1 < last && a.mention_at[t + 1] >= 0 &&
        !(d.flags & (text::kPunct | text::kNumber | text::kCapitalised | text::kAllCaps)) &&
        !d.cls && !(d.wi.pos & (text::kPreposition | text::kPronoun)) &&
        ((d.wi.pos & text::kAdj) || d.wi.verb_form == text::VerbForm::past_participle ||
         d.wi.verb_form == text::VerbForm::past_or_participle)) {
      adj_skipped = true;
      ++t;
      continue;
    }
    if (auto n = approximator(m, a, t, last)) {
      t += n;
      continue;
    }
    // Quantities: "18 Rwandan rebels", "thousands of Palestinians", "more than 100".
    const bool quantity = (d.flags & text::kNumber) ||
                          (k > 0 && d.word == m.w_of && quantity_word(a, t - 1)) || quantity_word(a, t);
    if (d.word == m.w_lbr || d.word == m.w_rbr || d.word == m.w_quote || (d.cls & kDeterminer) ||
        (d.cls & kNegator) || quantity) {
      if (d.cls & kNegator) negated = true;
      ++t;
      continue;
    }
    break;
  }
  if (t < last && a.mention_at[t] < 0) {
    // "the mayor of Nablus", "a government-held part of Syria's second city":
    // the N of X stands for X.
    // "a fresh offer from Afghanistan", "an appeal from President Gbagbo":
    // a proposal from X stands for X.
    // "all official contact with the United States", "its ties with X": a
    // relation with X stands for X.
    auto from_proposal = [&](std::uint32_t u) {
      return u > t && ((a.tok[u].word == m.w_from && (a.tok[u - 1].cls & kProposalNoun)) ||
                       (a.tok[u].word == m.w_with && (a.tok[u - 1].cls & kTieNoun)));
    };
    std::uint32_t u = t;
    for (int k = 0; k < 3 && u < last; ++k, ++u) {
      const auto& d = a.tok[u];
      if (a.mention_at[u] >= 0 || d.word == m.w_of || from_proposal(u)) break;
      if ((d.flags & (text::kPunct | text::kCapitalised | text::kAllCaps)) ||
          (d.cls & (kDeterminer | kCoord | kRelative | kNegator | kAux)) || !(d.wi.pos & (text::kNoun | text::kAdj)) ||
          (d.wi.pos & (text::kPreposition | text::kPronoun)))
        return -1;
    }
    if (u == t || u + 1 >= last || (a.tok[u].word != m.w_of && !from_proposal(u))) return -1;
    ++u;
    if (a.tok[u].word == m.w_the && u + 1 < last && a.mention_at[u] < 0) ++u;
    // "the mayor of the northern West Bank city": adjectives before the actor.
    for (int k = 0; k < 2 && u + 1 < last && a.mention_at[u] < 0; ++k, ++u) {
      const auto& d = a.tok[u];
      if (!(d.wi.pos & text::kAdj) || (d.wi.pos & text::kVerb) ||
          (d.flags & (text::kPunct | text::kCapitalised | text::kAllCaps | text::kNumber)) || d.cls)
        break;
    }
    if (a.mention_at[u] < 0) return -1;
    t = u;
  }
  if (t >= last || a.mention_at[t] < 0) return -1;
  auto idx = a.mention_at[t];
  const Mention& x = a.mentions[static_cast<std::size_t>(idx)];
  if (x.tb != t) return -1;
  if (adj_skipped && !x.modifier && !x.possessor) return -1;
  // "its European Community partners": a possessive pronoun before an actor
  // is that actor's determiner.
  if (x.kind == MentionKind::pronoun && x.possessor && x.te < last && a.mention_at[x.te] >= 0)
    return object_at(m, a, x.te, last, end, negated);
  // "its ties with Russia": the possessor owns the relation, the object is
  // whom the relation is with.
  if (x.kind == MentionKind::pronoun && x.possessor && x.te < last && (a.tok[x.te].cls & kTieNoun)) {
    std::uint32_t e2 = 0;
    bool n2 = false;
    auto o = object_at(m, a, x.te, last, e2, n2);
    if (o >= 0) {
      end = e2;
      negated = negated || n2;
      return o;
    }
  }
  // "has defended his policies", "was to meet its target", "praised his
  // minister": a possessive pronoun before a noun owns the patient and is the
  // subject itself far more often than coreference can tell (coreference
  // never gives the subject, so it names someone else). A named possessor
  // stands for the noun ("condemned Russia's invasion"); a pronoun does not.
  if (x.kind == MentionKind::pronoun && x.possessor) return -1;
  end = x.te;
  if (x.possessor || x.modifier) {
    // "Filipino peacekeepers", "Russia's troops": the qualifying actor stands
    // for the noun phrase it qualifies.
    std::uint32_t e = noun_phrase_end(m, a, x.te, last);
    if (e == x.te) return -1;
    // "urge Falklands dialogue", "vetoes Gaza resolution", "the Iraq war": a
    // country or place named (no adjective, no possessive) before an issue
    // noun is its topic, not the object ("jailed five al Qaeda supporters",
    // "attacked UK policy", "praised the U.S. retaliatory strike" stay).
    if (x.modifier && !x.possessor && x.how != How::adjective && topic_noun(a, e - 1) && place_of(m, a, x))
      return -1;
    end = e;
  } else if (x.te < last && x.how != How::adjective && a.mention_at[x.te] < 0 &&
             !(a.tok[x.te].flags & (text::kCapitalised | text::kAllCaps)) && topic_noun(a, x.te) &&
             place_of(m, a, x)) {
    // The same with a noun the recogniser read as a verb too ("the Ukraine war").
    return -1;
  }
  return idx;
}

std::uint32_t noun_phrase_end(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t last) {
  std::uint32_t e = t;
  if (e < last && a.tok[e].word == m.w_s) ++e;
  std::uint32_t start = e;
  bool noun = false;
  for (std::uint32_t k = 0; k < 4 && e < last; ++k, ++e) {
    const auto& d = a.tok[e];
    if (a.mention_at[e] >= 0 || (d.flags & (text::kPunct | text::kNumber))) break;
    // Coordinated nouns under one qualifier: "Israeli helicopters and tanks".
    if (d.word == m.w_and && noun && k + 1 < 4 && e + 1 < last && a.mention_at[e + 1] < 0) {
      const auto& n = a.tok[e + 1];
      if ((n.wi.pos & text::kNoun) && !(n.flags & (text::kPunct | text::kNumber | text::kCapitalised | text::kAllCaps)) &&
          !(n.cls & (kDeterminer | kRelative | kNegator | kAux | kPronounFirst | kPronounPlural | kPronounPerson | kPronounIt)))
        continue;
    }
    if (d.cls & (kDeterminer | kCoord | kRelative | kNegator | kAux)) break;
    if (!(d.wi.pos & (text::kNoun | text::kAdj))) break;
    if (d.wi.pos & (text::kPreposition | text::kPronoun)) break;
    if ((d.wi.pos & text::kVerb) && d.wi.verb_form != text::VerbForm::none && d.wi.verb_form != text::VerbForm::base &&
        !(d.wi.pos & text::kNoun))
      break;
    noun = noun || (d.wi.pos & text::kNoun);
  }
  return noun && e > start ? e : t;
}

PatternMatch match_patterns(const Model& m, const Analysis& a, const std::vector<std::uint32_t>& entries,
                            std::uint32_t from, std::uint32_t last) {
  PatternMatch best;
  for (auto e : entries) {
    PatternMatch pm;
    State s{&m, &a, &m.pattern(e), last};
    if (!match_from(s, 0, from, pm)) continue;
    pm.entry = static_cast<std::int32_t>(e);
    if (best.entry < 0 || pm.literals > best.literals ||
        (pm.literals == best.literals && pm.end >= best.end))
      best = pm;
  }
  return best;
}

PatternMatch match_symmetric(const Model& m, const Analysis& a, const std::vector<std::uint32_t>& entries,
                             std::uint32_t from, std::uint32_t last) {
  PatternMatch best;
  std::vector<std::uint32_t> prefix;
  for (auto e : entries) {
    const auto& code = m.relations()[e].relation.cameo;
    if (code.size() < 2 || code[0] != '0' || code[1] < '3' || code[1] > '8') continue;
    const auto& p = m.pattern(e);
    if (p.size() < 3 || p.back() != Model::kPlus || p[p.size() - 2] != m.w_with) continue;
    prefix.assign(p.begin(), p.end() - 2);
    PatternMatch pm;
    State s{&m, &a, &prefix, last, true};
    if (!match_from(s, 0, from, pm) || pm.literals == 0) continue;
    // The words must end the phrase: "signed an agreement with X" has an object.
    if (pm.end < last && a.tok[pm.end].word == m.w_with) continue;
    pm.entry = static_cast<std::int32_t>(e);
    pm.object = -1;
    if (best.entry < 0 || pm.literals > best.literals) best = pm;
  }
  return best;
}

namespace {

/// ", officials said," / ", police said on Monday,": a parenthetical
/// attribution starting at the comma at t; returns the token after its
/// closing comma, or t when there is none.
std::uint32_t skip_attribution(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t last) {
  bool speech = false;
  for (std::uint32_t u = t + 1; u < last && u < t + 7; ++u) {
    const auto& d = a.tok[u];
    if (d.word == m.w_comma) return speech ? u + 1 : t;
    if (d.flags & text::kPunct) return t;
    if (d.verb_lemma != kNoWord && (m.classes(d.verb_lemma) & kSpeechVerb)) speech = true;
  }
  return t;
}

}  // namespace

std::uint32_t passive_agent_by(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t last) {
  // "was attacked by", "was attacked on Sunday by", "was attacked in the
  // early hours of Monday by", "was freed, officials said, by": up to eight
  // words of adverbials, a place after a locative preposition, and a
  // parenthetical attribution between commas.
  std::uint32_t u = t;
  for (int k = 0; k < 8 && u < last; ++k) {
    const auto& d = a.tok[u];
    if (d.word == m.w_by) return u;
    if (d.word == m.w_comma) {
      auto v = skip_attribution(m, a, u, last);
      if (v == u) return last;
      u = v;
      continue;
    }
    if (d.flags & text::kPunct) return last;
    if (a.mention_at[u] >= 0) {
      // A place after "in"/"at"/"near" is an adverbial ("in Baghdad"), any
      // other actor ends the search (it would be the agent's competitor).
      const Mention* x = a.at(u);
      const auto p = u > t ? a.tok[u - 1].word : kNoWord;
      if (x->tb != u || !(p == m.w_in || p == m.w_at || a.norm(u - 1) == "near")) return last;
      u = x->te;
      continue;
    }
    ++u;
  }
  return u < last && a.tok[u].word == m.w_by ? u : last;
}

std::int32_t force_agent(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t last,
                         std::uint32_t& end) {
  bool neg = false;
  const std::int32_t obj = object_at(m, a, t, last, end, neg);
  if (obj < 0 || neg) return -1;
  const Mention& x = a.mentions[static_cast<std::size_t>(obj)];
  // An actor word qualifying the noun ("Israeli shelling"), or an agent the
  // recogniser read with the noun ("Israeli tank shelling" as a military).
  const bool qualifies = (x.modifier || x.possessor) && end > x.te;
  const bool within = end == x.te && x.te - x.tb >= 2;
  if (!qualifies && !within) return -1;
  // The head of the qualified noun phrase names a use of force (CAMEO 18-20).
  const auto& d = a.tok[end - 1];
  if (!(d.wi.pos & text::kNoun)) return -1;
  for (auto e : m.heads(d.noun_lemma, true))
    if (use_of_force(m.relations()[e].relation.cameo)) return obj;
  return -1;
}

PatternMatch match_passive(const Model& m, const Analysis& a, const std::vector<std::uint32_t>& entries,
                           std::uint32_t from, std::uint32_t last) {
  PatternMatch best;
  for (auto e : entries) {
    const auto& pat = m.pattern(e);
    if (pat.empty() || pat[0] != Model::kPlus) continue;
    // Match the words after the object slot, then look for "by" + agent.
    std::uint32_t t = from;
    std::size_t pi = 1;
    std::uint32_t lits = 0;
    bool ok = true;
    for (; pi < pat.size(); ++pi) {
      if (pat[pi] == Model::kPlus) { ok = false; break; }
      if (pat[pi] == Model::kStar) continue;
      if (t < last && word_matches(m, a, t, pat[pi])) { ++t; ++lits; }
      else { ok = false; break; }
    }
    if (!ok) continue;
    std::uint32_t u = passive_agent_by(m, a, t, last);
    std::uint32_t end = 0;
    bool neg = false;
    std::int32_t obj = -1;
    if (u < last && a.tok[u].word == m.w_by) obj = object_at(m, a, u + 1, last, end, neg);
    else if (t < last && (a.tok[t].word == m.w_in || a.norm(t) == "during")) {
      // "were killed in Israeli tank shelling": the agent qualifies the use of force.
      u = t;
      obj = force_agent(m, a, t + 1, last, end);
    }
    if (obj < 0) continue;
    if (best.entry < 0 || lits > best.literals) {
      best.entry = static_cast<std::int32_t>(e);
      best.object = obj;
      best.slot = u + 1;
      best.slot_end = end;
      best.end = end;
      best.literals = lits;
    }
  }
  return best;
}

}  // namespace actorgraph::extract
