// SPDX-License-Identifier: MIT
#include "import/header.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include "import/text_util.h"
#include "text/utf8.h"

namespace plancheck {

using namespace import_text;

namespace {

bool is_org_name(std::u32string_view s) {
  return s.size() >= 4 && s.size() <= 40 && s.find(U'，') == std::u32string_view::npos &&
         s.find(U',') == std::u32string_view::npos &&
         ends_with_any(s,
                       {U"办公室", U"办公厅", U"人民政府", U"委员会", U"领导小组", U"局", U"政府"});
}

}  // namespace

HeaderFacts read_header(const std::vector<SourceLine>& lines, std::size_t end_line) {
  HeaderFacts out;
  // A 文号 inside brackets or after a title in 《》 is another document's.
  static const re2::RE2 doc_number(
      R"((^|[^\p{Han}（(《》<〈])((?:\p{Han}){1,8}[〔\[［【](?:19|20)\d\d[〕\]］】]\d{1,4}号))");
  static const re2::RE2 date_line(R"(^\s*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*$)");
  static const re2::RE2 year_in(R"(((?:19|20)\d\d)(?:年|—|-|－))");
  static const re2::RE2 implemented(
      R"(《([^》]{2,120})》\s*[（(]((?:\p{Han}){1,8}[〔\[]\d{4}[〕\]]\d{1,4}号)[）)])");
  std::size_t date_index = 0;
  bool have_date = false;
  std::vector<std::string> texts;
  for (const SourceLine& line : lines) {
    if (end_line != 0 && line.number >= end_line) break;
    texts.push_back(to_utf8(trim(line.text)));
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::string& text = texts[i];
    std::string number, y, m, d;
    if (out.meta.doc_number.empty() &&
        RE2::PartialMatch(text, doc_number, static_cast<void*>(nullptr), &number)) {
      out.meta.doc_number = number;
      out.used_lines.push_back(i + 1);
    }
    if (!have_date && RE2::FullMatch(text, date_line, &y, &m, &d)) {
      out.meta.issued = fmt::format("{}-{:02}-{:02}", y, std::stoi(m), std::stoi(d));
      have_date = true;
      date_index = i;
      out.used_lines.push_back(i + 1);
      // The signature sits right above the date.
      for (std::size_t back = i; back > 0 && back + 3 > i; --back) {
        std::u32string above = to_u32(texts[back - 1]);
        if (is_org_name(above)) {
          out.meta.issuer = texts[back - 1];
          out.used_lines.push_back(back);
          break;
        }
      }
    }
    re2::StringPiece input(text);
    std::string title, ref;
    while (RE2::FindAndConsume(&input, implemented, &title, &ref)) {
      if (ref != out.meta.doc_number) out.meta.implements.push_back(DraftDocRef{ref, title});
    }
  }
  // The plan's own title follows the notice: the short lines after the signing date,
  // before the first sentence.
  if (have_date) {
    std::string title;
    for (std::size_t i = date_index + 1; i < texts.size() && title.size() < 200; ++i) {
      std::u32string t = to_u32(texts[i]);
      if (t.empty()) continue;
      if (t.size() > 40 || t.find(U'，') != std::u32string::npos ||
          t.find(U',') != std::u32string::npos || t.find(U'。') != std::u32string::npos) {
        break;
      }
      title += texts[i];
      out.used_lines.push_back(i + 1);
    }
    out.meta.title = title;
  }
  if (out.meta.title.empty()) {  // the notice's own title: 关于印发《X》的通知
    static const re2::RE2 notice(R"(印发\s*《([^》]{2,120})》)");
    std::string joined;
    for (const std::string& t : texts) joined += t;
    RE2::PartialMatch(joined, notice, &out.meta.title);
  }
  if (out.meta.issuer.empty()) {
    for (std::size_t i = 0; i < texts.size(); ++i) {
      if (is_org_name(to_u32(texts[i]))) {
        out.meta.issuer = texts[i];
        out.used_lines.push_back(i + 1);
        break;
      }
    }
  }
  std::string year;
  if (RE2::PartialMatch(out.meta.title, year_in, &year)) {
    out.meta.year = std::stoi(year);
  } else if (!out.meta.issued.empty()) {
    out.meta.year = std::stoi(out.meta.issued.substr(0, 4));
  }
  return out;
}

}  // namespace plancheck
