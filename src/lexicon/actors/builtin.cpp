// ActorDictionary::builtin(): the compiled-in data, parsed once per process.
#include "actorgraph/actor_dictionary.hpp"
#include "lexicon/actors/builtin_data.hpp"
#include "lexicon/actors/dictionary_data.hpp"
#include "lexicon/actors/json_loader.hpp"

namespace actorgraph {


ActorDictionary ActorDictionary::builtin() {
  // Parsed on first use (thread-safe static initialisation); later calls copy.
  static const actors::DictionaryData parsed = [] {
    actors::DictionaryData d;
    actors::load_json(builtin_data::actors, "<builtin actors>", d, /*validate=*/false);
    return d;
  }();
  ActorDictionary out;
  static_cast<actors::DictionaryData&>(*out.impl_) = parsed;
  return out;
}

}  // namespace actorgraph
