/// Options for reading a table.
public struct ReadOptions: Sendable {
    public var format: TableFormat?
    public var encoding: TextEncoding = .utf8
    /// Every record must have as many fields as the header.
    public var checkWidth = true
    /// No encoding was given for this file: a byte-order mark says UTF-8 or UTF-16,
    /// valid UTF-8 is UTF-8, and text that is not UTF-8 but is valid CP932 (Japanese
    /// Excel's CSV) is read as CP932.
    public var detectEncoding = false
    /// No encoding was given, and the table is read as it streams: text whose first
    /// 64 KiB are not UTF-8 but are CP932 is read as CP932 (the whole input then read
    /// first). An input that turns out not to be UTF-8 further on, all ASCII until
    /// there (the same bytes in either encoding), is read as CP932 from there when the
    /// rest of it is; else it is an error there, with the hint to give `--encoding cp932`.
    public var sniffEncoding = false
    /// After the header, rows of empty fields only (`,,,,`: a spreadsheet's row that
    /// was formatted, never filled) are blank lines, for a command that reads what a
    /// table says; else (the codec's own round trip, a command that edits its input)
    /// they are records like any other.
    public var skipsEmptyRows = false

    public init(format: TableFormat? = nil, encoding: TextEncoding = .utf8) {
        self.format = format
        self.encoding = encoding
    }
}

/// A streaming CSV/TSV reader over bytes. Records come one at a time in reused storage,
/// so memory stays flat however large the input. Every problem is a `WBError` with the
/// file, line and column.
public final class TableReader {
    public let name: String
    public private(set) var format: TableFormat = .csv
    /// True when the input began with a UTF-8 (or UTF-16) byte-order mark.
    public private(set) var hadBOM = false
    /// The input's encoding (UTF-16 is detected by its byte-order mark), so that an
    /// in-place edit can write the file back the way it came.
    public private(set) var encoding: TextEncoding = .utf8
    /// UTF-16 input was big-endian.
    public private(set) var bigEndian = false
    /// How the first record ended: LF, CRLF or a lone CR.
    public private(set) var lineEnding = LineEnding.lf
    /// Field count of the first record (the header), once read.
    public private(set) var width: Int?

    private let source: ByteSource
    private let buf = ReadBuffer()
    /// The size of the input when it is a file mapped whole (nil for a pipe).
    var mappedSize: Int? { buf.isMapped ? buf.count : nil }
    /// The UTF-8 automaton's table, kept here so the row loop does not reach a static.
    private let utf8Rows = UTF8Automaton.table
    private var pos = 0
    private var eof = false
    private var line = 1
    private let checkWidth: Bool
    private var sawFirst = false
    /// Blank lines skipped since the last record `next(into:)` returned.
    private var pendingBlankLines = 0
    /// How many blank lines stood before the record `next(into:)` just returned, or
    /// before the end when it returned false: for a command that writes its input
    /// back (set, add), which keeps them.
    public private(set) var blankLinesBefore = 0
    /// With `keepsBlankRows`: those lines as they stood, without their line endings:
    /// empty, or (with `skipsEmptyRows`) a row of delimiters only (`,,,` as a
    /// spreadsheet saves a row it formatted), which a command writing the table back
    /// keeps as it was.
    public private(set) var blankRowsBefore: [[UInt8]] = []
    /// Whether `blankRowsBefore` is kept (by a reader of the whole table: a stream
    /// would hold every blank row of its input for nothing).
    public var keepsBlankRows = false
    private var pendingBlankRows: [[UInt8]] = []
    /// Where `step` skipped blank lines in the buffer, until it keeps them.
    private var blankSkipped = 0..<0
    private let skipsEmptyRows: Bool
    /// `ReadOptions.sniffEncoding`: the input may still turn out to be CP932 where its
    /// first byte beyond ASCII is.
    private let sniffsLate: Bool
    /// Whether a byte beyond ASCII was among those a stream's buffer let go of.
    private var droppedNonASCII = false
    /// Whether the input was found to be CP932 from a record on (once only).
    private var recodedLate = false
    private static let chunk = 1 << 18
    private var spanScratch = SpanBuffer()
    /// CSV records go through `RecordScan` first (off only in tests, which compare
    /// it with the full parser).
    var scansRecords = true
    /// What the scan found in its last block after the record it took.
    private var scanCarry = RecordScan.Carry()
    /// How many records `RecordScan` took (for tests).
    private(set) var recordsScanned = 0
    /// Bytes before this offset of the buffer are known to be well-formed UTF-8: the
    /// reader validates 64 KiB ahead at a time instead of record by record.
    private var validatedEnd = 0

    deinit { spanScratch.free() }

    public init(source: ByteSource, options: ReadOptions = ReadOptions()) throws {
        self.source = source
        self.name = source.name
        self.checkWidth = options.checkWidth
        self.skipsEmptyRows = options.skipsEmptyRows
        self.sniffsLate = options.sniffEncoding && options.encoding == .utf8
        // A regular file is read in place, all at once.
        if buf.map(source) { eof = true }
        switch options.encoding {
        case .utf8:
            _ = try fill(atLeast: 4)
            // A workbook, an archive or a PDF given for a table: said at once.
            if buf.count >= 4, ForeignFile.binary(ArraySlice(buf.bytes(0..<4)), signatureOnly: true) != nil {
                _ = try fill(atLeast: 512)
                if let f = ForeignFile.binary(ArraySlice(buf.bytes(0..<min(buf.count, 512)))) {
                    throw WBError.data(f.message, at: SourceLocation(file: name, line: 1, column: 1))
                }
            }
            if buf.count >= 2 && ((buf[0] == 0xFF && buf[1] == 0xFE) || (buf[0] == 0xFE && buf[1] == 0xFF)) {
                try transcode(.utf16)
            } else if buf.count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF {
                pos = 3
                hadBOM = true
            } else if options.detectEncoding {
                while try fill(atLeast: buf.count - pos + Self.chunk) {}
                // The automaton says whether it is all valid fast; the scalar scan then
                // finds where it is not.
                let invalid = buf.withUnsafeBufferPointer { p in
                    UTF8Automaton.validWide(p, pos, p.count, rows: utf8Rows) ? nil : firstInvalidUTF8(p, pos, p.count)
                }
                // Not CP932 either: left as it is, so the UTF-8 error names its place.
                if let bad = invalid, buf[bad] != 0 { try? transcode(.cp932) }
                // All of it valid: the records need no check of their own.
                if invalid == nil { validatedEnd = buf.count }
            } else if options.sniffEncoding {
                try sniffCP932()
            }
        case .utf16, .cp932:
            try transcode(options.encoding)
        }
        if let f = options.format {
            format = f
        } else if let f = TableFormat.byExtension(source.name == "<stdin>" ? nil : source.name) {
            format = f
        } else {
            _ = try fill(atLeast: 1 << 16)
            format = TableFormat.sniff(ArraySlice(buf.bytes(pos..<min(buf.count, pos + (1 << 20)))))
        }
        if format == .tsv { try readLoneCRLines() }
    }

    /// A TSV whose first line ends in a lone CR (Excel for Mac's tab-delimited text)
    /// ends every line so; since in TSV a lone CR inside a line is a field's text, such
    /// a file's lone CRs are made LF (a spreadsheet's line break inside a quoted cell is
    /// LF) before the parser sees them: those read so far here, the rest by the source
    /// as it reads them. Its line ending is kept as a lone CR for writing it back. Done
    /// outside the record loop, which runs slower for any branch added to it.
    private func readLoneCRLines() throws {
        // The first line's end, past blank lines (skipped whichever their ending, as
        // many as there are): `k` bytes from `pos`, which stays where it is.
        var k = 0, content = false, found = false
        while true {
            while pos + k < buf.count {
                let b = buf[pos + k]
                if b == 0x0A || b == 0x0D { if content { found = true; break } } else { content = true }
                k += 1
            }
            // A first line of a megabyte is no header: nothing to see.
            if found || eof || k > 1 << 20 { break }
            try fill(atLeast: k + Self.sniffLength)
        }
        guard found, buf[pos + k] == 0x0D else { return }
        if pos + k + 1 >= buf.count { try fill(atLeast: k + 2) }
        guard pos + k + 1 >= buf.count || buf[pos + k + 1] != 0x0A else { return }
        lineEnding = .cr
        scanCarry = RecordScan.Carry()
        if buf.isMapped {
            // A file is read from here on through the source, its lone CRs made LF as
            // they come, so that memory stays flat as for any other file.
            let offset = pos
            buf.replace(with: [])
            try source.seek(to: offset)
            (pos, validatedEnd, eof) = (0, 0, false)
            source.translatesLoneCR = true
            return
        }
        // What is already read: a CR at its end may begin a CRLF, so read on past it.
        while !eof && buf.count > pos && buf[buf.count - 1] == 0x0D { try fill(atLeast: buf.count - pos + 1) }
        buf.translateLoneCRs(from: pos)
        if !eof { source.translatesLoneCR = true }
    }

    /// How much of a streamed input `sniffEncoding` looks at.
    static let sniffLength = 1 << 16

    /// The first `sniffLength` bytes, when they are not UTF-8 but begin no UTF-8 error
    /// that the window's end could have cut (a sequence split there is no proof), make
    /// the input CP932 if it all reads as CP932; else it stays as it is, and the UTF-8
    /// error is reported where it stands.
    private func sniffCP932() throws {
        _ = try fill(atLeast: Self.sniffLength)
        let end = min(buf.count, pos + Self.sniffLength)
        let bad = buf.withUnsafeBufferPointer { firstInvalidUTF8($0, pos, end) }
        guard let bad, buf[bad] != 0, end == buf.count || bad < end - 3 else { return }
        try? transcode(.cp932)
    }

    public convenience init(path: String?, stdinFD: Int32 = 0, options: ReadOptions = ReadOptions()) throws {
        try self.init(source: ByteSource.open(path, stdinFD: stdinFD), options: options)
    }

    private func transcode(_ enc: TextEncoding) throws {
        while try fill(atLeast: buf.count + Self.chunk) {}
        let all = buf.bytes(pos..<buf.count)
        switch enc {
        case .utf16:
            encoding = .utf16
            bigEndian = all.count >= 2 && all[0] == 0xFE && all[1] == 0xFF
            hadBOM = all.count >= 2 && ((all[0] == 0xFF && all[1] == 0xFE) || (all[0] == 0xFE && all[1] == 0xFF))
            buf.replace(with: try Transcoder.utf16ToUTF8(all, name: name))
        case .cp932:
            buf.replace(with: try Transcoder.cp932ToUTF8(all, name: name))
            encoding = .cp932
        case .utf8:
            buf.replace(with: all)
        }
        // The UTF-16 byte-order mark was consumed by the decoder: a U+FEFF after it is
        // content (a fuzzer found it stripped twice).
        pos = 0
        validatedEnd = 0
        scanCarry = RecordScan.Carry()
    }

    /// Reads until at least `atLeast` unread bytes are buffered or the input ends.
    /// Returns false once the input has ended.
    @discardableResult
    private func fill(atLeast: Int) throws -> Bool {
        if eof { return false }
        // The bytes may move: what the scan kept of its last block no longer holds.
        scanCarry = RecordScan.Carry()
        if pos > 0 && pos >= buf.count / 2 {
            if sniffsLate && encoding == .utf8 && !droppedNonASCII {
                droppedNonASCII = buf.withUnsafeBufferPointer { Self.hasNonASCII($0, 0, pos) }
            }
            buf.removeFirst(pos)
            validatedEnd = max(0, validatedEnd - pos)
            pos = 0
        }
        while buf.count - pos < atLeast {
            let want = max(Self.chunk, buf.count - pos)
            if try buf.read(from: source, max: want) == 0 { eof = true; return false }
        }
        return true
    }

    private func location(_ offset: Int, recordStart: Int, line: Int) -> SourceLocation {
        let p = Record.position(in: buf.bytes(recordStart..<min(offset, buf.count)), offset: offset - recordStart, firstLine: line)
        return SourceLocation(file: name, line: p.line, column: p.column)
    }

    private enum Step { case record, needMore, end }

    /// Whether `p[from..<to]` holds a byte beyond ASCII (eight at a time).
    static func hasNonASCII(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard let base = p.baseAddress, from < to else { return false }
        var i = from
        while i + 8 <= to {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return true }
            i += 8
        }
        while i < to { if p[i] >= 0x80 { return true }; i += 1 }
        return false
    }

    /// `step` threw `error`. When the input may be CP932 from the record it stopped at
    /// (all ASCII before it, no encoding given or found, and a byte that is not UTF-8 from
    /// there on), reads the rest as CP932 when it all is, as a whole-table read takes
    /// such a file, for `step` to take that record again; else throws `error`. Once.
    @inline(never)
    private func recodeRest(after error: any Error) throws {
        guard sniffsLate && !recodedLate && encoding == .utf8 && !hadBOM && !droppedNonASCII,
              buf.withUnsafeBufferPointer({ p in
                  !Self.hasNonASCII(p, 0, pos) && firstInvalidUTF8(p, pos, p.count).map { p[$0] != 0 } == true
              }) else { throw error }
        recodedLate = true
        while try fill(atLeast: buf.count + Self.chunk) {}
        guard let text = try? Transcoder.cp932ToUTF8(buf.bytes(pos..<buf.count), name: name) else { throw error }
        buf.replace(with: text)
        encoding = .cp932
        pos = 0
        validatedEnd = 0
        scanCarry = RecordScan.Carry()
        copyingStopped = false
    }

    /// Set once a run of records fails UTF-8 validation: the full parser then reads
    /// every record, and stops at the bad one with its place.
    private var copyingStopped = false
    /// After records the fast path had to leave to the full parser, it skips the next
    /// 2, 4, 8… (up to 1,024) records, so a table it never fits costs little.
    private var copyMisses = 0, copySkip = 0
    /// How many records went out through the fast path (for tests).
    private(set) var recordsCopied = 0

    /// For a command that writes records unchanged (fmt): hands `body` the bytes of
    /// the whole records ahead that are already canonical in this reader's format,
    /// end with the line ending the output uses (`crlf`), have the header's width and
    /// are well-formed UTF-8, and returns true; returns false when the next record
    /// needs `next(into:)` (it is not canonical, has a problem to report, or is the
    /// last one and has no line ending). Only after the header.
    func copyCanonicalRecords(crlf: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws -> Bool {
        guard sawFirst, !copyingStopped else { return false }
        if copySkip > 0 { copySkip -= 1; return false }
        while true {
            let start = pos, end = buf.count
            let tsv = format == .tsv
            let expected = checkWidth ? width : nil
            let run = buf.withUnsafeBufferPointer { CanonicalRun.scan($0, start, end, tsv: tsv, width: expected, crlf: crlf) }
            if run.records > 0 {
                let valid = buf.withUnsafeBufferPointer { p -> Bool in
                    guard UTF8Automaton.validWide(p, start, run.end, rows: utf8Rows) else { return false }
                    body(UnsafeBufferPointer(rebasing: p[start..<run.end]))
                    return true
                }
                if !valid { copyingStopped = true; return false }
                pos = run.end
                buf.consumed(upTo: pos)
                line += run.lines
                recordsCopied += run.records
                copyMisses = 0
                return true
            }
            if !run.needsMore || eof {
                copyMisses = min(copyMisses + 1, 10)
                copySkip = 1 << copyMisses
                return false
            }
            try fill(atLeast: end - start + 1)
        }
    }

    /// How many records a file read in place holds in all, estimated from the `read`
    /// records taken so far and the bytes they took; nil for a stream. For sizing what
    /// a command keeps per row once, instead of growing it many times.
    public func estimatedRecords(afterReading read: Int) -> Int? {
        guard buf.isMapped, read > 0, pos > 0 else { return nil }
        return Int((Double(read) * Double(buf.count) / Double(pos)).rounded(.up))
    }

    /// Reads every record left, handing each to `body`, and returns the blank lines
    /// that stood before each (by how many records came before them; key: the count
    /// of all, those after the last), as they stood: what a command that writes a
    /// whole table back keeps (`Table.blankLines`).
    public func readKeepingBlankLines(_ body: (Record) throws -> Void) throws -> [Int: [[UInt8]]] {
        keepsBlankRows = true
        var blank: [Int: [[UInt8]]] = [:]
        var r = Record(), n = 0
        while try next(into: &r) {
            if blankLinesBefore > 0 { blank[n] = blankRowsBefore }
            try body(r)
            n += 1
        }
        if blankLinesBefore > 0 { blank[n] = blankRowsBefore }
        return blank
    }

    /// Reads the next record into `record`. Returns false at the end of the input.
    public func next(into record: inout Record) throws -> Bool {
        while true {
            let next: Step
            do { next = try step(&record) } catch { try recodeRest(after: error); continue }
            switch next {
            case .record:
                buf.withUnsafeBufferPointer { p in
                    record.raw.replaceSubrange(0..<record.raw.count, with: UnsafeBufferPointer(rebasing: p[lastRecord]))
                }
                record.spans.replaceSubrange(0..<record.spans.count, with: UnsafeBufferPointer(start: spanScratch.base, count: spanScratch.count))
                buf.consumed(upTo: pos)
                // Most records have the header's width: no call to say so.
                if !sawFirst || record.count != width ?? -1 { try checkWidth(record.count, line: record.line) }
                takeBlankLines()
                return true
            case .end:
                record.reset()
                takeBlankLines()
                return false
            case .needMore:
                try fill(atLeast: buf.count - pos + 1)
            }
        }
    }

    /// The blank lines skipped become those before the record just returned.
    @inline(__always)
    private func takeBlankLines() {
        if pendingBlankLines > 0 || blankLinesBefore > 0 { (blankRowsBefore, pendingBlankRows) = (pendingBlankRows, []) }
        (blankLinesBefore, pendingBlankLines) = (pendingBlankLines, 0)
    }

    /// Keeps the lines of a stretch of blank lines skipped (`p[from..<to]`), each
    /// without its line ending.
    private func keepBlankLines(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        var i = from, lineStart = from
        while i < to {
            if p[i] == 0x0A || p[i] == 0x0D {
                pendingBlankRows.append(Array(p[lineStart..<i]))
                if p[i] == 0x0D && i + 1 < to && p[i + 1] == 0x0A { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        if lineStart < to { pendingBlankRows.append(Array(p[lineStart..<to])) }
    }

    /// Reads the records that remain one at a time into `body`, in place: the fields
    /// point into the reader's buffer (their bytes and spans are not copied) and are
    /// valid only during the call; `BorrowedRecord.record()` copies one out. The same
    /// checks as `next(into:)`, for a command that reads every row and keeps little
    /// of each (matrix, check).
    public func forEachRecord(_ body: (BorrowedRecord) throws -> Void) throws {
        var scratch = Record()
        while true {
            let next: Step
            do { next = try step(&scratch) } catch { try recodeRest(after: error); continue }
            switch next {
            case .record:
                let count = spanScratch.count >> 1
                // Most records have the header's width: no call to say so.
                if !sawFirst || count != width ?? -1 { try checkWidth(count, line: scratch.line) }
                let spans = UnsafeBufferPointer(start: spanScratch.base, count: spanScratch.count)
                try buf.withUnsafeBufferPointer { p in
                    try scratch.decoded.withUnsafeBufferPointer { d in
                        try body(BorrowedRecord(fields: Record.Fields(raw: UnsafeBufferPointer(rebasing: p[lastRecord]), decoded: d, spans: spans),
                                                line: scratch.line, canonical: scratch.canonical, format: scratch.rawFormat))
                    }
                }
                buf.consumed(upTo: pos)
            case .end:
                return
            case .needMore:
                try fill(atLeast: buf.count - pos + 1)
            }
        }
    }

    /// The first record sets the table's width; every later one must have it. Out of
    /// line: the readers' loops call it only for the first record and a ragged one.
    @inline(never)
    private func checkWidth(_ count: Int, line: Int) throws {
        if !sawFirst {
            sawFirst = true
            width = count
        } else if checkWidth, let w = width, count != w {
            throw widthError(count, w, line: line)
        }
    }

    /// A record of `count` fields where the header has `w`, the one just read (its
    /// spans in `spanScratch`, its bytes at `lastRecord`): said at its first field past
    /// the header's width, or at its end where it has fewer. Out of line, with
    /// `checkWidth`: code in or near the readers' loops lays them out worse even where
    /// it never runs (built into the throw, it cost `matrix` 1.4% of its instructions).
    @inline(never)
    private func widthError(_ count: Int, _ w: Int, line: Int) -> WBError {
        let raw = buf.withUnsafeBufferPointer { Array($0[lastRecord]) }
        let offset = count > w && 2 * w < spanScratch.count ? spanScratch.base[2 * w] >> 2 : raw.count
        let p = Record.position(in: raw, offset: min(offset, raw.count), firstLine: line)
        return WBError.data(
            count == 1 ? (format == .csv ? L("this row has 1 field but the header has \(w); check for a missing or extra comma or an unquoted line break")
                                         : L("this row has 1 field but the header has \(w); check for a missing or extra tab or an unquoted line break"))
                : (format == .csv ? L("this row has \(count) fields but the header has \(w); check for a missing or extra comma or an unquoted line break")
                                  : L("this row has \(count) fields but the header has \(w); check for a missing or extra tab or an unquoted line break")),
            at: SourceLocation(file: name, line: p.line, column: p.column))
    }

    /// The header row; empty input is an error: every wb table has a header.
    public func header() throws -> Record {
        var h = Record()
        let read: Bool
        do { read = try next(into: &h) } catch let e as WBError {
            // A first line that fails to parse (an SVG's `<?xml version="1.0"`) may
            // still say what the file is.
            let head = buf.bytes(pos..<min(buf.count, pos + 256))
            let line = String(decoding: head.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
            if let f = ForeignFile.text(firstLine: line) { throw WBError.data(f.message, at: SourceLocation(file: name, line: 1, column: 1)) }
            throw e
        }
        guard read else {
            throw WBError.data(L("the input is empty: a table needs at least a header row"), at: SourceLocation(file: name, line: 1, column: 1))
        }
        // A header of one field may be a comment above the table (`# exported …`)…
        if h.count == 1, let start = try tableStart(afterComment: h) {
            throw WBError.data(L("line \(h.line) is a comment, not the table's header: a CSV or TSV table starts with its header; remove the lines above line \(start)"),
                               at: SourceLocation(file: name, line: h.line, column: 1))
        }
        // …or the first line of a calendar, a report or a script given for a table:
        // said before its later lines fail to parse. A Markdown heading only when a
        // blank line follows it, as a report's does: a one-column table may well be
        // headed `# of items`.
        if h.count == 1, let f = ForeignFile.text(firstLine: h.string(0)),
           try f != .markdown || (pos < buf.count || fill(atLeast: 1)) && (buf[pos] == 0x0A || buf[pos] == 0x0D) {
            throw WBError.data(f.message, at: SourceLocation(file: name, line: h.line, column: 1))
        }
        return h
    }

    /// The line a table seems to start on when its header `h` (of one field) is a
    /// comment, `# exported by …`: after lines that are blank or start with `#`, one
    /// with a comma or a tab, which a table of one column cannot hold unquoted (so
    /// the file would fail there anyway) and no Markdown. Nil for anything else, such
    /// as a Markdown report or a one-column table headed `# of items`.
    /// Looks at most 64 KiB ahead.
    private func tableStart(afterComment h: Record) throws -> Int? {
        let first = h.string(0).trimmed
        guard first.hasPrefix("#"), !first.hasPrefix("#!") else { return nil }
        _ = try fill(atLeast: 1 << 16)
        let end = min(buf.count, pos + (1 << 16))
        var i = pos, line = h.line + 1
        while i < end {
            var j = i
            while j < end && buf[j] != 0x0A && buf[j] != 0x0D { j += 1 }
            var k = i
            while k < j && (buf[k] == 0x20 || buf[k] == 0x09) { k += 1 }
            if k < j && buf[k] != 0x23 {
                // A line of Markdown (a report's bold headline, a list, a quote, a table
                // row, a fence) is no table's header, commas or not.
                let markdown = Array("*-+>|`[!_=".utf8).contains(buf[k])
                return !markdown && (k..<j).contains { buf[$0] == 0x2C || buf[$0] == 0x09 } ? line : nil
            }
            if j < end && buf[j] == 0x0D && j + 1 < end && buf[j + 1] == 0x0A { j += 1 }
            i = j + 1
            line += 1
        }
        return nil
    }

    /// All remaining records.
    public func readAll() throws -> [Record] {
        var out: [Record] = []
        var r = Record()
        while try next(into: &r) { out.append(r) }
        return out
    }

    /// Where the record `step` read last stands in the buffer (without its line ending).
    private var lastRecord = 0..<0

    /// Parses and validates the next record: its spans in `spanScratch`, its bytes at
    /// `lastRecord`, the rest (line, unescaped fields) in `rec`. The caller copies it
    /// or lends it out (an append per field to the record's array costs more than the
    /// parse); `rec`'s raw bytes and spans are left as they were.
    private func step(_ rec: inout Record) throws -> Step {
        if !rec.decoded.isEmpty { rec.decoded.removeAll(keepingCapacity: true) }
        rec.canonical = false
        var spans = spanScratch
        spans.count = 0
        defer { spanScratch = spans }
        // Class properties are read once into locals: touching them in the byte loops
        // costs a run-time exclusivity check per access.
        let eof = self.eof
        let blankIsRecord = width == 1
        // After the header, a row of empty fields only is blank too, when asked.
        let emptyRowIsBlank = sawFirst && !blankIsRecord && skipsEmptyRows
        let delimiter = format.delimiter
        let end = buf.count
        let start = pos
        if start >= end { return eof ? .end : .needMore }
        let step = try buf.withUnsafeBufferPointer { p -> Step in
            var i = start
            var lines = 0
            // Blank lines between records are skipped (except in one-column tables).
            if !blankIsRecord {
                while i < end {
                    if emptyRowIsBlank && p[i] == delimiter {
                        var j = i
                        while j < end && p[j] == delimiter { j += 1 }
                        if j >= end {
                            if !eof { return .needMore }
                            i = j
                            lines += 1
                            continue
                        }
                        guard p[j] == 0x0A || p[j] == 0x0D else { break }
                        i = j
                    }
                    guard p[i] == 0x0A || p[i] == 0x0D else { break }
                    if p[i] == 0x0D {
                        if i + 1 >= end && !eof { return .needMore }
                        if i + 1 < end && p[i + 1] == 0x0A { i += 1 }
                    }
                    i += 1
                    lines += 1
                }
                if i >= end {
                    if eof { pos = i; line += lines; pendingBlankLines += lines; blankSkipped = start..<i; return .end }
                    return .needMore
                }
                if i > start { pos = i; line += lines; pendingBlankLines += lines; blankSkipped = start..<i; lines = 0 }
            }
            let recStart = i
            rec.line = line
            let outcome = format == .csv ? try parseCSV(p, &i, end, &lines, &rec, &spans, recStart, eof)
                                         : try parseTSV(p, &i, end, &lines, &rec, &spans, recStart, eof)
            guard let termStart = outcome else { return .needMore }
            if termStart > validatedEnd && !validateAhead(p, recStart, termStart, end), let bad = firstInvalidUTF8(p, recStart, termStart) {
                let loc = location(bad, recordStart: recStart, line: line)
                if p[bad] == 0 {
                    throw WBError.data(L("the input contains a NUL byte: is it a binary file, or UTF-16 without a byte-order mark (try --encoding utf-16)?"), at: loc)
                }
                throw WBError.data(L("this is not valid UTF-8 text (byte 0x\(String(p[bad], radix: 16, uppercase: true))); if the file came from Japanese Excel, try --encoding cp932"), at: loc)
            }
            lastRecord = recStart..<termStart
            if !sawFirst, termStart < end, p[termStart] == 0x0D {
                lineEnding = termStart + 1 < end && p[termStart + 1] == 0x0A ? .crlf : .cr
            }
            pos = i
            line += lines
            return .record
        }
        // The blank lines skipped, kept while the buffer still holds them (outside the
        // record loop above, which runs faster without the call).
        if !blankSkipped.isEmpty {
            if keepsBlankRows { buf.withUnsafeBufferPointer { keepBlankLines($0, blankSkipped.lowerBound, blankSkipped.upperBound) } }
            blankSkipped = 0..<0
        }
        return step
    }

    /// Validates UTF-8 from where the last check ended (or `recStart`) through the
    /// record ending at `termStart` and 64 KiB beyond (which stays in the cache until
    /// the parser reaches it), up to an ASCII byte (a character boundary), and moves
    /// `validatedEnd` there. False when that stretch has a bad byte: `validatedEnd`
    /// then stops at it, so the record holding it is checked on its own (and
    /// reported), and the records before it are not checked twice.
    private func validateAhead(_ p: UnsafeBufferPointer<UInt8>, _ recStart: Int, _ termStart: Int, _ end: Int) -> Bool {
        let from = max(validatedEnd, recStart)
        var stop = min(end, max(termStart, from + (1 << 16)))
        while stop > termStart && p[stop - 1] >= 0x80 { stop -= 1 }
        if UTF8Automaton.validWide(p, from, stop, rows: utf8Rows) {
            validatedEnd = stop
            return true
        }
        validatedEnd = firstInvalidUTF8(p, from, stop) ?? from
        return false
    }

    /// Parses one CSV record at `i`. Returns the offset where the record's line ending
    /// starts (and advances `i` past it), or nil when more input is needed. Field spans
    /// are offsets from `recStart`; only fields with doubled quotes are copied.
    private func parseCSV(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int, _ lines: inout Int,
                          _ rec: inout Record, _ spans: inout SpanBuffer, _ recStart: Int, _ eof: Bool) throws -> Int? {
        rec.rawFormat = .csv
        // The usual record in one pass; anything else from its start again, below.
        if scansRecords {
            if let t = RecordScan.csv(p, recStart: recStart, end: end, spans: &spans, decoded: &rec.decoded,
                                      lines: &lines, canonical: &rec.canonical, next: &i, carry: &scanCarry) {
                recordsScanned &+= 1
                return t
            }
            spans.count = 0
            if !rec.decoded.isEmpty { rec.decoded.removeAll(keepingCapacity: true) }
        }
        var canonical = true
        var lastQuotedEmpty = false
        let result: Int? = try { () throws -> Int? in
            while true {
                let tokenStart = i - recStart
                if i < end && p[i] == 0x22 {
                    let open = i
                    i += 1
                    var needsQuotes = false
                    var escaped = false
                    var decodedStart = 0
                    while true {
                        var j = i
                        while true {
                            j = WordScan.firstCSVSpecial(p, j, end)
                            if j >= end { break }
                            let c = p[j]
                            if c == 0x22 { break }
                            needsQuotes = true
                            if c == 0x0A { lines += 1 }
                            j += 1
                        }
                        if escaped { rec.decoded.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j])) }
                        if j >= end {
                            if !eof { return nil }
                            let pos = Record.position(in: Array(p[recStart..<open]), offset: open - recStart, firstLine: line)
                            throw WBError.data(L("a quoted field starts here but its closing quote (\") is missing"),
                                               at: SourceLocation(file: name, line: pos.line, column: pos.column))
                        }
                        if j + 1 < end && p[j + 1] == 0x22 {
                            needsQuotes = true
                            if !escaped {
                                escaped = true
                                decodedStart = rec.decoded.count
                                rec.decoded.append(contentsOf: UnsafeBufferPointer(rebasing: p[(open + 1)..<j]))
                            }
                            rec.decoded.append(0x22)
                            i = j + 2
                            continue
                        }
                        if j + 1 >= end && !eof { return nil }
                        i = j + 1
                        break
                    }
                    if escaped {
                        spans.add(tokenStart << 2 | 2, decodedStart << 32 | rec.decoded.count)
                    } else {
                        spans.add(tokenStart << 2 | 1, i - recStart)
                    }
                    lastQuotedEmpty = i - open == 2
                    if !needsQuotes && !lastQuotedEmpty { canonical = false }
                    if lastQuotedEmpty && spans.count > 2 { canonical = false }
                    if i >= end { if !eof { return nil }; return i }
                    let c = p[i]
                    if c == 0x2C {
                        if lastQuotedEmpty { canonical = false }
                        i += 1
                        if i >= end && eof { spans.add((i - recStart) << 2, i - recStart); return i }
                        continue
                    }
                    if c == 0x0A || c == 0x0D { return Self.lineEnd(p, &i, end, &lines, eof) }
                    throw WBError.data(L("unexpected text after a closing quote: a quote inside a quoted field must be doubled (\"\")"),
                                       at: location(i, recordStart: recStart, line: line))
                }
                // Unquoted fields up to the first quote, CR or LF: each comma before it
                // ends one.
                var fieldStart = i
                let j = WordScan.splitPlainCSV(p, i, end, recStart, &fieldStart, &spans)
                if j < end && p[j] == 0x22 {
                    // A quote opens a field only at its start.
                    if j == fieldStart { i = j; continue }
                    throw WBError.data(L("a quote (\") inside an unquoted field: put the whole field in quotes and double the quote (\"\")"),
                                       at: location(j, recordStart: recStart, line: line))
                }
                if j >= end && !eof { return nil }
                spans.add((fieldStart - recStart) << 2, j - recStart)
                i = j
                if i >= end { return i }
                return Self.lineEnd(p, &i, end, &lines, eof)
            }
        }()
        rec.canonical = canonical
        return result
    }

    /// At CR or LF: consumes the line ending. Returns where it started, or nil for more input.
    @inline(__always)
    private static func lineEnd(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int, _ lines: inout Int, _ eof: Bool) -> Int? {
        let t = i
        if p[i] == 0x0D {
            if i + 1 >= end && !eof { return nil }
            i += (i + 1 < end && p[i + 1] == 0x0A) ? 2 : 1
        } else {
            i += 1
        }
        lines += 1
        return t
    }

    /// The byte a TSV escape `\t` `\n` `\r` `\\` stands for (given the byte after the
    /// backslash), or nil when the backslash is just a backslash.
    @inline(__always)
    private static func tsvUnescape(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x74: return 0x09
        case 0x6E: return 0x0A
        case 0x72: return 0x0D
        case 0x5C: return 0x5C
        default: return nil
        }
    }

    /// Parses one TSV record. A field is read as wb writes it (tab, newline, CR and
    /// backslash escaped as `\t` `\n` `\r` `\\`), and, when it starts with `"` and
    /// a closing `"` is followed by a tab or the line's end, also as a spreadsheet
    /// writes it: quoted RFC 4180 style, `""` for a quote, tabs and line breaks
    /// literal (the backslash escapes still apply). A field that starts with `"` but
    /// does not close that way is plain text.
    private func parseTSV(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int, _ lines: inout Int,
                          _ rec: inout Record, _ spans: inout SpanBuffer, _ recStart: Int, _ eof: Bool) throws -> Int? {
        rec.rawFormat = .tsv
        var canonical = true
        var k = i
        fields: while true {
            let fieldStart = k
            if k < end && p[k] == 0x22 {
                var j = k + 1
                var doubled = false
                var close: Int?
                var breaks = 0
                while j < end {
                    let c = p[j]
                    if c == 0x22 {
                        if j + 1 < end && p[j + 1] == 0x22 { doubled = true; j += 2; continue }
                        if j + 1 >= end && !eof { return nil }
                        close = j
                        break
                    }
                    if c == 0x0A { breaks += 1 }
                    j += 1
                }
                if close == nil && !eof { return nil }
                if let c = close {
                    let after = c + 1
                    var ends = after >= end || p[after] == 0x09 || p[after] == 0x0A
                    if !ends && p[after] == 0x0D {
                        if after + 1 >= end && !eof { return nil }
                        ends = after + 1 >= end || p[after + 1] == 0x0A
                    }
                    if ends {
                        var backslash = false
                        for q in (k + 1)..<c {
                            let b = p[q]
                            if b == 0x5C { backslash = true } else if b == 0x09 || b == 0x0A || b == 0x0D { canonical = false }
                        }
                        if doubled || backslash {
                            // Inside the quotes wb's escapes still hold: a grid that went
                            // through a spreadsheet comes back with every cell quoted.
                            let ds = rec.decoded.count
                            var q = k + 1
                            while q < c {
                                let b = p[q]
                                if b == 0x22 { rec.decoded.append(0x22); q += 2; continue }
                                if b == 0x5C {
                                    if q + 1 < c, let out = Self.tsvUnescape(p[q + 1]) { rec.decoded.append(out); q += 2; continue }
                                    canonical = false
                                }
                                rec.decoded.append(b)
                                q += 1
                            }
                            spans.add((fieldStart - recStart) << 2 | 2, ds << 32 | rec.decoded.count)
                        } else {
                            spans.add((fieldStart - recStart) << 2 | 1, after - recStart)
                        }
                        // wb quotes exactly the fields whose text starts with a quote.
                        if !(c > k + 1 && p[k + 1] == 0x22) { canonical = false }
                        lines += breaks
                        k = after
                        if k >= end { i = k; rec.canonical = canonical; return k }
                        if p[k] == 0x09 {
                            k += 1
                            if k >= end && eof { spans.add((k - recStart) << 2, k - recStart); i = k; rec.canonical = canonical; return k }
                            continue fields
                        }
                        rec.canonical = canonical
                        i = k
                        return Self.lineEnd(p, &i, end, &lines, eof)
                    }
                }
                // Not closed by a tab or the line's end: the quote is text.
                canonical = false
            }
            var m = k
            var escaped = false
            var decodedStart = 0
            while true {
                // The bytes up to the next tab, line break or backslash, sixteen at a
                // time; kept as they are (copied once the field has an escape).
                let next = WordScan.firstTSVSpecial(p, m, end)
                if escaped { rec.decoded.append(contentsOf: UnsafeBufferPointer(rebasing: p[m..<next])) }
                m = next
                if m >= end { break }
                let b = p[m]
                if b == 0x09 || b == 0x0A { break }
                if b == 0x0D {
                    if m + 1 >= end && !eof { return nil }
                    if m + 1 < end && p[m + 1] == 0x0A { break }
                }
                // A backslash, or a CR that ends no line.
                if !escaped {
                    escaped = true
                    decodedStart = rec.decoded.count
                    rec.decoded.append(contentsOf: UnsafeBufferPointer(rebasing: p[fieldStart..<m]))
                }
                var out = b
                if b == 0x5C && m + 1 < end, let u = Self.tsvUnescape(p[m + 1]) {
                    out = u
                    m += 1
                } else {
                    canonical = false
                }
                rec.decoded.append(out)
                m += 1
            }
            if m >= end && !eof { return nil }
            if escaped {
                spans.add((fieldStart - recStart) << 2 | 2, decodedStart << 32 | rec.decoded.count)
            } else {
                spans.add((fieldStart - recStart) << 2, m - recStart)
            }
            // A field wb would quote (its text starts with a quote) was not quoted.
            if m > fieldStart && p[fieldStart] == 0x22 { canonical = false }
            rec.canonical = canonical
            if m >= end { i = m; return m }
            if p[m] == 0x09 {
                k = m + 1
                if k >= end && eof { spans.add((k - recStart) << 2, k - recStart); i = k; return k }
                continue fields
            }
            i = m
            return Self.lineEnd(p, &i, end, &lines, eof)
        }
    }
}
