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
        let cols = try Impact.columns(table)
        inv.noteInferred(cols)
        if mode == "product", cols.has("people") {
            inv.note(L("the yearly impact is for everyone the column '\(cols.header("people"))' counts"), at: cols.location(table.header, "people"))
        }
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: table.format))
        let lang = try inv.labelLang()
        if mode == "sum" {
            let (header, rows) = try Impact.scored(table, columns: cols, groups: groups, lang: lang)
            w.write(table.headerNames + header)
            for r in try inv.rankedOutput(rows) { w.write(r) }
            return .ok
        }
        let (header, rows, range) = try Impact.yearly(table, columns: cols, groups: groups, lang: lang)
        // The first range read as its midpoint (週2〜3回), said once: the figure is an
        // estimate's middle, not what was written.
        if let range {
            inv.note(L("'\(range.text)' is a range: read as its midpoint, as every range here (the year's figure is an estimate's middle)"), at: range.at)
        }
        w.write(table.headerNames + header)
        for r in try inv.rankedOutput(rows) { w.write(r) }
        return .ok
    }
}
