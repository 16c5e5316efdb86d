#include "extract/audience.hpp"

namespace actorgraph::extract {
namespace {

bool contains(std::string_view s, std::string_view w) noexcept { return s.find(w) != std::string_view::npos; }

bool ends_with(std::string_view s, std::string_view w) noexcept {
  return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}

/// The press at large: the actor the engine derives from a media agent
/// ("reporters", "Japanese journalists": "<country>-med", "generic-media"),
/// not a named outlet from the dictionary or the text.
bool press_at_large(const Actor& a) noexcept {
  return a.id == "generic-media" || ends_with(a.id, "-med");
}

/// Words of saying or talking: statements and comments (CAMEO root 01),
/// consultations (04: "spoke to reporters", "met journalists"), and refusals
/// to comment (lemma "refuse to comment on", coded 12).
bool said(const Relation& r) noexcept {
  const std::string_view code = r.cameo;
  return code.rfind("01", 0) == 0 || code.rfind("04", 0) == 0 || contains(r.lemma, "comment") ||
         contains(r.lemma, "interview");
}

bool interview(const Triple& t) noexcept {
  return contains(t.relation.lemma, "interview") || contains(t.relation.text, "interview") ||
         contains(t.sentence_text, "interview");
}

}  // namespace

std::string_view press_audience(const Triple& t) noexcept {
  const Actor& o = t.object.actor;
  const Actor& s = t.subject.actor;
  // "Y was interviewed by CNN", "CNN interviewed Y": the outlet asks, the actor answers.
  if (s.type == ActorType::media && o.type != ActorType::media && contains(t.relation.lemma, "interview"))
    return "interview";
  if (o.type != ActorType::media || s.type == ActorType::media || !said(t.relation)) return {};
  if (interview(t)) return "interview";
  return press_at_large(o) ? "reporters" : "news organisation";
}

}  // namespace actorgraph::extract
