// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "render/report_render.h"

namespace plancheck {

/// Rows drawn under one caption: a section of the plan, or a unit's 牵头 or 责任 list.
struct TimelineBand {
  std::string caption;
  std::vector<const ReportRow*> rows;
};

/// The year timeline as HTML: a legend, then one inline SVG per page-sized slice of the
/// rows that have marks (months across, one row per task). Every plan text is escaped.
std::string render_timeline_html(const std::vector<TimelineBand>& bands, int year, Date today,
                                 const ReportLabels& labels);

}  // namespace plancheck
