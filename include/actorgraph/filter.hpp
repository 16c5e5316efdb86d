// Filter: which edges and mentions a query or export looks at.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

/// Common filters of `query` and `export`. Empty lists mean "any".
struct Filter {
  std::string since, until;            ///< ISO dates, inclusive; "" = open
  std::vector<std::string> cameo;      ///< CAMEO code prefixes ("04", "042")
  std::vector<std::string> roots;      ///< CAMEO roots ("04")
  std::vector<int> quads;              ///< quad classes 1..4
  std::vector<std::string> plover;     ///< PLOVER types ("CONSULT")
  std::uint32_t min_mentions = 1;      ///< edges with fewer (filtered) mentions are left out
  bool include_negated = false;        ///< negated edges are left out by default
  bool include_hypothetical = false;   ///< hypothetical/intended mentions are left out by default
  std::vector<std::string> types;      ///< actor types; an edge is kept when both ends match
  std::vector<std::string> countries;  ///< ISO alpha-3; an edge is kept when either end matches
  /// True when the only restriction is the defaults above.
  bool is_default() const noexcept;
};

/// Checks values (dates are YYYY, YYYY-MM or YYYY-MM-DD; quads 1..4; types
/// known) and throws UsageError naming the option when one is wrong.
void validate(const Filter& f);

/// True for YYYY, YYYY-MM or YYYY-MM-DD with a plausible month and day.
bool valid_date(std::string_view d) noexcept;

}  // namespace actorgraph
