#include "util/errno_text.h"

#include <cerrno>
#include <system_error>

namespace jxlint {
namespace {

const char* chinese_reason(int error) {
  switch (error) {
    case EACCES:
    case EPERM:
      return "没有权限";
    case ENOENT:
      return "不存在";
    case ENOTDIR:
      return "路径中有一段不是文件夹";
    case EISDIR:
      return "这是一个文件夹";
    case ELOOP:
      return "符号链接构成了循环";
    case ENAMETOOLONG:
      return "路径太长";
    case ENOSPC:
      return "磁盘空间已满";
    case EDQUOT:
      return "超出了磁盘配额";
    case EFBIG:
      return "文件超过了允许的大小";
    case EPIPE:
      return "管道已关闭，读取输出的程序已经退出";
    case EBADF:
      return "输出已关闭";
    case EROFS:
      return "文件系统是只读的";
    case EIO:
      return "读写出错（I/O 错误）";
    case EMFILE:
    case ENFILE:
      return "打开的文件太多";
    case ENOMEM:
      return "内存不足";
    case EAGAIN:
      return "资源暂时不可用";
    default:
      return nullptr;
  }
}

}  // namespace

std::string errno_reason(int error, Lang lang) {
  // std::generic_category's text, unlike strerror, is safe on worker threads.
  std::string system_text = std::generic_category().message(error);
  if (lang == Lang::en) return system_text;
  const char* zh = chinese_reason(error);
  return zh ? std::string(zh) + "（" + system_text + "）" : system_text;
}

}  // namespace jxlint
