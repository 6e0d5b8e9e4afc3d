#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every lunar month 1901-2099 (leap months too) has the same 初一 and the same length in
plancheck's lunar calendar (liblunar-date) as in python3-lunardate, an independent table,
but for the two pairs of months below.

    lunar_tables.py LUNAR_DUMP
"""
import subprocess
import sys

from lunardate import LunarDate


# Where the two tables part: in 2057 and 2060 a new moon falls within minutes of Beijing
# midnight, and the Hong Kong Observatory, whose table python3-lunardate follows, warns that
# its times so far ahead may be minutes off. liblunar-date gives 2057's 八月 and 2060's 三月
# thirty days (九月初一 2057-09-29, 四月初一 2060-05-01), as Yuk Tung Liu's computed calendar
# does; python3-lunardate gives them 29. plancheck keeps liblunar-date's reading (README,
# "Lunar dates"); any other difference fails.
KNOWN_DISAGREEMENTS = {(2057, 8, 0), (2057, 9, 0), (2060, 3, 0), (2060, 4, 0)}


def solar(year, month, day, leap):
    try:
        return LunarDate(year, month, day, leap).toSolarDate().isoformat()
    except ValueError:
        return "none"


def main():
    dump = subprocess.run([sys.argv[1]], check=True, capture_output=True, text=True).stdout
    plancheck = {}
    for line in dump.splitlines():
        year, month, leap, first, thirtieth = line.split()
        plancheck[(int(year), int(month), int(leap))] = (first, thirtieth)
    differ = {slot: days for slot, days in plancheck.items()
              if days != (solar(*slot[:2], 1, slot[2]), solar(*slot[:2], 30, slot[2]))}
    wrong = sorted(set(differ) - KNOWN_DISAGREEMENTS)
    for year, month, leap in wrong[:20]:
        print(f"{year}-{month}{' leap' if leap else ''}: plancheck {plancheck[(year, month, leap)]}, "
              f"python3-lunardate {solar(year, month, 1, leap)} {solar(year, month, 30, leap)}")
    agreeing_now = sorted(KNOWN_DISAGREEMENTS - set(differ))
    if agreeing_now:
        print(f"the tables now agree on {agreeing_now}: drop them from KNOWN_DISAGREEMENTS")
    months = sum(1 for first, _ in plancheck.values() if first != "none")
    print(f"{len(plancheck)} month slots, {months} months, {len(wrong)} differ "
          f"(besides the {len(KNOWN_DISAGREEMENTS)} known ones)")
    # Every year 1901-2099: 12 months, and a leap month in about a third of them.
    if len(plancheck) != (2099 - 1901 + 1) * 24 or months < 199 * 12 + 60:
        print("the dump does not cover 1901-2099")
        return 1
    return 1 if wrong or agreeing_now else 0


if __name__ == "__main__":
    sys.exit(main())
