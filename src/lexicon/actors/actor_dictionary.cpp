#include "actorgraph/actor_dictionary.hpp"

#include <fstream>
#include <sstream>

#include "actorgraph/errors.hpp"
#include "lexicon/actors/dictionary_data.hpp"
#include "lexicon/actors/json_loader.hpp"

namespace actorgraph {


ActorDictionary::ActorDictionary() : impl_(std::make_unique<Impl>()) {}
ActorDictionary::~ActorDictionary() = default;
ActorDictionary::ActorDictionary(ActorDictionary&&) noexcept = default;
ActorDictionary& ActorDictionary::operator=(ActorDictionary&&) noexcept = default;

void ActorDictionary::load_json_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ParseError(path, 0, "", "cannot open the file");
  std::ostringstream ss;
  ss << in.rdbuf();
  load_json(ss.str(), path);
}

void ActorDictionary::load_json(std::string_view json, const std::string& origin) {
  actors::load_json(json, origin, *impl_, /*validate=*/true);
}

const std::vector<ActorEntry>& ActorDictionary::actors() const noexcept { return impl_->actors; }
const std::vector<AgentEntry>& ActorDictionary::agents() const noexcept { return impl_->agents; }
const std::vector<NameWords>& ActorDictionary::name_words() const noexcept { return impl_->name_words; }

std::vector<NameForm> ActorDictionary::name_forms() const {
  std::vector<NameForm> out;
  std::size_t n = 0;
  for (const auto& e : impl_->actors) n += 1 + e.actor.aliases.size() + e.adjectives.size() + e.metonyms.size();
  for (const auto& a : impl_->agents) n += a.forms.size();
  out.reserve(n);
  for (std::uint32_t i = 0; i < impl_->actors.size(); ++i) {
    const ActorEntry& e = impl_->actors[i];
    out.push_back({e.actor.name, NameKind::name, i});
    for (const auto& s : e.actor.aliases) out.push_back({s, NameKind::name, i});
    for (const auto& s : e.adjectives) out.push_back({s, NameKind::adjective, i});
    for (const auto& s : e.metonyms) out.push_back({s, NameKind::metonym, i});
  }
  for (std::uint32_t i = 0; i < impl_->agents.size(); ++i)
    for (const auto& s : impl_->agents[i].forms) out.push_back({s, NameKind::agent, i});
  return out;
}

const ActorEntry* ActorDictionary::find(std::string_view id) const noexcept {
  try {
    auto i = impl_->actor_index(id);
    return i < 0 ? nullptr : &impl_->actors[static_cast<std::size_t>(i)];
  } catch (...) {  // allocation failure building the key
    return nullptr;
  }
}

const ActorEntry* ActorDictionary::country(std::string_view iso3) const noexcept {
  try {
    return impl_->country(iso3);
  } catch (...) {
    return nullptr;
  }
}

const ActorEntry* ActorDictionary::holder(std::string_view title, std::string_view country_or_org,
                                          std::string_view date) const noexcept {
  try {
    return impl_->holder(title, country_or_org, date);
  } catch (...) {
    return nullptr;
  }
}

const Role* ActorDictionary::role_at(const ActorEntry& e, std::string_view date) noexcept {
  for (const Role& r : e.roles)
    if (actors::role_covers(r, date)) return &r;
  return nullptr;
}

}  // namespace actorgraph
