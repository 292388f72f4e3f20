#include "report/location_text.h"

#include <fmt/format.h>

namespace jxlint {

std::string logical_path(const Finding& f, Lang lang) {
  std::string out =
      lang == Lang::en ? fmt::format("table {}", f.table) : fmt::format("表{}", f.table);
  if (!f.project_name.empty())
    out += lang == Lang::en ? " \"" + f.project_name + "\"" : "「" + f.project_name + "」";
  if (f.sheet && f.cell) {
    out += " / " + *f.sheet + "!" + *f.cell;
  } else if (f.row > 0) {
    out += lang == Lang::en ? fmt::format(" / row {}", f.row) : fmt::format(" / 第{}行", f.row);
  }
  if (f.indicator && !f.indicator->empty()) {
    out += lang == Lang::en ? " / \"" + *f.indicator + "\"" : " /「" + *f.indicator + "」";
  }
  return out + " / " + f.field;
}

std::string path_to_uri(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (c == '\\') {
      out += '/';
    } else if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

}  // namespace jxlint
