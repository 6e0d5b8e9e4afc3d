// SPDX-License-Identifier: MIT
#include "text/message.h"

#include <fmt/args.h>

namespace plancheck {
namespace {

const char* as_written(const char* english) { return english; }

std::string format_with(std::string_view format, const std::vector<MessageArg>& args,
                        Translator translate) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  store.reserve(args.size(), 0);
  for (const MessageArg& arg : args) {
    store.push_back(arg.nested ? format_with(arg.nested->format, arg.nested->args, translate)
                               : arg.text);
  }
  // gettext looks msgids up as C strings; a literal or interned format ends at its NUL.
  const char* english = format.data();
  const char* translated = translate(english);
  if (translated != english && format != translated) {
    try {
      return fmt::vformat(translated, store);
    } catch (const fmt::format_error&) {
      // A translation with a placeholder too many must not lose the finding.
    }
  }
  try {
    return fmt::vformat(format, store);
  } catch (const fmt::format_error&) {
    // Only a message read back from a damaged cache entry gets here; show it as it is.
    return std::string(format);
  }
}

}  // namespace

std::string Message::english() const { return format_with(format, args, as_written); }

std::string format_message(const Message& message, Translator translate) {
  return format_with(message.format, message.args, translate);
}

}  // namespace plancheck
