#include "actorgraph/filter.hpp"

#include <cctype>

#include "actorgraph/actor.hpp"
#include "actorgraph/errors.hpp"

namespace actorgraph {
namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

}  // namespace

// YYYY, YYYY-MM or YYYY-MM-DD with a plausible month and day.
bool valid_date(std::string_view d) noexcept {
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  if (!digits(d.substr(0, 4))) return false;
  if (d.size() >= 7) {
    if (d[4] != '-' || !digits(d.substr(5, 2))) return false;
    int m = (d[5] - '0') * 10 + (d[6] - '0');
    if (m < 1 || m > 12) return false;
  }
  if (d.size() == 10) {
    if (d[7] != '-' || !digits(d.substr(8, 2))) return false;
    int day = (d[8] - '0') * 10 + (d[9] - '0');
    if (day < 1 || day > 31) return false;
  }
  return true;
}


bool Filter::is_default() const noexcept {
  return since.empty() && until.empty() && cameo.empty() && roots.empty() && quads.empty() &&
         plover.empty() && min_mentions <= 1 && !include_negated && !include_hypothetical &&
         types.empty() && countries.empty();
}

void validate(const Filter& f) {
  if (!f.since.empty() && !valid_date(f.since))
    throw UsageError("--since: '" + f.since + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  if (!f.until.empty() && !valid_date(f.until))
    throw UsageError("--until: '" + f.until + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  if (!f.since.empty() && !f.until.empty() && f.until < f.since.substr(0, f.until.size()))
    throw UsageError("--until " + f.until + " is before --since " + f.since);
  for (int q : f.quads)
    if (q < 1 || q > 4) throw UsageError("--quad: " + std::to_string(q) + " is not a quad class (1-4)");
  for (const auto& r : f.roots)
    if (r.size() != 2 || !digits(r) || r < "01" || r > "20")
      throw UsageError("--root: '" + r + "' is not a CAMEO root (01-20)");
  for (const auto& c : f.cameo)
    if (!digits(c) || c.size() > 4) throw UsageError("--cameo: '" + c + "' is not a CAMEO code prefix");
  for (const auto& t : f.types) {
    ActorType at;
    if (!parse_actor_type(t, at))
      throw UsageError("--type: '" + t +
                       "' is not an actor type (person, country, government, organization, military, group, "
                       "media, unknown)");
  }
  for (const auto& c : f.countries) {
    bool ok = c.size() == 3;
    for (char ch : c) ok = ok && std::isupper(static_cast<unsigned char>(ch));
    if (!ok) throw UsageError("--country: '" + c + "' is not an ISO 3166-1 alpha-3 code (e.g. UKR)");
  }
}

}  // namespace actorgraph
