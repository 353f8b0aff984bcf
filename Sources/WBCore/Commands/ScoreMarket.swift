/// `wb-score market`: market size × share × unit price × period against N × cost.
enum ScoreMarket {
    static let spec = CommandSpec("market",
        summary: "Market sizing: value = market_size x share x unit_price x period; ratio = value / cost; verdict against --multiple N (or a multiple column); break-even share and unit price. Exit 1 when a scenario fails.",
        options: [
            CommonOptions.multiple,
        ] + CommonOptions.table,
        examples: ["wb-score market --multiple 3 share/wb/sample-market.csv"]) { inv in
        let table = try inv.readTable(inv.inputPath())
        let cols = try ScoreColumns(table, [
            ("market_size", ["market", "市場規模", "customers", "顧客数"]),
            ("share", ["推定シェア", "シェア", "market_share"]),
            ("unit_price", ["price", "購入単価", "単価"]),
            ("period", ["usage_period", "想定利用期間", "利用期間", "期間"]),
            ("cost", ["推定コスト", "コスト", "investment"]),
            ("multiple", ["n", "倍率"]),
        ], required: ["market_size", "share", "unit_price", "period", "cost"])
        var optMultiple: Double?
        if let m = inv.string("multiple") {
            guard let v = Double(m.trimmed), v > 0 else { throw WBError.usage("--multiple needs a positive number, not '\(m)'") }
            optMultiple = v
        }
        if optMultiple == nil && !cols.has("multiple") {
            throw WBError.usage("give --multiple N (the deck leaves N to the team) or a multiple column")
        }
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: table.format))
        w.write(table.headerNames + ["value", "ratio", "verdict", "breakeven_share", "breakeven_unit_price"])
        var allPass = true
        for rec in table.rows {
            let market = try cols.parse(rec, "market_size") { try Quantity.number($0) }
            let share = try cols.parse(rec, "share") { try Quantity.share($0) }
            let (price, pricePer) = try cols.parse(rec, "unit_price") { try Quantity.price($0) }
            var (period, periodUnit) = try cols.parse(rec, "period") { try Quantity.period($0) }
            let cost = try cols.parse(rec, "cost") { try Quantity.number($0) }
            if let a = pricePer, let b = periodUnit, a != b { period = period * b.months / a.months; periodUnit = a }
            var multiple = optMultiple
            if multiple == nil || (cols.has("multiple") && !cols.value(rec, "multiple").isEmpty) {
                if cols.has("multiple") && !cols.value(rec, "multiple").isEmpty {
                    multiple = try cols.parse(rec, "multiple") { try Quantity.number($0) }
                }
            }
            guard let n = multiple else {
                throw WBError.data("no multiple for this row; fill the multiple column or give --multiple", at: cols.location(rec, "multiple"))
            }
            guard cost > 0 else { throw WBError.data("cost must be more than 0", at: cols.location(rec, "cost")) }
            let value = market * share * price * period
            let ratio = value / cost
            let pass = ratio >= n - 1e-9
            allPass = allPass && pass
            let target = n * cost
            let beShare = market * price * period > 0 ? target / (market * price * period) : .infinity
            let bePrice = market * share * period > 0 ? target / (market * share * period) : .infinity
            w.write(rec.strings + [formatNumber(value, places: 2), formatNumber(ratio, places: 4), pass ? "pass" : "fail",
                                   beShare.isFinite ? formatNumber(beShare * 100, places: 4) + "%" : "",
                                   bePrice.isFinite ? formatNumber(bePrice, places: 2) : ""])
        }
        return allPass ? .ok : .failed
    }
}
