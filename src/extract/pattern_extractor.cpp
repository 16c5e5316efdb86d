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
      : model_(actors.actors(), actors.agents(), actors.name_forms(), relations.entries(),
               &RelationLexicon::complete, actors.name_words()),
        engine_(model_) {
    model_.set_framer(&RelationLexicon::framed);
  }
  void extract(const Article& article, std::vector<Triple>& out) const override {
    const std::size_t first = out.size();
    engine_.extract(article, out);
    for (std::size_t i = first; i < out.size(); ++i) extract::mark_press_audience(out[i]);
  }
  void recognise(const Article& article, std::vector<RecognisedMention>& out) const override {
    engine_.recognise(article, out);
  }

 private:
  extract::Model model_;
  extract::Engine engine_;
};

}  // namespace

std::unique_ptr<Extractor> make_pattern_extractor(const ActorDictionary& actors,
                                                  const RelationLexicon& relations) {
  return std::make_unique<PatternExtractor>(actors, relations);
}

}  // namespace actorgraph
