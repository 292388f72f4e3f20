// The --cache verifies what it reads (issue 13, case 6): only a regular file
// within a size bound that names its own key is an entry. A symlink to
// /dev/zero or to a 3 GB file, a FIFO, or a valid entry copied under another
// file's key is a miss, replaced by the next store; stale temporaries of a
// killed run are cleaned. Measured before: /dev/zero grew to 8.8 GB (or
// bad_alloc under a limit), the 3 GB file took 26 s and 6.3 GB, the FIFO
// hung, and the copied entry was trusted (89 findings of another file).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "app/cache.h"
#include "bounded_run.h"
#include "lint/result_codec.h"
#include "support.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;
using testing::BoundedRun;
using testing::run_bounded;

#ifdef JXLINT_SANITIZED
constexpr double kQuick = 30;
constexpr long kSmallRssKib = 2L << 20;
#else
constexpr double kQuick = 5;
constexpr long kSmallRssKib = 128L << 10;
#endif

class CacheGuardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("jxlint-cache-guard-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    fs::copy_file(testing::source_path("fixtures/seeds/000.python-docx.docx"), dir_ / "a.docx");
    fs::copy_file(testing::source_path("fixtures/seeds/clean.python-docx.docx"), dir_ / "b.docx");
  }
  void TearDown() override { fs::remove_all(dir_); }

  BoundedRun lint(const std::vector<std::string>& files) {
    std::vector<std::string> args{"--format", "json", "--no-config", "--cache-dir",
                                  (dir_ / "cache").string()};
    for (const auto& f : files)
      args.push_back((dir_ / f).string());
    return run_bounded(args, 60, 2048);
  }

  std::set<fs::path> entries() const {
    std::set<fs::path> out;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir_ / "cache", ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->path().extension() == ".json") out.insert(it->path());
    }
    return out;
  }

  // Lints `file` alone with the cache and returns the entry it wrote.
  fs::path entry_of(const std::string& file) {
    auto before = entries();
    lint({file});
    for (const auto& e : entries()) {
      if (!before.count(e)) return e;
    }
    ADD_FAILURE() << "no entry written for " << file;
    return {};
  }

  static std::size_t findings_of(const BoundedRun& run, const std::string& file) {
    auto doc = nlohmann::json::parse(run.out, nullptr, false);
    if (doc.is_discarded()) return 999'999;
    for (const auto& f : doc["files"]) {
      if (f["path"].get<std::string>().ends_with(file)) return f["findings"].size();
    }
    return 999'999;
  }

  fs::path dir_;
};

TEST_F(CacheGuardTest, ASymlinkToDevZeroIsAMissAndIsReplaced) {
  fs::path entry = entry_of("a.docx");
  fs::remove(entry);
  fs::create_symlink("/dev/zero", entry);
  BoundedRun run = lint({"a.docx", "b.docx"});
  EXPECT_FALSE(run.timed_out);
  EXPECT_LT(run.seconds, kQuick);
  EXPECT_LT(run.max_rss_kib, kSmallRssKib);
  EXPECT_EQ(findings_of(run, "a.docx"), 89u);
  EXPECT_EQ(findings_of(run, "b.docx"), 0u);
  EXPECT_TRUE(fs::is_regular_file(fs::symlink_status(entry)));
}

TEST_F(CacheGuardTest, AFifoIsAMissAndNeverBlocks) {
  fs::path entry = entry_of("a.docx");
  fs::remove(entry);
  ASSERT_EQ(::mkfifo(entry.c_str(), 0644), 0);
  BoundedRun run = lint({"a.docx", "b.docx"});
  EXPECT_FALSE(run.timed_out);
  EXPECT_LT(run.seconds, kQuick);
  EXPECT_EQ(findings_of(run, "a.docx"), 89u);
  EXPECT_TRUE(fs::is_regular_file(fs::symlink_status(entry)));
}

TEST_F(CacheGuardTest, AHugeFileIsNotRead) {
  fs::path entry = entry_of("a.docx");
  fs::resize_file(entry, 3ull << 30);  // sparse: no disk used
  BoundedRun run = lint({"a.docx"});
  EXPECT_LT(run.seconds, kQuick);
  EXPECT_LT(run.max_rss_kib, kSmallRssKib);
  EXPECT_EQ(findings_of(run, "a.docx"), 89u);
  EXPECT_LT(fs::file_size(entry), 1u << 20);
}

TEST_F(CacheGuardTest, AnEntryCopiedUnderAnotherKeyIsAMiss) {
  fs::path a = entry_of("a.docx");
  fs::path b = entry_of("b.docx");
  fs::copy_file(a, b, fs::copy_options::overwrite_existing);
  BoundedRun run = lint({"b.docx"});
  EXPECT_EQ(findings_of(run, "b.docx"), 0u);  // its own result, not a.docx's 89
}

TEST_F(CacheGuardTest, StaleTemporariesAreCleanedAndFreshOnesKept) {
  fs::path entry = entry_of("a.docx");
  fs::path folder = entry.parent_path();
  auto age = [](const fs::path& p, int minutes) {
    struct timespec times[2];
    times[0].tv_sec = times[1].tv_sec = ::time(nullptr) - minutes * 60;
    times[0].tv_nsec = times[1].tv_nsec = 0;
    ::utimensat(AT_FDCWD, p.c_str(), times, AT_SYMLINK_NOFOLLOW);
  };
  std::ofstream(folder / "x.json.111-0.tmp") << "{";
  age(folder / "x.json.111-0.tmp", 60);
  std::ofstream(folder / "x.json.112-0.tmp") << "{";  // a live writer's
  fs::create_symlink("/etc/passwd", folder / "x.json.113-0.tmp");
  age(folder / "x.json.113-0.tmp", 60);
  fs::remove(entry);
  lint({"a.docx"});
  EXPECT_FALSE(fs::exists(fs::symlink_status(folder / "x.json.111-0.tmp")));
  EXPECT_FALSE(fs::exists(fs::symlink_status(folder / "x.json.113-0.tmp")));
  EXPECT_TRUE(fs::exists(folder / "x.json.112-0.tmp"));
  EXPECT_TRUE(fs::exists("/etc/passwd"));
}

TEST(CacheEntryTest, ImplausibleResultsAreMisses) {
  std::string key(32, 'c');
  FileResult r;
  r.format = "docx";
  TableSummary t;
  t.table = 1;
  TableView v;
  v.rows = 1;
  v.cols = 1;
  v.cells.resize(1);
  t.view = v;
  r.tables.push_back(t);
  Finding f;
  f.rule = "basis-empty";
  f.severity = Severity::error;
  r.findings.push_back(f);
  std::string header = "jxlint-cache " + key + "\n";
  EXPECT_TRUE(ResultCache::decode_entry(key, header + encode_result(r)));
  EXPECT_FALSE(ResultCache::decode_entry(std::string(32, 'd'), header + encode_result(r)));
  EXPECT_FALSE(ResultCache::decode_entry(key, encode_result(r)));
  FileResult bad = r;
  bad.findings[0].severity = static_cast<Severity>(7);
  EXPECT_FALSE(ResultCache::decode_entry(key, header + encode_result(bad)));
  bad = r;
  bad.tables[0].view->cells[0].col_span = 1'000'000'000;
  EXPECT_FALSE(ResultCache::decode_entry(key, header + encode_result(bad)));
  bad = r;
  bad.tables[0].view->cells[0].row_span = 0;
  EXPECT_FALSE(ResultCache::decode_entry(key, header + encode_result(bad)));
}

TEST(CacheEntryTest, AConfigErrorIsNeverStored) {
  auto dir = fs::temp_directory_path() / ("jxlint-cache-config-" + std::to_string(::getpid()));
  ResultCache cache(dir.string());
  FileResult r;
  r.error = FileError{"config-error", "broken"};
  std::string key(32, 'e');
  cache.store(key, r);
  EXPECT_FALSE(cache.load(key));
  r.error = FileError{"zip-corrupt", "damaged"};
  cache.store(key, r);
  EXPECT_TRUE(cache.load(key));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace jxlint
