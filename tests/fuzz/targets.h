// The fuzzing entry points, shared by the libFuzzer targets (fuzz_*.cpp,
// built with -DJXLINT_FUZZ=ON by scripts/fuzz) and by the regression test
// that replays every saved input (tests/fuzz_regression_test.cpp). Each takes
// arbitrary bytes and must return without crashing, hanging or leaking,
// whatever they hold.
#pragma once

#include <cstddef>
#include <cstdint>

namespace jxlint::fuzz {

// A whole input file: sniffing, zip, every part reader, recogniser, checks,
// suppressions and the JSON reporter.
void lint_file_bytes(const std::uint8_t* data, std::size_t size);
// word/document.xml alone: the body reader, recogniser and checks.
void lint_document_xml(const std::uint8_t* data, std::size_t size);
// One worksheet's XML, with a fixed shared-string table and styles.
void lint_sheet_xml(const std::uint8_t* data, std::size_t size);
// The text functions: value parser, labels, folding, suppression comments.
void parse_texts(const std::uint8_t* data, std::size_t size);
// A jxlint.toml: the shape guard, toml++, every key's checks, the rule set
// it builds and its description (jxlint config).
void load_config_text(const std::uint8_t* data, std::size_t size);
// A --cache entry as read back: its header, the result codec, the
// plausibility checks, and the reporters over whatever is accepted.
void load_cache_entry(const std::uint8_t* data, std::size_t size);

}  // namespace jxlint::fuzz
