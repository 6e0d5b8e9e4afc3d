// SPDX-License-Identifier: MIT
#include "i18n/language.h"

namespace plancheck {

std::optional<Language> language_named(std::string_view name) {
  std::string_view base = name.substr(0, name.find_first_of("_-.@"));
  if (base == "zh") return Language::zh;
  if (base == "en" || name == "C" || name == "POSIX") return Language::en;
  return std::nullopt;
}

Language language_from_environment(const std::function<const char*(const char*)>& getenv) {
  auto set = [&](const char* variable) -> std::string_view {
    const char* value = getenv(variable);
    return value ? value : "";
  };
  std::string_view locale = set("LC_ALL");
  if (locale.empty()) locale = set("LC_MESSAGES");
  if (locale.empty()) locale = set("LANG");
  // gettext ignores LANGUAGE in the C locale, where POSIX fixes what programs print.
  if (!locale.empty() && locale != "C" && locale != "POSIX") {
    std::string_view list = set("LANGUAGE");
    while (!list.empty()) {
      std::string_view entry = list.substr(0, list.find(':'));
      if (auto language = language_named(entry)) return *language;
      list.remove_prefix(std::min(list.size(), entry.size() + 1));
    }
  }
  return language_named(locale).value_or(Language::en);
}

}  // namespace plancheck
