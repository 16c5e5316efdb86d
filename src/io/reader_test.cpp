#include "actorgraph/reader.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/json_items.hpp"
#include "io/plain_text.hpp"

using namespace actorgraph;
namespace fs = std::filesystem;

namespace {

// A fresh temporary directory, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "ag-io-test-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& content) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
};

struct Result {
  std::vector<Article> articles;
  std::vector<ReadProblem> problems;
  std::string problem_text(std::size_t i = 0) const { return i < problems.size() ? problems[i].to_string() : "(none)"; }
};

Result read(const std::vector<std::string>& paths) {
  Result r;
  read_articles(paths, [&](Article&& a) { r.articles.push_back(std::move(a)); },
                [&](const ReadProblem& p) { r.problems.push_back(p); });
  return r;
}

// Reads "-" with standard input redirected from `file`.
Result read_stdin_from(const std::string& file) {
  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(file.c_str(), O_RDONLY);
  REQUIRE(saved >= 0);
  REQUIRE(fd >= 0);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  Result r = read({"-"});
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  return r;
}

}  // namespace

TEST_CASE("stdin: JSON Lines when the first non-blank byte is '{', else plain text") {
  TempDir d;
  Result j = read_stdin_from(d.write("in1", "\n  {\"text\":\"First.\"}\n{\"id\":\"s2\",\"text\":\"Second.\"}\n{bad\n"));
  REQUIRE(j.articles.size() == 2);
  CHECK(j.articles[0].id == "stdin-2");
  CHECK(j.articles[0].origin_file == "-");
  CHECK(j.articles[1].id == "s2");
  REQUIRE(j.problems.size() == 1);
  CHECK(j.problem_text().rfind("-:4: malformed JSON: ", 0) == 0);
  Result t = read_stdin_from(d.write("in2", "\n date 2023-09-20 A title\n\nThe body {with braces}.\n"));
  REQUIRE(t.problems.empty());
  REQUIRE(t.articles.size() == 1);
  CHECK(t.articles[0].id == "stdin");
  CHECK(t.articles[0].date == "2023-09-20");
  CHECK(t.articles[0].title == "A title");
  CHECK(t.articles[0].text == "The body {with braces}.");
  Result e = read_stdin_from(d.write("in3", " \n\t\n"));
  CHECK(e.articles.empty());
  CHECK(e.problem_text() == "-: empty file: no articles");
}

TEST_CASE("JSON Lines: accepted articles are normalised") {
  TempDir d;
  const std::string f = d.write("news.jsonl",
      "{\"id\":\"a1\",\"date\":\"2022-08-04\",\"title\":\"T\",\"text\":\"Body one.\",\"source\":\"S\",\"url\":\"u\"}\n"
      "\n"
      "   \n"
      "{\"id\":42,\"date\":\"20230115\",\"text\":\"Body two.\",\"title\":null,\"source\":null,\"extra\":[1,2]}\r\n"
      "{\"date\":\"2024-02-29T10:15:00Z\",\"text\":\"Body three.\",\"url\":null}\n"
      "{\"id\":\"a4\",\"date\":null,\"text\":\"Body four.\"}\n"
      "{\"id\":\"a5\",\"date\":\"121108\",\"text\":\"Body five.\"}\n"
      "{\"id\":\"a6\",\"date\":\"950118\",\"text\":\"Body six.\"}");  // no final newline
  Result r = read({f});
  REQUIRE(r.problems.empty());
  REQUIRE(r.articles.size() == 6);
  CHECK(r.articles[0].id == "a1");
  CHECK(r.articles[0].date == "2022-08-04");
  CHECK(r.articles[0].title == "T");
  CHECK(r.articles[0].text == "Body one.");
  CHECK(r.articles[0].source == "S");
  CHECK(r.articles[0].url == "u");
  CHECK(r.articles[0].origin_file == f);
  CHECK(r.articles[0].origin_line == 1);
  CHECK(r.articles[1].id == "42");
  CHECK(r.articles[1].date == "2023-01-15");
  CHECK(r.articles[1].title.empty());
  CHECK(r.articles[1].source.empty());
  CHECK(r.articles[1].origin_line == 4);
  CHECK(r.articles[2].id == "news-5");
  CHECK(r.articles[2].date == "2024-02-29");
  CHECK(r.articles[3].id == "a4");
  CHECK(r.articles[3].date.empty());
  CHECK(r.articles[3].origin_line == 6);
  CHECK(r.articles[4].date == "2012-11-08");  // YYMMDD: 00-29 are 20yy
  CHECK(r.articles[5].date == "1995-01-18");  // 30-99 are 19yy
}

TEST_CASE("extensions are case-insensitive; an empty or null id is derived like a missing one") {
  TempDir d;
  const std::string f = d.write("UPPER.JSONL", "{\"id\":\"\",\"text\":\"A.\"}\n{\"id\":null,\"text\":\"B.\"}\n");
  d.write("dir/MORE.NDJSON", "{\"id\":\"m\",\"text\":\"M.\"}\n");
  Result r = read({f, (d.path / "dir").string()});
  REQUIRE(r.problems.empty());
  REQUIRE(r.articles.size() == 3);
  CHECK(r.articles[0].id == "UPPER-1");
  CHECK(r.articles[1].id == "UPPER-2");
  CHECK(r.articles[2].id == "m");
}

TEST_CASE(".ndjson is JSON Lines; a UTF-8 byte order mark is skipped") {
  TempDir d;
  const std::string f = d.write("x.ndjson", "\xEF\xBB\xBF{\"id\":\"b\",\"text\":\"Caf\xC3\xA9 talks.\"}\n");
  Result r = read({f});
  REQUIRE(r.problems.empty());
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].text == "Caf\xC3\xA9 talks.");
}

TEST_CASE("JSON Lines: each bad line is one problem naming file, line and field") {
  TempDir d;
  struct Case {
    const char* line;
    const char* expected;  // ReadProblem::to_string() after the "FILE:" prefix
  };
  const Case cases[] = {
      {"{\"id\":\"x\",\"text\":\"ok\"", "1: malformed JSON: Missing a comma or '}' after an object member at column 22"},
      {"{\"id\":\"x\",\"title\":\"no text\"}", "1: field 'text': is missing"},
      {"{\"id\":\"x\",\"text\":\"\"}", "1: field 'text': must not be empty"},
      {"{\"id\":\"x\",\"text\":\"  \\n\\t \"}", "1: field 'text': must contain a non-space character"},
      {"{\"id\":\"x\",\"text\":42}", "1: field 'text': must be of type \"string\", not a number"},
      {"{\"id\":true,\"text\":\"t\"}", "1: field 'id': must be of type [\"string\",\"integer\",\"null\"], not a boolean"},
      {"{\"id\":\"x\",\"text\":\"t\",\"title\":[\"a\"]}", "1: field 'title': must be of type [\"string\",\"null\"], not an array"},
      {"{\"id\":\"x\",\"text\":\"t\",\"date\":\"4 Aug 2022\"}",
       "1: field 'date': must be YYYY-MM-DD (optionally with a time), YYYYMMDD or YYMMDD, not '4 Aug 2022'"},
      {"{\"id\":\"x\",\"text\":\"t\",\"date\":\"1211089\"}",
       "1: field 'date': must be YYYY-MM-DD (optionally with a time), YYYYMMDD or YYMMDD, not '1211089'"},
      {"{\"id\":\"x\",\"text\":\"t\",\"date\":\"950230\"}", "1: field 'date': '950230' is not a calendar date"},
      {"{\"id\":\"x\",\"text\":\"t\",\"date\":\"2022-02-30\"}", "1: field 'date': '2022-02-30' is not a calendar date"},
      {"{\"id\":\"x\",\"text\":\"t\",\"date\":\"20221301\"}", "1: field 'date': '20221301' is not a calendar date"},
      {"{\"id\":\"x\",\"text\":\"caf\xE9\"}", "1: field 'text': invalid UTF-8"},
      {"{\"id\":\"x\",\"te\xFFxt\":\"a\"}", "1: invalid UTF-8"},
      {"[1,2]", "1: field '(document)': must be of type \"object\", not an array"},
      {"\"just a string\"", "1: field '(document)': must be of type \"object\", not a string"},
      {"{\"id\":\"x\",\"text\":\"t\"} trailing", "1: malformed JSON: The document root must not be followed by other values at column 23"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.line);
    const std::string f = d.write("bad.jsonl", std::string(c.line) + "\n");
    Result r = read({f});
    CHECK(r.articles.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].file == f);
    CHECK(r.problems[0].line == 1);
    CHECK(r.problem_text() == f + ":" + c.expected);
  }
}

TEST_CASE("JSON Lines: good lines around a bad one are kept, with the bad line's number") {
  TempDir d;
  const std::string f = d.write("mixed.jsonl",
                                "{\"id\":\"g1\",\"text\":\"Good.\"}\n\n{\"id\":\"b\"}\n{\"id\":\"g2\",\"text\":\"Good.\"}\n");
  Result r = read({f});
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[1].id == "g2");
  CHECK(r.articles[1].origin_line == 4);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].line == 3);
  CHECK(r.problems[0].field == "text");
  CHECK(r.problems[0].message == "is missing");
}

TEST_CASE("empty inputs, missing paths and empty directories are one problem each") {
  TempDir d;
  const std::string empty = d.write("empty.jsonl", "");
  const std::string blank = d.write("blank.jsonl", "\n  \n\n");
  const std::string empty_txt = d.write("e.txt", " \n\n");
  const std::string empty_json = d.write("e.json", "");
  const std::string empty_array = d.write("a.json", "\n[ ]\n");
  fs::create_directories(d.path / "nothing" / "sub");
  d.write("nothing/.keep", "");
  d.write("nothing/sub/notes.md", "# not an article\n");
  const std::string missing = (d.path / "missing.jsonl").string();
  const std::string nothing = (d.path / "nothing").string();
  Result r = read({empty, blank, empty_txt, empty_json, empty_array, missing, nothing});
  CHECK(r.articles.empty());
  REQUIRE(r.problems.size() == 7);
  CHECK(r.problem_text(0) == empty + ": empty file: no articles");
  CHECK(r.problem_text(1) == blank + ": empty file: no articles");
  CHECK(r.problem_text(2) == empty_txt + ": empty file: no articles");
  CHECK(r.problem_text(3) == empty_json + ": empty file: no articles");
  CHECK(r.problem_text(4) == empty_array + ":2: no articles: the JSON array is empty");
  CHECK(r.problem_text(5) == missing + ": no such file or directory");
  CHECK(r.problem_text(6) == nothing + ": no articles: the directory holds no .jsonl, .ndjson, .json or .txt files");
}

TEST_CASE("JSON documents: an array of articles or one object; items located by line") {
  TempDir d;
  const std::string arr = d.write("arr.json",
                                  "[\n"
                                  "  {\"id\": \"j1\", \"text\": \"One [with brackets] and {braces}, \\\"quoted\\\".\"},\n"
                                  "  {\"text\": \"Two.\", \"date\": \"2022-08-04 09:00\"},\n"
                                  "  42,\n"
                                  "  {\"id\": \"j4\", \"text\": \"\"}\n"
                                  "]\n");
  const std::string one = d.write("one.json", "{\"id\": \"solo\", \"text\": \"Alone.\"}");
  Result r = read({arr, one});
  REQUIRE(r.articles.size() == 3);
  CHECK(r.articles[0].id == "j1");
  CHECK(r.articles[0].origin_line == 2);
  CHECK(r.articles[1].id == "arr-2");
  CHECK(r.articles[1].date == "2022-08-04");
  CHECK(r.articles[1].origin_line == 3);
  CHECK(r.articles[2].id == "solo");
  REQUIRE(r.problems.size() == 2);
  CHECK(r.problem_text(0) == arr + ":4: field '[2]': must be of type \"object\", not a number");
  CHECK(r.problem_text(1) == arr + ":5: field '[3].text': must not be empty");
}

TEST_CASE("JSON documents: malformed, invalid UTF-8, not an array or object") {
  TempDir d;
  const std::string bad = d.write("bad.json", "[\n  {\"text\": \"a\"},\n  {\"text\": \"b\"\n]\n");
  const std::string utf = d.write("utf.json", "[\n{\"text\": \"ok\"},\n{\"text\": \"\xC3\x28\"}\n]");
  const std::string num = d.write("num.json", "\n 42\n");
  Result r = read({bad, utf, num});
  CHECK(r.articles.empty());
  REQUIRE(r.problems.size() == 3);
  CHECK(r.problem_text(0) == bad + ":4: malformed JSON: Missing a comma or '}' after an object member");
  CHECK(r.problem_text(1) == utf + ":3: invalid UTF-8");
  CHECK(r.problem_text(2) ==
        num + ":2: field '(document)': must be a JSON array of article objects or one article object");
}

TEST_CASE("array_item_offsets finds top-level items only") {
  const std::string s = R"( [ {"a":[1,{"b":"]"}]}, "x,y" ,3,[4,5], null ] )";
  const auto offs = io::array_item_offsets(s, 1);
  REQUIRE(offs.size() == 5);
  CHECK(s[offs[0]] == '{');
  CHECK(s.substr(offs[1], 5) == "\"x,y\"");
  CHECK(s[offs[2]] == '3');
  CHECK(s[offs[3]] == '[');
  CHECK(s.substr(offs[4], 4) == "null");
}

TEST_CASE("plain text: title line, optional date prefix, body") {
  TempDir d;
  const std::string a = d.write("My Report.txt", "\n\n date 2023-05-17  Leaders meet in Paris \n\nFirst paragraph.\n\nSecond.\n\n");
  const std::string b = d.write("notes", "Date set for summit\r\nBody text.\r\nMore.\r\n");
  const std::string c = d.write("c.txt", "Date: 2024-01-02 Title C\nText C.");
  Result r = read({a, b, c});
  REQUIRE(r.problems.empty());
  REQUIRE(r.articles.size() == 3);
  CHECK(r.articles[0].id == "my-report");
  CHECK(r.articles[0].date == "2023-05-17");
  CHECK(r.articles[0].title == "Leaders meet in Paris");
  CHECK(r.articles[0].text == "First paragraph.\n\nSecond.");
  CHECK(r.articles[0].origin_line == 0);
  CHECK(r.articles[1].id == "notes");
  CHECK(r.articles[1].date.empty());
  CHECK(r.articles[1].title == "Date set for summit");
  CHECK(r.articles[1].text == "Body text.\nMore.");
  CHECK(r.articles[2].date == "2024-01-02");
  CHECK(r.articles[2].title == "Title C");
}

TEST_CASE("split_date_prefix: valid and invalid prefixes side by side") {
  struct Case {
    const char* line;
    bool found;
    const char* date;
    const char* rest;
  };
  const Case cases[] = {
      {" date 2022-08-04 Title", true, "2022-08-04", "Title"},
      {"DATE:2022-08-04", true, "2022-08-04", ""},
      {"date 2022-8-4 Title", false, "", ""},
      {"dated 2022-08-04 Title", false, "", ""},
      {"date 2022-08-045", false, "", ""},
      {"Update 2022-08-04", false, "", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.line);
    std::string_view date, rest;
    CHECK(io::split_date_prefix(c.line, date, rest) == c.found);
    if (c.found) {
      CHECK(date == c.date);
      CHECK(rest == c.rest);
    }
  }
}

TEST_CASE("plain text problems: invalid UTF-8 line, bad date, no body") {
  TempDir d;
  const std::string u = d.write("u.txt", "Title\n\nok line\nbad \xC0\xAF line\n");
  const std::string dt = d.write("dt.txt", "\ndate 2022-13-01 Title\nBody.\n");
  const std::string nb = d.write("nb.txt", "Only a title\n\n   \n");
  Result r = read({u, dt, nb});
  CHECK(r.articles.empty());
  REQUIRE(r.problems.size() == 3);
  CHECK(r.problem_text(0) == u + ":4: invalid UTF-8");
  CHECK(r.problem_text(1) == dt + ":2: field 'date': '2022-13-01' is not a calendar date");
  CHECK(r.problem_text(2) == nb + ":1: field 'text': is empty: nothing follows the title line");
}

TEST_CASE("directories: recursive, sorted, only article extensions, hidden entries skipped") {
  TempDir d;
  d.write("corpus/b.jsonl", "{\"id\":\"b\",\"text\":\"B.\"}\n");
  d.write("corpus/a/z.txt", "Z title\nZ body.\n");
  d.write("corpus/a.json", "[{\"id\":\"a\",\"text\":\"A.\"}]");
  d.write("corpus/c.ndjson", "{\"id\":\"c\",\"text\":\"C.\"}\n");
  d.write("corpus/skip.csv", "id,text\n");
  d.write("corpus/.hidden/h.jsonl", "{\"id\":\"h\",\"text\":\"H.\"}\n");
  d.write("corpus/.keep", "");
  Result r = read({(d.path / "corpus").string()});
  CHECK(r.problems.empty());
  std::vector<std::string> ids;
  for (const auto& a : r.articles) ids.push_back(a.id);
  CHECK(ids == std::vector<std::string>{"z", "a", "b", "c"});  // a/z.txt < a.json < b.jsonl < c.ndjson
}

TEST_CASE("duplicate ids within one run: reported, the first kept") {
  TempDir d;
  const std::string f = d.write("d.jsonl", "{\"id\":\"x\",\"text\":\"First.\"}\n{\"id\":\"x\",\"text\":\"Second.\"}\n");
  const std::string g = d.write("g.json", "[{\"id\":\"x\",\"text\":\"Third.\"}]");
  Result r = read({f, g});
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].text == "First.");
  REQUIRE(r.problems.size() == 2);
  CHECK(r.problem_text(0) == f + ":2: field 'id': duplicate id 'x' (first seen at " + f + ":1); keeping the first");
  CHECK(r.problem_text(1) == g + ":1: field 'id': duplicate id 'x' (first seen at " + f + ":1); keeping the first");
}

TEST_CASE("long lines beyond the read block are read whole") {
  TempDir d;
  std::string big(3 << 20, 'w');  // 3 MiB of text, more than one 1 MiB block
  for (std::size_t i = 100; i < big.size(); i += 100) big[i] = ' ';
  std::string content;
  for (int i = 0; i < 3; ++i) content += "{\"id\":\"L" + std::to_string(i) + "\",\"text\":\"" + big + "\"}\n";
  const std::string f = d.write("long.jsonl", content);
  Result r = read({f});
  REQUIRE(r.problems.empty());
  REQUIRE(r.articles.size() == 3);
  CHECK(r.articles[2].text == big);
  CHECK(r.articles[2].origin_line == 3);
}

TEST_CASE("ReadProblem::to_string leaves out unknown parts") {
  CHECK(ReadProblem{"f.jsonl", 3, "text", "is missing"}.to_string() == "f.jsonl:3: field 'text': is missing");
  CHECK(ReadProblem{"dir", 0, "", "no articles"}.to_string() == "dir: no articles");
  CHECK(ReadProblem{"-", 2, "", "invalid UTF-8"}.to_string() == "-:2: invalid UTF-8");
}

TEST_CASE("seed article: JSON Lines and plain text give the same title, date and text") {
  const char* shared = std::getenv("AG_SHARED");
  const fs::path seed = fs::path(shared ? shared : "../shared") / "seed";
  if (!fs::exists(seed / "article.jsonl") || !fs::exists(seed / "article.txt")) {
    MESSAGE("skipped: " << seed.string() << " has no article.jsonl/article.txt");
    return;
  }
  Result j = read({(seed / "article.jsonl").string()});
  Result t = read({(seed / "article.txt").string()});
  REQUIRE(j.problems.empty());
  REQUIRE(t.problems.empty());
  REQUIRE(j.articles.size() == 1);
  REQUIRE(t.articles.size() == 1);
  CHECK(j.articles[0].id == "seed-zelenskyy-xi");
  CHECK(t.articles[0].id == "article");
  CHECK(j.articles[0].date == "2022-08-04");
  CHECK(t.articles[0].date == j.articles[0].date);
  CHECK(t.articles[0].title == j.articles[0].title);
  CHECK(t.articles[0].text == j.articles[0].text);
}

TEST_CASE("tests/data/bad fixtures give exactly the problems listed in EXPECTED.txt") {
  const char* root = std::getenv("AG_SOURCE_ROOT");
  const fs::path dir = fs::path(root ? root : ".") / "tests" / "data" / "bad";
  std::ifstream expected(dir / "EXPECTED.txt");
  if (!expected) {
    MESSAGE("skipped: " << (dir / "EXPECTED.txt").string() << " not found (set AG_SOURCE_ROOT)");
    return;
  }
  std::size_t cases = 0;
  for (std::string line; std::getline(expected, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    REQUIRE(t2 != std::string::npos);
    const std::string fixture = line.substr(0, t1);
    const std::size_t accepted = std::stoul(line.substr(t1 + 1, t2 - t1 - 1));
    std::string message = line.substr(t2 + 1);
    CAPTURE(fixture);
    // The listed messages name "tests/data/bad/<fixture>"; here the path is absolute.
    const std::string shown = "tests/data/bad/";
    const std::string actual_prefix = dir.string() + "/";
    for (std::size_t p = message.find(shown); p != std::string::npos; p = message.find(shown, p + actual_prefix.size()))
      message.replace(p, shown.size(), actual_prefix);
    Result r = read({(dir / fixture).string()});
    CHECK(r.articles.size() == accepted);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problem_text() == message);
    ++cases;
  }
  CHECK(cases >= 10);
}

TEST_CASE("samples/ articles read cleanly: 150-300 words each, dated 2022-2024") {
  const char* root = std::getenv("AG_SOURCE_ROOT");
  const fs::path samples = fs::path(root ? root : ".") / "samples" / "articles";
  if (!fs::exists(samples / "articles.jsonl")) {
    MESSAGE("skipped: " << samples.string() << "/articles.jsonl not found (set AG_SOURCE_ROOT)");
    return;
  }
  Result r = read({(samples / "articles.jsonl").string(), (samples / "briefing.txt").string()});
  CHECK(r.problems.empty());
  REQUIRE(r.articles.size() >= 6);
  bool non_ascii_name = false;
  for (const auto& a : r.articles) {
    CAPTURE(a.id);
    std::size_t words = 0;
    bool in_word = false;
    for (char c : a.text) {
      const bool space = c == ' ' || c == '\n' || c == '\t';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    CHECK(words >= 150);
    CHECK(words <= 300);
    CHECK(a.date >= "2022-01-01");
    CHECK(a.date <= "2024-12-31");
    CHECK(!a.title.empty());
    CHECK(a.text.find("Zelenskyy") != std::string::npos);
    if (a.text.find("Erdo\xC4\x9F" "an") != std::string::npos) non_ascii_name = true;
  }
  CHECK(r.articles.back().id == "briefing");
  CHECK(non_ascii_name);
}
