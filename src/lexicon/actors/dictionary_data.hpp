// Internal: the storage behind ActorDictionary, shared by the JSON loader and
// the Phoenix/TABARI importer. Entries are added with override-by-id
// semantics; indexes are rebuilt by reindex() after each batch.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/actor_dictionary.hpp"

namespace actorgraph::actors {

class DictionaryData {
 public:
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<NameWords> name_words;  ///< appended in load order (lists have no id to override)

  /// Adds `e`, or replaces the entry with the same id (its index is kept).
  void put_actor(ActorEntry e);
  void put_agent(AgentEntry a);
  /// Index of the actor/agent with `id`, or -1.
  std::int64_t actor_index(std::string_view id) const;
  std::int64_t agent_index(std::string_view id) const;

  /// Rebuilds the country and role-holder indexes (call after a batch of puts).
  void reindex();

  const ActorEntry* country(std::string_view iso3) const;
  const ActorEntry* holder(std::string_view title, std::string_view country_or_org, std::string_view date) const;

 private:
  std::unordered_map<std::string, std::uint32_t> actor_by_id_;
  std::unordered_map<std::string, std::uint32_t> agent_by_id_;
  std::unordered_map<std::string, std::uint32_t> country_by_code_;
  /// "title\x1fCOUNTRY-or-org" -> indices of persons with such a role
  std::unordered_map<std::string, std::vector<std::uint32_t>> holders_;
};

/// Does the role cover `date` ("YYYY[-MM[-DD]]..."; "" = open-ended roles only)?
bool role_covers(const Role& r, std::string_view date) noexcept;

/// The default surname of a person: the last word of the name.
std::string default_surname(std::string_view name);

}  // namespace actorgraph::actors

namespace actorgraph {
/// The pimpl of the public class is the shared storage.
struct ActorDictionary::Impl : actors::DictionaryData {};
}  // namespace actorgraph
