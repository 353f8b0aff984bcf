/// `market`'s work once its options are read: a table of scenarios, each read into a
/// sizing and written back with its value, ratio, verdict and break-even figures.
extension MarketSizing {
    /// The scenario table's columns, by name or by a word a team's sheet uses.
    static func columns(_ table: Table) throws -> ScoreColumns {
        try ScoreColumns(table, [
            ("market_size", ["market", "市場規模", "customers", "顧客数"]),
            ("share", ["推定シェア", "シェア", "market_share"]),
            ("unit_price", ["price", "購入単価", "単価", "価格", "料金"]),
            ("period", ["usage_period", "想定利用期間", "利用期間", "期間"]),
            ("cost", ["推定コスト", "コスト", "investment", "費用", "投資額"]),
            ("multiple", ["n", "倍率"]),
        ], required: ["market_size", "share", "unit_price", "period", "cost"])
    }

    /// The columns `market` adds to each scenario.
    static func header(_ lang: Lang) -> [String] {
        Labels.header(["value", "ratio", "verdict", "multiple_applied", "breakeven_share", "required_share",
                       "breakeven_unit_price", "required_unit_price"], lang)
    }

    /// Reads each scenario of `table` and hands `write` the row with the added columns
    /// (`header`), in `lang`'s words; returns whether every scenario passes. `given`:
    /// the N a row is judged against when its own multiple column is empty (an option,
    /// the settings, its team's M3), nil for none. `oneOff`: a unit price written
    /// without a period is paid once, instead of an error that asks which it is.
    /// `note`: a scenario that no share can pass (it would need more than the whole
    /// market), at its share.
    static func scenarios(_ table: Table, columns cols: ScoreColumns, given: (Record) throws -> Double?, oneOff: Bool,
                          lang: Lang, note: (String, SourceLocation) -> Void = { _, _ in },
                          write: ([String]) -> Void) throws -> Bool {
        var allPass = true
        var sizes: [String: Double] = [:], shares: [String: Double] = [:], costs: [String: Double] = [:]
        var prices: [String: (Double, Quantity.Period?)] = [:], periods: [String: (Double, Quantity.Period?)] = [:]
        for rec in table.rows {
            let market = try cols.parse(rec, "market_size", memo: &sizes) { try Quantity.number($0) }
            let share = try cols.parse(rec, "share", memo: &shares) { try Quantity.share($0) }
            let (price, parsedPer) = try cols.parse(rec, "unit_price", memo: &prices) { try Quantity.price($0) }
            let (period, periodUnit) = try cols.parse(rec, "period", memo: &periods) { try Quantity.period($0) }
            let cost = try cols.parse(rec, "cost", memo: &costs) { try Quantity.number($0) }
            // Never silently monthly: a price without its period is a question.
            if parsedPer == nil && !oneOff {
                let p = cols.value(rec, "unit_price")
                throw WBError.data(L("unit_price: '\(p)' has no period: is it per month, per year or one-off? Write \(p)/月, \(p)/年 or \(p)/回 (or give --one-off)"),
                                   at: cols.location(rec, "unit_price"))
            }
            // The row's own N wins over the one given.
            var multiple = try given(rec)
            if cols.has("multiple") && !cols.value(rec, "multiple").isEmpty {
                multiple = try cols.parse(rec, "multiple") { try Quantity.number($0) }
            }
            guard let n = multiple else {
                throw WBError.data(L("no multiple for this row; fill the multiple column or give --multiple"), at: cols.location(rec, "multiple"))
            }
            guard cost > 0 else { throw WBError.data(L("cost must be more than 0"), at: cols.location(rec, "cost")) }
            let m = MarketSizing(market: market, share: share, price: price, pricePer: parsedPer ?? .once, period: period,
                                 periodUnit: periodUnit, cost: cost, multiple: n)
            guard m.value.isFinite else {
                throw WBError.data(L("the value (market × share × unit price × period) is too large to compute"), at: cols.location(rec, "market_size"))
            }
            allPass = allPass && m.passes
            func pct(_ x: Double) -> String { x.isFinite ? formatNumber(x * 100, places: 4) + "%" : "" }
            func money(_ x: Double) -> String { x.isFinite ? formatNumber(x, places: 2) : "" }
            // A verdict no share can change: said, with the price that would pass.
            if !m.passes && m.requiredShare > 1 && m.requiredPrice.isFinite {
                note(L("no share passes: \(formatNumber(n)) × the cost takes \(pct(m.requiredShare)) of the market, more than all of it; at this market size and share the unit price would have to be \(money(m.requiredPrice)) or more"),
                     cols.location(rec, "share"))
            }
            write(rec.strings + [formatNumber(m.value, places: 2), formatNumber(m.ratio, places: 4), Labels.word(m.passes ? "pass" : "fail", lang),
                                 formatNumber(n), pct(m.breakevenShare), pct(m.requiredShare), money(m.breakevenPrice), money(m.requiredPrice)])
        }
        return allPass
    }
}
