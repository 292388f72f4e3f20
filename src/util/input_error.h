// The one exception type for "this input cannot be read". It carries a stable
// code (a contract: see docs/output.md) and the reason in both languages, so
// that the reader that detects a problem never needs to know who reads it.
#pragma once

#include <stdexcept>
#include <string>

namespace jxlint {

class InputError : public std::runtime_error {
 public:
  InputError(std::string code, std::string message_zh, std::string message_en)
      : std::runtime_error(message_en),
        code_(std::move(code)),
        zh_(std::move(message_zh)),
        en_(std::move(message_en)) {}

  const std::string& code() const { return code_; }
  const std::string& message_zh() const { return zh_; }
  const std::string& message_en() const { return en_; }

 private:
  std::string code_;
  std::string zh_;
  std::string en_;
};

}  // namespace jxlint
