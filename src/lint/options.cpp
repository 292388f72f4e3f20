#include "lint/options.h"

#include <stdexcept>

namespace jxlint {

const OptionValue& CheckOptions::get(std::string_view name) const {
  if (auto it = values_.find(std::string(name)); it != values_.end()) return it->second;
  if (specs_ != nullptr) {
    for (const auto& spec : *specs_) {
      if (spec.name == name) return spec.default_value;
    }
  }
  // A check asking for an option it did not declare is a programming error.
  throw std::logic_error("undeclared check option: " + std::string(name));
}

}  // namespace jxlint
