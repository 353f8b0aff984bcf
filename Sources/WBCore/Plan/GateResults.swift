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
        let t = try ScoreTable(table, command: "gate", needs: [])
        guard let verdictIx = t.column("verdict") else {
            throw WBError.data(L("this is not a result of wb-score gate or market: it has no verdict column"),
                               at: SourceLocation(file: table.name, line: table.header.line, column: 1))
        }
        let isMarket = t.has("ratio") && !t.has("solved_rate")
        if !t.has("milestone") && !isMarket {
            throw WBError.data(L("the gate results have no milestone column: write them with wb-score gate --milestone M1"),
                               at: SourceLocation(file: table.name, line: table.header.line, column: 1))
        }
        var parts: [String: [String]] = [:]
        var order: [String] = []
        for (k, rec) in table.rows.enumerated() {
            var id = "M3"
            if let mIx = t.column("milestone") {
                let m = t.value(k, "milestone")
                guard let term = milestones.lookup(m) else {
                    throw WBError.data(L("unknown milestone '\(m)'; use M1-M4, 1-4, ①-④ or a milestone's name"),
                                       at: rec.location(ofField: mIx, file: table.name))
                }
                id = term.id
            }
            let v = t.word(k, "verdict")
            guard v == "pass" || v == "fail" else {
                throw WBError.data(L("verdict '\(t.value(k, "verdict"))' is neither pass nor fail"),
                                   at: rec.location(ofField: verdictIx, file: table.name))
            }
            let pass = v == "pass"
            let evidence: String
            if isMarket {
                evidence = L("value \(t.value(k, "ratio"))× the cost")
            } else {
                func pct(_ key: String) -> String { t.percent(k, key) }
                let seg = t.value(k, "segment")
                let strength = Labels.word(t.word(k, "evidence"), Lang.current)
                let n = t.value(k, "n")
                evidence = (seg.isEmpty || Labels.canonical(seg) == "all" ? "" : seg + ": ")
                    + (n == "0" ? L("n=0, no testers yet") : L("n=\(n), solved \(pct("solved_rate"))% (\(pct("solved_low"))–\(pct("solved_high"))%), purchase \(pct("purchase_rate"))% (\(pct("purchase_low"))–\(pct("purchase_high"))%), \(strength) evidence"))
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
