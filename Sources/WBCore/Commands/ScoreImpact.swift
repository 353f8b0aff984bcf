/// `wb-score impact`: resources saved per occurrence × frequency, per year.
enum ScoreImpact {
    static let spec = CommandSpec("impact",
        summary: "Question impact: saved per occurrence (15min, 2h, 15分, ¥500, 500円) x frequency (3/day, 2/week, 1日3回, 週2回) per year, times the people it concerns where a people (人数) column says, ranked within each unit; time and money are never compared. --mode sum adds 1-5 scores instead.",
        options: [
            OptionSpec("mode", arg: "MODE", "product (default: saved x frequency per year) or sum (1-5 scores added)", values: ["product", "sum"]),
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
            ("people", ["人数", "対象人数", "対象者数", "利用者数", "利用人数", "users", "headcount", "persons"]),
        ], required: ["saved", "frequency"], contains: [
            // A sheet's own headings: 1回あたりの時間, 所要時間; 発生頻度, 回数.
            ("saved", ["1回あたり", "1回の時間", "所要時間", "かかる時間", "time per"]),
            ("frequency", ["頻度", "回数", "how often"]),
        ])
        inv.noteInferred(cols)
        if mode == "product", cols.has("people") {
            inv.note(L("the yearly impact is for everyone the column '\(cols.header("people"))' counts"), at: cols.location(table.header, "people"))
        }
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
        var savedMemo: [String: (Double, Impact.Unit)] = [:], freqMemo: [String: Double] = [:], peopleMemo: [String: Double] = [:]
        // The first range read as its midpoint (週2〜3回), said once: the figure is an
        // estimate's middle, not what was written.
        var range: (text: String, at: SourceLocation)?
        for rec in table.rows {
            if range == nil {
                for k in ["saved", "frequency", "people"] where cols.has(k) && Quantity.isRange(cols.value(rec, k)) {
                    range = (cols.value(rec, k), cols.location(rec, k))
                    break
                }
            }
            let (saved, unit) = try cols.parse(rec, "saved", memo: &savedMemo) { try Impact.saved($0) }
            let freq = try cols.parse(rec, "frequency", memo: &freqMemo) { try Impact.perYear($0) }
            // Who meets the question: each of them saves it (an empty cell is one person).
            let people = cols.has("people") && !cols.value(rec, "people").isEmpty
                ? try cols.parse(rec, "people", memo: &peopleMemo) { try Impact.people($0) } : 1
            guard (saved * freq * people).isFinite else {
                throw WBError.data(L("the yearly impact (saved × frequency) is too large to compute"), at: cols.location(rec, "saved"))
            }
            values.append((saved * freq * people, unit))
        }
        if let range {
            inv.note(L("'\(range.text)' is a range: read as its midpoint, as every range here (the year's figure is an estimate's middle)"), at: range.at)
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
