#include "actorgraph/triple.hpp"

#include <array>

namespace actorgraph {
namespace {
constexpr std::array<std::string_view, 4> kModalityNames = {"asserted", "hypothetical", "intended", "reported"};
}

std::string_view to_string(Modality m) noexcept { return kModalityNames[static_cast<std::size_t>(m)]; }

bool parse_modality(std::string_view s, Modality& out) noexcept {
  for (std::size_t i = 0; i < kModalityNames.size(); ++i) {
    if (kModalityNames[i] == s) {
      out = static_cast<Modality>(i);
      return true;
    }
  }
  return false;
}

std::string relation_key(const Relation& r) { return r.cameo.empty() ? r.lemma : r.cameo; }

}  // namespace actorgraph
