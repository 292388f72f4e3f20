#include "config/toml_guard.h"

#include <fmt/format.h>

#include "config/config.h"

namespace jxlint {
namespace {

// Walks the text once, skipping strings and comments, and knows just enough
// TOML to tell a key (where dots separate parts) from a value (where a dot
// is a decimal point and brackets nest).
class ShapeScan {
 public:
  ShapeScan(std::string_view text, const std::string& path, const TomlShapeLimits& limits)
      : text_(text), path_(path), limits_(limits) {}

  void run() {
    if (text_.size() > limits_.max_bytes) {
      fail(fmt::format("the file is {} bytes, more than a jxlint.toml may hold ({} bytes)",
                       text_.size(), limits_.max_bytes),
           1);
    }
    start_line();
    while (i_ < text_.size()) {
      char c = text_[i_];
      if (c == '\n') {
        new_line();
        ++i_;
      } else if (c == '#') {
        while (i_ < text_.size() && text_[i_] != '\n')
          ++i_;
      } else if (c == '"' || c == '\'') {
        skip_string(c);
      } else {
        punctuation(c);
        ++i_;
      }
    }
    check_line_length();
  }

 private:
  [[noreturn]] void fail(const std::string& message, std::size_t line) const {
    throw ConfigError(fmt::format("{}:{}: {}", path_, line, message));
  }

  // At the start of a line outside any bracket a key may begin.
  void start_line() {
    if (stack_.empty()) begin_key();
  }
  void begin_key() {
    in_key_ = true;
    key_parts_ = 1;
  }

  void new_line() {
    check_line_length();
    ++line_;
    line_start_ = i_ + 1;
    start_line();
  }

  void check_line_length() const {
    if (i_ - line_start_ > limits_.max_line_bytes) {
      fail(fmt::format("a line longer than {} bytes", limits_.max_line_bytes), line_);
    }
  }

  void punctuation(char c) {
    switch (c) {
      case '.':
        if (in_key_ && ++key_parts_ > limits_.max_key_parts) {
          fail(fmt::format("a key of more than {} dotted parts", limits_.max_key_parts), line_);
        }
        break;
      case '=':
        in_key_ = false;
        break;
      case '[':
        // A header's brackets ([table], [[array]]) hold a key, not a value.
        if (in_key_ && stack_.empty()) break;
        open(c);
        break;
      case '{':
        open(c);
        begin_key();
        break;
      case ',':
        if (!stack_.empty() && stack_.back() == '{') begin_key();
        break;
      case ']':
      case '}':
        if (!stack_.empty()) {
          stack_.pop_back();
        } else {
          in_key_ = false;  // the end of a header
        }
        break;
      default:
        break;
    }
  }

  void open(char c) {
    if (stack_.size() >= limits_.max_nesting) {
      fail(fmt::format("lists or inline tables nested more than {} deep", limits_.max_nesting),
           line_);
    }
    stack_.push_back(c);
    in_key_ = false;
  }

  // "…", '…', """…""" and '''…''': the quote (or three) ends it; a
  // backslash escapes the next character in the double-quoted kinds.
  void skip_string(char quote) {
    const std::string_view triple = quote == '"' ? "\"\"\"" : "'''";
    bool multi = text_.substr(i_, 3) == triple;
    i_ += multi ? 3 : 1;
    while (i_ < text_.size()) {
      char c = text_[i_];
      if (c == '\\' && quote == '"' && i_ + 1 < text_.size() && text_[i_ + 1] != '\n') {
        i_ += 2;
      } else if (c == '\n') {
        if (!multi) return;  // unterminated: toml++ reports it
        check_line_length();
        ++line_;
        line_start_ = i_ + 1;
        ++i_;
      } else if (multi ? text_.substr(i_, 3) == triple : c == quote) {
        i_ += multi ? 3 : 1;
        // """a"""" : up to two quotes just before the closing three are content.
        for (int extra = 0; multi && extra < 2 && i_ < text_.size() && text_[i_] == quote; ++extra)
          ++i_;
        return;
      } else {
        ++i_;
      }
    }
  }

  std::string_view text_;
  const std::string& path_;
  const TomlShapeLimits& limits_;
  std::size_t i_ = 0;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;
  std::string stack_;  // open '[' and '{' of values
  bool in_key_ = true;
  std::size_t key_parts_ = 1;
};

}  // namespace

void check_toml_shape(std::string_view text, const std::string& path,
                      const TomlShapeLimits& limits) {
  ShapeScan(text, path, limits).run();
}

}  // namespace jxlint
