/// A date said from a milestone's, as a team plans back from one: `M3`, `M3の2週間前`,
/// `M3の前日`, `ファンの獲得の1か月前`, `2 weeks before M3`, `the day before M3`,
/// `3 days after M2`, `M3-2w`, `M3 + 3d`. Only the shape is read here; which milestone
/// the reference names, and its date, are the plan's (`date(in:resolve:)`).
public struct MilestoneOffset: Sendable, Equatable {
    /// The milestone as written (`M3`, `ファンの獲得`).
    public var reference: String
    public var days = 0
    public var months = 0

    public init(reference: String, days: Int = 0, months: Int = 0) {
        self.reference = reference
        self.days = days
        self.months = months
    }

    /// Nil when the text is not of one of those shapes (the reference is not checked).
    /// Said as a deadline (`M2まで`, `M3の1週間前までに`, `by M2`), it is the same date.
    public static func parse(_ input: String) -> MilestoneOffset? {
        let s = DateParser.withoutDeadlineWord(input.foldingWidth.trimmed)
        guard !s.isEmpty, s.utf8.count <= 200 else { return nil }
        return japanese(s) ?? english(s) ?? arithmetic(s) ?? MilestoneOffset(reference: s)
    }

    /// A span as `N` and its unit: (days, months), or nil for a unit that is none.
    static func span(_ n: Int, _ unit: String) -> (days: Int, months: Int)? {
        switch unit.lowercased() {
        case "d", "day", "days", "日": return (n, 0)
        case "w", "wk", "week", "weeks", "週", "週間": return (7 * n, 0)
        case "m", "mo", "month", "months", "か月", "ヶ月", "カ月", "ヵ月", "箇月": return (0, n)
        default: return nil
        }
    }

    /// `M3の2週間前`, `M3の前日`, `M3の翌日`, `M2の3日後`; the の may be left out.
    static func japanese(_ s: String) -> MilestoneOffset? {
        func reference(_ r: Substring) -> String? {
            var t = String(r).trimmed
            if t.hasSuffix("の") { t = String(t.dropLast()).trimmed }
            return t.isEmpty ? nil : t
        }
        for (word, days) in [("前日", -1), ("翌日", 1)] where s.hasSuffix(word) {
            return reference(s.dropLast(word.count)).map { MilestoneOffset(reference: $0, days: days) }
        }
        guard let last = s.last, last == "前" || last == "後" else { return nil }
        let body = s.dropLast()
        // The unit, then the number before it, read from the end.
        for unit in ["週間", "か月", "ヶ月", "カ月", "ヵ月", "箇月", "日", "週"] where body.hasSuffix(unit) {
            let rest = body.dropLast(unit.count)
            let digits = rest.reversed().prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 4, let n = Int(String(digits.reversed())),
                  let (d, m) = span(n, unit), let r = reference(rest.dropLast(digits.count)) else { return nil }
            let sign = last == "前" ? -1 : 1
            return MilestoneOffset(reference: r, days: sign * d, months: sign * m)
        }
        return nil
    }

    /// `2 weeks before M3`, `3 days after M2`, `a month before M3`, `the day before M3`.
    static func english(_ s: String) -> MilestoneOffset? {
        let words = s.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let at = words.firstIndex(where: { ["before", "after"].contains($0.lowercased()) }),
              at >= 1, at < words.count - 1 else { return nil }
        let sign = words[at].lowercased() == "before" ? -1 : 1
        let reference = words[(at + 1)...].joined(separator: " ")
        var amount = words[..<at].map { $0.lowercased() }
        if amount.first == "the" { amount.removeFirst() }
        let n: Int
        let unit: String
        switch amount.count {
        case 1: (n, unit) = (1, amount[0])                       // the day before, week after
        case 2:
            if amount[0] == "a" || amount[0] == "one" { n = 1 } else {
                guard amount[0].count <= 4, let k = Int(amount[0]) else { return nil }
                n = k
            }
            unit = amount[1]
        default: return nil
        }
        guard let (d, m) = span(n, unit) else { return nil }
        return MilestoneOffset(reference: reference, days: sign * d, months: sign * m)
    }

    /// `M3-2w`, `M3 + 3d`: the last sign, with a number and a unit after it.
    static func arithmetic(_ s: String) -> MilestoneOffset? {
        guard let at = s.lastIndex(where: { $0 == "+" || $0 == "-" }), at > s.startIndex else { return nil }
        let amount = String(s[s.index(after: at)...]).trimmed
        let digits = amount.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, let n = Int(digits),
              let (d, m) = span(n, String(amount.dropFirst(digits.count)).trimmed) else { return nil }
        let reference = String(s[..<at]).trimmed
        guard !reference.isEmpty else { return nil }
        let sign = s[at] == "-" ? -1 : 1
        return MilestoneOffset(reference: reference, days: sign * d, months: sign * m)
    }

    /// The date it says in the plan's milestones: nil when the text was no such date
    /// after all (a number, `7/31-3d`, a word alone that names no milestone); throws,
    /// for people, when it names a milestone the plan gives no date, or one like a
    /// milestone that is none of the plan's (`M9`, `ファン獲得の1週間前`: misspelt, with
    /// the nearest named).
    public func date(in milestones: MilestoneSet?, resolve: (String) -> Term?) throws(DateError) -> CivilDate? {
        // (A bare number is no milestone here: `--due 1` is a wrong date, not M1's.)
        guard reference.contains(where: { !($0.isASCII && $0.isNumber) }) else { return nil }
        guard let term = resolve(reference) else {
            // `M9`, `M9の1週間前`, `2 weeks before ファン獲得`: the shape of a date from a
            // milestone whose milestone is none of the plan's (a typo), said as such
            // rather than "not a date".
            let id = reference.count <= 4 && (reference.first == "M" || reference.first == "m")
                && reference.dropFirst().allSatisfy { $0.isASCII && $0.isNumber } && reference.count > 1
            // (A reference without a letter, `7/31-3d`, is a date's arithmetic, not a name.)
            guard id || ((days != 0 || months != 0) && reference.contains(where: \.isLetter)) else { return nil }
            let words = milestones.map(\.vocabulary).flatMap { $0.terms.isEmpty ? nil : $0 } ?? Plan.milestones
            throw DateError(message: L("unknown milestone '\(reference)'") + Suggest.terms(reference, in: words) + L("; use M1-M4, 1-4, ①-④ or a milestone's name"))
        }
        guard let milestones else {
            throw DateError(message: L("a date counted from \(term.id) needs the plan's milestones: give --milestones FILE, or name it in the settings (milestones,FILE)"))
        }
        guard let d = milestones.date(of: term.id) else {
            throw DateError(message: L("\(term.id) has no date in the plan's milestones, so '\(reference)' gives no date to count from"))
        }
        let out = d.adding(months: months).adding(days: days)
        guard (1000...9999).contains(out.year) else { return nil }
        return out
    }
}

extension DateParser {
    /// A date as people write it, one said from `today()`, or (when it is neither) one
    /// planned back from a milestone of `milestones` (`M3の2週間前`, `the day before
    /// M2`): what `--due` and filter's `--due-before` take. Errors are for people,
    /// naming those forms.
    public static func parse(_ s: String, _ ctx: DateContext, orFrom today: () throws -> CivilDate,
                             milestones: MilestoneSet?, resolve: (String) -> Term?) throws -> CivilDate {
        do {
            return try parse(s, ctx, orFrom: today, hint: fromTodayOrMilestoneHint)
        } catch let e as DateError where e.unreadable {
            guard let d = try MilestoneOffset.parse(s)?.date(in: milestones, resolve: resolve) else { throw e }
            return d
        }
    }
}
