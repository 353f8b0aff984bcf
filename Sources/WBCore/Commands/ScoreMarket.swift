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
        let cols = try MarketSizing.columns(table)
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
        w.write(table.headerNames + MarketSizing.header(lang))
        let pass = try MarketSizing.scenarios(table, columns: cols, given: { try teamN($0) ?? optMultiple }, oneOff: inv.flag("one-off"),
                                              lang: lang, note: { inv.note($0, at: $1) }, write: { w.write($0) })
        return pass ? .ok : .failed
    }

    /// N from M3's gate (`value>=3*cost`) in the milestones table.
    static func m3Multiple(_ inv: Invocation, _ path: String, team: String?) throws -> Double {
        let mt = try inv.milestoneTable(path, dates: DateContext(anchor: inv.planStart() ?? inv.fallbackAnchor()), team: team)
        guard let e = mt.set.entry("M3") else {
            throw WBError.data(L("the milestones have no M3, whose gate gives the multiple N"), at: SourceLocation(file: mt.table.name))
        }
        let g = try mt.gate(of: e)
        guard g.isMarket, let n = g.multiple else {
            throw WBError.data(L("M3's gate does not give the multiple N: write the team's N there (value>=3*cost), or give --multiple N (multiple,N in the settings)"), at: mt.location(e.record, .gate))
        }
        return n
    }
}
