/// `wb-score impact`: resources saved per occurrence × frequency, per year.
enum ScoreImpact {
    static let spec = CommandSpec("impact",
        summary: "Question impact: saved per occurrence (15min, 2h, 15分, ¥500, 500円) x frequency (3/day, 2/week, 1日3回, 週2回) per year, ranked within each unit; time and money are never compared. --mode sum adds 1-5 scores instead.",
        options: [
            OptionSpec("mode", arg: "MODE", "product (default: saved x frequency per year) or sum (1-5 scores added)"),
            OptionSpec("top", arg: "N", "keep the N best of each unit"),
            OptionSpec("sort", "sort by team and pair, unit, then rank"),
            ScoreOptions.across,
            CommonOptions.labels,
        ] + CommonOptions.table,
        examples: ["wb-score impact --sort share/wb/sample-questions.csv",
                   "wb-score impact --mode sum --top 3 scores.csv"]) { inv in
        let table = try inv.scoped(inv.readTable(inv.inputPath()))
        let groups = inv.rankGroups(table)
        let mode = inv.string("mode") ?? "product"
        guard mode == "product" || mode == "sum" else { throw WBError.usage(L("--mode takes product or sum, not '\(mode)'")) }
        let cols = try ScoreColumns(table, [
            ("saved", ["削減リソース", "削減", "saved_per_occurrence", "resources_saved", "saved_score"]),
            ("frequency", ["頻度", "問いの頻度", "freq", "frequency_score"]),
        ], required: ["saved", "frequency"])
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: table.format))
        if mode == "sum" {
            var scores: [Double] = []
            for rec in table.rows {
                let s = try cols.parse(rec, "saved") { try score($0) }
                let f = try cols.parse(rec, "frequency") { try score($0) }
                scores.append(Double(s + f))
            }
            let rk = ranks(scores, groups: groups)
            w.write(table.headerNames + Labels.header(["score", "rank"], try inv.labelLang()))
            let rows = table.rows.indices.map { i in
                (rec: table.rows[i].strings + [formatNumber(scores[i]), String(rk[i])], rank: rk[i], group: groupKey(groups[i]))
            }
            for r in try inv.rankedOutput(rows) { w.write(r) }
            return .ok
        }
        var values: [(Double, Impact.Unit)] = []
        for rec in table.rows {
            let (saved, unit) = try cols.parse(rec, "saved") { try Impact.saved($0) }
            let freq = try cols.parse(rec, "frequency") { try Impact.perYear($0) }
            guard (saved * freq).isFinite else {
                throw WBError.data(L("the yearly impact (saved × frequency) is too large to compute"), at: cols.location(rec, "saved"))
            }
            values.append((saved * freq, unit))
        }
        // Ranked within each team and pair, and within it each unit: time and money are
        // never compared.
        let rank = ranks(values.map(\.0), groups: values.indices.map { groups[$0] * 2 + ($0 < values.count && values[$0].1 == .hours ? 0 : 1) })
        let lang = try inv.labelLang()
        w.write(table.headerNames + Labels.header(["per_year", "unit", "per_year_text", "rank"], lang))
        let rows = table.rows.enumerated().map { (i, rec) -> (rec: [String], rank: Int, group: String) in
            let (v, u) = values[i]
            let text = Impact.yearly(v, u)
            return (rec.strings + [formatNumber(v, places: 4), Labels.word(u.rawValue, lang), text, String(rank[i])], rank[i], groupKey(groups[i]) + u.rawValue)
        }
        for r in try inv.rankedOutput(rows) { w.write(r) }
        return .ok
    }

    static func score(_ s: String) throws -> Int {
        guard let n = Int(s.foldingWidth.trimmed), (1...5).contains(n) else {
            throw DateError(message: L("'\(s)' is not a score from 1 to 5 (--mode sum)"))
        }
        return n
    }
}
