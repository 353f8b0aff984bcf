/// An export's table as the bytes of its files: CSV in UTF-8 or CP932 (Japanese
/// Backlog and Excel), in one file or in parts of at most N rows, each with the header.
/// Backlog registers at most 250 issues a file, so a larger Backlog export must be split.
struct ExportFiles {
    var cp932 = false, crlf = false, bom = false

    /// The most rows Backlog's bulk registration takes in one file.
    static let backlogLimit = 250

    /// The files for `rows` under `header`: one named `name` without `split`, else
    /// `base`-1, `base`-2… (`numbered`). `plan` gives each task's line in the input, so
    /// that a character CP932 cannot hold is reported where it was written; `name` is
    /// the input's, for errors.
    func files(header: [String], rows: [[String]], plan: ExportPlan, target: TaskSystem,
               split: Int?, base: String?, name: String) throws -> [(path: String, bytes: [UInt8])] {
        let limit = split ?? (target == .backlog ? Self.backlogLimit : Int.max)
        try Self.checkFits(rows.count, target: target, split: split, name: name)
        let chunks = split == nil ? [rows[...]] : stride(from: 0, to: max(rows.count, 1), by: limit).map { rows[$0..<min($0 + limit, rows.count)] }
        // Row k of the output is task k (after Jira's epics).
        let offset = rows.count - plan.tasks.count
        func encode(_ rows: ArraySlice<[String]>) throws -> [UInt8] {
            let utf8 = try csv(rows)
            guard cp932 else { return utf8 }
            do { return try Transcoder.fromUTF8(utf8, to: .cp932, bigEndian: false, name: name) } catch var e as WBError {
                // Found row by row only once the whole part has failed.
                if let k = rows.indices.first(where: { (try? Transcoder.fromUTF8(csv([rows[$0]]), to: .cp932, bigEndian: false, name: name)) == nil }),
                   k - offset >= 0 && k - offset < plan.tasks.count {
                    e.location = try Self.place(of: csv([rows[k]]), in: plan.tasks[k - offset], file: name)
                }
                throw e
            }
        }
        let head = try encode([header][...])
        let mark: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
        return try chunks.enumerated().map { (k, chunk) in
            (split == nil ? name : Self.numbered(base ?? name, k + 1), mark + head + (try encode(chunk)))
        }
    }

    /// Where the character of `row` (an output row's UTF-8) that CP932 cannot hold was
    /// written: at its first place in the task's row as read, or at the task's line
    /// when the row does not hold it (a milestone's name, from the milestones' file).
    static func place(of row: [UInt8], in task: ExportTask, file: String) throws -> SourceLocation {
        let line = SourceLocation(file: file, line: task.line)
        guard let bad = try Transcoder.iconvConvert(row, from: "UTF-8", to: "CP932").badOffset, let raw = task.source?.raw else { return line }
        var end = bad + 1
        while end < row.count && row[end] & 0xC0 == 0x80 { end += 1 }
        guard let i = raw.withUnsafeBufferPointer({ $0.firstOffset(ofBytes: Array(row[bad..<end])) }) else { return line }
        let p = Record.position(in: raw, offset: i, firstLine: task.line)
        return SourceLocation(file: file, line: p.line, column: p.column)
    }

    private func csv(_ rows: some Sequence<[String]>) throws -> [UInt8] {
        let mem = Output.memory()
        let w = TableWriter(mem, WriteOptions(format: .csv, crlf: crlf, bom: false))
        for r in rows { w.write(r) }
        try mem.flush()
        return mem.captured
    }

    /// Refuses a Backlog export of more rows than one file registers, unless split.
    /// `export` asks it of the plan's task count before the rows and files are made
    /// (100k tasks refused in 0.9 s instead of 1.2 s); `files` asks it again of the rows.
    static func checkFits(_ rows: Int, target: TaskSystem, split: Int?, name: String) throws {
        if target == .backlog && split == nil && rows > backlogLimit {
            throw WBError.data(L("Backlog registers at most 250 issues a file and the plan has \(rows): use --split 250 -o base.csv"),
                               at: SourceLocation(file: name))
        }
    }

    /// base.csv → base-2.csv
    static func numbered(_ path: String, _ n: Int) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        if let dot = path[slash...].lastIndex(of: "."), dot > slash { return String(path[..<dot]) + "-\(n)" + String(path[dot...]) }
        return path + "-\(n)"
    }

    /// The plan's name from its file: sample-plan.csv → sample-plan.
    static func planName(_ path: String?) -> String {
        guard let path, path != "-" else { return "plan" }
        let base = path.split(separator: "/").last.map(String.init) ?? path
        return base.split(separator: ".").first.map(String.init) ?? base
    }
}
