#include "util/base64.h"

#include <cstdint>

namespace jxlint {

std::string base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  auto at = [&](std::size_t k) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k]));
  };
  for (; i + 3 <= bytes.size(); i += 3) {
    std::uint32_t v = at(i) << 16 | at(i + 1) << 8 | at(i + 2);
    out += kAlphabet[v >> 18 & 63];
    out += kAlphabet[v >> 12 & 63];
    out += kAlphabet[v >> 6 & 63];
    out += kAlphabet[v & 63];
  }
  std::size_t left = bytes.size() - i;
  if (left == 0) return out;
  std::uint32_t v = at(i) << 16 | (left == 2 ? at(i + 1) << 8 : 0);
  out += kAlphabet[v >> 18 & 63];
  out += kAlphabet[v >> 12 & 63];
  out += left == 2 ? kAlphabet[v >> 6 & 63] : '=';
  out += '=';
  return out;
}

}  // namespace jxlint
