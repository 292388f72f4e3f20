// The HTML review report's style and filter script, from web/report.css and
// web/report.js, embedded at build time (cmake/embed.cmake writes their
// definitions): `jxlint --format html` and the offline page, which shows that
// same report, share one copy of each.
#pragma once

namespace jxlint::report_assets {

extern const char* const kStyle;   // web/report.css
extern const char* const kScript;  // web/report.js

}  // namespace jxlint::report_assets
