#!/usr/bin/env python3
"""For every zone in the system's tzdb (aliases included), exports a calendar spanning
about two years with wb-ics, reads its VTIMEZONE back with python-dateutil's own iCalendar zone parser (tzical:
it evaluates the embedded rules, where icalendar's to_tz looks the TZID up) and
compares the UTC offset it gives with the system's (Python's zoneinfo) every six hours
and on both sides of every change, found to the second. Prints one line per zone that
disagrees and a last line `zones: N checked, M disagree`. Usage: vtimezone_vs_tzdb.py"""
import datetime, io, subprocess, sys, zoneinfo
from dateutil import tz as dateutil_tz
from icalendar import Calendar

MILESTONES = "id,name,date\nM1,a,2026-03-02\nM2,b,2026-09-01\nM3,c,2027-06-01\nM4,d,2027-12-27\n"
UTC = datetime.timezone.utc

def offsets(tz, t):
    return datetime.datetime.fromtimestamp(t, UTC).astimezone(tz).utcoffset()

def check(name):
    p = subprocess.run(["wb-ics", "--tz", name, "--meeting", "mon 10:00 30m", "--no-reports"],
                       input=MILESTONES.encode(), capture_output=True)
    if p.returncode != 0:
        return [f"wb-ics exited {p.returncode}: {p.stderr.decode().strip()}"]
    cal = Calendar.from_ical(p.stdout)
    vtz = [c for c in cal.walk("VTIMEZONE")]
    if len(vtz) != 1:
        return [f"{len(vtz)} VTIMEZONE components"]
    text = p.stdout.decode()
    embedded = dateutil_tz.tzical(io.StringIO(text[text.index("BEGIN:VTIMEZONE"):text.index("END:VTIMEZONE") + 13])).get()
    system = zoneinfo.ZoneInfo(name)
    starts = [e.decoded("DTSTART") for e in cal.walk("VEVENT") if isinstance(e.decoded("DTSTART"), datetime.datetime)]
    lo = int(min(starts).timestamp()) - 86400
    # The weekly meeting runs to M4; its RRULE's UNTIL bounds the span.
    hi = int(datetime.datetime(2027, 12, 28, tzinfo=UTC).timestamp())
    problems = []
    def compare(t):
        a, b = offsets(system, t), offsets(embedded, t)
        if a != b and len(problems) < 3:
            problems.append(f"{datetime.datetime.fromtimestamp(t, UTC):%Y-%m-%dT%H:%M:%SZ}: system {a}, VTIMEZONE {b}")
    prev = lo
    compare(lo)
    for t in range(lo + 6 * 3600, hi, 6 * 3600):
        if offsets(system, t) != offsets(system, prev):
            a, b = prev, t  # the change is in (a, b]: find its second
            while b - a > 1:
                m = (a + b) // 2
                if offsets(system, m) == offsets(system, a): a = m
                else: b = m
            compare(a); compare(b)
        compare(t)
        prev = t
    return problems

def main():
    names = sorted(z for z in zoneinfo.available_timezones() if not z.startswith(("posix/", "right/")) and z not in ("Factory", "localtime"))
    bad = 0
    for name in names:
        problems = check(name)
        if problems:
            bad += 1
            print(f"{name}: " + "; ".join(problems), flush=True)
    print(f"zones: {len(names)} checked, {bad} disagree")
    return 1 if bad else 0

sys.exit(main())
