// with_assumed_date: `--date` for corpora whose articles carry no date.
#include <memory>

#include "actorgraph/extractor.hpp"

namespace actorgraph {
namespace {

class AssumedDate final : public Extractor {
 public:
  AssumedDate(const Extractor& inner, std::string date) : inner_(inner), date_(std::move(date)) {
    // A year or a month is read at its middle: the role held then.
    lookup_ = date_.size() == 4 ? date_ + "-07-01" : date_.size() == 7 ? date_ + "-15" : date_;
  }
  void extract(const Article& article, std::vector<Triple>& out) const override {
    if (!article.date.empty()) return inner_.extract(article, out);
    const std::size_t first = out.size();
    inner_.extract(dated(article), out);
    for (std::size_t i = first; i < out.size(); ++i) {
      out[i].date.clear();
      out[i].assumed_date = date_;
    }
  }
  void recognise(const Article& article, std::vector<RecognisedMention>& out) const override {
    if (!article.date.empty()) return inner_.recognise(article, out);
    inner_.recognise(dated(article), out);
  }

 private:
  Article dated(const Article& article) const {
    Article a = article;
    a.date = lookup_;
    return a;
  }
  const Extractor& inner_;
  std::string date_, lookup_;
};

}  // namespace

std::unique_ptr<Extractor> with_assumed_date(const Extractor& inner, std::string date) {
  return std::make_unique<AssumedDate>(inner, std::move(date));
}

}  // namespace actorgraph
