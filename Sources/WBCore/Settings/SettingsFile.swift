#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing the settings table (`wb-milestones init --settings FILE`): the given values
/// replace those of the same key, every other row stays, and the result is checked
/// as any reader would check it before it replaces the file.
enum SettingsFile {
    static func write(_ path: String, inv: Invocation, values: [PlanSettings.Key: String?]) throws {
        var rows: [[String]] = []
        // An empty file (or /dev/null) has no settings to keep. One kept in a
        // spreadsheet is written back as it was saved: its encoding (CP932 from
        // Japanese Excel), BOM and line endings.
        var kept = (encoding: TextEncoding.utf8, bigEndian: false, lineEnding: LineEnding.lf, bom: false)
        if fileExists(path), !fileHoldsNothing(path) {
            var o = ReadOptions(format: .csv)
            o.detectEncoding = true
            let reader = try TableReader(path: path, stdinFD: inv.stdinFD, options: o)
            let old = try Table.read(reader)
            rows = old.rows.map { $0.strings }
            kept = (reader.encoding, reader.bigEndian, reader.lineEnding, reader.hadBOM)
        }
        for key in PlanSettings.Key.allCases {
            guard let v = values[key] ?? nil else { continue }
            // A value given as an option is refused as the option (the file's line it
            // would have taken does not exist yet).
            do { try PlanSettings.check(key, v.trimmed) } catch let e as WBError {
                throw WBError.usage("--\(key.option ?? key.rawValue): " + e.message)
            }
            if let i = rows.firstIndex(where: { !$0.isEmpty && PlanSettings.Key.match($0[0]) == key }) {
                rows[i] = [rows[i][0], v] + rows[i].dropFirst(2)
            } else {
                rows.append([key.rawValue, v])
            }
        }
        let width = max(2, rows.map(\.count).max() ?? 2)
        let table = Table(name: path, header: ["key", "value"] + Array(repeating: "", count: width - 2),
                          rows: rows.map { $0 + Array(repeating: "", count: width - $0.count) })
        _ = try PlanSettings.read(table)
        let file = try AtomicFile(path: path)
        do {
            try file.output.encoded(in: kept.encoding, bigEndian: kept.bigEndian, name: path) { out in
                let w = TableWriter(out, WriteOptions(format: .csv, lineEnding: kept.lineEnding, bom: kept.bom))
                w.write(table.header)
                for r in table.rows { w.write(r) }
            }
            try file.commit()
        } catch { file.discard(); throw error }
        inv.note(L("wrote the plan's settings to \(path)"))
    }
}
