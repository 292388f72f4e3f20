#include "app/config_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "config/config.h"
#include "config/toml_guard.h"

namespace jxlint {

std::string read_config_text(const std::string& path) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw ConfigError(path + ": cannot read the file: " + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw ConfigError(path + ": not a regular file");
  }
  // One byte past the limit is enough for check_toml_shape to refuse it.
  const std::size_t cap = TomlShapeLimits{}.max_bytes + 1;
  std::string text;
  char buf[1 << 14];
  while (text.size() < cap) {
    ssize_t n = ::read(fd, buf, std::min(sizeof buf, cap - text.size()));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      throw ConfigError(path + ": cannot read the file: " + std::strerror(err));
    }
    if (n == 0) break;
    text.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return text;
}

Config load_config(const std::string& path) {
  Config config = parse_config(read_config_text(path), path);
  config.dir = std::filesystem::path(absolute_path(path)).parent_path().generic_string();
  return config;
}

std::string find_config(const std::string& file_path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::absolute(file_path, ec).parent_path();
  while (!dir.empty()) {
    fs::path candidate = dir / "jxlint.toml";
    if (fs::is_regular_file(candidate, ec)) return candidate.lexically_normal().string();
    if (dir == dir.root_path()) break;
    dir = dir.parent_path();
  }
  return {};
}

std::string absolute_path(const std::string& path) {
  std::error_code ec;
  return std::filesystem::absolute(path, ec).lexically_normal().generic_string();
}

std::vector<std::string> per_file_ignores(const Config& config, const std::string& file_path) {
  if (config.per_file.empty()) return {};
  return config.per_file_ignores(config.dir.empty() ? file_path : absolute_path(file_path));
}

}  // namespace jxlint
