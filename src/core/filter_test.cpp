#include "actorgraph/filter.hpp"

#include <doctest/doctest.h>

#include "actorgraph/errors.hpp"

using namespace actorgraph;

TEST_CASE("filter validation: valid and invalid values side by side") {
  Filter ok;
  ok.since = "2022-02";
  ok.until = "2022-12-31";
  ok.quads = {1, 4};
  ok.roots = {"02", "19"};
  ok.types = {"person"};
  ok.countries = {"UKR"};
  CHECK_NOTHROW(validate(ok));
  CHECK_FALSE(ok.is_default());
  CHECK(Filter{}.is_default());

  auto bad = [](auto mutate) {
    Filter f;
    mutate(f);
    CHECK_THROWS_AS(validate(f), UsageError);
  };
  bad([](Filter& f) { f.since = "yesterday"; });
  bad([](Filter& f) { f.until = "2022-13-01"; });
  bad([](Filter& f) { f.since = "2023"; f.until = "2022"; });
  bad([](Filter& f) { f.quads = {5}; });
  bad([](Filter& f) { f.roots = {"21"}; });
  bad([](Filter& f) { f.cameo = {"04a"}; });
  bad([](Filter& f) { f.types = {"planet"}; });
  bad([](Filter& f) { f.countries = {"ukr"}; });
}
