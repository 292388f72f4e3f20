#include "cli/input_errors.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "util/errno_text.h"

namespace jxlint {
namespace {

FileError pick(Lang lang, std::string code, const std::string& zh, const std::string& en) {
  return FileError{std::move(code), lang == Lang::en ? en : zh};
}

FileError unreachable(int error, Lang lang) {
  switch (error) {
    case ELOOP:
      return pick(lang, "symlink-loop", "路径中的符号链接构成了循环，无法找到文件",
                  "the symbolic links in the path form a loop: the file cannot be reached");
    case ENAMETOOLONG:
      return pick(lang, "path-too-long", "路径太长，超过了系统允许的长度",
                  "the path is longer than the system allows");
    case EACCES:
    case EPERM:
      return pick(lang, "unreadable", "没有权限访问这个路径（所在的文件夹不允许进入）",
                  "permission denied: a folder on the path cannot be entered");
    default:
      return pick(lang, "unreadable", "无法访问这个路径：" + errno_reason(error, Lang::zh),
                  "cannot reach the path: " + errno_reason(error, Lang::en));
  }
}

}  // namespace

std::optional<FileError> path_error(const std::string& path, Lang lang) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    int error = errno;
    if (error == ENOENT || error == ENOTDIR) {
      struct stat link {};
      if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        return pick(lang, "not-found", "这是一个符号链接，它指向的文件不存在",
                    "this is a symbolic link to a file that does not exist");
      }
      return std::nullopt;  // linting says "not-found"
    }
    return unreachable(error, lang);
  }
  if (!S_ISREG(st.st_mode)) return std::nullopt;  // linting says "not-a-file"
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    int error = errno;
    if (error == EACCES || error == EPERM) {
      return pick(lang, "unreadable", "没有读取这个文件的权限",
                  "permission denied: the file cannot be read");
    }
    return pick(lang, "unreadable", "无法打开文件：" + errno_reason(error, Lang::zh),
                "cannot open the file: " + errno_reason(error, Lang::en));
  }
  ::close(fd);
  return std::nullopt;
}

FileError folder_error(const UnreadableFolder& folder, Lang lang) {
  int error = folder.error.value();
  return pick(
      lang, "unreadable-folder",
      "无法列出这个文件夹中的文件：" + errno_reason(error, Lang::zh) + "；其中的文件都没有检查",
      "cannot list the files in this folder: " + errno_reason(error, Lang::en) +
          "; none of them was linted");
}

}  // namespace jxlint
