#include "extract/tree_roles.hpp"

#include "actorgraph/syntax.hpp"

namespace actorgraph::extract {
namespace {

using syntax::Deprel;

bool rel(const Analysis& a, std::uint32_t t, Deprel d) noexcept {
  return a.syn[t].deprel == static_cast<std::uint8_t>(d);
}

bool is_relative_pronoun(const Model* m, const Analysis& a, std::uint32_t t) {
  (void)m;
  return (a.tok[t].cls & kRelative) != 0 || a.norm(t) == "that";
}

// The first child of v with relation d, or -1.
std::int32_t child(const Analysis& a, std::uint32_t first, std::uint32_t last, std::uint32_t v, Deprel d) {
  for (std::uint32_t u = first; u < last; ++u)
    if (a.syn[u].head == static_cast<std::int32_t>(v) && rel(a, u, d)) return static_cast<std::int32_t>(u);
  return -1;
}

bool verbal(const Analysis& a, std::uint32_t t) {
  const auto u = a.syn[t].upos;
  return u == static_cast<std::uint8_t>(syntax::Upos::VERB) || u == static_cast<std::uint8_t>(syntax::Upos::AUX);
}

bool passive(const Analysis& a, std::uint32_t first, std::uint32_t last, std::uint32_t v) {
  return child(a, first, last, v, Deprel::aux_pass) >= 0 || child(a, first, last, v, Deprel::nsubj_pass) >= 0;
}

TreeSubject subject_rec(const Analysis& a, std::uint32_t first, std::uint32_t last, std::uint32_t v, int depth) {
  TreeSubject out;
  if (depth > 6) return out;
  out.passive = passive(a, first, last, v);
  for (Deprel d : {Deprel::nsubj, Deprel::nsubj_pass, Deprel::nsubj_outer}) {
    const std::int32_t s = child(a, first, last, v, d);
    if (s < 0) continue;
    // A relative pronoun stands for the noun its clause modifies.
    const auto st = static_cast<std::uint32_t>(s);
    if (is_relative_pronoun(nullptr, a, st) && rel(a, v, Deprel::acl_relcl) && a.syn[v].head >= 0) {
      out.mention = actor_at(a, first, last, static_cast<std::uint32_t>(a.syn[v].head));
      out.how = TreeHow::relative;
      return out;
    }
    out.mention = actor_at(a, first, last, st);
    out.how = TreeHow::own;
    return out;
  }
  const std::int32_t h = a.syn[v].head;
  if (h < 0) return out;
  const auto ht = static_cast<std::uint32_t>(h);
  if (rel(a, v, Deprel::xcomp)) {
    // "urged Iran to release": the object controls; "agreed to meet": the subject.
    for (Deprel d : {Deprel::obj, Deprel::iobj}) {
      const std::int32_t o = child(a, first, last, ht, d);
      if (o >= 0 && o < static_cast<std::int32_t>(v)) {
        out.mention = actor_at(a, first, last, static_cast<std::uint32_t>(o));
        out.how = TreeHow::controlled;
        return out;
      }
    }
    TreeSubject g = subject_rec(a, first, last, ht, depth + 1);
    out.mention = g.passive ? -1 : g.mention;
    out.how = out.mention >= 0 ? TreeHow::controlled : TreeHow::none;
    return out;
  }
  if (rel(a, v, Deprel::conj) && verbal(a, ht)) {
    TreeSubject g = subject_rec(a, first, last, ht, depth + 1);
    if (g.passive != out.passive) return out;  // "was arrested and charged" shares; "arrested and was charged" not the role
    out.mention = g.mention;
    out.how = g.mention >= 0 ? TreeHow::coordinated : TreeHow::none;
    return out;
  }
  if (rel(a, v, Deprel::acl) && !verbal(a, ht)) {
    out.mention = actor_at(a, first, last, ht);
    out.how = out.mention >= 0 ? TreeHow::participle : TreeHow::none;
    return out;
  }
  if (rel(a, v, Deprel::advcl) && verbal(a, ht)) {
    // The main clause's own subject only (not one it inherits in turn).
    TreeSubject g = subject_rec(a, first, last, ht, depth + 1);
    if (g.passive || g.how != TreeHow::own) return out;
    out.mention = g.mention;
    out.how = g.mention >= 0 ? TreeHow::adjunct : TreeHow::none;
    return out;
  }
  return out;
}

}  // namespace

std::int32_t actor_at(const Analysis& a, std::uint32_t first, std::uint32_t last, std::uint32_t t) {
  if (a.mention_at[t] >= 0) return a.mention_at[t];
  // A name part, compound, apposition or determiner-like qualifier: "the
  // group Hamas", "President Putin" headed by the title, "Mr Brown".
  for (Deprel d : {Deprel::flat, Deprel::appos, Deprel::compound, Deprel::nmod_desc}) {
    for (std::uint32_t u = first; u < last; ++u) {
      if (a.syn[u].head != static_cast<std::int32_t>(t) || !rel(a, u, d)) continue;
      if (a.mention_at[u] >= 0) {
        const Mention& x = a.mentions[static_cast<std::size_t>(a.mention_at[u])];
        if (!x.possessor) return a.mention_at[u];
      }
    }
  }
  return -1;
}

std::uint32_t mention_head(const Analysis& a, const Mention& x) {
  for (std::uint32_t t = x.tb; t < x.te; ++t) {
    if (!a.has_parse(t)) return x.te - 1;
    const std::int32_t h = a.syn[t].head;
    if (h < static_cast<std::int32_t>(x.tb) || h >= static_cast<std::int32_t>(x.te)) return t;
  }
  return x.te - 1;
}

TreeSubject tree_subject(const Analysis& a, std::uint32_t first, std::uint32_t last, std::uint32_t v) {
  if (!a.has_parse(v)) return {};
  return subject_rec(a, first, last, v, 0);
}

std::int32_t tree_agent(const Model& m, const Analysis& a, std::uint32_t first, std::uint32_t last, std::uint32_t v) {
  if (!a.has_parse(v)) return -1;
  for (std::uint32_t u = first; u < last; ++u) {
    if (a.syn[u].head != static_cast<std::int32_t>(v)) continue;
    bool agent = rel(a, u, Deprel::obl_agent);
    if (!agent && rel(a, u, Deprel::obl)) {
      const std::int32_t c = child(a, first, last, u, Deprel::case_);
      agent = c >= 0 && a.tok[static_cast<std::size_t>(c)].word == m.w_by;
    }
    if (agent) return actor_at(a, first, last, u);
  }
  return -1;
}

}  // namespace actorgraph::extract
