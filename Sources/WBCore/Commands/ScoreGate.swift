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
        var gates: [String: GateTally.Thresholds] = [:]
        func thresholds(_ team: String?) throws -> GateTally.Thresholds {
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

        // Undecided answers (検討中, maybe) count as no: said once, with the first.
        var notices = GateTally.Notices()
        let tally = try GateTally.read(table, columns: cols, teamColumn: teamColumn, teams: inv.teams, teamKey: inv.teamKey,
                                       thresholds: thresholds, solved: solvedOption, purchase: purchaseOption, notices: &notices)
        if let w = notices.undecided.warning { inv.warn(w, at: notices.undecided.first) }
        if let w = notices.undecided.blankWarning { inv.warn(w, at: notices.undecided.firstBlank) }
        if let w = notices.repeats.warning { inv.warn(w, at: notices.repeats.first?.again) }
        if let n = notices.assumedSegmentNote { inv.note(n, at: SourceLocation(file: table.name)) }
        let segmentFilter = gates.values.first?.segment
        if tally.segments.isEmpty {
            throw WBError.data(segmentFilter.map { L("no testers in segment '\($0)' (the milestone's gate)") } ?? L("no testers: the table has no rows"),
                               at: SourceLocation(file: table.name))
        }
        // Counts keep the input's columns (its team column among them); testers are
        // summed per team x segment, the team first.
        let counts = cols.has("n")
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: table.format))
        let verdicts = tally.table(milestone: milestoneID, teamHeader: teamColumn != nil && !counts ? table.header.string(teamColumn!) : nil,
                                   countsHeader: counts ? table.headerNames : nil, confidence: confidence, lang: try inv.labelLang())
        for n in verdicts.notes { inv.warn(n) }
        w.write(verdicts.header)
        for r in verdicts.rows { w.write(r) }
        return verdicts.pass ? .ok : .failed
    }

    static func pct(_ s: String, _ opt: String) throws -> Double {
        guard let v = Gate.percent(s.trimmed) ?? (Double(s.trimmed).flatMap { $0 > 1 && $0 <= 100 ? $0 / 100 : nil }) else {
            throw WBError.usage(L("--\(opt) takes a percentage like 80% (or 0.8), not '\(s)'"))
        }
        return v
    }
}
