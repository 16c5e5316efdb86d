// Buffered, line-oriented reading of a file descriptor. Internal to io.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::io {

/// Reads a file descriptor in large blocks and hands out one line at a time
/// without copying. Memory is bounded by the block size plus the longest line.
///
/// The returned line is a mutable, NUL-terminated view into the internal
/// buffer (the '\n', and a '\r' before it, are cut off and replaced by NUL),
/// valid until the next call to next() or fill(); callers may parse it in
/// situ. Not thread-safe; does not own or close the descriptor.
class LineReader {
 public:
  explicit LineReader(int fd, std::size_t block_size = 1 << 20);

  /// Points `data`/`size` at the next line and returns true; false at end of
  /// input or when read(2) fails (then error() is non-empty). Never throws
  /// except std::bad_alloc.
  bool next(char*& data, std::size_t& size);

  /// Why reading stopped early ("" at a normal end of input).
  const std::string& error() const noexcept { return error_; }

  /// 1-based number of the line last returned by next() (0 before the first).
  std::size_t line_number() const noexcept { return line_no_; }

  /// The first byte that is not ASCII white space (or a UTF-8 byte order
  /// mark) in the input not yet consumed, without consuming it; '\0' when
  /// the rest of the input is blank. Reads ahead as needed.
  char peek_first_nonblank();

  /// Appends all input not yet consumed to `out` (for whole-file formats);
  /// on a read error stops and sets error().
  void read_rest(std::string& out);

 private:
  bool fill();  // reads one more block; false at end of input
  static void skip_bom(char*& data, std::size_t& size);

  int fd_;
  std::size_t block_;
  std::vector<char> buf_;
  std::size_t begin_ = 0;  // first unconsumed byte
  std::size_t end_ = 0;    // one past the last byte read
  std::size_t scan_ = 0;   // bytes from begin_ already known to hold no '\n'
  bool eof_ = false;
  std::string error_;
  std::size_t line_no_ = 0;
};

/// Opens `path` for reading; returns the descriptor or -1 with `error` set
/// to a readable reason ("no such file or directory").
int open_for_reading(const std::string& path, std::string& error);

}  // namespace actorgraph::io
