#include "cli/args.hpp"

#include <doctest/doctest.h>

#include "actorgraph/errors.hpp"
#include "cli/options.hpp"

using namespace actorgraph;
using namespace actorgraph::cli;

namespace {
Args make() {
  Args a;
  a.value("--db", "db").flag("--json", "json").value("--country", "c", true).alias("-o", "--db");
  return a;
}
}  // namespace

TEST_CASE("args: accepted forms") {
  Args a = make();
  a.parse({"actor", "--db", "x.db", "--json", "--country=UKR", "--country", "RUS", "-", "--", "--json"});
  CHECK(a.get("--db") == "x.db");
  CHECK(a.has("--json"));
  CHECK(a.all("--country") == std::vector<std::string>{"UKR", "RUS"});
  CHECK(a.positionals() == std::vector<std::string>{"actor", "-", "--json"});
  Args b = make();
  b.parse({"-o", "y.db"});
  CHECK(b.get("--db") == "y.db");
}

TEST_CASE("args: rejected forms name the option") {
  const std::vector<std::vector<std::string>> bad = {
      {"--nope"}, {"--db"}, {"--db", "a", "--db", "b"}, {"--json=1"}};
  for (const auto& argv : bad) {
    Args a = make();
    CHECK_THROWS_AS(a.parse(argv), UsageError);
  }
  Args n;
  n.value("--limit", "n");
  n.parse({"--limit", "12x"});
  CHECK_THROWS_WITH_AS(n.get_uint("--limit", 1), "option '--limit': '12x' is not a whole number in 0..18446744073709551615",
                       UsageError);
}

TEST_CASE("filter options: lists, upper-casing and validation") {
  Args a;
  declare_filter_options(a);
  a.parse({"--country", "ukr,rus", "--quad", "1,4", "--root", "02", "--plover", "consult", "--since", "2022-02"});
  Filter f = read_filter(a);
  CHECK(f.countries == std::vector<std::string>{"UKR", "RUS"});
  CHECK(f.quads == std::vector<int>{1, 4});
  CHECK(f.plover == std::vector<std::string>{"CONSULT"});
  Args b;
  declare_filter_options(b);
  b.parse({"--quad", "7"});
  CHECK_THROWS_AS(read_filter(b), UsageError);
  Args c;
  declare_filter_options(c);
  c.parse({"--since", "last week"});
  CHECK_THROWS_AS(read_filter(c), UsageError);
}
