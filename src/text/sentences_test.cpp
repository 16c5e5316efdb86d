#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/text.hpp"

using namespace actorgraph::text;

namespace {

std::vector<std::string> split(std::string_view text) {
  Document d;
  analyse(text, d);
  std::vector<std::string> out;
  for (const Sentence& s : d.sentences) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace

TEST_CASE("sentences: table-driven splits") {
  struct Case { const char* text; std::vector<std::string> sentences; };
  const Case cases[] = {
      {"He left. She stayed.", {"He left.", "She stayed."}},
      {"Is it? Yes! Fine.", {"Is it?", "Yes!", "Fine."}},
      {"Mr. Smith met Gen. Lee. They talked.", {"Mr. Smith met Gen. Lee.", "They talked."}},
      {"The war began on Feb. 24. Since then it grew.", {"The war began on Feb. 24.", "Since then it grew."}},
      {"It grew 1.5 percent. Prices fell.", {"It grew 1.5 percent.", "Prices fell."}},
      {"J. Smith arrived.", {"J. Smith arrived."}},
      {"He flew to the U.S. Senate hearing.", {"He flew to the U.S. Senate hearing."}},
      {"He flew to the U.S. The trip was long.", {"He flew to the U.S.", "The trip was long."}},
      {"RUSSIA WARNS U.S. OVER NEW SANCTIONS", {"RUSSIA WARNS U.S. OVER NEW SANCTIONS"}},
      {"He said, \"No.\" Then he left.", {"He said, \"No.\"", "Then he left."}},
      {"He said: “No.” Then he left.", {"He said: “No.”", "Then he left."}},
      {"“Why?” he asked. Nobody knew.", {"“Why?” he asked.", "Nobody knew."}},
      {"It ended (finally.) Next came more.", {"It ended (finally.)", "Next came more."}},
      {"Title without period\n\nFirst paragraph. Second one.", {"Title without period", "First paragraph.", "Second one."}},
      {"one\n\ntwo", {"one", "two"}},
      {"UKRAINE CALLS FOR TALKS\nKyiv said on Monday it wants talks.", {"UKRAINE CALLS FOR TALKS", "Kyiv said on Monday it wants talks."}},
      {"The talks will continue on\nMonday in Geneva.", {"The talks will continue on\nMonday in Geneva."}},
      {"He met Dr.\nJones.", {"He met Dr.\nJones."}},
      {"Shares rose 5 pct. 2023 will be better.", {"Shares rose 5 pct.", "2023 will be better."}},
      {"Smith & Co. The firm grew.", {"Smith & Co.", "The firm grew."}},
      {"Smith & Co. Limited grew.", {"Smith & Co. Limited grew."}},
      {"It is the end.The next one begins.", {"It is the end.", "The next one begins."}},
      {"Visit bbc.co.uk. It has news.", {"Visit bbc.co.uk.", "It has news."}},
      {"  padded sentence.  ", {"padded sentence."}},
      {"“Is this fair?” Smith asked. Nobody answered.", {"“Is this fair?” Smith asked.", "Nobody answered."}},
      {"\"We will win!\" Putin said.", {"\"We will win!\" Putin said."}},
      {"\"We will win.\" Putin left.", {"\"We will win.\"", "Putin left."}},
      {"Shares of Intel Corp. (INTC.O) rose.", {"Shares of Intel Corp. (INTC.O) rose."}},
      {"Sales rose in the U.K. And West Germany.", {"Sales rose in the U.K. And West Germany."}},
      {"CHICAGO, Ill., Feb 26 - Sales rose.", {"CHICAGO, Ill., Feb 26 - Sales rose."}},
      {"He felt ill. The doctor came.", {"He felt ill.", "The doctor came."}},
      {"Winners:\n - Best actor - Richard Griffiths\n - Best actress - Clare Higgins",
       {"Winners:", "- Best actor - Richard Griffiths", "- Best actress - Clare Higgins"}},
      {"", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(split(c.text) == c.sentences);
  }
}

TEST_CASE("sentences: token ranges and sentence-start flags") {
  Document d;
  analyse("He left. She stayed.", d);
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.sentences[0].first == 0);
  CHECK(d.sentences[0].last == 3);
  CHECK(d.sentences[1].first == 3);
  CHECK(d.sentences[1].last == 6);
  for (std::size_t i = 0; i < d.tokens.size(); ++i)
    CHECK(d.tokens[i].has(kSentenceStart) == (i == 0 || i == 3));
}

TEST_CASE("sentences: the seed article") {
  const char* shared = std::getenv("AG_SHARED");
  const std::string path = std::string(shared ? shared : "../shared") + "/seed/article.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    MESSAGE("skipped: seed article not found at " << path);
    return;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  Document d;
  analyse(text, d);
  // 16 paragraphs; hand count of the sentences in them ("...militarily? He asked." is two).
  CHECK(d.sentences.size() == 28);
  bool found_headline = false, found_second = false;
  for (const Sentence& s : d.sentences) {
    const std::string_view sv = std::string_view(text).substr(s.begin, s.end - s.begin);
    CHECK(sv.size() < 400);
    if (sv.find("Ukraine’s president calls for direct talks with Xi") != std::string_view::npos)
      found_headline = sv.ends_with("since the war began on Feb. 24.");
    if (sv.starts_with("Ukrainian President Volodymyr Zelenskyy has called"))
      found_second = sv.ends_with("to help end the war in his country.");
  }
  CHECK(found_headline);
  CHECK(found_second);
}

TEST_CASE("sentences: news corpora have no run-on sentences") {
  const char* shared = std::getenv("AG_SHARED");
  const std::string root = std::string(shared ? shared : "../shared") + "/corpora/";
  const char* files[] = {"reuters21578/reuters21578.jsonl", "bbc_news/bbc_all.jsonl",
                         "ag_news_test/ag_news_test.jsonl"};
  Document d;
  for (const char* f : files) {
    std::ifstream in(root + f, std::ios::binary);
    if (!in) {
      MESSAGE("skipped: corpus not found at " << root + f);
      continue;
    }
    std::size_t texts = 0, sentences = 0, longest = 0;
    std::string line;
    while (std::getline(in, line)) {
      rapidjson::Document doc;
      doc.Parse(line.data(), line.size());
      if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("text") || !doc["text"].IsString())
        continue;
      const std::string_view text(doc["text"].GetString(), doc["text"].GetStringLength());
      analyse(text, d);
      ++texts;
      sentences += d.sentences.size();
      for (const Sentence& s : d.sentences) longest = std::max<std::size_t>(longest, s.end - s.begin);
    }
    MESSAGE(std::string(f) << ": " << texts << " texts, " << sentences << " sentences, longest " << longest
              << " bytes");
    CHECK(texts > 0);
    CHECK(longest < 1500);
    CHECK(sentences >= texts);
  }
}
