#include "extract/clauses.hpp"

#include <string_view>

#include "extract/materialise.hpp"
#include "extract/relation_matcher.hpp"

namespace actorgraph::extract {
namespace {

/// A group or quantity noun before "of" ("a group of", "members of", "hundreds of", "18 of").
bool group_word(const Analysis& a, std::uint32_t t) {
  if (a.mention_at[t] >= 0) return false;
  if (a.tok[t].flags & text::kNumber) return true;
  static constexpr std::string_view kWords[] = {
      "group",   "groups",   "members",  "member",  "leaders", "delegation", "delegations", "thousands",
      "hundreds", "dozens",  "scores",   "millions", "tens",   "some",       "many",        "most",
      "majority", "contingent", "contingents", "team", "teams", "one",       "two",         "three",
      "number",  "handful",  "couple"};
  const auto w = a.norm(t);
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

/// True when mention x is governed by a preposition ("in Ukraine", "with the US").
bool prepositional(const Model& m, const Analysis& a, std::uint32_t first, const Mention& x) {
  // Back over determiners and lower-case adjectives: "outside western Europe",
  // "in the northern Iraq".
  std::int64_t b = static_cast<std::int64_t>(x.tb) - 1;
  while (b >= static_cast<std::int64_t>(first) && a.mention_at[static_cast<std::size_t>(b)] < 0) {
    const auto& q = a.tok[static_cast<std::size_t>(b)];
    const bool adjective = (q.wi.pos & text::kAdj) && !(q.wi.pos & (text::kPreposition | text::kVerb)) &&
                           !(q.flags & (text::kPunct | text::kCapitalised | text::kAllCaps | text::kNumber));
    if (!(q.cls & kDeterminer) && !adjective) break;
    --b;
  }
  if (b < static_cast<std::int64_t>(first)) return false;
  const auto& d = a.tok[static_cast<std::size_t>(b)];
  if (d.word == m.w_as) return false;
  if (d.cls & (kClauseBreak | kRelative)) return false;
  // "A group of Moroccan diplomats held …", "Hundreds of UN troops withdrew",
  // "Members of the association …": the N of X, N a group or a quantity,
  // stands for X.
  if (d.word == m.w_of && b > static_cast<std::int64_t>(first) && group_word(a, static_cast<std::uint32_t>(b) - 1))
    return false;
  return (d.wi.pos & text::kPreposition) && !(d.wi.pos & (text::kConjunction | text::kVerb));
}

bool finite_verb(const Analysis& a, std::uint32_t j) {
  const auto& d = a.tok[j];
  if (!(d.wi.pos & text::kVerb) || (d.flags & (text::kCapitalised | text::kAllCaps))) return false;
  using text::VerbForm;
  if (d.wi.pos & (text::kNoun | text::kAdj)) return false;
  return d.wi.verb_form == VerbForm::past || d.wi.verb_form == VerbForm::third_singular ||
         d.wi.verb_form == VerbForm::past_or_participle;
}

/// The mention ending right before token j (skipping one comma), or -1.
std::int32_t mention_before(const Model& m, const Analysis& a, std::uint32_t first, std::uint32_t j) {
  if (j <= first) return -1;
  std::uint32_t p = j - 1;
  if (a.tok[p].word == m.w_comma && p > first) --p;
  auto idx = a.mention_at[p];
  if (idx < 0) return -1;
  const Mention& x = a.mentions[static_cast<std::size_t>(idx)];
  if (x.te != p + 1 || x.possessor || x.modifier) return -1;
  return idx;
}

/// "INA said the attack was repelled by …", "… after the explosion killed
/// …": a noun phrase of common nouns that opens its clause (after the start
/// of the sentence, a clause break, "that" or a verb) right before the verb
/// group is the verb's subject, and it names no actor: no actor further back
/// is the subject. A noun phrase after a preposition ("Russia in a statement
/// said") or a comma (an apposition) is not the subject; one an actor
/// qualifies ("Iraq's national security advisor") is left to the caller.
bool nominal_subject(const Model& m, const Analysis& a, std::uint32_t first, std::uint32_t p) {
  const auto& d = a.tok[p];
  if (a.mention_at[p] >= 0 || !(d.wi.pos & text::kNoun) ||
      (d.wi.pos & (text::kPronoun | text::kAdv | text::kPreposition)) ||
      (d.flags & (text::kCapitalised | text::kAllCaps | text::kPunct | text::kNumber)) ||
      (d.cls & (kTimeWord | kTimePart | kDeterminer | kRelative | kCoord | kAux | kNegator)))
    return false;
  std::int64_t b = static_cast<std::int64_t>(p) - 1;
  for (int k = 0; k < 6 && b >= static_cast<std::int64_t>(first); ++k, --b) {
    const auto u = static_cast<std::uint32_t>(b);
    const auto& q = a.tok[u];
    if (a.mention_at[u] >= 0) return false;
    if (q.cls & kDeterminer) continue;
    if ((q.flags & (text::kCapitalised | text::kAllCaps)) && !(q.flags & text::kSentenceStart)) return false;
    if (q.verb_lemma != kNoWord && !(q.wi.pos & text::kNoun) && q.wi.verb_form != text::VerbForm::gerund &&
        verb_use(m, a, first, u))
      return true;
    if ((q.wi.pos & (text::kNoun | text::kAdj)) && !(q.wi.pos & (text::kPreposition | text::kPronoun)) &&
        !(q.flags & text::kPunct) && !(q.cls & (kRelative | kCoord | kClauseBreak | kAux | kTimeWord)))
      continue;
    if (q.flags & text::kNumber) continue;
    break;
  }
  if (b < static_cast<std::int64_t>(first)) return true;
  const auto u = static_cast<std::uint32_t>(b);
  const auto& q = a.tok[u];
  if (q.cls & kClauseBreak) return true;
  if (q.word == m.w_that) return true;
  if ((q.wi.pos & text::kVerb) && !(q.wi.pos & (text::kNoun | text::kAdj | text::kPreposition)) &&
      q.wi.verb_form != text::VerbForm::none && q.wi.verb_form != text::VerbForm::gerund)
    return true;
  return false;
}


/// "all 15 candidates opposing President Karzai withdrew", "students
/// supporting Ukraine attacked …": a mention after a participle that
/// post-modifies a common noun is that participle's object, in a reduced
/// relative clause; the noun before the participle heads the subject. Returns
/// the participle's token, or `x.tb` when the mention is no such object.
std::uint32_t reduced_relative(const Model& m, const Analysis& a, std::uint32_t first, const Mention& x) {
  std::uint32_t b = x.tb;
  for (int k = 0; k < 6 && b > first; ++k) {
    const auto u = b - 1;
    const auto& q = a.tok[u];
    if (const Mention* y = a.at(u)) {
      // A qualifier, or the first part of a compound ("U.S.-backed").
      if (!(y->modifier || y->possessor || a.norm(b) == "-") || y->te != b) return x.tb;
      b = y->tb;
      continue;
    }
    const bool hyphen = a.norm(u) == "-";
    const bool adjective = (q.wi.pos & text::kAdj) && !(q.wi.pos & (text::kVerb | text::kPreposition)) &&
                           !(q.flags & (text::kPunct | text::kCapitalised | text::kAllCaps | text::kNumber));
    // "U.S.-backed": a participle after a hyphen is an adjective.
    const bool compound = u > first && a.norm(u - 1) == "-" && (q.wi.pos & text::kVerb) &&
                          !(q.flags & (text::kCapitalised | text::kAllCaps));
    if (a.norm(u) == "that") break;  // a clause opens: "a meeting that the government …"
    if ((q.cls & kDeterminer) || hyphen || adjective || compound) {
      b = u;
      continue;
    }
    break;
  }
  if (b <= first + 1) return x.tb;
  const auto v = b - 1;
  const auto& g = a.tok[v];
  if (g.wi.verb_form != text::VerbForm::gerund || !(g.wi.pos & text::kVerb) ||
      (g.flags & (text::kCapitalised | text::kAllCaps)) || a.mention_at[v] >= 0 || !verb_use(m, a, first, v))
    return x.tb;
  const auto& n = a.tok[v - 1];
  if (a.mention_at[v - 1] >= 0) return v;
  if (!(n.wi.pos & text::kNoun) || (n.wi.pos & (text::kPronoun | text::kPreposition | text::kVerb)) ||
      ((n.flags & (text::kCapitalised | text::kAllCaps)) && !(n.flags & text::kSentenceStart)) ||
      (n.flags & text::kPunct) ||
      (n.cls & (kDeterminer | kRelative | kCoord | kAux | kNegator | kTimeWord | kTimePart | kClauseBreak)))
    return x.tb;
  return v;
}
}  // namespace

SubjectFound find_subject(const Model& m, const Analysis& a, std::uint32_t first, const VerbGroup& g,
                          std::int32_t previous_subject) {
  if (g.start <= first) return {};
  std::uint32_t p = g.start - 1;
  const auto& pd = a.tok[p];
  if (g.infinitive) {
    auto idx = a.mention_at[p];
    if (idx >= 0) {
      const Mention& x = a.mentions[static_cast<std::size_t>(idx)];
      if (x.te == p + 1 && !x.possessor && !x.modifier) {
        // Control: the mention is the object of a control verb ("urged Beijing to").
        std::int64_t b = static_cast<std::int64_t>(x.tb) - 1;
        while (b >= static_cast<std::int64_t>(first) && (a.tok[static_cast<std::size_t>(b)].cls & kDeterminer)) --b;
        if (b >= static_cast<std::int64_t>(first)) {
          const auto& v = a.tok[static_cast<std::size_t>(b)];
          if (v.verb_lemma != kNoWord && (m.classes(v.verb_lemma) & kControlVerb)) return {idx, SubjectHow::control};
        }
        return {};
      }
    }
    return {};
  }
  if (pd.word == m.w_and || a.norm(p) == "but" || (g.gerund && (pd.word == m.w_comma || (pd.cls & kClauseBreak)))) {
    if (previous_subject >= 0) return {previous_subject, SubjectHow::coordinated};
    return {};
  }
  if (nominal_subject(m, a, first, p)) return {};
  std::uint32_t steps = 0;
  for (std::int64_t jj = p; jj >= static_cast<std::int64_t>(first) && steps < 30; --jj, ++steps) {
    auto j = static_cast<std::uint32_t>(jj);
    auto idx = a.mention_at[j];
    if (idx >= 0) {
      const Mention& x = a.mentions[static_cast<std::size_t>(idx)];
      if ((x.possessor || x.modifier) && !x.appositive && noun_phrase_end(m, a, x.te, g.start + 1) == g.start &&
          !prepositional(m, a, first, x)) {
        // The noun phrase it qualifies is the subject: "Iraq's national security advisor met".
        return {idx, SubjectHow::direct};
      }
      if (x.possessor || x.modifier || x.appositive || prepositional(m, a, first, x)) {
        jj = static_cast<std::int64_t>(x.tb);
        continue;
      }
      if (const auto v = !g.gerund && !g.infinitive ? reduced_relative(m, a, first, x) : x.tb; v != x.tb) {
        // The participle's head noun: an actor ending right before it, else
        // a common noun that names none.
        const auto h = a.mention_at[v - 1];
        if (h >= 0 && !a.mentions[static_cast<std::size_t>(h)].possessor &&
            !a.mentions[static_cast<std::size_t>(h)].modifier && !prepositional(m, a, first, a.mentions[static_cast<std::size_t>(h)]))
          return {h, SubjectHow::direct};
        return {};
      }
      return {idx, SubjectHow::direct};
    }
    const auto& d = a.tok[j];
    if ((d.cls & kRelative) || a.norm(j) == "that") {
      if (j + 1 == g.start || (j + 1 < g.start && (a.tok[j + 1].cls & kNegator))) {
        auto r = mention_before(m, a, first, j);
        // "Patty Schnyder from Switzerland, who defeated …": "who" names a
        // person, not a place or country in a prepositional modifier of one.
        if (r >= 0 && a.norm(j) == "who" && !a.mentions[static_cast<std::size_t>(r)].person &&
            prepositional(m, a, first, a.mentions[static_cast<std::size_t>(r)])) {
          std::int64_t b = static_cast<std::int64_t>(a.mentions[static_cast<std::size_t>(r)].tb) - 1;
          while (b > static_cast<std::int64_t>(first) && (a.tok[static_cast<std::size_t>(b)].cls & kDeterminer)) --b;
          const auto h = b > static_cast<std::int64_t>(first)
                             ? mention_before(m, a, first, static_cast<std::uint32_t>(b)) : -1;
          if (h >= 0 && a.tok[static_cast<std::size_t>(b) - 1].word != m.w_comma &&
              (a.mentions[static_cast<std::size_t>(h)].person ||
               a.mentions[static_cast<std::size_t>(h)].kind == MentionKind::unknown))
            r = h;
        }
        if (r >= 0) return {r, SubjectHow::relative};
      }
      return {};
    }
    if (d.word == m.w_comma) {
      // Apposition or relative clause between commas: "China, Russia's ally, has".
      for (std::int64_t c = jj - 1; c >= static_cast<std::int64_t>(first) && c + 16 > jj; --c) {
        auto cu = static_cast<std::uint32_t>(c);
        if (a.tok[cu].word != m.w_comma) continue;
        auto r = mention_before(m, a, first, cu + 1);
        // Over a prepositional modifier to its head: "The US commander in Iraq, …,".
        for (int hops = 0; hops < 2 && r >= 0; ++hops) {
          const Mention& x = a.mentions[static_cast<std::size_t>(r)];
          if (!prepositional(m, a, first, x)) break;
          std::int64_t b = static_cast<std::int64_t>(x.tb) - 1;
          while (b > static_cast<std::int64_t>(first) && (a.tok[static_cast<std::size_t>(b)].cls & kDeterminer)) --b;
          r = b > static_cast<std::int64_t>(first) ? mention_before(m, a, first, static_cast<std::uint32_t>(b)) : -1;
          if (r >= 0 && a.tok[static_cast<std::size_t>(b) - 1].word == m.w_comma) r = -1;
        }
        if (r >= 0 && !prepositional(m, a, first, a.mentions[static_cast<std::size_t>(r)]) &&
            !a.mentions[static_cast<std::size_t>(r)].possessor)
          return {r, SubjectHow::direct};
        // A qualified noun before the apposition: "Recent US Predator attacks,
        // occurring every three days, have killed …" (the qualifier stands for it).
        if (r < 0 && cu > first) {
          for (std::uint32_t b = cu, k = 0; b > first && k < 4; --b, ++k) {
            auto idx = a.mention_at[b - 1];
            if (idx < 0) continue;
            const Mention& x = a.mentions[static_cast<std::size_t>(idx)];
            if ((x.modifier || x.possessor) && !x.appositive && noun_phrase_end(m, a, x.te, cu + 1) == cu &&
                !prepositional(m, a, first, x))
              return {idx, SubjectHow::direct};
            break;
          }
        }
        break;
      }
      return {};
    }
    if (d.cls & kClauseBreak) return {};
    if (finite_verb(a, j)) return {};
  }
  return {};
}

std::int32_t document_source(const Model& m, const Analysis& a, std::uint32_t first, const VerbGroup& g) {
  // Back from the verb to the document noun, within the clause.
  std::uint32_t d = g.start;
  for (std::uint32_t j = g.start; j-- > first && g.start - j <= 14;) {
    const auto& q = a.tok[j];
    if ((q.cls & (kClauseBreak | kRelative)) || q.word == m.w_comma) return -1;
    if (a.mention_at[j] < 0 && (q.cls & kDocumentNoun) && (q.wi.pos & text::kNoun)) {
      d = j;
      break;
    }
  }
  if (d == g.start) return -1;
  // The document's noun phrase opens the clause ("A 500-page report", "a UN
  // report"); an actor qualifying the noun is its author.
  std::int32_t author = -1;
  std::uint32_t b = d;
  while (b > first) {
    const auto& q = a.tok[b - 1];
    if (const Mention* x = a.at(b - 1)) {
      if (!(x->modifier || x->possessor) || x->te != b || x->kind == MentionKind::pronoun) return -1;
      author = a.mention_at[b - 1];
      b = x->tb;
      continue;
    }
    if ((q.cls & kDeterminer) || (q.flags & text::kNumber) || a.norm(b - 1) == "-" ||
        ((q.wi.pos & (text::kAdj | text::kNoun)) && !(q.wi.pos & (text::kPreposition | text::kVerb)))) {
      --b;
      continue;
    }
    break;
  }
  if (b > first) {
    const auto& q = a.tok[b - 1];
    if (!(q.cls & kClauseBreak) && q.word != m.w_comma && q.word != m.w_that) return -1;
  }
  if (author >= 0) return author;
  // Its post-modifier: a participle ("released Tuesday in …", "issued by …")
  // or "by"/"from"/"in" right after the noun.
  const std::uint32_t n = d + 1;
  if (n >= g.start) return -1;
  const auto& f = a.tok[n];
  const bool participle = a.mention_at[n] < 0 && (f.wi.pos & text::kVerb) &&
                          (f.wi.verb_form == text::VerbForm::past_participle ||
                           f.wi.verb_form == text::VerbForm::past_or_participle);
  if (!participle && f.word != m.w_by && f.word != m.w_from && f.word != m.w_in) return -1;
  // The place of release right after the participle (and its time) or the
  // noun: "released Tuesday in Kigali", not "sent to stockholders in Texas".
  const std::uint32_t in_at = participle ? skip_time(m, a, n + 1, g.start) : n;
  std::int32_t place = -1;
  for (std::uint32_t u = n; u < g.start; ++u) {
    const auto w = a.tok[u].word;
    if (w != m.w_by && w != m.w_from && !(w == m.w_in && u == in_at)) continue;
    // The mention after the preposition, over determiners and lower-case
    // adjectives ("in the Rwandan capital"): by/from name the author, in the place.
    std::uint32_t v = u + 1;
    while (v < g.start && a.mention_at[v] < 0 && (a.tok[v].cls & kDeterminer)) ++v;
    if (v >= g.start || a.mention_at[v] < 0) continue;
    const auto idx = a.mention_at[v];
    const Mention& x = a.mentions[static_cast<std::size_t>(idx)];
    if (x.tb != v || x.ref.kind == Ref::kNone || x.kind == MentionKind::pronoun) continue;
    if (w != m.w_in) return idx;
    if (place >= 0) continue;
    Actor at;
    materialise(m, a, x.ref, at);
    // A country, or the country its capital names ("issued in Tehran").
    if (at.type == ActorType::country || x.how == How::metonym) place = idx;
  }
  return place;
}

std::int32_t inverted_subject(const Model& m, const Analysis& a, std::uint32_t head, std::uint32_t last) {
  (void)m;
  std::uint32_t t = head + 1;
  if (t >= last) return -1;
  auto idx = a.mention_at[t];
  if (idx < 0) return -1;
  const Mention& x = a.mentions[static_cast<std::size_t>(idx)];
  if (x.tb != t || x.possessor) return -1;
  if (x.te < last && !(a.tok[x.te].flags & text::kPunct)) return -1;
  return idx;
}

}  // namespace actorgraph::extract
