/// `gate`'s work once its options are read: a table of mock-test results read into a
/// tally (one row per tester, or rows of counts with an `n` column), and the verdicts
/// written back as a table, a row per segment.
extension GateTally {
    /// A gate: the shares of testers who must solve their problem and decide to buy,
    /// and the segment it judges (nil: every segment).
    typealias Thresholds = (solved: Double, purchase: Double, segment: String?)

    /// What reading the table noticed besides the counts, for one warning each.
    struct Notices {
        var undecided = Undecided()
        var repeats = Repeats()
        /// The segments a gate judges that a table without a segment column was taken
        /// as (a form's export names no segment; the gate says whom it asked).
        var assumedSegments: [String] = []

        /// The note for `assumedSegments`, or nil.
        var assumedSegmentNote: String? {
            guard !assumedSegments.isEmpty else { return nil }
            return L("the table has no segment column: its testers are taken as the segment the milestone's gate judges (\(assumedSegments.joined(separator: ", "))); add a segment column if some are not")
        }
    }

    /// Reads `table` (its columns found as `cols`): a row per tester is summed into its
    /// team's segment, a row of counts is a segment of its own (refused where more
    /// solved or purchased than testers). `thresholds` gives a team's gate (by its key;
    /// nil for a plan of no teams), `solved` and `purchase` replace its shares where
    /// given; a row of a segment the gate does not judge is left out. `teamColumn`: the
    /// testers' team, each team's verdicts apart.
    static func read(_ table: Table, columns cols: ScoreColumns, teamColumn: Int?, teams: Teams, teamKey: String?,
                     thresholds: (String?) throws -> Thresholds, solved: Double?, purchase: Double?,
                     notices: inout Notices) throws -> GateTally {
        var tally = GateTally()
        let counts = cols.has("n")
        for rec in table.rows {
            let team = teamColumn.map { $0 < rec.count ? rec.string($0).trimmed : "" }
            let g = try thresholds(team.map { teams.key($0) } ?? teamKey)
            // Without a segment column the testers are the gate's own segment (a form's
            // export for M1's internal test names none), said once; else "all".
            var name = "all"
            if cols.has("segment") {
                name = cols.value(rec, "segment")
                if let f = g.segment, !segmentMatches(name, f) { continue }
            } else if let f = g.segment {
                name = f
                if !notices.assumedSegments.contains(f) { notices.assumedSegments.append(f) }
            }
            let limits = (solved: solved ?? g.solved, purchase: purchase ?? g.purchase)
            if counts {
                let n = try cols.parse(rec, "n") { try count($0) }
                let s = try cols.parse(rec, "solved") { try count($0) }
                let p = try cols.parse(rec, "purchase") { try count($0) }
                if s > n || p > n { throw WBError.data(L("more solved or purchased (\(max(s, p))) than testers (\(n))"), at: cols.location(rec, "n")) }
                tally.add(counts: rec, segment: name, team: team, n: n, solved: s, purchased: p, thresholds: limits)
            } else {
                let s = try cols.parse(rec, "solved") { try yesNo($0) }
                let p = try cols.parse(rec, "purchase") { try yesNo($0) }
                for c in ["solved", "purchase"] { notices.undecided.note(cols.value(rec, c), at: cols.location(rec, c)) }
                if cols.has("tester") {
                    notices.repeats.note(cols.value(rec, "tester"), team: team.map { teams.key($0) } ?? "", segment: name,
                                         line: rec.line, at: cols.location(rec, "tester"))
                }
                tally.add(tester: name, team: team, teamKey: team.map { teams.key($0) } ?? "", solved: s, purchased: p, thresholds: limits)
            }
        }
        return tally
    }

    /// The verdicts as a table, in `lang`'s words. Each row: the milestone they are for
    /// (when one is named), the team (when testers have one), the segment and its
    /// counts (a row of counts as it came, `countsHeader` its header), the rates and
    /// Wilson intervals at `confidence`, the verdict, the evidence, a note on a small
    /// sample, and the thresholds. `pass`: every segment passed; `notes`: the small
    /// samples' notes, for the user.
    func table(milestone: String?, teamHeader: String?, countsHeader: [String]?, confidence: Double, lang: Lang)
        -> (header: [String], rows: [[String]], pass: Bool, notes: [String]) {
        let computed = ["solved_rate", "solved_low", "solved_high", "purchase_rate", "purchase_low", "purchase_high", "verdict", "evidence", "note",
                        "solved_threshold", "purchase_threshold"]
        let lead = milestone == nil ? [] : [Labels.word("milestone", lang)]
        let header = lead + (teamHeader.map { [$0] } ?? []) + (countsHeader ?? Labels.header(["segment", "n", "solved", "purchased"], lang))
            + Labels.header(computed, lang)
        var rows: [[String]] = [], pass = true, notes: [String] = []
        for s in segments {
            let v = GateTally.verdict(s, confidence: confidence)
            pass = pass && v.pass
            let note = GateTally.smallSampleNote(s.n) ?? ""
            if !note.isEmpty { notes.append(s.team.map { L("team \($0), segment \(s.name): \(note)") } ?? L("segment \(s.name): \(note)")) }
            let base = countsHeader != nil ? s.record!.strings
                : [s.name == "all" ? Labels.word("all", lang) : s.name, String(s.n), String(s.solved), String(s.purchased)]
            rows.append((milestone.map { [$0] } ?? []) + (teamHeader == nil ? [] : [s.team ?? ""]) + base
                        + [v.solvedRate, v.solvedLow, v.solvedHigh, v.purchaseRate, v.purchaseLow, v.purchaseHigh].map { $0.isNaN ? "" : formatFixed($0, places: 4) }
                        + [Labels.word(v.pass ? "pass" : "fail", lang), Labels.word(v.strong ? "strong" : "weak", lang), note,
                           formatNumber(s.solvedThreshold * 100) + "%", formatNumber(s.purchaseThreshold * 100) + "%"])
        }
        return (header, rows, pass, notes)
    }
}
