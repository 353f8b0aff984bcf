/// `wb-score market`: market size × share × unit price × period against N × cost.
enum ScoreMarket {
    static let spec = CommandSpec("market",
        summary: "Market sizing: value = market_size x share x unit_price x period; ratio = value / cost; verdict against N (--multiple, a multiple column, or M3's gate value>=N*cost in --milestones); the share and unit price at which value equals the cost (breakeven) and N times the cost (required). Exit 1 when a scenario fails.",
        options: [
            CommonOptions.multiple, CommonOptions.milestones,
            OptionSpec("one-off", "a unit price without a period is paid once (value = market x share x price; the period does not multiply it)"),
            CommonOptions.labels,
        ] + CommonOptions.table,
        examples: ["wb-score market --multiple 3 share/wb/sample-market.csv"]) { inv in
        let table = try inv.scoped(inv.readTable(inv.inputPath()))
        // A plan of several teams: each team's scenarios are judged against its own M3.
        let teamColumn = inv.teamKey == nil ? Teams.column(table.header) : nil
        let cols = try ScoreColumns(table, [
            ("market_size", ["market", "市場規模", "customers", "顧客数"]),
            ("share", ["推定シェア", "シェア", "market_share"]),
            ("unit_price", ["price", "購入単価", "単価", "価格", "料金"]),
            ("period", ["usage_period", "想定利用期間", "利用期間", "期間"]),
            ("cost", ["推定コスト", "コスト", "investment", "費用", "投資額"]),
            ("multiple", ["n", "倍率"]),
        ], required: ["market_size", "share", "unit_price", "period", "cost"])
        var optMultiple: Double?
        if let m = inv.string("multiple") {
            guard let v = Double(m.trimmed), v > 0 else { throw WBError.usage(L("--multiple needs a positive number, not '\(m)'")) }
            optMultiple = v
        }
        // The settings' milestones table gives N only to a table without its own
        // multiple column (the column's N, given, wins, as an option would).
        let milestonesPath = inv.fromSettings.contains("milestones") && cols.has("multiple") ? nil : inv.string("milestones")
        // Each team's N from its own M3, looked up once per team.
        var teamMultiple: [String: Double] = [:]
        func teamN(_ rec: Record) throws -> Double? {
            guard let c = teamColumn, inv.string("multiple") == nil, let path = milestonesPath else { return nil }
            let key = inv.teams.key(c < rec.count ? rec.string(c).trimmed : "")
            if let n = teamMultiple[key] { return n }
            let n = try m3Multiple(inv, path, team: key)
            teamMultiple[key] = n
            return n
        }
        if optMultiple == nil, let path = milestonesPath {
            optMultiple = try m3Multiple(inv, path, team: nil)
        }
        if optMultiple == nil && !cols.has("multiple") {
            throw WBError.usage(L("give --multiple N (the deck leaves N to the team; keep it in the settings as multiple,N), a multiple column, or --milestones with M3's gate value>=N*cost"))
        }
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: table.format))
        let lang = try inv.labelLang()
        w.write(table.headerNames + Labels.header(["value", "ratio", "verdict", "multiple_applied", "breakeven_share", "required_share",
                                                   "breakeven_unit_price", "required_unit_price"], lang))
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
            if parsedPer == nil && !inv.flag("one-off") {
                let p = cols.value(rec, "unit_price")
                throw WBError.data(L("unit_price: '\(p)' has no period: is it per month, per year or one-off? Write \(p)/月, \(p)/年 or \(p)/回 (or give --one-off)"),
                                   at: cols.location(rec, "unit_price"))
            }
            var multiple = optMultiple
            if let t = try teamN(rec) { multiple = t }
            if multiple == nil || (cols.has("multiple") && !cols.value(rec, "multiple").isEmpty) {
                if cols.has("multiple") && !cols.value(rec, "multiple").isEmpty {
                    multiple = try cols.parse(rec, "multiple") { try Quantity.number($0) }
                }
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
            w.write(rec.strings + [formatNumber(m.value, places: 2), formatNumber(m.ratio, places: 4), Labels.word(m.passes ? "pass" : "fail", lang),
                                   formatNumber(n), pct(m.breakevenShare), pct(m.requiredShare), money(m.breakevenPrice), money(m.requiredPrice)])
        }
        return allPass ? .ok : .failed
    }

    /// N from M3's gate (`value>=3*cost`) in the milestones table.
    static func m3Multiple(_ inv: Invocation, _ path: String, team: String?) throws -> Double {
        let mt = try inv.milestoneTable(path, dates: DateContext(anchor: inv.planStart() ?? inv.fallbackAnchor()), team: team)
        guard let e = mt.set.entry("M3") else {
            throw WBError.data(L("the milestones have no M3, whose gate gives the multiple N"), at: SourceLocation(file: mt.table.name))
        }
        let g = try mt.gate(of: e)
        guard g.isMarket, let n = g.multiple else {
            throw WBError.data(L("M3's gate does not give the multiple: write value>=3*cost (or the team's N)"), at: mt.location(e.record, .gate))
        }
        return n
    }
}
