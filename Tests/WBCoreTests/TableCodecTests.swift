import Foundation
import Testing
@testable import WBCore

func parse(_ text: String, _ format: TableFormat? = nil, name: String = "t.csv") throws -> [[String]] {
    let r = try TableReader(source: ByteSource(name: name, bytes: Array(text.utf8)), options: ReadOptions(format: format))
    return try r.readAll().map(\.strings)
}

func parseBytes(_ bytes: [UInt8], _ opts: ReadOptions = ReadOptions(format: .csv)) throws -> [[String]] {
    let r = try TableReader(source: ByteSource(name: "t.csv", bytes: bytes), options: opts)
    return try r.readAll().map(\.strings)
}

func write(_ rows: [[String]], _ format: TableFormat) -> String {
    let out = Output.memory()
    let w = TableWriter(out, WriteOptions(format: format))
    for r in rows { w.write(r) }
    try? out.flush()
    return out.capturedString
}

func dataError(_ body: () throws -> Void) -> WBError? {
    do { try body() } catch let e as WBError { return e } catch { return nil }
    return nil
}

struct CSVReaderTests {
    @Test func quotedFieldsHoldCommasQuotesAndNewlines() throws {
        let rows = try parse("a,b\n\"x,y\",\"he said \"\"hi\"\"\nnext\"\n")
        #expect(rows == [["a", "b"], ["x,y", "he said \"hi\"\nnext"]])
    }

    @Test func crlfRecordsAndCRInsideQuotes() throws {
        #expect(try parse("a,b\r\n1,\"x\r\ny\"\r\n") == [["a", "b"], ["1", "x\r\ny"]])
    }

    /// A table's line ending is its first line's (a lone CR is what Excel for Mac's
    /// "CSV (Macintosh)" writes), and a writer told to keep it writes every line so,
    /// a newline inside a quoted field staying as it came.
    @Test func lineEndingIsReadAndKept() throws {
        for (text, ending) in [("a,b\n1,\"x\ny\"\n", LineEnding.lf), ("a,b\r\n1,\"x\r\ny\"\r\n", .crlf), ("a,b\r1,\"x\ry\"\r", .cr)] {
            let r = try TableReader(source: ByteSource(name: "t.csv", bytes: Array(text.utf8)), options: ReadOptions(format: .csv))
            let t = try Table.read(r)
            #expect(t.lineEnding == ending)
            #expect(t.rows.map(\.strings) == [["1", ending == .lf ? "x\ny" : ending == .crlf ? "x\r\ny" : "x\ry"]])
            let out = Output.memory()
            let w = TableWriter(out, WriteOptions(format: .csv).keeping(t.lineEnding, bom: false))
            w.write(t.header)
            for row in t.rows { w.write(row) }
            try out.flush()
            #expect(out.capturedString == text)
        }
        // TSV: a lone CR inside a line is a field's text; but a TSV whose first line
        // ends in one (Excel for Mac's tab-delimited text) has its lines end so, and is
        // read and written back that way (a quoted cell's LF as it came).
        #expect(try parse("a\tb\n1\tx\ry\n", .tsv) == [["a", "b"], ["1", "x\ry"]])
        for (text, rows) in [("a\tb\r1\t2\r3\t\"x\ny\"\r", [["1", "2"], ["3", "x\ny"]]),
                             ("a\tb\r1\t2", [["1", "2"]]), ("a\tb\r", []), ("\n\n\ra\tb\r1\t2\r", [["1", "2"]])] {
            for streamed in [false, true] {
                let bytes = Array(text.utf8)
                let source = streamed ? ByteSource(name: "t.tsv", bytes: bytes, pieceSize: 2) : ByteSource(name: "t.tsv", bytes: bytes)
                let t = try Table.read(TableReader(source: source, options: ReadOptions(format: .tsv)))
                #expect(t.header.strings == ["a", "b"])
                #expect(t.rows.map(\.strings) == rows)
                #expect(t.lineEnding == .cr)
                let out = Output.memory()
                let w = TableWriter(out, WriteOptions(format: .tsv).keeping(t.lineEnding, bom: false))
                w.write(t.header)
                for row in t.rows { w.write(row) }
                try out.flush()
                #expect(out.capturedString == "a\tb\r" + rows.map { $0.joined(separator: "\t").replacingOccurrences(of: "\n", with: "\\n") + "\r" }.joined())
            }
        }
        // Past what the reader looks at first, the source makes the lone CRs LF as it
        // reads: the same rows from memory, in pieces (a CR at a piece's end, its LF in
        // the next), from a file (mapped, then read), and as the LF file reads.
        var lf = "id\ttodo\n", mac = "id\ttodo\r"
        for i in 0..<12_000 {
            let todo = i % 5 == 0 ? "\"two\nlines \(i)\"" : i % 7 == 0 ? "a\\tb \(i)" : "task \(i)"
            lf += "T\(i)\t\(todo)\n"
            mac += "T\(i)\t\(todo)" + (i % 11 == 0 ? "\r\r" : "\r")
        }
        let want = try Table.read(TableReader(source: ByteSource(name: "t.tsv", bytes: Array(lf.utf8)))).rows.map(\.strings)
        #expect(want.count == 12_000)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wb-mac-\(getpid()).tsv").path
        try Data(mac.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        for source in [ByteSource(name: "t.tsv", bytes: Array(mac.utf8)), ByteSource(name: "t.tsv", bytes: Array(mac.utf8), pieceSize: 7),
                       ByteSource(name: "t.tsv", bytes: Array(mac.utf8), pieceSize: 4096), try ByteSource.open(path)] {
            let r = try TableReader(source: source)
            var rows: [[String]] = []
            var rec = Record()
            _ = try r.next(into: &rec)
            while try r.next(into: &rec) { rows.append(rec.strings) }
            #expect(rows == want)
            #expect(r.lineEnding == .cr)
        }
        // --crlf asked for wins over the table's own ending.
        #expect(WriteOptions(format: .csv, crlf: true).keeping(.cr, bom: false).lineEnding == .crlf)
    }

    @Test func lastRecordWithoutNewline() throws {
        #expect(try parse("a,b\n1,2") == [["a", "b"], ["1", "2"]])
    }

    @Test func trailingEmptyField() throws {
        #expect(try parse("a,b\n1,\n") == [["a", "b"], ["1", ""]])
        #expect(try parse("a,b\n1,") == [["a", "b"], ["1", ""]])
    }

    @Test func blankLinesBetweenRecordsAreSkipped() throws {
        #expect(try parse("a,b\n\n1,2\n\n") == [["a", "b"], ["1", "2"]])
    }

    @Test func bomIsStripped() throws {
        #expect(try parseBytes([0xEF, 0xBB, 0xBF] + Array("a\n1\n".utf8)) == [["a"], ["1"]])
    }

    @Test func unterminatedQuoteNamesWhereItOpened() {
        let e = dataError { _ = try parse("a,b\n1,\"abc\n2,3\n") }
        #expect(e?.code == .dataError)
        #expect(e?.location == SourceLocation(file: "t.csv", line: 2, column: 3))
    }

    @Test func strayQuoteInUnquotedField() {
        let e = dataError { _ = try parse("a,b\n1,ab\"c\n") }
        #expect(e?.location == SourceLocation(file: "t.csv", line: 2, column: 5))
    }

    @Test func textAfterClosingQuote() {
        let e = dataError { _ = try parse("a,b\n1,\"ab\"c\n") }
        #expect(e?.location?.line == 2)
        #expect(e?.message.contains("doubled") == true)
    }

    /// A row of fewer fields than the header is named at its end, where the missing
    /// ones would be; one of more at its first field past the header's width (on the
    /// line that field is on), whichever way the rows are read.
    @Test func raggedRowNamesItsPlace() throws {
        let e = dataError { _ = try parse("a,b\n1,2\n3\n") }
        #expect(e?.location == SourceLocation(file: "t.csv", line: 3, column: 2))
        #expect(e?.message.contains("1 field but the header has 2") == true)
        let more = "a,b\n\"x\ny\",あ,extra\n"
        #expect(dataError { _ = try parse(more) }?.location == SourceLocation(file: "t.csv", line: 3, column: 6))
        let reader = try TableReader(source: ByteSource(name: "t.csv", bytes: Array(more.utf8), pieceSize: 4))
        _ = try reader.header()
        do { try reader.forEachRecord { _ in }; Issue.record("no error") } catch let e as WBError {
            #expect(e.location == SourceLocation(file: "t.csv", line: 3, column: 6))
        }
    }

    @Test func invalidUTF8NamesLineAndCharacterColumn() {
        let e = dataError { _ = try parseBytes(Array("a,b\nあ,".utf8) + [0xC3, 0x28] + [0x0A]) }
        #expect(e?.location == SourceLocation(file: "t.csv", line: 2, column: 3))
    }

    @Test func overlongAndSurrogateUTF8AreRejected() {
        #expect(dataError { _ = try parseBytes([0x61, 0x0A, 0xC0, 0x80, 0x0A]) } != nil)
        #expect(dataError { _ = try parseBytes([0x61, 0x0A, 0xED, 0xA0, 0x80, 0x0A]) } != nil)
        #expect(dataError { _ = try parseBytes([0x61, 0x0A, 0xE3, 0x81, 0x0A]) } != nil)
    }

    @Test func nulByteIsAnError() {
        let e = dataError { _ = try parseBytes([0x61, 0x0A, 0x62, 0x00, 0x0A]) }
        #expect(e?.message.contains("NUL") == true)
    }

    @Test func utf16WithBOMIsDecoded() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "id,名\n1,髙\n".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try parseBytes(bytes) == [["id", "名"], ["1", "髙"]])
    }

    @Test func cp932IsDecoded() throws {
        // "名前\n髙橋\n" in CP932.
        let bytes: [UInt8] = [0x96, 0xBC, 0x91, 0x4F, 0x0A, 0xFB, 0xFC, 0x8B, 0xB4, 0x0A]
        var o = ReadOptions(format: .csv)
        o.encoding = .cp932
        #expect(try parseBytes(bytes, o) == [["名前"], ["髙橋"]])
    }

    @Test func formatSniffedFromHeader() throws {
        let r = try TableReader(source: ByteSource(name: "<stdin>", bytes: Array("a\tb\n1\t2\n".utf8)))
        #expect(r.format == .tsv)
    }

    @Test func recordsLargerThanTheReadChunk() throws {
        let big = String(repeating: "x,\"y\"\"\n", count: 100_000)
        let text = "a\n\"" + big.replacingOccurrences(of: "\"", with: "\"\"") + "\"\n"
        let rows = try parse(text)
        #expect(rows.count == 2)
        #expect(rows[1][0] == big)
    }
}

struct TSVTests {
    @Test func escapesAreDecoded() throws {
        #expect(try parse("a\tb\nx\\ty\tl1\\nl2\\\\\n", .tsv) == [["a", "b"], ["x\ty", "l1\nl2\\"]])
    }

    @Test func unknownEscapeKeepsTheBackslash() throws {
        #expect(try parse("a\nC:\\path\n", .tsv) == [["a"], ["C:\\path"]])
    }

    @Test func writerEscapes() {
        #expect(write([["a\tb", "c\nd", "e\\f", "g\rh"]], .tsv) == "a\\tb\tc\\nd\te\\\\f\tg\\rh\n")
    }

    /// Records read from CSV or TSV and written as CSV or TSV, which takes shortcuts
    /// (a record of plain fields copied with each delimiter changed; no search per
    /// field when the record holds nothing to escape), come out exactly as the same
    /// fields built in memory, which are each encoded on their own: random tables with
    /// tabs, backslashes, quotes (also first in a field), line breaks and commas, a
    /// row's only field empty.
    @Test(arguments: [TableFormat.csv, .tsv])
    func recordsAsReadWriteAsFieldsBuiltInMemory(_ from: TableFormat) throws {
        var rng = RoundTripProperties.RNG(state: 41)
        let words = ["a", "plain text", "日本語", "\t", "\\", "\"", "x\"y", "\r\n", "\n", ",", "", "long words and more words"]
        var plainRows = 0
        for _ in 0..<300 {
            // (A TSV row of one empty field is a blank line, which readers skip.)
            let width = Int.random(in: (from == .tsv ? 2 : 1)...6, using: &rng)
            let rows: [[String]] = (0..<Int.random(in: 1...30, using: &rng)).map { _ in
                (0..<width).map { _ in
                    rng.next() % 3 == 0 ? "" : (0..<Int.random(in: 1...4, using: &rng)).map { _ in
                        // Most fields plain, so that whole records take the shortcut.
                        rng.next() % 4 == 0 ? words.randomElement(using: &rng)! : words[Int(rng.next() % 3)]
                    }.joined()
                }
            }
            let text = write(rows, from)
            let reader = try TableReader(source: ByteSource(name: "t", bytes: Array(text.utf8)), options: ReadOptions(format: from))
            let read = try reader.readAll()
            for to in [TableFormat.csv, .tsv] {
                let (asRead, built) = (Output.memory(), Output.memory())
                let (w1, w2) = (TableWriter(asRead, WriteOptions(format: to)), TableWriter(built, WriteOptions(format: to)))
                for rec in read {
                    if rec.isPlain { plainRows += 1 }
                    w1.write(rec)
                    w2.write(Record(fields: rec.strings))
                }
                try asRead.flush(); try built.flush()
                #expect(asRead.captured == built.captured, "\(rows) to \(to)")
            }
            #expect(read.map(\.strings) == rows)
        }
        #expect(plainRows > 500)
    }
}

struct CSVWriterTests {
    @Test func quotesOnlyWhenNeeded() {
        #expect(write([["a", "b,c", "d\"e", "f\ng", ""]], .csv) == "a,\"b,c\",\"d\"\"e\",\"f\ng\",\n")
    }

    @Test func loneEmptyFieldIsQuoted() {
        #expect(write([[""]], .csv) == "\"\"\n")
    }
}

/// Seeded random tables survive write → read in CSV and TSV.
struct RoundTripProperties {
    static let alphabet: [String] = ["a", "Z", "0", " ", ",", "\"", "\t", "\n", "\r", "\r\n", "\\", "あ", "髙", "😀", "'", "=", "-"]

    struct RNG: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    static func table(_ rng: inout RNG) -> [[String]] {
        let cols = Int.random(in: 1...5, using: &rng)
        let rows = Int.random(in: 1...8, using: &rng)
        return (0..<rows).map { _ in
            (0..<cols).map { _ in
                (0..<Int.random(in: 0...6, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            }
        }
    }

    @Test(arguments: [TableFormat.csv, .tsv])
    func randomTablesRoundTrip(_ format: TableFormat) throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["WB_SEED"] ?? "") ?? 20261129
        var rng = RNG(state: seed)
        for i in 0..<500 {
            var t = Self.table(&rng)
            // A one-column row of a single empty field can only round-trip in CSV ("").
            if format == .tsv && t[0].count == 1 { t = t.map { $0 + ["x"] } }
            let text = write(t, format)
            let back = try parse(text, format)
            #expect(back == t, "seed \(seed), table \(i): \(t) came back as \(back)")
            if back != t { return }
        }
    }

    /// Rows written field by field (the findings' writer) are the bytes `write(_:)`
    /// writes for the same fields, with CRLF, a lone CR and a byte-order mark too: fields given
    /// whole, found plain, or built in the row (and quoted there).
    @Test(arguments: [TableFormat.csv, .tsv])
    func fieldByFieldWritesWhatRecordsWrite(_ format: TableFormat) {
        var rng = RNG(state: 20261130)
        var rowsAtOnce = 0
        for i in 0..<300 {
            var t = Self.table(&rng)
            if i % 7 == 0 { t[0][0] = "\u{FEFF}" + t[0][0] }
            let options = WriteOptions(format: format, lineEnding: [LineEnding.lf, .crlf, .cr][i % 3], bom: i % 4 == 0)
            let a = Output.memory(), b = Output.memory(), c = Output.memory(), d = Output.memory()
            let byRecord = TableWriter(a, options), byField = TableWriter(b, options), built = TableWriter(c, options)
            // Fields after the first taken as encoded from another writer (the
            // findings' memo) and put back whole.
            let replayed = TableWriter(d, options), donor = TableWriter(Output.memory(), options)
            // Rows after the first whose first three fields are plain, written at once
            // from those and the rest as encoded by another writer (check's findings).
            let e = Output.memory(), atOnce = TableWriter(e, options), donor2 = TableWriter(Output.memory(), options)
            let counter = DecimalCounter()
            for (r, row) in t.enumerated() {
                byRecord.write(row)
                let parts = row.prefix(3).map { Array($0.utf8) }
                if r > 0, row.count >= 4, parts.allSatisfy({ $0.withUnsafeBufferPointer { atOnce.isPlain($0) } }) {
                    donor2.field(row[2])
                    let mark = donor2.rowMark
                    for f in row.dropFirst(3) { donor2.field(f) }
                    parts[0].withUnsafeBufferPointer { a in
                        parts[1].withUnsafeBufferPointer { b in
                            parts[2].withUnsafeBufferPointer { c in atOnce.row(plain: a, b, c, encoded: donor2.fields(from: mark)) }
                        }
                    }
                    donor2.endRow()
                    rowsAtOnce += 1
                } else {
                    atOnce.write(row)
                }
                // On every other row, a field found plain goes in through field(plain:).
                for f in row {
                    let bytes = Array(f.utf8)
                    bytes.withUnsafeBufferPointer { p in
                        if r % 2 == i % 2 && byField.isPlain(p) { byField.field(plain: p) } else { byField.field(p) }
                    }
                }
                byField.endRow()
                // The same fields built in the row itself: in two appends, some after a
                // false start taken back, and numbers as check writes its lines (a
                // `DecimalCounter`'s digits through field(plain:)).
                for (k, f) in row.enumerated() {
                    if let n = Int(f), String(n) == f, n >= 0 { built.field(plain: counter.digits(of: n)); continue }
                    built.field { out in
                        let start = out.count
                        if (r + k) % 3 == 0 { out.append("false start"); out.truncate(to: start) }
                        let bytes = Array(f.utf8), half = bytes.count / 2
                        out.append(Array(bytes[..<half]))
                        out.append(Array(bytes[half...]))
                    }
                }
                built.endRow()
                replayed.field(row[0])
                if row.count > 1 {
                    donor.field(row[0])
                    let mark = donor.rowMark
                    for f in row.dropFirst() { donor.field(f) }
                    replayed.append(encodedFields: donor.fields(from: mark), count: row.count - 1)
                    donor.endRow()
                }
                replayed.endRow()
            }
            try? a.flush(); try? b.flush(); try? c.flush(); try? d.flush(); try? e.flush()
            #expect(a.capturedString == b.capturedString, "table \(i): \(t)")
            #expect(a.capturedString == c.capturedString, "built, table \(i): \(t)")
            #expect(a.capturedString == d.capturedString, "replayed, table \(i): \(t)")
            #expect(a.captured == e.captured, "at once, table \(i): \(t)")
            if a.capturedString != b.capturedString || a.capturedString != c.capturedString
                || a.capturedString != d.capturedString || a.captured != e.captured { return }
        }
        #expect(rowsAtOnce >= 30)
    }

    /// `ByteBuffer.put` copies a run of any length exactly, from any place to any
    /// place, and writes nothing past it.
    @Test func shortCopiesCopyExactly() {
        let source = (0..<600).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) }
        var target = [UInt8](repeating: 0, count: 700)
        for n in 0...300 {
            for offset in [0, 1, 5, 13] {
                for i in target.indices { target[i] = 0xEE }
                let end = source.withUnsafeBufferPointer { s in
                    target.withUnsafeMutableBufferPointer { t in
                        t.baseAddress!.distance(to: ByteBuffer.put(UnsafeBufferPointer(rebasing: s[offset..<(offset + n)]), at: t.baseAddress! + 3 + offset))
                    }
                }
                #expect(end == 3 + offset + n)
                #expect(Array(target[(3 + offset)..<(3 + offset + n)]) == Array(source[offset..<(offset + n)]), "n \(n), offset \(offset)")
                #expect(target[..<(3 + offset)].allSatisfy { $0 == 0xEE } && target[(3 + offset + n)...].allSatisfy { $0 == 0xEE }, "n \(n)")
            }
        }
    }
}

struct ConformanceTests {
    static let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/tools/csv-conformance/csv-spectrum")

    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path + "/csvs")) ?? [])
        .filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()

    @Test func conformanceDataIsPresent() { #expect(Self.cases.count >= 10) }

    @Test(arguments: cases)
    func csvSpectrum(_ name: String) throws {
        let csv = try Data(contentsOf: Self.dir.appendingPathComponent("csvs/\(name).csv"))
        let json = try Data(contentsOf: Self.dir.appendingPathComponent("json/\(name).json"))
        let expected = try JSONSerialization.jsonObject(with: json) as! [[String: String]]
        let rows = try parseBytes(Array(csv))
        let header = rows[0]
        let got = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        #expect(got == expected)
        for format in [TableFormat.csv, .tsv] {
            let again = try parse(write(rows, format), format)
            #expect(again == rows, "\(name) through \(format)")
        }
    }
}

struct OptionTableTests {
    static let tools = [WBTasksCommand.spec, WBMilestonesCommand.spec, WBScoreCommand.spec, WBIcsCommand.spec]

    @Test func noCommandDeclaresAnOptionTwice() {
        for t in Self.tools {
            for c in t.commands {
                let longs = c.options.map(\.long)
                #expect(Set(longs).count == longs.count, "\(t.name) \(c.name): \(longs)")
                let shorts = c.options.compactMap(\.short)
                #expect(Set(shorts).count == shorts.count, "\(t.name) \(c.name): \(shorts)")
            }
        }
    }
}

/// The fast validator agrees with the standard library's on random byte strings.
struct UTF8ValidatorProperty {
    @Test func agreesWithTheStandardLibrary() {
        var rng = RoundTripProperties.RNG(state: 99)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE3, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90]
        for _ in 0..<50_000 {
            let n = Int.random(in: 0...40, using: &rng)
            let bytes: [UInt8] = (0..<n).map { _ in
                Bool.random(using: &rng) ? interesting.randomElement(using: &rng)! : UInt8.random(in: 0x20...0x7E, using: &rng)
            }
            let ours = bytes.withUnsafeBufferPointer { firstInvalidUTF8($0, 0, bytes.count) } == nil
            let std = String(validating: bytes, as: UTF8.self) != nil && !bytes.contains(0)
            let automaton = bytes.withUnsafeBufferPointer { UTF8Automaton.valid($0, 0, bytes.count, rows: UTF8Automaton.table) }
            #expect(ours == std, "\(bytes)")
            #expect(automaton == std, "automaton: \(bytes)")
            if ours != std || automaton != std { return }
        }
    }
}

extension UTF8ValidatorProperty {
    /// Long runs of ASCII (which the automaton skips sixteen bytes at a time) with
    /// Japanese between them, and now and then one bad byte (NUL, a stray
    /// continuation, a sequence cut short) anywhere, from any start.
    @Test func agreesOnLongMixedText() {
        var rng = RoundTripProperties.RNG(state: 1130)
        let japanese = Array("検証あ".utf8)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            let n = Int.random(in: 0...120, using: &rng)
            while bytes.count < n {
                if Int.random(in: 0..<6, using: &rng) == 0 {
                    bytes += japanese[0..<(3 * Int.random(in: 1...3, using: &rng))]
                } else {
                    bytes += (0..<Int.random(in: 1...40, using: &rng)).map { _ in UInt8.random(in: 0x20...0x7E, using: &rng) }
                }
            }
            if !bytes.isEmpty && Bool.random(using: &rng) {
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes[at] = 0x00
                case 1: bytes[at] = 0x80
                default: bytes.insert(0xE3, at: at)
                }
            }
            let from = bytes.isEmpty ? 0 : Int.random(in: 0...min(5, bytes.count), using: &rng)
            let part = Array(bytes[from...])
            let std = String(validating: part, as: UTF8.self) != nil && !part.contains(0)
            let automaton = bytes.withUnsafeBufferPointer { UTF8Automaton.valid($0, from, bytes.count, rows: UTF8Automaton.table) }
            #expect(automaton == std, "from \(from): \(bytes)")
            if automaton != std { return }
        }
    }
}

extension UTF8ValidatorProperty {
    /// The wide validator (four automata side by side over quarters cut at character
    /// starts) agrees with the standard library on long text: ASCII only, Japanese
    /// only, mixed, four-byte characters, a bad byte (NUL, stray continuation, a
    /// sequence cut short, runs of continuations) anywhere, near the cuts above all.
    @Test func wideAgreesOnLongText() {
        var rng = RoundTripProperties.RNG(state: 2026)
        let pieces: [[UInt8]] = [Array("検証あ".utf8), Array("😀".utf8), Array("é".utf8), Array("abc, def".utf8), Array("x".utf8)]
        var invalid = 0
        for trial in 0..<6_000 {
            var bytes: [UInt8] = []
            let n = Int.random(in: 200...1_500, using: &rng)
            let mix = trial % 4
            while bytes.count < n {
                let piece = mix == 0 ? pieces[3] : mix == 1 ? pieces[0] : pieces.randomElement(using: &rng)!
                bytes += piece
            }
            if trial % 3 != 0 {
                // Near a quarter's cut, or anywhere.
                let quarter = bytes.count / 4
                let at = Bool.random(using: &rng) ? min(bytes.count - 1, quarter * Int.random(in: 1...3, using: &rng) + Int.random(in: -4...4, using: &rng))
                                                  : Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<5, using: &rng) {
                case 0: bytes[at] = 0x00
                case 1: bytes[at] = 0x80
                case 2: bytes.insert(0xE3, at: at)
                case 3: bytes.replaceSubrange(at..<at, with: [0x80, 0x80, 0x80, 0x80, 0x80])
                default: bytes[at] = 0xC0
                }
            }
            let from = Int.random(in: 0...3, using: &rng)
            let part = Array(bytes[from...])
            let std = String(validating: part, as: UTF8.self) != nil && !part.contains(0)
            if !std { invalid += 1 }
            let wide = bytes.withUnsafeBufferPointer { UTF8Automaton.validWide($0, from, bytes.count, rows: UTF8Automaton.table) }
            #expect(wide == std, "trial \(trial) from \(from): \(bytes)")
            if wide != std { return }
        }
        #expect(invalid > 2_000 && invalid < 5_000)
    }
}

/// fmt's copy-through (runs of records already canonical, `TableWriter.copy`) writes
/// exactly what taking every record apart writes, and fails with the same message at
/// the same place, on random input read whole or a few bytes at a time.
struct CopyThroughProperty {
    static let tokens: [[UInt8]] = ["a", "bc", "あい", "", "", "\"x,y\"", "\"q\"\"q\"", "\"l\nm\"", "\"c\r\nr\"", "\"plain\"",
                                    "\"\"", " ", "\\", "\\t", "\"", "x\"y", "\u{FEFF}z", "-,"].map { Array($0.utf8) }
        + [[0xFF], [0x00], [0xE3, 0x81]]

    static func input(_ rng: inout RoundTripProperties.RNG, tsv: Bool) -> [UInt8] {
        let cols = Int.random(in: 1...4, using: &rng)
        var out: [UInt8] = []
        for r in 0..<Int.random(in: 1...30, using: &rng) {
            if r > 0 && Int.random(in: 0..<20, using: &rng) == 0 { out += [0x0A] }
            // Now and then a row one field short or long.
            let n = Int.random(in: 0..<25, using: &rng) == 0 ? cols + Int.random(in: -1...1, using: &rng) : cols
            for f in 0..<max(1, n) {
                if f > 0 { out.append(tsv ? 0x09 : 0x2C) }
                let k = Int.random(in: 0..<100, using: &rng)
                // Mostly plain words and needed quotes; the odd one out now and then.
                let t = k < 40 ? tokens[Int.random(in: 0..<4, using: &rng)]
                      : k < 75 ? tokens[Int.random(in: 5..<9, using: &rng)]
                      : k < 99 ? tokens[Int.random(in: 0..<(tokens.count - 3), using: &rng)]
                      : tokens.randomElement(using: &rng)!
                out += t
            }
            let e = Int.random(in: 0..<10, using: &rng)
            out += e < 6 ? [0x0A] : e < 9 ? [0x0D, 0x0A] : [0x0D]
        }
        if Bool.random(using: &rng), out.last == 0x0A { out.removeLast() }
        return out
    }

    static func run(_ bytes: [UInt8], _ format: TableFormat, crlf: Bool, piece: Int, copy: Bool, copied: inout Int) -> String {
        let out = Output.memory()
        do {
            let reader = try TableReader(source: ByteSource(name: "t", bytes: bytes, pieceSize: piece), options: ReadOptions(format: format))
            defer { copied += reader.recordsCopied }
            let writer = TableWriter(out, WriteOptions(format: format, crlf: crlf))
            var rec = try reader.header()
            if copy {
                try writer.copy(rec, rest: reader)
            } else {
                repeat { writer.write(rec) } while try reader.next(into: &rec)
            }
            try out.flush()
            return out.capturedString
        } catch {
            try? out.flush()
            return out.capturedString + "\nerror: \(error)"
        }
    }

    @Test(arguments: [TableFormat.csv, .tsv])
    func copyingThroughChangesNothing(_ format: TableFormat) throws {
        var rng = RoundTripProperties.RNG(state: 20261130)
        var whole = 0, copied = 0, unused = 0
        for i in 0..<1500 {
            let bytes = Self.input(&rng, tsv: format == .tsv)
            for crlf in [false, true] {
                for piece in [1, 5, 64, 1 << 20] {
                    let expected = Self.run(bytes, format, crlf: crlf, piece: piece, copy: false, copied: &unused)
                    let got = Self.run(bytes, format, crlf: crlf, piece: piece, copy: true, copied: &copied)
                    #expect(got == expected, "input \(i) crlf \(crlf) piece \(piece): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                    if got != expected { return }
                    if !expected.contains("error:") { whole += 1 }
                }
            }
        }
        // Enough of the inputs are whole tables, not just errors, and many records went
        // through the fast path.
        #expect(whole > 3000)
        #expect(copied > (format == .csv ? 5000 : 1000))
        #expect(unused == 0)
    }
}

/// A regular file is mapped and read in place; files that are transcoded or empty
/// after their byte-order mark leave the mapping cleanly (the fuzzer found a file of
/// only a UTF-16 byte-order mark crashing the reader).
struct MappedFileTests {
    func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wb-mapped-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aFileOfOnlyAByteOrderMarkIsAnEmptyTable() throws {
        for bom: [UInt8] in [[0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF]] {
            let path = try file(bom)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let e = dataError { _ = try TableReader(path: path, options: ReadOptions(format: .csv)).header() }
            #expect(e?.message.contains("empty") == true, "\(bom): \(String(describing: e))")
        }
    }

    @Test func mappedFilesReadAsStreamsDo() throws {
        let text = "id,todo\nT1,\"a, b\"\nT2,テスト\n"
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for bytes in [Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8), utf16] {
            let path = try file(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let mapped = try TableReader(path: path, options: ReadOptions(format: .csv)).readAll().map(\.strings)
            let streamed = try TableReader(source: ByteSource(name: "t", bytes: bytes, pieceSize: 3), options: ReadOptions(format: .csv)).readAll().map(\.strings)
            #expect(mapped == [["id", "todo"], ["T1", "a, b"], ["T2", "テスト"]])
            #expect(mapped == streamed)
        }
    }
}

/// The temporary files of `-o` outputs not yet committed, kept where a signal handler
/// can read them without Swift's access checks: every one registered however many are
/// pending at once (split writes a file per part), each forgotten on commit.
struct PendingTemporariesTests {
    @Test func manyPendingAtOnceThenNone() throws {
        var dir = Array("/tmp/wb-pending-XXXXXX".utf8CString)
        guard dir.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else { Issue.record("mkdtemp"); return }
        let root = String(decoding: dir.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { rmdir(root) }
        let files = try (0..<40).map { try AtomicFile(path: "\(root)/part\($0).csv") }
        let (block, count) = PendingTemporaries.slots
        let held = (0..<count).compactMap { block![$0].map { String(cString: $0) } }
        #expect(held.filter { $0.hasPrefix(root + "/.part") }.count == 40)
        for (k, f) in files.enumerated() {
            f.output.write(Array("part \(k)\n".utf8))
            try f.commit()
        }
        let after = PendingTemporaries.slots
        #expect((0..<after.1).allSatisfy { after.0![$0].map { !String(cString: $0).hasPrefix(root) } ?? true })
        for k in 0..<40 {
            let path = "\(root)/part\(k).csv"
            #expect(access(path, F_OK) == 0)
            unlink(path)
        }
    }
}

/// Streaming commands' input (`ReadOptions.sniffEncoding`): CP932 in the first 64 KiB
/// is read as CP932; UTF-8 stays UTF-8; CP932 first met later is CP932 from there when
/// all before it is ASCII, else the UTF-8 error; and without the sniff (an explicit
/// `--encoding utf-8`) CP932 is never guessed.
struct StreamEncodingSniffTests {
    static func cp932(_ s: String) throws -> [UInt8] { try Transcoder.fromUTF8(Array(s.utf8), to: .cp932, bigEndian: false, name: "t") }

    static func read(_ bytes: [UInt8], sniff: Bool) throws -> (TableReader, [[String]]) {
        var o = ReadOptions(format: .csv)
        o.sniffEncoding = sniff
        let r = try TableReader(source: ByteSource(name: "t.csv", bytes: bytes), options: o)
        return (r, try r.readAll().map(\.strings))
    }

    @Test func cp932FirstIsCP932() throws {
        let (r, rows) = try Self.read(Self.cp932("id,todo\nT1,報告する\n"), sniff: true)
        #expect(r.encoding == .cp932 && rows == [["id", "todo"], ["T1", "報告する"]])
        let (u, same) = try Self.read(Array("id,todo\nT1,報告する\n".utf8), sniff: true)
        #expect(u.encoding == .utf8 && same == rows)
        #expect(throws: WBError.self) { try Self.read(Self.cp932("id,todo\nT1,報告する\n"), sniff: false) }
    }

    @Test func cp932PastTheWindowIsCP932FromThereOrTheUTF8Error() throws {
        let filler = String(repeating: "X,an ASCII row to fill the window\n", count: 2500)
        // ASCII before it: CP932 from its first byte beyond ASCII.
        let (late, rows2) = try Self.read(Self.cp932("id,todo\n" + filler + "T1,報告する\n"), sniff: true)
        #expect(late.encoding == .cp932 && rows2.count == 2502 && rows2.last == ["T1", "報告する"])
        // UTF-8 text before it: no one encoding, the UTF-8 error.
        #expect(throws: WBError.self) { try Self.read(Array("id,todo\nT0,準備\n".utf8) + Self.cp932(filler + "T1,報告する\n"), sniff: true) }
        #expect(throws: WBError.self) { try Self.read(Self.cp932("id,todo\n" + filler + "T1,報告する\n"), sniff: false) }
        // A UTF-8 character cut by the window's end is no sign of CP932.
        let pad = String(repeating: "a", count: TableReader.sniffLength - 10)
        let (r, rows) = try Self.read(Array("id,todo\n\(pad),報告\n".utf8), sniff: true)
        #expect(r.encoding == .utf8 && rows.last == [pad, "報告"])
    }
}

/// A whole table read keeps where its blank lines were (a plan grouped by milestone),
/// each as it stood: a row of empty fields, which the reader skips, keeps its commas.
struct TableBlankLinesTests {
    @Test func blankLinesBeforeEachRowAndAfterTheLast() throws {
        var o = ReadOptions()
        o.skipsEmptyRows = true
        let text = "id,todo\r\nT1,a\r\n\r\n\r\nT2,b\r\n,\r\nT3,c\r\n\r\n"
        let t = try Table.read(TableReader(source: ByteSource(name: "p.csv", bytes: Array(text.utf8)), options: o))
        #expect(t.rows.map(\.strings) == [["T1", "a"], ["T2", "b"], ["T3", "c"]])
        #expect(t.blankLines == [1: [[], []], 2: [Array(",".utf8)], 3: [[]]])
        // At the end without a line ending; a lone CR ends a line too.
        let ends = try Table.read(TableReader(source: ByteSource(name: "p.csv", bytes: Array("id,todo\nT1,a\n\r,,\n,".utf8)), options: o))
        #expect(ends.blankLines == [1: [[], Array(",,".utf8), Array(",".utf8)]])
        // A stream does not hold them.
        let stream = try TableReader(source: ByteSource(name: "p.csv", bytes: Array(text.utf8)), options: o)
        _ = try stream.header()
        var rec = Record(), before: [Int] = []
        while try stream.next(into: &rec) { before.append(stream.blankLinesBefore); #expect(stream.blankRowsBefore.isEmpty) }
        #expect(before == [0, 2, 1])
        let plain = try Table.read(TableReader(source: ByteSource(name: "p.csv", bytes: Array("id,todo\nT1,a\n".utf8))))
        #expect(plain.blankLines.isEmpty)
    }

    /// Read from a pipe, chunk by chunk: blank rows that straddle the end of a chunk
    /// are kept whole (the buffer drops what it has read when it fills again). Blank
    /// rows every few rows over 700 KB, so that chunk ends fall inside some of them.
    @Test func blankRowsAcrossChunksOfAStream() throws {
        var o = ReadOptions()
        o.skipsEmptyRows = true
        let blank = Array(",,\r\n\n,\n".utf8)
        for width in [1, 7] {
            var text = Array("id,todo\n".utf8)
            var n = 0
            while text.count < 700_000 {
                n += 1
                text += Array("T\(n),\(String(repeating: "x", count: n % 5 == 1 ? 4000 : n % 13 * width))\n".utf8)
                if n % 5 == 0 { text += blank }
            }
            text += Array(",,,".utf8)
            var fds: [Int32] = [0, 0]
            #expect(pipe(&fds) == 0)
            let (bytes, out) = (text, fds[1])
            let writer = Thread {
                bytes.withUnsafeBytes { b in
                    var at = 0
                    while at < b.count { let w = write(out, b.baseAddress! + at, b.count - at); if w <= 0 { break }; at += w }
                }
                close(out)
            }
            writer.start()
            let t = try Table.read(TableReader(path: nil, stdinFD: fds[0], options: o))
            close(fds[0])
            #expect(t.rows.count == n)
            for k in stride(from: 5, to: n, by: 5) {
                #expect(t.blankLines[k] == [Array(",,".utf8), [], Array(",".utf8)], "after row \(k)")
            }
            #expect(t.blankLines[n] == (n % 5 == 0 ? [Array(",,".utf8), [], Array(",".utf8)] : []) + [Array(",,,".utf8)])
            #expect(t.blankLines.count == n / 5 + (n % 5 == 0 ? 0 : 1))
        }
    }
}

/// Replacing an ASCII text by its bytes finds what the search by characters finds.
struct ReplacingTests {
    @Test func anASCIINeedleIsFoundByBytesWhereCharactersFindIt() {
        // Seeded: texts of ASCII, CR LF, accents (combining and not), kana, emoji and
        // flags, with needles of one to three ASCII bytes.
        var rng = RoundTripProperties.RNG(state: 20261203)
        let pieces = ["a", "b", "e", "\u{301}", "é", "\r", "\n", "\r\n", "-", "'", "\"", " ", "_", "日", "カ", "\u{3099}", "😀", "🇯🇵", "\u{200D}", "ab", "\t"]
        let needles = ["a", "e", "\n", "\r", "\r\n", "-", "'", "ab", "a-", " \n", "\"", "_", "e\r"]
        var checked = 0
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 12) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let needle = needles[Int(rng.next() % UInt64(needles.count))]
            let by = ["", "X", "'\\''", "\n", "日本"][Int(rng.next() % 5)]
            let expected = text.replacingByCharacters(needle, by)
            let got = text.replacingOccurrences(needle, by)
            #expect(got == expected, "\(Array(text.unicodeScalars)) \(Array(needle.utf8)) → \(by)")
            if got != text { checked += 1 }
        }
        // Enough of them replaced something for the comparison to mean something.
        #expect(checked > 500)
        #expect("e\u{301}e".replacingOccurrences("e", "x") == "e\u{301}x")
        #expect("a\r\nb\nc".replacingOccurrences("\n", " ") == "a\r\nb c")
    }
}
