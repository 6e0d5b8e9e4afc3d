// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace plancheck {

/// The languages plancheck speaks to people in. English is the catalogue's source text.
enum class Language { en, zh };

/// `zh`, `zh_CN`, `zh_CN.UTF-8`, `zh-Hans` … are Chinese; `en`, `C`, `POSIX` … English;
/// anything else is no answer.
std::optional<Language> language_named(std::string_view name);

/// The language the environment asks for, read the way GNU gettext reads it: LANGUAGE (a
/// colon-separated list; its first entry we speak) unless the locale is plain C, then the
/// first of LC_ALL, LC_MESSAGES and LANG that is set. English when none names Chinese.
/// `getenv` is a parameter so tests need not touch the process environment.
Language language_from_environment(const std::function<const char*(const char*)>& getenv);

}  // namespace plancheck
