// The check interface. A check is one file in checks/, named by its rule id,
// that opens with its doc block and registers itself:
//
//   constexpr std::string_view kDoc = R"doc(指标值确定依据为空
//   The basis of a target value is empty.
//   …)doc";
//
//   class BasisEmpty final : public TargetTableCheck { … void run(const TargetTable&,
//   Emitter&) const override; };
//
// The base class says which model the check reads, and so which kind of
// table it applies to: a TargetTableCheck runs on 绩效目标表 (project and
// department ones) and never sees a 自评表; a SelfEvaluationCheck runs on
// 绩效自评表, a ScoreTableCheck on 评分表; a DocumentCheck runs once per file
// on everything recognised in it; a ProjectPairCheck runs once per 自评表
// whose project's target table is in the same run (any file).
//
//   const RegisterCheck<BasisEmpty> registration("basis-empty", Severity::error, kDoc);
//
// The doc block's first line is the Chinese summary, its second the English
// one; `jxlint explain <id>` prints the whole block. Checks read the table
// model only; they never see XML or grids' sources.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lint/finding.h"
#include "lint/options.h"
#include "lint/severity.h"
#include "model/project_digest.h"
#include "model/recognizer.h"
#include "model/target_table.h"
#include "util/lang.h"

namespace jxlint {

class Emitter;

// What a check reads.
enum class CheckScope {
  target_table,     // each 绩效目标表 (TableKind target and department_target)
  self_evaluation,  // each 绩效自评表
  score_table,      // each 评分表
  document,         // each file once: all its tables, recognised or not
  project_pair,     // each 自评表 with its project's target table, across the run
};

// What a scope's checks apply to, for `jxlint checks` and the docs:
// "绩效目标表", "绩效自评表" …
std::string_view scope_name(CheckScope scope, Lang lang);
// The id of a scope in JSON and the docs: "target", "self-evaluation",
// "score", "document", "project-pair".
std::string_view scope_id(CheckScope scope);

class Check {
 public:
  virtual ~Check() = default;
  virtual CheckScope scope() const = 0;
};

// A check of one model. run() must be thread-safe: one instance serves every
// table of every file.
template <class Model, CheckScope Scope>
class CheckOf : public Check {
 public:
  using model_type = Model;
  static constexpr CheckScope kScope = Scope;
  CheckScope scope() const final { return Scope; }
  virtual void run(const Model& model, Emitter& out) const = 0;
};

using TargetTableCheck = CheckOf<TargetTable, CheckScope::target_table>;
using SelfEvaluationCheck = CheckOf<SelfEvaluationTable, CheckScope::self_evaluation>;
using ScoreTableCheck = CheckOf<ScoreTable, CheckScope::score_table>;
using DocumentCheck = CheckOf<Recognition, CheckScope::document>;
using ProjectPairCheck = CheckOf<ProjectPair, CheckScope::project_pair>;

struct CheckInfo {
  std::string_view id;
  CheckScope scope = CheckScope::target_table;
  Severity severity = Severity::warning;
  std::string_view doc;
  std::vector<OptionSpec> options;
  std::function<std::unique_ptr<Check>(const CheckOptions&)> make;

  // The first two lines of the doc block.
  std::string_view summary(Lang lang) const;
};

class Registry {
 public:
  static Registry& instance();
  void add(CheckInfo info);
  // Every check, sorted by id.
  const std::vector<CheckInfo>& all() const { return checks_; }
  const CheckInfo* find(std::string_view id) const;

 private:
  std::vector<CheckInfo> checks_;
};

// A rule the lint engine itself reports (unused-suppression …): no Check
// object, but an id, a severity and a doc block like any check, so that
// configuration, `checks` and `explain` treat it the same way.
struct RegisterEngineRule {
  RegisterEngineRule(std::string_view id, Severity severity, std::string_view doc) {
    CheckInfo info;
    info.id = id;
    info.severity = severity;
    info.doc = doc;
    Registry::instance().add(std::move(info));
  }
};

template <class C>
struct RegisterCheck {
  RegisterCheck(std::string_view id, Severity severity, std::string_view doc,
                std::vector<OptionSpec> options = {}) {
    CheckInfo info;
    info.id = id;
    info.scope = C::kScope;
    info.severity = severity;
    info.doc = doc;
    info.options = std::move(options);
    info.make = [](const CheckOptions& values) { return std::make_unique<C>(values); };
    Registry::instance().add(std::move(info));
  }
};

// Where a check's findings go, with everything that locates them filled in.
class Emitter {
 public:
  // Findings on one table (any kind), or, with no table, on the file.
  Emitter(const Table* table, std::string_view rule, Severity severity, Lang lang,
          std::vector<Finding>& out)
      : table_(table), rule_(rule), severity_(severity), lang_(lang), out_(out) {}
  // Findings on a table known by its digest (cross-document checks).
  Emitter(const ProjectDigest* digest, std::string_view rule, Severity severity, Lang lang,
          std::vector<Finding>& out)
      : table_(nullptr),
        digest_(digest),
        rule_(rule),
        severity_(severity),
        lang_(lang),
        out_(out) {}

  Lang lang() const { return lang_; }

  // A finding on one cell of an indicator row. `field` names the column as
  // the document labels it (指标值确定依据 …).
  void report(const IndicatorRow& row, const Field& where, std::string_view field,
              const Bilingual& message);
  // A finding on a table-level field (资金支出计划, 绩效目标 …).
  void report(const Field& where, std::string_view field, const Bilingual& message);
  // A finding on a named row of a table of another kind (a 自评表's or a
  // 评分表's indicator): `indicator` is its name as the table writes it.
  void report(std::string_view indicator, const Field& where, std::string_view field,
              const Bilingual& message);
  // A finding on a row of the digest's table (`row` null: on the table), for
  // the indicator named `indicator`.
  void report(const DigestRow* row, std::string_view indicator, std::string_view field,
              const Bilingual& message);
  // Where a cell is, for a message that points at another one: its sheet
  // address in a workbook ("C13"), else its row ("第9行" / "row 9").
  std::string place(const Field& where) const;
  // A finding on a whole table (`table` given) or on the file (null).
  void report_on(const Table* table, const Bilingual& message);

 private:
  Finding make(const Table* table, const Field& where, std::string_view field,
               const Bilingual& message) const;

  const Table* table_;
  const ProjectDigest* digest_ = nullptr;
  std::string_view rule_;
  Severity severity_;
  Lang lang_;
  std::vector<Finding>& out_;
};

// Quotes a cell's text for a message: on one line, shortened when long.
std::string quote(std::string_view text);

}  // namespace jxlint
