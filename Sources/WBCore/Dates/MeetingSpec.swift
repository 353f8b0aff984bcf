/// The weekly progress meeting as people write it: `mon 10:00 30m`, `月 10:00 30分`,
/// `monday 9:30` (30 minutes unless a length is given); or a monthly one, on a weekday
/// counted within the month: `毎月第2月曜 10:00`, `2nd mon 10:00`, `last fri 16:00`,
/// or on two or more of them: `第2・第4月曜 10:00`, `1st and 3rd tue 9:30`.
public struct MeetingSpec: Sendable, Equatable {
    public var weekday: Int
    public var time: TimeOfDay
    public var minutes: Int
    /// How many weeks apart, when the spec says it (`隔週`, `every other`: 2; `毎週`,
    /// `every`: 1); nil when it does not (weekly, unless `--meeting-every` says more).
    public var weeks: Int? = nil
    /// For a monthly meeting, the weekday's places in its month, as written and each
    /// once: 1 to 4, or -1 for the last (`第2月曜` [2], `第2・第4月曜` [2, 4],
    /// `last friday` [-1]); empty for a weekly one.
    public var nths: [Int] = []

    /// Whether the meeting is monthly (on weekdays counted within the month).
    public var monthly: Bool { !nths.isEmpty }

    /// The meetings around `day`: the last one before it (a meeting on `day` itself not
    /// counted) and the first one after it. A weekly meeting is on its weekday; one
    /// `every` weeks apart (unless the spec says) keeps to the weeks of its `first`
    /// meeting when it is given (the calendar's first), and without it `day` is taken
    /// as a meeting day. A monthly one is on its weekdays counted in each month.
    public func around(_ day: CivilDate, every: Int = 1, first: CivilDate? = nil) -> (previous: CivilDate, next: CivilDate) {
        if monthly {
            return (monthDay(day, step: -1) { $0 < day }, monthDay(day.adding(days: 1), step: 1) { $0 > day })
        }
        let period = 7 * (weeks ?? every)
        if period == 7 {
            let next = self.day(onOrAfter: day.adding(days: 1)), week = next.adding(days: -7)
            return (week < day ? week : week.adding(days: -7), next)
        }
        guard let first else {
            let next = self.day(onOrAfter: day.adding(days: 1))
            return (day.adding(days: -period), next.adding(days: period - 7))
        }
        // Meetings fall on first + k·period, for every k (before the first too, so that a
        // report made before it still looks a period back).
        let anchor = self.day(onOrAfter: first)
        let back = day.days - anchor.days - 1
        let k = back >= 0 ? back / period : -((period - 1 - back) / period)
        let previous = anchor.adding(days: k * period)
        // `day` itself a meeting day: the next is a period on.
        return (previous, previous.adding(days: day.days - previous.days == period ? 2 * period : period))
    }

    /// How many days before `day` the meeting before it was (a meeting on `day` itself
    /// not counted): 7 on a weekly meeting's day (2 on the Wednesday after a Monday
    /// one), 14 every other week without its first meeting, and for a monthly
    /// one the days back to its meeting day before (28 to 35 when once a month).
    public func daysSincePrevious(_ day: CivilDate, every: Int = 1, first: CivilDate? = nil) -> Int {
        day.days - around(day, every: every, first: first).previous.days
    }

    /// The meeting's day on or after `day`: its weekday, or for a monthly meeting one of
    /// its weekdays counted in the month (where the calendar's first meeting falls).
    public func day(onOrAfter day: CivilDate) -> CivilDate {
        guard monthly else {
            var d = day
            while d.weekday != weekday { d = d.adding(days: 1) }
            return d
        }
        return monthDay(day, step: 1) { $0 >= day }
    }

    /// The first of the monthly meeting's days, in the month of `day` or the first month
    /// from it (`step` months at a time) that has one passing `wanted`: the earliest such
    /// day going forward, the latest going back.
    private func monthDay(_ day: CivilDate, step: Int, _ wanted: (CivilDate) -> Bool) -> CivilDate {
        var month = CivilDate(day.year, day.month, 1)!
        while true {
            let days = nths.compactMap { DateParser.day(nth: $0, weekday: weekday, month: month.month, year: month.year) }.filter(wanted)
            if let d = step > 0 ? days.min() : days.max() { return d }
            month = month.adding(months: step)
        }
    }

    /// The next meeting after `day` (see `around`).
    public func next(after day: CivilDate, every: Int = 1, first: CivilDate? = nil) -> CivilDate {
        around(day, every: every, first: first).next
    }

    /// The meetings held around `day`: how many days back the one before it was, and
    /// the date of the next. One on a holiday is not held (the calendar leaves it out
    /// with EXDATE), so the one before it or after it is meant (a year of them at most).
    /// `every` and `first`: how many weeks apart (`--meeting-every`, where the spec
    /// says none) and where the calendar's first meeting is looked for, whose weeks a
    /// meeting every few weeks keeps to.
    public func held(around day: CivilDate, daysOff: DaysOff, every: Int = 1, first: CivilDate? = nil) -> (since: Int, next: CivilDate) {
        var (previous, next) = around(day, every: every, first: first)
        for _ in 0..<53 {
            let (nextOff, previousOff) = (daysOff.isHoliday(next), daysOff.isHoliday(previous))
            if !nextOff && !previousOff { break }
            if nextOff { next = around(next, every: every, first: first).next }
            if previousOff { previous = around(previous, every: every, first: first).previous }
        }
        return (day.days - previous.days, next)
    }

    /// `第2`, `最終`, or several of them (`第2・第4`, `第1、3`, `第2と最終`, `第2月曜・第4`) at
    /// the start of `s`: their numbers, each once, and what follows. Throws for two
    /// weekdays (`第2月曜・第4火曜`): the meeting is on one.
    static func japaneseOrdinals(_ s: Substring, spec: String) throws(DateError) -> ([Int], Substring)? {
        guard var (n, rest) = DateParser.japaneseOrdinal(s) else { return nil }
        var nths = [n]
        let marks = ["・", "、", ",", "と", "/"]
        while true {
            // 第2月曜・第4月曜: the weekday said after each, the same one.
            if let day = rest.first, "月火水木金土日".contains(day),
               let word = ["曜日", "曜", ""].first(where: { rest.dropFirst().hasPrefix($0) }) {
                let after = rest.dropFirst(1 + word.count)
                if let mark = marks.first(where: { after.hasPrefix($0) }),
                   let (_, r) = DateParser.japaneseOrdinal(after.dropFirst(mark.count)), let other = r.first {
                    if other == day {
                        rest = after
                    } else if "月火水木金土日".contains(other) {
                        throw DateError(message: L("'\(spec)' names two weekdays: a meeting in the month is on one weekday, at one or more places (第2・第4月曜)"))
                    }
                }
            }
            guard let mark = marks.first(where: { rest.hasPrefix($0) }) else { break }
            let after = rest.dropFirst(mark.count)
            if let (m, r) = DateParser.japaneseOrdinal(after) {
                (n, rest) = (m, r)
            } else if let c = after.first, let m = DateParser.ordinalNumbers[c] {   // 第2・4月曜
                (n, rest) = (m, after.dropFirst())
            } else {
                break
            }
            if !nths.contains(n) { nths.append(n) }
        }
        return (nths, rest)
    }

    /// `2nd`, `last`, or several of them (`2nd and 4th`, `1st & 3rd`, `2nd/4th`, `first,
    /// third`) at the start of `parts`, then a weekday: their numbers, each once, and
    /// how many parts they took.
    static func englishOrdinals(_ parts: [String]) -> ([Int], Int)? {
        var nths: [Int] = [], k = 0
        while k < parts.count {
            let words = parts[k].split(whereSeparator: { $0 == "/" || $0 == "&" })
            let places = words.compactMap { DateParser.englishOrdinals[String($0)] }
            guard !words.isEmpty, places.count == words.count else { break }
            for n in places where !nths.contains(n) { nths.append(n) }
            k += 1
            if k + 1 < parts.count, ["and", "&", "/"].contains(parts[k]), DateParser.englishOrdinals[parts[k + 1].split(separator: "/").first.map(String.init) ?? ""] != nil {
                k += 1
            }
        }
        // The weekday, or its plural (`first and third mondays`).
        guard !nths.isEmpty, k < parts.count,
              DateParser.weekday(parts[k]) != nil || (parts[k].hasSuffix("s") && DateParser.weekday(String(parts[k].dropLast())) != nil)
        else { return nil }
        return (nths, k)
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
        // Weekdays counted within the month, before the day: 第2月曜, 最終金曜, 第2・第4月曜,
        // 第1、3水曜, 第2と最終金曜.
        var nths: [Int] = []
        if let (n, rest) = try japaneseOrdinals(Substring(normalized.trimmed), spec: spec) {
            (nths, normalized) = (n, " " + String(rest))
        }
        var parts = normalized.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{3000}" }).map(String.init)
        // In English: monthly, every month, each month (then on the), the 2nd, the
        // last, every first; after the day, of the month, of each month, monthly.
        if parts.first == "monthly" { parts.removeFirst(); monthly = true }
        if parts.count > 1, ["every", "each"].contains(parts[0]), parts[1] == "month" { parts.removeFirst(2); monthly = true }
        // `every 2nd monday` may be every other week or once a month: it takes `of the
        // month` to be read as monthly (`every first`, `every last` are monthly alone).
        var every = false
        if parts.count > 1, ["every", "each"].contains(parts[0]), englishOrdinals(Array(parts.dropFirst())) != nil {
            parts.removeFirst()
            every = true
        }
        while let first = parts.first, first == "on" || first == "the" { parts.removeFirst() }
        if nths.isEmpty, let (n, taken) = englishOrdinals(parts) {
            nths = n
            parts.removeFirst(taken)
        }
        if parts.count > 2, ["of", "in"].contains(parts[1]) {
            var k = 2
            if ["the", "each", "every", "a"].contains(parts[k]) { k += 1 }
            if k < parts.count, parts[k] == "month" { parts.removeSubrange(1...k); monthly = true }
        }
        if parts.count > 1, parts[1] == "monthly" { parts.remove(at: 1); monthly = true }
        if every, nths.count == 1, let n = nths.first, n != 1, n != -1, !monthly {
            throw DateError(message: L("'\(spec)' may be every other week or once a month: write \"every other \(parts.first ?? "mon") …\" or \"the \(n == 2 ? "2nd" : n == 3 ? "3rd" : "4th") \(parts.first ?? "mon") of the month …\""))
        }
        if nths.isEmpty && monthly {
            throw DateError(message: L("a monthly meeting is on a weekday counted within the month, e.g. \"毎月第2月曜 10:00\" or \"2nd mon 10:00\", not '\(spec)'"))
        }
        if !nths.isEmpty, let weeks {
            throw DateError(message: L("'\(spec)' is both every \(weeks) weeks and monthly: give one of them"))
        }
        if nths.contains(5) {
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
        func severalDays() -> DateError {
            DateError(message: L("'\(spec)' is more than one day a week: the progress meeting is one day a week (or every other week, 隔週); give that day, e.g. \"thu 10:00 30m\""))
        }
        // `mon,thu 10:00`, `mon thu 10:00`, `mon and thu 10:00` (the comma splits like a
        // space): two days, refused as 月・木 is below rather than "'thu' is not a time".
        var k = 1
        if k < parts.count, ["and", "&", "と", "+"].contains(parts[k]) { k += 1 }
        if parts.count > k, DateParser.weekday(parts[0]) != nil, DateParser.weekday(parts[k]) != nil {
            throw severalDays()
        }
        guard parts.count >= 2, let wd = DateParser.weekday(parts[0]) else {
            // 月・木, mon/thu, 平日, daily: the progress meeting is one day a week.
            if let first = parts.first {
                let days = first.split(whereSeparator: { "・/&、+と".contains($0) }).map(String.init)
                let several = days.count > 1 && days.allSatisfy { DateParser.weekday($0) != nil }
                if several || ["平日", "毎日", "weekdays", "daily", "everyday", "毎朝"].contains(first) {
                    throw severalDays()
                }
            }
            throw DateError(message: L("write the weekday, time and length, e.g. \"mon 10:00 30m\" or \"木 10:00-10:30\", not '\(spec)'"))
        }
        if let dash = parts[1].firstIndex(of: "-"), parts.count == 2 {
            let start = try DateParser.time(String(parts[1][..<dash]))
            let end = try DateParser.time(String(parts[1][parts[1].index(after: dash)...]))
            let m = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
            guard m > 0 else { throw DateError(message: L("'\(spec)' ends before it starts")) }
            return MeetingSpec(weekday: wd, time: start, minutes: m, weeks: weeks, nths: nths)
        }
        let t = try DateParser.time(parts[1])
        let m = parts.count > 2 ? try DateParser.minutes(parts[2...].joined()) : 30
        if m >= 24 * 60 { throw DateError(message: L("a meeting of \(m) minutes is longer than a day")) }
        return MeetingSpec(weekday: wd, time: t, minutes: m, weeks: weeks, nths: nths)
    }
}
