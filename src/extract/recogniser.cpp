#include "extract/recogniser.hpp"

#include <algorithm>

#include "actorgraph/syntax.hpp"
#include "extract/names.hpp"
#include "extract/parse_sentence.hpp"

namespace actorgraph::extract {
namespace {

using text::kAllCaps;
using text::kCapitalised;
using text::kPunct;
using text::kSentenceStart;

/// One raw trie match before composition.
struct Raw {
  std::uint32_t tb = 0, te = 0;
  FormKind kind = FormKind::name;
  std::uint32_t index = 0;
  bool plural = false;
  bool alias = false;
};

/// How a raw match named its entry.
How how_of(const Raw& r) {
  switch (r.kind) {
    case FormKind::name: return r.alias ? How::alias : How::name;
    case FormKind::surname: return How::surname;
    case FormKind::adjective: return How::adjective;
    case FormKind::metonym: return How::metonym;
    case FormKind::agent: return How::agent;
  }
  return How::name;
}

int priority(FormKind k) {
  switch (k) {
    case FormKind::name: return 5;
    case FormKind::metonym: return 4;
    case FormKind::adjective: return 3;
    case FormKind::agent: return 2;
    case FormKind::surname: return 1;
  }
  return 0;
}

bool case_ok(const Analysis& a, std::uint32_t start, std::uint32_t len, const FormTarget& t) {
  for (std::uint32_t j = 0; j < len && j < 32; ++j) {
    auto f = a.tok[start + j].flags;
    if ((t.caps_mask >> j) & 1u) {
      if (!(f & kAllCaps)) return false;
    } else if ((t.cap_mask >> j) & 1u) {
      if (!(f & (kCapitalised | kAllCaps))) return false;
    }
  }
  return true;
}

/// The unknown name of two or more words an earlier sentence gave that ends in
/// the word at t ("Michael Howard ... Mr Howard"), as an index into
/// a.mentions, or -1. Only earlier sentences' mentions are in a.mentions
/// while a sentence's words are matched.
std::int32_t earlier_full_name(const Analysis& a, std::uint32_t t) {
  std::string_view w = a.norm(t);
  for (std::size_t k = a.mentions.size(); k-- > 0;) {
    const Ref& y = a.mentions[k].ref;
    if (a.mentions[k].kind != MentionKind::unknown) continue;  // the name itself, not a pronoun of it
    if (y.kind != Ref::kUnknown || y.ue < y.ub + 2 || y.ue > a.tok.size()) continue;
    if (a.norm(y.ue - 1) == w) return static_cast<std::int32_t>(k);
    // "Honeywell International Inc ... Honeywell": a body's first word.
    const bool body = y.agent < 0 && (y.name_type == static_cast<std::int8_t>(NameType::organization) ||
                                      y.name_type == static_cast<std::int8_t>(NameType::group));
    if (body && a.norm(y.ub) == w) return static_cast<std::int32_t>(k);
  }
  return -1;
}

/// How many mentions of the article so far name an actor of country `iso`.
int country_mentions(const Model& m, const Analysis& a, std::string_view iso) {
  if (iso.empty()) return 0;
  int n = 0;
  for (const auto& x : a.mentions)
    if ((x.ref.kind == Ref::kEntry || x.ref.kind == Ref::kDerived) && x.ref.entry >= 0 &&
        m.actors()[static_cast<std::size_t>(x.ref.entry)].actor.country == iso)
      ++n;
  return n;
}

/// Dictionary person `person` is named in full (a name form of two words or
/// more ending in the surname at tb) later in the article.
bool named_later(const Model& m, const Analysis& a, std::uint32_t tb, std::uint32_t person) {
  const auto word = a.tok[tb].word;
  if (word == kNoWord) return false;
  for (std::uint32_t t = tb + 1; t < a.tok.size(); ++t) {
    if (a.tok[t].word != word) continue;
    for (std::uint32_t k = 1; k <= 3 && k <= t; ++k) {
      std::uint32_t node = 0;
      for (std::uint32_t j = t - k; j <= t && (node = m.trie().child(node, a.tok[j].word)) != 0;) ++j;
      if (node == 0) continue;
      for (const auto& x : m.trie().targets(node))
        if (x.kind == FormKind::name && x.index == person) return true;
    }
  }
  return false;
}

/// How safely a surname at tb names dictionary person `person`: 3 named in full
/// before in the article, 2 a leader in office on the article date, 1 after a
/// title ("Mr Brown"), 0 not at all.
int surname_rank(const Model& m, const Analysis& a, std::uint32_t tb, std::uint32_t person,
                 const std::vector<std::int32_t>& seen) {
  // Before another unknown capitalised word it is a given name, not this
  // person's surname: "Mahmud Abbas" is no "Mahmud"; so is a given name
  // before any capitalised word ("Charles Kennedy" is no King Charles).
  if (tb + 1 < a.tok.size()) {
    const auto& n = a.tok[tb + 1];
    const NameWordInfo* w = m.name_word(a.tok[tb].word);
    const bool given = w && w->type[static_cast<std::size_t>(NameWhere::first)] == static_cast<std::int8_t>(NameType::person);
    if ((n.flags & kCapitalised) && !(n.flags & (kPunct | kAllCaps)) && (n.wi.pos == 0 || given) && !(n.cls & kNonName))
      return 0;
  }
  // After an unknown capitalised word it is someone else's surname: "Michael
  // Howard" is not John Howard, "Charles Kennedy" not John F. Kennedy.
  if (tb > 0) {
    const auto& p = a.tok[tb - 1];
    // A given name is unknown to the lexicon or a plain noun ("Michael", "Chris"), even
    // opening the sentence; titles ("President", "Mr") and initials ("Vladimir V. Putin") are not.
    std::string_view pw = a.norm(tb - 1);
    const bool initial = pw.size() <= 2;
    if ((p.flags & kCapitalised) && !(p.flags & (kPunct | kAllCaps)) && (p.wi.pos & ~text::kNoun) == 0 &&
        !(p.cls & (kNonName | kTitle)) && !initial)
      return 0;
  }
  if (std::find(seen.begin(), seen.end(), static_cast<std::int32_t>(person)) != seen.end()) return 3;
  // "Blair defends Iraq policy" over a story that names Tony Blair in full
  // (in the headline and the lead, where names come before the text gives them in full).
  const std::uint32_t lead = a.doc.sentences.size() > 2 ? a.doc.sentences[2].first : static_cast<std::uint32_t>(a.tok.size());
  if (tb < lead && named_later(m, a, tb, person)) return 3;
  // Someone the article named in full before, whom the dictionary does not know.
  if (earlier_full_name(a, tb) >= 0) return 0;
  if (m.is_leader(person, a.date)) return 2;
  return tb > 0 && (a.tok[tb - 1].cls & kTitle) != 0 ? 1 : 0;
}

/// How well dictionary person p fits a surname at tb in an undated article,
/// among persons of one country sharing it ("President Bush", "Mrs Clinton"):
/// a role titled as the word before it, the gender of "Mr"/"Mrs", then the
/// latest role start (news is mostly about the most recent holder).
std::string undated_preference(const Model& m, const Analysis& a, std::uint32_t tb, std::uint32_t p) {
  const auto& e = m.actors()[p];
  std::string_view title = tb > 0 && (a.tok[tb - 1].cls & kTitle) ? a.norm(tb - 1) : std::string_view();
  char fits = '0';
  if (!title.empty()) {
    for (const auto& r : e.roles)
      if (r.title == title) fits = '2';
    const char g = e.gender.empty() ? 0 : e.gender[0];
    if (fits == '0' && ((g == 'm' && (title == "mr" || title == "mr.")) ||
                        (g == 'f' && (title == "mrs" || title == "mrs." || title == "ms" || title == "ms." || title == "miss"))))
      fits = '1';
  }
  std::string latest;
  for (const auto& r : e.roles) latest = std::max(latest, r.from);
  return fits + latest;
}

/// The dictionary holder of `title` for `where` on the article's date, or -1.
/// With no date the dictionary's current holder is only a guess (an undated
/// 2004 story's "Israeli prime minister" is not today's): then only a holder the
/// article has named in full counts, and the title stays its country's organ.
int dated_holder(const Model& m, const Analysis& a, const std::vector<std::int32_t>& seen, std::string_view title,
                 std::string_view where) {
  int h = m.holder(title, where, a.date);
  if (h >= 0 && a.date.empty() && std::find(seen.begin(), seen.end(), h) == seen.end()) return -1;
  return h;
}

/// Longest acceptable trie match at token i (returns false when none).
bool match_at(const Model& m, const Analysis& a, std::uint32_t i, std::uint32_t last,
              const std::vector<std::int32_t>& seen, Raw& out) {
  const Trie& trie = m.trie();
  std::uint32_t node = 0;
  bool found = false;
  for (std::uint32_t j = i; j < last; ++j) {
    auto w = a.tok[j].word;
    if (w == kNoWord) break;
    node = trie.child(node, w);
    if (node == 0) break;
    const FormTarget* best = nullptr;
    int best_rank = 0;
    bool tie = false;  // two persons share the surname and nothing prefers one
    for (const auto& t : trie.targets(node)) {
      if (!case_ok(a, i, j - i + 1, t)) continue;
      int rank = 0;
      if (t.kind == FormKind::surname && (rank = surname_rank(m, a, i, t.index, seen)) == 0) continue;
      if (!best || priority(t.kind) > priority(best->kind)) {
        best = &t;
        best_rank = rank;
        tie = false;
      } else if (t.kind == FormKind::surname && best->kind == FormKind::surname && t.index != best->index) {
        // "Mr Brown": Gordon Brown named before, or the one in office, or no one.
        if (rank > best_rank) {
          best = &t;
          best_rank = rank;
          tie = false;
        } else if (rank == best_rank &&
                   m.actors()[t.index].actor.country != m.actors()[best->index].actor.country) {
          tie = true;  // the same country's code either way ("President Bush") is no tie
        } else if (rank == best_rank && a.date.empty() && undated_preference(m, a, i, t.index) >
                                                             undated_preference(m, a, i, best->index)) {
          best = &t;  // with no date: the one the title fits, else the most recent
        }
      }
    }
    if (best && best->kind == FormKind::surname && tie) {
      // Persons of several countries share the surname at the same rank: the
      // one whose country the article has named more ("Mr Blair" after Labour).
      const FormTarget* pick = nullptr;
      int pick_n = -1;
      bool still_tied = false;
      for (const auto& t : trie.targets(node)) {
        if (t.kind != FormKind::surname || !case_ok(a, i, j - i + 1, t) ||
            surname_rank(m, a, i, t.index, seen) != best_rank)
          continue;
        int n = country_mentions(m, a, m.actors()[t.index].actor.country);
        if (n > pick_n) {
          pick = &t;
          pick_n = n;
          still_tied = false;
        } else if (n == pick_n && m.actors()[t.index].actor.country != m.actors()[pick->index].actor.country) {
          still_tied = true;
        }
      }
      if (pick && !still_tied && pick_n > 0) {
        best = pick;
        tie = false;
      }
    }
    if (best && !(best->kind == FormKind::surname && tie)) {
      out = {i, j + 1, best->kind, best->index, best->plural, best->alias};
      found = true;
    }
  }
  return found;
}

/// A place in capitals opening the article's first text sentence and followed by
/// "(", ",", ":" or a dash is the dateline ("NEW YORK (Reuters) -", "GAZA CITY,"):
/// where the story was filed, not an actor of it.
bool dateline(const Model& m, const Analysis& a, std::uint32_t si, const Raw& r) {
  if (si != (a.shift > 0 ? 1u : 0u)) return false;
  if (r.kind != FormKind::name && r.kind != FormKind::metonym) return false;
  if (m.actors()[r.index].actor.type != ActorType::country) return false;
  if (r.te >= a.tok.size() || !(a.tok[r.te].flags & kPunct)) return false;
  for (std::uint32_t t = r.tb; t < r.te; ++t)
    if (!(a.tok[t].flags & kAllCaps) || a.norm(t).size() < 3) return false;
  auto p = a.norm(r.te);
  return p == "(" || p == "," || p == ":" || p == "-";
}

/// The end of the source credits and datelines that open an article's first
/// text sentence, each closed by a dash before a capitalised word: "AFP -",
/// "Reuters -", "(AGI) -", "Canadian Press - VANCOUVER (CP) -", "BAGHDAD
/// (Reuters) -", "Florence, Italy, Oct.18 -". A segment is capitalised words,
/// numbers, commas, periods and brackets only, and names a news medium or a
/// place, or is an acronym in brackets; it is who filed the story and where,
/// no actor of it. Returns s.first when there is none.
std::uint32_t preamble_end(const Model& m, const Analysis& a, std::uint32_t si,
                           const std::vector<std::int32_t>& seen) {
  const text::Sentence& s = a.doc.sentences[si];
  if (si != (a.shift > 0 ? 1u : 0u)) return s.first;
  std::uint32_t pos = s.first;
  for (int segment = 0; segment < 3; ++segment) {
    std::uint32_t dash = pos;
    while (dash < s.last && dash < pos + 12 && a.norm(dash) != "-" && a.norm(dash) != "--") ++dash;
    if (dash == pos || dash >= s.last || dash + 1 >= s.last || dash >= pos + 12) break;
    const auto& after = a.tok[dash + 1];
    if (!(after.flags & (kCapitalised | kAllCaps)) || (after.flags & kPunct)) break;
    bool plain = true, source = false, bracket = false;
    for (std::uint32_t t = pos; t < dash && plain; ++t) {
      const auto& d = a.tok[t];
      std::string_view w = a.norm(t);
      if (d.flags & kPunct) {
        plain = w == "(" || w == ")" || w == "," || w == ".";
        bracket = bracket || w == "(";
      } else {
        plain = (d.flags & (kCapitalised | kAllCaps | text::kNumber)) != 0;
      }
    }
    if (!plain) break;
    for (std::uint32_t t = pos; t < dash && !source;) {
      Raw r;
      if (!match_at(m, a, t, dash, seen, r)) {
        // A name in brackets before the dash: "(AGI)", "(CP)", "(Sample Wire)".
        if (bracket && (a.tok[t].flags & (kAllCaps | kCapitalised)) && t > pos && a.norm(t - 1) == "(") {
          std::uint32_t k = t;
          while (k < dash && (a.tok[k].flags & (kAllCaps | kCapitalised)) && !(a.tok[k].flags & kPunct)) ++k;
          source = k < dash && a.norm(k) == ")";
        }
        ++t;
        continue;
      }
      const auto type = r.kind == FormKind::agent ? m.agents()[r.index].type : m.actors()[r.index].actor.type;
      source = type == ActorType::media || (r.kind != FormKind::agent && type == ActorType::country);
      t = r.te;
    }
    if (!source) break;
    pos = dash + 1;
  }
  return pos;
}

/// "Vietnamese-led forces", "US-led coalition": a capitalised token "<X>-led"
/// (run, dominated, commanded, ruled) names X's country as an adjective would.
/// Other compounds ("Russian-backed", "UK-based") name someone else.
bool led_compound(const Model& m, const Analysis& a, std::uint32_t i, Raw& out) {
  const auto& d = a.tok[i];
  if (!(d.flags & (kCapitalised | kAllCaps)) || (d.flags & kPunct) || d.word != kNoWord) return false;
  std::string_view w = a.norm(i);
  auto dash = w.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  static constexpr std::string_view kLed[] = {"led", "run", "dominated", "commanded", "ruled"};
  std::string_view suffix = w.substr(dash + 1);
  bool led = false;
  for (auto x : kLed) led = led || suffix == x;
  if (!led) return false;
  auto id = m.vocab().find(w.substr(0, dash));
  if (id == kNoWord) return false;
  std::uint32_t node = m.trie().child(0, id);
  if (node == 0) return false;
  const FormTarget* best = nullptr;
  for (const auto& t : m.trie().targets(node)) {
    if (t.kind == FormKind::adjective) { best = &t; break; }
    if ((t.kind == FormKind::name || t.kind == FormKind::metonym) &&
        m.actors()[t.index].actor.type == ActorType::country && !best)
      best = &t;
  }
  if (!best) return false;
  out = {i, i + 1, FormKind::adjective, best->index, false, false};
  return true;
}

bool is_person_entry(const Model& m, const Raw& r) {
  return (r.kind == FormKind::name || r.kind == FormKind::surname) &&
         m.actors()[r.index].actor.type == ActorType::person;
}

/// The country-like entry a raw match can qualify an agent with, or -1.
int qualifier(const Model& m, const Raw& r) {
  if (r.kind == FormKind::adjective) return static_cast<int>(r.index);
  if (r.kind == FormKind::name || r.kind == FormKind::metonym) {
    auto t = m.actors()[r.index].actor.type;
    if (t == ActorType::country || t == ActorType::organization) return static_cast<int>(r.index);
  }
  return -1;
}

/// Tokens [b, e) may stand between a qualifier and its agent ("armed", "'s").
/// After a name (`after_name`), a finite verb form right after it is its
/// predicate, not a modifier: "Georgia received military aid" is no
/// "Georgia received military" (but "Russia's armed forces" is one agent).
bool modifier_gap(const Model& m, const Analysis& a, std::uint32_t b, std::uint32_t e, bool after_name) {
  if (e < b || e - b > 3) return false;
  for (std::uint32_t t = b; t < e; ++t) {
    if (t == b && after_name && a.tok[t].word == m.w_s) continue;
    const auto& d = a.tok[t];
    if (t == b && after_name &&
        (d.wi.verb_form == text::VerbForm::past || d.wi.verb_form == text::VerbForm::past_or_participle ||
         d.wi.verb_form == text::VerbForm::third_singular))
      return false;
    if (d.flags & (kPunct | kCapitalised | kAllCaps)) return false;
    if (!(d.wi.pos & (text::kAdj | text::kNoun))) return false;
    if (d.cls & (kDeterminer | kRelative | kCoord)) return false;
  }
  return true;
}

/// Tokens [b, e) may stand between "rebels in" and the country: nothing,
/// "the", or up to three lower-case modifiers ("the Ivory Coast",
/// "military-ruled Myanmar", "neighbouring Pakistan").
bool place_gap(const Model& m, const Analysis& a, std::uint32_t b, std::uint32_t e) {
  if (e < b || e - b > 3) return false;
  for (std::uint32_t t = b; t < e; ++t) {
    const auto& d = a.tok[t];
    if (d.word == m.w_the) continue;
    if (d.flags & (kPunct | kCapitalised | kAllCaps | text::kNumber)) return false;
    if (d.cls & (kDeterminer | kRelative | kCoord | kNegator | kAux)) return false;
    if (d.wi.pos & (text::kVerb | text::kPreposition | text::kConjunction | text::kPronoun | text::kAuxiliary) &&
        !(d.wi.pos & text::kAdj) && a.norm(t).find('-') == std::string_view::npos)
      return false;
  }
  return true;
}

/// The word after a sentence-opening agent starts its predicate or a place
/// ("Police arrested", "Police shot", "Police in Kenya"), not a compound noun
/// ("Government spending").
bool opens_clause(const text::WordInfo& w) {
  if (w.pos & text::kPreposition) return true;
  // Not a third-person -s form: "Government troops", "Public finances" are nouns.
  if (w.verb_form == text::VerbForm::past || w.verb_form == text::VerbForm::past_or_participle) return true;
  return !(w.pos & text::kNoun);
}

/// Only brackets (or nothing) between b and e: "[President]Xi".
bool bracket_gap(const Model& m, const Analysis& a, std::uint32_t b, std::uint32_t e) {
  for (std::uint32_t t = b; t < e; ++t)
    if (a.tok[t].word != m.w_lbr && a.tok[t].word != m.w_rbr) return false;
  return e - b <= 2;
}

/// A capitalised word the lexicon knows as a common noun ("Securities",
/// "Drug", "Commission"), not a name.
bool capitalised_noun(const Analysis& a, std::uint32_t t) {
  const auto& d = a.tok[t];
  return (d.flags & kCapitalised) && !(d.flags & (kPunct | kAllCaps | text::kNumber)) && (d.wi.pos & text::kNoun);
}

/// The head nouns of an institution's name ("… Commission", "… Ministry").
bool institution_head(std::string_view w) {
  static constexpr std::string_view kHeads[] = {
      "administration", "agency",     "association", "authority", "board",     "bureau",     "commission",
      "committee",      "council",    "court",       "department", "directorate", "federation", "fund",
      "institute",      "ministry",   "office",      "organisation", "organization", "service", "tribunal"};
  for (auto h : kHeads)
    if (w == h) return true;
  return false;
}

/// "and" at `t` inside one capitalised institution name: common nouns on both
/// sides and the capitalised run after it ending in an institution's head
/// ("Securities and Exchange Commission", "Food and Drug Administration",
/// "Trade and Industry Ministry"), so that two parties ("Bush and Gorbachev",
/// "Apple Computer and Cisco Systems") stay two.
bool inner_coordination(const Analysis& a, std::uint32_t t, std::uint32_t last) {
  if (t == 0 || t + 2 >= last || !capitalised_noun(a, t - 1) || !capitalised_noun(a, t + 1)) return false;
  std::uint32_t e = t + 1;
  while (e < last && capitalised_noun(a, e)) ++e;
  return e > t + 2 && institution_head(a.norm(e - 1));
}

/// A holiday or a time zone ("Christmas", "GMT"): a time, not a name.
bool time_word(std::string_view w) {
  static constexpr std::string_view kTimes[] = {"christmas", "easter", "ramadan", "eid", "thanksgiving", "hanukkah",
                                                "diwali", "gmt", "bst", "est", "edt", "cet", "utc", "pst", "pdt"};
  for (auto x : kTimes)
    if (w == x) return true;
  return false;
}

/// A month abbreviation ("Oct 19", "Feb. 26"): a date, not a name.
bool month_abbreviation(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                                 "sep", "sept", "oct", "nov", "dec"};
  for (auto x : kMonths)
    if (w == x) return true;
  return false;
}

/// A capitalised hyphenated word that is a modifier or a code, not a name:
/// a prefix before it ("Ex-chatshow host", "Anti-war protesters"), a
/// non-noun word after the last hyphen ("London-based", "State-owned",
/// "Non-refundable", "Year-ago"), or a grade or type code ("BBB-plus",
/// "A-1", "Baa-3", "M-1", "F-16"). Names keep a noun or an unknown word at the
/// end ("Kilroy-Silk", "Coca-Cola", "Wal-Mart", "Spider-Man").
bool hyphenated_non_name(std::string_view w) {
  auto first_dash = w.find('-');
  auto last_dash = w.rfind('-');
  if (first_dash == std::string_view::npos || first_dash == 0 || last_dash + 1 >= w.size()) return false;
  std::string_view head = w.substr(0, first_dash), tail = w.substr(last_dash + 1);
  static constexpr std::string_view kPrefixes[] = {"ex",   "anti", "pro",  "non",   "pre",   "post",
                                                   "mid",  "semi", "self", "multi", "quasi", "counter",
                                                   "neo",  "pan",  "sub",  "inter", "intra", "over", "under"};
  for (auto x : kPrefixes)
    if (head == x) return true;
  if (tail == "plus" || tail == "minus") return true;
  const bool digits = std::all_of(tail.begin(), tail.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits && head.size() <= 4) return true;
  const auto wi = text::lookup(tail);
  return wi.pos != 0 && !(wi.pos & text::kNoun);
}

/// A sector of a role any country has (state organs, business, media,
/// civilians, labour, opposition, armed groups), which a country coordinated
/// before "<adjective> <agent>" shares; not ethnic or religious communities
/// ("Turkey and Iraqi Kurds" are no Turkish Kurds).
bool shared_role(std::string_view sector) {
  static constexpr std::string_view kRoles[] = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "BUS", "MED",
                                                "CVL", "LAB", "EDU", "OPP", "REB", "UAF", "PTY"};
  for (auto x : kRoles)
    if (sector == x) return true;
  return false;
}

/// A noun naming a weapon ("rockets", "missile", "tanks"), which a name
/// before it names the type of.
bool weapon_noun(std::string_view w) {
  static constexpr std::string_view kWeapons[] = {
      "rocket",  "rockets", "missile", "missiles",  "shell",      "shells",  "mortar",  "mortars", "bomb",
      "bombs",   "grenade", "grenades", "tank",     "tanks",      "helicopter", "helicopters", "rifle", "rifles",
      "jet",     "jets",    "drone",   "drones",    "warhead",    "warheads", "launcher", "launchers", "torpedo",
      "torpedoes", "mine",  "mines",   "fighter-bomber", "fighter-bombers", "gunship", "gunships"};
  for (auto x : kWeapons)
    if (w == x) return true;
  return false;
}

/// A company's legal suffix ("Corp", "Inc.", "plc", "AG").
bool legal_suffix(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.",
                                                   "plc", "ag", "sa", "nv", "corporation"};
  for (auto x : kSuffixes)
    if (w == x) return true;
  return false;
}

/// Every word of [b, e) is in capitals, and there are at least three.
bool all_capitals(const Analysis& a, std::uint32_t b, std::uint32_t e) {
  int words = 0;
  for (std::uint32_t t = b; t < e; ++t) {
    const auto f = a.tok[t].flags;
    if (f & (kPunct | text::kNumber)) continue;
    if (!(f & kAllCaps) && a.norm(t).size() > 1) return false;
    ++words;
  }
  return words >= 3;
}

/// Most words of [b, e) are capitalised (at least four words, three in four
/// capitalised): a headline in title case.
bool title_case(const Analysis& a, std::uint32_t b, std::uint32_t e) {
  int words = 0, caps = 0;
  for (std::uint32_t t = b; t < e; ++t) {
    const auto f = a.tok[t].flags;
    if (f & (kPunct | text::kNumber)) continue;
    ++words;
    if (f & (kCapitalised | kAllCaps)) ++caps;
  }
  return words >= 4 && caps * 4 >= words * 3;
}

/// A US state's abbreviation after a comma: "SANTA CRUZ, Calif., Feb 26",
/// "Newark, N.J.-based": part of a place, not a name.
bool state_after_comma(const Analysis& a, std::uint32_t i, std::uint32_t first) {
  if (i <= first || a.norm(i - 1) != ",") return false;
  std::string_view w = a.norm(i);
  // With its period, or closed by a comma ("La Traviata", "Del Fava" are names).
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  else if (i + 1 >= a.tok.size() || a.norm(i + 1) != ",") return false;
  static constexpr std::string_view kStates[] = {
      "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
      "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c",
      "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va", "wash", "w.va", "wis", "wyo"};
  for (auto x : kStates)
    if (w == x) return true;
  return false;
}

/// `start`: the word opens the sentence, or its text after a source credit.
bool unknown_start(const Analysis& a, std::uint32_t i, bool start) {
  const auto& d = a.tok[i];
  if (!(d.flags & (kCapitalised | kAllCaps)) || (d.flags & (kPunct | text::kNumber))) return false;
  if (d.cls & (kNonName | kPronounFirst | kPronounIt | kPronounPerson | kPronounPlural | kDeterminer |
               kRelative | kTitle | kCoord))
    return false;
  if (month_abbreviation(a.norm(i)) || time_word(a.norm(i))) return false;
  if (i > 0 && (a.norm(i) == "day" || a.norm(i) == "eve") && time_word(a.norm(i - 1))) return false;  // Christmas Day
  if ((d.flags & text::kHyphenated) && hyphenated_non_name(a.norm(i))) return false;
  if (start || (d.flags & kSentenceStart)) {
    if (d.wi.pos == 0 || ((d.flags & kAllCaps) && a.norm(i).size() >= 2)) return true;  // "NASA said"
    // "Acme Corp said": a company's legal suffix after the word.
    if (i + 1 < a.tok.size() && legal_suffix(a.norm(i + 1)) && (a.tok[i + 1].flags & (kCapitalised | kAllCaps)))
      return true;
    // A given name the lexicon knows only as a noun ("Michael", "Gordon")
    // before another capitalised noun or unknown word ("Howard"): a full name
    // opening the sentence.
    if (d.wi.pos != text::kNoun || i + 1 >= a.tok.size()) return false;
    const auto& n = a.tok[i + 1];
    return (n.flags & kCapitalised) && !(n.flags & (kPunct | kAllCaps | kSentenceStart)) &&
           !(n.wi.pos & (text::kDeterminer | text::kPreposition | text::kPronoun | text::kConjunction |
                         text::kAuxiliary)) &&
           !(n.cls & (kNonName | kTitle));
  }
  return !(d.wi.pos & (text::kDeterminer | text::kPreposition | text::kPronoun | text::kConjunction |
                       text::kAuxiliary));
}

/// A demonym that names an ethnic group rather than its state: after "ethnic"
/// ("ethnic Albanians", "ethnic Serb civilians") or after another country's
/// adjective ("Bosnian Serbs", "Croatian Serb refugees"). CAMEO codes such a
/// group by the country it lives in.
bool ethnic_use(const Analysis& a, const std::vector<Raw>& raw, std::size_t j, std::uint32_t first) {
  const Raw& r = raw[j];
  if (r.kind != FormKind::adjective) return false;
  if (r.tb > first && a.norm(r.tb - 1) == "ethnic") return true;
  return j > 0 && raw[j - 1].kind == FormKind::adjective && raw[j - 1].te == r.tb && raw[j - 1].index != r.index;
}

/// "refugees fleeing the civil war in Liberia", "guerrillas operating in
/// Macedonia", "militants based in Pakistan": a generic agent followed by a
/// participle takes the country the participle phrase names (a country entry
/// within six plain words, before any punctuation), or -1.
std::int32_t participle_place(const Model& m, const Analysis& a, const std::vector<Mention>& out, std::size_t j,
                              std::uint32_t last) {
  const Mention& x = out[j];
  if (x.te >= last) return -1;
  // A gerund, or a participle that cannot be the main verb ("condemned Russia" can).
  auto w = a.norm(x.te);
  if (a.tok[x.te].wi.verb_form != text::VerbForm::gerund && w != "based" && w != "stationed" && w != "trapped" &&
      w != "displaced" && w != "deployed")
    return -1;
  for (std::size_t k = j + 1; k < out.size(); ++k) {
    const Mention& y = out[k];
    if (y.tb > x.te + 7) break;
    for (std::uint32_t t = x.te; t < y.tb; ++t)
      if (a.tok[t].flags & kPunct) return -1;
    if (y.ref.kind == Ref::kEntry && !y.person && y.ref.entry >= 0 &&
        m.actors()[static_cast<std::size_t>(y.ref.entry)].actor.type == ActorType::country) {
      // A place ("operating in Macedonia"), or the land fled; not an object ("attacking Russia").
      auto p = a.norm(y.tb - 1);
      if (p == "in" || p == "from" || p == "inside" || w == "fleeing") return y.ref.entry;
      return -1;
    }
  }
  return -1;
}

/// A group no state fields: armed groups, rebels, the opposition, civilians,
/// refugees (by its agent's sector), or a religious or ethnic community
/// (`community`, "Shi'ite militiamen", "ethnic Albanians").
bool non_state_group(const Model& m, const Mention& x, bool community) {
  if (community) return true;
  if (x.ref.agent < 0) return false;
  const auto& sector = m.agents()[static_cast<std::size_t>(x.ref.agent)].sector;
  return sector == "UAF" || sector == "REB" || sector == "OPP" || sector == "CVL" || sector == "REF";
}

/// "The Israeli army killed two militants Saturday in an air strike in the
/// northern Gaza Strip": a non-state group (militants, rebels, protesters,
/// civilians, refugees) takes the country of a place phrase later in its clause
/// ("in/near/inside/across [the, modifiers] <place>", before any punctuation or
/// conjunction, within 16 words) rather than the country an earlier actor of
/// the sentence names (with no such actor the article's country decides, in
/// coref); -1 when there is none.
std::int32_t clause_place(const Model& m, const Analysis& a, const std::vector<Mention>& out, std::size_t j,
                          std::uint32_t last) {
  const Mention& x = out[j];
  if (!non_state_group(m, x, false)) return -1;
  std::uint32_t t = x.te;
  for (std::size_t k = j + 1; k < out.size(); ++k) {
    const Mention& y = out[k];
    if (y.tb > x.te + 16 || y.tb >= last) break;
    for (; t < y.tb; ++t)
      if ((a.tok[t].flags & kPunct) || (a.tok[t].cls & (kCoord | kRelative))) return -1;
    t = y.te;
    // A place is a country's name or its city's ("in Monrovia": a metonym).
    const bool metonym = y.how == How::metonym && y.ref.kind == Ref::kDerived;
    if ((y.ref.kind != Ref::kEntry && !metonym) || y.person || y.ref.entry < 0 || y.possessor || y.modifier ||
        m.actors()[static_cast<std::size_t>(y.ref.entry)].actor.type != ActorType::country ||
        m.entry_country(static_cast<std::uint32_t>(y.ref.entry)).empty())
      continue;
    // "near Cameroon border": the name qualifies a noun, the place is that noun's.
    if (y.te < last && !(a.tok[y.te].flags & (kPunct | kCapitalised | kAllCaps)) && (a.tok[y.te].wi.pos & text::kNoun))
      continue;
    for (std::uint32_t p = y.tb; p-- > x.te && p + 5 > y.tb;) {
      auto w = a.norm(p);
      if (w == "in" || w == "near" || w == "inside" || w == "across") {
        if (place_gap(m, a, p + 1, y.tb)) return y.ref.entry;
        break;
      }
    }
  }
  return -1;
}

/// The country of "in/near/inside/across <place>" later in the clause of
/// group mention j (clause_place for any group), or -1.
std::int32_t place_of_group(const Model& m, const Analysis& a, const std::vector<Mention>& out, std::size_t j,
                            std::uint32_t last) {
  for (std::size_t k = j + 1; k < out.size(); ++k) {
    const Mention& y = out[k];
    if (y.tb > out[j].te + 8 || y.tb >= last) break;
    for (std::uint32_t t = out[j].te; t < y.tb; ++t)
      if ((a.tok[t].flags & kPunct) || (a.tok[t].cls & (kCoord | kRelative))) return -1;
    if (y.ref.kind != Ref::kEntry || y.person || y.ref.entry < 0 ||
        m.actors()[static_cast<std::size_t>(y.ref.entry)].actor.type != ActorType::country ||
        m.entry_country(static_cast<std::uint32_t>(y.ref.entry)).empty())
      continue;
    const auto p = a.norm(y.tb - 1);
    if (p == "in" || p == "near" || p == "inside" || p == "across") return y.ref.entry;
  }
  return -1;
}

/// A conjunction that opens a subordinate clause ("as", "while", "when").
bool subordinator(std::string_view w) {
  static constexpr std::string_view kWords[] = {"as", "while", "when", "because", "since", "although",
                                                "though", "whereas", "if", "unless", "where", "whether"};
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

/// "U.S. forces killed more than 50 Shi'ite militiamen", "French soldiers fired
/// to disperse protesters": the group right after a verb of the actor that
/// ends at b (only determiners, numbers, modifiers or an infinitive between) is
/// the object of that actor's event, so the actor's country is not the group's.
/// A noun after the verb makes the group part of another phrase ("accepted
/// demands from rebels"); punctuation or a conjunction opens another clause
/// ("resigned as the opposition threatened"); a verb of saying opens a reported
/// clause whose subject the group is ("Iraqi police said militants attacked").
/// A participle right before the group qualifies it ("heavily armed militants")
/// unless it follows the actor.
bool counterpart(const Analysis& a, std::uint32_t b, std::uint32_t e) {
  bool verb = false;
  for (std::uint32_t t = b; t < e; ++t) {
    const auto& d = a.tok[t];
    const auto pos = d.wi.pos;
    const auto form = d.wi.verb_form;
    if ((d.flags & kPunct) || (d.cls & (kCoord | kRelative)) ||
        ((pos & text::kConjunction) && !(pos & text::kPreposition) && a.norm(t) != "than") || subordinator(a.norm(t))) {
      verb = false;
      continue;
    }
    const bool past = form == text::VerbForm::past || form == text::VerbForm::past_or_participle;
    bool v = (d.cls & kAux) || ((pos & text::kVerb) && (past || !(pos & (text::kNoun | text::kAdj))));
    if (v && t + 1 == e && t > b && (pos & text::kAdj)) v = false;
    if (!v) {
      if ((pos & text::kNoun) && !(d.flags & text::kNumber) &&
          !(pos & (text::kAdj | text::kAdv | text::kDeterminer | text::kPreposition | text::kPronoun)))
        verb = false;
      continue;
    }
    if (d.cls & kAux) continue;
    const std::string_view lemma = d.wi.verb_lemma;
    if (lemma == "say" || lemma == "tell" || lemma == "report" || lemma == "announce" || lemma == "add" ||
        lemma == "state" || lemma == "claim" || lemma == "believe" || lemma == "fear")
      return false;
    verb = true;
  }
  return verb;
}

/// The country of the article's dateline, where the story was filed
/// ("BAGHDAD (Reuters) -", "NAJAF, Iraq (Reuters) -", "GAZA CITY,"): the first
/// place named in the credits and datelines that open its first text sentence;
/// -1 when there is none.
std::int32_t dateline_country(const Model& m, const Analysis& a, const std::vector<std::int32_t>& seen) {
  const std::uint32_t si = a.shift > 0 ? 1u : 0u;
  if (si >= a.doc.sentences.size()) return -1;
  const text::Sentence& s = a.doc.sentences[si];
  std::uint32_t end = preamble_end(m, a, si, seen);
  for (std::uint32_t t = s.first; t < s.last && (t < end || t == s.first);) {
    Raw r;
    if (!match_at(m, a, t, s.last, seen, r)) {
      ++t;
      continue;
    }
    if (t < end || dateline(m, a, si, r)) {
      const auto& e = m.actors()[r.index].actor;
      if (e.type == ActorType::country && !m.entry_country(static_cast<std::uint32_t>(r.index)).empty())
        return static_cast<std::int32_t>(r.index);
    }
    t = r.te;
  }
  return -1;
}

/// A religion entry (lexicon/actors/data/religions.json): an organisation with
/// no country whose code is its religion sector ("MUS", "JEW", "CHRCTH").
bool religion(const Actor& e) {
  return (e.type == ActorType::organization || e.type == ActorType::group) && e.country.empty() && !e.sector.empty() &&
         e.code == e.sector;
}

/// The community agent of religion entry q ("shiites" for Shia Islam, MUSSHI), or -1
/// when q is no religion or the lexicon has no such agent.
int religious_agent(const Model& m, int q) {
  const Actor& e = m.actors()[static_cast<std::size_t>(q)].actor;
  if (!religion(e)) return -1;
  const auto& ags = m.agents();
  for (std::size_t i = 0; i < ags.size(); ++i)
    if (ags[i].sector == e.code && ags[i].type == ActorType::group) return static_cast<int>(i);
  return -1;
}

/// A religious group mention waiting for a country: its first token, the
/// religion entry and the agent it was written with.
struct Religious {
  std::uint32_t tb;
  int religion;
  std::int32_t agent;
};

/// Agent r is followed by "in/of/from [the, modifiers] <country>".
bool placed(const Model& m, const Analysis& a, const Raw& r, const Raw* n) {
  if (!n || n->kind == FormKind::adjective || r.te >= a.tok.size()) return false;
  int q = qualifier(m, *n);
  if (q < 0 || m.actors()[static_cast<std::size_t>(q)].actor.type != ActorType::country) return false;
  auto w = a.tok[r.te].word;
  return (w == m.w_in || w == m.w_of || w == m.w_from) && place_gap(m, a, r.te + 1, n->tb);
}

/// "all parties", "both sides", "the warring factions": the sides of a
/// conflict, which no one country's context names.
bool sides(const Analysis& a, std::uint32_t tb, std::uint32_t first) {
  if (tb <= first) return false;
  auto w = a.norm(tb - 1);
  return w == "all" || w == "both" || w == "warring" || w == "other" || w == "various";
}

/// The country of dictionary person p in the article: of the role held on its
/// date; with no date known, the person's own.
std::string_view person_country(const Model& m, const Analysis& a, std::uint32_t p) {
  if (const Role* role = m.role_at(p, a.date)) return role->country;
  return a.date.empty() ? std::string_view(m.actors()[p].actor.country) : std::string_view();
}

/// The agent entry with id `id`, or -1.
int agent_index(const Model& m, std::string_view id) {
  const auto& ags = m.agents();
  for (std::size_t i = 0; i < ags.size(); ++i)
    if (ags[i].id == id) return static_cast<int>(i);
  return -1;
}

/// The agent entry that names a population ("civilians"), or -1.
int population_agent(const Model& m) { return agent_index(m, "civilians"); }



/// Lower-case words inside a person's name: "van den Broek", "bin Laden".
bool name_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"van", "von", "den", "der", "de", "del", "della", "di", "da",
                                                    "dos", "du", "le", "la", "bin", "ibn", "al", "el", "ter"};
  for (auto p : kParticles)
    if (w == p) return true;
  return false;
}

/// The end of lower-case name particles from t when a capitalised name word
/// follows them ("van den" in "van den Broek"), else t.
std::uint32_t particles_end(const Analysis& a, std::uint32_t t, std::uint32_t last) {
  std::uint32_t k = t;
  while (k < last && k - t < 3 && !(a.tok[k].flags & (kCapitalised | kAllCaps)) && name_particle(a.norm(k))) ++k;
  if (k == t || k >= last) return t;
  const auto& n = a.tok[k];
  return (n.flags & kCapitalised) && !(n.flags & kPunct) ? k : t;
}

/// A lower-case name particle joined by a hyphen to a capitalised name:
/// "al-Sadr", "el-Sayed", "bin-Laden" (one token), inside a person's name.
bool particle_compound(const Analysis& a, std::uint32_t t) {
  const auto& d = a.tok[t];
  if ((d.flags & (kCapitalised | kAllCaps | kPunct)) || !(d.flags & text::kHyphenated)) return false;
  std::string_view w = a.norm(t);
  auto dash = w.find('-');
  if (dash == std::string_view::npos || dash + 1 >= w.size()) return false;
  static constexpr std::string_view kPrefixes[] = {"al", "el", "ad", "as", "ash", "an", "ar", "az", "bin", "ibn", "abu", "ul", "ud", "ur"};
  bool particle = false;
  for (auto x : kPrefixes) particle = particle || w.substr(0, dash) == x;
  if (!particle) return false;
  // The letter after the hyphen is a capital in the text.
  const auto& tk = a.doc.tokens[t];
  std::string_view surface = a.text.substr(tk.begin, tk.end - tk.begin);
  auto sd = surface.find('-');
  return sd != std::string_view::npos && sd + 1 < surface.size() && surface[sd + 1] >= 'A' && surface[sd + 1] <= 'Z';
}

/// Tokens [b, e) join two mentions: "and" (with_and) or only a comma.
bool joined_by(const Model& m, const Analysis& a, std::uint32_t b, std::uint32_t e, bool with_and) {
  if (e <= b || e - b > 3) return false;
  bool has_and = false, has_comma = false;
  for (std::uint32_t t = b; t < e; ++t) {
    auto w = a.tok[t].word;
    if (w == m.w_and) has_and = true;
    else if (w == m.w_comma) has_comma = true;
    else if (w != m.w_the) return false;
  }
  return with_and ? has_and : (has_comma && !has_and);
}

Mention make(std::uint32_t tb, std::uint32_t te, MentionKind k) {
  Mention x;
  x.tb = tb;
  x.te = te;
  x.kind = k;
  return x;
}

// A group named by its kind of people ("Shiite militiamen", "Albanians"):
// the agent entry `agent`, its country found later from the sentence.
Mention group_mention(std::uint32_t tb, std::uint32_t te, std::int32_t agent) {
  Mention x = make(tb, te, MentionKind::derived);
  x.ref.kind = Ref::kDerived;
  x.ref.entry = -1;
  x.ref.agent = agent;
  x.agent = agent;
  x.how = How::agent;
  x.plural = true;
  x.conf = 0.6f;
  return x;
}

/// "the", "this" or "that" before token t, over up to three modifiers
/// ("the Hong Kong-based newspaper", "the troubled firm").
bool definite_before(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t first) {
  for (std::uint32_t k = t; k > first && k + 4 > t; --k) {
    const auto w = a.tok[k - 1].word;
    if (w == m.w_the || w == m.w_this || w == m.w_that) return true;
    const auto& d = a.tok[k - 1];
    const bool modifier = (d.flags & (kCapitalised | kAllCaps | text::kHyphenated)) || (d.wi.pos & text::kAdj);
    if ((d.flags & kPunct) || !modifier || (d.cls & (kDeterminer | kPronounIt | kPronounPlural | kPronounPerson)))
      return false;
  }
  return false;
}

/// "the two countries", "both sides", "the three firms": the number of a set
/// the words before token t count (2 to 4), 0 when none.
int set_count(const Analysis& a, std::uint32_t t, std::uint32_t first) {
  if (t <= first) return 0;
  static constexpr std::string_view kCounts[] = {"two", "three", "four"};
  const std::string_view w = a.norm(t - 1);
  if (w == "both") return 2;
  for (std::size_t i = 0; i < std::size(kCounts); ++i)
    if (w == kCounts[i] && t >= first + 2 && (a.norm(t - 2) == "the" || a.norm(t - 2) == "all")) return static_cast<int>(i) + 2;
  return 0;
}

/// Appends a set of n description mentions over [tb, te) for agent `agent`
/// (-1: any kind of actor), resolved by coref to n different earlier actors.
void push_set(std::vector<Mention>& out, std::uint32_t tb, std::uint32_t te, int agent, int n) {
  for (int k = 0; k < n; ++k) {
    Mention x = make(tb, te, MentionKind::description);
    x.agent = agent;
    x.how = How::description;
    x.plural = true;
    x.conf = 0.6f;
    x.set_size = static_cast<std::uint8_t>(n);
    x.set_index = static_cast<std::uint8_t>(k);
    out.push_back(x);
  }
}

/// A description mention over [tb, r.te) naming the agent of raw match r,
/// qualified by country entry `qual` (-1: none); a possessive after it
/// ("the company's profits") makes it a possessor.
Mention description(const Analysis& a, std::uint32_t tb, const Raw& r, int qual, std::uint32_t last,
                    const Model& m) {
  Mention x = make(tb, r.te, MentionKind::description);
  x.agent = static_cast<std::int32_t>(r.index);
  x.qual = qual;
  x.how = How::description;
  x.conf = 0.75f;
  x.possessor = r.te < last && a.tok[r.te].word == m.w_s;
  return x;
}

void set_person(const Model& m, Mention& x, std::uint32_t entry) {
  x.ref.kind = Ref::kEntry;
  x.ref.entry = static_cast<std::int32_t>(entry);
  x.person = true;
  const auto& g = m.actors()[entry].gender;
  x.gender = g.empty() ? 0 : g[0];
}

/// Mention j is a person's name in apposition to the title before it: "the
/// prime minister, Ariel Sharon, said", "Israel's foreign minister, Silvan
/// Shalom." The title is a description or a person agent of a country; the
/// name (a dictionary person or an unknown name) ends the sentence or is
/// closed by a comma, a bracket or a dash, so that a list ("the president,
/// Bush and Blair") is none.
bool name_after_title(const Model& m, const Analysis& a, const std::vector<Mention>& out, std::size_t j,
                      std::uint32_t last) {
  const Mention& t = out[j - 1];
  const Mention& x = out[j];
  if (t.agent < 0 || !m.agents()[static_cast<std::size_t>(t.agent)].person || t.possessor || t.modifier ||
      t.appositive)
    return false;
  if (t.kind != MentionKind::description && !(t.kind == MentionKind::derived && t.person)) return false;
  const bool person_name = x.kind == MentionKind::name && x.person && x.ref.kind == Ref::kEntry;
  // An unknown name of two words or more, or one the article gave before as a person's.
  const bool unknown_name = x.kind == MentionKind::unknown && x.ref.kind == Ref::kUnknown &&
                            !x.possessor && (x.te >= x.tb + 2 || x.person);
  if (!person_name && !unknown_name) return false;
  if (x.te >= last) return true;
  std::string_view w = a.norm(x.te);
  return w == "," || w == "." || w == ")" || w == "-" || w == "--" || w == ";";
}

/// Mention x names a party of a country with common words only ("Labour",
/// "the Labour party", "Democrats", "Conservatives"), as parties of other
/// countries are named too ("Israel's opposition Labour party"); "Likud",
/// "Kuomintang", "CDU" are their own names.
bool common_word_party(const Model& m, const Analysis& a, const Mention& x) {
  if (x.ref.kind != Ref::kEntry || x.ref.entry < 0) return false;
  const Actor& e = m.actors()[static_cast<std::size_t>(x.ref.entry)].actor;
  if (e.type != ActorType::group || e.sector != "PTY" || e.country.empty()) return false;
  for (std::uint32_t t = x.tb; t < x.te; ++t) {
    if (a.tok[t].word == m.w_the || a.norm(t) == "party") continue;
    if (a.tok[t].wi.pos == 0 || (a.tok[t].flags & (kAllCaps | kPunct))) return false;
  }
  return true;
}

/// "Association of African Jurists", "Committee for the Protection of
/// Journalists": a name whose head is a body's, an event's or a document's
/// word continues over "of"/"for" [the] and the capitalised words after it,
/// whatever the dictionary knows of them. Returns the new end (e when none).
std::uint32_t name_of_end(const Model& m, const Analysis& a, std::uint32_t e, std::uint32_t last) {
  const NameWordInfo* head = m.name_word(a.tok[e - 1].word);
  const int type = head ? head->type[static_cast<std::size_t>(NameWhere::head)] : -1;
  if (type < 0 || type == static_cast<int>(NameType::place) || type == static_cast<int>(NameType::person)) return e;
  // "Bancshares Inc of Pensacola": a company's "of" names where it is.
  if (m.name_sector(head->sector[static_cast<std::size_t>(NameWhere::head)]) == "BUS" && a.norm(e - 1) != "bank") return e;
  if (e + 1 >= last || (a.tok[e].word != m.w_of && a.tok[e].word != m.w_for)) return e;
  std::uint32_t t = e + 1;
  if (a.tok[t].word == m.w_the) ++t;
  std::uint32_t end = t;
  while (end < last && (a.tok[end].flags & (kCapitalised | kAllCaps)) && !(a.tok[end].flags & kPunct) &&
         !(a.tok[end].cls & kNonName))
    ++end;
  return end > t ? end : e;
}

/// A word the lexicon knows as a common noun that the name-typing lists have
/// as a word before a name ("striker", "carmaker"), and not as a name's own
/// first word or head.
bool role_noun(const Model& m, const Analysis& a, std::uint32_t t) {
  const NameWordInfo* w = m.name_word(a.tok[t].word);
  return w && a.tok[t].wi.pos != 0 && w->type[static_cast<std::size_t>(NameWhere::before)] >= 0 &&
         w->type[static_cast<std::size_t>(NameWhere::first)] < 0 && w->type[static_cast<std::size_t>(NameWhere::head)] < 0;
}

/// "the Association of African Jurists", "Club Med", "Group Lotus": a
/// capitalised group noun (a non-person agent of one word) inside the
/// sentence, followed by another capitalised word or by "of"/"for" and one,
/// opens a name rather than naming a sector.
bool agent_opens_name(const Model& m, const Analysis& a, const Raw& r, std::uint32_t first, std::uint32_t last) {
  if (r.kind != FormKind::agent || r.te != r.tb + 1 || m.agents()[r.index].person || r.tb == first) return false;
  const auto& d = a.tok[r.tb];
  if (!(d.flags & kCapitalised) || (d.flags & (kAllCaps | kSentenceStart))) return false;
  auto capital = [&](std::uint32_t t) {
    return t < last && (a.tok[t].flags & (kCapitalised | kAllCaps)) && !(a.tok[t].flags & kPunct) &&
           !(a.tok[t].cls & kNonName);
  };
  if (capital(r.te)) return true;
  return r.te + 1 < last && (a.tok[r.te].word == m.w_of || a.tok[r.te].word == m.w_for) &&
         (capital(r.te + 1) || (a.tok[r.te + 1].word == m.w_the && capital(r.te + 2)));
}

/// "Bolivian Labour Organization": a capitalised group noun that is a name's
/// head word, right after capitalised words that are not only a country's
/// qualifier ("Turkish Army" stays Turkey's military), ends their longer
/// name (longer_names), rather than naming a sector.
bool agent_ends_name(const Model& m, const Analysis& a, const Raw& r, const std::vector<Raw>& raw, std::uint32_t first) {
  if (r.kind != FormKind::agent || r.te != r.tb + 1 || m.agents()[r.index].person || r.tb <= first) return false;
  const auto& d = a.tok[r.tb];
  if (!(d.flags & kCapitalised) || (d.flags & (kAllCaps | kSentenceStart))) return false;
  const NameWordInfo* w = m.name_word(d.word);
  if (!w || w->type[static_cast<std::size_t>(NameWhere::head)] < 0) return false;
  const auto& p = a.tok[r.tb - 1];
  if (!(p.flags & (kCapitalised | kAllCaps)) || (p.flags & kPunct) || (p.cls & (kDeterminer | kNonName | kTitle)) ||
      (p.wi.pos & (text::kDeterminer | text::kPreposition | text::kPronoun | text::kConjunction)))
    return false;  // "The Senate": a determiner opening the sentence is no name
  // The word before ends a match that is a country's name or adjective: a qualifier.
  return raw.empty() || raw.back().te != r.tb || qualifier(m, raw.back()) < 0;
}

/// A capitalised title ("Sir", "Judge", "Commissioner") or a role noun the
/// lexicon knows that names a person after it ("Striker", "Archbishop").
bool title_word(const Model& m, const Analysis& a, std::uint32_t t) {
  if (a.tok[t].cls & kTitle) return true;
  const NameWordInfo* w = m.name_word(a.tok[t].word);
  return w && a.tok[t].wi.pos != 0 &&
         w->type[static_cast<std::size_t>(NameWhere::before)] == static_cast<std::int8_t>(NameType::person) &&
         w->type[static_cast<std::size_t>(NameWhere::first)] < 0;
}

/// Tokens [b, e) look like a person's name: a given name or a word the
/// lexicon does not know first, and no head word of a body, event, document
/// or place last ("General Motors" is no Mr Motors).
bool person_after(const Model& m, const Analysis& a, std::uint32_t b, std::uint32_t e) {
  if (b >= e) return false;
  const NameWordInfo* f = m.name_word(a.tok[b].word);
  const bool given = f && f->type[static_cast<std::size_t>(NameWhere::first)] == static_cast<std::int8_t>(NameType::person);
  if (!given && a.tok[b].wi.pos != 0) return false;
  const NameWordInfo* h = m.name_word(a.tok[e - 1].word);
  return !(h && h->type[static_cast<std::size_t>(NameWhere::head)] >= 0);
}

/// An unknown-name mention over [b, e), typed (names.hpp).
Mention unknown_name(const Model& m, Analysis& a, std::uint32_t b, std::uint32_t e, std::uint32_t first,
                     std::uint32_t last) {
  Mention x = make(b, e, MentionKind::unknown);
  x.how = How::unknown;
  x.ref.kind = Ref::kUnknown;
  x.ref.ub = b;
  x.ref.ue = e;
  x.ref.name_hash = name_hash(a, b, e);
  std::uint32_t full_b = b, full_e = e;
  const NameClass c = type_name(m, a, x.ref.name_hash, b, e, first, last, &full_b, &full_e);
  if (full_e > full_b + 1) {
    // The longer name a later sentence gives ("Honeywell" -> "Honeywell International Inc").
    x.ref.ub = full_b;
    x.ref.ue = full_e;
    x.ref.name_hash = name_hash(a, full_b, full_e);
  }
  x.ref.name_type = c.type;
  x.ref.name_sector = c.sector;
  x.person = c.type == static_cast<std::int8_t>(NameType::person);
  x.conf = 0.6f;
  return x;
}

/// A mention that may stand inside a longer capitalised name: a dictionary
/// name, adjective, metonym or group noun written with a capital, not a
/// person, a possessive, a pronoun or a description.
bool name_part(const Model& m, const Analysis& a, const Mention& x) {
  if (x.person || x.possessor || x.kind == MentionKind::pronoun || x.kind == MentionKind::first_person ||
      x.kind == MentionKind::description)
    return false;
  // A news medium or a company the dictionary knows is a name of its own
  // ("the South China Morning Post Zorbex Inc left").
  if (x.ref.kind == Ref::kEntry && x.ref.entry >= 0) {
    const auto t = m.actors()[static_cast<std::size_t>(x.ref.entry)].actor.type;
    if (t == ActorType::media || t == ActorType::organization) return false;
  }
  return (a.tok[x.tb].flags & (kCapitalised | kAllCaps)) && !(a.tok[x.tb].flags & kPunct);
}

/// "Bolivian Labour Organization", "U.S. West Inc", "Asia Pacific Economic
/// Co-operation summit", "Iraqi Governing Council": capitalised mentions
/// right before an unknown name are part of that longer name when the whole
/// is typed as a body, group, event, document or product by its own words or
/// the words after it; no part is an actor of its own, and a body or group
/// takes the country its first part names.
void longer_names(const Model& m, Analysis& a, std::vector<Mention>& out, std::size_t mb, std::uint32_t first,
                  std::uint32_t last) {
  for (std::size_t j = mb + 1; j < out.size(); ++j) {
    if (out[j].kind != MentionKind::unknown || out[j].ref.kind != Ref::kUnknown || out[j].ref.agent >= 0) continue;
    std::size_t k = j;
    while (k > mb && out[k - 1].te == out[k].tb && name_part(m, a, out[k - 1]) && out[k - 1].ref.kind != Ref::kUnknown) --k;
    if (k == j) continue;
    const NameClass whole = classify_name(m, a, out[k].tb, out[j].te, first, last);
    if (whole.strength < 2 || whole.type < 0 || whole.type == static_cast<std::int8_t>(NameType::person) ||
        whole.type == static_cast<std::int8_t>(NameType::place))
      continue;
    std::int32_t country = -1;
    for (std::size_t p = k; p < j && country < 0; ++p) {
      const Ref& r = out[p].ref;
      if ((r.kind == Ref::kEntry || r.kind == Ref::kDerived) && r.entry >= 0 &&
          m.actors()[static_cast<std::size_t>(r.entry)].actor.type == ActorType::country) {
        const std::string_view iso = m.entry_country(static_cast<std::uint32_t>(r.entry));
        if (!iso.empty()) country = m.country(iso);
      }
    }
    Mention x = unknown_name(m, a, out[k].tb, out[j].te, first, last);
    if (actor_name(x.ref.name_type)) x.ref.entry = country;
    x.possessor = out[j].possessor;
    out[k] = x;
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(k) + 1, out.begin() + static_cast<std::ptrdiff_t>(j) + 1);
    j = k;
  }
}

/// "the carmaker Toyota", "the newspaper Asahi Shimbun": a description right
/// before the name of what it describes is that name's, no mention of its own.
void described_names(const Model& m, std::vector<Mention>& out, std::size_t mb) {
  for (std::size_t j = mb; j + 1 < out.size();) {
    const Mention& d = out[j];
    const Mention& n = out[j + 1];
    if (d.kind == MentionKind::description && d.agent >= 0 &&
        m.agents()[static_cast<std::size_t>(d.agent)].refers != ActorType::unknown && !d.possessor && n.tb == d.te &&
        !n.person && (n.kind == MentionKind::name || n.kind == MentionKind::unknown)) {
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(j));
      continue;
    }
    ++j;
  }
}

}  // namespace

void recognise(const Model& m, Analysis& a, std::uint32_t si, const std::vector<std::int32_t>& seen) {
  const text::Sentence& s = a.doc.sentences[si];
  const std::size_t mb = a.mentions.size();
  a.sent_mb[si] = static_cast<std::uint32_t>(mb);
  // A headline in capitals ("IBM SAYS UNIT PROFIT ROSE"): there capitals mark
  // no names, so words the lexicon knows are no names.
  const bool shouting = all_capitals(a, s.first, s.last);
  // A headline in title case ("Republicans Urge Bush to Unveil Agenda"): there
  // a capitalised word the lexicon knows but not as a noun (a verb, adjective,
  // adverb or function word) is no name; nouns may be names ("Bush", "Rice").
  const bool titled = si == 0 && a.shift > 0 && title_case(a, s.first, s.last);
  // In a headline the tagger tells names (PROPN) from the words around them.
  if (shouting || titled) tag_sentence(a, si);
  auto headline_word = [&](std::uint32_t t) {
    const auto pos = a.tok[t].wi.pos;
    constexpr auto kFunction = text::kPreposition | text::kConjunction | text::kDeterminer | text::kPronoun |
                               text::kAuxiliary;
    if ((shouting && pos != 0) || (titled && pos != 0 && (!(pos & text::kNoun) || (pos & kFunction)))) return true;
    // A word the tagger reads as no proper noun ("Clashes … Kill 22") opens no name either.
    return (shouting || titled) && upos_of(a, t) >= 0 && upos_of(a, t) != static_cast<int>(syntax::Upos::PROPN);
  };
  // 1. Raw trie matches, unknown names and pronouns, left to right.
  thread_local std::vector<Raw> raw;
  raw.clear();
  std::vector<Mention>& out = a.mentions;
  thread_local std::vector<Mention> extra;  // unknown names and pronouns
  extra.clear();
  // The first word after a source credit ("AFP - Police said") opens the text as a sentence's first word does.
  const std::uint32_t open = preamble_end(m, a, si, seen);
  for (std::uint32_t i = open; i < s.last;) {
    Raw r;
    bool opens_name = false;  // a capitalised group noun opening (or ending) a longer name
    if (match_at(m, a, i, s.last, seen, r) &&
        !(opens_name = agent_opens_name(m, a, r, s.first, s.last) || agent_ends_name(m, a, r, raw, s.first))) {
      // "the Syrian Observatory for Human Rights": a form with "the" must not
      // cut a longer name that starts after it short.
      Raw longer;
      if (a.tok[i].word == m.w_the && match_at(m, a, i + 1, s.last, seen, longer) && longer.te > r.te) r = longer;
      if (i == s.first && dateline(m, a, si, r)) {
        i = r.te;
        continue;
      }
      raw.push_back(r);
      i = r.te;
      continue;
    }
    if (led_compound(m, a, i, r)) {
      raw.push_back(r);
      ++i;
      continue;
    }
    const auto& d = a.tok[i];
    // "Both said ...", "the two met": a set with no noun, before a verb, an
    // auxiliary or a comma.
    const bool opening = i == open || i == s.first || (i == s.first + 1 && a.tok[s.first].word == m.w_the);
    if (opening && (a.norm(i) == "both" || (a.norm(i) == "two" && i > s.first && a.norm(i - 1) == "the")) &&
        i + 1 < s.last) {
      const auto& n = a.tok[i + 1];
      const bool verb = (n.cls & (kAux | kModalHypo | kModalIntent)) ||
                        (n.wi.verb_form != text::VerbForm::none && n.wi.verb_form != text::VerbForm::gerund &&
                         (n.wi.pos & text::kVerb) && !(n.wi.pos & text::kNoun)) ||
                        a.norm(i + 1) == "," || a.norm(i + 1) == "have" || a.norm(i + 1) == "also";
      if (verb) {
        push_set(extra, a.norm(i) == "two" ? i - 1 : i, i + 1, -1, 2);
        ++i;
        continue;
      }
    }
    if (d.cls & (kPronounPerson | kPronounPlural | kPronounIt | kPronounFirst)) {
      if ((d.flags & kAllCaps) && (d.cls & kPronounFirst) && a.norm(i) == "us") { ++i; continue; }
      auto k = (d.cls & kPronounFirst) ? MentionKind::first_person : MentionKind::pronoun;
      Mention x = make(i, i + 1, k);
      x.plural = (d.cls & kPronounPlural) != 0;
      x.how = How::pronoun;
      auto w = a.norm(i);
      x.possessor = w == "his" || w == "its" || w == "their" || w == "our" || w == "my";
      x.conf = 0.75f;
      extra.push_back(x);
      ++i;
      continue;
    }
    if (opens_name ||
        (unknown_start(a, i, i == open && open > s.first) && !headline_word(i) && !state_after_comma(a, i, s.first))) {
      // "Striker Wayne Rooney", "Carmaker Toyota": a role noun opening the
      // sentence says what the name after it is, and is no part of it.
      if (!opens_name && (i == open || (a.tok[i].flags & kSentenceStart)) && i + 1 < s.last && role_noun(m, a, i) && (a.tok[i + 1].flags & (kCapitalised | kAllCaps)) &&
          !(a.tok[i + 1].flags & kPunct)) {
        ++i;
        continue;
      }
      std::uint32_t e = i + 1;
      while (e < s.last) {
        const auto& n = a.tok[e];
        if (headline_word(e)) break;
        if (legal_suffix(a.norm(e)) && (n.flags & (kCapitalised | kAllCaps))) {
          ++e;  // "U.S. West Inc", "Cape Clear Software Ltd"
        } else if ((n.flags & (kCapitalised | kAllCaps)) && !(n.flags & kPunct) && !(n.cls & kNonName)) {
          Raw probe;
          // A capitalised word of a group noun ("Association", "Club", "Bank",
          // "Group") continues the name before it ("Football Association",
          // "Jockey Club", "Inter-American Development Bank"); a title ("Acme
          // Chairman John Smith") or a name the dictionary knows ends it.
          if (match_at(m, a, e, s.last, seen, probe) &&
              !(probe.kind == FormKind::agent && probe.te == e + 1 && !m.agents()[probe.index].person &&
                !(n.flags & kAllCaps)))
            break;
          ++e;
        } else if (std::uint32_t k = particles_end(a, e, s.last); k > e) {
          e = k;  // "Hans van den Broek", "Ahmed bin Salem"
        } else if (particle_compound(a, e)) {
          ++e;  // "Muqtada al-Sadr", "Refaat el-Sayed"
        } else if (n.word == m.w_and && inner_coordination(a, e, s.last)) {
          e += 2;  // "Securities and Exchange Commission"
        } else {
          break;
        }
      }
      e = name_of_end(m, a, e, s.last);
      // "Judge Letitia Clark", "Police Commissioner Sir John Stevens": titles
      // and role nouns inside the capitalised run say who the name after them
      // is, and are no part of it.
      for (std::uint32_t k = e - 1; k-- > i;)
        if (title_word(m, a, k) && person_after(m, a, k + 1, e)) {
          i = k + 1;
          break;
        }
      Mention x = unknown_name(m, a, i, e, s.first, s.last);
      if (e == i + 1) {
        // A surname alone refers to the full name given before ("Mr Howard").
        std::int32_t k = earlier_full_name(a, i);
        if (k >= 0) {
          const Mention& y = a.mentions[static_cast<std::size_t>(k)];
          x.ref = y.ref;
          x.person = y.person;
          x.gender = y.gender;
        }
      }
      extra.push_back(x);
      i = e;
      continue;
    }
    ++i;
  }

  // 2. Composition of raw matches into mentions.
  const auto& agents = m.agents();
  thread_local std::vector<std::uint32_t> ethnic;  // first tokens of ethnic-group mentions
  ethnic.clear();
  thread_local std::vector<Religious> religious;  // religious groups
  religious.clear();
  for (std::size_t j = 0; j < raw.size(); ++j) {
    const Raw& r = raw[j];
    const Raw* n = j + 1 < raw.size() ? &raw[j + 1] : nullptr;
    const Raw* nn = j + 2 < raw.size() ? &raw[j + 2] : nullptr;
    int q = qualifier(m, r);
    bool r_name = r.kind == FormKind::name || r.kind == FormKind::metonym;
    // Qualifier + agent ("Russian forces", "Russia's foreign ministry", "Chinese President Xi").
    if (q >= 0 && n && n->kind == FormKind::agent &&
        modifier_gap(m, a, r.te, n->tb, r_name)) {
      const AgentEntry& ag = agents[n->index];
      if (ag.refers != ActorType::unknown && !n->plural && definite_before(m, a, r.tb, s.first)) {
        // "the Japanese company", "the French newspaper": a description of an
        // earlier actor of that country (coref), not the country's sector;
        // "a Russian newspaper" is Russian media.
        out.push_back(description(a, r.tb, *n, q, s.last, m));
        ++j;
        continue;
      }
      if ((ag.refers == ActorType::country || ag.refers == ActorType::person) && n->plural) {
        // "Asian countries", "European nations": the region or country itself;
        // "Pakistani leaders": its government; "NATO leaders": NATO.
        const bool itself = ag.refers == ActorType::country ||
                            m.actors()[static_cast<std::size_t>(q)].actor.type != ActorType::country;
        Mention x = make(r.tb, n->te, itself ? MentionKind::name : MentionKind::derived);
        x.ref.kind = itself ? Ref::kEntry : Ref::kDerived;
        x.ref.entry = q;
        x.how = How::agent;
        x.plural = true;
        out.push_back(x);
        ++j;
        continue;
      }
      if (ag.person && nn && is_person_entry(m, *nn) && bracket_gap(m, a, n->te, nn->tb)) {
        Mention x = make(r.tb, nn->te, MentionKind::name);
        set_person(m, x, nn->index);
        x.how = how_of(*nn);
        out.push_back(x);
        j += 2;
        continue;
      }
      std::string_view iso = m.actors()[static_cast<std::size_t>(q)].actor.country;
      int h = ag.person && !n->plural && !ag.title.empty()
                  ? dated_holder(m, a, seen, ag.title, iso.empty() ? m.actors()[static_cast<std::size_t>(q)].actor.id : iso)
                  : -1;
      if (h >= 0) {
        Mention x = make(r.tb, n->te, MentionKind::description);
        set_person(m, x, static_cast<std::uint32_t>(h));
        x.agent = static_cast<std::int32_t>(n->index);
        x.how = How::description;
        x.conf = 0.85f;
        out.push_back(x);
      } else if (!ag.person && religion(m.actors()[static_cast<std::size_t>(q)].actor) && placed(m, a, *n, nn)) {
        // "Moslem forces in east Bosnia": a religious group placed in a country
        // is that country's group, as CAMEO codes it.
        Mention x = make(r.tb, nn->te, MentionKind::derived);
        x.ref.kind = Ref::kDerived;
        x.ref.entry = qualifier(m, *nn);
        x.ref.agent = static_cast<std::int32_t>(n->index);
        x.agent = x.ref.agent;
        x.how = How::agent;
        x.plural = true;
        x.conf = 0.75f;
        out.push_back(x);
        j += 2;
        continue;
      } else if (int rel_agent = religious_agent(m, q); !ag.person && rel_agent >= 0) {
        // "Shiite militiamen", "Jewish voters": the religious community of the
        // country the sentence names ("IRQMUSSHI"), or the religion itself.
        Mention x = group_mention(r.tb, n->te, rel_agent);
        religious.push_back({x.tb, q, static_cast<std::int32_t>(n->index)});
        out.push_back(x);
        ++j;
        continue;
      } else {
        Mention x = make(r.tb, n->te, MentionKind::derived);
        x.ref.kind = Ref::kDerived;
        x.ref.entry = q;
        if (!ag.person && ethnic_use(a, raw, j, s.first)) {
          x.ref.entry = -1;  // the group's country comes from the context
          ethnic.push_back(x.tb);
        }
        x.ref.agent = static_cast<std::int32_t>(n->index);
        x.agent = x.ref.agent;
        x.how = How::agent;
        x.plural = n->plural || !ag.person;
        x.person = ag.person && !n->plural;
        out.push_back(x);
      }
      ++j;
      continue;
    }
    // Title + person name ("President Volodymyr Zelenskyy", "[President]Xi Jinping").
    if (r.kind == FormKind::agent && agents[r.index].person && n && is_person_entry(m, *n) &&
        bracket_gap(m, a, r.te, n->tb)) {
      std::uint32_t tb = r.tb;
      if (tb > s.first && a.tok[tb - 1].word == m.w_lbr) --tb;
      Mention x = make(tb, n->te, MentionKind::name);
      set_person(m, x, n->index);
      x.how = how_of(*n);
      out.push_back(x);
      ++j;
      continue;
    }
    // Possessive + person ("China's Xi Jinping").
    if (r_name && n && is_person_entry(m, *n) && n->tb == r.te + 1 && a.tok[r.te].word == m.w_s) {
      Mention x = make(r.tb, n->te, MentionKind::name);
      set_person(m, x, n->index);
      x.how = how_of(*n);
      out.push_back(x);
      ++j;
      continue;
    }
    // "Mr Blair's government", "Putin's forces": a state organ owned by a
    // person of a state is that state's.
    if (is_person_entry(m, r) && n && n->kind == FormKind::agent && n->tb == r.te + 1 && a.tok[r.te].word == m.w_s &&
        !agents[n->index].person && agents[n->index].refers == ActorType::unknown &&
        (agents[n->index].type == ActorType::government || agents[n->index].type == ActorType::military)) {
      const std::string_view iso = person_country(m, a, r.index);
      if (int c = iso.empty() ? -1 : m.country(iso); c >= 0) {
        std::uint32_t tb = r.tb;
        if (tb > s.first && (a.tok[tb - 1].cls & kTitle) && !(a.tok[tb - 1].flags & kPunct)) --tb;
        Mention x = make(tb, n->te, MentionKind::derived);
        x.ref.kind = Ref::kDerived;
        x.ref.entry = c;
        x.ref.agent = static_cast<std::int32_t>(n->index);
        x.agent = x.ref.agent;
        x.how = How::agent;
        x.plural = true;
        out.push_back(x);
        ++j;
        continue;
      }
    }
    if (r.kind == FormKind::agent && r.plural && agents[r.index].refers != ActorType::unknown) {
      // "the two countries", "both sides", "the two leaders": a set of actors
      // named before, one triple each.
      if (int n = set_count(a, r.tb, s.first); n > 0) {
        push_set(out, r.tb - (a.norm(r.tb - 1) == "both" ? 1 : 2), r.te, static_cast<int>(r.index), n);
        continue;
      }
    }
    if (r.kind == FormKind::agent) {
      const AgentEntry& ag = agents[r.index];
      // "the president of Armenia", "the foreign minister of Iran": the
      // country's holder of the title, or its government (as "Armenian president").
      int qo = n ? qualifier(m, *n) : -1;
      if (ag.person && !r.plural && qo >= 0 && n->kind != FormKind::adjective && n->tb == r.te + 1 &&
          a.tok[r.te].word == m.w_of && m.actors()[static_cast<std::size_t>(qo)].actor.type == ActorType::country) {
        std::string_view iso = m.actors()[static_cast<std::size_t>(qo)].actor.country;
        int h = ag.title.empty() ? -1 : dated_holder(m, a, seen, ag.title, iso);
        Mention x = make(r.tb, n->te, MentionKind::description);
        x.agent = static_cast<std::int32_t>(r.index);
        x.how = How::description;
        x.conf = 0.8f;
        if (h >= 0) {
          set_person(m, x, static_cast<std::uint32_t>(h));
        } else {
          x.kind = MentionKind::derived;
          x.how = How::agent;
          x.ref.kind = Ref::kDerived;
          x.ref.entry = qo;
          x.ref.agent = static_cast<std::int32_t>(r.index);
          x.person = true;
        }
        out.push_back(x);
        ++j;
        continue;
      }
      if (ag.refers != ActorType::unknown) {
        // "the company", "the newspaper": a description of an earlier actor
        // (coref); "a company", "company officials" refer to no one.
        if (!r.plural && definite_before(m, a, r.tb, s.first)) out.push_back(description(a, r.tb, r, -1, s.last, m));
        continue;
      }
      if (ag.person && !r.plural) {
        // A description resolved by coref: "the president", "the newspaper".
        std::uint32_t tb = r.tb;
        Mention x = make(tb, r.te, MentionKind::description);
        x.agent = static_cast<std::int32_t>(r.index);
        x.person = ag.person;
        x.how = How::description;
        x.conf = 0.75f;
        out.push_back(x);
      } else if (!ag.person && (r.plural || (r.tb > s.first && a.tok[r.tb - 1].word == m.w_the) ||
                                 (r.tb == open && r.te < s.last && opens_clause(a.tok[r.te].wi)) ||
                                 placed(m, a, r, n))) {
        // A bare singular agent is a group when "the" or a plural makes it one,
        // when it opens the sentence as its subject ("Police arrested ...",
        // not "Government spending rose"), or when a country places it ("a
        // court in Guyana").
        // After a possessive ("its forces in Lebanon") the place is not the owner.
        const bool owned = r.tb > s.first && (a.tok[r.tb - 1].cls & (kPronounIt | kPronounPlural | kPronounPerson |
                                                                     kPronounFirst));
        // A generic group agent: "insurgents", "rebels in Darfur", "the
        // government". The country of an "in/of/from <country>" right after
        // it is its own ("opposition groups in Zimbabwe"); otherwise it is an
        // actor without a country (code "---" + sector, as in PETRARCH).
        Mention x = make(r.tb, r.te, MentionKind::derived);
        x.ref.kind = Ref::kDerived;
        x.ref.entry = -1;
        x.ref.agent = static_cast<std::int32_t>(r.index);
        x.agent = x.ref.agent;
        x.how = How::agent;
        x.plural = true;
        x.conf = 0.6f;
        int qn = n ? qualifier(m, *n) : -1;
        if (!owned && qn >= 0 && place_gap(m, a, r.te + 1, n->tb) && n->kind != FormKind::adjective &&
            (a.tok[r.te].word == m.w_in || a.tok[r.te].word == m.w_of || a.tok[r.te].word == m.w_from) &&
            m.actors()[static_cast<std::size_t>(qn)].actor.type == ActorType::country) {
          x.ref.entry = qn;
          x.te = n->te;
          x.conf = 0.75f;
          ++j;
        }
        out.push_back(x);
      }
      continue;
    }
    if (r.kind == FormKind::adjective && r.plural && ethnic_use(a, raw, j, s.first)) {
      int pop = population_agent(m);
      if (pop >= 0) {
        Mention x = group_mention(r.tb, r.te, pop);
        ethnic.push_back(x.tb);
        out.push_back(x);
        continue;
      }
    }
    if (r.kind == FormKind::adjective) {
      Mention x = make(r.tb, r.te, MentionKind::name);
      x.ref.kind = Ref::kEntry;
      x.ref.entry = static_cast<std::int32_t>(r.index);
      x.how = How::adjective;
      x.plural = true;
      // A plural demonym ("the Russians") is the country; a bare adjective only
      // qualifies a noun ("Russian invasion").
      x.modifier = !r.plural;
      out.push_back(x);
      continue;
    }
    Mention x = make(r.tb, r.te, MentionKind::name);
    x.how = how_of(r);
    const ActorEntry& e = m.actors()[r.index];
    if (r.kind == FormKind::metonym && e.actor.type == ActorType::country) {
      x.kind = MentionKind::derived;
      x.ref.kind = Ref::kDerived;
      x.ref.entry = static_cast<std::int32_t>(r.index);
      x.ref.agent = -1;
    } else if (e.actor.type == ActorType::person) {
      set_person(m, x, r.index);
      if (x.tb > s.first && (a.tok[x.tb - 1].cls & kTitle) && !(a.tok[x.tb - 1].flags & kPunct)) --x.tb;
    } else {
      x.ref.kind = Ref::kEntry;
      x.ref.entry = static_cast<std::int32_t>(r.index);
      x.plural = e.actor.type == ActorType::group || r.plural;
    }
    if (r.te < s.last && a.tok[r.te].word == m.w_s && !x.person) x.possessor = true;
    out.push_back(x);
  }
  // Merge unknown names and pronouns in token order.
  if (!extra.empty()) {
    for (auto& x : extra) {
      if (x.kind == MentionKind::unknown && x.te < s.last && a.tok[x.te].word == m.w_s) x.possessor = true;
      out.push_back(x);
    }
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(mb), out.end(),
                     [](const Mention& p, const Mention& q2) { return p.tb < q2.tb; });
    // A title before an unknown name is that person's: "Fijian Prime Minister
    // Mahendra Chaudhry" (an unknown person of FJI, GOV), "President X" (the
    // holder when the dictionary knows one).
    for (std::size_t j = mb; j + 1 < out.size();) {
      Mention& t = out[j];
      Mention& n = out[j + 1];
      if (n.kind == MentionKind::unknown && n.tb == t.te && t.agent >= 0 && agents[static_cast<std::size_t>(t.agent)].person &&
          (t.kind == MentionKind::derived || t.kind == MentionKind::description)) {
        if (t.ref.kind == Ref::kEntry) {
          t.te = n.te;  // the holder, named: keep the dictionary person
        } else {
          n.tb = t.tb;
          if (t.ref.kind == Ref::kDerived) n.ref.entry = t.ref.entry;
          n.ref.agent = t.agent;
          n.person = true;
          t = n;
        }
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(j) + 1);
        continue;
      }
      ++j;
    }
    // A company's or news medium's name followed by capitalised words it does
    // not know names one of its units ("Toyota Motor Corp", "Merrill Lynch
    // Capital Markets", "BBC Radio 4"): the company or the medium.
    for (std::size_t j = mb; j + 1 < out.size();) {
      const Mention& c = out[j];
      if (c.kind == MentionKind::name && c.ref.kind == Ref::kEntry && c.ref.entry >= 0 && !c.possessor &&
          out[j + 1].kind == MentionKind::unknown && out[j + 1].tb == c.te) {
        const auto& e = m.actors()[static_cast<std::size_t>(c.ref.entry)].actor;
        // A medium's unit is named with common words ("BBC Radio Five Live", "BBC
        // Sport"); "told Reuters Skanska will ..." names a second actor.
        bool common = true;
        for (std::uint32_t t = out[j + 1].tb; t < out[j + 1].te; ++t) common = common && a.tok[t].wi.pos != 0;
        if ((e.type == ActorType::organization && e.sector == "BUS") || (e.type == ActorType::media && common)) {
          std::uint32_t te = out[j + 1].te;
          while (te < s.last && legal_suffix(a.norm(te))) ++te;
          out[j].te = te;
          // "Toyota Motor Corp's profits" are not the company; "told BBC Radio 4's
          // Today programme" tells the medium.
          out[j].possessor = e.type != ActorType::media && te < s.last && a.tok[te].word == m.w_s;
          out.erase(out.begin() + static_cast<std::ptrdiff_t>(j) + 1);
          continue;
        }
      }
      ++j;
    }
    // A capitalised modifier before a description or agent ("the Hong Kong-based
    // newspaper") belongs to it.
    for (std::size_t j = mb; j + 1 < out.size();) {
      if (out[j].kind == MentionKind::unknown && out[j + 1].tb == out[j].te &&
          (out[j + 1].kind == MentionKind::description || out[j + 1].kind == MentionKind::derived)) {
        out[j + 1].tb = out[j].tb;
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(j));
        continue;
      }
      ++j;
    }
  }
  longer_names(m, a, out, mb, s.first, s.last);
  described_names(m, out, mb);
  // Names of places, events, documents and products, and names nothing
  // types, are no actors ("Old Trafford", "the Carling Cup", "the Licensing
  // Act", "a lone Vieira" with no full name before): they stay mentions with
  // no referent, so that the clause around them keeps its shape ("Tropical
  // Storm Gaston attacked Russia" has no subject that is an actor).
  for (auto it = out.begin() + static_cast<std::ptrdiff_t>(mb); it != out.end(); ++it)
    if (it->kind == MentionKind::unknown && it->ref.kind == Ref::kUnknown && it->ref.agent < 0 && !it->person &&
        !actor_name(it->ref.name_type))
      it->ref = Ref{};
  // "US and Iraqi forces", "U.S. and Japanese officials": a country named
  // before "and <adjective> <agent>" shares the agent's noun (US forces).
  for (std::size_t j = mb; j + 1 < out.size(); ++j) {
    Mention& x = out[j];
    const Mention& y = out[j + 1];
    if (x.possessor || x.person || x.ref.kind != Ref::kEntry || x.ref.entry < 0) continue;
    if (m.actors()[static_cast<std::size_t>(x.ref.entry)].actor.type != ActorType::country) continue;
    // A name only: a bare adjective ("Palestinian and Soviet officials") makes a
    // second actor the relation engine then pairs with the first.
    if (x.how != How::name && x.how != How::alias) continue;
    if (y.kind != MentionKind::derived || y.ref.kind != Ref::kDerived || y.ref.entry < 0 || y.ref.agent < 0 || y.person)
      continue;
    if (y.te < y.tb + 2 || a.tok[y.tb].flags & kPunct) continue;
    if (y.tb != x.te + 1 || a.tok[x.te].word != m.w_and) continue;
    if (!shared_role(agents[static_cast<std::size_t>(y.ref.agent)].sector)) continue;
    x.kind = MentionKind::derived;
    x.how = How::agent;
    x.ref.kind = Ref::kDerived;
    x.ref.agent = y.ref.agent;
    x.agent = y.ref.agent;
    x.plural = true;
    x.modifier = false;
  }
  // An unknown name before a weapon noun names the weapon ("Qassam rockets
  // hit", "an Iranian Silkworm missile", "Shahab-3 missile"), no actor.
  for (std::size_t j = mb; j < out.size();) {
    const Mention& x = out[j];
    if (x.kind == MentionKind::unknown && !x.person && !x.possessor && x.te < s.last &&
        !(a.tok[x.te].flags & (kPunct | kCapitalised | kAllCaps)) && weapon_noun(a.norm(x.te))) {
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(j));
      continue;
    }
    ++j;
  }
  // A name before a common noun qualifies it ("Western military aid", "Ukraine war").
  for (std::size_t j = mb; j < out.size(); ++j) {
    Mention& x = out[j];
    if (x.modifier || x.possessor || x.person || x.te >= s.last) continue;
    if (x.kind != MentionKind::name && x.kind != MentionKind::unknown && x.kind != MentionKind::derived) continue;
    if (j + 1 < out.size() && out[j + 1].tb == x.te) continue;
    const auto& n = a.tok[x.te];
    if (n.flags & (kPunct | kCapitalised | kAllCaps | text::kNumber)) continue;
    if (!(n.wi.pos & (text::kNoun | text::kAdj))) continue;
    if (n.wi.pos & (text::kVerb | text::kAdv | text::kPreposition | text::kConjunction | text::kDeterminer |
                    text::kPronoun | text::kAuxiliary))
      continue;
    if (n.cls & (kDeterminer | kRelative | kCoord | kNegator | kAux)) continue;
    x.modifier = true;
  }
  // A religion's adjective before a noun that names no group ("an armed Islamic
  // group", "Islamic banking", "a Muslim scholar") qualifies a thing or one
  // person, not the religion: no actor ("Shiite militiamen" is a group, above).
  for (std::size_t j = mb; j < out.size();) {
    const Mention& x = out[j];
    if (x.modifier && x.how == How::adjective && x.ref.kind == Ref::kEntry && x.ref.entry >= 0 &&
        religion(m.actors()[static_cast<std::size_t>(x.ref.entry)].actor)) {
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(j));
      continue;
    }
    ++j;
  }

  // A generic agent takes the country an earlier mention of the sentence
  // names ("The Sudanese government has accused Darfur rebels" -> Sudanese
  // rebels); right after a qualified agent it belongs to it ("Israeli
  // intelligence officials"). With no country before it, it stays "---".
  {
    std::int32_t ctx = -1;  // the last earlier mention that names a country's actor
    std::uint32_t ctx_te = 0;  // where that mention ends
    std::int32_t filed = -2;   // the dateline's country, computed when first needed
    const int party_agent = agent_index(m, "party");
    for (std::size_t j = mb; j < out.size();) {
      Mention& x = out[j];
      if (x.ref.kind == Ref::kDerived && x.ref.entry < 0 && x.ref.agent >= 0) {
        if (j > mb && out[j - 1].te == x.tb && out[j - 1].kind == MentionKind::derived &&
            out[j - 1].ref.entry >= 0) {
          out[j - 1].te = x.te;
          out.erase(out.begin() + static_cast<std::ptrdiff_t>(j));
          continue;
        }
        std::int32_t from = participle_place(m, a, out, j, s.last);
        const bool community = std::find(ethnic.begin(), ethnic.end(), x.tb) != ethnic.end() ||
                               std::any_of(religious.begin(), religious.end(),
                                           [&](const Religious& g) { return g.tb == x.tb; });
        // "Turkey has armed Kurdish rebels": an ethnic community's group takes
        // the country its own words name ("Iraqi Kurdish rebels", "Kurdish
        // rebels in Iraq"), else none: the community is its code (KURREB).
        const auto ethnic_faith = std::find_if(religious.begin(), religious.end(), [&](const Religious& g) {
          return g.tb == x.tb && m.actors()[static_cast<std::size_t>(g.religion)].actor.type == ActorType::group;
        });
        if (ethnic_faith != religious.end()) {
          if (j > mb && out[j - 1].te == x.tb && out[j - 1].how == How::adjective && out[j - 1].ref.entry >= 0 &&
              !m.entry_country(static_cast<std::uint32_t>(out[j - 1].ref.entry)).empty()) {
            from = out[j - 1].ref.entry;  // "Iraqi Kurdish rebels"
            x.tb = out[j - 1].tb;
            out.erase(out.begin() + static_cast<std::ptrdiff_t>(j) - 1);
            --j;
          }
          if (from < 0) from = place_of_group(m, a, out, j, s.last);
          Mention& g = out[j];
          if (from >= 0) {
            if (int c = m.country(m.entry_country(static_cast<std::uint32_t>(from))); c >= 0) g.ref.entry = c;
          } else {
            g.ref.entry = ethnic_faith->religion;
          }
          g.ref.agent = ethnic_faith->agent;
          g.agent = ethnic_faith->agent;
          ++j;
          continue;
        }
        // Against the country an earlier actor names, the victims' place wins.
        if (from < 0 && ctx >= 0) from = clause_place(m, a, out, j, s.last);
        // The actor that acts on a non-state group gives it no country: where
        // the story was filed does, else (in coref) the article's country so
        // far. In the article's first sentence, with no dateline, no other
        // country is known yet: the actor's stays the best guess ("The Nigerian
        // army killed 24 Islamic militants").
        if (from < 0 && ctx >= 0 && non_state_group(m, x, community) && counterpart(a, ctx_te, x.tb)) {
          if (filed == -2) filed = dateline_country(m, a, seen);
          from = filed;
          if (from < 0 && si > (a.shift > 0 ? 1u : 0u)) {
            ++j;  // left to coref: the article's country, with the group's sector
            continue;
          }
        }
        if (from < 0 && !sides(a, x.tb, s.first)) from = ctx;
        if (from < 0 && std::find(ethnic.begin(), ethnic.end(), x.tb) != ethnic.end()) {
          // "ethnic Turks ... Sweden's decision": an ethnic group with no country
          // before it lives in the country the sentence names next.
          std::size_t k = j + 1;
          for (; k < out.size() && from < 0; ++k) {
            const Mention& y = out[k];
            if (y.person || y.ref.entry < 0 || (y.ref.kind != Ref::kEntry && y.ref.kind != Ref::kDerived)) continue;
            const auto& e = m.actors()[static_cast<std::size_t>(y.ref.entry)].actor;
            if (e.type == ActorType::country) from = y.ref.entry;
          }
          // Not the actor the group acts on ("ethnic Albanians attacked Serbian
          // police"): as for the actor that acts on it, above.
          if (from >= 0 && counterpart(a, x.te, out[k - 1].tb)) {
            if (filed == -2) filed = dateline_country(m, a, seen);
            if (filed >= 0) {
              from = filed;
            } else if (si > (a.shift > 0 ? 1u : 0u)) {
              ++j;
              continue;
            }
          }
        }
        if (from >= 0) {
          int c = m.country(m.entry_country(static_cast<std::uint32_t>(from)));
          if (c >= 0) x.ref.entry = c;
        }
        if (x.ref.entry < 0) {
          // A religious group with no country in its sentence is its religion's ("Jewish voters": JEWCVL).
          for (const auto& g : religious)
            if (g.tb == x.tb) {
              x.ref.entry = g.religion;
              x.ref.agent = g.agent;
              x.agent = g.agent;
            }
        }
      } else if ((x.ref.kind == Ref::kEntry && !x.person) || (x.ref.kind == Ref::kDerived && x.ref.entry >= 0)) {
        // Before an unknown capitalised word it is part of a name ("Bolivian Labour Organization").
        const bool in_name = j + 1 < out.size() && out[j + 1].tb == x.te && out[j + 1].kind == MentionKind::unknown;
        if (j > mb && !in_name && x.ref.kind == Ref::kEntry && party_agent >= 0 && common_word_party(m, a, x)) {
          // "Israel's opposition Labour party", "the Israeli Labour party", "the
          // opposition Labour Party" (the opposition of the Israeli sentence): a
          // party named with common words right after another country's actor
          // is that country's party.
          const Mention& q = out[j - 1];
          std::string_view own = m.actors()[static_cast<std::size_t>(x.ref.entry)].actor.country;
          // Not after another party ("Conservative Republicans").
          const bool q_party = q.ref.kind == Ref::kEntry
                                   ? q.ref.entry >= 0 && m.actors()[static_cast<std::size_t>(q.ref.entry)].actor.sector == "PTY"
                                   : q.ref.agent == party_agent;
          bool next_to = q.te <= x.tb && x.tb <= q.te + 2 && !q.person && !q_party && q.ref.entry >= 0 &&
                         (q.ref.kind == Ref::kEntry || q.ref.kind == Ref::kDerived);
          for (std::uint32_t t = q.te; next_to && t < x.tb; ++t)
            next_to = a.tok[t].word == m.w_s ||
                      ((a.tok[t].wi.pos & (text::kNoun | text::kAdj)) && !(a.tok[t].flags & (kPunct | kCapitalised | kAllCaps)));
          std::string_view iso = next_to ? m.entry_country(static_cast<std::uint32_t>(q.ref.entry)) : std::string_view();
          if (!iso.empty() && iso != own)
            if (int c = m.country(iso); c >= 0) {
              x.kind = MentionKind::derived;
              x.how = How::agent;
              x.ref = Ref{};
              x.ref.kind = Ref::kDerived;
              x.ref.entry = c;
              x.ref.agent = party_agent;
              x.agent = party_agent;
              x.plural = true;
            }
        }
        // A news agency's country is not the story's ("an AFP correspondent said rebels ...").
        const bool media = x.ref.kind == Ref::kEntry
                               ? m.actors()[static_cast<std::size_t>(x.ref.entry)].actor.type == ActorType::media
                               : x.ref.agent >= 0 && agents[static_cast<std::size_t>(x.ref.agent)].type == ActorType::media;
        if (!media && !m.entry_country(static_cast<std::uint32_t>(x.ref.entry)).empty()) {
          ctx = x.ref.entry;
          ctx_te = x.te;
        }
      } else if (x.ref.kind == Ref::kEntry && x.person && x.ref.entry >= 0) {
        // A person of a state ("Georgian President Eduard Shevardnadze resigned
        // as the opposition ...") gives the country of the role held that day.
        std::string_view iso = person_country(m, a, static_cast<std::uint32_t>(x.ref.entry));
        if (!iso.empty())
          if (int c = m.country(iso); c >= 0) {
            ctx = c;
            ctx_te = x.te;
          }
      }
      ++j;
    }
  }

  // 3. Appositions and compounds.
  for (std::size_t j = mb + 1; j < out.size(); ++j) {
    Mention& x = out[j];
    const Mention& p = out[j - 1];
    std::uint32_t gap_b = p.te, gap_e = x.tb;
    bool comma = gap_e == gap_b + 1 && a.tok[gap_b].word == m.w_comma;
    bool paren = gap_e == gap_b + 1 && a.tok[gap_b].word == m.w_lpar;
    if (paren) { x.appositive = true; continue; }
    if (comma && name_after_title(m, a, out, j, s.last)) {
      // "The Israeli prime minister, Ariel Sharon, apologized": the name in
      // apposition says who the title is, whoever holds it in the dictionary.
      Mention& t = out[j - 1];
      if (x.ref.kind == Ref::kUnknown) {
        x.person = true;
        if (t.kind == MentionKind::derived && t.ref.entry >= 0) x.ref.entry = t.ref.entry;
        x.ref.agent = t.agent;
      }
      t.ref = x.ref;
      t.person = true;
      t.gender = x.gender;
      x.appositive = true;
      continue;
    }
    // ", the Israeli prime minister": a title in apposition after its article.
    const bool comma_the = gap_e == gap_b + 2 && a.tok[gap_b].word == m.w_comma && a.tok[gap_b + 1].word == m.w_the &&
                           x.kind == MentionKind::description;
    if ((comma || comma_the) && !p.possessor && !p.modifier && p.kind != MentionKind::pronoun &&
        (x.kind == MentionKind::description || x.possessor || (x.ref == p.ref && x.ref.kind != Ref::kNone))) {
      x.appositive = true;
      // "Ariel Sharon, the Israeli prime minister,": the title is the person named.
      if (x.kind == MentionKind::description && x.person == p.person && p.person && p.kind != MentionKind::description &&
          (p.ref.kind == Ref::kEntry || p.ref.kind == Ref::kUnknown))
        x.ref = p.ref;
      continue;
    }
  }
  for (std::size_t j = mb; j < out.size(); ++j)
    out[j].group = out[j].set_index > 0 ? out[j - 1].group : static_cast<std::int32_t>(j);
  for (std::size_t j = mb + 1; j < out.size(); ++j) {
    Mention& x = out[j];
    const Mention& p = out[j - 1];
    if (x.appositive || p.possessor || p.modifier || x.modifier || x.possessor) continue;
    if (x.kind == MentionKind::pronoun || p.kind == MentionKind::pronoun ||
        x.kind == MentionKind::first_person || p.kind == MentionKind::first_person)
      continue;
    // Joined by "and" (", and", "and the"), or by a comma in a list that an
    // "and" closes ("Brazil, Russia and China").
    bool joined = joined_by(m, a, p.te, x.tb, true);
    if (!joined && joined_by(m, a, p.te, x.tb, false)) {
      for (std::size_t k = j + 1; k < out.size(); ++k) {
        const Mention& y = out[k];
        if (joined_by(m, a, out[k - 1].te, y.tb, true)) { joined = true; break; }
        if (!joined_by(m, a, out[k - 1].te, y.tb, false)) break;
      }
    }
    if (joined) {
      x.group = p.group;
      x.plural = true;
    }
  }
  a.sent_me[si] = static_cast<std::uint32_t>(out.size());
  for (std::uint32_t t = s.first; t < s.last; ++t) a.mention_at[t] = -1;
  for (std::size_t j = mb; j < out.size(); ++j)
    for (std::uint32_t t = out[j].tb; t < out[j].te; ++t) a.mention_at[t] = static_cast<std::int32_t>(j);
}

}  // namespace actorgraph::extract
