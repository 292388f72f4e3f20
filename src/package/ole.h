// Just enough of the Compound File Binary format (MS-CFB) to tell what an OLE
// file is: the names of its streams. That separates a legacy .doc/.xls/.wps/.et
// from a password-protected OOXML file (EncryptionInfo + EncryptedPackage).
#pragma once

#include <string>
#include <vector>

namespace jxlint {

enum class OleKind { word, excel, wps, encrypted_ooxml, other };

struct OleInfo {
  OleKind kind = OleKind::other;
  std::vector<std::string> streams;  // directory entry names, ASCII-folded
};

class InputFile;

// Never throws: a damaged directory yields kind `other`. All reads are bounded.
OleInfo inspect_ole(const InputFile& file);

}  // namespace jxlint
