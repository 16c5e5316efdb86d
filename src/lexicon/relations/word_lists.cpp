#include "lexicon/relations/word_lists.hpp"

#include "actorgraph/errors.hpp"
#include "lexicon/relations/lexicon_json.hpp"
#include "lexicon/relations/relations_data.hpp"
#include "util/json_schema.hpp"

namespace actorgraph::relations {
namespace {

const std::vector<std::uint32_t>& no_cues() {
  static const std::vector<std::uint32_t> none;
  return none;
}

// doc[key], which must be an array; throws otherwise.
const rapidjson::Value& array_member(const rapidjson::Document& doc, const char* key, const std::string& origin) {
  if (!doc.IsObject() || !doc.HasMember(key) || !doc[key].IsArray())
    throw ParseError(origin, 1, key, "must be an array");
  return doc[key];
}

void read_strings(const rapidjson::Value& arr, const char* key, std::string_view text, const std::string& origin,
                  std::vector<std::string>& out) {
  std::vector<std::size_t> offsets;
  for (rapidjson::SizeType i = 0; i < arr.Size(); ++i) {
    if (!arr[i].IsString() || arr[i].GetStringLength() == 0) {
      if (offsets.empty()) offsets = array_element_offsets(text, key);
      std::size_t line = i < offsets.size() ? json::line_of_offset(text, offsets[i]) : 1;
      throw ParseError(origin, line, std::string(key) + "[" + std::to_string(i) + "]", "must be a non-empty string");
    }
    out.emplace_back(arr[i].GetString());
  }
}

void read_cues(const rapidjson::Value& arr, const char* key, std::string_view text, const std::string& origin,
               CueList& out) {
  std::vector<std::size_t> offsets;
  for (rapidjson::SizeType i = 0; i < arr.Size(); ++i) {
    const auto& v = arr[i];
    auto fail = [&](const char* member, const std::string& msg) {
      if (offsets.empty()) offsets = array_element_offsets(text, key);
      std::size_t line = i < offsets.size() ? json::line_of_offset(text, offsets[i]) : 1;
      throw ParseError(origin, line, std::string(key) + "[" + std::to_string(i) + "]." + member, msg);
    };
    if (!v.IsObject()) fail("verb", "an entry must be an object");
    if (!v.HasMember("verb") || !v["verb"].IsString() || v["verb"].GetStringLength() == 0)
      fail("verb", "must be a non-empty string");
    VerbCue cue;
    cue.verb = v["verb"].GetString();
    if (v.HasMember("pattern")) {
      if (!v["pattern"].IsString()) fail("pattern", "must be a string");
      std::string err;
      cue.pattern = normalise_pattern(v["pattern"].GetString(), err);
      if (!err.empty()) fail("pattern", err);
    }
    if (v.HasMember("modality")) {
      if (!v["modality"].IsString() || !parse_modality(v["modality"].GetString(), cue.modality))
        fail("modality", "must be one of asserted, hypothetical, intended, reported");
    }
    if (v.HasMember("frame")) {
      static constexpr std::pair<std::string_view, CameoFrame> kFrames[] = {
          {"intent", CameoFrame::intent}, {"appeal", CameoFrame::appeal}, {"demand", CameoFrame::demand},
          {"reject", CameoFrame::reject}, {"threaten", CameoFrame::threaten}};
      std::string_view f = v["frame"].IsString() ? v["frame"].GetString() : "";
      for (const auto& [name, frame] : kFrames)
        if (f == name) cue.frame = frame;
      if (!cue.frame) fail("frame", "must be one of intent, appeal, demand, reject, threaten");
    }
    out.add(std::move(cue));
  }
}

}  // namespace

void CueList::add(VerbCue cue) {
  index_[cue.verb].push_back(static_cast<std::uint32_t>(cues_.size()));
  cues_.push_back(std::move(cue));
}

const std::vector<std::uint32_t>& CueList::by_verb(std::string_view lemma) const noexcept {
  auto it = index_.find(lemma);
  return it == index_.end() ? no_cues() : it->second;
}

bool WordLists::is_speech_verb(std::string_view lemma) const noexcept { return speech_.find(lemma) != speech_.end(); }

bool WordLists::is_negator(std::string_view w) const noexcept { return negators_.find(w) != negators_.end(); }

bool WordLists::modal_word(std::string_view w, Modality& out) const noexcept {
  auto it = modal_words_.find(w);
  if (it == modal_words_.end()) return false;
  out = it->second;
  return true;
}

WordLists WordLists::parse(std::string_view text, const std::string& origin) {
  rapidjson::Document doc;
  json::parse(text, doc, origin);
  WordLists w;
  read_strings(array_member(doc, "speech_verbs", origin), "speech_verbs", text, origin, w.speech_list_);
  read_strings(array_member(doc, "negators", origin), "negators", text, origin, w.negator_list_);
  w.speech_.insert(w.speech_list_.begin(), w.speech_list_.end());
  w.negators_.insert(w.negator_list_.begin(), w.negator_list_.end());
  const auto& modal = array_member(doc, "modal_words", origin);
  std::vector<std::size_t> offsets;
  for (rapidjson::SizeType i = 0; i < modal.Size(); ++i) {
    const auto& v = modal[i];
    Modality m{};
    if (!v.IsObject() || !v.HasMember("word") || !v["word"].IsString() || !v.HasMember("modality") ||
        !v["modality"].IsString() || !parse_modality(v["modality"].GetString(), m)) {
      if (offsets.empty()) offsets = array_element_offsets(text, "modal_words");
      std::size_t line = i < offsets.size() ? json::line_of_offset(text, offsets[i]) : 1;
      throw ParseError(origin, line, "modal_words[" + std::to_string(i) + "]",
                       "needs a string 'word' and a 'modality' (hypothetical, intended, ...)");
    }
    w.modal_words_.emplace(v["word"].GetString(), m);
  }
  read_cues(array_member(doc, "control_verbs", origin), "control_verbs", text, origin, w.control_);
  read_cues(array_member(doc, "negating_verbs", origin), "negating_verbs", text, origin, w.negating_);
  read_cues(array_member(doc, "modality_verbs", origin), "modality_verbs", text, origin, w.modality_);
  return w;
}

const WordLists& word_lists() {
  static const WordLists w = WordLists::parse(relations_data::word_lists, "builtin:word_lists.json");
  return w;
}

}  // namespace actorgraph::relations
