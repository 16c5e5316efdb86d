#include "synth.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <string_view>
#include <unordered_set>

#include "actorgraph/relation_lexicon.hpp"
#include "actorgraph/store.hpp"

namespace actorgraph::bench {
namespace {

// Uniform double in [0, 1) from the top 53 bits: the same on every platform.
double unit(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

// Zipf(s) over ranks 0..n-1: weight 1/(rank+1)^s, sampled by binary search.
class Zipf {
 public:
  Zipf(std::size_t n, double s) : cdf_(n) {
    double total = 0;
    for (std::size_t r = 0; r < n; ++r) cdf_[r] = total += 1.0 / std::pow(static_cast<double>(r + 1), s);
  }
  std::size_t operator()(std::mt19937_64& rng) const {
    double u = unit(rng) * cdf_.back();
    auto it = std::upper_bound(cdf_.begin(), cdf_.end(), u);
    return std::min(static_cast<std::size_t>(it - cdf_.begin()), cdf_.size() - 1);
  }

 private:
  std::vector<double> cdf_;
};

struct Hub {
  const char* name;
  ActorType type;
  const char* country;
  const char* sector;
  const char* code;
};

// The head of the distribution, most mentioned first (roughly GDELT's order).
constexpr Hub kHubs[] = {
    {"United States", ActorType::country, "USA", "", "USA"},
    {"Russia", ActorType::country, "RUS", "", "RUS"},
    {"China", ActorType::country, "CHN", "", "CHN"},
    {"Ukraine", ActorType::country, "UKR", "", "UKR"},
    {"Israel", ActorType::country, "ISR", "", "ISR"},
    {"Iran", ActorType::country, "IRN", "", "IRN"},
    {"United Kingdom", ActorType::country, "GBR", "", "GBR"},
    {"European Union", ActorType::organization, "", "IGO", "IGOEEC"},
    {"France", ActorType::country, "FRA", "", "FRA"},
    {"Germany", ActorType::country, "DEU", "", "DEU"},
    {"United Nations", ActorType::organization, "", "IGO", "IGOUNO"},
    {"Vladimir Putin", ActorType::person, "RUS", "GOV", "RUSGOV"},
    {"Turkey", ActorType::country, "TUR", "", "TUR"},
    {"India", ActorType::country, "IND", "", "IND"},
    {"Joe Biden", ActorType::person, "USA", "GOV", "USAGOV"},
    {"Xi Jinping", ActorType::person, "CHN", "GOV", "CHNGOV"},
    {"Volodymyr Zelenskyy", ActorType::person, "UKR", "GOV", "UKRGOV"},
    {"NATO", ActorType::organization, "", "IGO", "IGONAT"},
    {"Saudi Arabia", ActorType::country, "SAU", "", "SAU"},
    {"Japan", ActorType::country, "JPN", "", "JPN"},
    {"North Korea", ActorType::country, "PRK", "", "PRK"},
    {"Syria", ActorType::country, "SYR", "", "SYR"},
    {"Hamas", ActorType::group, "PSE", "REB", "PSEREB"},
    {"Pakistan", ActorType::country, "PAK", "", "PAK"},
    {"Benjamin Netanyahu", ActorType::person, "ISR", "GOV", "ISRGOV"},
    {"Emmanuel Macron", ActorType::person, "FRA", "GOV", "FRAGOV"},
    {"Recep Tayyip Erdogan", ActorType::person, "TUR", "GOV", "TURGOV"},
    {"Taliban", ActorType::group, "AFG", "REB", "AFGREB"},
    {"Iraq", ActorType::country, "IRQ", "", "IRQ"},
    {"Egypt", ActorType::country, "EGY", "", "EGY"},
    {"Brazil", ActorType::country, "BRA", "", "BRA"},
    {"Venezuela", ActorType::country, "VEN", "", "VEN"},
};

constexpr std::array<const char*, 64> kCountries = {
    "USA", "RUS", "CHN", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "TUR", "IND", "SAU", "JPN", "PRK", "KOR", "SYR",
    "PAK", "AFG", "IRQ", "EGY", "BRA", "VEN", "MEX", "CAN", "AUS", "ITA", "ESP", "POL", "NGA", "ZAF", "ETH", "KEN",
    "SDN", "LBY", "YEM", "LBN", "JOR", "QAT", "ARE", "IDN", "PHL", "VNM", "THA", "MMR", "BGD", "LKA", "NPL", "KAZ",
    "BLR", "GEO", "ARM", "AZE", "SRB", "HUN", "ROU", "GRC", "NLD", "BEL", "SWE", "NOR", "FIN", "ARG", "COL", "CHL"};

constexpr std::array<const char*, 48> kSyllables = {
    "ka", "ro", "vel", "min", "tar", "so", "lin", "dra", "mo", "ne", "va", "kor", "bal", "shi", "en", "ul",
    "gar", "pe", "ti", "zan", "dor", "mi", "ra", "bek", "os", "vi", "lu", "har", "ce", "nov", "ash", "ir",
    "pol", "da", "ke", "mar", "yan", "sto", "fe", "ga", "len", "bo", "ri", "tsu", "wen", "hal", "qa", "um"};
constexpr std::array<const char*, 40> kFirstNames = {
    "Anna", "Omar", "Li", "Maria", "Ivan", "Fatima", "John", "Aisha", "Pedro", "Olga", "Ahmed", "Sofia", "Kenji",
    "Amara", "Lukas", "Nadia", "Ravi", "Elena", "Yusuf", "Chen", "Marta", "Kwame", "Hana", "Diego", "Irina",
    "Tariq", "Lea", "Sergei", "Mei", "Ali", "Grace", "Pavel", "Zainab", "Jonas", "Leila", "Bruno", "Ana",
    "Hassan", "Yuki", "Daniel"};
constexpr std::array<const char*, 4> kOrgSuffix = {"Foundation", "Institute", "Party", "Union"};
constexpr std::array<const char*, 40> kSources = {
    "Reuters", "AP", "AFP", "BBC", "Al Jazeera", "Xinhua", "TASS", "CNN", "The Guardian", "DPA",
    "Kyodo", "Yonhap", "Anadolu", "EFE", "ANSA", "PTI", "Dawn", "The Hindu", "Haaretz", "Le Monde",
    "Der Spiegel", "El Pais", "NHK", "Interfax", "Ukrinform", "IRNA", "SANA", "WAFA", "Gulf News", "Arab News",
    "Daily Nation", "Premium Times", "Mail & Guardian", "Folha", "Clarin", "Globe and Mail", "ABC", "RNZ",
    "Straits Times", "Jakarta Post"};

// CAMEO codes roughly in GDELT frequency order; the first 60 the table knows are used.
constexpr std::array<const char*, 66> kCodes = {
    "042", "043", "010", "040", "051", "046", "036", "020", "190", "173", "112", "111", "057", "061", "071",
    "120", "130", "013", "012", "018", "019", "030", "031", "032", "037", "044", "045", "050", "053", "054",
    "055", "056", "060", "062", "064", "070", "073", "074", "080", "081", "084", "090", "100", "110", "114",
    "115", "116", "121", "128", "138", "140", "141", "160", "163", "172", "175", "180", "181", "183", "193",
    "195", "200", "014", "016", "022", "023"};

struct Code {
  Relation relation;  // cameo, root, quad, goldstein, plover, lemma
};

std::vector<Code> synth_codes() {
  const auto lexicon = RelationLexicon::builtin();
  std::vector<Code> codes;
  for (const char* c : kCodes) {
    if (codes.size() == 60) break;
    const CameoCode* facts = RelationLexicon::cameo(c);
    if (!facts) continue;
    Code code;
    code.relation.cameo = c;
    for (const auto& e : lexicon.entries())
      if (e.relation.cameo == c && !e.nominal) {
        code.relation.lemma = e.relation.lemma;
        break;
      }
    if (code.relation.lemma.empty()) {
      code.relation.lemma = facts->name;
      std::transform(code.relation.lemma.begin(), code.relation.lemma.end(), code.relation.lemma.begin(),
                     [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    }
    code.relation.text = code.relation.lemma;
    RelationLexicon::complete(code.relation);
    codes.push_back(std::move(code));
  }
  return codes;
}

std::string surname(std::mt19937_64& rng) {
  std::string s;
  int n = 2 + static_cast<int>(rng() % 2);
  for (int i = 0; i < n; ++i) s += kSyllables[rng() % kSyllables.size()];
  s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// Days 2015-01-01 .. 2025-12-31 as ISO dates.
std::string random_date(std::mt19937_64& rng) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int year = 2015 + static_cast<int>(rng() % 11);
  int month = 1 + static_cast<int>(rng() % 12);
  int days = kDays[month - 1] + (month == 2 && year % 4 == 0 ? 1 : 0);
  int day = 1 + static_cast<int>(rng() % static_cast<unsigned>(days));
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace

std::vector<Actor> synth_actors(std::uint64_t count, std::uint64_t seed) {
  std::mt19937_64 rng(seed ^ 0x5eedac7012ULL);
  std::vector<Actor> actors;
  actors.reserve(count);
  std::unordered_set<std::string> ids;
  for (const auto& h : kHubs) {
    if (actors.size() == count) break;
    Actor a;
    a.name = h.name;
    a.id = slugify(a.name);
    a.type = h.type;
    a.country = h.country;
    a.sector = h.sector;
    a.code = h.code;
    ids.insert(a.id);
    actors.push_back(std::move(a));
  }
  Zipf country(kCountries.size(), 1.0);
  while (actors.size() < count) {
    Actor a;
    a.country = kCountries[country(rng)];
    switch (rng() % 20) {
      case 0: case 1: case 2:
        a.type = ActorType::organization;
        a.name = surname(rng) + " " + kOrgSuffix[rng() % kOrgSuffix.size()];
        a.sector = "BUS";
        break;
      case 3: case 4:
        a.type = ActorType::government;
        a.name = surname(rng) + " Regional Government";
        a.sector = "GOV";
        break;
      case 5: case 6:
        a.type = ActorType::group;
        a.name = surname(rng) + " Movement";
        a.sector = "OPP";
        break;
      case 7:
        a.type = ActorType::military;
        a.name = surname(rng) + " Brigade";
        a.sector = "MIL";
        break;
      default:
        a.type = ActorType::person;
        a.name = std::string(kFirstNames[rng() % kFirstNames.size()]) + " " + surname(rng);
        a.sector = rng() % 2 ? "GOV" : "CVL";
        break;
    }
    a.id = slugify(a.name);
    if (!ids.insert(a.id).second) continue;  // a name drawn twice: draw again
    a.code = a.country + a.sector;
    actors.push_back(std::move(a));
  }
  return actors;
}

SynthResult synth_build(Store& store, const SynthConfig& config) {
  using Clock = std::chrono::steady_clock;
  SynthResult result;
  const auto actors = synth_actors(config.actors, config.seed);
  const auto codes = synth_codes();
  result.codes = codes.size();
  std::mt19937_64 rng(config.seed);
  const Zipf actor_z(actors.size(), config.actor_skew);
  const Zipf code_z(codes.size(), config.code_skew);
  const Zipf source_z(kSources.size(), 1.0);

  // (subject, object, code) of every edge with a default-visible mention.
  std::unordered_set<std::uint64_t> visible;
  visible.reserve(config.edges + config.edges / 4);
  std::vector<Triple> triples;
  Article article;
  std::string number(16, '\0');
  while (visible.size() < config.edges) {
    auto batch = store.begin_batch();
    for (std::uint64_t k = 0; k < config.articles_per_batch && visible.size() < config.edges; ++k) {
      const std::uint64_t n = result.articles++;
      std::snprintf(number.data(), number.size(), "%09llu", static_cast<unsigned long long>(n));
      article.id = "syn-" + std::string(number.c_str());
      article.date = random_date(rng);
      article.source = kSources[source_z(rng)];
      article.url = "https://news.example/" + article.id;
      article.text.clear();
      triples.clear();
      const int count = 1 + static_cast<int>(rng() % 6);
      std::size_t focus = actor_z(rng);  // the article is mostly about one actor
      for (int j = 0; j < count; ++j) {
        std::size_t s = j == 0 || rng() % 2 ? focus : actor_z(rng);
        std::size_t o = actor_z(rng);
        while (o == s) o = actor_z(rng);
        if (rng() % 4 == 0) std::swap(s, o);
        const Code& code = codes[code_z(rng)];
        Triple t;
        t.article = article.id;
        t.date = article.date;
        t.sentence = static_cast<std::uint32_t>(j);
        t.subject.actor = actors[s];
        t.subject.mention = actors[s].name;
        t.object.actor = actors[o];
        t.object.mention = actors[o].name;
        t.relation = code.relation;
        t.negated = rng() % 100 < 3;
        const auto m = rng() % 100;
        t.modality = m < 85 ? Modality::asserted : m < 92 ? Modality::reported
                                                 : m < 97 ? Modality::hypothetical : Modality::intended;
        const char* frame = t.negated ? " did not " : t.modality == Modality::hypothetical ? " could "
                                                    : t.modality == Modality::intended   ? " plans to "
                                                                                         : " ";
        t.sentence_text = t.subject.mention + frame + t.relation.text + " " + t.object.mention +
                          (t.modality == Modality::reported ? ", officials said." : ".");
        if (!article.text.empty()) article.text += ' ';
        t.span_begin = static_cast<std::uint32_t>(article.text.size());
        t.subject.begin = t.span_begin;
        t.subject.end = t.span_begin + static_cast<std::uint32_t>(t.subject.mention.size());
        article.text += t.sentence_text;
        t.span_end = static_cast<std::uint32_t>(article.text.size());
        t.object.end = t.span_end - (t.modality == Modality::reported ? 16 : 1);
        t.object.begin = t.object.end - static_cast<std::uint32_t>(t.object.mention.size());
        t.confidence = 0.9;
        t.extractor = "synthetic";
        t.rule = "synth-" + t.relation.cameo;
        if (!t.negated && (t.modality == Modality::asserted || t.modality == Modality::reported))
          visible.insert(static_cast<std::uint64_t>(s) << 32 ^ static_cast<std::uint64_t>(o) << 8 ^
                         static_cast<std::uint64_t>(&code - codes.data()));
        triples.push_back(std::move(t));
      }
      article.title = triples.front().subject.mention + " and " + triples.front().object.mention + ": " +
                      triples.front().relation.lemma;
      result.triples += triples.size();
      batch.add(article, triples);
    }
    auto c = Clock::now();
    batch.commit();
    result.commit_seconds += std::chrono::duration<double>(Clock::now() - c).count();
    ++result.batches;
  }
  result.visible_edges = visible.size();
  return result;
}

}  // namespace actorgraph::bench
