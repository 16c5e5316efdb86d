// make_pattern_extractor: compiles the dictionaries into a Model once and
// wraps the Engine behind the public Extractor interface.
#include <memory>

#include "actorgraph/actor_dictionary.hpp"
#include "actorgraph/extractor.hpp"
#include "actorgraph/relation_lexicon.hpp"
#include "extract/audience.hpp"
#include "extract/engine.hpp"
#include "extract/model.hpp"

namespace actorgraph {
namespace {

class PatternExtractor final : public Extractor {
 public:
  PatternExtractor(const ActorDictionary& actors, const RelationLexicon& relations)
      : actors_(actors),
        model_(actors.actors(), actors.agents(), actors.name_forms(), relations.entries(),
               &RelationLexicon::complete, actors.name_words()),
        engine_(model_) {
    model_.set_framer(&RelationLexicon::framed);
  }
  void extract(const Article& article, std::vector<Triple>& out) const override {
    const std::size_t first = out.size();
    engine_.extract(article, out);
    for (std::size_t i = first; i < out.size(); ++i) {
      extract::mark_press_audience(out[i]);
      // A dictionary actor carries its dictionary names ("US", "U.S.",
      // "America"), which a store keeps as aliases for queries.
      for (Actor* a : {&out[i].subject.actor, &out[i].object.actor})
        if (const ActorEntry* e = actors_.find(a->id)) a->aliases = e->actor.aliases;
    }
  }
  void recognise(const Article& article, std::vector<RecognisedMention>& out) const override {
    engine_.recognise(article, out);
  }

 private:
  const ActorDictionary& actors_;
  extract::Model model_;
  extract::Engine engine_;
};

}  // namespace

std::unique_ptr<Extractor> make_pattern_extractor(const ActorDictionary& actors,
                                                  const RelationLexicon& relations) {
  return std::make_unique<PatternExtractor>(actors, relations);
}

}  // namespace actorgraph
