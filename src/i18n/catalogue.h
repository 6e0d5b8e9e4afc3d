// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "i18n/language.h"
#include "text/message.h"

namespace plancheck {

/// An English text marked for the catalogue and translated where it is shown: a help
/// text, a table's entry. Only gettext_noop makes one, so a text cannot skip xgettext.
struct Untranslated {
  const char* english;
};
/// Marks a text for the catalogue without translating it yet (gettext's own name for this).
constexpr Untranslated gettext_noop(const char* english) { return Untranslated{english}; }

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
std::string tr(Untranslated text);
std::string tr(Term word);
/// "{} error" / "{} errors" with `count` filled in, by the language's plural rule.
std::string tr_count(const char* singular, const char* plural, unsigned long count);

}  // namespace plancheck
