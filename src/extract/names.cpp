#include "extract/names.hpp"

#include <algorithm>

namespace actorgraph::extract {
namespace {

constexpr auto kHead = static_cast<std::size_t>(NameWhere::head);
constexpr auto kFirst = static_cast<std::size_t>(NameWhere::first);
constexpr auto kBefore = static_cast<std::size_t>(NameWhere::before);
constexpr auto kAfter = static_cast<std::size_t>(NameWhere::after);
constexpr std::int8_t kPerson = static_cast<std::int8_t>(NameType::person);
constexpr std::int8_t kOrganization = static_cast<std::int8_t>(NameType::organization);
constexpr std::int8_t kPlace = static_cast<std::int8_t>(NameType::place);

struct Votes {
  NameClass best;
  void add(std::int8_t type, std::uint8_t sector, std::uint8_t strength) {
    if (type < 0) return;
    if (best.type < 0 || strength > best.strength) best = {type, sector, strength};
  }
};

bool lower_word(const Analysis& a, std::uint32_t t) {
  return !(a.tok[t].flags & (text::kPunct | text::kCapitalised | text::kAllCaps | text::kNumber));
}

/// A subject or possessive pronoun a few words after the name, in its clause:
/// "Vieira said he", "Ryanair said its profits": he/she/his/her say person,
/// its says organisation.
std::int8_t pronoun_after(const Analysis& a, std::uint32_t e, std::uint32_t last) {
  for (std::uint32_t t = e; t < last && t < e + 5; ++t) {
    const auto& d = a.tok[t];
    if ((d.flags & text::kPunct) && a.norm(t) != ",") return -1;
    // Only a verb, an adverb or "that" between: "a House member said he" is the member's.
    if (!(d.flags & text::kPunct) && !(d.cls & (kPronounPerson | kPronounIt | kPronounPlural | kPronounFirst | kAux)) &&
        !(d.wi.pos & (text::kVerb | text::kAdv)) && a.norm(t) != "that")
      return -1;
    if (d.cls & kPronounPerson) return kPerson;
    if ((d.cls & kPronounIt) && a.norm(t) == "its") return kOrganization;
    if (d.cls & (kPronounIt | kPronounPlural | kPronounFirst)) return -1;
  }
  return -1;
}

}  // namespace

std::uint64_t name_hash(const Analysis& a, std::uint32_t b, std::uint32_t e) noexcept {
  std::uint64_t h = 1469598103934665603ull;
  for (std::uint32_t t = b; t < e; ++t) {
    for (char c : a.norm(t)) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h = (h ^ 32u) * 1099511628211ull;
  }
  return h;
}

ActorType name_actor_type(std::int8_t type) noexcept {
  switch (type) {
    case static_cast<std::int8_t>(NameType::person): return ActorType::person;
    case static_cast<std::int8_t>(NameType::organization): return ActorType::organization;
    case static_cast<std::int8_t>(NameType::group): return ActorType::group;
    default: return ActorType::unknown;
  }
}

NameClass classify_name(const Model& m, const Analysis& a, std::uint32_t b, std::uint32_t e, std::uint32_t first,
                        std::uint32_t last) {
  Votes v;
  const std::uint32_t words = e - b;
  // "Association of African Jurists": the head is the word before "of"/"for".
  std::uint32_t h = e - 1;
  for (std::uint32_t t = b + 1; t + 1 < e; ++t)
    if (a.tok[t].word == m.w_of || a.tok[t].word == m.w_for) {
      h = t - 1;
      break;
    }
  const NameWordInfo* head = m.name_word(a.tok[h].word);
  const NameWordInfo* given = m.name_word(a.tok[b].word);
  const bool given_name = words >= 2 && given && given->type[kFirst] == kPerson;
  if (head && head->type[kHead] >= 0) {
    if (words == 1) {
      // "the Guardian", "The Times": a newspaper's one-word name.
      if (m.name_sector(head->sector[kHead]) == "MED" && b > first && a.tok[b - 1].word == m.w_the)
        return {kOrganization, head->sector[kHead], 3};
      return {-1, 0, 3};  // "Association", "Cup": a capitalised common noun
    }
    // "Stuart Hall", "Doris Day", "Michael Bay": a given name and a surname
    // that is also a place or event word are a person.
    const bool org_head = head->type[kHead] == kOrganization ||
                          head->type[kHead] == static_cast<std::int8_t>(NameType::group);
    if (given_name && words == 2 && !org_head) v.add(kPerson, 0, 3);
    else v.add(head->type[kHead], head->sector[kHead], 3);
  }
  // "Mr Howard", "Dr Who", "Sir Alex Ferguson".
  if (b > first && (a.tok[b - 1].cls & kTitle)) v.add(kPerson, 0, 3);
  if (words >= 2 && given && given->type[kFirst] >= 0) v.add(given->type[kFirst], given->sector[kFirst], 2);
  if (b > first && !(a.tok[b - 1].flags & text::kPunct)) {
    if (const NameWordInfo* w = m.name_word(a.tok[b - 1].word); w && w->type[kBefore] >= 0)
      v.add(w->type[kBefore], w->sector[kBefore], 2);
    // "the city of Basra", "the province of Helmand".
    if (b > first + 1 && a.tok[b - 1].word == m.w_of)
      if (const NameWordInfo* w = m.name_word(a.tok[b - 2].word); w && w->type[kBefore] == kPlace)
        v.add(kPlace, 0, 2);
  }
  if (e < last) {
    std::uint32_t t = e;
    if (a.tok[t].word == m.w_s && t + 1 < last) ++t;  // "Ryanair's shares"
    if (lower_word(a, t))
      if (const NameWordInfo* w = m.name_word(a.tok[t].word); w && w->type[kAfter] >= 0)
        v.add(w->type[kAfter], w->sector[kAfter], 2);
  }
  if (std::int8_t p = pronoun_after(a, e, last); p >= 0) v.add(p, 0, p == kPerson ? 2 : 1);
  if (v.best.type < 0)
    if (int place = m.whole_name(name_hash(a, b, e)); place >= 0) v.add(static_cast<std::int8_t>(place), 0, 1);
  // "NASA", "IRB": an acronym names a body (not a dateline's "BHOPAL,").
  // An acronym before a lower-case noun qualifies it ("ID cards", "DVD players").
  const bool before_noun = e < last && lower_word(a, e) && (a.tok[e].wi.pos & text::kNoun) &&
                           !(a.tok[e].wi.pos & (text::kVerb | text::kAdv | text::kPreposition));
  if (v.best.type < 0 && words == 1 && (a.tok[b].flags & text::kAllCaps) && a.norm(b).size() >= 2 &&
      a.norm(b).size() <= 5 && !(b == first && e < last && a.norm(e) == ",") && !before_noun)
    v.add(kOrganization, 0, 1);
  if (v.best.type < 0 && words >= 2) {
    // A name of words the lexicon does not know ("Koji Tokumasu") is a
    // person's more often than not; one of common words ("Best Buy", "Stop
    // Murder Music") an organisation's.
    const bool first_own = a.tok[b].wi.pos == 0 || (given && given->type[kFirst] == kPerson);
    const bool own_words = words <= 3 && a.tok[e - 1].wi.pos == 0 && first_own;
    v.add(own_words ? kPerson : kOrganization, 0, 0);
  }
  return v.best;
}

/// "Honeywell sues Apple" in a headline, "Honeywell International Inc said"
/// later: a one-word name nothing types where it stands takes the type the
/// article gives it later, in the capitalised run that holds the same word.
NameClass later_use(const Model& m, const Analysis& a, std::uint32_t b, std::uint32_t& run_b, std::uint32_t& run_e) {
  const std::string_view word = a.norm(b);
  const auto& sents = a.doc.sentences;
  auto capital = [&](std::uint32_t k) {
    return (a.tok[k].flags & (text::kCapitalised | text::kAllCaps)) && !(a.tok[k].flags & text::kPunct);
  };
  std::size_t si = 0;
  for (std::uint32_t t = b + 1; t < a.tok.size(); ++t) {
    if (!capital(t) || a.norm(t) != word) continue;
    while (si < sents.size() && sents[si].last <= t) ++si;
    if (si >= sents.size()) break;
    const std::uint32_t first = sents[si].first, last = sents[si].last;
    std::uint32_t rb = t, re = t + 1;
    while (rb > first && capital(rb - 1) && !(a.tok[rb - 1].cls & (kDeterminer | kNonName | kTitle))) --rb;
    while (re < last && capital(re)) {
      const NameWordInfo* h = m.name_word(a.tok[re].word);
      if ((a.tok[re].cls & kNonName) && !(h && h->type[kHead] >= 0)) break;  // "Inc", "Corp" are heads
      ++re;
    }
    const NameClass c = classify_name(m, a, rb, re, first, last);
    if (c.type >= 0 && c.strength >= 2) {
      run_b = rb;
      run_e = re;
      return {c.type, c.sector, 1};
    }
  }
  return {};
}

NameClass type_name(const Model& m, Analysis& a, std::uint64_t hash, std::uint32_t b, std::uint32_t e,
                    std::uint32_t first, std::uint32_t last, std::uint32_t* full_b, std::uint32_t* full_e) {
  NameClass c = classify_name(m, a, b, e, first, last);
  // Only in the headline and the lead, where names come before the text gives them in full.
  const std::uint32_t lead = a.doc.sentences.size() > 2 ? a.doc.sentences[2].first : static_cast<std::uint32_t>(a.tok.size());
  if (c.type < 0 && c.strength == 0 && e == b + 1 && full_b && full_e && b < lead) c = later_use(m, a, b, *full_b, *full_e);
  auto it = std::find_if(a.names.begin(), a.names.end(), [&](const NameMemo& x) { return x.hash == hash; });
  if (it == a.names.end()) {
    if (c.type >= 0) a.names.push_back({hash, c});
    return c;
  }
  if (c.type >= 0 && c.strength > it->cls.strength) it->cls = c;
  return c.strength >= it->cls.strength && c.type >= 0 ? c : it->cls;
}

}  // namespace actorgraph::extract
