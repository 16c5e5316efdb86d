// Internal: user-given actor names to actors, with suggestions on failure.
#pragma once

#include <string_view>

#include "actorgraph/actor.hpp"

namespace actorgraph {
class Store;
namespace query {

/// The actor `name` resolves to (id, name or alias). Throws NotFoundError
/// "no actor matches 'X' in DB; did you mean: A, B?" when none does, and
/// UsageError for an empty name.
Actor resolve_or_throw(const Store& s, std::string_view name);

}  // namespace query
}  // namespace actorgraph
