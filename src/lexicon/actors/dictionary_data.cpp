#include "lexicon/actors/dictionary_data.hpp"

#include <algorithm>

namespace actorgraph::actors {
namespace {

std::string holder_key(std::string_view title, std::string_view where) {
  std::string k(title);
  k += '\x1f';
  k += where;
  return k;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

bool role_covers(const Role& r, std::string_view date) noexcept {
  if (date.empty()) return r.to.empty();
  if (date.size() > 10) date = date.substr(0, 10);
  // Compare on the common prefix length so that "2003" matches a role
  // running 2001-01-20..2009-01-20.
  auto before = [](std::string_view a, std::string_view b) {  // a < b on a's precision
    return a.compare(0, std::min(a.size(), b.size()), b.substr(0, std::min(a.size(), b.size()))) < 0;
  };
  if (!r.from.empty() && before(date, r.from)) return false;
  if (!r.to.empty() && before(r.to, date)) return false;
  return true;
}

std::string default_surname(std::string_view name) {
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  auto sp = name.rfind(' ');
  return std::string(sp == std::string_view::npos ? name : name.substr(sp + 1));
}

void DictionaryData::put_actor(ActorEntry e) {
  auto it = actor_by_id_.find(e.actor.id);
  if (it != actor_by_id_.end()) {
    actors[it->second] = std::move(e);
    return;
  }
  actor_by_id_.emplace(e.actor.id, static_cast<std::uint32_t>(actors.size()));
  actors.push_back(std::move(e));
}

void DictionaryData::put_agent(AgentEntry a) {
  auto it = agent_by_id_.find(a.id);
  if (it != agent_by_id_.end()) {
    agents[it->second] = std::move(a);
    return;
  }
  agent_by_id_.emplace(a.id, static_cast<std::uint32_t>(agents.size()));
  agents.push_back(std::move(a));
}

std::int64_t DictionaryData::actor_index(std::string_view id) const {
  auto it = actor_by_id_.find(std::string(id));
  return it == actor_by_id_.end() ? -1 : static_cast<std::int64_t>(it->second);
}

std::int64_t DictionaryData::agent_index(std::string_view id) const {
  auto it = agent_by_id_.find(std::string(id));
  return it == agent_by_id_.end() ? -1 : static_cast<std::int64_t>(it->second);
}

void DictionaryData::reindex() {
  country_by_code_.clear();
  holders_.clear();
  for (std::uint32_t i = 0; i < actors.size(); ++i) {
    const ActorEntry& e = actors[i];
    if (e.actor.type == ActorType::country && !e.actor.code.empty())
      country_by_code_.emplace(e.actor.code, i);  // first wins: "KSV" etc. stay unique
    for (const Role& r : e.roles) {
      std::string title = lower(r.title);
      if (!r.country.empty()) {
        auto& v = holders_[holder_key(title, r.country)];
        if (v.empty() || v.back() != i) v.push_back(i);
      }
      if (!r.org.empty()) {
        auto& v = holders_[holder_key(title, r.org)];
        if (v.empty() || v.back() != i) v.push_back(i);
      }
    }
  }
}

const ActorEntry* DictionaryData::country(std::string_view iso3) const {
  auto it = country_by_code_.find(std::string(iso3));
  return it == country_by_code_.end() ? nullptr : &actors[it->second];
}

const ActorEntry* DictionaryData::holder(std::string_view title, std::string_view country_or_org,
                                         std::string_view date) const {
  std::string where(country_or_org);
  // An actor id of a country ("united-states") stands for its code.
  if (auto idx = actor_index(where); idx >= 0 && actors[idx].actor.type == ActorType::country)
    where = actors[idx].actor.code;
  auto it = holders_.find(holder_key(lower(title), where));
  if (it == holders_.end()) return nullptr;
  std::string want_title = lower(title);
  const ActorEntry* best = nullptr;
  std::string best_from;
  for (std::uint32_t i : it->second) {
    for (const Role& r : actors[i].roles) {
      if (lower(r.title) != want_title || (r.country != where && r.org != where)) continue;
      if (!role_covers(r, date)) continue;
      // On a hand-over day both roles cover the date: the newcomer wins.
      if (!best || r.from > best_from) {
        best = &actors[i];
        best_from = r.from;
      }
    }
  }
  return best;
}

}  // namespace actorgraph::actors
