// UPOS and UD relation names.
#include <array>

#include "actorgraph/syntax.hpp"

namespace actorgraph::syntax {
namespace {

constexpr std::array<std::string_view, kUposCount> kUpos = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr std::array<std::string_view, kDeprelCount> kDeprel = {
    "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux", "aux:pass", "case",
    "cc", "cc:preconj", "ccomp", "clf", "compound", "compound:prt", "conj", "cop", "csubj",
    "csubj:outer", "csubj:pass", "dep", "det", "det:predet", "discourse", "dislocated", "expl",
    "fixed", "flat", "flat:foreign", "goeswith", "iobj", "list", "mark", "nmod", "nmod:desc",
    "nmod:npmod", "nmod:poss", "nmod:tmod", "nmod:unmarked", "nsubj", "nsubj:outer", "nsubj:pass",
    "nummod", "obj", "obl", "obl:agent", "obl:npmod", "obl:tmod", "obl:unmarked", "orphan",
    "parataxis", "punct", "reparandum", "root", "vocative", "xcomp"};

}  // namespace

std::string_view upos_name(Upos u) noexcept { return kUpos[static_cast<std::size_t>(u)]; }

bool upos_from_name(std::string_view name, Upos& out) noexcept {
  for (std::size_t i = 0; i < kUpos.size(); ++i)
    if (kUpos[i] == name) {
      out = static_cast<Upos>(i);
      return true;
    }
  return false;
}

std::string_view deprel_name(Deprel d) noexcept {
  const auto i = static_cast<std::size_t>(d);
  return i < kDeprel.size() ? kDeprel[i] : std::string_view("dep");
}

bool deprel_from_name(std::string_view name, Deprel& out) noexcept {
  for (std::size_t i = 0; i < kDeprel.size(); ++i)
    if (kDeprel[i] == name) {
      out = static_cast<Deprel>(i);
      return true;
    }
  return false;
}

Deprel deprel_base(Deprel d) noexcept {
  const std::string_view n = deprel_name(d);
  const std::size_t colon = n.find(':');
  if (colon == std::string_view::npos) return d;
  Deprel base = d;
  deprel_from_name(n.substr(0, colon), base);
  return base;
}

}  // namespace actorgraph::syntax
