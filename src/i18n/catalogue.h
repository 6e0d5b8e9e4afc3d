// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/message.h"
#include "i18n/language.h"

namespace plancheck {

/// Makes `language` the one every later message is shown in, through GNU gettext and the
/// `plancheck` catalogue found in the first of `locale_dirs` that holds it. Works where
/// the zh_CN locale is not generated (only C.UTF-8, as on CI machines). Returns false
/// when Chinese was asked for and cannot be had; messages then stay English.
bool use_language(Language language, const std::vector<std::filesystem::path>& locale_dirs);
/// The language use_language settled on (English before it is called).
Language shown_language();

/// The catalogue's translation of an English msgid, or the msgid itself.
const char* translate(const char* english);
/// A message in the shown language.
std::string tr(const Message& message);
/// A fixed text (help, labels) in the shown language.
std::string tr(const char* english);
/// "{} error" / "{} errors" with `count` filled in, by the language's plural rule.
std::string tr_count(const char* singular, const char* plural, unsigned long count);

}  // namespace plancheck
