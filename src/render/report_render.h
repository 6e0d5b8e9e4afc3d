// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "report/report.h"

namespace plancheck {

/// Labels in Chinese (the default, as offices print them) or English (--lang en);
/// task text always stays as written.
struct ReportLabels {
  std::string number, task, lead, responsible, deadline, state, via;
  std::string doc_number, issuer, issued, as_of;
  std::string whole_plan, lead_list, responsible_list, timeline;
  std::string hosted_by;
  std::string_view state_name(TaskState task_state) const;
  /// 完成时限 of one milestone: its phrase as written, with the dates it compiled to.
  std::string deadline_of(const Milestone& milestone) const;
  /// Every milestone's, joined with `deadline_separator`.
  std::string deadlines_of(const Task& of_task) const;
  std::string_view deadline_separator() const { return english ? "; " : "；"; }
  /// The punctuation between a label and its value, between fields on one line, and
  /// around an aside: full-width in Chinese, ASCII with spaces in English.
  std::string_view colon() const { return english ? ": " : "："; }
  std::string_view field_gap() const { return english ? "   " : "　"; }
  std::string_view comma() const { return english ? ", " : "，"; }
  std::string aside(std::string_view text) const;
  bool english = false;
};
const ReportLabels& report_labels(bool english);

struct ReportOptions {
  bool english = false;
};

/// The 任务分解表 (or one unit's 牵头 and 责任 lists, or a section per unit).
std::string render_report_markdown(const Report& report, const ReportOptions& options);
/// UTF-8 with a byte order mark, so Excel and WPS read the Chinese; formulas neutralised.
std::string render_report_csv(const Report& report, const ReportOptions& options);
/// One self-contained HTML file made for printing on A4, with a year timeline in SVG.
std::string render_report_html(const Report& report, const ReportOptions& options);
/// An .xlsx workbook (libxlsxwriter): a sheet for the plan and one per unit listed.
std::string render_report_xlsx(const Report& report, const ReportOptions& options);

}  // namespace plancheck
