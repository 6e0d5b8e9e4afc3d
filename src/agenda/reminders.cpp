// SPDX-License-Identifier: MIT
#include "agenda/reminders.h"

#include <algorithm>
#include <map>

namespace plancheck {
namespace {

using Key = std::pair<int, std::size_t>;  // UnitTarget as a map key

Key key_of(UnitTarget t) { return {static_cast<int>(t.kind), t.index}; }

struct Recipient {
  UnitTarget unit;
  std::string via;
};

// Who a name on a task reaches: a unit itself, or each member of a group, however deep
// groups nest (a group itself when nobody has listed its members). Each group is opened
// once, so a member listed twice is reached once.
std::vector<Recipient> recipients(const Plan& plan, const UnitIndex& units, UnitTarget named) {
  if (named.kind == UnitTarget::Kind::unit) return {{named, ""}};
  if (named.kind != UnitTarget::Kind::group) return {};
  const std::string& via = plan.registry.groups[named.index].name.value;
  std::vector<Recipient> out;
  std::vector<bool> opened(plan.registry.groups.size(), false);
  std::vector<std::size_t> to_open{named.index};
  opened[named.index] = true;
  while (!to_open.empty()) {
    const Group& group = plan.registry.groups[to_open.back()];
    UnitTarget self{UnitTarget::Kind::group, to_open.back()};
    to_open.pop_back();
    if (!group.members_known) {
      out.push_back({self, self.index == named.index ? "" : via});
      continue;
    }
    for (const Text& member : group.members) {
      UnitTarget target = units.resolve(member.value).target;
      if (target.kind == UnitTarget::Kind::unit) {
        out.push_back({target, via});
      } else if (target.kind == UnitTarget::Kind::group && !opened[target.index]) {
        opened[target.index] = true;
        to_open.push_back(target.index);
      }
    }
  }
  return out;
}

bool wanted(const UnitIndex& units, std::optional<UnitTarget> only, UnitTarget unit) {
  if (!only) return true;
  if (key_of(*only) == key_of(unit)) return true;
  // A group's members, and the offices a department hosts, are the same people asking.
  if (only->kind == UnitTarget::Kind::group) return units.concerns(*only, unit);
  return units.concerns(unit, *only);
}

}  // namespace

std::vector<UnitReminders> build_reminders(const CheckedPlan& checked, Date today, int ahead,
                                           std::optional<UnitTarget> only) {
  const Plan& plan = *checked.plan;
  const UnitIndex& units = *checked.units;
  Date horizon = today + std::chrono::days{ahead};
  auto [from, to] = plan_horizon(plan);
  (void)to;
  std::vector<Reminder> due;
  for (Instance& instance : instances_between(checked, from, horizon + std::chrono::days{366})) {
    if (instance.record) continue;
    const Occurrence& o = instance.occurrence;
    bool is_window = instance.milestone->schedule->shape() == Shape::span;
    Reminder r{instance, Role::lead, "", false, 0, false};
    if (o.due < today) {
      r.overdue = true;
      r.days = (today - o.due).count();
    } else if (o.due <= horizon) {
      r.days = (o.due - today).count();
    } else if (is_window && o.start >= today && o.start <= horizon) {
      r.days = (o.start - today).count();
      r.starting = true;
    } else {
      continue;
    }
    due.push_back(std::move(r));
  }
  std::map<Key, UnitReminders> lists;
  auto deliver = [&](const Reminder& base, const std::vector<UnitRef>& refs, Role role) {
    for (const UnitRef& ref : refs) {
      for (const Recipient& to_unit : recipients(plan, units, ref.target)) {
        if (!wanted(units, only, to_unit.unit)) continue;
        UnitReminders& list = lists[key_of(to_unit.unit)];
        list.unit = to_unit.unit;
        list.name = units.name_of(to_unit.unit);
        if (to_unit.unit.kind == UnitTarget::Kind::unit) {
          const Unit& unit = plan.registry.units[to_unit.unit.index];
          if (unit.hosted_by) list.host = unit.hosted_by->value;
        } else {
          list.members_unknown = true;
        }
        Reminder r = base;
        r.role = role;
        r.via = to_unit.via;
        auto& target = role == Role::lead          ? list.lead
                       : role == Role::responsible ? list.responsible
                                                   : list.data_provider;
        bool already = std::any_of(target.begin(), target.end(), [&](const Reminder& other) {
          return other.instance.id == r.instance.id;
        });
        if (!already) target.push_back(std::move(r));
      }
    }
  };
  for (const Reminder& r : due) {
    deliver(r, r.instance.task->lead, Role::lead);
    deliver(r, r.instance.task->responsible, Role::responsible);
    deliver(r, r.instance.task->data_provider, Role::data_provider);
  }
  // Most overdue first, then what comes soonest.
  auto urgency = [](const Reminder& a, const Reminder& b) {
    return std::make_pair(!a.overdue, a.overdue ? -a.days : a.days) <
           std::make_pair(!b.overdue, b.overdue ? -b.days : b.days);
  };
  std::vector<UnitReminders> out;
  for (auto& [key, list] : lists) {
    for (auto* v : {&list.lead, &list.responsible, &list.data_provider}) {
      std::stable_sort(v->begin(), v->end(), urgency);
    }
    out.push_back(std::move(list));
  }
  // Registry order: units as units.yaml lists them, then groups.
  std::sort(out.begin(), out.end(), [](const UnitReminders& a, const UnitReminders& b) {
    return key_of(a.unit) < key_of(b.unit);
  });
  return out;
}

}  // namespace plancheck
