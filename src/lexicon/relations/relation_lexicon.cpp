// RelationLexicon: entries, id overrides, the head index and the built-in lexicon.
#include "actorgraph/relation_lexicon.hpp"

#include <fstream>
#include <functional>
#include <sstream>
#include <unordered_map>

#include "actorgraph/errors.hpp"
#include "lexicon/relations/lexicon_json.hpp"
#include "lexicon/relations/relations_data.hpp"
#include "lexicon/relations/verb_dictionary.hpp"

namespace actorgraph {
namespace {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using HeadIndex = std::unordered_map<std::string, std::vector<std::uint32_t>, StringHash, std::equal_to<>>;

const std::vector<std::uint32_t>& empty_list() {
  static const std::vector<std::uint32_t> none;
  return none;
}

}  // namespace

struct RelationLexicon::Impl {
  std::vector<RelationEntry> entries;
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> by_id;
  HeadIndex verbs, nouns;

  // Adds entries, replacing those with the same id in place; then reindexes heads.
  void add(std::vector<RelationEntry>&& fresh) {
    for (auto& e : fresh) {
      auto it = by_id.find(e.id);
      if (it != by_id.end()) {
        entries[it->second] = std::move(e);
      } else {
        by_id.emplace(e.id, static_cast<std::uint32_t>(entries.size()));
        entries.push_back(std::move(e));
      }
    }
    verbs.clear();
    nouns.clear();
    for (std::uint32_t i = 0; i < entries.size(); ++i)
      (entries[i].nominal ? nouns : verbs)[entries[i].head].push_back(i);
  }
};

RelationLexicon::RelationLexicon() : impl_(std::make_unique<Impl>()) {}
RelationLexicon::~RelationLexicon() = default;
RelationLexicon::RelationLexicon(RelationLexicon&&) noexcept = default;
RelationLexicon& RelationLexicon::operator=(RelationLexicon&&) noexcept = default;

RelationLexicon RelationLexicon::builtin() {
  static const Impl parsed = [] {
    Impl impl;
    for (const auto& f : relations_data::kLexiconFiles) {
      std::vector<RelationEntry> fresh;
      relations::parse_lexicon(*f.text, std::string(f.name), fresh);
      impl.add(std::move(fresh));
    }
    return impl;
  }();
  RelationLexicon lex;
  *lex.impl_ = parsed;
  return lex;
}

void RelationLexicon::load_json_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ParseError(path, 0, "", "cannot open the relation lexicon file");
  std::ostringstream ss;
  ss << in.rdbuf();
  load_json(ss.str(), path);
}

void RelationLexicon::load_json(std::string_view json, const std::string& origin) {
  std::vector<RelationEntry> fresh;
  relations::parse_lexicon(json, origin, fresh);
  impl_->add(std::move(fresh));
}

std::vector<std::string> RelationLexicon::import_file(const std::string& path) {
  std::vector<RelationEntry> fresh;
  std::vector<std::string> problems = relations::import_verb_dictionary(path, fresh);
  impl_->add(std::move(fresh));
  return problems;
}

const std::vector<RelationEntry>& RelationLexicon::entries() const noexcept { return impl_->entries; }

const std::vector<std::uint32_t>& RelationLexicon::by_head(std::string_view lemma, bool nominal) const noexcept {
  const HeadIndex& idx = nominal ? impl_->nouns : impl_->verbs;
  auto it = idx.find(lemma);
  return it == idx.end() ? empty_list() : it->second;
}

}  // namespace actorgraph
