#!/usr/bin/env python3
"""`calendar --format ics` read back by a real iCalendar parser (python3-icalendar):
every dated milestone is there once, deadlines are all-day DUE dates, monthly items repeat
on the month's last day, alarms fire N days before, the yearly window that crosses New
Year ends on 2020-02-29 in the leap year, text survives escaping and folding."""
import datetime as dt
import os
import subprocess
import sys

from icalendar import Calendar

from common import Checks

binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
checks = Checks()
expect = checks.expect



raw = subprocess.run([binary, "--no-cache", "--plan", os.path.join(root, "plan"), "calendar", "--format", "ics",
                      "--alarm", "14", "--today", "2017-04-20"], capture_output=True, check=True).stdout
for number, line in enumerate(raw.split(b"\r\n")[:-1], 1):
    if len(line) > 75:
        expect(f"line {number} is folded to 75 octets", False, len(line))
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        expect(f"line {number} folds between characters", False, line)
expect("lines end with CRLF", raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""))

cal = Calendar.from_ical(raw)
components = [c for c in cal.walk() if c.name in ("VTODO", "VEVENT")]
masters = {str(c["UID"]): c for c in components if "RECURRENCE-ID" not in c}
overrides = [c for c in components if "RECURRENCE-ID" in c]
# 72 milestones, 39 of them continuous (no date)
expect("one master component per dated milestone", len(masters) == 33, len(masters))
expect("UIDs are stable and name the plan", all(u.endswith("@qbj-2017-air.plancheck") for u in masters))


def date_of(component, key):
    value = component[key].dt
    return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else None


todo = masters["3.1.1a@qbj-2017-air.plancheck"]
expect("a deadline is an all-day VTODO", todo.name == "VTODO" and date_of(todo, "DUE") == dt.date(2017, 10, 31))
expect("3.5.10a falls due a month after 2017-11-06",
       date_of(masters["3.5.10a@qbj-2017-air.plancheck"], "DUE") == dt.date(2017, 12, 6))
monthly = masters["3.3.1a@qbj-2017-air.plancheck"]
rule = monthly["RRULE"]
expect("monthly items repeat on the month's last day",
       rule["FREQ"] == ["MONTHLY"] and rule["BYMONTHDAY"] == [-1], rule)
expect("monthly items start in the issue month", date_of(monthly, "DTSTART") == dt.date(2017, 4, 30))
expect("and end with the plan year", rule["UNTIL"][0] == dt.date(2017, 12, 31), rule)
quarterly = masters["2.2a@qbj-2017-air.plancheck"]["RRULE"]
expect("quarterly items repeat every third month-end",
       quarterly["FREQ"] == ["MONTHLY"] and quarterly["INTERVAL"] == [3], quarterly)
window = masters["3.1.2b@qbj-2017-air.plancheck"]
expect("the winter window is a yearly event from 11-01 to the end of February",
       date_of(window, "DTSTART") == dt.date(2017, 11, 1) and date_of(window, "DTEND") == dt.date(2018, 3, 1)
       and window["RRULE"]["FREQ"] == ["YEARLY"])
leap = [c for c in overrides if str(c["UID"]).startswith("3.1.2b@")]
expect("the leap-year window 2019-11-01 → 2020-02-29 has its own end",
       len(leap) == 1 and date_of(leap[0], "RECURRENCE-ID") == dt.date(2019, 11, 1)
       and date_of(leap[0], "DTSTART") == dt.date(2019, 11, 1)
       and date_of(leap[0], "DTEND") == dt.date(2020, 3, 1), [c.to_ical() for c in leap])
alarms = [a for c in components for a in c.walk("VALARM")]
expect("every item has an alarm 14 days before",
       len(alarms) == len(components) and all(a["TRIGGER"].dt == -dt.timedelta(days=14) for a in alarms))
expect("Chinese text survives escaping and folding",
       str(todo["DESCRIPTION"]).startswith("任务：3.1.1 加强工业大气污染防治\n时限：10月底前（截止）"),
       str(todo["DESCRIPTION"]))
expect("continuous duties are not in the calendar", "3.1.4a@qbj-2017-air.plancheck" not in masters)

checks.finish()
