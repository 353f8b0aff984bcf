/// A results table of `wb-score` (market, impact, invent, gate) read back by its
/// canonical column names, whichever language its header was written in, so that gate
/// results, the report and the PR/FAQ draft quote the numbers `wb-score` wrote, as it
/// wrote them.
public struct ScoreTable: Sendable {
    public let table: Table
    private var col: [String: Int] = [:]

    /// `command` names the `wb-score` command the table should come from; `needs` are
    /// the columns without which it is not that command's result (a located error).
    public init(_ table: Table, command: String, needs: [String]) throws {
        self.table = table
        for i in 0..<table.header.count {
            let c = Labels.canonical(table.header.string(i))
            if col[c] == nil { col[c] = i }
        }
        for k in needs where col[k] == nil {
            throw WBError.data(L("this is not a result of wb-score \(command): it has no \(k) column"),
                               at: SourceLocation(file: table.name, line: table.header.line, column: 1))
        }
    }

    public var count: Int { table.rows.count }

    public func has(_ key: String) -> Bool { col[key] != nil }

    /// The index of column `key` (its first occurrence).
    public func column(_ key: String) -> Int? { col[key] }

    /// The trimmed text of `key` in row `row`; empty when the column or field is absent.
    public func value(_ row: Int, _ key: String) -> String {
        guard let i = col[key], i < table.rows[row].count else { return "" }
        return table.rows[row].string(i).trimmed
    }

    /// What the row is about: its first field (the scenario, question or invention, in
    /// whatever words the team named that column).
    /// (A team or pair column in front is not the name.)
    public func name(_ row: Int) -> String {
        let r = table.rows[row]
        let skip = Set([Teams.column(table.header), Teams.pairColumn(table.header)].compactMap { $0 })
        guard let i = (0..<r.count).first(where: { !skip.contains($0) }) else { return "" }
        return r.string(i).trimmed
    }

    /// The row's team, in the results of a plan of several teams.
    public func team(_ row: Int) -> String? {
        guard let c = Teams.column(table.header), c < table.rows[row].count else { return nil }
        return table.rows[row].string(c).trimmed
    }

    /// The value as a canonical word (`pass`, `h`, `yes`) when it is one of wb's.
    public func word(_ row: Int, _ key: String) -> String { Labels.canonical(value(row, key)) }

    public func number(_ row: Int, _ key: String) -> Double? { Double(value(row, key).replacingOccurrences(",", "")) }

    /// A rate (0.8000) as a whole percentage ("80"), "?" when it is not a number.
    public func percent(_ row: Int, _ key: String) -> String { number(row, key).map { formatNumber($0 * 100, places: 0) } ?? "?" }

    /// An impact row's yearly amount in the run's language (from `per_year` and
    /// `unit`), else its `per_year_text` as written.
    public func yearly(_ row: Int) -> String {
        if let v = number(row, "per_year"), let u = Impact.Unit(rawValue: word(row, "unit")) { return Impact.yearly(v, u) }
        return value(row, "per_year_text")
    }

    /// Rows ranked first (`rank` 1), in file order: impact ranks hours and money apart.
    public var firsts: [Int] { (0..<count).filter { value($0, "rank") == "1" } }
}
