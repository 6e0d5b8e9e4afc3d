// SPDX-License-Identifier: MIT
#include "render/report_render.h"

namespace plancheck {

// Placeholder until the HTML report lands: says so rather than printing nothing.
std::string render_report_html(const Report&, const ReportOptions&) {
  return "<!doctype html><p>HTML report not built yet</p>\n";
}

}  // namespace plancheck
