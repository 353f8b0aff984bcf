/// The days a team does not work, where a milestone's CXO report or the weekly meeting
/// would find no one: Saturdays and Sundays everywhere, and for a team in Japan the
/// national holidays (国民の祝日, under the Act on National Holidays as it stands since
/// 2020: the fixed days, the Mondays, the equinoxes, the substitute holiday 振替休日 and
/// the day between two holidays 国民の休日) and the year-end days most companies close
/// (年末年始, 12/29 to 1/3).
///
/// The holidays are worked out by their rules, from 2022 on (2020 and 2021 moved
/// three of them for the Olympics; earlier years had other days); before 2022 only
/// the weekends count. A one-off holiday the Diet adds (a coronation) is not known.
///
/// Besides those, the team's own days off (`--days-off`, the settings' `days-off`): a
/// company's holidays, a summer break, the days other countries' teams do not work.
public struct DaysOff: Sendable {
    /// Whether Japan's holidays and year-end count, besides the weekends.
    public var japan: Bool
    /// The team's own days off, as ranges of dates (a single day is a range of one).
    public var team: [ClosedRange<CivilDate>]

    /// In a plan of several teams, each team's own days off besides `team` (the whole
    /// plan's), by the team's key (`Teams.key`): a `TEAM=DATES` item.
    public var byTeam: [String: [ClosedRange<CivilDate>]] = [:]

    /// A team in a time zone of its own (`tz`'s `TEAM=ZONE`) keeps Japan's holidays or
    /// not by that zone, whatever the plan's: by the team's key.
    public var japanByTeam: [String: Bool] = [:]

    public init(japan: Bool, team: [ClosedRange<CivilDate>] = []) { (self.japan, self.team) = (japan, team) }

    /// The days off of the team whose key is `key`: the plan's and the team's own
    /// (nil, or a team with none of its own: the plan's), Japan's holidays as its zone
    /// says where it has one.
    public func forTeam(_ key: String?) -> DaysOff {
        DaysOff(japan: key.flatMap { japanByTeam[$0] } ?? japan, team: team + (key.flatMap { byTeam[$0] } ?? []))
    }

    /// Whether the team whose key is `key` has days off of its own: dates, or a zone
    /// that keeps Japan's holidays where the plan does not (or the other way).
    public func teamHasOwn(_ key: String) -> Bool {
        byTeam[key] != nil || japanByTeam[key].map { $0 != japan } == true
    }

    /// `--days-off` of a plan of several teams: the plan's dates, and a team's own
    /// after its name and `=` (`12/29..1/3; Harbor=7/3,11/26`). A team's dates run to
    /// the next `;` (or line), or to the next `TEAM=` (`Harbor=7/3, 11/26, かえで=8/13`).
    /// Without `=` it is `parse`. Returns the plan's and each team's, by the team's name
    /// as written.
    public static func parseByTeam(_ text: String, _ ctx: DateContext) throws(DateError)
        -> (plan: [ClosedRange<CivilDate>], teams: [(name: String, days: [ClosedRange<CivilDate>])]) {
        var plan: [ClosedRange<CivilDate>] = []
        var teams: [(name: String, days: [ClosedRange<CivilDate>])] = []
        func add(_ name: String?, _ dates: [String]) throws(DateError) {
            guard let name else { plan += try parse(dates.joined(separator: ","), ctx); return }
            if teams.contains(where: { $0.name.matchKey == name.matchKey }) {
                throw DateError(message: L("team \(name)'s days off are given twice: give them in one TEAM=DATES"))
            }
            do {
                teams.append((name, try parse(dates.joined(separator: ","), ctx)))
            } catch {
                throw DateError(message: L("team \(name): ") + error.message)
            }
        }
        for piece in text.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "\n" || $0 == "\r\n" }) {
            var name: String?, dates: [String] = []
            for part in piece.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == "，" }) {
                let item = String(part).trimmed
                guard let eq = item.firstIndex(where: { $0 == "=" || $0 == "＝" }) else { dates.append(item); continue }
                try add(name, dates)
                name = String(item[..<eq]).trimmed
                if name!.isEmpty { throw DateError(message: L("'\(item)' names no team before =: write TEAM=DATES, e.g. \"Harbor=7/3,11/26\"")) }
                dates = [String(item[item.index(after: eq)...])]
            }
            try add(name, dates)
        }
        return (plan, teams)
    }

    /// The longest range of days off one item may give, in days: three months. A
    /// longer one is taken for a mistyped date (`12/24..12/20` would otherwise run
    /// to the next year's 12/20); a longer break is written as two ranges.
    static let longestRange = 92

    /// The team's days off as people write them: dates and ranges (`12/24..12/26`,
    /// `12/28〜1/4`, `2027-08-13~2027-08-16`) separated by commas, `、`, `;` or lines.
    /// A date without a year is read against `ctx` (the plan's start: the first such
    /// day on or after it, or in `--year`); a range's end without a year, the first
    /// such day on or after the range's first (`12/28〜1/4` crosses the year).
    public static func parse(_ text: String, _ ctx: DateContext) throws(DateError) -> [ClosedRange<CivilDate>] {
        var out: [ClosedRange<CivilDate>] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == ";" || $0 == "\n" || $0 == "，" }) {
            let item = String(part).trimmed
            if item.isEmpty { continue }
            let (first, last) = try Self.range(item, ctx)
            if last < first {
                throw DateError(message: L("'\(item)': the days off end (\(last.iso)) before they begin (\(first.iso))"))
            }
            if last.days - first.days >= Self.longestRange {
                throw DateError(message: L("'\(item)': \(last.days - first.days + 1) days off in one range (\(first.iso) to \(last.iso)); a range is three months at most"))
            }
            out.append(first...last)
        }
        return out
    }

    /// An item's first and last dates: one date, or two split at `..`, `〜`, `～` or
    /// `~`, else at a dash that has a date on either side (`12/24-12/26`,
    /// `2026-12-24 - 2026-12-26`). The end may be a day of the month alone
    /// (`8/13〜16`, `8月13日〜16日`).
    static func range(_ item: String, _ ctx: DateContext) throws(DateError) -> (CivilDate, CivilDate) {
        func end(_ s: String, after first: CivilDate) throws(DateError) -> CivilDate {
            var day = s.foldingWidth.trimmed
            if day.hasSuffix("日") { day.removeLast() }
            if day.count <= 2, let n = Int(day) {
                var month = first
                if n < first.day { month = first.adding(months: 1) }
                guard let d = CivilDate(month.year, month.month, n) else {
                    throw DateError(message: L("'\(s)': \(String(month.iso.prefix(7))) has no such day"))
                }
                return d
            }
            var rest = ctx
            (rest.year, rest.anchor) = (nil, first)
            return try DateParser.parse(s, rest)
        }
        for sep in ["..", "〜", "～", "~"] {
            guard let r = item.range(of: sep) else { continue }
            let (a, b) = (String(item[..<r.lowerBound]).trimmed, String(item[r.upperBound...]).trimmed)
            if a.isEmpty || b.isEmpty { throw DateError(message: L("'\(item)': a range needs its first and its last day")) }
            let first = try DateParser.parse(a, ctx)
            return (first, try end(b, after: first))
        }
        do throws(DateError) {
            let d = try DateParser.parse(item, ctx)
            return (d, d)
        } catch {
            for i in item.indices where item[i] == "-" || item[i] == "–" || item[i] == "—" {
                let a = String(item[..<i]).trimmed, b = String(item[item.index(after: i)...]).trimmed
                guard !a.isEmpty, !b.isEmpty, let first = try? DateParser.parse(a, ctx),
                      let last = try? end(b, after: first) else { continue }
                return (first, last)
            }
            throw error
        }
    }

    /// Whether a plan's days off are Japan's: its time zone is Japan's, or it has none
    /// and is kept in Japanese.
    public static func forPlan(timeZone: String?, japanese: Bool) -> DaysOff {
        if let tz = timeZone?.trimmed, !tz.isEmpty {
            return DaysOff(japan: ["asia/tokyo", "japan", "jst", "jst-9"].contains(tz.lowercased()))
        }
        return DaysOff(japan: japanese)
    }

    /// Why `d` is a day off, in the run's language (`日曜日`, `憲法記念日`, `年末年始`), or
    /// nil for a working day. A holiday on a weekend is named as the holiday.
    public func reason(_ d: CivilDate) -> String? {
        if japan, let h = Self.holiday(d) { return Lang.current == .ja ? h.ja : h.en }
        if isTeamsDayOff(d) { return L("the team's day off") }
        if japan, Self.isYearEnd(d) { return L("the year-end holidays") }
        if d.weekday == 0 || d.weekday == 6 { return CivilDate.weekdayName(d.weekday) }
        return nil
    }

    public func isOff(_ d: CivilDate) -> Bool {
        d.weekday == 0 || d.weekday == 6 || isHoliday(d)
    }

    /// A holiday on any day of the week (in Japan: a national holiday or the year-end
    /// days), where a weekly meeting is not held.
    public func isHoliday(_ d: CivilDate) -> Bool {
        (japan && (Self.isYearEnd(d) || Self.holiday(d) != nil)) || isTeamsDayOff(d)
    }

    /// A run of days off holding at least one holiday (the weekend around a Monday
    /// holiday, the year-end days): its first and last day and the holidays' names.
    public struct Stretch: Sendable, Equatable {
        public var first: CivilDate
        public var last: CivilDate
        public var names: [String]
    }

    /// The stretches of days off with a holiday in them among the `days` days from
    /// `from` (cut to those days), in the run's language: what a report's "next two
    /// weeks" warns of. Weekends alone are no stretch.
    public func holidays(from: CivilDate, days: Int) -> [Stretch] {
        var out: [Stretch] = []
        var current: Stretch?
        for k in 0..<max(days, 0) {
            let d = from.adding(days: k)
            guard isOff(d) else {
                if let c = current, !c.names.isEmpty { out.append(c) }
                current = nil
                continue
            }
            if current == nil { current = Stretch(first: d, last: d, names: []) }
            current!.last = d
            if isHoliday(d), let why = reason(d), !current!.names.contains(why) { current!.names.append(why) }
        }
        if let c = current, !c.names.isEmpty { out.append(c) }
        return out
    }

    /// The days off of a span of days, one bit a day, for a rule that asks of every
    /// task of a large plan (`check`'s due dates on a day off): made once over the
    /// span the dates fall in, then asked in a few instructions; a day outside the
    /// span (at most a century of it is mapped) is worked out as it comes.
    public struct Map: Sendable {
        public let daysOff: DaysOff
        /// The span asked for (`count` days of it from the first mapped).
        public let span: ClosedRange<Int>
        let first: Int, count: Int
        let bits: [UInt64]

        public init(_ daysOff: DaysOff, days: ClosedRange<Int>) {
            self.daysOff = daysOff
            (span, first) = (days, days.lowerBound)
            let n = min(days.upperBound - days.lowerBound + 1, 36_525)
            var bits = [UInt64](repeating: 0, count: (n + 63) / 64)
            for k in 0..<n where daysOff.isOff(CivilDate(days: days.lowerBound + k)) { bits[k >> 6] |= 1 << UInt64(k & 63) }
            (count, self.bits) = (n, bits)
        }

        /// Whether the day `day` (days since 1970-01-01) is a day off.
        @inline(__always)
        public func isOff(day: Int) -> Bool {
            let k = day &- first
            if k >= 0, k < count { return bits[k >> 6] & (1 << UInt64(k & 63)) != 0 }
            return daysOff.isOff(CivilDate(days: day))
        }
    }

    /// One of the team's own days off.
    func isTeamsDayOff(_ d: CivilDate) -> Bool { team.contains { $0.contains(d) } }

    /// The last working day on or before `d`.
    public func workingDay(onOrBefore d: CivilDate) -> CivilDate {
        var day = d
        while isOff(day) { day = day.adding(days: -1) }
        return day
    }

    static func isYearEnd(_ d: CivilDate) -> Bool {
        (d.month == 12 && d.day >= 29) || (d.month == 1 && d.day <= 3)
    }

    /// Japan's national holiday on `d` (Japanese and English names), from 2022 on.
    public static func holiday(_ d: CivilDate) -> (ja: String, en: String)? {
        guard d.year >= 2022 else { return nil }
        if let h = named(d) { return h }
        // 振替休日: the first day after a holiday on a Sunday that is not a holiday.
        if d.weekday != 0 {
            var back = d.adding(days: -1)
            while named(back) != nil {
                if back.weekday == 0 { return ("振替休日", "Substitute Holiday") }
                back = back.adding(days: -1)
            }
        }
        // 国民の休日: a day between two holidays.
        if d.weekday != 0, named(d.adding(days: -1)) != nil, named(d.adding(days: 1)) != nil {
            return ("国民の休日", "Citizens' Holiday")
        }
        return nil
    }

    /// The holidays the law names by date or by rule (not the substitute days).
    static func named(_ d: CivilDate) -> (ja: String, en: String)? {
        // The nth Monday of the month: days 7(n-1)+1 ... 7n.
        func monday(_ n: Int) -> Bool { d.weekday == 1 && (d.day - 1) / 7 == n - 1 }
        let y = Double(d.year - 1980), leapDays = Double((d.year - 1980) / 4)
        switch (d.month, d.day) {
        case (1, 1): return ("元日", "New Year's Day")
        case (1, _) where monday(2): return ("成人の日", "Coming of Age Day")
        case (2, 11): return ("建国記念の日", "National Foundation Day")
        case (2, 23): return ("天皇誕生日", "The Emperor's Birthday")
        // The equinoxes, by the usual approximation of the astronomical day (good to
        // 2099), which the government announces each February for the next year.
        case (3, _) where d.day == Int(20.8431 + 0.242194 * y - leapDays):
            return ("春分の日", "Vernal Equinox Day")
        case (4, 29): return ("昭和の日", "Showa Day")
        case (5, 3): return ("憲法記念日", "Constitution Memorial Day")
        case (5, 4): return ("みどりの日", "Greenery Day")
        case (5, 5): return ("こどもの日", "Children's Day")
        case (7, _) where monday(3): return ("海の日", "Marine Day")
        case (8, 11): return ("山の日", "Mountain Day")
        case (9, _) where monday(3): return ("敬老の日", "Respect for the Aged Day")
        case (9, _) where d.day == Int(23.2488 + 0.242194 * y - leapDays):
            return ("秋分の日", "Autumnal Equinox Day")
        case (10, _) where monday(2): return ("スポーツの日", "Sports Day")
        case (11, 3): return ("文化の日", "Culture Day")
        case (11, 23): return ("勤労感謝の日", "Labour Thanksgiving Day")
        default: return nil
        }
    }
}
