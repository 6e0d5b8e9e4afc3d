// SPDX-License-Identifier: MIT
#pragma once

#include <fmt/format.h>

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace plancheck {

/// A word of the message's own language inside a message: a role, a kind, a type name.
/// Translated with the message; a name or value from the plan is never a Term.
struct Term {
  std::string_view english;
};

/// A word from a fixed English vocabulary, marked so xgettext finds it (keyword `term`).
constexpr Term term(std::string_view english) { return Term{english}; }

struct Message;

/// One argument of a message: text from the plan, shown as it is, or a message of its own
/// (a Term is one with no arguments), translated with the message it sits in.
struct MessageArg {
  std::string text;                       ///< the value; unused for a nested message
  std::shared_ptr<const Message> nested;  ///< set for a nested message or a Term
  bool operator==(const MessageArg& other) const;
};

/// Text for a person, kept untranslated: an English fmt format string (the gettext msgid)
/// and its arguments. Core knows no language; the renderer translates at the last moment,
/// so a finding cached in one run reads in the language of the next.
///
/// Made only by `message(format, args...)`, whose format is a literal that xgettext
/// finds (keyword `message`) and fmt checks; a sentence formatted early into a std::string
/// cannot become a Message and slip past the catalogue.
struct Message {
  // Declared so that Message is no aggregate: `Message{"text"}` would skip the catalogue.
  Message() = default;

  bool empty() const { return format.empty(); }
  /// The English text (arguments filled in): for logs, tests and what().
  std::string english() const;
  bool operator==(const Message&) const = default;

  std::string_view format;  ///< a string literal, or interned()
  std::vector<MessageArg> args;
};

inline bool MessageArg::operator==(const MessageArg& other) const {
  if (!nested || !other.nested) return !nested && !other.nested && text == other.text;
  return *nested == *other.nested;
}

/// A Term on its own, as a whole message.
inline Message as_message(Term t) {
  Message m;
  m.format = t.english;
  return m;
}

namespace detail {
inline MessageArg message_arg(const Term& t) {
  return MessageArg{{}, std::make_shared<const Message>(as_message(t))};
}
inline MessageArg message_arg(const Message& m) {
  return MessageArg{{}, std::make_shared<const Message>(m)};
}
inline MessageArg message_arg(Message&& m) {
  return MessageArg{{}, std::make_shared<const Message>(std::move(m))};
}
// A value shown as it is. Terms and Messages take the overloads above: without the
// constraint, this template would be the better match for a Message& or a Term&&.
template <typename T>
requires(!std::is_same_v<std::remove_cvref_t<T>, Term> &&
         !std::is_same_v<std::remove_cvref_t<T>, Message>) MessageArg message_arg(T&& value) {
  // Forwarded: fmt formats a view (fmt::join) only as an rvalue.
  return MessageArg{fmt::format("{}", std::forward<T>(value)), nullptr};
}
}  // namespace detail

/// A message whose arguments fmt checks against `format` when compiling. With no
/// arguments the format is still one: `{{` is a brace.
template <typename... Args>
Message message(fmt::format_string<Args...> format, Args&&... args) {
  Message m;
  fmt::string_view text = format;  // a literal: fmt's check needs a constant expression
  m.format = std::string_view(text.data(), text.size());
  m.args.reserve(sizeof...(Args));
  (m.args.push_back(detail::message_arg(std::forward<Args>(args))), ...);
  return m;
}

/// Words no catalogue holds (a library's own message, an OS error), shown as they are.
inline Message verbatim(std::string text) {
  Message m;
  m.format = "{}";
  m.args.push_back(MessageArg{std::move(text), nullptr});
  return m;
}

/// Turns an English format string into the reader's language (gettext's msgid → msgstr).
using Translator = const char* (*)(const char* english);

/// The message in the translator's language, nested messages and Terms included. A
/// translation whose placeholders do not fit the arguments falls back to the English.
std::string format_message(const Message& message, Translator translate);

}  // namespace plancheck

template <>
struct fmt::formatter<plancheck::Term> : fmt::formatter<std::string_view> {
  auto format(const plancheck::Term& t, format_context& ctx) const {
    return fmt::formatter<std::string_view>::format(t.english, ctx);
  }
};
template <>
struct fmt::formatter<plancheck::Message> : fmt::formatter<std::string> {
  auto format(const plancheck::Message& m, format_context& ctx) const {
    return fmt::formatter<std::string>::format(m.english(), ctx);
  }
};
