// Internal: calendar periods of the timeline query.
#pragma once

#include <string>
#include <string_view>

namespace actorgraph::query {

/// The period an ISO date falls in: "2022-08" (month), "2022" (year) or the
/// ISO 8601 week "2022-W31" (week). Dates shorter than YYYY-MM-DD give
/// "undated" (except a bare year by year).
std::string period_of(std::string_view date, std::string_view by);

}  // namespace actorgraph::query
