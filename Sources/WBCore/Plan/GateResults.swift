/// What `wb-score gate` (and `wb-score market`) decided, read back per milestone, so
/// that a milestone passes by its gate and not only by its tasks (the deck defines
/// each milestone by its pass criterion). Rows are `gate`'s output (a milestone column
/// from `--milestone`) or `market`'s (M3 unless a milestone column says otherwise);
/// headers and verdicts in either language.
public struct GateResults: Sendable {
    public struct Outcome: Sendable, Equatable {
        public var pass: Bool
        /// n, rates and intervals (gate) or ratio against N (market), for people.
        public var evidence: String
    }

    public private(set) var outcomes: [String: Outcome] = [:]

    public init() {}

    public func outcome(_ milestone: String) -> Outcome? { outcomes[milestone] }

    /// Reads one results table; the rows of one milestone pass when all of them pass.
    public mutating func read(_ table: Table, milestones: Vocabulary = Plan.milestones) throws {
        var col: [String: Int] = [:]
        for i in 0..<table.header.count {
            let c = Labels.canonical(table.header.string(i))
            if col[c] == nil { col[c] = i }
        }
        guard let verdictIx = col["verdict"] else {
            throw WBError.data(L("this is not a result of wb-score gate or market: it has no verdict column"),
                               at: SourceLocation(file: table.name, line: table.header.line, column: 1))
        }
        let isMarket = col["ratio"] != nil && col["solved_rate"] == nil
        if col["milestone"] == nil && !isMarket {
            throw WBError.data(L("the gate results have no milestone column: write them with wb-score gate --milestone M1"),
                               at: SourceLocation(file: table.name, line: table.header.line, column: 1))
        }
        func value(_ rec: Record, _ k: String) -> String {
            guard let i = col[k], i < rec.count else { return "" }
            return rec.string(i).trimmed
        }
        var parts: [String: [String]] = [:]
        var order: [String] = []
        for rec in table.rows {
            var id = "M3"
            if col["milestone"] != nil {
                let m = value(rec, "milestone")
                guard let t = milestones.lookup(m) else {
                    let p = rec.position(ofField: col["milestone"]!)
                    throw WBError.data(L("unknown milestone '\(m)'; use M1-M4, 1-4, ①-④ or a milestone's name"),
                                       at: SourceLocation(file: table.name, line: p.line, column: p.column))
                }
                id = t.id
            }
            let v = Labels.canonical(value(rec, "verdict"))
            guard v == "pass" || v == "fail" else {
                let p = rec.position(ofField: verdictIx)
                throw WBError.data(L("verdict '\(value(rec, "verdict"))' is neither pass nor fail"),
                                   at: SourceLocation(file: table.name, line: p.line, column: p.column))
            }
            let pass = v == "pass"
            let evidence: String
            if isMarket {
                evidence = L("value \(value(rec, "ratio"))× the cost")
            } else {
                func pct(_ k: String) -> String { Double(value(rec, k)).map { formatNumber($0 * 100, places: 0) } ?? "?" }
                let seg = value(rec, "segment")
                let strength = Labels.word(Labels.canonical(value(rec, "evidence")), Lang.current)
                evidence = (seg.isEmpty || Labels.canonical(seg) == "all" ? "" : seg + ": ")
                    + L("n=\(value(rec, "n")), solved \(pct("solved_rate"))% (\(pct("solved_low"))–\(pct("solved_high"))%), purchase \(pct("purchase_rate"))% (\(pct("purchase_low"))–\(pct("purchase_high"))%), \(strength) evidence")
            }
            if outcomes[id] == nil && parts[id] == nil { order.append(id) }
            parts[id, default: []].append(evidence)
            outcomes[id] = Outcome(pass: (outcomes[id]?.pass ?? true) && pass, evidence: "")
        }
        for id in order { outcomes[id]!.evidence = parts[id]!.joined(separator: "; ") }
    }

    /// The milestones whose gate is judged by mock tests or the market: those with a
    /// gate in the milestones table, else M1, M2 and M3 (the deck gives each a pass
    /// criterion).
    public static func gated(_ set: MilestoneSet, _ mt: MilestoneTable?) -> Set<String> {
        var out = Set<String>()
        for e in set.entries {
            if let mt, mt.index[.gate] != nil {
                if !mt.value(e.record, .gate).trimmed.isEmpty { out.insert(e.term.id) }
            } else if ["M1", "M2", "M3"].contains(e.term.id) {
                out.insert(e.term.id)
            }
        }
        return out
    }
}
