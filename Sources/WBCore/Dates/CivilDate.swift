/// A calendar date in the proleptic Gregorian calendar, with no time or zone.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or nil (month 13, November 31 ...).
    public init?(_ year: Int, _ month: Int, _ day: Int) {
        guard month >= 1, month <= 12, day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(unchecked y: Int, _ m: Int, _ d: Int) {
        year = y; month = m; day = d
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The month's name in the run's language (November, 11月).
    static func monthName(_ m: Int) -> String {
        switch m {
        case 1: return L("January")
        case 2: return L("February")
        case 3: return L("March")
        case 4: return L("April")
        case 5: return L("May")
        case 6: return L("June")
        case 7: return L("July")
        case 8: return L("August")
        case 9: return L("September")
        case 10: return L("October")
        case 11: return L("November")
        default: return L("December")
        }
    }

    /// The weekday's name in the run's language (Friday, 金曜日); Sunday is 0. (Used in
    /// messages only: the seven are looked up each time.)
    static func weekdayName(_ w: Int) -> String {
        [L("Sunday"), L("Monday"), L("Tuesday"), L("Wednesday"), L("Thursday"), L("Friday"), L("Saturday")][(w % 7 + 7) % 7]
    }

    /// The month an English name gives, full or in three letters (`Jul`, `july`,
    /// `Sept`), case aside; nil for any other word.
    static func month(named word: String) -> Int? {
        let w = word.lowercased()
        guard w.count >= 3 else { return nil }
        return monthNames.firstIndex { n in
            let n = n.lowercased()
            return n == w || (w.count == 3 && n.hasPrefix(w)) || (w == "sept" && n == "september")
        }.map { $0 + 1 }
    }

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    /// Days since 1970-01-01 (negative before).
    public var days: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(days z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 0 = Sunday ... 6 = Saturday.
    public var weekday: Int { ((days % 7) + 11) % 7 }

    public func adding(days n: Int) -> CivilDate { CivilDate(days: days + n) }

    /// Adds calendar months, keeping the day or, past the month's end, its last day
    /// (January 31 + 1 month = February 28 or 29).
    public func adding(months n: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CivilDate(unchecked: y, m, min(day, CivilDate.daysIn(month: m, year: y)))
    }

    /// Whole calendar months from self to other, rounding down (Jul 1 → Oct 1 is 3).
    public func months(until other: CivilDate) -> Int {
        var n = (other.year - year) * 12 + (other.month - month)
        if adding(months: n) > other { n -= 1 }
        return n
    }

    public var iso: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + two(month) + "-" + two(day)
    }

    /// `iso`'s bytes appended to `out`, without building a String.
    func appendISO(to out: ByteBuffer) {
        guard year >= 0 else { out.append(iso); return }
        if year <= 9999 {
            // Ten bytes in place, each digit by a constant division.
            let p = out.extend(by: 10)
            @inline(__always) func digit(_ n: Int) -> UInt8 { 0x30 &+ UInt8(truncatingIfNeeded: n) }
            p[0] = digit(year / 1000); p[1] = digit(year / 100 % 10); p[2] = digit(year / 10 % 10); p[3] = digit(year % 10)
            p[4] = 0x2D; p[5] = digit(month / 10); p[6] = digit(month % 10)
            p[7] = 0x2D; p[8] = digit(day / 10); p[9] = digit(day % 10)
            return
        }
        out.append(decimal: year, width: 4); out.append(0x2D)
        out.append(decimal: month, width: 2); out.append(0x2D)
        out.append(decimal: day, width: 2)
    }

    /// `YYYYMMDD` (iCalendar DATE).
    public var basic: String {
        guard (0...9999).contains(year) else { return iso.replacingOccurrences("-", "") }
        // Eight digits in place (a calendar writes two or three a component).
        @inline(__always) func digit(_ n: Int) -> UInt8 { 0x30 &+ UInt8(truncatingIfNeeded: n) }
        return String(unsafeUninitializedCapacity: 8) { p in
            p[0] = digit(year / 1000); p[1] = digit(year / 100 % 10); p[2] = digit(year / 10 % 10); p[3] = digit(year % 10)
            p[4] = digit(month / 10); p[5] = digit(month % 10); p[6] = digit(day / 10); p[7] = digit(day % 10)
            return 8
        }
    }

    public var description: String { iso }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

@inline(__always)
func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

/// A wall-clock time of day.
public struct TimeOfDay: Hashable, Sendable {
    public let hour: Int
    public let minute: Int
    public init?(_ h: Int, _ m: Int) {
        guard (0...23).contains(h), (0...59).contains(m) else { return nil }
        hour = h; minute = m
    }
    public var minutes: Int { hour * 60 + minute }
    public var text: String { two(hour) + ":" + two(minute) }
}

/// A local date and time (no zone).
public struct LocalDateTime: Hashable, Comparable, Sendable {
    public let date: CivilDate
    public let time: TimeOfDay
    public init(_ date: CivilDate, _ time: TimeOfDay) { self.date = date; self.time = time }

    /// `20261203T100000` (seconds ignored); nil for anything else.
    public init?(basic s: String) {
        let b = Array(s.utf8)
        guard b.count >= 13, b[8] == 0x54, b[0..<8].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              b[9..<13].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        func n(_ r: Range<Int>) -> Int { b[r].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        guard let d = CivilDate(n(0..<4), n(4..<6), n(6..<8)), let t = TimeOfDay(n(9..<11), n(11..<13)) else { return nil }
        self.init(d, t)
    }

    /// Seconds since 1970-01-01T00:00 as if this were UTC.
    public var seconds: Int { date.days * 86400 + time.minutes * 60 }

    public init(seconds s: Int) {
        let d = s >= 0 ? s / 86400 : (s - 86399) / 86400
        let r = s - d * 86400
        date = CivilDate(days: d)
        time = TimeOfDay(r / 3600, (r % 3600) / 60)!
    }

    public func adding(minutes: Int) -> LocalDateTime { LocalDateTime(seconds: seconds + minutes * 60) }

    /// `YYYYMMDDTHHMMSS`
    public var basic: String { date.basic + "T" + two(time.hour) + two(time.minute) + "00" }
    public var iso: String { date.iso + "T" + time.text }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.seconds < b.seconds }
}

extension CivilDate {
    /// `YYYY-MM-DD` as days since 1970-01-01, straight from the bytes; nil for any
    /// other text or a day that does not exist.
    @inline(__always)
    public static func isoDays(_ s: UnsafeBufferPointer<UInt8>) -> Int? {
        guard s.count == 10, s[4] == 0x2D, s[7] == 0x2D else { return nil }
        @inline(__always) func digits(_ from: Int, _ to: Int) -> Int? {
            var v = 0
            for j in from..<to {
                let c = s[j] &- 0x30
                guard c <= 9 else { return nil }
                v = v * 10 + Int(c)
            }
            return v
        }
        // Years below 1000 are DateParser's error, which the full parser reports.
        guard let y = digits(0, 4), y >= 1000, let m = digits(5, 7), let d = digits(8, 10), let date = CivilDate(y, m, d) else { return nil }
        return date.days
    }

    /// `YYYY-MM-DD` straight from the bytes; nil when the text has another form.
    @inline(__always)
    public static func iso(_ s: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        isoDays(s).map { CivilDate(days: $0) }
    }
}
