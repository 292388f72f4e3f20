// The page's engine has no file system (-sFILESYSTEM=0): nothing is read or
// written but the bytes handed in, and paths are names (a dropped folder's
// relative paths; the engine works them out lexically, util/path_text.h).
// One libc call must say so plainly, because emscripten's file-system stub
// answers it wrongly; this definition takes the place of libc's.
#include <cerrno>
#include <cstddef>
#include <cstdio>

// musl's tmpfile() would "succeed" and hand back a stream whose writes end up
// in the console printer (and throw there). SpooledText (the HTML report's
// body past 4 MiB) asks for one; without it, it keeps the report in memory,
// as it does on a machine with no usable temporary directory.
extern "C" std::FILE* tmpfile(void) {
  errno = ENOSYS;
  return nullptr;
}
