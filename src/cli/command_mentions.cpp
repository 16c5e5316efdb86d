// actorgraph mentions FILE... — the actors recognised in articles, as JSON Lines.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <ostream>

#include "actorgraph/errors.hpp"
#include "actorgraph/extractor.hpp"
#include "actorgraph/reader.hpp"
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace actorgraph::cli {
namespace {

void write_mention(const Article& a, const RecognisedMention& m, std::string& line) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  auto s = [&](const std::string& v) { w.String(v.data(), static_cast<rapidjson::SizeType>(v.size())); };
  const Actor& act = m.mention.actor;
  w.StartObject();
  w.Key("article"), s(a.id);
  w.Key("sentence"), w.Uint(m.sentence);
  w.Key("span");
  w.StartArray();
  w.Uint(m.mention.begin);
  w.Uint(m.mention.end);
  w.EndArray();
  w.Key("mention"), s(m.mention.mention);
  w.Key("how"), s(m.how);
  w.Key("id"), s(act.id);
  w.Key("name"), s(act.name);
  w.Key("type"), w.String(to_string(act.type).data(), static_cast<rapidjson::SizeType>(to_string(act.type).size()));
  w.Key("country"), s(act.country);
  w.Key("sector"), s(act.sector);
  w.Key("code"), s(act.code);
  w.EndObject();
  line.assign(sb.GetString(), sb.GetSize());
  line += '\n';
}

class MentionsCommand : public Command {
 public:
  std::string name() const override { return "mentions"; }
  std::string synopsis() const override { return "actorgraph mentions FILE... [--actors FILE]"; }
  std::string description() const override {
    return "Prints every actor mention recognised in the articles, after reference resolution (\"he\",\n"
           "\"Beijing\", \"the Chinese president\"), as JSON Lines: article, sentence, byte span, the words,\n"
           "how it was recognised, and the resolved actor's id, name, type, country, sector and code.";
  }
  void declare(Args& a) override {
    declare_date_option(a);
    declare_dictionary_options(a);
  }
  void setup(const Args& a) override {
    args_ = &a;
    if (a.positionals().empty()) throw UsageError("mentions: no input files (give FILE..., a directory, or -)");
    date_ = read_assumed_date(a);
  }
  int run(std::ostream& out, std::ostream& err) override {
    auto dicts = load_dictionaries(*args_, err);
    auto extractor = make_pattern_extractor(dicts.actors, dicts.relations);
    std::unique_ptr<Extractor> holder;
    const Extractor& ex = dated(*extractor, date_, holder);
    std::vector<RecognisedMention> mentions;
    std::string line;
    std::size_t rejected = 0;
    read_articles(
        args_->positionals(),
        [&](Article&& a) {
          mentions.clear();
          ex.recognise(a, mentions);
          for (const auto& m : mentions) {
            write_mention(a, m, line);
            out.write(line.data(), static_cast<std::streamsize>(line.size()));
          }
        },
        [&](const ReadProblem& p) {
          ++rejected;
          err << "error: " << p.to_string() << "\n";
        });
    out.flush();
    return rejected ? kError : kOk;
  }

 private:
  const Args* args_ = nullptr;
  std::string date_;
};

}  // namespace

std::unique_ptr<Command> make_mentions_command() { return std::make_unique<MentionsCommand>(); }

}  // namespace actorgraph::cli
