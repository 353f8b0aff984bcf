/// `impact`'s work once its options are read: a table of questions, each with its
/// yearly impact (or its 1-5 scores added), ranked within its group.
extension Impact {
    /// The questions table's columns, by name or by a word a team's sheet uses.
    static func columns(_ table: Table) throws -> ScoreColumns {
        try ScoreColumns(table, [
            ("saved", ["削減リソース", "削減", "saved_per_occurrence", "resources_saved", "saved_score"]),
            ("frequency", ["頻度", "問いの頻度", "freq", "frequency_score"]),
            ("people", ["人数", "対象人数", "対象者数", "利用者数", "利用人数", "users", "headcount", "persons"]),
        ], required: ["saved", "frequency"], contains: [
            // A sheet's own headings: 1回あたりの時間, 所要時間; 発生頻度, 回数.
            ("saved", ["1回あたり", "1回の時間", "所要時間", "かかる時間", "time per"]),
            ("frequency", ["頻度", "回数", "how often"]),
        ])
    }

    /// `--mode sum`: each question's saved and frequency scores (1-5) added, ranked
    /// within its group (`groups`, by row). Returns the added columns and the rows.
    static func scored(_ table: Table, columns cols: ScoreColumns, groups: [Int], lang: Lang) throws -> (header: [String], rows: [RankedRow]) {
        var scores: [Double] = []
        for rec in table.rows {
            let s = try cols.parse(rec, "saved") { try score($0) }
            let f = try cols.parse(rec, "frequency") { try score($0) }
            scores.append(Double(s + f))
        }
        let rk = ranks(scores, groups: groups)
        let rows = table.rows.indices.map { i in
            (rec: table.rows[i].strings + [formatNumber(scores[i]), String(rk[i])], rank: rk[i], group: groupKey(groups[i]))
        }
        return (Labels.header(["score", "rank"], lang), rows)
    }

    /// Each question's yearly impact: saved per occurrence × occurrences a year × the
    /// people it concerns (a `people` column; an empty cell is one person), ranked
    /// within its group (`groups`, by row) and within it its unit: hours and money are
    /// never compared. Returns the added columns, the rows, and the first range read as
    /// its midpoint (週2〜3回) with its place, to be said once.
    static func yearly(_ table: Table, columns cols: ScoreColumns, groups: [Int], lang: Lang) throws
        -> (header: [String], rows: [RankedRow], range: (text: String, at: SourceLocation)?) {
        var values: [(Double, Unit)] = []
        var savedMemo: [String: (Double, Unit)] = [:], freqMemo: [String: Double] = [:], peopleMemo: [String: Double] = [:]
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
            let people = cols.has("people") && !cols.value(rec, "people").isEmpty
                ? try cols.parse(rec, "people", memo: &peopleMemo) { try Impact.people($0) } : 1
            guard (saved * freq * people).isFinite else {
                throw WBError.data(L("the yearly impact (saved × frequency) is too large to compute"), at: cols.location(rec, "saved"))
            }
            values.append((saved * freq * people, unit))
        }
        let rank = ranks(values.map(\.0), groups: values.indices.map { groups[$0] * 2 + (values[$0].1 == .hours ? 0 : 1) })
        let rows = table.rows.enumerated().map { (i, rec) -> RankedRow in
            let (v, u) = values[i]
            return (rec.strings + [formatNumber(v, places: 4), Labels.word(u.rawValue, lang), Impact.yearly(v, u), String(rank[i])],
                    rank[i], groupKey(groups[i]) + u.rawValue)
        }
        return (Labels.header(["per_year", "unit", "per_year_text", "rank"], lang), rows, range)
    }

    /// A score of `--mode sum`: a whole number from 1 to 5.
    static func score(_ s: String) throws -> Int {
        guard let n = Int(s.foldingWidth.trimmed), (1...5).contains(n) else {
            throw DateError(message: L("'\(s)' is not a score from 1 to 5 (--mode sum)"))
        }
        return n
    }
}
