#include "io/line_reader.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>

namespace actorgraph::io {
namespace {
bool is_blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool starts_with_bom(const char* p, std::size_t n) {
  return n >= 3 && static_cast<unsigned char>(p[0]) == 0xEF && static_cast<unsigned char>(p[1]) == 0xBB &&
         static_cast<unsigned char>(p[2]) == 0xBF;
}
}  // namespace


void LineReader::skip_bom(char*& data, std::size_t& size) {
  if (starts_with_bom(data, size)) {
    data += 3;
    size -= 3;
  }
}

LineReader::LineReader(int fd, std::size_t block_size) : fd_(fd), block_(block_size), buf_(block_size + 1) {}

bool LineReader::fill() {
  if (eof_) return false;
  // Move the unconsumed tail to the front, then make room for a full block
  // (plus one byte for the NUL that terminates a final line without '\n').
  if (begin_ > 0) {
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buf_.size() < end_ + block_ + 1) buf_.resize(end_ + block_ + 1);
  for (;;) {
    ssize_t n = ::read(fd_, buf_.data() + end_, block_);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = std::strerror(errno);
      if (!error_.empty()) error_[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(error_[0])));
      eof_ = true;
      return false;
    }
    if (n == 0) {
      eof_ = true;
      return false;
    }
    end_ += static_cast<std::size_t>(n);
    return true;
  }
}

bool LineReader::next(char*& data, std::size_t& size) {
  for (;;) {
    char* start = buf_.data() + begin_;
    std::size_t avail = end_ - begin_;
    if (auto* nl = static_cast<char*>(std::memchr(start + scan_, '\n', avail - scan_))) {
      std::size_t len = static_cast<std::size_t>(nl - start);
      begin_ += len + 1;
      scan_ = 0;
      if (len > 0 && start[len - 1] == '\r') --len;
      start[len] = '\0';
      data = start;
      size = len;
      if (++line_no_ == 1) skip_bom(data, size);
      return true;
    }
    scan_ = avail;
    if (!fill()) {
      if (end_ == begin_) return false;
      // Last line without a final newline; fill() left room for the NUL.
      start = buf_.data() + begin_;
      std::size_t len = end_ - begin_;
      begin_ = end_;
      scan_ = 0;
      if (len > 0 && start[len - 1] == '\r') --len;
      start[len] = '\0';
      data = start;
      size = len;
      if (++line_no_ == 1) skip_bom(data, size);
      return true;
    }
  }
}

char LineReader::peek_first_nonblank() {
  // Make sure a possible byte order mark at the start is complete in the buffer.
  while (line_no_ == 0 && begin_ == 0 && end_ < 3 && fill()) {
  }
  std::size_t offset = (line_no_ == 0 && begin_ == 0 && starts_with_bom(buf_.data(), end_)) ? 3 : 0;
  for (;;) {
    for (; begin_ + offset < end_; ++offset) {
      if (!is_blank(static_cast<unsigned char>(buf_[begin_ + offset]))) return buf_[begin_ + offset];
    }
    if (!fill()) return '\0';
  }
}

void LineReader::read_rest(std::string& out) {
  const std::size_t first = out.size();
  const bool at_start = line_no_ == 0;
  out.append(buf_.data() + begin_, end_ - begin_);
  begin_ = end_ = scan_ = 0;
  while (fill()) {
    out.append(buf_.data(), end_);
    end_ = 0;
  }
  if (at_start && starts_with_bom(out.data() + first, out.size() - first)) out.erase(first, 3);
}

int open_for_reading(const std::string& path, std::string& error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    if (!error.empty()) error[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(error[0])));
  }
  return fd;
}

}  // namespace actorgraph::io
