// A finding as the JSON object of docs/output.md, shared by the JSON report
// (under files[].findings) and JSON Lines (one per line, after "path"), so the
// two formats cannot drift apart.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "lint/finding.h"

namespace jxlint {

inline nlohmann::ordered_json optional_string(const std::optional<std::string>& s) {
  return s ? nlohmann::ordered_json(*s) : nlohmann::ordered_json(nullptr);
}

// Keys and their order follow docs/output.md; extra keys come after them.
inline void append_finding_json(nlohmann::ordered_json& object, const Finding& f) {
  using Json = nlohmann::ordered_json;
  object["rule"] = f.rule;
  object["severity"] = severity_name(f.severity);
  object["message"] = f.message;
  object["table"] = f.table > 0 ? Json(f.table) : Json(nullptr);  // null: a finding on the file
  object["project_name"] = f.project_name.empty() ? Json(nullptr) : Json(f.project_name);
  object["row"] = f.row > 0 ? Json(f.row) : Json(nullptr);
  object["column"] = f.column > 0 ? Json(f.column) : Json(nullptr);
  object["field"] = f.field.empty() ? Json(nullptr) : Json(f.field);
  object["indicator"] = optional_string(f.indicator);
  object["text"] = f.text;
  object["sheet"] = optional_string(f.sheet);
  object["cell"] = optional_string(f.cell);
  object["project_code"] = f.project_code.empty() ? Json(nullptr) : Json(f.project_code);
}

inline nlohmann::ordered_json finding_json(const Finding& f) {
  nlohmann::ordered_json object = nlohmann::ordered_json::object();
  append_finding_json(object, f);
  return object;
}

}  // namespace jxlint
