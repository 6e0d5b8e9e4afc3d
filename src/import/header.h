// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "import/draft.h"
#include "import/outline.h"

namespace plancheck {

/// What the lines before the first numbered item say about the document: its 文号, the
/// issuer that signs it, the signing date, its title, the year it plans for, and the
/// documents it implements (《…》（X〔2017〕47号）). Fields it cannot find stay empty.
struct HeaderFacts {
  DraftMeta meta;
  std::vector<std::size_t> used_lines;  ///< line numbers that gave a field
};

HeaderFacts read_header(const std::vector<SourceLine>& lines, std::size_t end_line);

}  // namespace plancheck
