// SPDX-License-Identifier: MIT
// The year timeline of the HTML report: months across, a row per task, drawn as inline
// SVG in a viewBox so it scales to the printed page's width.
#include "render/timeline_svg.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iterator>

#include "render/html_escape.h"
#include "render/item_fields.h"
#include "text/utf8.h"

namespace plancheck {
namespace {

// The viewBox is about as many units wide as the A4 text column is CSS pixels, so a unit
// prints at roughly a pixel and a font size of 9 stays legible.
constexpr double kWidth = 760;
constexpr double kPlotLeft = 62;
constexpr double kPlotRight = 752;
constexpr double kHeader = 22;
constexpr double kRow = 17;
constexpr double kFooter = 18;
// Lines (rows and band captions) per SVG: one slice fills at most an A4 page, because a
// printed SVG is never split between pages.
constexpr std::size_t kLinesPerSlice = 50;

constexpr std::string_view kBlue = "#1f3a68";
constexpr std::string_view kRed = "#c62828";
constexpr std::string_view kGreen = "#2e7d32";
constexpr std::string_view kToday = "#e67e22";

constexpr std::array<std::string_view, 12> kMonthsEn = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

using Out = std::back_insert_iterator<std::string>;

/// Days of one calendar year mapped onto the plot's width.
class YearScale {
 public:
  explicit YearScale(int year)
      : first_(std::chrono::year{year} / std::chrono::January / 1),
        days_((Date{std::chrono::year{year + 1} / std::chrono::January / 1} - first_).count()) {}

  Date first() const { return first_; }
  Date last() const { return first_ + std::chrono::days{days_ - 1}; }
  bool contains(Date d) const { return d >= first() && d <= last(); }
  /// The left edge of a day.
  double x(Date d) const {
    return kPlotLeft + (kPlotRight - kPlotLeft) * static_cast<double>((d - first_).count()) /
                           static_cast<double>(days_);
  }
  /// The middle of a day, where a point mark sits.
  double mid(Date d) const { return x(d) + day_width() / 2; }
  double day_width() const { return (kPlotRight - kPlotLeft) / static_cast<double>(days_); }

 private:
  Date first_;
  long days_;
};

std::string_view colour(const TimelineMark& mark) {
  return mark.overdue ? kRed : mark.done ? kGreen : kBlue;
}

std::string_view kind_label(TimingKind kind, bool english) {
  return english ? kind_name(kind) : kind_label_zh(kind);
}

// The shapes below leave their element open, so the caller either adds a <title> child
// (a tooltip on screen) or closes it with "/>".
void diamond(Out out, double x, double y, std::string_view fill) {
  fmt::format_to(
      out,
      R"(<path d="M{0:.1f} {1:.1f}L{2:.1f} {3:.1f}L{0:.1f} {4:.1f}L{5:.1f} {3:.1f}Z" fill="{6}")",
      x, y - 4.5, x + 4.5, y, y + 4.5, x - 4.5, fill);
}

void bar(Out out, double x0, double x1, double y, std::string_view fill) {
  fmt::format_to(
      out,
      R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="7" rx="2" fill="{}" fill-opacity="0.8")",
      x0, y - 3.5, std::max(x1 - x0, 1.5), fill);
}

void tick(Out out, double x, double y, std::string_view stroke) {
  fmt::format_to(out, R"(<path d="M{0:.1f} {1:.1f}V{2:.1f}" stroke="{3}" stroke-width="1.6")", x,
                 y - 5, y + 5, stroke);
}

// A start runs on after its day: a faint dashed arrow to the year's end says so.
void running_arrow(Out out, double x, double y, std::string_view fill) {
  fmt::format_to(
      out,
      R"(<path d="M{0:.1f} {1:.1f}H{2:.1f}" stroke="{3}" stroke-width="1" stroke-opacity="0.45" stroke-dasharray="3 2"/>)"
      R"(<path d="M{2:.1f} {4:.1f}L{5:.1f} {1:.1f}L{2:.1f} {6:.1f}Z" fill="{3}" fill-opacity="0.6"/>)",
      x, y, kPlotRight - 1, fill, y - 3, kPlotRight + 4, y + 3);
}

// A pole with a pennant on the start day.
void pennant(Out out, double x, double y, std::string_view fill) {
  fmt::format_to(
      out,
      R"(<path d="M{0:.1f} {1:.1f}V{2:.1f}M{0:.1f} {2:.1f}L{3:.1f} {4:.1f}L{0:.1f} {5:.1f}Z" stroke="{6}" stroke-width="1.4" fill="{6}")",
      x, y + 5, y - 6.5, x + 7, y - 4, y - 1.5, fill);
}

void close_with_title(std::string& out, std::string_view title, std::string_view element = "path") {
  out += "><title>";
  append_html_escaped(out, title);
  fmt::format_to(std::back_inserter(out), "</title></{}>", element);
}

std::string mark_title(const Task& task, const TimelineMark& mark) {
  if (mark.start == mark.end) return fmt::format("{} {}", task.id.value, format_iso(mark.start));
  return fmt::format("{} {} – {}", task.id.value, format_iso(mark.start), format_iso(mark.end));
}

void row_marks(std::string& out, const ReportRow& row, const YearScale& scale, double y) {
  const Task& task = *row.task;
  auto in = std::back_inserter(out);
  // Bars and running starts first, so the point marks stay visible on top of them.
  for (const TimelineMark& m : row.marks) {
    if (m.shape != Shape::span) continue;
    Date from = std::max(m.start, scale.first()), to = std::min(m.end, scale.last());
    if (to < from) continue;
    bar(in, scale.x(from), scale.x(to + std::chrono::days{1}), y, colour(m));
    close_with_title(out, mark_title(task, m), "rect");
  }
  for (const TimelineMark& m : row.marks) {
    if (m.shape != Shape::open || !scale.contains(m.start)) continue;
    running_arrow(in, scale.x(m.start), y, colour(m));
    pennant(in, scale.x(m.start), y, colour(m));
    close_with_title(out, mark_title(task, m));
  }
  for (const TimelineMark& m : row.marks) {
    if (!m.periodic || !scale.contains(m.end)) continue;
    tick(in, scale.mid(m.end), y, colour(m));
    close_with_title(out, mark_title(task, m));
  }
  for (const TimelineMark& m : row.marks) {
    bool point = m.shape == Shape::point && !m.periodic;
    if (!point || !scale.contains(m.end)) continue;
    diamond(in, scale.mid(m.end), y, colour(m));
    close_with_title(out, mark_title(task, m));
  }
}

/// A line of the chart: a band's caption, or a task.
struct Line {
  const std::string* caption = nullptr;
  const ReportRow* row = nullptr;
};

void month_grid(std::string& out, const YearScale& scale, int year, double bottom, bool english) {
  auto in = std::back_inserter(out);
  for (unsigned m = 1; m <= 12; ++m) {
    Date from = make_date(year, m, 1);
    Date to = m == 12 ? scale.last() + std::chrono::days{1} : make_date(year, m + 1, 1);
    double x0 = scale.x(from), x1 = scale.x(to);
    if (m % 2 == 0) {
      fmt::format_to(in,
                     R"(<rect x="{:.1f}" y="{}" width="{:.1f}" height="{:.1f}" fill="#f1f3f7"/>)",
                     x0, kHeader - 4, x1 - x0, bottom - kHeader + 4);
    }
    std::string label = english ? std::string(kMonthsEn[m - 1]) : fmt::format("{}月", m);
    fmt::format_to(in, R"(<text x="{:.1f}" y="14" text-anchor="middle" class="month">{}</text>)",
                   (x0 + x1) / 2, label);
    fmt::format_to(in, R"(<path d="M{0:.1f} {1}V{2:.1f}" stroke="#c3c8d2" stroke-width="0.6"/>)",
                   x0, kHeader - 4, bottom);
  }
  fmt::format_to(in, R"(<path d="M{0:.1f} {1}V{2:.1f}" stroke="#c3c8d2" stroke-width="0.6"/>)",
                 kPlotRight, kHeader - 4, bottom);
}

void slice_svg(std::string& out, const std::vector<Line>& lines, int year, Date today,
               const ReportLabels& l) {
  YearScale scale(year);
  bool show_today = scale.contains(today);
  double bottom = kHeader + kRow * static_cast<double>(lines.size());
  double height = bottom + (show_today ? kFooter : 4);
  auto in = std::back_inserter(out);
  fmt::format_to(
      in,
      R"(<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {:.0f}" role="img">)",
      kWidth, height);
  out += "<title>";
  append_html_escaped(out, fmt::format("{} {}", l.timeline, year));
  out += "</title>";
  month_grid(out, scale, year, bottom, l.english);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    double top = kHeader + kRow * static_cast<double>(i), y = top + kRow / 2;
    if (lines[i].caption) {
      fmt::format_to(in, R"(<rect x="0" y="{:.1f}" width="{}" height="{}" fill="#dfe5ef"/>)", top,
                     kWidth, kRow);
      fmt::format_to(in, R"(<text x="4" y="{:.1f}" class="band">)", y + 3.5);
      append_html_escaped(out, *lines[i].caption);
      out += "</text>";
      continue;
    }
    const Task& task = *lines[i].row->task;
    fmt::format_to(in, R"(<g><title>)");
    append_html_escaped(out, fmt::format("{} {}", task.id.value, task.title.value));
    fmt::format_to(in, R"(</title><path d="M0 {0:.1f}H{1}" stroke="#e3e6ec" stroke-width="0.6"/>)",
                   top + kRow, kWidth);
    fmt::format_to(in, R"(<text x="6" y="{:.1f}" class="id">)", y + 3.2);
    append_html_escaped(out, task.id.value);
    out += "</text>";
    row_marks(out, *lines[i].row, scale, y);
    out += "</g>";
  }
  if (show_today) {
    double x = scale.mid(today);
    fmt::format_to(
        in,
        R"(<path d="M{0:.1f} {1}V{2:.1f}" stroke="{3}" stroke-width="1.2" stroke-dasharray="4 2"/>)",
        x, kHeader - 4, bottom + 3, kToday);
    double label_x = std::clamp(x, kPlotLeft + 50, kPlotRight - 50);
    fmt::format_to(in, R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle" class="today">)",
                   label_x, bottom + 13);
    append_html_escaped(out, fmt::format("{} {}", l.as_of, format_iso(today)));
    out += "</text>";
  }
  out += "</svg>\n";
}

// Units of the viewBox a label takes at the legend's font size: a CJK character is two
// cells wide, a cell about half the font size.
double label_width(std::string_view text) { return static_cast<double>(display_width(text)) * 5.1; }

void legend_svg(std::string& out, const ReportLabels& l) {
  constexpr double y = 10;
  auto in = std::back_inserter(out);
  out += R"(<svg class="legend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 760 20">)";
  double x = 4;
  auto label = [&](std::string_view text, double gap) {
    fmt::format_to(in, R"(<text x="{:.1f}" y="{:.1f}">)", x, y + 3.3);
    append_html_escaped(out, text);
    out += "</text>";
    x += label_width(text) + gap;
  };
  diamond(in, x + 5, y, kBlue);
  out += "/>";
  x += 14;
  label(kind_label(TimingKind::deadline, l.english), 16);
  bar(in, x, x + 22, y, kBlue);
  out += "/>";
  x += 27;
  label(kind_label(TimingKind::window, l.english), 16);
  tick(in, x + 2, y, kBlue);
  out += "/>";
  tick(in, x + 8, y, kBlue);
  out += "/>";
  x += 15;
  label(kind_label(TimingKind::recurring, l.english), 16);
  fmt::format_to(
      in,
      R"(<path d="M{:.1f} {:.1f}h18" stroke="{}" stroke-opacity="0.45" stroke-dasharray="3 2"/>)",
      x + 2, y, kBlue);
  pennant(in, x + 2, y, kBlue);
  out += "/>";
  x += 25;
  label(kind_label(TimingKind::start, l.english), 30);
  for (auto [fill, state] :
       {std::pair{kRed, TaskState::overdue}, std::pair{kGreen, TaskState::done},
        std::pair{kBlue, TaskState::open}}) {
    fmt::format_to(in, R"(<rect x="{:.1f}" y="{:.1f}" width="9" height="9" rx="1.5" fill="{}"/>)",
                   x, y - 4.5, fill);
    x += 13;
    label(l.state_name(state), 16);
  }
  fmt::format_to(
      in,
      R"(<path d="M{0:.1f} {1:.1f}V{2:.1f}" stroke="{3}" stroke-width="1.2" stroke-dasharray="4 2"/>)",
      x + 2, y - 7, y + 7, kToday);
  x += 8;
  label(l.as_of, 0);
  out += "</svg>\n";
}

std::vector<std::vector<Line>> slices(const std::vector<TimelineBand>& bands) {
  std::vector<std::vector<Line>> out(1);
  for (const TimelineBand& band : bands) {
    std::vector<const ReportRow*> rows;
    std::copy_if(band.rows.begin(), band.rows.end(), std::back_inserter(rows),
                 [](const ReportRow* r) { return !r->marks.empty(); });
    if (rows.empty()) continue;
    bool captioned = !band.caption.empty();
    // A caption never ends a slice: it moves to the next one with its first row.
    if (out.back().size() + (captioned ? 2 : 1) > kLinesPerSlice) out.emplace_back();
    if (captioned) out.back().push_back(Line{&band.caption, nullptr});
    for (const ReportRow* row : rows) {
      if (out.back().size() >= kLinesPerSlice) out.emplace_back();
      out.back().push_back(Line{nullptr, row});
    }
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

}  // namespace

std::string render_timeline_html(const std::vector<TimelineBand>& bands, int year, Date today,
                                 const ReportLabels& labels) {
  std::vector<std::vector<Line>> parts = slices(bands);
  std::string out;
  if (parts.empty()) {
    out += labels.english ? "<p class=\"none\">No dated tasks.</p>\n"
                          : "<p class=\"none\">没有有具体时限的任务。</p>\n";
    return out;
  }
  legend_svg(out, labels);
  for (const std::vector<Line>& part : parts) slice_svg(out, part, year, today, labels);
  return out;
}

}  // namespace plancheck
