/// An invention's values as the ranking reads them: its impact (a number, or a yearly
/// impact as `wb-score impact` writes it) and its total difficulty.
public enum Invention {
    /// An impact: `208`, `1.2万`, or as `impact` writes one per year, `208h/year`,
    /// `¥180,000/year`, `年間 208 時間`, `年間 180,000 円` (and `年 208 時間`, as it
    /// wrote them before). The unit is nil for a bare number.
    public static func impact(_ input: String) throws(Quantity.Problem) -> (value: Double, unit: Impact.Unit?) {
        var s = input.foldingWidth.trimmed
        if let v = try? Quantity.number(s), !s.contains(where: { "¥￥円$".contains($0) }) { return (v, nil) }
        // The year, after (`/year`) or before (`年間 … 時間`, `年 … 時間`).
        var perYear = false
        for suffix in ["/year", "/yr", "/年", "per year", "a year"] where s.lowercased().hasSuffix(suffix) {
            s = String(s.dropLast(suffix.count)).trimmed
            perYear = true
            break
        }
        if !perYear, s.hasPrefix("年") { s = String(s.dropFirst(s.hasPrefix("年間") ? 2 : 1)).trimmed }
        // What is left is an amount as a question's `saved` is written (208h, 180,000円).
        do { return try Impact.saved(s) } catch {
            throw Quantity.Problem(message: L("'\(input)' is not an impact; write a number (208), or a yearly one as wb-score impact writes it (208h/year, ¥180,000/year)"))
        }
    }

    /// The kind of impact a ranking is on: hours and yen are not compared, so every
    /// impact with a unit must have the first one's (bare numbers go with any).
    public struct OneUnit {
        var first: (unit: Impact.Unit, line: Int)?
        public init() {}

        /// Takes the unit of the impact written `written` on `line`; returns, for people,
        /// why it does not go with the first, or nil when it does.
        public mutating func admit(_ unit: Impact.Unit?, written: String, line: Int) -> String? {
            guard let unit else { return nil }
            guard let first else {
                self.first = (unit, line)
                return nil
            }
            if first.unit == unit { return nil }
            return L("impact: '\(written)' is in \(Impact.unitName(unit)), line \(first.line)'s in \(Impact.unitName(first.unit)): inventions are ranked on one kind of impact")
        }
    }

    /// The total difficulty: one difficulty or the solutions' summed (`3+5`, or listed:
    /// `3、5`, `3・5`, `3, 5`), each on `scale` (any whole number above 0 without one: a
    /// total written as such), a unit after each or not (`3pt + 5pt`, `3点+5点`), hedged
    /// as a workshop's sheet may write an estimate (`5程度`, `約3`, `about 8`).
    public static func difficulty(_ input: String, scale: [Int]?) throws(DateError) -> Int {
        // A unit standing apart (`3 pt + 5`) belongs to the number before it.
        let whole = Quantity.approximate(input.foldingWidth.trimmed, units: Plan.pointUnits)
        let parts = whole.split(whereSeparator: { "+ 、,・･;".contains($0) })
            .filter { !Plan.pointUnits.contains($0.lowercased()) }
        guard !parts.isEmpty else { throw DateError(message: L("the difficulty is empty")) }
        var sum = 0
        for p in parts {
            guard let n = Plan.points(Quantity.approximate(String(p).trimmed, units: Plan.pointUnits)), scale?.contains(n) ?? (n > 0) else {
                guard let scale else { throw DateError(message: L("'\(p)' is not a difficulty (a whole number above 0)")) }
                throw DateError(message: L("'\(p)' is not on the difficulty scale \(scale.map(String.init).joined(separator: ", "))"))
            }
            let (s, overflow) = sum.addingReportingOverflow(n)
            guard !overflow else { throw DateError(message: L("the total difficulty is too large")) }
            sum = s
        }
        return sum
    }
}
