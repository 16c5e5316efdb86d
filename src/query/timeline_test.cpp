#include "query/timeline.hpp"

#include <doctest/doctest.h>

using actorgraph::query::period_of;

TEST_CASE("periods: months, years and ISO weeks side by side") {
  struct Case { const char* date; const char* by; const char* period; };
  const Case cases[] = {
      {"2022-08-04", "month", "2022-08"},
      {"2022-08-04", "year", "2022"},
      {"2022-08-04", "week", "2022-W31"},
      {"2021-01-03", "week", "2020-W53"},  // a Sunday belonging to 2020's last week
      {"2021-01-04", "week", "2021-W01"},
      {"2019-12-30", "week", "2020-W01"},  // a Monday belonging to 2020's first week
      {"2024-12-31", "week", "2025-W01"},
      {"", "month", "undated"},
      {"2022", "year", "2022"},
      {"2022", "month", "undated"},
  };
  for (const auto& c : cases) CHECK_MESSAGE(period_of(c.date, c.by) == c.period, c.date, " by ", c.by);
}
