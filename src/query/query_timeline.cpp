// query timeline / actors.
#include <algorithm>
#include <cstdio>
#include <array>
#include <map>
#include <optional>
#include <ostream>

#include "actorgraph/errors.hpp"
#include "actorgraph/query.hpp"
#include "actorgraph/store.hpp"
#include "query/format.hpp"
#include "query/resolve.hpp"
#include "query/timeline.hpp"

namespace actorgraph {


namespace {
using namespace query;
constexpr const char* kQuadNames[] = {"uncoded", "verbal coop", "material coop", "verbal conflict",
                                      "material conflict"};
}  // namespace

void query_timeline(const Store& s, std::string_view a, std::string_view b, const QueryOptions& o,
                    std::ostream& out) {
  Actor x = resolve_or_throw(s, a);
  std::optional<Actor> y;
  if (!b.empty()) y = resolve_or_throw(s, b);
  const std::string by = o.by.empty() ? "month" : o.by;
  auto dates = s.mention_dates(x.id, y ? std::string_view(y->id) : std::string_view(), o.filter);
  std::map<std::string, std::array<std::uint64_t, 5>> rows;  // period -> counts by quad 0..4
  for (const auto& [date, quad] : dates) rows[period_of(date, by)][std::clamp(quad, 0, 4)]++;
  if (o.json) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    w.StartObject();
    key(w, "actor"), write_actor(w, x);
    if (y) key(w, "with"), write_actor(w, *y);
    key(w, "by"), str(w, by);
    key(w, "periods");
    w.StartArray();
    for (const auto& [period, counts] : rows) {
      w.StartObject();
      key(w, "period"), str(w, period);
      std::uint64_t total = 0;
      for (auto c : counts) total += c;
      key(w, "mentions"), w.Uint64(total);
      key(w, "by_quad");
      w.StartObject();
      for (int q = 0; q <= 4; ++q) key(w, kQuadNames[q]), w.Uint64(counts[q]);
      w.EndObject();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    flush_json(sb, out);
    return;
  }
  out << "mentions of " << x.name << (y ? " with " + y->name : std::string()) << " per " << by << "\n\n";
  out << fit(by, 10) << fit("total", 7);
  for (int q = 1; q <= 4; ++q) out << fit(kQuadNames[q], 19);
  out << "uncoded\n";
  std::uint64_t peak = 1;
  for (const auto& [period, counts] : rows) {
    std::uint64_t total = 0;
    for (auto c : counts) total += c;
    peak = std::max(peak, total);
  }
  for (const auto& [period, counts] : rows) {
    std::uint64_t total = 0;
    for (auto c : counts) total += c;
    out << fit(period, 10) << fit(std::to_string(total), 7);
    for (int q = 1; q <= 4; ++q) out << fit(std::to_string(counts[q]), 19);
    out << fit(std::to_string(counts[0]), 8) << std::string(static_cast<std::size_t>(30 * total / peak), '#') << "\n";
  }
  if (rows.empty()) out << "(no mentions under these filters)\n";
}

void query_actors(const Store& s, std::string_view pattern, const QueryOptions& o, std::ostream& out) {
  auto actors = s.search_actors(pattern, o.limit);
  if (o.json) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    w.StartArray();
    for (const auto& a : actors) write_actor(w, a);
    w.EndArray();
    flush_json(sb, out);
    return;
  }
  if (actors.empty()) {
    out << "no actor's name or alias contains '" << pattern << "'\n";
    return;
  }
  out << fit("id", 30) << fit("name", 32) << fit("type", 14) << fit("country", 9) << "code\n";
  for (const auto& a : actors)
    out << fit(a.id, 30) << fit(a.name, 32) << fit(to_string(a.type), 14) << fit(a.country, 9) << a.code << "\n";
}

}  // namespace actorgraph
