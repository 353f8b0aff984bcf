/// Writes a VTIMEZONE for a zone, valid for every instant in a range.
public enum VTimezone {
    static func offset(_ s: Int) -> String {
        let a = abs(s)
        var o = (s < 0 ? "-" : "+") + two(a / 3600) + two((a % 3600) / 60)
        if a % 60 != 0 { o += two(a % 60) }
        return o
    }

    static let days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]

    /// Covers (from, to]: yearly RRULEs when the zone's current daylight-saving rule
    /// explains every change in the range (what Outlook and Google expect), else one
    /// observance per change.
    public static func write(_ z: ZoneInfo, from: Int, to: Int, into b: ICSBuilder) {
        b.begin("VTIMEZONE")
        b.raw("TZID", z.name)
        let trs = z.transitions(from: from, to: to)
        let initial = z.type(atUTC: from)
        if trs.isEmpty {
            observance(b, "STANDARD", "19700101T000000", from: initial, to: initial, rrule: nil)
        } else if let rule = z.rule, let dst = rule.dst, let onRule = yearly(dst.start), let offRule = yearly(dst.end), trs.allSatisfy({ tr in
            rule.transitions(year: LocalDateTime(seconds: tr.at).date.year, dst: dst).contains(tr)
        }), initial == rule.std || initial == dst.type {
            let y = LocalDateTime(seconds: trs[0].at).date.year - 1
            let on = LocalDateTime(seconds: dst.start.date(y).days * 86400 + dst.start.time)
            let off = LocalDateTime(seconds: dst.end.date(y).days * 86400 + dst.end.time)
            observance(b, kind(dst.type, against: rule.std), on.basic, from: rule.std, to: dst.type, rrule: onRule)
            observance(b, kind(rule.std, against: dst.type), off.basic, from: dst.type, to: rule.std, rrule: offRule)
        } else {
            // The observance before the first change says it came from the other
            // offset, so that a DAYLIGHT one carries its saving (TZOFFSETTO - FROM).
            let other = trs.first?.to ?? initial
            observance(b, kind(initial, against: other), "19700101T000000", from: other, to: initial, rrule: nil)
            for tr in trs {
                observance(b, kind(tr.to, against: tr.from), LocalDateTime(seconds: tr.at + tr.from.offset).basic,
                           from: tr.from, to: tr.to, rrule: nil)
            }
        }
        b.end("VTIMEZONE")
    }

    /// DAYLIGHT is the observance with the larger offset. tzdata marks Ireland's winter
    /// GMT and Morocco's Ramadan +00 as daylight saving time (a negative DST, 1 h
    /// less); clients and parsers (dateutil among them) assume DST adds time and get
    /// those hours wrong, so wb writes them the way tzdata's "rearguard" form does.
    static func kind(_ type: ZoneInfo.LocalType, against other: ZoneInfo.LocalType) -> String {
        if type.offset != other.offset { return type.offset > other.offset ? "DAYLIGHT" : "STANDARD" }
        return type.isDST ? "DAYLIGHT" : "STANDARD"
    }

    /// The rule as a yearly RRULE. A POSIX time outside 0-24 h (Asia/Jerusalem's
    /// `M3.4.4/26`: the fourth Thursday + 26 h, a Friday at 02:00) moves the change to
    /// another weekday: written as that weekday on the days it can fall on
    /// (`BYDAY=FR;BYMONTHDAY=23,...,29`). When those days would leave the month (a
    /// last-week rule moved forward), there is no such RRULE: nil, and the caller lists
    /// every change instead.
    static func yearly(_ r: PosixRule.DateRule) -> String? {
        let shift = r.time >= 0 ? r.time / 86400 : -((-r.time + 86399) / 86400)
        if shift == 0 {
            return "FREQ=YEARLY;BYMONTH=\(r.month);BYDAY=\(r.week == 5 ? -1 : r.week)\(days[r.weekday])"
        }
        guard r.week <= 4 else { return nil }
        let first = 7 * (r.week - 1) + 1 + shift, last = 7 * r.week + shift
        guard first >= 1, last <= 28 else { return nil }
        let weekday = ((r.weekday + shift) % 7 + 7) % 7
        return "FREQ=YEARLY;BYMONTH=\(r.month);BYDAY=\(days[weekday]);BYMONTHDAY=" + (first...last).map(String.init).joined(separator: ",")
    }

    static func observance(_ b: ICSBuilder, _ kind: String, _ start: String, from: ZoneInfo.LocalType, to: ZoneInfo.LocalType, rrule: String?) {
        b.begin(kind)
        b.raw("DTSTART", start)
        b.raw("TZOFFSETFROM", offset(from.offset))
        b.raw("TZOFFSETTO", offset(to.offset))
        if let rrule { b.raw("RRULE", rrule) }
        if !to.abbr.isEmpty { b.text("TZNAME", to.abbr) }
        b.end(kind)
    }
}
