// SPDX-License-Identifier: MIT
#include "render/report_render.h"

namespace plancheck {

// Placeholder until the XLSX report lands.
std::string render_report_xlsx(const Report&, const ReportOptions&) { return ""; }

}  // namespace plancheck
