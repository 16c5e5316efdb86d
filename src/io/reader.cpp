// read_articles: dispatch on the kind of input and streaming readers for
// JSON Lines, JSON documents and plain text.
#include "actorgraph/reader.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>

#include <rapidjson/document.h>

#include "actorgraph/actor.hpp"
#include "actorgraph/errors.hpp"
#include "actorgraph/text.hpp"
#include "io/article_json.hpp"
#include "io/concat.hpp"
#include "io/json_items.hpp"
#include "io/line_reader.hpp"
#include "io/plain_text.hpp"

namespace fs = std::filesystem;

namespace actorgraph {

std::string ReadProblem::to_string() const { return format_location(file, line, field, message); }

namespace io {
namespace {

enum class Format { json_lines, json, plain_text };

bool blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  return true;
}

// The extension in lower case: ".JSONL" reads like ".jsonl".
std::string extension_of(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

Format format_of(const fs::path& p) {
  const std::string ext = extension_of(p);
  if (ext == ".jsonl" || ext == ".ndjson") return Format::json_lines;
  if (ext == ".json") return Format::json;
  return Format::plain_text;
}

bool is_article_file(const fs::path& p) {
  const std::string ext = extension_of(p);
  return ext == ".jsonl" || ext == ".ndjson" || ext == ".json" || ext == ".txt";
}

// Closes a descriptor on scope exit.
struct FdGuard {
  int fd;
  ~FdGuard() {
    if (fd > 2) ::close(fd);
  }
};

// One call of read_articles: the callbacks and the ids seen so far.
class Session {
 public:
  Session(const std::function<void(Article&&)>& on_article,
          const std::function<void(const ReadProblem&)>& on_problem)
      : on_article_(on_article), on_problem_(on_problem) {}

  void read_path(const std::string& path);

 private:
  void problem(const std::string& file, std::size_t line, std::string field, std::string message) {
    on_problem_(ReadProblem{file, line, std::move(field), std::move(message)});
  }
  void accept(Article&& a);
  void read_directory(const std::string& path);
  void read_file(const std::string& path, Format format);
  void read_stdin();
  void read_json_lines(LineReader& in, const std::string& file, const std::string& stem);
  void read_json_document(std::string& content, const std::string& file, const std::string& stem);
  void read_plain_text(std::string_view content, const std::string& file, std::string id);

  const std::function<void(Article&&)>& on_article_;
  const std::function<void(const ReadProblem&)>& on_problem_;
  struct Origin {
    std::size_t file;  // index into files_
    std::size_t line;
  };
  std::vector<std::string> files_;                      // files articles were accepted from
  std::unordered_map<std::string, Origin> first_seen_;  // id -> where its first article was
  std::vector<char> pool_buffer_ = std::vector<char>(64 * 1024);  // JSON values of one line
};

void Session::accept(Article&& a) {
  auto [it, inserted] = first_seen_.try_emplace(a.id);
  if (!inserted) {
    const Origin& first = it->second;
    const std::string& first_file = files_[first.file];
    const std::string where = first.line ? cat({first_file, ":", std::to_string(first.line)}) : first_file;
    problem(a.origin_file, a.origin_line, "id", cat({"duplicate id '", a.id, "' (first seen at ", where, "); keeping the first"}));
    return;
  }
  if (files_.empty() || files_.back() != a.origin_file) files_.push_back(a.origin_file);
  it->second = Origin{files_.size() - 1, a.origin_line};
  on_article_(std::move(a));
}

void Session::read_path(const std::string& path) {
  if (path == "-") return read_stdin();
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    problem(path, 0, "", ec && ec != std::errc::no_such_file_or_directory ? cat({"cannot access: ", ec.message()})
                                                                            : "no such file or directory");
    return;
  }
  if (fs::is_directory(st)) return read_directory(path);
  read_file(path, format_of(path));
}

void Session::read_directory(const std::string& path) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    std::error_code entry_ec;  // an entry that cannot be examined is skipped, not fatal
    if (!name.empty() && name[0] == '.') {  // hidden files and directories (.git, .keep)
      if (it->is_directory(entry_ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(entry_ec) && is_article_file(p)) files.push_back(p);
  }
  if (ec) problem(path, 0, "", cat({"cannot read directory: ", ec.message()}));
  if (files.empty()) {
    if (!ec) problem(path, 0, "", "no articles: the directory holds no .jsonl, .ndjson, .json or .txt files");
    return;
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) read_file(f.string(), format_of(f));
}

void Session::read_file(const std::string& path, Format format) {
  std::string error;
  const int fd = open_for_reading(path, error);
  if (fd < 0) {
    problem(path, 0, "", cat({"cannot open: ", error}));
    return;
  }
  FdGuard guard{fd};
  LineReader in(fd);
  const std::string stem = fs::path(path).stem().string();
  if (format == Format::json_lines) {
    read_json_lines(in, path, stem);
  } else {
    std::string content;
    in.read_rest(content);
    if (in.error().empty()) {
      if (format == Format::json) read_json_document(content, path, stem);
      else read_plain_text(content, path, slugify(stem));
    }
  }
  if (!in.error().empty()) problem(path, in.line_number(), "", cat({"cannot read: ", in.error()}));
}

void Session::read_stdin() {
  LineReader in(STDIN_FILENO);
  const char first = in.peek_first_nonblank();
  if (first == '{') {
    read_json_lines(in, "-", "stdin");
  } else {
    std::string content;
    in.read_rest(content);
    if (in.error().empty()) read_plain_text(content, "-", "stdin");
  }
  if (!in.error().empty()) problem("-", in.line_number(), "", cat({"cannot read: ", in.error()}));
}

void Session::read_json_lines(LineReader& in, const std::string& file, const std::string& stem) {
  // One pool for the values of one line, cleared between lines: parsing in
  // situ keeps strings in the line buffer, so the pool stays small.
  rapidjson::MemoryPoolAllocator<> pool(pool_buffer_.data(), pool_buffer_.size());
  rapidjson::Document doc(&pool);
  std::string field, message;
  bool any = false;
  char* data = nullptr;
  std::size_t size = 0;
  while (in.next(data, size)) {
    const std::string_view line(data, size);
    if (blank(line)) continue;
    any = true;
    const std::size_t line_no = in.line_number();
    if (!text::is_valid_utf8(line)) {
      problem(file, line_no, field_with_invalid_utf8(line), "invalid UTF-8");
      continue;
    }
    doc.SetNull();
    pool.Clear();
    doc.ParseInsitu(data);
    if (doc.HasParseError()) {
      problem(file, line_no, "", parse_error_message(doc.GetParseError(), doc.GetErrorOffset(), true));
      continue;
    }
    Article a;
    if (!article_from_json(doc, a, field, message)) {
      problem(file, line_no, field, message);
      continue;
    }
    if (a.id.empty()) a.id = cat({stem, "-", std::to_string(line_no)});
    a.origin_file = file;
    a.origin_line = line_no;
    accept(std::move(a));
  }
  if (!any && in.error().empty()) problem(file, 0, "", "empty file: no articles");
}

void Session::read_json_document(std::string& content, const std::string& file, const std::string& stem) {
  if (blank(content)) {
    problem(file, 0, "", "empty file: no articles");
    return;
  }
  JsonItems items;
  std::string field, message;
  if (!parse_json_items(content, items, message)) {
    problem(file, items.error_line, "", message);
    return;
  }
  const auto& doc = items.doc;
  if (!doc.IsArray() && !doc.IsObject()) {
    problem(file, items.item_lines.empty() ? 1 : items.item_lines[0], "(document)",
            "must be a JSON array of article objects or one article object");
    return;
  }
  if (doc.IsArray() && doc.Empty()) {
    problem(file, items.item_lines[0], "", "no articles: the JSON array is empty");
    return;
  }
  const bool array = doc.IsArray();
  const std::size_t n = array ? doc.Size() : 1;
  for (std::size_t i = 0; i < n; ++i) {
    const rapidjson::Value& v = array ? doc[static_cast<rapidjson::SizeType>(i)] : doc;
    const std::size_t line_no = items.item_lines[array ? i + 1 : 0];
    Article a;
    if (!article_from_json(v, a, field, message)) {
      if (array) field = cat({"[", std::to_string(i), "]", field == "(document)" ? "" : ".", field == "(document)" ? "" : field});
      problem(file, line_no, field, message);
      continue;
    }
    if (a.id.empty()) a.id = cat({stem, "-", std::to_string(i + 1)});
    a.origin_file = file;
    a.origin_line = line_no;
    accept(std::move(a));
  }
}

void Session::read_plain_text(std::string_view content, const std::string& file, std::string id) {
  Article a;
  TextProblem p;
  if (!parse_plain_text(content, a, p)) {
    problem(file, p.line, p.field, p.message);
    return;
  }
  a.id = id.empty() ? std::string("article") : std::move(id);
  a.origin_file = file;
  a.origin_line = 0;
  accept(std::move(a));
}

}  // namespace
}  // namespace io

void read_articles(const std::vector<std::string>& paths, const std::function<void(Article&&)>& on_article,
                   const std::function<void(const ReadProblem&)>& on_problem) {
  io::Session session(on_article, on_problem);
  for (const auto& p : paths) session.read_path(p);
}

}  // namespace actorgraph
