// Text that came from a submission (a file name, a sheet name, a cell) made
// safe to print as part of one line of a report. Without this a name holding
// a line break could forge a whole line (`fake.xlsx:1: error: …`), an ESC
// could rewrite the terminal, and bytes that are not UTF-8 (a GBK name from a
// shared drive) would make the report itself invalid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace jxlint {

// Control characters become visible escapes: \n \r \t, \xHH for the other C0
// controls and DEL, \uHHHH for the C1 controls, U+2028/U+2029 (line and
// paragraph separators) and the bidirectional embeddings, overrides and
// isolates (U+202A–202E, U+2066–2069) that can make a line read as another.
// Each byte that is not part of valid UTF-8 becomes U+FFFD. Everything else,
// backslashes included, is kept as it is.
std::string printable(std::string_view s);

// True when `s` is well-formed UTF-8 (no overlong forms, no surrogates).
bool is_valid_utf8(std::string_view s);

}  // namespace jxlint
