#include "query/resolve.hpp"

#include "actorgraph/errors.hpp"
#include "actorgraph/store.hpp"

namespace actorgraph::query {

Actor resolve_or_throw(const Store& s, std::string_view name) {
  if (name.empty()) throw UsageError("an actor name is empty");
  ActorMatch m = s.resolve(name);
  if (m.actor) return *m.actor;
  std::string msg = "no actor matches '" + std::string(name) + "' in " + s.path();
  if (!m.suggestions.empty()) {
    msg += "; did you mean: ";
    for (std::size_t i = 0; i < m.suggestions.size(); ++i) msg += (i ? ", " : "") + m.suggestions[i];
    msg += "?";
  } else {
    msg += " (try 'actorgraph query actors PATTERN')";
  }
  throw NotFoundError(msg);
}

}  // namespace actorgraph::query
