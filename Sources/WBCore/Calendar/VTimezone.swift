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
        } else if let rule = z.rule, let dst = rule.dst, trs.allSatisfy({ tr in
            rule.transitions(year: LocalDateTime(seconds: tr.at).date.year, dst: dst).contains(tr)
        }), initial == rule.std || initial == dst.type {
            let y = LocalDateTime(seconds: trs[0].at).date.year - 1
            let on = LocalDateTime(seconds: dst.start.date(y).days * 86400 + dst.start.time)
            let off = LocalDateTime(seconds: dst.end.date(y).days * 86400 + dst.end.time)
            observance(b, "DAYLIGHT", on.basic, from: rule.std, to: dst.type, rrule: yearly(dst.start))
            observance(b, "STANDARD", off.basic, from: dst.type, to: rule.std, rrule: yearly(dst.end))
        } else {
            observance(b, initial.isDST ? "DAYLIGHT" : "STANDARD", "19700101T000000", from: initial, to: initial, rrule: nil)
            for tr in trs {
                observance(b, tr.to.isDST ? "DAYLIGHT" : "STANDARD", LocalDateTime(seconds: tr.at + tr.from.offset).basic,
                           from: tr.from, to: tr.to, rrule: nil)
            }
        }
        b.end("VTIMEZONE")
    }

    static func yearly(_ r: PosixRule.DateRule) -> String {
        "FREQ=YEARLY;BYMONTH=\(r.month);BYDAY=\(r.week == 5 ? -1 : r.week)\(days[r.weekday])"
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
