#include "cli/options.hpp"

#include <ostream>

#include "actorgraph/errors.hpp"

namespace actorgraph::cli {
namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Splits "a,b" and repeated options into one list.
std::vector<std::string> list(const Args& a, std::string_view name) {
  std::vector<std::string> out;
  for (const auto& v : a.all(name)) {
    std::size_t start = 0;
    while (start <= v.size()) {
      auto comma = v.find(',', start);
      std::string item = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!item.empty()) out.push_back(item);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return out;
}

}  // namespace

void declare_date_option(Args& a) {
  a.value("--date", "assume this date (YYYY[-MM[-DD]]) for articles with none: roles and titles resolve on it; "
                    "triples carry it as assumed_date");
}

std::string read_assumed_date(const Args& a) {
  std::string d = a.get("--date");
  if (!d.empty() && !valid_date(d)) throw UsageError("--date: '" + d + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  return d;
}

const Extractor& dated(const Extractor& e, const std::string& date, std::unique_ptr<Extractor>& holder) {
  if (date.empty()) return e;
  holder = with_assumed_date(e, date);
  return *holder;
}

void declare_db_option(Args& a) { a.value("--db", "database file (default ./actorgraph.db)"); }

std::string db_path(const Args& a) { return a.get("--db", kDefaultDb); }

void declare_dictionary_options(Args& a) {
  a.value("--actors", "extra actor dictionary: JSON (schemas/actors.schema.json), Phoenix or TABARI", true);
  a.value("--relations", "extra relation lexicon: JSON (schemas/relations.schema.json), CAMEO verb patterns",
          true);
}

Dictionaries load_dictionaries(const Args& a, std::ostream& err) {
  Dictionaries d{ActorDictionary::builtin(), RelationLexicon::builtin()};
  for (const auto& f : a.all("--actors")) {
    if (ends_with(f, ".json")) {
      d.actors.load_json_file(f);
    } else {
      for (const auto& p : d.actors.import_file(f)) err << "warning: " << p << "\n";
    }
  }
  for (const auto& f : a.all("--relations")) {
    if (ends_with(f, ".json")) {
      d.relations.load_json_file(f);
    } else {
      for (const auto& p : d.relations.import_file(f)) err << "warning: " << p << "\n";
    }
  }
  return d;
}

void declare_filter_options(Args& a) {
  a.value("--since", "only mentions on or after this date (YYYY[-MM[-DD]])");
  a.value("--until", "only mentions on or before this date");
  a.value("--cameo", "CAMEO code prefixes, comma separated (e.g. 04,042)", true);
  a.value("--root", "CAMEO roots, comma separated (01-20)", true);
  a.value("--quad", "quad classes, comma separated (1-4)", true);
  a.value("--plover", "PLOVER types, comma separated (e.g. CONSULT)", true);
  a.value("--min-mentions", "leave out edges with fewer mentions");
  a.flag("--include-negated", "include negated relations (\"has yet to condemn\")");
  a.flag("--include-hypothetical", "include hypothetical and intended relations (\"could\", \"plans to\")");
  a.value("--type", "actor types, comma separated (person, country, government, …)", true);
  a.value("--country", "ISO 3166-1 alpha-3 codes, comma separated (e.g. UKR,RUS)", true);
}

Filter read_filter(const Args& a) {
  Filter f;
  f.since = a.get("--since");
  f.until = a.get("--until");
  f.cameo = list(a, "--cameo");
  f.roots = list(a, "--root");
  for (const auto& q : list(a, "--quad")) {
    if (q.size() != 1 || q[0] < '1' || q[0] > '4')
      throw UsageError("--quad: '" + q + "' is not a quad class (1-4)");
    f.quads.push_back(q[0] - '0');
  }
  for (auto p : list(a, "--plover")) {
    for (auto& c : p) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    f.plover.push_back(p);
  }
  f.min_mentions = static_cast<std::uint32_t>(a.get_uint("--min-mentions", 1, 1, 1000000000));
  f.include_negated = a.has("--include-negated");
  f.include_hypothetical = a.has("--include-hypothetical");
  f.types = list(a, "--type");
  for (auto c : list(a, "--country")) {
    for (auto& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    f.countries.push_back(c);
  }
  validate(f);
  return f;
}

}  // namespace actorgraph::cli
