// Review-queue scale: the batch runner's order and memory window, the result
// cache and its codec, input collection (globs, --exclude, --files-from),
// and the command line that puts them together (-j, --cache, progress).
#include "app/batch.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <random>
#include <stdexcept>
#include <thread>

#include "app/cache.h"
#include "cli/inputs.h"
#include "cli/progress.h"
#include "cli_support.h"
#include "lint/result_codec.h"
#include "support.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;
using testing::CliResult;
using testing::json_of;
using testing::read_file;
using testing::run;
using testing::run_in_source_tree;
using testing::shell_quote;
using testing::source_path;

// A fresh folder under /tmp, removed when the test ends.
struct TempDir {
  explicit TempDir(const std::string& name)
      : path(fs::temp_directory_path() / (name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  fs::path path;
};

void write_text(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// ---------------------------------------------------------------- run_batch

FileResult numbered(std::size_t i) {
  FileResult r;
  r.path = std::to_string(i);
  return r;
}

TEST(BatchTest, EmitsInInputOrderWhateverTheJobs) {
  for (int jobs : {1, 2, 3, 8}) {
    std::vector<int> delays(150);
    std::mt19937 random(static_cast<unsigned>(jobs));
    for (int& d : delays)
      d = static_cast<int>(random() % 400);
    std::vector<std::string> emitted;
    BatchOptions options;
    options.jobs = jobs;
    run_batch(
        delays.size(), options,
        [&](std::size_t i) {
          std::this_thread::sleep_for(std::chrono::microseconds(delays[i]));
          return numbered(i);
        },
        [&](std::size_t i, FileResult&& r) {
          EXPECT_EQ(r.path, std::to_string(i));
          emitted.push_back(r.path);
        });
    ASSERT_EQ(emitted.size(), delays.size()) << "jobs " << jobs;
    for (std::size_t i = 0; i < emitted.size(); ++i)
      EXPECT_EQ(emitted[i], std::to_string(i)) << "jobs " << jobs;
  }
}

TEST(BatchTest, WorkersStayWithinTheWindowOfTheNextFileToReport) {
  // A slow reporter: workers would run far ahead if nothing held them back.
  BatchOptions options;
  options.jobs = 4;
  options.window = 3;
  std::atomic<std::size_t> reported{0};
  std::atomic<std::size_t> farthest_ahead{0};
  run_batch(
      60, options,
      [&](std::size_t i) {
        std::size_t ahead = i - reported.load();
        std::size_t seen = farthest_ahead.load();
        while (ahead > seen && !farthest_ahead.compare_exchange_weak(seen, ahead)) {
        }
        return numbered(i);
      },
      [&](std::size_t, FileResult&&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        ++reported;
      });
  EXPECT_EQ(reported.load(), 60u);
  EXPECT_LT(farthest_ahead.load(), options.window);
  EXPECT_GE(farthest_ahead.load(), 1u);  // and they did work ahead
}

TEST(BatchTest, ProgressRisesToTheTotal) {
  BatchOptions options;
  options.jobs = 2;
  std::vector<std::size_t> seen;
  run_batch(
      40, options,
      [](std::size_t i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(8));
        return numbered(i);
      },
      [](std::size_t, FileResult&&) {}, [&](std::size_t done) { seen.push_back(done); });
  ASSERT_FALSE(seen.empty());  // 40 × 8 ms over two workers: about 160 ms
  for (std::size_t i = 1; i < seen.size(); ++i)
    EXPECT_LE(seen[i - 1], seen[i]);
  EXPECT_LE(seen.back(), 40u);
}

TEST(BatchTest, AnExceptionReachesTheCallerInItsTurn) {
  for (int jobs : {1, 3}) {
    BatchOptions options;
    options.jobs = jobs;
    std::size_t emitted = 0;
    EXPECT_THROW(run_batch(
                     30, options,
                     [](std::size_t i) {
                       if (i == 17) throw std::runtime_error("file 17");
                       return numbered(i);
                     },
                     [&](std::size_t, FileResult&&) { ++emitted; }),
                 std::runtime_error);
    EXPECT_EQ(emitted, 17u) << "jobs " << jobs;
  }
}

TEST(ProgressTest, LineSaysDoneTotalRateAndTimeLeft) {
  std::ostringstream out;
  ProgressLine line(out, 2000, Lang::zh);
  line.update(0);
  EXPECT_NE(out.str().find("已检查 0/2000 个文件"), std::string::npos) << out.str();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  line.update(10);
  EXPECT_NE(out.str().find("已检查 10/2000 个文件（每秒 "), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("预计还需 "), std::string::npos) << out.str();
  line.clear();
  EXPECT_EQ(out.str().substr(out.str().size() - 4), "\r\x1b[K");
  EXPECT_EQ(format_duration(54.4, Lang::zh), "54 秒");
  EXPECT_EQ(format_duration(200, Lang::zh), "3 分 20 秒");
  EXPECT_EQ(format_duration(3900, Lang::en), "1 h 5 min");
}

// ------------------------------------------------------------- result codec

FileResult lint_kept(const std::string& relative) {
  LintOptions options;
  options.keep_tables = true;
  FileResult r = lint_file(source_path(relative), testing::default_rules(), options);
  r.path = relative;
  return r;
}

TEST(ResultCodecTest, RoundTripKeepsEverythingReportersRead) {
  for (const char* fixture :
       {"fixtures/seeds/000.python-docx.docx", "fixtures/seeds/003.openpyxl.xlsx",
        "fixtures/suppressions/comments.libreoffice.docx", "fixtures/unreadable/password.docx",
        "fixtures/hostile/bomb-1gib.docx"}) {
    SCOPED_TRACE(fixture);
    ASSERT_TRUE(fs::exists(source_path(fixture)));
    FileResult original = lint_kept(fixture);
    std::string encoded = encode_result(original);
    std::optional<FileResult> decoded = decode_result(encoded);
    ASSERT_TRUE(decoded);
    decoded->path = original.path;
    EXPECT_EQ(json_of(*decoded), json_of(original));
    EXPECT_EQ(encode_result(*decoded), encoded);
    ASSERT_EQ(decoded->tables.size(), original.tables.size());
    for (std::size_t t = 0; t < original.tables.size(); ++t) {
      ASSERT_TRUE(decoded->tables[t].view);
      EXPECT_EQ(decoded->tables[t].view->cells.size(), original.tables[t].view->cells.size());
      EXPECT_EQ(decoded->tables[t].view->at(0, 0).text, original.tables[t].view->at(0, 0).text);
    }
    EXPECT_EQ(decoded->suppressed.size(), original.suppressed.size());
    EXPECT_EQ(decoded->error.has_value(), original.error.has_value());
  }
}

TEST(ResultCodecTest, DamagedOrForeignEntriesAreMisses) {
  std::string good = encode_result(lint_kept("fixtures/seeds/000.python-docx.docx"));
  EXPECT_FALSE(decode_result(""));
  EXPECT_FALSE(decode_result("not json"));
  EXPECT_FALSE(decode_result(good.substr(0, good.size() / 2)));
  std::string other_version = good;
  // Whatever the current version, another one is a miss.
  auto at = other_version.find("\"jxlint-result\":");
  ASSERT_NE(at, std::string::npos);
  other_version.replace(at, 17, "\"jxlint-result\":9");
  EXPECT_FALSE(decode_result(other_version));
  EXPECT_FALSE(decode_result(R"({"jxlint-result":1,"format":3})"));
}

// -------------------------------------------------------------------- cache

TEST(ResultCacheTest, KeyFollowsBytesAndContext) {
  TempDir dir("jxlint-cache-key");
  write_text(dir.path / "a", "same bytes");
  write_text(dir.path / "b", "same bytes");
  write_text(dir.path / "c", "same byteS");
  auto a = ResultCache::key_of((dir.path / "a").string(), "ctx");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->size(), 32u);
  EXPECT_EQ(a, ResultCache::key_of((dir.path / "b").string(), "ctx"));
  EXPECT_NE(a, ResultCache::key_of((dir.path / "c").string(), "ctx"));
  EXPECT_NE(a, ResultCache::key_of((dir.path / "a").string(), "ctx2"));
  EXPECT_FALSE(ResultCache::key_of((dir.path / "missing").string(), "ctx"));
}

TEST(ResultCacheTest, ContextNamesVersionLanguageAndConfiguration) {
  Config config;
  LintOptions zh;
  LintOptions en;
  en.lang = Lang::en;
  std::string described = describe_config(config);
  std::string context = cache_context("a.docx", config, described, zh);
  EXPECT_NE(context.find(std::string("jxlint ") + JXLINT_VERSION), std::string::npos);
  EXPECT_NE(context, cache_context("a.docx", config, described, en));
  EXPECT_NE(context, cache_context("b.docx", config, described, zh));
  config.ignore.push_back("basis-empty");
  EXPECT_NE(context, cache_context("a.docx", config, describe_config(config), zh));
}

TEST(ResultCacheTest, StoresUnderTheVersionAndLoadsBack) {
  TempDir dir("jxlint-cache-store");
  ResultCache cache(dir.path.string());
  FileResult original = lint_kept("fixtures/seeds/000.python-docx.docx");
  std::string key(32, 'a');
  EXPECT_FALSE(cache.load(key));
  cache.store(key, original);
  fs::path entry = dir.path / JXLINT_VERSION / "aa" / (std::string(30, 'a') + ".json");
  EXPECT_TRUE(fs::exists(entry));
  std::optional<FileResult> loaded = cache.load(key);
  ASSERT_TRUE(loaded);
  loaded->path = original.path;
  EXPECT_EQ(json_of(*loaded), json_of(original));
  write_text(entry, "{\"jxlint-result\":1,");  // a half-written entry from a crash
  EXPECT_FALSE(cache.load(key));
  // Nothing left behind but the entry itself.
  std::size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir.path))
    files += e.is_regular_file();
  EXPECT_EQ(files, 1u);
}

TEST(ResultCacheTest, AnUnwritableFolderOnlyCostsSpeed) {
  ResultCache cache("/proc/jxlint-cannot-be-here");
  cache.store(std::string(32, 'b'), FileResult{});
  EXPECT_FALSE(cache.load(std::string(32, 'b')));
}

// ------------------------------------------------------------------- inputs

struct InputTree : TempDir {
  InputTree() : TempDir("jxlint-inputs") {
    for (const char* name : {"a/x.docx", "a/b/y.xlsx", "a/草稿/z.docx", "a/notes.txt",
                             "a/.hidden/w.docx", "a/~$x.docx", "a/[2024]预算.docx"})
      write_text(path / name, "");
  }
  std::string at(const std::string& relative) const { return (path / relative).string(); }
};

std::vector<std::string> collected(const std::vector<std::string>& paths,
                                   const std::vector<std::string>& exclude = {}) {
  InputOptions options;
  for (const auto& e : exclude)
    options.exclude.push_back(std::make_shared<const Glob>(e));
  return collect_inputs(paths, options).files;
}

TEST(InputsTest, GlobsExpandLikeTheShellWithRecursiveStars) {
  InputTree tree;
  EXPECT_EQ(collected({tree.at("a/*.docx")}),
            (std::vector<std::string>{tree.at("a/[2024]预算.docx"), tree.at("a/x.docx")}));
  EXPECT_EQ(collected({tree.at("a/**/*.docx")}),
            (std::vector<std::string>{tree.at("a/[2024]预算.docx"), tree.at("a/x.docx"),
                                      tree.at("a/草稿/z.docx")}));
  EXPECT_EQ(collected({tree.at("a/*/*.{xlsx,docx}")}),
            (std::vector<std::string>{tree.at("a/b/y.xlsx"), tree.at("a/草稿/z.docx")}));
  // An existing name is a path, even with glob characters in it.
  EXPECT_EQ(collected({tree.at("a/[2024]预算.docx")}),
            (std::vector<std::string>{tree.at("a/[2024]预算.docx")}));
  CollectedInputs none = collect_inputs({tree.at("a/*.pdf")}, InputOptions{});
  EXPECT_TRUE(none.files.empty());
  EXPECT_EQ(none.unmatched, (std::vector<std::string>{tree.at("a/*.pdf")}));
}

TEST(InputsTest, ExcludeMatchesAnywhereAndPrunesFolders) {
  InputTree tree;
  EXPECT_EQ(collected({tree.at("a")}, {"草稿", "*.xlsx"}),
            (std::vector<std::string>{tree.at("a/[2024]预算.docx"), tree.at("a/x.docx")}));
  EXPECT_EQ(collected({tree.at("a")}, {"a/b/**"}),
            (std::vector<std::string>{tree.at("a/[2024]预算.docx"), tree.at("a/x.docx"),
                                      tree.at("a/草稿/z.docx")}));
  // Files named one by one are excluded too (pre-commit passes them so).
  EXPECT_TRUE(collected({tree.at("a/x.docx"), tree.at("a/b/y.xlsx")}, {"*.docx", "b"}).empty());
  EXPECT_TRUE(collected({tree.at("a")}, {"a"}).empty());
}

TEST(InputsTest, PathListsSkipBlankLinesAndWindowsLineEnds) {
  std::istringstream list("a.docx\r\n\r\n  \nb/c.xlsx\n带 空格.docx");
  EXPECT_EQ(read_path_list(list), (std::vector<std::string>{"a.docx", "b/c.xlsx", "带 空格.docx"}));
}

// ------------------------------------------------------------- command line

constexpr const char* kQueue = " fixtures/checks fixtures/seeds fixtures/unreadable";

TEST(BatchCliTest, ParallelOutputIsByteForByteTheSerialOne) {
  for (const char* format : {"json", "text", "sarif"}) {
    SCOPED_TRACE(format);
    CliResult serial = run(std::string("--format ") + format + " -j 1" + kQueue);
    CliResult parallel = run(std::string("--format ") + format + " -j 3" + kQueue);
    EXPECT_EQ(serial.status, 2);  // fixtures/unreadable
    EXPECT_EQ(parallel.status, serial.status);
    EXPECT_GT(serial.out.size(), 10000u);
    EXPECT_EQ(parallel.out, serial.out);
    EXPECT_EQ(parallel.err, serial.err);
  }
}

TEST(BatchCliTest, FilesFromAFileOrStandardInput) {
  TempDir dir("jxlint-files-from");
  write_text(dir.path / "list.txt", "fixtures/seeds/000.python-docx.docx\r\n\nfixtures/seeds\n");
  CliResult positional = run("--format json fixtures/seeds");
  CliResult listed = run("--format json --files-from " + shell_quote(dir.path / "list.txt"));
  EXPECT_EQ(listed.status, 1);
  EXPECT_EQ(listed.out, positional.out);
  CliResult piped = run("--format json --files-from - < " + shell_quote(dir.path / "list.txt"));
  EXPECT_EQ(piped.out, positional.out);
  CliResult missing = run("--files-from " + shell_quote(dir.path / "nope.txt"));
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("无法读取文件清单"), std::string::npos) << missing.err;
}

TEST(BatchCliTest, GlobsAndExcludesOnTheCommandLine) {
  CliResult all = run("--format json 'fixtures/seeds/*.xlsx'");
  CliResult some = run("--format json 'fixtures/seeds/*.xlsx' --exclude '*.openpyxl.xlsx'");
  EXPECT_NE(all.out.find("openpyxl.xlsx"), std::string::npos);
  EXPECT_NE(some.out.find("libreoffice.xlsx"), std::string::npos);
  EXPECT_EQ(some.out.find("openpyxl.xlsx"), std::string::npos);
  EXPECT_EQ(some.out.find(".docx"), std::string::npos);
  // --exclude takes one pattern each time: the path after it is still linted.
  CliResult after = run("--format json --exclude '*.docx' fixtures/seeds");
  EXPECT_NE(after.out.find("openpyxl.xlsx"), std::string::npos) << after.err;
  CliResult nothing = run("'fixtures/seeds/*.pdf' fixtures/seeds/clean.libreoffice.docx");
  EXPECT_EQ(nothing.status, 2);
  EXPECT_NE(nothing.err.find("没有文件匹配 fixtures/seeds/*.pdf"), std::string::npos)
      << nothing.err;
  EXPECT_EQ(run("--exclude '[' fixtures/seeds").status, 2);
}

struct CacheRun {
  TempDir dir{"jxlint-cli-cache"};
  fs::path cache = dir.path / "cache";
  fs::path work = dir.path / "work";
  CacheRun() {
    fs::create_directories(work);
    fs::copy_file(source_path("fixtures/seeds/000.python-docx.docx"), work / "a.docx");
    fs::copy_file(source_path("fixtures/seeds/003.openpyxl.xlsx"), work / "b.xlsx");
  }
  CliResult lint(const std::string& extra = "") const {
    return run("--format json --cache-dir " + shell_quote(cache) + " " + extra + " " +
               shell_quote(work));
  }
  CliResult uncached(const std::string& extra = "") const {
    return run("--format json " + extra + " " + shell_quote(work));
  }
  std::vector<fs::path> entries() const {
    std::vector<fs::path> out;
    if (!fs::exists(cache)) return out;
    for (const auto& e : fs::recursive_directory_iterator(cache))
      if (e.is_regular_file()) out.push_back(e.path());
    return out;
  }
};

TEST(BatchCliTest, CacheGivesTheSameReportAndSkipsParsing) {
  CacheRun c;
  CliResult first = c.lint();
  EXPECT_EQ(first.out, c.uncached().out);
  std::vector<fs::path> entries = c.entries();
  ASSERT_EQ(entries.size(), 2u);
  // Doctor every entry: if the second run shows the doctored message, it
  // read the cache instead of the files.
  for (const auto& e : entries) {
    std::string doctored = read_file(e.string());
    RE2::GlobalReplace(&doctored, "指标值确定依据为空", "CACHED");
    write_text(e, doctored);
  }
  CliResult second = c.lint();
  EXPECT_NE(second.out.find("CACHED"), std::string::npos);
  EXPECT_EQ(second.status, first.status);
}

TEST(BatchCliTest, CacheMissesWhenBytesConfigurationOrLanguageChange) {
  CacheRun c;
  c.lint();
  // The file's bytes.
  fs::copy_file(source_path("fixtures/baseline/000-edited.libreoffice.docx"), c.work / "a.docx",
                fs::copy_options::overwrite_existing);
  EXPECT_EQ(c.lint().out, c.uncached().out);
  EXPECT_EQ(c.entries().size(), 3u);
  // The configuration.
  write_text(c.work / "jxlint.toml", "ignore = [\"basis-empty\"]\n");
  CliResult configured = c.lint();
  EXPECT_EQ(configured.out, c.uncached().out);
  EXPECT_EQ(configured.out.find("basis-empty"), std::string::npos);
  EXPECT_EQ(c.entries().size(), 5u);
  // The language.
  EXPECT_EQ(c.lint("--lang en").out, c.uncached("--lang en").out);
  EXPECT_EQ(c.entries().size(), 7u);
  // And unchanged again: no new entries.
  c.lint("--lang en");
  EXPECT_EQ(c.entries().size(), 7u);
}

// Progress needs a terminal on stderr: `script` (util-linux) provides one.
CliResult run_on_terminal(const std::string& args) {
  // script's stdout is the terminal's output: the findings and the progress.
  return run_in_source_tree("script -qec " + shell_quote(std::string(JXLINT_BINARY) + " " + args) +
                            " /dev/null < /dev/null");
}

TEST(BatchCliTest, ProgressOnATerminalOnly) {
  const std::string batch = "--fail-on never -o /dev/null -j 1 fixtures/checks fixtures/seeds";
  CliResult terminal = run_on_terminal(batch);
  EXPECT_EQ(terminal.status, 0);
  EXPECT_NE(terminal.out.find("已检查 "), std::string::npos) << terminal.out;
  EXPECT_NE(terminal.out.find(" 个文件（每秒 "), std::string::npos);
  // Erased at the end: the last thing on the terminal is not a progress line.
  EXPECT_EQ(terminal.out.rfind("\x1b[K"), terminal.out.rfind("\r\x1b[K") + 1);
  EXPECT_EQ(run_on_terminal("-q " + batch).out.find("已检查 "), std::string::npos);
  CliResult piped = run(batch);
  EXPECT_EQ(piped.err.find("已检查 "), std::string::npos) << piped.err;
}

}  // namespace
}  // namespace jxlint
