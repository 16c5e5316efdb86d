#include "extract/verb_groups.hpp"

#include "actorgraph/syntax.hpp"

namespace actorgraph::extract {
namespace {

using text::VerbForm;

bool adverb(const Analysis& a, std::uint32_t j) {
  const auto& d = a.tok[j];
  if (d.flags & (text::kPunct | text::kCapitalised | text::kAllCaps | text::kNumber)) return false;
  if (d.cls & (kCoord | kDeterminer | kRelative | kNegator)) return false;
  if (!(d.wi.pos & text::kAdv)) return false;
  // "so far", "also", "previously"; not words that are mostly verbs or nouns.
  return !(d.wi.pos & (text::kVerb | text::kPreposition | text::kPronoun));
}

/// "in principle", "in turn", "at last": a fixed prepositional adverbial
/// ending at token j; returns its first token, or j + 1 when there is none.
std::uint32_t adverbial_phrase(const Model& m, const Analysis& a, std::uint32_t first, std::uint32_t j) {
  if (j <= first || a.mention_at[j] >= 0) return j + 1;
  const auto p = a.tok[j - 1].word;
  if (p != m.w_in && p != m.w_at) return j + 1;
  const auto w = a.norm(j);
  const bool in = p == m.w_in;
  if ((in && (w == "principle" || w == "turn" || w == "return" || w == "advance" || w == "public" ||
              w == "private" || w == "writing" || w == "effect")) ||
      (!in && (w == "last" || w == "once")))
    return j - 1;
  return j + 1;
}

bool is_be(const Model& m, const Analysis& a, std::uint32_t j) {
  auto l = a.tok[j].verb_lemma;
  return l == m.w_be || l == m.w_get;
}

/// Previous token index skipping adverbs, or `first` - 1 (as a sentinel) when none.
std::int64_t prev_skip_adverbs(const Analysis& a, std::uint32_t first, std::uint32_t t) {
  std::int64_t j = static_cast<std::int64_t>(t) - 1;
  while (j >= static_cast<std::int64_t>(first) && adverb(a, static_cast<std::uint32_t>(j))) --j;
  return j;
}

/// A base form right after the singular mention `x` that is a noun of the
/// same noun phrase: after a common noun ("US television host Dick Clark":
/// "the television host" does not agree), or before an agent noun ("Eurozone
/// finance ministers", "the Tory finance spokesman"). Names and plurals keep
/// the verb ("Chelsea host Arsenal", "US troops attack protesters", "I attack").
bool title_noun(const Analysis& a, std::uint32_t t, const Mention& x) {
  if (x.kind == MentionKind::pronoun || x.kind == MentionKind::first_person || x.te != t) return false;
  // A subjunctive after "that" agrees with no one: "calls that the government talk to the IMF".
  std::uint32_t b = x.tb;
  while (b > 0 && (a.tok[b - 1].cls & kDeterminer) && a.mention_at[b - 1] < 0 && a.norm(b - 1) != "that") --b;
  if (b > 0 && a.norm(b - 1) == "that") return false;
  if (!(a.tok[t].wi.pos & text::kNoun)) return false;
  // The mention's number is its last noun's own ("Chinese newspaper", "US troops").
  const auto& last = a.tok[t - 1];
  const bool common = (last.wi.pos & text::kNoun) && !(last.flags & (text::kCapitalised | text::kAllCaps | text::kPunct));
  if (common ? last.noun_lemma != last.word : x.plural) return false;
  if (common) return true;
  if (t + 1 >= a.tok.size()) return false;
  const Mention* next = a.at(t + 1);
  return next && next->tb == t + 1 && next->how == How::agent &&
         !(a.tok[t + 1].flags & (text::kCapitalised | text::kAllCaps));
}

}  // namespace

std::uint32_t skip_time(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t last) {
  std::uint32_t u = t;
  if (u < last && a.tok[u].word == m.w_on) ++u;
  if (u >= last || a.mention_at[u] >= 0) return t;
  const auto& d = a.tok[u];
  if (d.cls & kTimeWord) {
    ++u;
    if (u < last && (a.tok[u].cls & kTimePart) && a.mention_at[u] < 0) ++u;
    return u;
  }
  if ((d.word == m.w_last || d.word == m.w_this || d.word == m.w_next) && u + 1 < last &&
      (a.tok[u + 1].cls & kTimePart) && u == t)
    return u + 2;
  return t;
}

std::uint32_t time_start(const Model& m, const Analysis& a, std::uint32_t first, std::uint32_t t) {
  if (a.mention_at[t] >= 0) return t + 1;
  std::uint32_t b = t;
  const auto& d = a.tok[t];
  if (d.cls & kTimePart) {
    if (t == first) return t + 1;
    const auto& p = a.tok[t - 1];
    if (p.word == m.w_last || p.word == m.w_this || p.word == m.w_next) return t - 1;
    if (!(p.cls & kTimeWord) || a.mention_at[t - 1] >= 0) return t + 1;
    b = t - 1;
  } else if (!(d.cls & kTimeWord)) {
    return t + 1;
  }
  if (b > first && a.tok[b - 1].word == m.w_on) --b;
  return b;
}

/// "urged Beijing to use its influence and condemn Iran", "will meet X and
/// discuss …": a base form after "and" is a verb when a base form after "to"
/// or a modal comes before it in the clause; one that is a noun too needs an
/// object after it ("to promote trade and aid to Africa" is no verb).
bool coordinated_base(const Model& m, const Analysis& a, std::uint32_t first, std::uint32_t t) {
  const auto& d = a.tok[t];
  if (d.wi.pos & text::kNoun) {
    if (t + 1 >= a.tok.size()) return false;
    const auto& n = a.tok[t + 1];
    if (!((n.cls & kDeterminer) || a.mention_at[t + 1] >= 0)) return false;
  }
  for (std::uint32_t k = t - 1; k > first + 1 && k + 14 > t; --k) {
    const auto& q = a.tok[k - 1];
    if ((q.cls & (kClauseBreak | kRelative)) || (q.flags & text::kPunct && q.word != m.w_comma)) return false;
    if (a.mention_at[k - 1] >= 0) continue;
    if ((q.wi.pos & text::kVerb) && !(q.wi.pos & (text::kNoun | text::kAdj)) &&
        (q.wi.verb_form == VerbForm::past || q.wi.verb_form == VerbForm::third_singular))
      return false;
    if (q.wi.verb_form == VerbForm::base && q.verb_lemma != kNoWord && k - 1 > first) {
      const auto& b = a.tok[k - 2];
      if (b.word == m.w_to || (b.cls & (kModalHypo | kModalIntent))) return true;
    }
  }
  return false;
}

bool verb_use(const Model& m, const Analysis& a, std::uint32_t first, std::uint32_t t) {
  const auto& d = a.tok[t];
  if (!(d.wi.pos & text::kVerb) || d.wi.verb_form == VerbForm::none || d.verb_lemma == kNoWord) return false;
  if (a.mention_at[t] >= 0) return false;
  // A capitalised word inside a sentence is a name, unless the sentence is a
  // headline in capitals or title case, where the tagger tells verbs apart
  // ("TASS DENOUNCES U.S. ATTACK", "Iran Vows Reprisal").
  if ((d.flags & (text::kCapitalised | text::kAllCaps)) && !(d.flags & text::kSentenceStart))
    return a.has_parse(t) && a.syn[t].upos == static_cast<std::uint8_t>(syntax::Upos::VERB);
  if (t == first) return d.wi.verb_form == VerbForm::gerund || !(d.wi.pos & text::kNoun);
  const auto& p = a.tok[t - 1];
  if (p.cls & kDeterminer) return false;
  if (p.word == m.w_s) return false;
  // "the former host", "a new deal": a word after an adjective is a noun;
  // not a past form that is no noun after a word that is a noun too ("the
  // Rwandan capital alleged", "the chemical plant exploded").
  if ((p.wi.pos & text::kAdj) && !(p.wi.pos & (text::kVerb | text::kAdv | text::kAuxiliary)) &&
      a.mention_at[t - 1] < 0 && !(p.cls & (kNegator | kAux)) &&
      !((p.wi.pos & text::kNoun) && !(d.wi.pos & text::kNoun) &&
        (d.wi.verb_form == VerbForm::past || d.wi.verb_form == VerbForm::past_or_participle)))
    return false;
  const Mention* pm = a.at(t - 1);
  if (pm && (pm->possessor || pm->modifier)) return false;
  // "a US offer to host", "a U.S. request": an indefinite article before the
  // actor makes it the qualifier of a noun, not a subject.
  if (pm && pm->tb > first && (a.tok[pm->tb - 1].word == m.w_a || a.tok[pm->tb - 1].word == m.w_an) &&
      !pm->person && (pm->how == How::name || pm->how == How::alias || pm->how == How::adjective || pm->how == How::metonym))
    return false;
  // "the Champions League clash with Barcelona", "Sunday's Heineken Cup
  // clash": a name no dictionary knows, after "the" or a possessive, before
  // a base form that is a noun too and does not agree with it (the name is
  // singular), qualifies the noun.
  if (pm && pm->kind == MentionKind::unknown && pm->te == t && d.wi.verb_form == VerbForm::base &&
      (d.wi.pos & text::kNoun) && pm->tb > first &&
      (a.tok[pm->tb - 1].word == m.w_the || a.tok[pm->tb - 1].word == m.w_s)) {
    const auto last_word = a.norm(t - 1);
    if (!last_word.empty() && last_word.back() != 's') return false;
  }
  auto j = prev_skip_adverbs(a, first, t);
  bool after_verbal = false, after_subject = false;
  if (j >= static_cast<std::int64_t>(first)) {
    const auto& q = a.tok[static_cast<std::size_t>(j)];
    after_verbal = q.word == m.w_to || (q.cls & (kAux | kModalHypo | kModalIntent | kNegator)) ||
                   (q.wi.pos & text::kAuxiliary);
    after_subject = a.mention_at[static_cast<std::size_t>(j)] >= 0 || (q.cls & kRelative) ||
                    (q.wi.pos & text::kPronoun);
  }
  switch (d.wi.verb_form) {
    case VerbForm::base:
      if (!after_verbal && pm && j == static_cast<std::int64_t>(t) - 1 && title_noun(a, t, *pm)) return false;
      if (!after_verbal && !after_subject && (p.cls & kCoord)) return coordinated_base(m, a, first, t);
      return after_verbal || after_subject;
    case VerbForm::third_singular:
      return after_verbal || after_subject || !(d.wi.pos & text::kNoun);
    case VerbForm::gerund:
      // "following a cabinet meeting", "the summit meeting": an -ing noun after
      // a common noun that a determiner opens is a compound noun.
      if ((d.wi.pos & text::kNoun) && (p.wi.pos & text::kNoun) && a.mention_at[t - 1] < 0 && t - 1 > first &&
          !(p.wi.pos & (text::kPronoun | text::kPreposition)) &&
          !(p.flags & (text::kPunct | text::kCapitalised | text::kAllCaps)) && (a.tok[t - 2].cls & kDeterminer))
        return false;
      return !(p.wi.pos & text::kPreposition) || p.word == m.w_by || !(d.wi.pos & text::kNoun) ||
             (p.cls & kNegator);
    default:
      if ((p.wi.pos & text::kPreposition) && !(p.cls & (kAux | kRelative)) && p.word != m.w_to &&
          a.mention_at[t - 1] < 0)
        return (d.wi.verb_form != VerbForm::past_participle);
      return true;
  }
}

VerbGroup verb_group(const Model& m, const Analysis& a, std::uint32_t first, std::uint32_t t) {
  VerbGroup g;
  g.head = g.start = t;
  bool saw_to = false, saw_be = false, saw_aux = false, governed = false, hypo = false, intent = false;
  bool saw_have = false;
  std::uint32_t steps = 0;
  std::uint32_t core = t;  // first token of the group proper (time adverbials aside)
  for (std::int64_t j = static_cast<std::int64_t>(t) - 1; j >= static_cast<std::int64_t>(first) && steps < 9;
       --j, ++steps) {
    auto u = static_cast<std::uint32_t>(j);
    const auto& d = a.tok[u];
    if (a.mention_at[u] >= 0) break;
    if (d.word == m.w_no) break;
    // A time adverbial inside the group: "threatened on Monday to", "has today agreed".
    if (auto tb = time_start(m, a, first, u); tb <= u) {
      j = tb;
      g.start = tb;
      continue;
    }
    // A fixed adverbial inside the group: "agreed in principle to".
    if (auto pb = adverbial_phrase(m, a, first, u); pb < u) {
      j = pb;
      g.start = pb;
      continue;
    }
    if (d.cls & kNegator) { g.negated = true; g.start = core = u; continue; }
    if (d.word == m.w_yet && u + 1 < t && a.tok[u + 1].word == m.w_to) {
      g.negated = true;  // "has yet to condemn"
      g.start = core = u;
      continue;
    }
    if (d.word == m.w_to) {
      if (saw_to && !governed) break;
      saw_to = true;
      g.start = core = u;
      continue;
    }
    if (d.cls & kModalHypo) {
      hypo = true;
      saw_aux = true;
      g.would = g.would || d.word == m.w_would;
      g.must = g.must || d.word == m.w_must;
      g.start = core = u;
      continue;
    }
    if (d.cls & kModalIntent) { intent = g.future = true; saw_aux = true; g.start = core = u; continue; }
    if ((d.cls & kAux) || (d.wi.pos & text::kAuxiliary)) {
      if (saw_to && !governed && u + 1 < t && a.tok[u + 1].word == m.w_to) {
        // "is to visit": a plan (intended); "will have to recognise", "has to
        // withdraw": an obligation, not the actor's intent (hypothetical);
        // "had to withdraw" mostly happened (asserted).
        g.obliged = true;
        if (d.verb_lemma != m.w_have) intent = true;
        else if (a.norm(u) != "had") hypo = true;
      }
      if (is_be(m, a, u) && !saw_to) saw_be = true;
      if (d.verb_lemma == m.w_have) saw_have = true;
      saw_aux = true;
      g.start = core = u;
      continue;
    }
    if (adverb(a, u)) { g.start = core = u; continue; }
    // "is willing to send", "is ready to contribute".
    if (saw_to && !governed && (d.cls & kIntentAdj) && a.tok[core].word == m.w_to) {
      intent = true;
      // "is willing / ready / prepared to lift": a commitment.
      if ((d.cls & kCommissive) || d.word == m.w_prepared) g.commitment = true;
      governed = true;
      g.start = core = u;
      continue;
    }
    // A governing verb right before "to": "refused to meet", "plans to visit".
    if (saw_to && !governed && (d.wi.pos & text::kVerb) && d.verb_lemma != kNoWord &&
        a.tok[core].word == m.w_to && verb_use(m, a, first, u)) {
      if (d.cls & kNegatingVerb) g.negated = true;
      else if (d.verb_lemma == m.w_refuse || d.verb_lemma == m.w_decline) g.negated = g.refusal = true;
      else if (a.tok[u].verb_lemma != kNoWord && (m.classes(a.tok[u].verb_lemma) & kNegatingVerb)) g.negated = true;
      if (g.negated && (d.verb_lemma == m.w_refuse || d.verb_lemma == m.w_decline)) g.refusal = true;
      if (m.classes(d.verb_lemma) & kIntentVerb) intent = true;
      if (m.classes(d.verb_lemma) & kThreatVerb) g.threat = true;
      if (m.classes(d.verb_lemma) & kCommissive) g.commitment = true;
      governed = true;
      g.start = core = u;
      continue;
    }
    // "denied attacking": a negating verb before a gerund.
    if (a.tok[t].wi.verb_form == VerbForm::gerund && core == t && (d.wi.pos & text::kVerb) &&
        (m.classes(d.verb_lemma) & kNegatingVerb)) {
      g.negated = true;
      governed = true;
      g.start = core = u;
      continue;
    }
    break;
  }
  (void)saw_have;
  auto vf = a.tok[t].wi.verb_form;
  g.passive = saw_be && (vf == VerbForm::past_participle || vf == VerbForm::past_or_participle);
  g.infinitive = saw_to && !governed && a.tok[core].word == m.w_to;
  g.gerund = vf == VerbForm::gerund && !saw_aux;
  if (hypo) g.modality = Modality::hypothetical;
  else if (intent) g.modality = Modality::intended;
  return g;
}

}  // namespace actorgraph::extract
