// A check's options. Each check declares its options (name, type, default,
// help) beside its code; a configuration sets them as `<rule>.<option>`.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "util/lang.h"

namespace jxlint {

using OptionValue = std::variant<bool, double, std::string, std::vector<std::string>>;

struct OptionSpec {
  std::string name;  // kebab-case, e.g. "patterns"
  OptionValue default_value;
  Bilingual help;
};

// The values a check is built with: the configured ones over the defaults.
class CheckOptions {
 public:
  CheckOptions() = default;
  CheckOptions(const std::vector<OptionSpec>* specs, std::map<std::string, OptionValue> values)
      : specs_(specs), values_(std::move(values)) {}

  bool get_bool(std::string_view name) const { return std::get<bool>(get(name)); }
  double get_number(std::string_view name) const { return std::get<double>(get(name)); }
  const std::string& get_string(std::string_view name) const {
    return std::get<std::string>(get(name));
  }
  const std::vector<std::string>& get_list(std::string_view name) const {
    return std::get<std::vector<std::string>>(get(name));
  }

  const OptionValue& get(std::string_view name) const;

 private:
  const std::vector<OptionSpec>* specs_ = nullptr;
  std::map<std::string, OptionValue> values_;
};

}  // namespace jxlint
