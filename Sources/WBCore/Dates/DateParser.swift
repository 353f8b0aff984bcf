/// How to complete and correct dates written without a year or with a day too many.
public struct DateContext: Sendable {
    /// The year for dates written without one (`--year`).
    public var year: Int?
    /// Otherwise such a date is the first on or after this one (the plan's start or --today).
    public var anchor: CivilDate?
    /// Past a month's end, use its last day instead of failing (`--clamp`).
    public var clamp = false

    public init(year: Int? = nil, anchor: CivilDate? = nil, clamp: Bool = false) {
        self.year = year
        self.anchor = anchor
        self.clamp = clamp
    }

    /// The year of a date written without one (`month`/`day`): `year`, else the first
    /// such day on or after the anchor; nil with neither.
    func impliedYear(month: Int, day: Int) -> Int? {
        if let year { return year }
        guard let a = anchor else { return nil }
        return (month, day) < (a.month, a.day) ? a.year + 1 : a.year
    }

    /// Parses the next date of a sequence (a timeline): without --year, each later
    /// year-less date is read on or after this one, so 11/30 then 1/15 crosses a year.
    public mutating func parseNext(_ s: String) throws(DateError) -> CivilDate {
        let d = try DateParser.parse(s, self)
        if year == nil { anchor = d }
        return d
    }
}

/// A date that could not be read; the message is for people ("November has 30 days").
public struct DateError: Error, Sendable {
    public let message: String
    /// Not written like a date at all (not an impossible one, like 11/31): where a date
    /// may also be said from today, the message says so.
    public var unreadable = false
}

/// Parses dates as people write them: `2026-07-31`, `2026/7/31`, `7/31`, `7月31日`,
/// `2026年7月31日`, `令和8年7月31日`, full-width digits, English month names (`Jul 31`),
/// a weekday in parentheses (`7/31(金)`, checked). Output is always a valid date.
public enum DateParser {
    static let eras: [(String, Int)] = [("令和", 2019), ("平成", 1989), ("昭和", 1926)]

    public static func parse(_ input: String, _ ctx: DateContext = DateContext()) throws(DateError) -> CivilDate {
        // A day in ISO form, as nearly every table holds its dates, read from its bytes
        // (what the rest would make of it; a milestones table of 100k rows took 1.3 s
        // in the words that make a date vague).
        var bytes = input
        if let d = bytes.withUTF8({ CivilDate.iso($0) ?? numeric($0, ctx) ?? kanjiNumeric($0, ctx) }) { return d }
        return try fullParse(input, ctx)
    }

    /// The whole reading, every form and every error (what `parse` gives for a date its
    /// short ways do not read).
    static func fullParse(_ input: String, _ ctx: DateContext) throws(DateError) -> CivilDate {
        var s = withoutDeadlineWord(input.foldingWidth.trimmed)
        if s.isEmpty { throw DateError(message: L("the date is empty")) }
        // The weekday as Japanese business writing adds it, 7/31(金), 2026年7月31日（金曜日）,
        // or 2026-07-31 (Fri): set aside here, checked against the date at the end.
        var weekday: (day: Int, text: String)?
        if s.hasSuffix(")"), let open = s.lastIndex(of: "(") {
            let inner = String(s[s.index(after: open)..<s.index(before: s.endIndex)]).trimmed
            if let w = DateParser.weekday(inner), inner.count <= 9 {
                weekday = (w, inner)
                s = String(s[..<open]).trimmed
            }
        }
        // Or first, before a comma, as a long English date has it: Friday, July 31, 2026.
        if weekday == nil, let comma = s.firstIndex(of: ","), case let w = String(s[..<comma]).trimmed,
           w.count <= 9, let day = DateParser.weekday(w) {
            weekday = (day, w)
            s = String(s[s.index(after: comma)...]).trimmed
        }
        // A date cell a spreadsheet wrote with its time (2026/7/31 0:00,
        // 2026-07-31T00:00:00): the day, when the time is midnight.
        if let (day, time) = splitTimeOfDay(s) {
            guard time.allSatisfy({ $0 == "0" || $0 == ":" || $0 == "." }) else {
                throw DateError(message: L("'\(input)' has a time of day: a date here is a day; write it without the time"))
            }
            s = day
        }
        let date: CivilDate
        do { date = try parseDate(s, input: input, ctx) } catch where error.unreadable {
            // 来週金曜 or +1w typed into a table: a day said from today, which would move
            // every time the plan is read.
            if relative(input, today: CivilDate(2026, 1, 1)!) != nil {  // (any today: whether it reads as one)
                throw DateError(message: L("'\(input)' is said from today, and a date in a table must stay one day: write the date itself"), unreadable: true)
            }
            throw error
        }
        if let weekday, date.weekday != weekday.day {
            var message = L("'\(input)': \(date.iso) is a \(CivilDate.weekdayName(date.weekday)), not \(weekday.text)")
            // Written without its year, the weekday may say which year was meant (9月30日(水)
            // read as next year's): name the neighbouring year where it falls so.
            for y in [date.year - 1, date.year + 1] {
                var other = ctx
                other.year = y
                if let d = try? parseDate(s, input: input, other), d.year == y, d.weekday == weekday.day {
                    message += L("; \(d.iso) is a \(CivilDate.weekdayName(d.weekday)): write the year, or give --year \(y)")
                    break
                }
            }
            throw DateError(message: message)
        }
        return date
    }

    /// `2026/7/31`, `2026-7-31`, `2026.7.31`, `7/31`: ASCII digits apart by one kind of
    /// separator, read from the bytes, as Japanese Excel saves a date cell and as people
    /// type one. The day the full reading gives, or nil where that reading has more to
    /// say (an error, a month's end, `--clamp`): a table of 100k such dates took ~19 µs a
    /// date in the words and forms checked before the numbers.
    static func numeric(_ s: UnsafeBufferPointer<UInt8>, _ ctx: DateContext) -> CivilDate? {
        // The numbers before the separators (at most two), and the one being read.
        var first = 0, firstDigits = 0, second = 0
        var separators = 0, value = 0, count = 0
        var sep: UInt8 = 0
        for c in s {
            let v = c &- 0x30
            if v <= 9 {
                value = value * 10 + Int(v)
                count += 1
                if count > 8 { return nil }
                continue
            }
            guard c == 0x2F || c == 0x2D || c == 0x2E, count > 0, separators < 2, sep == 0 || sep == c else { return nil }
            sep = c
            if separators == 0 { (first, firstDigits) = (value, count) } else { second = value }
            separators += 1
            (value, count) = (0, 0)
        }
        guard count > 0, separators >= 1 else { return nil }
        // The year first, in four digits, as the full reading wants it.
        if separators == 2 { return firstDigits == 4 ? day(year: first, month: second, day: value, ctx) : nil }
        return day(year: nil, month: first, day: value, ctx)
    }

    /// `2026年7月31日` and `7月31日`, as Japanese is typed into a spreadsheet: digits
    /// before 年 (first, four of them), 月 and 日 (last), read from the bytes as `numeric`
    /// reads its forms; nil for anything else (full-width digits, a weekday after it,
    /// まで, 7月末), which the full reading takes.
    static func kanjiNumeric(_ s: UnsafeBufferPointer<UInt8>, _ ctx: DateContext) -> CivilDate? {
        var numbers = (0, 0, 0), firstDigits = 0, read = 0, value = 0, count = 0, i = 0
        var withYear = false
        while i < s.count {
            let v = s[i] &- 0x30
            if v <= 9 {
                value = value * 10 + Int(v)
                count += 1
                if count > 8 { return nil }
                i += 1
                continue
            }
            guard count > 0, i + 3 <= s.count else { return nil }
            switch (s[i], s[i + 1], s[i + 2]) {
            case (0xE5, 0xB9, 0xB4):  // 年, only first
                guard read == 0 else { return nil }
                withYear = true
            case (0xE6, 0x9C, 0x88):  // 月
                guard read == (withYear ? 1 : 0) else { return nil }
            case (0xE6, 0x97, 0xA5):  // 日, only last
                guard read == (withYear ? 2 : 1), i + 3 == s.count else { return nil }
            default:
                return nil
            }
            switch read {
            case 0: (numbers.0, firstDigits) = (value, count)
            case 1: numbers.1 = value
            default: numbers.2 = value
            }
            read += 1
            (value, count) = (0, 0)
            i += 3
        }
        guard count == 0, read == (withYear ? 3 : 2) else { return nil }
        if withYear { return firstDigits == 4 ? day(year: numbers.0, month: numbers.1, day: numbers.2, ctx) : nil }
        return day(year: nil, month: numbers.0, day: numbers.1, ctx)
    }

    /// The day the short ways read, as the full reading completes it: a date without a
    /// year in `ctx`'s year, else the first such day on or after its anchor; nil where
    /// the full reading has more to say (no year to take, a day that does not exist).
    private static func day(year: Int?, month: Int, day: Int, _ ctx: DateContext) -> CivilDate? {
        guard let y = year ?? ctx.impliedYear(month: month, day: day), (1000...9999).contains(y) else { return nil }
        return CivilDate(y, month, day)
    }

    /// A date and a time of day after it (a space or `T` between, the time `h:mm`,
    /// `h:mm:ss` or with a fraction of a second, no zone), split; nil for anything else.
    static func splitTimeOfDay(_ s: String) -> (day: String, time: Substring)? {
        guard let sep = s.lastIndex(where: { $0 == " " || $0 == "T" }), sep > s.startIndex,
              s[s.index(before: sep)].isNumber else { return nil }
        let time = s[s.index(after: sep)...]
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), (1...2).contains(parts[0].count),
              parts.enumerated().allSatisfy({ i, p in
                  let digits = i == 2 ? p.split(separator: ".", maxSplits: 1).first ?? "" : p
                  return (i == 0 || digits.count == 2) && p.allSatisfy { $0.isASCII && ($0.isNumber || (i == 2 && $0 == ".")) }
              }) else { return nil }
        return (String(s[..<sep]).trimmed, time)
    }

    /// A date said as a deadline, `7/31まで`, `金曜までに`, `by Friday`: the date alone.
    static func withoutDeadlineWord(_ s: String) -> String {
        for suffix in ["までに", "まで"] where s.hasSuffix(suffix) && s.count > suffix.count {
            return String(s.dropLast(suffix.count)).trimmed
        }
        // 今週中に, 5月中に: within the span, by its end.
        if s.hasSuffix("中に") && s.count > 2 { return String(s.dropLast()) }
        if s.count > 3, s.prefix(3).lowercased() == "by " { return String(s.dropFirst(3)).trimmed }
        return s
    }

    /// Whether a date is said as a deadline, its own day included: by a day (`金曜まで`,
    /// `7/31までに`, `by fri`) or by the end of a span (`今週中`, `5月中`, `月末`, `年内`,
    /// `10日以内`, `今週いっぱい`, `end of month`, `eow`, `within 10 days`). A plain date,
    /// a weekday (`金曜`) or one from a milestone (`M2`) is not.
    public static func isDeadline(_ input: String) -> Bool {
        let s = input.foldingWidth.trimmed.lowercased()
        // By a day: the words `withoutDeadlineWord` takes off (まで, までに, 中に, by).
        if withoutDeadlineWord(s) != s { return true }
        // By the end of a span, as `relative` reads them.
        for suffix in ["中", "いっぱい", "末", "内"] where s.hasSuffix(suffix) && s.count > suffix.count { return true }
        for prefix in ["within ", "end of "] where s.hasPrefix(prefix) && s.count > prefix.count { return true }
        return ["eod", "eow", "eom", "eoy"].contains(s)
    }

    /// English month names, full or in three letters: `Jul 31`, `July 31, 2026`,
    /// `31 Jul 2026`; nil for anything else.
    static func englishMonth(_ s: Substring) -> (year: Int?, month: Int, day: Int)? {
        // Hyphens as English Excel writes a date cell into CSV: 31-Jul, 31-Jul-26.
        let hyphens = s.contains("-")
        let words = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
        guard words.count == 2 || words.count == 3 else { return nil }
        func number(_ w: String, digits: ClosedRange<Int>) -> Int? {
            guard digits.contains(w.count), w.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(w)
        }
        var year: Int?
        if words.count == 3 {
            // Excel's d-mmm-yy: a two-digit year is this century's (the month a word,
            // nothing else is in doubt).
            if hyphens, let y = number(words[2], digits: 2...2) { year = 2000 + y }
            else {
                guard let y = number(words[2], digits: 4...4) else { return nil }
                year = y
            }
        }
        // (With hyphens only day first: Excel's Jul-26 is mmm-yy, a month.)
        if !hyphens, let m = CivilDate.month(named: words[0]), let d = number(words[1], digits: 1...2) { return (year, m, d) }
        if let d = number(words[0], digits: 1...2), let m = CivilDate.month(named: words[1]) { return (year, m, d) }
        return nil
    }

    /// The end of a month in English: `end of July`, `end of Jul 2026`; nil otherwise.
    static func englishMonthEnd(_ s: Substring) -> (year: Int?, month: Int)? {
        let words = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard words.count == 3 || words.count == 4, words[0] == "end", words[1] == "of",
              let m = CivilDate.month(named: words[2].hasSuffix(".") ? String(words[2].dropLast()) : words[2]) else { return nil }
        if words.count == 3 { return (nil, m) }
        guard words[3].count == 4, let y = Int(words[3]) else { return nil }
        return (y, m)
    }

    /// Which weekday of a month English counts: first to fifth (1st to 5th), and last.
    static let englishOrdinals = ["1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3, "4th": 4, "fourth": 4,
                                  "5th": 5, "fifth": 5, "last": -1]

    /// The numbers a place in the month is written with after 第 (第2, 第二).
    static let ordinalNumbers: [Character: Int] = ["1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5]

    /// `第2`, `第二` (1 to 5) or `最終`, `最後の` (-1) at the start of `s`, and what follows.
    static func japaneseOrdinal(_ s: Substring) -> (nth: Int, rest: Substring)? {
        if s.hasPrefix("第"), let c = s.dropFirst().first, let n = ordinalNumbers[c] { return (n, s.dropFirst(2)) }
        if let p = ["最終", "最後の"].first(where: { s.hasPrefix($0) }) { return (-1, s.dropFirst(p.count)) }
        return nil
    }

    /// A weekday counted within a month, as a recurring meeting or a company's day is
    /// said: `12月第2月曜`, `2026年12月の第2月曜日`, `7月第三金曜`, `3月最終金曜`,
    /// `2nd Monday of December`, `the last Friday in July 2027`. The year (nil when
    /// not written), the month, which one (1 to 5, or -1 for the last) and the weekday
    /// (Sunday 0); nil for anything else.
    static func nthWeekday(_ s: Substring) -> (year: Int?, month: Int, nth: Int, weekday: Int)? {
        if s.contains(where: { $0.isASCII && $0.isLetter }) {
            var words = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            if words.first == "the" { words.removeFirst() }
            guard words.count == 4 || words.count == 5, words[2] == "of" || words[2] == "in",
                  let nth = englishOrdinals[words[0]],
                  let wd = weekday(words[1]), let m = CivilDate.month(named: words[3].hasSuffix(".") ? String(words[3].dropLast()) : words[3])
            else { return nil }
            if words.count == 4 { return (nil, m, nth, wd) }
            guard words[4].count == 4, words[4].allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(words[4]) else { return nil }
            return (y, m, nth, wd)
        }
        // 2026年12月の第2月曜日: the year and month as numbers before 月, then 第N or 最終.
        guard let monthMark = s.firstIndex(of: "月") else { return nil }
        var after = s[s.index(after: monthMark)...]
        if after.hasPrefix("の") { after = after.dropFirst() }
        guard let (nth, rest) = japaneseOrdinal(after) else { return nil }
        // The year as a Japanese era may give it (令和9年1月第2金曜).
        var head = s[..<monthMark], era: Int?
        for (name, base) in eras where head.hasPrefix(name) { (era, head) = (base, head.dropFirst(name.count)) }
        guard let wd = weekday(String(rest)), let parts = splitNumbers(head), (1...2).contains(parts.count) else { return nil }
        if parts.count == 2 {
            if let era { return (era + parts[0].n - 1, parts[1].n, nth, wd) }
            if parts[0].digits != 4 { return nil }
        } else if era != nil {
            return nil
        }
        return (parts.count == 2 ? parts[0].n : nil, parts[parts.count - 1].n, nth, wd)
    }

    /// The `nth` `weekday` of a month (-1: its last); nil when the month has no such
    /// day (a fifth Monday).
    static func day(nth: Int, weekday: Int, month: Int, year: Int) -> CivilDate? {
        guard let first = CivilDate(year, month, 1) else { return nil }
        if nth < 0 {
            let last = CivilDate(year, month, CivilDate.daysIn(month: month, year: year))!
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        }
        let d = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
        return d.month == month ? d : nil
    }

    /// Words that make a date a span of days, not one: 下旬, 9月頃, mid July.
    static func isVague(_ s: String) -> Bool {
        let l = s.lowercased()
        return ["上旬", "中旬", "下旬", "初旬", "頃", "ごろ", "前半", "後半", "週明け", "週の頭", "週頭", "月初", "月頭"].contains { s.holds($0) }
            || ["early ", "mid ", "mid-", "late "].contains { l.hasPrefix($0) }
    }

    private static func parseDate(_ s: String, input: String, _ ctx: DateContext) throws(DateError) -> CivilDate {
        var year: Int?
        var month: Int
        var day: Int
        var rest = Substring(s)
        if isVague(s) {
            throw DateError(message: L("'\(input)' is not one day: write the day (7/25) or the month's end (7月末, end of July)"))
        }
        if let n = nthWeekday(rest) { return try nthWeekdayDate(n, input: input, ctx) }
        // The end of a month, 7月末 or end of July: its last day, once the year is known.
        // By the end of a month, as a deadline says it: 7月中, 7月いっぱい, as 7月末.
        var monthEnd = false
        for suffix in ["月末", "月中", "月いっぱい"] where rest.hasSuffix(suffix) && !monthEnd {
            rest = rest.dropLast(suffix.count); monthEnd = true
        }
        // Japanese era: 令和8年7月31日, 令和元年; or by its letter, as Japanese Excel's
        // date format ge.m.d writes it: R8.7.31, H31/4/30.
        var eraBase: Int?
        for (name, base) in eras where rest.hasPrefix(name) {
            eraBase = base
            rest = rest.dropFirst(name.count)
        }
        if eraBase == nil, let letter = rest.first, let base = ["R": 2019, "H": 1989, "S": 1926][letter.uppercased()],
           let next = rest.dropFirst().first, next.isASCII && next.isNumber || next == "元" {
            eraBase = base
            rest = rest.dropFirst()
        }
        if eraBase == nil, rest.contains(where: { $0.isASCII && $0.isLetter }) {
            if let e = englishMonthEnd(rest) {
                (year, month, day) = (e.year, e.month, 0)
                monthEnd = true
            } else {
                guard let e = englishMonth(rest) else {
                    // May, May 2027, Jul-26 (Excel's mmm-yy): a month, not one of its days.
                    let words = rest.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" })
                    if (1...2).contains(words.count), let m = CivilDate.month(named: String(words[0])),
                       words.count == 1 || words[1].allSatisfy(\.isNumber) { throw aMonth(input, m) }
                    throw notADate(input)
                }
                (year, month, day) = e
            }
        } else {
            let parts = splitNumbers(rest)
            guard let parts else {
                // 5月, 2027年5月: a month, not one of its days.
                if rest.hasSuffix("月"), let p = splitNumbers(rest.dropLast()), (1...2).contains(p.count), (1...12).contains(p[p.count - 1].n) {
                    throw aMonth(input, p[p.count - 1].n)
                }
                throw notADate(input)
            }
            switch parts.count {
            case 1 where monthEnd && eraBase == nil:
                (month, day) = (parts[0].n, 0)
            case 2 where monthEnd:
                (year, month, day) = (eraBase.map { $0 + parts[0].n - 1 } ?? parts[0].n, parts[1].n, 0)
                if eraBase == nil && parts[0].digits < 4 { throw notADate(input) }
            case _ where monthEnd:
                throw notADate(input)
            case 3:
                (year, month, day) = (parts[0].n, parts[1].n, parts[2].n)
                if let b = eraBase { year = b + parts[0].n - 1 }
                else if parts[0].digits < 4 && parts[2].digits == 4 {
                    throw yearLast(input, parts[0].n, parts[1].n, parts[2].n)
                } else if parts[0].digits < 4 {
                    throw DateError(message: L("'\(input)' is ambiguous: write the year with four digits (2026-07-31)"))
                }
            case 2:
                if eraBase != nil { throw notADate(input) }
                (month, day) = (parts[0].n, parts[1].n)
            case 1 where parts[0].digits == 5 && eraBase == nil && !monthEnd && (36526...73050).contains(parts[0].n):
                // A date cell saved as a number: days since 1899-12-30 (2000 to 2099).
                let d = CivilDate(1899, 12, 30)!.adding(days: parts[0].n)
                throw DateError(message: L("'\(input)' looks like a spreadsheet's serial number of a day (\(d.iso)): format the column as dates before saving, or write \(d.iso)"))
            case 1 where parts[0].digits == 8 && eraBase == nil:
                let n = parts[0].n
                (year, month, day) = (n / 10000, (n / 100) % 100, n % 100)
            default:
                throw notADate(input)
            }
        }
        guard (1...12).contains(month) else {
            throw DateError(message: L("'\(input)': month \(month) does not exist (months are 1 to 12)"))
        }
        if year == nil {
            // A month's end is its last day in the anchor's year.
            let d = monthEnd ? ctx.anchor.map { CivilDate.daysIn(month: month, year: $0.year) } ?? day : day
            guard let y = ctx.impliedYear(month: month, day: d) else {
                throw DateError(message: L("'\(input)' has no year: give one, or --year"))
            }
            year = y
        }
        let y = year!
        // Four-digit years only: 0226 or 20266 is a slip of the keyboard, not a plan.
        guard (1000...9999).contains(y) else {
            throw DateError(message: L("'\(input)': the year \(y) is out of range (1000 to 9999)"))
        }
        let dim = CivilDate.daysIn(month: month, year: y)
        if monthEnd { day = dim }
        if day < 1 { throw DateError(message: L("'\(input)': day \(day) does not exist")) }
        if day > dim {
            if ctx.clamp { day = dim } else {
                let name = month == 2 ? L("February \(y)") : CivilDate.monthName(month)
                throw DateError(message: L("'\(input)' is not a date: \(name) has \(dim) days"))
            }
        }
        return CivilDate(y, month, day)!
    }

    /// The day `nthWeekday` read: in its year, else `ctx`'s, else the first such day on
    /// or after the anchor.
    private static func nthWeekdayDate(_ n: (year: Int?, month: Int, nth: Int, weekday: Int), input: String,
                                       _ ctx: DateContext) throws(DateError) -> CivilDate {
        guard (1...12).contains(n.month) else {
            throw DateError(message: L("'\(input)': month \(n.month) does not exist (months are 1 to 12)"))
        }
        func inYear(_ y: Int) throws(DateError) -> CivilDate {
            guard (1000...9999).contains(y) else { throw DateError(message: L("'\(input)': the year \(y) is out of range (1000 to 9999)")) }
            guard let d = day(nth: n.nth, weekday: n.weekday, month: n.month, year: y) else {
                throw DateError(message: L("'\(input)': \(CivilDate.monthName(n.month)) \(String(y)) has no fifth \(CivilDate.weekdayName(n.weekday))"))
            }
            return d
        }
        if let y = n.year ?? ctx.year { return try inYear(y) }
        guard let a = ctx.anchor else { throw DateError(message: L("'\(input)' has no year: give one, or --year")) }
        // This year's, unless it is past. A fifth weekday that a month still to come this
        // year lacks is an error naming that month, not next year's.
        let thisYear = day(nth: n.nth, weekday: n.weekday, month: n.month, year: a.year)
        if let d = thisYear, d >= a { return d }
        if thisYear == nil && n.month >= a.month { return try inYear(a.year) }
        return try inYear(a.year + 1)
    }

    /// A month given where a day is wanted (5月, May 2027): the error names the forms
    /// of its days.
    private static func aMonth(_ s: String, _ m: Int) -> DateError {
        let last = CivilDate.daysIn(month: m, year: 2001)
        return DateError(message: L("'\(s)' is a month, not one day: write the day (\(m)/\(last)) or the month's end (\(m)月末, end of \(CivilDate.monthNames[m - 1]))"))
    }

    /// 7/31/2026 or 31/7/2026: the year last, as the US and Europe write it. Refused,
    /// as 7/8/2026 could be either; the error names the day it can be.
    private static func yearLast(_ input: String, _ a: Int, _ b: Int, _ y: Int) -> DateError {
        let mdy = CivilDate(y, a, b), dmy = CivilDate(y, b, a)
        switch (mdy, dmy) {
        case let (m?, d?) where m != d:
            return DateError(message: L("'\(input)' has its year last, and could be \(m.iso) or \(d.iso): write it year first"))
        case let (m?, _), let (nil, m?):
            return DateError(message: L("'\(input)' has its year last: write it year first, \(m.iso)"))
        default:
            return notADate(input)
        }
    }

    private static func notADate(_ s: String) -> DateError {
        DateError(message: L("'\(s)' is not a date; write 2026-07-31, 2026/7/31, 7/31 or 2026年7月31日"), unreadable: true)
    }

    /// Splits `2026-07-31`, `2026/7/31`, `2026.7.31`, `2026年7月31日`, `7/31`, `7月31日`
    /// into numbers; nil when anything else is in the way.
    static func splitNumbers(_ s: Substring) -> [(n: Int, digits: Int)]? {
        var out: [(Int, Int)] = []
        var cur = 0, digits = 0
        var lastSep: Character?
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if let v = c.wholeNumberValue, c.isASCII {
                cur = cur * 10 + v
                digits += 1
                if digits > 8 { return nil }
            } else if c == "元" && out.isEmpty && digits == 0 {
                cur = 1; digits = 1
            } else if "-/.年月日".contains(c) {
                if digits == 0 { return nil }
                if let l = lastSep, "-/.".contains(l), "-/.".contains(c), l != c { return nil }
                out.append((cur, digits))
                cur = 0; digits = 0
                lastSep = c
                if c == "日" { i = s.index(after: i); if i != s.endIndex { return nil }; return out }
            } else if c == " " {
                // allow "2026年 7月 31日"
            } else {
                return nil
            }
            i = s.index(after: i)
        }
        if digits > 0 { out.append((cur, digits)) } else if let l = lastSep, l != "日" { return nil }
        return out
    }

    /// `10:00`, `9:30`, `10時`, `10時30分`.
    public static func time(_ input: String) throws(DateError) -> TimeOfDay {
        var s = input.foldingWidth.trimmed.lowercased()
        // The half of the day: 10am, 2:30 pm, 午前10時, 午後2時半 (12am is midnight,
        // 12pm noon; 午後0時 noon).
        var pm: Bool?
        for (suffix, isPM) in [("am", false), ("pm", true), ("a.m.", false), ("p.m.", true)] where s.hasSuffix(suffix) {
            pm = isPM
            s = String(s.dropLast(suffix.count)).trimmed
        }
        for (prefix, isPM) in [("午前", false), ("午後", true)] where pm == nil && s.hasPrefix(prefix) {
            pm = isPM
            s = String(s.dropFirst(prefix.count)).trimmed
        }
        var h: Int?, m = 0
        if let c = s.firstIndex(of: ":") {
            h = Int(s[..<c]); guard let mm = Int(s[s.index(after: c)...]) else { throw badTime(input) }
            m = mm
        } else if let c = s.firstIndex(of: "時") {
            h = Int(s[..<c])
            let r = s[s.index(after: c)...]
            if r == "半" {
                m = 30
            } else if !r.isEmpty {
                guard r.hasSuffix("分"), let mm = Int(r.dropLast()) else { throw badTime(input) }
                m = mm
            }
        } else if pm != nil {
            h = Int(s)
        }
        if let p = pm, let hh = h {
            // In a 12-hour clock the hour is 1 to 12 (午前/午後 also take 0).
            guard (0...12).contains(hh) else { throw badTime(input) }
            h = hh % 12 + (p ? 12 : 0)
        }
        guard let hh = h, let t = TimeOfDay(hh, m) else { throw badTime(input) }
        return t
    }

    private static func badTime(_ s: String) -> DateError {
        DateError(message: L("'\(s)' is not a time of day; write 10:00, 2pm or 14時30分"))
    }

    /// A duration in minutes: `30m`, `30min`, `1h`, `1h30m`, `1.5h`, `90` (minutes),
    /// `30分`, `20分間`, `1時間`, `1時間30分`, `1時間半`.
    public static func minutes(_ input: String) throws(DateError) -> Int {
        let s = input.foldingWidth.trimmed.lowercased()
        if let n = Int(s) { if n > 0 && n <= 366 * 24 * 60 { return n }; throw badDuration(input) }
        var total = 0.0
        var num = ""
        var i = s.startIndex
        var any = false
        while i < s.endIndex {
            let c = s[i]
            if c.isNumber || c == "." { num.append(c); i = s.index(after: i); continue }
            var unit = ""
            while i < s.endIndex, !(s[i].isNumber || s[i] == ".") { unit.append(s[i]); i = s.index(after: i) }
            guard let v = Double(num) else { throw badDuration(input) }
            switch unit.trimmed {
            case "m", "min", "mins", "minute", "minutes", "分", "分間": total += v
            case "h", "hr", "hrs", "hour", "hours", "時間": total += v * 60
            case "時間半", "h半": total += v * 60 + 30
            case "d", "day", "days", "日": total += v * 1440
            default: throw badDuration(input)
            }
            any = true
            num = ""
        }
        guard any, num.isEmpty, total > 0, total == total.rounded() else { throw badDuration(input) }
        // Int(Double) traps past Int.max: anything over a year is refused first (a fuzzer found it).
        guard total <= 366 * 24 * 60 else { throw DateError(message: L("'\(input)' is longer than a year")) }
        return Int(total)
    }

    private static func badDuration(_ s: String) -> DateError {
        DateError(message: L("'\(s)' is not a duration; write 30m, 1h or 1h30m"))
    }

    /// `mon`, `Mon.`, `monday`, `tues`, `thurs`, `月`, `月曜`, `月曜日` → 1 (Sunday = 0).
    /// An English word must be a weekday's name or one of its usual abbreviations:
    /// `monkey` and `sunny` are not weekdays.
    public static func weekday(_ input: String) -> Int? {
        var s = input.trimmed.lowercased()
        if s.hasSuffix(".") { s.removeLast() }
        let en = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        let full = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        let more = ["tues": 2, "weds": 3, "thur": 4, "thurs": 4]
        if let i = en.firstIndex(of: s) ?? full.firstIndex(of: s) ?? more[s] { return i }
        let ja = ["日", "月", "火", "水", "木", "金", "土"]
        for (i, p) in ja.enumerated() where s == p || s == p + "曜" || s == p + "曜日" { return i }
        return nil
    }

    /// A date said relative to `today`, as people give one in a meeting: `today`,
    /// `tomorrow`, `+3d`, `+2w`, `+1m`, `in 3 days`, `fri` (the coming Friday, today
    /// included), `next fri` (next week's, weeks from Monday), `this fri`, `end of
    /// month`; in Japanese `今日`, `明日`, `明後日`, `3日後`, `2週間後`, `1か月後`, `金曜`,
    /// `来週金曜`, `再来週の金曜`, `今週の金曜日`, `月末`, `来月末`; and by the end of a
    /// span: `今日中` and `eod` (today), `明日中`, `今週中`, `今週末` and `end of week`
    /// (its Friday), `来週中`, `来週末`, `再来週中`, `今月中`, `来月中`, `年内`, `年度内`
    /// (Japan's fiscal year, to 31 March), `end of year`, `10日以内` and `within 10
    /// days` (as `10日後`); any of them as a deadline (`金曜まで`, `by fri`). Nil for
    /// anything else.
    public static func relative(_ input: String, today: CivilDate) -> CivilDate? {
        // Years have four digits, as everywhere (+100000m is no date).
        guard let d = relativeDate(input, today: today), (1000...9999).contains(d.year) else { return nil }
        return d
    }

    /// The hint after a word that is no date, where a date may also be said from today
    /// or planned back from a milestone.
    static var fromTodayOrMilestoneHint: String {
        L("; or one from today: +3d, +1w, fri, next fri, 3日後, 来週金曜; or from a milestone: M3の2週間前, 2 weeks before M3")
    }

    /// A date as people write it, else one said from `today()` (`relative`, asked for
    /// only then); a word that is no date at all gets an error naming those forms too.
    public static func parse(_ s: String, _ ctx: DateContext, orFrom today: () throws -> CivilDate,
                             hint: String = L("; or one from today: +3d, +1w, fri, next fri, 3日後, 来週金曜")) throws -> CivilDate {
        do { return try parse(s, ctx) } catch {
            if let d = relative(s, today: try today()) { return d }
            throw DateError(message: error.message + (error.unreadable ? hint : ""), unreadable: error.unreadable)
        }
    }

    private static func relativeDate(_ input: String, today: CivilDate) -> CivilDate? {
        var s = withoutDeadlineWord(input.foldingWidth.trimmed).lowercased()
        switch s {
        case "today", "今日", "本日", "今日中", "本日中", "eod", "end of day", "end of the day", "end of today": return today
        case "tomorrow", "明日", "明日中": return today.adding(days: 1)
        case "day after tomorrow", "the day after tomorrow", "明後日", "あさって", "明後日中": return today.adding(days: 2)
        case "yesterday", "昨日": return today.adding(days: -1)
        case "end of month", "eom", "月末", "今月末": return CivilDate(today.year, today.month, CivilDate.daysIn(month: today.month, year: today.year))
        case "end of next month", "来月末", "来月中":
            let m = today.adding(months: 1)
            return CivilDate(m.year, m.month, CivilDate.daysIn(month: m.month, year: m.year))
        case "今月中", "今月いっぱい": return CivilDate(today.year, today.month, CivilDate.daysIn(month: today.month, year: today.year))
        // Within the (working) week, or by its end: by its Friday, as `end of week`.
        case "end of week", "eow", "end of the week", "今週中", "今週いっぱい", "今週末", "週末":
            // On a Saturday or Sunday, the week's end is today, not the Friday past.
            return max(today, today.adding(days: 5 - (today.weekday + 6) % 7 - 1))
        case "end of next week", "来週中", "来週いっぱい", "来週末":
            return today.adding(days: 7 + 5 - (today.weekday + 6) % 7 - 1)
        case "再来週中", "再来週いっぱい", "再来週末":
            return today.adding(days: 14 + 5 - (today.weekday + 6) % 7 - 1)
        case "end of year", "eoy", "end of the year", "年内", "今年中", "年末", "今年末":
            return CivilDate(today.year, 12, 31)
        // Japan's fiscal year ends on 31 March.
        case "年度内", "今年度中", "年度末", "今年度末", "end of the fiscal year", "end of fiscal year":
            return CivilDate(today.month >= 4 ? today.year + 1 : today.year, 3, 31)
        default: break
        }
        // +3d, +2w, +1m; in 3 days; 3日後, 2週間後, 1か月後; a deadline that far off:
        // 10日以内, within 2 weeks.
        var span: Substring?
        if s.hasPrefix("+") { span = s.dropFirst() } else if s.hasPrefix("in ") { span = s.dropFirst(3) } else if s.hasSuffix("後") { span = s.dropLast() }
        else if s.hasPrefix("within ") { span = s.dropFirst(7) } else if s.hasSuffix("以内") { span = s.dropLast(2) } else if s.hasSuffix("以内に") { span = s.dropLast(3) }
        if let span {
            let t = String(span).trimmed, digits = t.prefix { $0.isASCII && $0.isNumber }
            guard let n = Int(digits), n <= 100_000 else { return nil }
            switch String(t.dropFirst(digits.count)).trimmed {
            case "d", "day", "days", "日": return today.adding(days: n)
            case "w", "wk", "week", "weeks", "週", "週間": return today.adding(days: 7 * n)
            case "m", "mo", "month", "months", "か月", "ヶ月", "カ月", "ヵ月", "箇月": return today.adding(months: n)
            default: return nil
            }
        }
        // A weekday counted within this month or the next: 第2月曜 (this month's, or next
        // month's once it is past), 今月の最終金曜, 来月第1月曜, 2nd monday, last friday of
        // next month.
        if let d = countedInMonth(s, today: today) { return d }
        // Weekdays: fri, this fri, next fri, 金曜, 今週金曜, 来週の金曜日.
        var week = 0  // 0: the coming one; 1: next week's; 2: the week after; -1: this week's
        for (p, w) in [("next ", 1), ("this ", -1), ("再来週の", 2), ("再来週", 2), ("来週の", 1), ("来週", 1), ("今週の", -1), ("今週", -1)] where s.hasPrefix(p) {
            week = w
            s = String(s.dropFirst(p.count)).trimmed
            break
        }
        guard let wd = weekday(s) else { return nil }
        // Weeks from Monday: Monday is 0 here, Sunday 6.
        let fromMonday = (today.weekday + 6) % 7, target = (wd + 6) % 7
        switch week {
        case 0: return today.adding(days: (wd - today.weekday + 7) % 7)
        case -1: return today.adding(days: target - fromMonday)
        default: return today.adding(days: 7 * week - fromMonday + target)
        }
    }

    /// `第2月曜`, `来月の第1月曜`, `2nd monday`, `last friday of next month` from `today`
    /// (`s` lower-cased, width folded): nil for anything else (`last friday` alone,
    /// which says the Friday just past), or for a fifth weekday the month lacks.
    private static func countedInMonth(_ s: String, today: CivilDate) -> CivilDate? {
        var rest = Substring(s), months: Int?
        for (p, m) in [("今月の", 0), ("今月", 0), ("来月の", 1), ("来月", 1)] where rest.hasPrefix(p) {
            (rest, months) = (rest.dropFirst(p.count), m)
            break
        }
        for (p, m) in [(" of this month", 0), (" of next month", 1)] where months == nil && rest.hasSuffix(p) {
            (rest, months) = (rest.dropLast(p.count), m)
        }
        var nth: Int?, word = Substring("")
        if let j = japaneseOrdinal(rest) {
            (nth, word) = j
        } else {
            let words = rest.split(separator: " ")
            // `last friday` alone is the one just past, as people say it: not this one.
            guard words.count == 2, words[0] != "last" || months != nil else { return nil }
            (nth, word) = (englishOrdinals[String(words[0])], words[1])
        }
        guard let nth, let wd = weekday(String(word)) else { return nil }
        func inMonth(_ k: Int) -> CivilDate? {
            let m = today.adding(months: k)
            return day(nth: nth, weekday: wd, month: m.month, year: m.year)
        }
        if let months { return inMonth(months) }
        // Said with no month: this month's, unless it is past.
        if let d = inMonth(0), d >= today { return d }
        return inMonth(1)
    }

    /// `2026-12-02T10:00`, `2026-12-02 10:00`.
    public static func dateTime(_ input: String, _ ctx: DateContext) throws(DateError) -> LocalDateTime {
        let s = input.foldingWidth.trimmed
        // The date ends at a space or after 日 (6月1日10時); the time may hold a space
        // itself (6/1 2:30 pm): the first split where both read.
        let iso = s.indices.contains { $0 > s.startIndex && s[$0] == "T" && s[s.index(before: $0)].isNumber }
        // (A date and a time are short: longer text is not tried split by split.)
        if !iso && s.utf8.count <= 80 {
            for i in s.indices where s[i] == " " || s[i] == "日" {
                let dateEnd = s[i] == "日" ? s.index(after: i) : i
                let rest = String(s[s.index(after: i)...]).trimmed
                if rest.isEmpty { continue }
                if let d = try? parse(String(s[..<dateEnd]), ctx), let t = try? time(rest) { return LocalDateTime(d, t) }
            }
        }
        // Else as before, so that the error names what is wrong (11/31, 25:00).
        let sep = s.firstIndex(of: "T") ?? s.lastIndex(of: " ")
        guard let sep else { throw DateError(message: L("'\(input)' needs a date and a time: write 2026-12-02T10:00")) }
        let d = try parse(String(s[..<sep]), ctx)
        let t = try time(String(s[s.index(after: sep)...]))
        return LocalDateTime(d, t)
    }
}

extension Invocation {
    /// --today, else the (UTC) date of SOURCE_DATE_EPOCH, else today's date where the
    /// plan is (`clockToday`). --today may also be said from the clock's today (`next
    /// fri`, `+1w`): what will be overdue by then.
    public func today() throws -> CivilDate {
        if let t = string("today") {
            // The clock is read only for a --today said from it (`next fri`).
            do { return try DateParser.parse(t, DateContext(year: nil, anchor: nil), orFrom: { try self.clockToday() }) } catch let e as DateError {
                throw WBError.usage("--today: " + e.message)
            }
        }
        return try clockToday()
    }

    /// The clock's date where the plan is: in its time zone (`--tz` where the command
    /// has it, else the settings' `tz`) when it names one, else in the machine's. A
    /// plan in Tokyo reviewed at 08:00 on Monday by a machine kept in UTC is reviewed
    /// on Monday, not on Sunday.
    public func clockToday() throws -> CivilDate {
        try Clock.today(env: env, zone: planZone())
    }

    /// The plan's time zone, with `--team` the team's own where it has one; nil where
    /// none is named.
    func planZone() throws -> ZoneInfo? {
        try teamZones().zone(forTeam: teamKey, teams: teams)
    }

    /// The plan's time zones, the plan's and each team's own (`TEAM=ZONE`): `--tz`
    /// where the command has it (each one given adds its items), else the settings'
    /// `tz`, loaded once (the settings' were loaded as they were read). A zone the
    /// database does not know is a usage error in `--tz`.
    public func teamZones() throws -> TeamZones {
        if let z = loadedZones { return z }
        var z = settings?.zones ?? TeamZones()
        if let given = values["tz"], !fromSettings.contains("tz") {
            do { z = try TeamZones.parse(given) } catch { throw WBError.usage("--tz: " + error.message) }
        }
        loadedZones = z
        return z
    }

    /// The plan's own start: `--start` where the command has it, else the settings'
    /// `start`. It is the anchor of year-less dates, so that `12/10` means the same day
    /// whenever the plan is read.
    public func planStart() throws -> CivilDate? {
        if options.contains(where: { $0.long == "start" }), string("start") != nil {
            return try dateOption("start", startContext())
        }
        return settings?.start
    }

    /// How `--start` reads a date without a year (`--start 12/3`): the one nearest the
    /// clock's date, within half a year either side, as the workshop day is a recent
    /// or a coming one; `--year` when given.
    func startContext() throws -> DateContext {
        try dateContext(anchor: fallbackAnchor().adding(days: -182))
    }

    /// The anchor of year-less dates when the plan names no start and has no
    /// milestones: the clock's date (SOURCE_DATE_EPOCH pins it), never --today, so that
    /// judging a plan on another day never changes what its dates mean.
    /// The plan's zone counts as in `clockToday`; one the database does not know is
    /// left to the command that reads today to say.
    public func fallbackAnchor() -> CivilDate { (try? clockToday()) ?? Clock.today(env: env) }

    /// The date context for a plan: --year, the given anchor, --clamp.
    public func dateContext(anchor: CivilDate?) throws -> DateContext {
        var ctx = DateContext(year: try yearOption(), anchor: anchor)
        ctx.clamp = flag("clamp")
        return ctx
    }

    /// --year, checked when given (1000 to 9999, the years a date may have), not only
    /// when a date without a year needs it.
    func yearOption() throws -> Int? {
        guard let s = string("year") else { return nil }
        guard let y = Int(s.trimmed), (1000...9999).contains(y) else {
            throw WBError.usage(L("--year takes a year from 1000 to 9999, not '\(s)'"))
        }
        return y
    }

    /// Parses an option's time of day (exit 64 when it is wrong).
    public func timeOption(_ long: String) throws -> TimeOfDay? {
        guard let s = string(long) else { return nil }
        do { return try DateParser.time(s) } catch { throw WBError.usage("--\(long): " + error.message) }
    }

    /// Parses an option's duration in minutes (exit 64 when it is wrong).
    public func durationOption(_ long: String) throws -> Int? {
        guard let s = string(long) else { return nil }
        do { return try DateParser.minutes(s) } catch { throw WBError.usage("--\(long): " + error.message) }
    }

    /// Parses an option's date value (exit 64 when it is wrong): a date as people write
    /// it, or one from today (`+1w`, `next fri`, `来週金曜`; see `DateParser.relative`).
    public func dateOption(_ long: String, _ ctx: DateContext) throws -> CivilDate? {
        guard let s = string(long) else { return nil }
        do { return try DateParser.parse(s, ctx, orFrom: today) } catch let e as DateError { throw WBError.usage("--\(long): " + e.message) }
    }

    /// `dateOption`, or a date said from a milestone of `milestones` (`M2`, `M3の前日`,
    /// `2 weeks before M3`) when it is no date otherwise.
    public func dateOption(_ long: String, _ ctx: DateContext, milestones: MilestoneSet?, resolve: (String) -> Term?) throws -> CivilDate? {
        guard let s = string(long) else { return nil }
        do { return try DateParser.parse(s, ctx, orFrom: today, milestones: milestones, resolve: resolve) } catch let e as DateError {
            throw WBError.usage("--\(long): " + e.message)
        }
    }
}

/// The message of a DateError (or any error), for findings and errors.
func messageOf(_ e: any Error) -> String {
    if let d = e as? DateError { return d.message }
    if let q = e as? Quantity.Problem { return q.message }
    if let w = e as? WBError { return w.message }
    return "\(e)"
}
