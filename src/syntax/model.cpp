#include "syntax/model.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "actorgraph/errors.hpp"

namespace actorgraph::syntax {
namespace {

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t sections;
};
struct Entry {
  char name[16];
  std::uint64_t offset;
  std::uint64_t size;
};
static_assert(sizeof(Header) == 16 && sizeof(Entry) == 32);

std::size_t pad8(std::size_t n) { return (n + 7) & ~std::size_t(7); }

std::map<std::string, std::string> read_meta(std::string_view text) {
  std::map<std::string, std::string> m;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    m[std::string(line.substr(0, eq))] = std::string(line.substr(eq + 1));
  }
  return m;
}

}  // namespace

std::string write_model(const std::map<std::string, std::string>& meta,
                        const std::vector<std::pair<std::string, std::string>>& sections) {
  std::string meta_text;
  for (const auto& [k, v] : meta) meta_text += k + "=" + v + "\n";
  std::vector<std::pair<std::string, std::string>> all;
  all.emplace_back("meta", meta_text);
  all.insert(all.end(), sections.begin(), sections.end());
  Header h{};
  std::memcpy(h.magic, kModelMagic, 8);
  h.version = kModelVersion;
  h.sections = static_cast<std::uint32_t>(all.size());
  std::size_t offset = pad8(sizeof h + all.size() * sizeof(Entry));
  std::vector<Entry> dir;
  for (const auto& [name, bytes] : all) {
    Entry e{};
    std::strncpy(e.name, name.c_str(), sizeof e.name - 1);
    e.offset = offset;
    e.size = bytes.size();
    dir.push_back(e);
    offset = pad8(offset + bytes.size());
  }
  std::string out(reinterpret_cast<const char*>(&h), sizeof h);
  out.append(reinterpret_cast<const char*>(dir.data()), dir.size() * sizeof(Entry));
  for (std::size_t i = 0; i < all.size(); ++i) {
    out.resize(dir[i].offset, '\0');
    out += all[i].second;
  }
  out.resize(pad8(out.size()), '\0');
  return out;
}

std::unique_ptr<Model> Model::read(std::string_view image, std::string owned, const std::string& name) {
  auto m = std::make_unique<Model>();
  m->owned_ = std::move(owned);
  if (!m->owned_.empty()) image = m->owned_;
  auto fail = [&](const std::string& why) -> std::unique_ptr<Model> {
    throw ParseError(name, 0, "", "not a usable actorgraph syntax model: " + why);
  };
  Header h;
  if (image.size() < sizeof h) return fail("too short");
  std::memcpy(&h, image.data(), sizeof h);
  if (std::memcmp(h.magic, kModelMagic, 8) != 0) return fail("wrong magic bytes");
  if (h.version != kModelVersion)
    return fail("format version " + std::to_string(h.version) + ", this build reads " + std::to_string(kModelVersion));
  if (h.sections > 64 || sizeof h + h.sections * sizeof(Entry) > image.size()) return fail("bad section directory");
  if (reinterpret_cast<std::uintptr_t>(image.data()) % 8 != 0) return fail("image is not 8-byte aligned");
  std::map<std::string, std::string_view> sec;
  for (std::uint32_t i = 0; i < h.sections; ++i) {
    Entry e;
    std::memcpy(&e, image.data() + sizeof h + i * sizeof(Entry), sizeof e);
    e.name[sizeof e.name - 1] = '\0';
    if (e.offset % 8 != 0 || e.offset > image.size() || e.size > image.size() - e.offset)
      return fail(std::string("section '") + e.name + "' lies outside the image");
    sec[e.name] = image.substr(e.offset, e.size);
  }
  for (const char* need : {"meta", "tagger", "action", "left", "right"})
    if (!sec.count(need)) return fail(std::string("no '") + need + "' section");
  m->meta = read_meta(sec["meta"]);
  try {
    m->tagger = table_view(sec["tagger"].data(), sec["tagger"].size());
    m->action = inline_table_view(sec["action"].data(), sec["action"].size());
    m->left = table_view(sec["left"].data(), sec["left"].size());
    m->right = table_view(sec["right"].data(), sec["right"].size());
    if (sec.count("clusters")) {
      m->clusters = Clusters(sec["clusters"].data(), sec["clusters"].size());
      m->use_clusters = true;
    }
  } catch (const std::runtime_error& e) {
    return fail(e.what());
  }
  // Labels: a comma-separated list of UD relation names.
  std::string_view list = m->meta["labels"];
  while (!list.empty()) {
    const std::size_t c = list.find(',');
    const std::string_view l = list.substr(0, c);
    list = c == std::string_view::npos ? std::string_view() : list.substr(c + 1);
    Deprel d;
    if (!deprel_from_name(l, d)) return fail("unknown relation '" + std::string(l) + "'");
    if (d == Deprel::root) m->root_label = static_cast<int>(m->labels.size());
    m->labels.push_back(d);
  }
  if (m->labels.empty() || m->root_label < 0 || m->labels.size() > 64) return fail("bad label list");
  if (m->tagger.classes != kUposCount || m->left.classes != m->labels.size() ||
      m->right.classes != m->labels.size())
    return fail("table sizes do not match the tag and label sets");
  std::string_view prefixes = m->meta["hyphen_prefixes"];
  while (!prefixes.empty()) {
    const std::size_t c = prefixes.find(',');
    if (c != 0) m->hyphen_prefixes.emplace_back(prefixes.substr(0, c));
    prefixes = c == std::string_view::npos ? std::string_view() : prefixes.substr(c + 1);
  }
  std::sort(m->hyphen_prefixes.begin(), m->hyphen_prefixes.end());
  m->bytes = image.size();
  return m;
}

}  // namespace actorgraph::syntax
