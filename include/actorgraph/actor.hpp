// Actor: a participant in events (a state, government, person, organisation…).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

enum class ActorType : std::uint8_t {
  person, country, government, organization, military, group, media, unknown
};

/// "person", "country", …; parse returns false for an unknown name.
std::string_view to_string(ActorType t) noexcept;
bool parse_actor_type(std::string_view s, ActorType& out) noexcept;

/// An actor as it appears in the graph.
struct Actor {
  std::string id;        ///< stable slug: "xi-jinping", "china", "chn-mil"; unknown names "unk-<slug>"
  std::string name;      ///< display name: "Xi Jinping"
  ActorType type = ActorType::unknown;
  std::string country;   ///< ISO 3166-1 alpha-3 (CAMEO country code), "" when none
  std::string sector;    ///< GOV, MIL, OPP, REB, IGO, MED, BUS, CVL, JUD, LEG … or ""
  std::string code;      ///< CAMEO-style actor code: "CHNGOV", "IGOUNO", "UKR"
  std::vector<std::string> aliases;  ///< other names the actor is known by
};

/// Turns a display name into an id slug: lower case ASCII letters and digits
/// joined by '-', diacritics folded ("Zelenskyy" -> "zelenskyy", "Côte d'Ivoire"
/// -> "cote-d-ivoire"). Never empty for a non-empty name with a letter or digit.
std::string slugify(std::string_view name);

}  // namespace actorgraph
