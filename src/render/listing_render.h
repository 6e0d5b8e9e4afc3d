// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "agenda/agenda.h"
#include "render/format.h"

namespace plancheck {

/// What was asked, echoed in every output so a saved listing says what it lists.
struct ListingQuery {
  std::string command;  ///< due, calendar
  int year = 0;         ///< due: the month asked for
  unsigned month = 0;
  std::optional<std::string> unit;
  bool include_ongoing = false;
  Date from{};
  Date to{};
};

// Dated items of a month (`due`) or a range (`calendar`), for people and for scripts.
std::string render_listing_text(const CheckedPlan& plan, const ListingQuery& query,
                                const std::vector<AgendaItem>& items);
std::string render_listing_markdown(const CheckedPlan& plan, const ListingQuery& query,
                                    const std::vector<AgendaItem>& items);
std::string render_listing_csv(const CheckedPlan& plan, const ListingQuery& query,
                               const std::vector<AgendaItem>& items);
std::string render_listing_json(const CheckedPlan& plan, const ListingQuery& query,
                                const std::vector<AgendaItem>& items);
/// The one of the four that `format` names: text, md, csv or json.
std::string render_listing(Format format, const CheckedPlan& plan, const ListingQuery& query,
                           const std::vector<AgendaItem>& items);

}  // namespace plancheck
