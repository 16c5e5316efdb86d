// Parser: the public face of the tagger and parser.
#include <fstream>
#include <sstream>

#include "actorgraph/errors.hpp"
#include "actorgraph/syntax.hpp"
#include "syntax/decode.hpp"

namespace actorgraph::syntax {

Workspace::Workspace() : impl_(std::make_unique<Impl>()) {}
Workspace::~Workspace() = default;
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;

Parser::Parser(std::unique_ptr<Model> m) : model_(std::move(m)) {}
Parser::Parser(Parser&&) noexcept = default;
Parser::~Parser() = default;

std::unique_ptr<Parser> Parser::from_bytes(std::string_view bytes, const std::string& name) {
  return std::unique_ptr<Parser>(new Parser(Model::read(bytes, std::string(), name)));
}

std::unique_ptr<Parser> Parser::from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ParseError(path, 0, "", "cannot read the syntax model");
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string bytes = ss.str();
  if (bytes.empty()) throw ParseError(path, 0, "", "the syntax model file is empty");
  return std::unique_ptr<Parser>(new Parser(Model::read(std::string_view(), std::move(bytes), path)));
}

void Parser::tag(std::span<const std::string_view> words, Tree& out, Workspace& ws,
                 std::span<const std::uint8_t> forced) const {
  Workspace::Impl& w = ws.impl();
  const Model& m = *model_;
  out.clear();
  prepare(words, m.use_clusters ? &m.clusters : nullptr, w.sf);
  decode_tags(m.tagger, w.sf, w.tags, w.keys, forced.size() == words.size() ? forced.data() : nullptr);
  out.upos.resize(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) out.upos[i] = static_cast<Upos>(w.tags[i]);
}

void Parser::parse(std::span<const std::string_view> words, Tree& out, Workspace& ws,
                   std::span<const std::uint8_t> forced) const {
  tag(words, out, ws, forced);
  Workspace::Impl& w = ws.impl();
  const Model& m = *model_;
  const std::size_t n = words.size();
  w.pin.prepare(w.sf, w.tags.data(), n, m.use_clusters);
  decode_tree(m, w.pin, w.st, w.keys);
  out.head.resize(n);
  out.deprel.resize(n);
  for (std::size_t i = 1; i <= n; ++i) {
    out.head[i - 1] = static_cast<std::uint32_t>(w.st.head(static_cast<std::uint32_t>(i)));
    const int l = w.st.label(static_cast<std::uint32_t>(i));
    out.deprel[i - 1] = l >= 0 && l < static_cast<int>(m.labels.size()) ? m.labels[static_cast<std::size_t>(l)] : Deprel::dep;
  }
}

ModelInfo Parser::info() const {
  const Model& m = *model_;
  ModelInfo i;
  auto it = m.meta.find("description");
  if (it != m.meta.end()) i.description = it->second;
  i.bytes = m.bytes;
  i.tagger_features = m.tagger.rows;
  i.parser_features = m.action.rows;
  for (Deprel d : m.labels) i.labels.emplace_back(deprel_name(d));
  return i;
}

}  // namespace actorgraph::syntax
