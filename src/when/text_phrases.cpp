// SPDX-License-Identifier: MIT
#include "when/text_phrases.h"

#include <optional>
#include <span>
#include <utility>
#include <variant>

#include "text/utf8.h"
#include "when/zh_parser.h"

namespace plancheck {
namespace {

// Characters read after a date word begins: more than any phrase, and a text that is one
// endless clause stays linear.
constexpr std::size_t kLongestPhrase = 40;
// How many times a phrase is read again, shorter, where the grammar stopped.
constexpr int kMostReadings = 8;

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Where a clause ends: no phrase runs across a sentence, a comma, a semicolon or a space
// (10:30 is a time, not a colon).
bool ends_clause(std::u32string_view s, std::size_t i) {
  char32_t c = s[i];
  if (c == U':') return !(i > 0 && is_digit(s[i - 1]) && i + 1 < s.size() && is_digit(s[i + 1]));
  return c == U'。' || c == U',' || c == U';' || c == U'!' || c == U'?' || c == U'\n' ||
         c == U'\r' || c == U'\t' || c == U' ' || c == U'《' || c == U'》';
}

class PhraseFinder {
 public:
  explicit PhraseFinder(std::u32string text) : s_(std::move(text)) {}

  struct Found {
    std::size_t begin, end;
    bool year_only, mention;
  };

  std::vector<Found> find() {
    std::vector<Found> out;
    for (std::size_t a = 0; a < s_.size();) {
      if (s_[a] == U'《') {  // a title names no date of the task
        std::size_t close = s_.find(U'》', a);
        a = close == std::u32string::npos ? s_.size() : close + 1;
        continue;
      }
      std::size_t b = a;
      while (b < s_.size() && !ends_clause(s_, b)) ++b;
      find_in_clause(a, b, out);
      a = b < s_.size() && s_[b] == U'《' ? b : b + 1;
    }
    return out;
  }

 private:
  void find_in_clause(std::size_t a, std::size_t b, std::vector<Found>& out) {
    std::u32string_view clause(s_.data(), b);  // nothing past the clause's end
    std::size_t read_to = a;                   // no phrase begins before it
    for (std::size_t i = a; i < b;) {
      std::size_t length = ZhCursor::date_word_at(clause, i);
      if (length == 0) {
        ++i;
        continue;
      }
      auto [begin, phrase] = lead_in(i, read_to);
      std::size_t end = std::min(b, begin + kLongestPhrase);
      std::optional<Found> found = read(begin, phrase, i, end);
      // 第二、三季度 is read from 第, 第二 alone from its number.
      if (!found && begin < i) found = read(i, i, i, end);
      if (!found) {
        // A phrase ends before the next date word at the latest (春节前和6月底前).
        std::size_t next = i + length;
        while (next < end && ZhCursor::date_word_at(clause, next) == 0) ++next;
        if (next < end) found = read(begin, phrase, i, next);
      }
      // The phrase may begin where the clause does: a count after the words of its event
      // (停产整顿6个月, 办结时限为8个工作日), an event's span (高考期间).
      if (!found && read_to < begin && i - read_to < kLongestPhrase) {
        found = read(read_to, read_to, i, end, Reading::counted_from_clause);
      }
      if (found && found->end > i) {
        out.push_back(*found);
        i = read_to = found->end;
      } else {
        i += length;
      }
    }
  }

  // Where the grammar begins to read a date word's phrase, and where the phrase begins: the
  // words before it that say how it dates (从, 截至到, 印发实施后) are the phrase's; 于 and
  // 在, and words of intent (确保, 力争), let it read what is done after the date, and
  // are left to the clause. An opening quotation mark (“十三五”末) is the phrase's.
  std::pair<std::size_t, std::size_t> lead_in(std::size_t at, std::size_t floor) const {
    auto word_before = [&](std::size_t end, std::span<const std::u32string_view> words) {
      for (std::u32string_view word : words) {
        if (end >= floor + word.size() &&
            std::u32string_view(s_).substr(end - word.size(), word.size()) == word) {
          return word.size();
        }
      }
      return std::size_t{0};
    };
    if (at > floor && (s_[at - 1] == U'“' || s_[at - 1] == U'"')) --at;
    std::size_t phrase = at;
    for (auto words :
         {start_words(), by_words(), anchor_words(), period_lead_words(), ordinal_words()}) {
      phrase -= word_before(phrase, words);
    }
    std::size_t read = phrase;
    read -= word_before(read, at_words());
    read -= word_before(read, modal_words());
    return {read, phrase};
  }

  // The phrase that begins at `begin` and has its date word at `date`, read by the grammar
  // from there to `end` and again, shorter, where the grammar stopped reading a whole phrase.
  enum class Reading { any, counted_from_clause };

  std::optional<Found> read(std::size_t begin, std::size_t phrase, std::size_t date,
                            std::size_t end, Reading reading_as = Reading::any) const {
    for (int reading = 0; reading < kMostReadings; ++reading) {
      ZhParser parser(s_.substr(begin, end - begin));
      bool rolls = false;
      try {
        WhenExpr expr = parser.parse_with_notes();
        // 12月25日前（遇节假日顺延）: the note ends what was read, and is the phrase's.
        rolls = expr.rolls_past_days_off;
        // A duty with no date is said in words, not found from a date word.
        if (expr.kind == TimingKind::continuous) return std::nullopt;
        // From the clause's start, only what its words are part of: the event a count or
        // a span is of (停产整顿6个月, 高考期间); a date there was read from its own word.
        if (reading_as == Reading::counted_from_clause && expr.kind != TimingKind::relative &&
            !expr.event_span) {
          return std::nullopt;
        }
      } catch (const ZhFailure& failure) {
        std::size_t stop = begin + failure.error.offset;
        if (!failure.trailing || stop <= date || stop >= end) return std::nullopt;
        end = stop;
        continue;
      }
      std::size_t phrase_end = rolls ? end : begin + parser.dating_end();
      if (phrase_end <= date) return std::nullopt;
      // The phrase without the words around it must read by itself, as a milestone's when
      // does (parse_when, which reads a phrase of ASCII words as English).
      if (std::holds_alternative<WhenError>(
              parse_when(to_utf8(std::u32string_view(s_).substr(phrase, phrase_end - phrase))))) {
        return std::nullopt;
      }
      return Found{phrase, phrase_end, parser.names_a_year_only(),
                   parser.unmarked() && !parser.names_a_year_only()};
    }
    return std::nullopt;
  }

  std::u32string s_;
};

}  // namespace

std::vector<PhraseMatch> find_deadline_phrases(std::string_view text) {
  std::u32string original = to_u32(text);
  // The text as the grammar reads it (NFKC: full-width digits and punctuation are ASCII),
  // one code point for each of the text's, so offsets stay the text's.
  PhraseFinder finder(nfkc_each(original));
  std::vector<PhraseMatch> out;
  for (const PhraseFinder::Found& found : finder.find()) {
    std::u32string_view written(original.data() + found.begin, found.end - found.begin);
    out.push_back({found.begin, written.size(), to_utf8(written), found.year_only, found.mention});
  }
  return out;
}

}  // namespace plancheck
