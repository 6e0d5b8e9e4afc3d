// SPDX-License-Identifier: MIT
#include "i18n/catalogue.h"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <cstring>

namespace plancheck {
namespace {

constexpr const char* kDomain = "plancheck";
Language shown = Language::en;

bool is_plain_c(const char* locale) {
  return !locale || std::strcmp(locale, "C") == 0 || std::strcmp(locale, "POSIX") == 0;
}

}  // namespace

bool use_language(Language language, const std::vector<std::filesystem::path>& locale_dirs) {
  shown = Language::en;
  if (language == Language::en) return true;
  std::error_code ec;
  const std::filesystem::path* found = nullptr;
  for (const auto& dir : locale_dirs) {
    if (std::filesystem::is_regular_file(dir / "zh_CN" / "LC_MESSAGES" / "plancheck.mo", ec)) {
      found = &dir;
      break;
    }
  }
  if (!found) return false;
  // gettext picks the catalogue from LANGUAGE, which it reads in any locale but plain C;
  // C.UTF-8 exists on every Debian system, generated zh_CN or not.
  setenv("LANGUAGE", "zh_CN", 1);
  const char* locale = std::setlocale(LC_MESSAGES, "");
  if (is_plain_c(locale)) locale = std::setlocale(LC_MESSAGES, "C.UTF-8");
  if (is_plain_c(locale)) return false;
  if (!bindtextdomain(kDomain, found->c_str())) return false;
  // Catalogue text goes out as UTF-8 whatever the locale's own charset.
  bind_textdomain_codeset(kDomain, "UTF-8");
  shown = Language::zh;
  return true;
}

Language shown_language() { return shown; }

const char* translate(const char* english) {
  if (shown == Language::en || !*english) return english;
  return dgettext(kDomain, english);
}

std::string tr(const Message& message) { return format_message(message, translate); }

std::string tr(const char* english) { return translate(english); }

std::string tr(Untranslated text) { return translate(text.english); }

std::string tr(Term word) { return tr(as_message(word)); }

std::string tr_count(const char* singular, const char* plural, unsigned long count) {
  const char* chosen = shown == Language::en ? (count == 1 ? singular : plural)
                                             : dngettext(kDomain, singular, plural, count);
  try {
    return fmt::format(fmt::runtime(chosen), count);
  } catch (const fmt::format_error&) {
    return fmt::format(fmt::runtime(count == 1 ? singular : plural), count);
  }
}

}  // namespace plancheck
