/// `wb-score gate`: mock-test results against the gate, honest about small samples.
enum ScoreGate {
    static let spec = CommandSpec("gate",
        summary: "Judge mock-test results against a gate: per segment n, counts, rates, Wilson score intervals, verdict and evidence. Input: one row per tester (segment, solved, purchase) or counts (segment, n, solved, purchased). Exit 0 when every segment passes, 1 otherwise.",
        options: [
            OptionSpec("solved", arg: "PCT", "share of testers who must solve their problem (default 80%)"),
            OptionSpec("purchase", arg: "PCT", "share who must decide to buy (default 50%)"),
            CommonOptions.milestones,
            OptionSpec("milestone", short: "m", arg: "M", "the milestone the verdicts are for (a milestone column that status --gates reads); with --milestones its gate's thresholds apply", values: OptionSpec.Values.milestones, plan: .milestones),
            OptionSpec("confidence", arg: "PCT", "the interval's confidence (default 95%)"),
            CommonOptions.labels,
        ] + CommonOptions.table,
        examples: ["wb-score gate --solved 80% --purchase 50% share/wb/sample-testers.csv",
                   "wb-score gate --milestones share/wb/sample-milestones.csv --milestone M1 share/wb/sample-testers.csv"]) { inv in
        let table = try inv.scoped(inv.readTable(inv.inputPath()))
        let cols = try ScoreColumns(table, [
            ("segment", ["セグメント", "区分", "group", "社内外"]),
            ("tester", ["テスター", "被験者", "回答者", "氏名", "名前", "respondent", "email", "メールアドレス"]),
            ("n", ["testers", "人数", "count", "被験者数"]),
            ("solved", ["解決", "課題解決", "solved_count", "達成", "解決した", "解決できた", "課題解決できた", "problem_solved"]),
            ("purchase", ["purchased", "購入", "購入決定", "bought", "buy", "購入意向", "購入意思", "購入判断", "購入希望",
                          "would_buy", "will_buy", "decided_to_buy"]),
        ], required: ["solved", "purchase"],
        // A form's export heads its columns with the questions (課題は解決できましたか？).
        contains: [("solved", ["解決", "solve"]), ("purchase", ["購入", "買", "buy", "purchase"]), ("segment", ["所属", "区分", "segment"])])
        inv.noteInferred(cols)
        // A plan of several teams: a verdict per team x segment, the team first.
        let teamColumn = inv.teamKey == nil ? Teams.column(table.header) : nil
        // The milestone the verdicts are for (a column `status --gates` reads), and its
        // gate's thresholds: per team when the milestones table gives each team its own.
        // The settings' milestones table counts only with --milestone: a gate of its own
        // thresholds (80%, 50%, or --solved/--purchase) needs no milestone.
        let milestonesPath = inv.fromSettings.contains("milestones") && inv.string("milestone") == nil ? nil : inv.string("milestones")
        var milestoneID: String?
        if let id = inv.string("milestone"), milestonesPath == nil {
            guard let t = Plan.milestones.lookup(id) else { throw Plan.milestones.unknownValue(id, option: "milestone") }
            milestoneID = t.id
        }
        var gates: [String: (solved: Double, purchase: Double, segment: String?)] = [:]
        func thresholds(_ team: String?) throws -> (solved: Double, purchase: Double, segment: String?) {
            guard let path = milestonesPath else { return (0.8, 0.5, nil) }
            if let g = gates[team ?? ""] { return g }
            guard let id = inv.string("milestone") else { throw WBError.usage(L("--milestones needs --milestone (M1, M2)")) }
            let mt = try inv.milestoneTable(path, dates: DateContext(anchor: inv.planStart() ?? inv.fallbackAnchor()), team: team)
            guard let term = mt.set.term(for: id), let e = mt.set.entry(term.id) else {
                throw WBError.usage(L("--milestone \(id) is not in \(path)") + Suggest.clause(id, among: mt.set.entries.map(\.term.id)) + L("; its milestones are ") + mt.set.entries.map(\.term.id).joined(separator: ", "))
            }
            let g = try mt.gate(of: e)
            guard let s = g.solved, let p = g.purchase else {
                throw WBError.usage(L("\(term.id)'s gate has no solved/purchase thresholds"))
            }
            milestoneID = term.id
            gates[team ?? ""] = (s, p, g.segment)
            return (s, p, g.segment)
        }
        if milestonesPath != nil { _ = try thresholds(inv.teamKey) }
        let solvedOption = try inv.string("solved").map { try pct($0, "solved") }
        let purchaseOption = try inv.string("purchase").map { try pct($0, "purchase") }
        let confidence = try inv.string("confidence").map { try pct($0, "confidence") } ?? 0.95
        guard confidence > 0 && confidence < 1 else { throw WBError.usage(L("--confidence must be between 0% and 100%")) }

        var tally = GateTally()
        let counts = cols.has("n")
        // Undecided answers (検討中, maybe) count as no; said once, with the first.
        var undecided = GateTally.Undecided()
        var repeats = GateTally.Repeats()
        for rec in table.rows {
            let name = cols.has("segment") ? cols.value(rec, "segment") : "all"
            let team = teamColumn.map { $0 < rec.count ? rec.string($0).trimmed : "" }
            let g = try thresholds(team.map { inv.teams.key($0) } ?? inv.teamKey)
            if let f = g.segment, !GateTally.segmentMatches(name, f) { continue }
            let limits = (solved: solvedOption ?? g.solved, purchase: purchaseOption ?? g.purchase)
            if counts {
                let n = try cols.parse(rec, "n") { try GateTally.count($0) }
                let s = try cols.parse(rec, "solved") { try GateTally.count($0) }
                let p = try cols.parse(rec, "purchase") { try GateTally.count($0) }
                if s > n || p > n { throw WBError.data(L("more solved or purchased (\(max(s, p))) than testers (\(n))"), at: cols.location(rec, "n")) }
                tally.add(counts: rec, segment: name, team: team, n: n, solved: s, purchased: p, thresholds: limits)
            } else {
                let s = try cols.parse(rec, "solved") { try GateTally.yesNo($0) }
                let p = try cols.parse(rec, "purchase") { try GateTally.yesNo($0) }
                for c in ["solved", "purchase"] { undecided.note(cols.value(rec, c), at: cols.location(rec, c)) }
                if cols.has("tester") {
                    repeats.note(cols.value(rec, "tester"), team: team.map { inv.teams.key($0) } ?? "", segment: name,
                                 line: rec.line, at: cols.location(rec, "tester"))
                }
                tally.add(tester: name, team: team, teamKey: team.map { inv.teams.key($0) } ?? "", solved: s, purchased: p, thresholds: limits)
            }
        }
        if let w = undecided.warning { inv.warn(w, at: undecided.first) }
        if let w = undecided.blankWarning { inv.warn(w, at: undecided.firstBlank) }
        if let w = repeats.warning { inv.warn(w, at: repeats.first?.again) }
        let segmentFilter = gates.values.first?.segment
        if tally.segments.isEmpty {
            throw WBError.data(segmentFilter.map { L("no testers in segment '\($0)' (the milestone's gate)") } ?? L("no testers: the table has no rows"),
                               at: SourceLocation(file: table.name))
        }
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: table.format))
        let lang = try inv.labelLang()
        let computed = ["solved_rate", "solved_low", "solved_high", "purchase_rate", "purchase_low", "purchase_high", "verdict", "evidence", "note",
                        "solved_threshold", "purchase_threshold"]
        let lead = milestoneID == nil ? [] : [Labels.word("milestone", lang)]
        // Counts keep the input's columns (its team column among them); testers are
        // summed per team x segment, the team first.
        let teamLead = teamColumn != nil && !counts ? [table.header.string(teamColumn!)] : []
        w.write(lead + teamLead + (counts ? table.headerNames : Labels.header(["segment", "n", "solved", "purchased"], lang)) + Labels.header(computed, lang))
        var allPass = true
        for s in tally.segments {
            let v = GateTally.verdict(s, confidence: confidence)
            allPass = allPass && v.pass
            let note = GateTally.smallSampleNote(s.n) ?? ""
            if !note.isEmpty { inv.warn(s.team.map { L("team \($0), segment \(s.name): \(note)") } ?? L("segment \(s.name): \(note)")) }
            let base = counts ? s.record!.strings : [s.name == "all" ? Labels.word("all", lang) : s.name, String(s.n), String(s.solved), String(s.purchased)]
            w.write((milestoneID.map { [$0] } ?? []) + (teamLead.isEmpty ? [] : [s.team ?? ""]) + base
                    + [v.solvedRate, v.solvedLow, v.solvedHigh, v.purchaseRate, v.purchaseLow, v.purchaseHigh].map { $0.isNaN ? "" : formatFixed($0, places: 4) }
                    + [Labels.word(v.pass ? "pass" : "fail", lang), Labels.word(v.strong ? "strong" : "weak", lang), note,
                       formatNumber(s.solvedThreshold * 100) + "%", formatNumber(s.purchaseThreshold * 100) + "%"])
        }
        return allPass ? .ok : .failed
    }

    static func pct(_ s: String, _ opt: String) throws -> Double {
        guard let v = Gate.percent(s.trimmed) ?? (Double(s.trimmed).flatMap { $0 > 1 && $0 <= 100 ? $0 / 100 : nil }) else {
            throw WBError.usage(L("--\(opt) takes a percentage like 80% (or 0.8), not '\(s)'"))
        }
        return v
    }
}
