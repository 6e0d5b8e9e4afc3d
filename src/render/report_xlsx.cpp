// SPDX-License-Identifier: MIT
// The report as an .xlsx workbook: the CSV's rows, but typed (the first date is a date a
// spreadsheet sorts and filters as one), laid out for CJK text and printing, and a sheet
// per unit so an office can forward each unit its own list.
#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/dates.h"
#include "io/io_error.h"
#include "io/read_bytes.h"
#include "io/shared_library.h"
#include "render/item_fields.h"
#include "render/printable.h"
#include "render/report_render.h"
#include "text/utf8.h"

namespace plancheck {
namespace {

// What only the workbook needs: ReportLabels has no sheet name, date column or role header.
struct XlsxLabels {
  std::string_view plan_sheet, first_date, role;
};

const XlsxLabels& xlsx_labels(bool english) {
  static const XlsxLabels zh{"任务分解表", "最早时限", "角色"};
  static const XlsxLabels en{"Plan", "First date", "Role"};
  return english ? en : zh;
}

// libxlsxwriter, opened on the first workbook a run writes (io/shared_library.h says why
// it is not linked).
struct XlsxLibrary {
  SharedLibrary library{PLANCHECK_XLSXWRITER_SONAME, "libxlsxwriter4"};
  PLANCHECK_LIBRARY_FUNCTION(library, lxw_strerror);
  PLANCHECK_LIBRARY_FUNCTION(library, lxw_workbook_free);
  PLANCHECK_LIBRARY_FUNCTION(library, workbook_new_opt);
  PLANCHECK_LIBRARY_FUNCTION(library, workbook_add_format);
  PLANCHECK_LIBRARY_FUNCTION(library, workbook_add_worksheet);
  PLANCHECK_LIBRARY_FUNCTION(library, workbook_close);
  PLANCHECK_LIBRARY_FUNCTION(library, workbook_set_properties);
  PLANCHECK_LIBRARY_FUNCTION(library, workbook_validate_sheet_name);
  PLANCHECK_LIBRARY_FUNCTION(library, worksheet_autofilter);
  PLANCHECK_LIBRARY_FUNCTION(library, worksheet_fit_to_pages);
  PLANCHECK_LIBRARY_FUNCTION(library, worksheet_freeze_panes);
  PLANCHECK_LIBRARY_FUNCTION(library, worksheet_repeat_rows);
  PLANCHECK_LIBRARY_FUNCTION(library, worksheet_set_column);
  PLANCHECK_LIBRARY_FUNCTION(library, worksheet_set_landscape);
  PLANCHECK_LIBRARY_FUNCTION(library, worksheet_set_paper);
  PLANCHECK_LIBRARY_FUNCTION(library, worksheet_write_datetime);
  PLANCHECK_LIBRARY_FUNCTION(library, worksheet_write_string);
  PLANCHECK_LIBRARY_FUNCTION(library, format_set_align);
  PLANCHECK_LIBRARY_FUNCTION(library, format_set_bold);
  PLANCHECK_LIBRARY_FUNCTION(library, format_set_bottom);
  PLANCHECK_LIBRARY_FUNCTION(library, format_set_font_color);
  PLANCHECK_LIBRARY_FUNCTION(library, format_set_num_format);
  PLANCHECK_LIBRARY_FUNCTION(library, format_set_text_wrap);
};

const XlsxLibrary& lxw() {
  static const XlsxLibrary library;
  return library;
}

[[noreturn]] void fail(std::string_view what, std::string_view why) {
  throw IoError(message("xlsx report: {}: {}", what, why));
}

void check(lxw_error error, std::string_view what) {
  if (error != LXW_NO_ERROR) fail(what, lxw().lxw_strerror(error));
}

// Far above any plan's workbook (the first plan's is 40 KB); a file past it is not ours.
constexpr std::size_t kMaxWorkbookBytes = std::size_t{1} << 30;

/// libxlsxwriter only writes to a named file: a private one (mode 0600 from mkstemp),
/// removed however the rendering ends.
class ScratchFile {
 public:
  ScratchFile() {
    std::filesystem::path dir;
    try {
      dir = std::filesystem::temp_directory_path();
    } catch (const std::filesystem::filesystem_error& e) {
      fail("no usable temporary directory", e.what());
    }
    std::string name = (dir / "plancheck-report-XXXXXX").string();
    int fd = ::mkstemp(name.data());
    if (fd < 0)
      fail(fmt::format("cannot create a temporary file in {}", dir.string()), std::strerror(errno));
    ::close(fd);
    dir_ = dir.string();
    path_ = std::move(name);
  }
  ~ScratchFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  const std::string& path() const { return path_; }
  const std::string& dir() const { return dir_; }

  std::string read() const {
    ReadBytes read = read_bytes(path_, kMaxWorkbookBytes);
    if (read.open_error != 0)
      fail(fmt::format("cannot open {}", path_), std::strerror(read.open_error));
    if (read.read_error != 0)
      fail(fmt::format("cannot read {}", path_), std::strerror(read.read_error));
    if (read.over_limit || read.not_regular)
      fail(fmt::format("cannot read {}", path_), "not the workbook written");
    return std::move(read.bytes);
  }

 private:
  std::string path_;
  std::string dir_;
};

// Until workbook_close (which frees it whatever it returns), an exception must free it.
struct WorkbookFree {
  void operator()(lxw_workbook* workbook) const { lxw().lxw_workbook_free(workbook); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookFree>;

struct Formats {
  lxw_format* header;
  lxw_format* text;     ///< short cells: top-aligned so they line up with wrapped ones
  lxw_format* wrapped;  ///< long cells: wrapped within the column's width
  lxw_format* date;
  lxw_format* overdue;
};

lxw_format* new_format(lxw_workbook* workbook) {
  lxw_format* format = lxw().workbook_add_format(workbook);
  if (format == nullptr) fail("cannot add a cell format", "out of memory");
  lxw().format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  return format;
}

Formats make_formats(lxw_workbook* workbook) {
  Formats f{};
  f.header = new_format(workbook);
  lxw().format_set_bold(f.header);
  lxw().format_set_bottom(f.header, LXW_BORDER_THIN);
  lxw().format_set_text_wrap(f.header);
  f.text = new_format(workbook);
  f.wrapped = new_format(workbook);
  lxw().format_set_text_wrap(f.wrapped);
  f.date = new_format(workbook);
  lxw().format_set_num_format(f.date, "yyyy-mm-dd");
  lxw().format_set_align(f.date, LXW_ALIGN_LEFT);
  f.overdue = new_format(workbook);
  lxw().format_set_font_color(f.overdue, LXW_COLOR_RED);
  return f;
}

/// Excel's rules for a sheet name: at most 31 UTF-16 units, none of []:*?/\, not starting
/// or ending with an apostrophe, not "History", unique ignoring case. Unit names are
/// Chinese and short, so this rarely changes one; when it does the name stays readable
/// (full-width look-alikes, a numbered suffix) rather than becoming "Sheet7".
class SheetNames {
 public:
  std::string take(std::string_view wanted) {
    std::u32string clean;
    for (char32_t c : to_u32(wanted)) {
      switch (c) {
        case U'[':
          c = U'［';
          break;
        case U']':
          c = U'］';
          break;
        case U':':
          c = U'：';
          break;
        case U'*':
          c = U'＊';
          break;
        case U'?':
          c = U'？';
          break;
        case U'/':
          c = U'／';
          break;
        case U'\\':
          c = U'＼';
          break;
        default:
          if (c < 0x20 || c == 0x7f) c = U'_';
      }
      clean += c;
    }
    trim_apostrophes(clean);
    if (clean.empty()) clean = U"Sheet";
    for (int n = 1;; ++n) {
      std::u32string suffix;
      if (n > 1) {
        std::string digits = fmt::format("({})", n);
        suffix.assign(digits.begin(), digits.end());
      }
      std::u32string name = fit(clean, kMaxUnits - suffix.size());
      trim_apostrophes(name);
      name += suffix;
      std::string utf8 = to_utf8(name);
      std::string key = fold(utf8);
      if (key != "history" && used_.insert(key).second) return utf8;
    }
  }

 private:
  static constexpr std::size_t kMaxUnits = 31;

  static void trim_apostrophes(std::u32string& name) {
    while (!name.empty() && name.front() == U'\'') name.erase(name.begin());
    while (!name.empty() && name.back() == U'\'') name.pop_back();
  }
  // Excel counts UTF-16 units: a character beyond the BMP takes two.
  static std::u32string fit(const std::u32string& name, std::size_t units) {
    std::u32string out;
    std::size_t used = 0;
    for (char32_t c : name) {
      std::size_t width = c > 0xffff ? 2 : 1;
      if (used + width > units) break;
      out += c;
      used += width;
    }
    return out;
  }
  static std::string fold(std::string name) {
    for (char& c : name) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return name;
  }

  std::set<std::string> used_;
};

struct Column {
  std::string_view header;
  double width;  ///< in Excel's units, about one Latin character; a CJK character takes two
  lxw_format* format;
};

class SheetWriter {
 public:
  SheetWriter(lxw_workbook* workbook, const std::string& name, const Formats& formats,
              std::vector<Column> columns)
      : formats_(formats), columns_(std::move(columns)), name_(name) {
    check(lxw().workbook_validate_sheet_name(workbook, name.c_str()), "sheet name '" + name + "'");
    sheet_ = lxw().workbook_add_worksheet(workbook, name.c_str());
    if (sheet_ == nullptr) fail("cannot add sheet '" + name + "'", "out of memory");
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      auto col = static_cast<lxw_col_t>(c);
      check(lxw().worksheet_set_column(sheet_, col, col, columns_[c].width, nullptr),
            where("width"));
      text(0, c, columns_[c].header, formats_.header);
    }
    lxw().worksheet_freeze_panes(sheet_, 1, 0);
    // Printed for a meeting: landscape A4, as wide as the page, the header on every page.
    lxw().worksheet_set_landscape(sheet_);
    lxw().worksheet_set_paper(sheet_, 9);
    lxw().worksheet_fit_to_pages(sheet_, 1, 0);
    check(lxw().worksheet_repeat_rows(sheet_, 0, 0), where("print titles"));
  }

  /// Writes `row`'s cells from column `first` on: 序号 … 状态.
  void task(lxw_row_t row, std::size_t first, const ReportRow& report_row, const ReportLabels& l) {
    const Task& t = *report_row.task;
    text(row, first, t.id.value, columns_[first].format);
    text(row, first + 1, t.title.value, columns_[first + 1].format);
    text(row, first + 2, written_units(t.lead), columns_[first + 2].format);
    text(row, first + 3, written_units(t.responsible), columns_[first + 3].format);
    text(row, first + 4, l.deadlines_of(t), columns_[first + 4].format);
    if (report_row.first_date) date(row, first + 5, *report_row.first_date);
    text(row, first + 6, l.state_name(report_row.state),
         report_row.state == TaskState::overdue ? formats_.overdue : columns_[first + 6].format);
  }

  /// Always a string cell, never a formula: a title starting with = stays that title.
  void text(lxw_row_t row, std::size_t col, std::string_view value, lxw_format* format) {
    if (value.empty()) return;
    // A NUL would end the cell; a control character would make sharedStrings.xml invalid.
    std::string owned = printable(value, true);
    check(lxw().worksheet_write_string(sheet_, row, static_cast<lxw_col_t>(col), owned.c_str(),
                                       format),
          where(fmt::format("cell {}:{}", row + 1, col + 1)));
  }

  void date(lxw_row_t row, std::size_t col, Date value) {
    std::chrono::year_month_day ymd(value);
    int year = static_cast<int>(ymd.year());
    // Excel's date serials start in 1900; an earlier (mistyped) year stays readable as text.
    if (year < 1900 || year > 9999) {
      text(row, col, format_iso(value), formats_.text);
      return;
    }
    lxw_datetime when{year,
                      static_cast<int>(static_cast<unsigned>(ymd.month())),
                      static_cast<int>(static_cast<unsigned>(ymd.day())),
                      0,
                      0,
                      0.0};
    check(lxw().worksheet_write_datetime(sheet_, row, static_cast<lxw_col_t>(col), &when,
                                         formats_.date),
          where(fmt::format("cell {}:{}", row + 1, col + 1)));
  }

  /// The filter over the header and `rows` data rows.
  void finish(std::size_t rows) {
    check(lxw().worksheet_autofilter(sheet_, 0, 0, static_cast<lxw_row_t>(rows),
                                     static_cast<lxw_col_t>(columns_.size() - 1)),
          where("autofilter"));
  }

 private:
  std::string where(std::string_view what) const {
    return fmt::format("sheet '{}', {}", name_, what);
  }

  lxw_worksheet* sheet_ = nullptr;
  const Formats& formats_;
  std::vector<Column> columns_;
  std::string name_;
};

// The columns 序号 … 状态, as every sheet has them.
std::vector<Column> task_columns(const ReportLabels& l, const XlsxLabels& x, const Formats& f) {
  return {{l.number, 8, f.text},       {l.task, 30, f.wrapped},
          {l.lead, 26, f.wrapped},     {l.responsible, 44, f.wrapped},
          {l.deadline, 44, f.wrapped}, {x.first_date, 12, f.date},
          {l.state, 8, f.text}};
}

void set_properties(lxw_workbook* workbook, const Report& report) {
  const PlanMeta& meta = report.plan->plan->meta;
  std::string title = meta.title, subject = meta.doc_number;
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.subject = subject.data();
  // The report's day, not the clock's: the same plan on the same day gives the same file.
  properties.created = std::chrono::system_clock::to_time_t(std::chrono::sys_seconds(report.today));
  check(lxw().workbook_set_properties(workbook, &properties), "document properties");
}

}  // namespace

std::string render_report_xlsx(const Report& report, const ReportOptions& options) {
  const ReportLabels& l = report_labels(options.english);
  const XlsxLabels& x = xlsx_labels(options.english);
  ScratchFile file;
  // Its scratch files go where ours does, so TMPDIR is honoured for both.
  std::string scratch = file.dir();
  lxw_workbook_options workbook_options{};
  workbook_options.tmpdir = scratch.data();
  WorkbookPtr workbook(lxw().workbook_new_opt(file.path().c_str(), &workbook_options));
  if (!workbook) fail("cannot start a workbook", "out of memory");
  set_properties(workbook.get(), report);
  Formats formats = make_formats(workbook.get());
  SheetNames names;

  SheetWriter plan(workbook.get(), names.take(x.plan_sheet), formats, task_columns(l, x, formats));
  lxw_row_t row = 0;
  for (const ReportRow& report_row : report.rows) plan.task(++row, 0, report_row, l);
  plan.finish(report.rows.size());

  for (const UnitSection& unit : report.units) {
    std::vector<Column> columns = task_columns(l, x, formats);
    columns.insert(columns.begin(), Column{x.role, 8, formats.text});
    columns.push_back(Column{l.via, 20, formats.wrapped});
    SheetWriter sheet(workbook.get(), names.take(unit.name), formats, std::move(columns));
    row = 0;
    for (auto [rows, role] :
         {std::pair{&unit.lead, &l.lead}, std::pair{&unit.responsible, &l.responsible}}) {
      for (const ReportRow& report_row : *rows) {
        sheet.text(++row, 0, *role, formats.text);
        sheet.task(row, 1, report_row, l);
        sheet.text(row, 8, report_row.via, formats.wrapped);
      }
    }
    sheet.finish(unit.lead.size() + unit.responsible.size());
  }

  check(lxw().workbook_close(workbook.release()), "cannot write the workbook");
  return file.read();
}

}  // namespace plancheck
