// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace plancheck {

/// A copy of `text` that lasts as long as the program, one per distinct text. Messages
/// and rule ids point at string literals; those read back from the parse cache point
/// here, so a finding costs the same whether it was made or read.
std::string_view interned(std::string_view text);

}  // namespace plancheck
