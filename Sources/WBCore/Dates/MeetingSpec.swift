/// The weekly progress meeting as people write it: `mon 10:00 30m`, `月 10:00 30分`,
/// `monday 9:30` (30 minutes unless a length is given); or a monthly one, on a weekday
/// counted within the month: `毎月第2月曜 10:00`, `2nd mon 10:00`, `last fri 16:00`.
public struct MeetingSpec: Sendable, Equatable {
    public var weekday: Int
    public var time: TimeOfDay
    public var minutes: Int
    /// How many weeks apart, when the spec says it (`隔週`, `every other`: 2; `毎週`,
    /// `every`: 1); nil when it does not (weekly, unless `--meeting-every` says more).
    public var weeks: Int? = nil
    /// For a monthly meeting, the weekday's place in its month: 1 to 4, or -1 for the
    /// last (`第2月曜`, `2nd monday`, `最終金曜`, `last friday`); nil for a weekly one.
    public var nth: Int? = nil

    /// How many days before `day` the meeting before it was (a meeting on `day` itself
    /// not counted), `every` weeks apart unless the spec says: 7 for a weekly meeting,
    /// 14 every other week, and for a monthly one the days back to the month's
    /// meeting day before (28 to 35 from one meeting day to the one before).
    public func daysSincePrevious(_ day: CivilDate, every: Int = 1) -> Int {
        guard nth != nil else { return 7 * (weeks ?? every) }
        return day.days - monthDay(day, step: -1) { $0 < day }.days
    }

    /// The meeting's day on or after `day`: its weekday, or for a monthly meeting its
    /// weekday counted in the month (where the calendar's first meeting falls).
    public func day(onOrAfter day: CivilDate) -> CivilDate {
        guard nth != nil else {
            var d = day
            while d.weekday != weekday { d = d.adding(days: 1) }
            return d
        }
        return monthDay(day, step: 1) { $0 >= day }
    }

    /// The monthly meeting's day in the month of `day` or the first month from it
    /// (`step` months at a time) whose day passes `wanted`.
    private func monthDay(_ day: CivilDate, step: Int, _ wanted: (CivilDate) -> Bool) -> CivilDate {
        var month = CivilDate(day.year, day.month, 1)!
        while true {
            if let d = DateParser.day(nth: nth!, weekday: weekday, month: month.month, year: month.year), wanted(d) { return d }
            month = month.adding(months: step)
        }
    }

    /// The next meeting after `day`: the month's meeting day after it for a monthly
    /// meeting; for one every `weeks`, the next such weekday and the weeks after it
    /// (exact when `day` is a meeting day, as a report made at the meeting is).
    public func next(after day: CivilDate, every: Int = 1) -> CivilDate {
        let d = self.day(onOrAfter: day.adding(days: 1))
        return nth != nil ? d : d.adding(days: 7 * ((weeks ?? every) - 1))
    }

    /// The meetings held around `day`: how many days back the one before it was, and
    /// the date of the next. One on a holiday is not held (the calendar leaves it out
    /// with EXDATE), so the one before it or after it is meant (a year of them at most).
    public func held(around day: CivilDate, daysOff: DaysOff) -> (since: Int, next: CivilDate) {
        var next = self.next(after: day), since = daysSincePrevious(day)
        for _ in 0..<53 {
            let previous = day.adding(days: -since)
            let (nextOff, previousOff) = (daysOff.isHoliday(next), daysOff.isHoliday(previous))
            if !nextOff && !previousOff { break }
            if nextOff { next = self.next(after: next) }
            if previousOff { since += daysSincePrevious(previous) }
        }
        return (since, next)
    }

    /// How many weeks apart the meetings are, as people write it: `weekly`, `1w`,
    /// `biweekly`, `2 weeks`, `隔週`, `3週`; 1 to 52, nil for anything else.
    public static func weeks(_ spec: String) -> Int? {
        let s = spec.foldingWidth.trimmed.lowercased()
        switch s {
        case "weekly", "1", "毎週": return 1
        case "biweekly", "隔週": return 2
        default:
            let n = s.hasSuffix("weeks") ? String(s.dropLast(5)) : s.hasSuffix("週") ? String(s.dropLast()) : s.hasSuffix("w") ? String(s.dropLast()) : s
            guard let k = Int(n.trimmed), (1...52).contains(k) else { return nil }
            return k
        }
    }

    /// Throws a message for people, naming no option: the caller says where it came from.
    /// Also a start and an end (`木 10:00-10:30`, `thu 10:00〜10:30`), the spoken forms
    /// `木曜 10時から30分`, `毎週月曜の10時から30分`, `every monday at 10:00 for 30m`,
    /// `mondays 10:00`, and how often: `隔週木曜 10:00`, `every other thu 10:00`.
    public static func parse(_ spec: String) throws(DateError) -> MeetingSpec {
        var normalized = spec.foldingWidth.lowercased()
            .replacingOccurrences("から", " ").replacingOccurrences("〜", "-").replacingOccurrences("~", "-")
            .replacingOccurrences("–", "-").replacingOccurrences("より", " ")
            .replacingOccurrences("曜日の", "曜日 ").replacingOccurrences("曜の", "曜 ")
        // How often, before the day: 毎週 and 隔週 (written on to the day or apart),
        // every, every other, weekly, biweekly, fortnightly.
        var weeks: Int?
        var monthly = false
        for (word, n) in [("毎週", 1), ("隔週", 2), ("毎月", 0)] where normalized.trimmed.hasPrefix(word) {
            var rest = normalized.trimmed.dropFirst(word.count)
            if rest.hasPrefix("の") { rest = rest.dropFirst() }   // 隔週の月曜
            normalized = " " + String(rest)
            if n == 0 { monthly = true } else { weeks = n }
        }
        // A weekday counted within the month, before the day: 第2月曜, 最終金曜.
        var nth: Int?
        if let (n, rest) = DateParser.japaneseOrdinal(Substring(normalized.trimmed)) {
            (nth, normalized) = (n, " " + String(rest))
        }
        var parts = normalized.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{3000}" }).map(String.init)
        // In English: monthly, every month, each month (then on the), the 2nd, the
        // last, every first; after the day, of the month, of each month, monthly.
        if parts.first == "monthly" { parts.removeFirst(); monthly = true }
        if parts.count > 1, ["every", "each"].contains(parts[0]), parts[1] == "month" { parts.removeFirst(2); monthly = true }
        // `every 2nd monday` may be every other week or once a month: it takes `of the
        // month` to be read as monthly (`every first`, `every last` are monthly alone).
        var every = false
        if parts.count > 1, ["every", "each"].contains(parts[0]), DateParser.englishOrdinals[parts[1]] != nil {
            parts.removeFirst()
            every = true
        }
        while let first = parts.first, first == "on" || first == "the" { parts.removeFirst() }
        if nth == nil, parts.count > 1, let n = DateParser.englishOrdinals[parts[0]], DateParser.weekday(parts[1]) != nil {
            nth = n
            parts.removeFirst()
        }
        if parts.count > 2, ["of", "in"].contains(parts[1]) {
            var k = 2
            if ["the", "each", "every", "a"].contains(parts[k]) { k += 1 }
            if k < parts.count, parts[k] == "month" { parts.removeSubrange(1...k); monthly = true }
        }
        if parts.count > 1, parts[1] == "monthly" { parts.remove(at: 1); monthly = true }
        if every, let n = nth, n != 1, n != -1, !monthly {
            throw DateError(message: L("'\(spec)' may be every other week or once a month: write \"every other \(parts.first ?? "mon") …\" or \"the \(n == 2 ? "2nd" : n == 3 ? "3rd" : "4th") \(parts.first ?? "mon") of the month …\""))
        }
        if nth == nil && monthly {
            throw DateError(message: L("a monthly meeting is on a weekday counted within the month, e.g. \"毎月第2月曜 10:00\" or \"2nd mon 10:00\", not '\(spec)'"))
        }
        if nth != nil, let weeks {
            throw DateError(message: L("'\(spec)' is both every \(weeks) weeks and monthly: give one of them"))
        }
        if nth == 5 {
            throw DateError(message: L("'\(spec)': not every month has a fifth one of its weekdays; for the last of the month write 最終 or last"))
        }
        // `木曜10時`, `木10:00`, `木曜午後2時`: in Japanese the day runs on into the time.
        if let first = parts.first, let day = first.first, "月火水木金土日".contains(day) {
            var cut = first.index(after: first.startIndex)
            for word in ["曜日", "曜"] where first[cut...].hasPrefix(word) {
                cut = first.index(cut, offsetBy: word.count)
                break
            }
            let rest = first[cut...]
            if rest.first.map({ $0.isASCII && $0.isNumber }) == true || rest.hasPrefix("午前") || rest.hasPrefix("午後") {
                parts[0] = String(first[..<cut])
                parts.insert(String(first[cut...]), at: 1)
            }
        }
        let often = ["every": 1, "each": 1, "weekly": 1, "biweekly": 2, "fortnightly": 2]
        if weeks == nil, let first = parts.first, let n = often[first] {
            parts.removeFirst()
            weeks = n
            if n == 1, parts.first == "other" { parts.removeFirst(); weeks = 2 }
        }
        // Words between the parts: `on mon`, `at 10:00`, `for 30m`; `mondays`.
        parts.removeAll { $0 == "on" || $0 == "at" || $0 == "for" }
        if let first = parts.first, first.hasSuffix("s"), DateParser.weekday(first) == nil,
           DateParser.weekday(String(first.dropLast())) != nil {
            parts[0].removeLast()
        }
        // `thu 2:30 pm 45m`: the half of the day goes with the time before it.
        if parts.count >= 3, ["am", "pm", "a.m.", "p.m."].contains(parts[2]) {
            parts[1] += parts.remove(at: 2)
        }
        guard parts.count >= 2, let wd = DateParser.weekday(parts[0]) else {
            // 月・木, mon/thu, 平日, daily: the progress meeting is one day a week.
            if let first = parts.first {
                let days = first.split(whereSeparator: { "・/&、+".contains($0) }).map(String.init)
                let several = days.count > 1 && days.allSatisfy { DateParser.weekday($0) != nil }
                if several || ["平日", "毎日", "weekdays", "daily", "everyday", "毎朝"].contains(first) {
                    throw DateError(message: L("'\(spec)' is more than one day a week: the progress meeting is one day a week (or every other week, 隔週); give that day, e.g. \"木 10:00 30分\""))
                }
            }
            throw DateError(message: L("write the weekday, time and length, e.g. \"mon 10:00 30m\" or \"木 10:00-10:30\", not '\(spec)'"))
        }
        if let dash = parts[1].firstIndex(of: "-"), parts.count == 2 {
            let start = try DateParser.time(String(parts[1][..<dash]))
            let end = try DateParser.time(String(parts[1][parts[1].index(after: dash)...]))
            let m = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
            guard m > 0 else { throw DateError(message: L("'\(spec)' ends before it starts")) }
            return MeetingSpec(weekday: wd, time: start, minutes: m, weeks: weeks, nth: nth)
        }
        let t = try DateParser.time(parts[1])
        let m = parts.count > 2 ? try DateParser.minutes(parts[2...].joined()) : 30
        if m >= 24 * 60 { throw DateError(message: L("a meeting of \(m) minutes is longer than a day")) }
        return MeetingSpec(weekday: wd, time: t, minutes: m, weeks: weeks, nth: nth)
    }
}
