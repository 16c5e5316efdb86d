#include "export/escape.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "export/attributes.hpp"

using namespace actorgraph::exporting;

namespace {
template <class F>
std::string run(F f, std::string_view in) {
  std::string out = "<";  // appends must keep what is there
  f(out, in);
  REQUIRE(out.substr(0, 1) == "<");
  return out.substr(1);
}
}  // namespace

TEST_CASE("clean_text keeps valid UTF-8 and drops what XML forbids") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"plain", "plain"},
      {"Erdo\xC4\x9F" "an", "Erdo\xC4\x9F" "an"},              // valid 2-byte
      {"\xE2\x82\xAC 5", "\xE2\x82\xAC 5"},                      // valid 3-byte (euro)
      {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},                  // valid 4-byte
      {"tab\tlf\ncr\r", "tab\tlf\ncr\r"},                        // allowed controls
      {std::string("a\x01" "b\x1F" "c\x00" "d", 7), "abcd"},     // forbidden controls dropped
      {"\xEF\xBF\xBE|\xEF\xBF\xBF", "|"},                        // U+FFFE/U+FFFF dropped
      {"bad\xFFx", "bad\xEF\xBF\xBDx"},                          // invalid byte -> U+FFFD
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},                  // overlong '/'
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // surrogate
      {"cut\xE2\x82", "cut\xEF\xBF\xBD\xEF\xBF\xBD"},            // truncated at end
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(clean_text(c.in) == c.out);
  }
}

TEST_CASE("append_xml escapes markup, quotes and whitespace controls") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"AT&T <Mobility>", "AT&amp;T &lt;Mobility&gt;"},
      {"say \"hi\" it's", "say &quot;hi&quot; it&apos;s"},
      {"a\tb\nc\rd", "a&#9;b&#10;c&#13;d"},
      {"x\x01y", "xy"},
      {"Erdo\xC4\x9F" "an", "Erdo\xC4\x9F" "an"},
      {"&amp;", "&amp;amp;"},  // no double-unescaping: text is text
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(run(append_xml, c.in) == c.out);
  }
}

TEST_CASE("append_dot_quoted quotes everything and escapes backslash and quote") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"node", "\"node\""},  // keyword stays a plain string
      {"C:\\path\\", "\"C:\\\\path\\\\\""},
      {"say \"hi\"", "\"say \\\"hi\\\"\""},
      {"two\nlines\r", "\"two\\nlines\""},
      {"", "\"\""},
      {"a\x02" "b", "\"ab\""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(run(append_dot_quoted, c.in) == c.out);
  }
}

TEST_CASE("append_csv_field quotes per RFC 4180 only when needed") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"plain", "plain"},
      {"", ""},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"line\nbreak", "\"line\nbreak\""},
      {" padded ", "\" padded \""},
      {"semi;colon", "semi;colon"},
      {"x\x01y", "xy"},
      {"q\"\x01", "\"q\"\"\""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(run(append_csv_field, c.in) == c.out);
  }
}

TEST_CASE("append_double writes the shortest round-trip text and refuses non-finite values") {
  struct Case {
    double in;
    const char* out;
  };
  const Case cases[] = {{3.0, "3"}, {-2.0, "-2"}, {0.1, "0.1"}, {1.0 / 3, "0.3333333333333333"},
                        {-10.0, "-10"}, {3.4, "3.4"}, {1e21, "1e+21"}, {0.0, "0"}};
  for (const Case& c : cases) {
    CAPTURE(c.in);
    std::string s;
    CHECK(append_double(s, c.in));
    CHECK(s == c.out);
    CHECK(std::stod(s) == c.in);
  }
  for (double bad : {std::nan(""), std::numeric_limits<double>::infinity(),
                     -std::numeric_limits<double>::infinity()}) {
    std::string s = "x";
    CHECK_FALSE(append_double(s, bad));
    CHECK(s == "x");
  }
}

TEST_CASE("node_id keeps slugs and maps everything else injectively to NMTOKEN characters") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"xi-jinping", "xi-jinping"},
      {"unk-foo.bar", "unk-foo.bar"},
      {"USAGOV", "USAGOV"},
      {"a_b", "a_5Fb"},
      {"a b", "a_20b"},
      {"a_20b", "a_5F20b"},  // differs from "a b"
      {"Erdo\xC4\x9F" "an", "Erdo_C4_9Fan"},
      {"<&>", "_3C_26_3E"},
      {"", "_"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(node_id(c.in) == c.out);
  }
}

TEST_CASE("date_part keeps the ISO calendar date") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {{"2022-08-04", "2022-08-04"}, {"2023-03-20T10:00:00Z", "2023-03-20"}, {"2023-02", "2023-02"},
                        {"2023", "2023"}, {"", ""}, {"May 2022", ""}, {"2023-x", "2023"}};
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(date_part(c.in) == c.out);
  }
}
