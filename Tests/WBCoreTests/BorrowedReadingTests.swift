import Foundation
import Testing
@testable import WBCore

/// `TableReader.forEachRecord` lends each record in place; it must read exactly what
/// `next(into:)` reads and fail the same way, wherever the bytes come in pieces, the
/// splitter's 32-byte blocks end or the validator's look-ahead stops.
struct BorrowedReadingProperty {
    /// Every record as strings and the error, if any, read one way or the other.
    static func read(_ bytes: [UInt8], _ format: TableFormat, piece: Int, borrowed: Bool) -> String {
        var rows: [[String]] = []
        do {
            let reader = try TableReader(source: ByteSource(name: "t", bytes: bytes, pieceSize: piece), options: ReadOptions(format: format))
            if borrowed {
                try reader.forEachRecord { row in
                    let f = row.fields
                    let strings = (0..<f.count).map { String(decoding: f[$0], as: UTF8.self) }
                    // The copy a command takes for its slow path is the same record.
                    #expect(row.record().strings == strings)
                    rows.append(strings + ["@\(row.line)"])
                }
            } else {
                var rec = Record()
                while try reader.next(into: &rec) { rows.append(rec.strings + ["@\(rec.line)"]) }
            }
            return "\(rows)"
        } catch {
            return "\(rows)\nerror: \(error)"
        }
    }

    @Test(arguments: [TableFormat.csv, .tsv])
    func lendingReadsWhatCopyingReads(_ format: TableFormat) {
        var rng = RoundTripProperties.RNG(state: 20261201)
        var errors = 0
        for i in 0..<1500 {
            let bytes = CopyThroughProperty.input(&rng, tsv: format == .tsv)
            for piece in [1, 7, 1 << 20] {
                let copied = Self.read(bytes, format, piece: piece, borrowed: false)
                let lent = Self.read(bytes, format, piece: piece, borrowed: true)
                #expect(lent == copied, "input \(i) piece \(piece): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                if lent != copied { return }
                if copied.contains("error:") { errors += 1 }
            }
        }
        // Both kinds of input were met: whole tables and tables with a problem.
        #expect(errors > 300 && errors < 4000)
    }

    /// Long rows of plain fields (a comma anywhere in a 32-byte block, several in one
    /// word, runs of empty fields, Japanese) split as a plain comma split does.
    @Test func longPlainRowsSplitAtEveryComma() throws {
        var rng = RoundTripProperties.RNG(state: 7)
        let pieces: [String] = ["a", "bc", "あ", "def", "", "", "x y", "12345678", "日本語のテキスト"]
        for round in 0..<400 {
            var lines: [[String]] = []
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                let width = lines.first?.count ?? Int.random(in: 1...60, using: &rng)
                lines.append((0..<width).map { _ in
                    (0..<Int.random(in: 0...3, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
                })
            }
            let text = lines.map { $0.joined(separator: ",") }.joined(separator: "\n") + (round % 2 == 0 ? "\n" : "")
            let expected = lines.enumerated().map { $1 + ["@\($0 + 1)"] }
            // One-column rows of nothing are blank lines, which the reader skips.
            if lines.contains(where: { $0 == [""] }) { continue }
            for borrowed in [false, true] {
                #expect(Self.read(Array(text.utf8), .csv, piece: 1 << 20, borrowed: borrowed) == "\(expected)", "\(text.debugDescription)")
            }
        }
    }

    /// One bad byte anywhere in a file of a few hundred kilobytes is reported on its own
    /// line, read whole or in pieces, lent or copied, and every record before it is read.
    @Test func aBadByteFarAheadIsReportedOnItsLine() throws {
        var rng = RoundTripProperties.RNG(state: 99)
        let row = Array("T1,M1,pm,顧客インタビュー and more text,担当1,2026-10-05\n".utf8)
        let header = Array("id,milestone,role,todo,owner,due\n".utf8)
        var body = header
        for _ in 0..<5000 { body += row }
        for trial in 0..<12 {
            var bytes = body
            // Inside a row's text, never in the header; the third trial at a window's
            // edge (64 KiB), others anywhere.
            let line = trial == 2 ? 65536 / row.count + 2 : Int.random(in: 2...5001, using: &rng)
            // Line 2 is the first row; 12 bytes in is the lead byte of 客.
            let at = header.count + (line - 2) * row.count + 12
            bytes[at] = [0xFF, 0x80, 0x00][trial % 3]
            for piece in [1 << 12, 1 << 20] {
                for borrowed in [false, true] {
                    var read = 0
                    let e = dataError {
                        let reader = try TableReader(source: ByteSource(name: "t", bytes: bytes, pieceSize: piece), options: ReadOptions(format: .csv))
                        if borrowed {
                            try reader.forEachRecord { _ in read += 1 }
                        } else {
                            var rec = Record()
                            while try reader.next(into: &rec) { read += 1 }
                        }
                    }
                    #expect(e?.location?.line == line, "trial \(trial) piece \(piece): \(String(describing: e))")
                    #expect(read == line - 1)
                }
            }
        }
    }
}

/// `RecordScan` (one pass over a CSV record's structural bytes) reads exactly what the
/// full parser reads: the same fields, their kinds (plain, quoted, escaped), lines,
/// canonical flags and errors, on random tables built from quoted fields with commas,
/// doubled quotes, CR and LF inside, empty quoted fields, quotes where they do not
/// belong, text after a closing quote, lone CRs, CRLF and LF endings, blank lines,
/// fields longer than its 64-byte blocks and Japanese, read whole and in pieces.
struct RecordScanProperty {
    static func read(_ bytes: [UInt8], piece: Int, scan: Bool, scanned: inout Int) -> String {
        var rows: [String] = []
        let reader: TableReader
        do { reader = try TableReader(source: ByteSource(name: "t", bytes: bytes, pieceSize: piece), options: ReadOptions(format: .csv)) }
        catch { return "error: \(error)" }
        defer { scanned += reader.recordsScanned }
        do {
            reader.scansRecords = scan
            try reader.forEachRecord { row in
                let f = row.fields
                let fields = (0..<f.count).map { "\(f.isPlain($0) ? "" : "~")\(String(decoding: f[$0], as: UTF8.self))" }
                rows.append("\(fields) @\(row.line) \(row.canonical ? "c" : "-")")
            }
            return rows.joined(separator: "\n")
        } catch {
            return rows.joined(separator: "\n") + "\nerror: \(error)"
        }
    }

    @Test func theScanReadsWhatTheFullParserReads() {
        var rng = RoundTripProperties.RNG(state: 20261202)
        let fields = ["a", "T12", "", "顧客インタビュー", "\"a, b\"", "\"x\"\"y\"", "\"line\nnext\"", "\"cr\r\nlf\"", "\"\"",
                      "\"plain\"", "a\"b", "\"q\"z", "\"\"\"\"", "\"long field with, a comma and more than thirty-two bytes\"",
                      "unquoted text that runs on past one block of thirty-two bytes",
                      "\"a quoted field, with a comma, that runs on past a whole block of sixty-four bytes and more\"",
                      "an unquoted field of Japanese, 日本語のテキストが六十四バイトの区切りをまたいで続く", "\"\"\"lead\"", "\"end\"\"\"", "\"日本語, テキスト\"", "x\"y\""]
        let endings = ["\n", "\n", "\n", "\r\n", "\r\n", "\r", "\n\n"]
        var scanned = 0, errors = 0, taken = 0, none = 0
        for i in 0..<2_500 {
            let width = Int(rng.next() % 6) + 1
            let broken = rng.next() % 4 == 0
            var text = ""
            for _ in 0..<Int(rng.next() % 12) + 1 {
                var row: [String] = []
                for _ in 0..<width {
                    // Mostly well-formed; a table in four may hold anything.
                    let pool = fields.filter { broken || !($0 == "a\"b" || $0 == "\"q\"z" || $0 == "x\"y\"") }
                    row.append(pool[Int(rng.next() % UInt64(pool.count))])
                }
                let ending = broken ? endings[Int(rng.next() % UInt64(endings.count))] : endings[Int(rng.next() % 5)]
                text += row.joined(separator: ",") + ending
            }
            if rng.next() % 5 == 0 { text.removeLast() }
            let bytes = Array(text.utf8)
            for piece in [3, 1 << 20] {
                let full = Self.read(bytes, piece: piece, scan: false, scanned: &none)
                let scan = Self.read(bytes, piece: piece, scan: true, scanned: &taken)
                #expect(scan == full, "input \(i) piece \(piece): \(text.debugDescription)")
                if scan != full { return }
                if full.contains("error:") { errors += 1 }
                scanned += 1
            }
        }
        // The scan took most records read whole (a record needs 64 bytes ahead), and
        // none when it was off.
        #expect(scanned == 5_000 && errors > 300 && errors < 4_000 && taken > 5_000 && none == 0, "\(errors) errors, \(taken) scanned")
    }
}

/// A spreadsheet's row that was formatted but never filled (`,,,,`) holds no task: after
/// the header it is a blank line for a command that reads what a table says
/// (`skipsEmptyRows`), wherever the input's pieces end; the codec itself, and a command
/// that edits its input (fmt, set, add), keep it as a record.
struct EmptyRowsTests {
    static func rows(_ text: String, _ format: TableFormat, piece: Int, keep: Bool = false) throws -> [String] {
        var o = ReadOptions(format: format)
        o.skipsEmptyRows = !keep
        let reader = try TableReader(source: ByteSource(name: "t", bytes: Array(text.utf8), pieceSize: piece), options: o)
        var out: [String] = []
        var rec = Record()
        while try reader.next(into: &rec) { out.append(rec.strings.joined(separator: "|") + "@\(rec.line)") }
        return out
    }

    @Test func aRowOfEmptyFieldsIsBlankAfterTheHeader() throws {
        for piece in [1, 2, 3, 5, 1 << 20] {
            #expect(try Self.rows("a,b,c\n,,\nx,y,z\r\n,,\r\n\n,,,,\n1,2,3\n,,", .csv, piece: piece)
                    == ["a|b|c@1", "x|y|z@3", "1|2|3@7"], "piece \(piece)")
            #expect(try Self.rows("a\tb\n\t\nx\ty\n\t", .tsv, piece: piece) == ["a|b@1", "x|y@3"], "piece \(piece)")
            // Kept where the command edits its input; a header of empty fields stays a header.
            #expect(try Self.rows("a,b\n,\nx,y\n", .csv, piece: piece, keep: true) == ["a|b@1", "|@2", "x|y@3"])
            #expect(try Self.rows(",\nx,y\n", .csv, piece: piece) == ["|@1", "x|y@2"])
            // A row with a quoted empty field or a space holds something: a record.
            #expect(try Self.rows("a,b\n\"\",\n ,\n", .csv, piece: piece) == ["a|b@1", "|@2", " |@3"])
        }
        // The blank lines before each record, and before the end, are counted for
        // the commands that keep them (set, add), wherever the pieces end.
        for piece in [1, 2, 3, 1 << 20] {
            let reader = try TableReader(source: ByteSource(name: "t", bytes: Array("a,b\nx,y\n\n\r\nz,w\n\n".utf8), pieceSize: piece))
            var rec = Record(), counts: [Int] = []
            while try reader.next(into: &rec) { counts.append(reader.blankLinesBefore) }
            counts.append(reader.blankLinesBefore)
            #expect(counts == [0, 0, 2, 1], "piece \(piece)")
        }
        // In a one-column table a blank line is a record, as before.
        #expect(try Self.rows("a\n\nb\n", .csv, piece: 4) == ["a@1", "@2", "b@3"])
    }
}

/// A streamed table whose first 64 KiB are ASCII and whose first byte beyond it is
/// CP932 (Japanese Excel's CSV with English rows first) is read as CP932 from the
/// record holding that byte, wherever the input's pieces end and however much of it
/// the buffer has let go; one with UTF-8 text before it stays an error there.
struct LateCP932Tests {
    static let nihon: [UInt8] = [0x93, 0xFA, 0x96, 0x7B]   // 日本 in CP932
    static let hankaku: [UInt8] = [0xC3, 0xBD, 0xC4]       // ﾃｽﾄ: its first two bytes read as UTF-8

    static func read(_ bytes: [UInt8], piece: Int) throws -> (rows: [String], encoding: TextEncoding) {
        var o = ReadOptions(format: .csv)
        o.sniffEncoding = true
        let reader = try TableReader(source: ByteSource(name: "t", bytes: bytes, pieceSize: piece), options: o)
        var out: [String] = []
        var rec = Record()
        while try reader.next(into: &rec) { out.append(rec.strings.joined(separator: "|") + "@\(rec.line)") }
        return (out, reader.encoding)
    }

    static func table(rows: Int, tail: [UInt8], head: String = "") -> [UInt8] {
        var b = Array("id,todo\r\n\(head)".utf8)
        for i in 0..<rows { b += Array("T\(i),task \(i)\r\n".utf8) }
        return b + tail
    }

    @Test func asciiThenCP932IsReadAsCP932FromThere() throws {
        let tail = Array("X1,".utf8) + Self.nihon + Array("\r\nX2,".utf8) + Self.hankaku + Array("\r\n".utf8)
        // 9,000 rows (~120 KB) and 90,000 (~1.3 MB, past what the buffer keeps).
        for n in [9_000, 90_000] {
            for piece in [7, 4096, 1 << 22] {
                let r = try Self.read(Self.table(rows: n, tail: tail), piece: piece)
                #expect(r.rows.count == n + 3 && r.encoding == TextEncoding.cp932, "rows \(n), piece \(piece)")
                #expect(r.rows.suffix(2) == ["X1|日本@\(n + 2)", "X2|ﾃｽﾄ@\(n + 3)"], "rows \(n), piece \(piece)")
            }
        }
        // Not CP932 either (a lead byte cut off at the end): the UTF-8 error, where it is.
        #expect(throws: WBError.self) { try Self.read(Self.table(rows: 9_000, tail: Array("X1,".utf8) + [0x93]), piece: 4096) }
    }

    @Test func utf8TextBeforeKeepsItAnError() throws {
        let tail = Array("X1,".utf8) + Self.nihon + Array("\r\n".utf8)
        for piece in [4096, 1 << 22] {
            do {
                _ = try Self.read(Self.table(rows: 90_000, tail: tail, head: "T,日本\r\n"), piece: piece)
                Issue.record("read a file of UTF-8 and CP932, piece \(piece)")
            } catch let error as WBError {
                #expect(error.location?.line == 90_003, "piece \(piece)")
            }
        }
    }

    @Test func nonASCIIIsFoundEightBytesAtATime() {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: 37)
        for at in 0..<37 {
            var b = bytes
            b[at] = 0xE3
            b.withUnsafeBufferPointer { p in
                #expect(TableReader.hasNonASCII(p, 0, 37) && TableReader.hasNonASCII(p, at, at + 1))
                #expect(!TableReader.hasNonASCII(p, 0, at) && !TableReader.hasNonASCII(p, at + 1, 37))
            }
        }
    }
}
