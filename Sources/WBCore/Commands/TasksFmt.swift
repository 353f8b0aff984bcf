/// `wb-tasks fmt`: re-emits any table in canonical CSV or TSV.
enum TasksFmt {
    static let spec = CommandSpec("fmt",
        summary: "Re-emit any table (no task schema needed) in canonical CSV or TSV, converting between them.",
        options: CommonOptions.table,
        examples: ["wb-tasks fmt --to tsv plan.csv > plan.tsv",
                   "wb-tasks fmt --encoding cp932 --bom --crlf excel.csv -o plan.csv"]) { inv in
        let reader = try inv.openTable(inv.inputPath())
        let writer = TableWriter(inv.stdout, try inv.writeOptions(input: reader.format))
        var rec = try reader.header()
        repeat { writer.write(rec) } while try reader.next(into: &rec)
        return .ok
    }
}
