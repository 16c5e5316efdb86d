#include "query/timeline.hpp"

#include <cstdio>
#include <string>

namespace actorgraph {

namespace query {

std::string period_of(std::string_view date, std::string_view by) {
  if (date.size() < 10) return date.size() >= 4 && by == "year" ? std::string(date.substr(0, 4)) : "undated";
  if (by == "year") return std::string(date.substr(0, 4));
  if (by == "month" || by.empty()) return std::string(date.substr(0, 7));
  // ISO 8601 week: the week with the year's first Thursday is week 1.
  int y = std::stoi(std::string(date.substr(0, 4))), m = std::stoi(std::string(date.substr(5, 2))),
      d = std::stoi(std::string(date.substr(8, 2)));
  auto days_from_civil = [](int yy, int mm, int dd) {  // H. Hinnant's algorithm
    yy -= mm <= 2;
    const int era = (yy >= 0 ? yy : yy - 399) / 400;
    const int yoe = yy - era * 400;
    const int doy = (153 * (mm + (mm > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  };
  auto weekday = [&](int days) { return ((days % 7) + 7 + 3) % 7; };  // 0 = Monday (1970-01-01 was a Thursday)
  int days = days_from_civil(y, m, d);
  int thursday = days - weekday(days) + 3;
  // Year of that Thursday.
  int ty = y;
  if (thursday < days_from_civil(y, 1, 1)) ty = y - 1;
  else if (thursday >= days_from_civil(y + 1, 1, 1)) ty = y + 1;
  int week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", ty, week);
  return buf;
}

}  // namespace query

}  // namespace actorgraph
