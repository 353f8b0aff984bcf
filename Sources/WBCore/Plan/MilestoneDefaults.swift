/// The deck's milestones: Who measures / What is measured / How it passes, per language.
public enum MilestoneDefaults {
    public struct Text: Sendable { public let who, what, how: String }

    public static func text(_ id: String, _ lang: Lang, multiple: Double?) -> Text {
        let n = multiple.map { formatNumber($0) } ?? "N"
        switch (id, lang) {
        case ("M1", .ja): return Text(who: "プロダクト開発チーム", what: "モックによる課題解決達成率、購入決定数(社内)", how: "80% が達成、50% が購入決定")
        case ("M1", .en): return Text(who: "Product development team", what: "Problem-solved rate with the mock; purchase decisions (internal)", how: "80% solve their problem, 50% decide to buy")
        case ("M2", .ja): return Text(who: "プロダクト開発チーム・営業", what: "モックによる課題解決達成率、購入決定数(社外)", how: "80% が達成、50% が購入決定")
        case ("M2", .en): return Text(who: "Product development team and sales", what: "Problem-solved rate with the mock; purchase decisions (external customers)", how: "80% solve their problem, 50% decide to buy")
        case ("M3", .ja): return Text(who: "プロダクトマネージャー、経営者", what: "市場規模 × 推定シェア × 購入単価 × 想定利用期間", how: "推定コストの \(n) 倍に到達")
        case ("M3", .en): return Text(who: "Product manager, executives", what: "Market size × estimated share × unit price × expected usage period", how: "Reaches \(n) × the estimated cost")
        default: return Text(who: "", what: "", how: "")
        }
    }

    public static func gate(_ id: String, multiple: Double?) -> String {
        switch id {
        case "M1": return "solved>=80% purchase>=50% segment=internal"
        case "M2": return "solved>=80% purchase>=50% segment=external"
        case "M3": return "value>=" + (multiple.map { formatNumber($0) } ?? "N") + "*cost"
        default: return ""
        }
    }

    public static func investment(_ id: String) -> String {
        id == "M1" || id == "M2" ? "market_validation" : "market_competition"
    }

    /// Default dates: +1, +3, +5 and +6 months from the start.
    public static let monthOffsets = [1, 3, 5, 6]

    /// The four dates of a new plan: each given one, else its month offset from `start`,
    /// or the working day before it when that is a day off (a CXO report on a Sunday or
    /// on 憲法記念日 finds no one).
    public static func dates(_ given: [CivilDate?], start: CivilDate, daysOff: DaysOff = DaysOff(japan: false)) -> [CivilDate] {
        monthOffsets.enumerated().map { i, months in
            (i < given.count ? given[i] : nil) ?? daysOff.workingDay(onOrBefore: start.adding(months: months))
        }
    }

    /// The dates given (`--dates`) that fall on a day off, each as check's `day-off`
    /// finding says it: they are kept, as given.
    public static func givenOnDaysOff(_ given: [CivilDate?], daysOff: DaysOff) -> [String] {
        given.prefix(monthOffsets.count).enumerated().compactMap { i, d in
            guard let d, let why = daysOff.reason(d) else { return nil }
            return MilestoneReview.dayOff(Plan.milestones.terms[i].id, d, why: why, daysOff: daysOff)
        }
    }

    /// The default dates `dates` moved off a day off, for a note: `M1 2027-01-03 (年末年始)
    /// → 2026-12-28`; nil when none moved.
    public static func moved(_ given: [CivilDate?], start: CivilDate, daysOff: DaysOff) -> String? {
        let moves = monthOffsets.enumerated().compactMap { i, months -> String? in
            guard i >= given.count || given[i] == nil else { return nil }
            let d = start.adding(months: months)
            guard let why = daysOff.reason(d) else { return nil }
            return "\(Plan.milestones.terms[i].id) \(d.iso) (\(why)) → \(daysOff.workingDay(onOrBefore: d).iso)"
        }
        return moves.isEmpty ? nil : L("a default date on a day off is the working day before: \(moves.joined(separator: L(", ")))")
    }

    /// `init --dates`: up to four dates (M1-M4) in a list, as people write them (each
    /// year-less one read after the one before, so 11/30,1/15 crosses a year) or from
    /// `anchor`, the plan's start or today (`+3m`, `6か月後`); an empty item leaves
    /// that milestone's date out. A date that does not read is a data error naming the
    /// milestone, located at `--dates`.
    public static func given(_ text: String, _ ctx: DateContext, anchor: CivilDate) throws -> [CivilDate?] {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: String.separatesListItems).map { String($0).trimmed }
        if parts.count > 4 { throw WBError.usage(L("--dates takes at most four dates (M1-M4)")) }
        var dates: [CivilDate?] = [nil, nil, nil, nil]
        var c = ctx
        for (i, p) in parts.enumerated() where !p.isEmpty {
            do {
                dates[i] = try c.parseNext(p)
            } catch {
                if let d = DateParser.relative(p, today: anchor) { dates[i] = d; continue }
                throw WBError.data("M\(i + 1): " + error.message + (error.unreadable ? L("; or one from the start: +3m, +6m, 6か月後") : ""),
                                   at: SourceLocation(file: "--dates"))
            }
        }
        return dates
    }

    /// A new plan's start and four dates: the start given, else a month before a given
    /// M1, else `anchor`; each date given, else its month offset from the start. Dates
    /// out of order (which `check` would refuse) are a usage error of `--dates`.
    public static func plan(given: [CivilDate?], start: CivilDate?, anchor: CivilDate,
                            daysOff: DaysOff = DaysOff(japan: false)) throws -> (start: CivilDate, dates: [CivilDate]) {
        let start = start ?? given.first.flatMap { $0 }?.adding(months: -1) ?? anchor
        let final = dates(given, start: start, daysOff: daysOff)
        for i in 1..<final.count where final[i] < final[i - 1] {
            let (late, early) = (Plan.milestones.terms[i].id, Plan.milestones.terms[i - 1].id)
            let leftOut = i >= given.count || given[i] == nil || given[i - 1] == nil
            throw WBError.usage("--dates: " + L("\(late) (\(final[i].iso)) comes before \(early) (\(final[i - 1].iso)); milestones go M1 <= M2 <= M3 <= M4")
                                + (leftOut ? L("; a date left out is +1, +3, +5 or +6 months from the start") : ""))
        }
        return (start, final)
    }
}
