"""Calendar dates from TIMEX3 values, for sorting, filtering and timelines.

The ledger keeps every date as the TIMEX3 value the text supports ("2022-12-19", "2022-12",
"XXXX-12-18" when no year can be known, "2022-W51", "PAST_REF"). Beside each one it stores
``calendar_date(value)``: an ISO 8601 date of the same precision when the value names a known
stretch of the calendar, else None. Every sort, range filter and timeline uses that column, so a
year-unknown "XXXX-12-18" never sorts after 2030 and "PAST_REF" never lands in a month.
"""
from __future__ import annotations

import re
from datetime import date

# patterns, compiled by `re` on first use (and cached there): every connection registers
# calendar_date, and a command that only counts or lists never calls it
_ISO = r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T)"
_WEEK = r"^(\d{4})-W(\d{2})(?:-(\d))?$"
_PART = r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|AU|WI)$"
_FIRST_MONTH = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7, "SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}


def calendar_date(value: str | None) -> str | None:
    """VALUE as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', or None when it names no known calendar date.

    A day-time keeps its day; a week becomes its Monday (with a weekday, that day); a quarter,
    half or season becomes its first month.
    """
    if not value:
        return None
    m = re.match(_ISO, value)
    if m:
        year, month, day = m.groups()
        if month and not 1 <= int(month) <= 12:
            return year
        return "-".join(x for x in (year, month, day) if x)
    m = re.match(_WEEK, value)
    if m:
        try:
            return date.fromisocalendar(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)).isoformat()
        except ValueError:
            return m.group(1)
    m = re.match(_PART, value)
    if m:
        return f"{m.group(1)}-{_FIRST_MONTH[m.group(2)]:02d}"
    return None


def day_of(value: str) -> str:
    """A TIMEX3 value as the day it falls on: 'on Friday morning' (2024-02-16TMO) is 2024-02-16; a
    clock time stays ('2024-02-16T10:30'). An event's date and the day a claim was made are days."""
    day, sep, part = value.partition("T")
    return day if sep and part.isalpha() else value
