// Counts the attributes of each start tag in the bytes about to be fed to
// libxml2. libxml2 2.9.14 checks an element's attributes for duplicates
// pairwise, so one element with 200,000 attributes (a 0.5 MB part) costs it
// 10-15 s before any callback runs; a limit enforced in the SAX callback
// comes too late. The guard sees the bytes first, and the reader refuses
// the part before libxml2 gets the tag. It knows just enough XML to find
// start tags: quoted values, comments, CDATA sections and processing
// instructions are passed over; namespace declarations count as attributes
// (libxml2 checks those pairwise too). State carries over between chunks,
// so a tag cut by a chunk boundary is counted whole.
#pragma once

#include <cstddef>
#include <string_view>

namespace jxlint {

// Real OOXML has a few attributes on an element, and some forty namespace
// declarations on a document's root.
inline constexpr std::size_t kDefaultMaxAttributes = 256;

class AttributeGuard {
 public:
  explicit AttributeGuard(std::size_t max_attributes) : max_(max_attributes) {}

  // Scans the next bytes of the part; false once a start tag has more than
  // max_attributes attributes (the rest is not scanned).
  bool scan(std::string_view bytes);
  std::size_t max_attributes() const { return max_; }

 private:
  enum class State {
    text,
    after_lt,    // "<"
    start_tag,   // "<name", counting
    quoted,      // inside an attribute value, until quote_
    other_tag,   // "</…", "<!DOCTYPE…": until ">"
    after_bang,  // "<!"
    comment,     // "<!--", until "-->"
    cdata,       // "<![", until "]]>"
    pi,          // "<?", until "?>"
  };
  bool unit(char c);
  // Runs the state machine from p until it is back in text (or `end`).
  bool exact(const char*& p, const char* end);
  bool scan_bytes(std::string_view bytes);
  bool scan_utf16(std::string_view bytes);

  std::size_t max_;
  State state_ = State::text;
  char quote_ = 0;
  std::size_t count_ = 0;  // attributes of the current start tag
  int run_ = 0;            // '-' or ']' seen in a row (comment, CDATA ends)
  char last_ = 0;          // the previous unit ('?' before '>' ends a PI)
  // UTF-16 is scanned by code units, so that a CJK character whose low
  // byte is 0x3C is not taken for '<'. Decided on the first bytes.
  bool started_ = false;
  int first_ = -1;    // the first byte, while the second is awaited
  int utf16_ = 0;     // 0: bytes; 1: little-endian; 2: big-endian
  int pending_ = -1;  // the first byte of a code unit cut by a chunk boundary
};

}  // namespace jxlint
