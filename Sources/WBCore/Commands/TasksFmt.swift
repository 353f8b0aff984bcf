/// `wb-tasks fmt`: re-emits any table in canonical CSV or TSV.
enum TasksFmt {
    static let spec = CommandSpec("fmt",
        summary: "Re-emit any table (no task schema needed) in canonical CSV or TSV, converting between them.",
        options: [
            OptionSpec("iso-dates", "rewrite a tasks table's due dates in ISO form (2026-12-10), read against the plan's start"),
            CommonOptions.milestones,
            CommonOptions.year,
        ] + CommonOptions.table,
        examples: ["wb-tasks fmt --to tsv plan.csv > plan.tsv",
                   "wb-tasks fmt --encoding cp932 --bom --crlf excel.csv -o plan.csv"], editsInput: true) { inv in
        let reader = try inv.openTable(inv.inputPath())
        let writer = TableWriter(inv.stdout, try inv.writeOptions(input: reader.format))
        if inv.flag("iso-dates") { return try isoDates(inv, reader, writer) }
        var rec = try reader.header()
        var team = inv.teamFilter(rec, file: reader.name)
        if !team.keepsAll {
            writer.write(rec)
            while try reader.next(into: &rec) { if team.keeps(rec) { writer.write(rec) } }
            try team.finish()
            return .ok
        }
        try writer.copy(rec, rest: reader)
        return .ok
    }

    /// Streams a tasks table with each due date rewritten as ISO; other fields as fmt.
    static func isoDates(_ inv: Invocation, _ reader: TableReader, _ writer: TableWriter) throws -> ExitCode {
        let (header, schema) = try TasksIO.header(reader)
        let resolver = try TasksIO.resolver(inv, schema: schema, file: reader.name)
        writer.write(header)
        var team = inv.teamFilter(header, file: reader.name)
        var rec = Record()
        // A plan's due dates repeat: each text read once.
        var seen: [String: [UInt8]] = [:]
        while try reader.next(into: &rec) {
            if !team.keeps(rec) { continue }
            guard let di = schema[.due], di < rec.count,
                  rec.withFields({ !Record.isBlank($0[di]) && CivilDate.iso($0[di]) == nil }) else { writer.write(rec); continue }
            let text = rec.string(di).trimmed
            // ISO within spaces stays as it stands, as every ISO date does.
            var t = text
            if t.withUTF8({ CivilDate.iso($0) }) != nil { writer.write(rec); continue }
            let iso: [UInt8]
            if let known = seen[text] { iso = known } else {
                do { iso = Array(try DateParser.parse(text, resolver.dates).iso.utf8) } catch {
                    throw WBError.data(error.message, at: rec.location(ofField: di, file: reader.name))
                }
                if seen.count < 10_000 { seen[text] = iso }
            }
            iso.withUnsafeBufferPointer { writer.write(rec, replacing: di, with: $0) }
        }
        try team.finish()
        return .ok
    }
}
