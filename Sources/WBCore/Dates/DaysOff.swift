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
public struct DaysOff: Sendable {
    /// Whether Japan's holidays and year-end count, besides the weekends.
    public var japan: Bool

    public init(japan: Bool) { self.japan = japan }

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
        japan && (Self.isYearEnd(d) || Self.holiday(d) != nil)
    }

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
