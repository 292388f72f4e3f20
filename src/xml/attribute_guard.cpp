#include "xml/attribute_guard.h"

#include <cstring>

namespace jxlint {

bool AttributeGuard::scan(std::string_view bytes) {
  if (!started_) {
    // The first two bytes decide; a first chunk of one byte is held back.
    if (first_ < 0) {
      if (bytes.empty()) return true;
      first_ = static_cast<unsigned char>(bytes[0]);
      bytes.remove_prefix(1);
      if (bytes.empty()) return true;
    }
    auto b0 = static_cast<unsigned>(first_);
    auto b1 = static_cast<unsigned char>(bytes[0]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == '<' && b1 == 0)) utf16_ = 1;
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 == '<')) utf16_ = 2;
    started_ = true;
    char held = static_cast<char>(first_);
    if (!scan(std::string_view(&held, 1))) return false;
  }
  return utf16_ != 0 ? scan_utf16(bytes) : scan_bytes(bytes);
}

namespace {

// The bytes that matter inside a start tag.
constexpr bool in_tag_mark(unsigned char c) {
  return c == '=' || c == '"' || c == '\'' || c == '>';
}

}  // namespace

// Called with the state just past a '<' (or carried from the last chunk).
bool AttributeGuard::exact(const char*& p, const char* end) {
  while (p < end) {
    switch (state_) {
      case State::text:
        return true;
      case State::start_tag:
        while (p < end && !in_tag_mark(static_cast<unsigned char>(*p)))
          ++p;
        if (p == end) return true;
        if (!unit(*p++)) return false;
        break;
      case State::quoted:
        while (p < end && *p != quote_)
          ++p;
        if (p == end) return true;
        ++p;
        state_ = State::start_tag;
        break;
      default:
        if (!unit(*p++)) return false;
    }
  }
  return true;
}

bool AttributeGuard::scan_bytes(std::string_view bytes) {
  // This scan sees every byte of every part, so it must cost far less than
  // libxml2's parse. '<' is not allowed inside an attribute value, and n
  // attributes take at least 5n - 1 bytes (a="" b=""), so a start tag with
  // more than max_ attributes lies in a run of more than 4 × max_ bytes
  // without '<', and such a run contains a whole block of 2 × max_ bytes
  // without one. Blocks are checked with memchr (in XML the first '<' of a
  // block comes within a few dozen bytes); the exact state machine (quotes,
  // comments …) runs only from the '<' that starts such a run, and from the
  // chunk's last '<' to its end (a tag cut by the chunk boundary, finished
  // at the start of the next chunk). UTF-8 and the legacy CJK encodings
  // never use '<' inside a character.
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  if (state_ != State::text) {  // a tag or comment cut by the previous chunk's end
    if (!exact(p, end)) return false;
    if (p == end) return true;
  }
  const char* begin = p;
  const char* last_lt =
      static_cast<const char*>(::memrchr(p, '<', static_cast<std::size_t>(end - p)));
  const char* body_end = last_lt != nullptr ? last_lt : end;
  const std::size_t block = 2 * max_;
  while (static_cast<std::size_t>(body_end - p) >= block) {
    if (std::memchr(p, '<', block) != nullptr) {
      p += block;
      continue;
    }
    // A long run: from its '<' (none: it began in the text before this
    // chunk, or in a tag already scanned exactly) up to the next '<'.
    const char* lt =
        static_cast<const char*>(::memrchr(begin, '<', static_cast<std::size_t>(p - begin)));
    const char* stop = static_cast<const char*>(
        std::memchr(p + block, '<', static_cast<std::size_t>(body_end - p - block)));
    if (stop == nullptr) stop = body_end;
    if (lt != nullptr) {
      state_ = State::after_lt;
      const char* q = lt + 1;
      if (!exact(q, stop)) return false;
      state_ = State::text;
    }
    p = stop;
    begin = stop;
  }
  if (last_lt != nullptr) {
    state_ = State::after_lt;
    const char* q = last_lt + 1;
    if (!exact(q, end)) return false;  // its state carries over to the next chunk
  }
  return true;
}

bool AttributeGuard::scan_utf16(std::string_view bytes) {
  for (char b : bytes) {
    if (pending_ < 0) {
      pending_ = static_cast<unsigned char>(b);
      continue;
    }
    unsigned lo = utf16_ == 1 ? static_cast<unsigned>(pending_) : static_cast<unsigned char>(b);
    unsigned hi = utf16_ == 1 ? static_cast<unsigned char>(b) : static_cast<unsigned>(pending_);
    pending_ = -1;
    // Only ASCII code units mark up XML; anything else is a name or text character.
    if (!unit(hi == 0 && lo < 0x80 ? static_cast<char>(lo) : 'x')) return false;
  }
  return true;
}

bool AttributeGuard::unit(char c) {
  switch (state_) {
    case State::text:
      if (c == '<') state_ = State::after_lt;
      break;
    case State::after_lt:
      if (c == '!') {
        state_ = State::after_bang;
      } else if (c == '?') {
        state_ = State::pi;
      } else if (c == '/') {
        state_ = State::other_tag;
      } else {
        state_ = State::start_tag;
        count_ = 0;
      }
      break;
    case State::start_tag:
      if (c == '=') {
        if (++count_ > max_) return false;
      } else if (c == '"' || c == '\'') {
        state_ = State::quoted;
        quote_ = c;
      } else if (c == '>') {
        state_ = State::text;
      }
      break;
    case State::quoted:
      if (c == quote_) state_ = State::start_tag;
      break;
    case State::other_tag:
      if (c == '>') state_ = State::text;
      break;
    case State::after_bang:
      state_ = c == '-' ? State::comment : c == '[' ? State::cdata : State::other_tag;
      run_ = 0;
      break;
    case State::comment:
      // "<!--" has put one '-' behind; "-->" needs two '-' before '>'.
      if (c == '>' && run_ >= 2) state_ = State::text;
      run_ = c == '-' ? run_ + 1 : 0;
      break;
    case State::cdata:
      if (c == '>' && run_ >= 2) state_ = State::text;
      run_ = c == ']' ? run_ + 1 : 0;
      break;
    case State::pi:
      if (c == '>' && last_ == '?') state_ = State::text;
      break;
  }
  last_ = c;
  return true;
}

}  // namespace jxlint
