#if canImport(Glibc)
import Glibc
#endif

/// How a table's lines end: LF, CRLF (Windows), or a lone CR (the "CSV (Macintosh)"
/// that Excel for Mac still offers). Read from a table's first line, so that a command
/// writing the table back keeps it.
public enum LineEnding: Sendable {
    case lf, crlf, cr
}

/// Output options for tables.
public struct WriteOptions: Sendable {
    public var format: TableFormat
    public var lineEnding = LineEnding.lf
    public var bom = false

    public init(format: TableFormat, crlf: Bool = false, bom: Bool = false) {
        self.init(format: format, lineEnding: crlf ? .crlf : .lf, bom: bom)
    }

    public init(format: TableFormat, lineEnding: LineEnding, bom: Bool = false) {
        self.format = format
        self.lineEnding = lineEnding
        self.bom = bom
    }

    /// These options, with the line ending and byte-order mark of the table they write
    /// back (`--crlf` and `--bom` still win when given).
    public func keeping(_ lineEnding: LineEnding, bom: Bool) -> WriteOptions {
        var o = self
        if o.lineEnding == .lf { o.lineEnding = lineEnding }
        o.bom = o.bom || bom
        return o
    }
}

extension ByteBuffer {
    /// Ends a written line the way `ending` says.
    @inline(__always) func appendLineEnd(_ ending: LineEnding) {
        switch ending {
        case .lf: append(0x0A)
        case .crlf: append(0x0D); append(0x0A)
        case .cr: append(0x0D)
        }
    }
}

/// Writes records in canonical CSV (fields quoted only when they must be) or TSV
/// (escapes for tab, newline, CR and backslash).
public final class TableWriter {
    public let out: Output
    public let options: WriteOptions
    private var started = false
    private let scratch = ByteBuffer()
    /// The row `field(_:)` is building, its field count, and where its last field starts.
    private let row = ByteBuffer()
    /// A built field's bytes while they are encoded (only when they need it).
    private let fieldScratch = ByteBuffer()
    private var rowFields = 0, rowStart = 0

    public init(_ out: Output, _ options: WriteOptions) {
        self.out = out
        self.options = options
    }

    /// Before the first bytes: the byte-order mark when asked for, or when the first
    /// field itself starts with U+FEFF (the reader would take that for one and drop it).
    private func begin(firstField: some Collection<UInt8> = EmptyCollection()) {
        if !started {
            started = true
            if options.bom || firstField.starts(with: [0xEF, 0xBB, 0xBF]) { out.write([0xEF, 0xBB, 0xBF]) }
        }
    }

    private func newline() {
        if options.lineEnding != .lf { out.write(byte: 0x0D) }
        if options.lineEnding != .cr { out.write(byte: 0x0A) }
    }

    /// Writes a record's fields. A record read in the same format and already in
    /// canonical form is copied as it stood.
    public func write(_ rec: Record) {
        if !started { begin(firstField: rec.count > 0 ? rec[0] : []) }
        let csv = options.format == .csv
        if rec.canonical && rec.rawFormat == options.format && !rec.raw.isEmpty {
            let buf = scratch
            buf.removeAll()
            buf.append(rec.raw)
            buf.appendLineEnd(options.lineEnding)
            out.write(buf.bytes)
            return
        }
        let buf = scratch
        buf.removeAll()
        let n = rec.count
        rec.raw.withUnsafeBufferPointer { raw in
            // When the record's bytes hold nothing the output format escapes, neither
            // does a field that stands in them (in TSV, only one that starts with a
            // quote, and in CSV a row's only field when empty, are written other than
            // as they are): one search for the record, not one a field.
            let clean = (csv ? WordScan.firstCSVSpecial(raw, 0, raw.count) : WordScan.firstTSVSpecial(raw, 0, raw.count)) == raw.count
            // From the other format, a clean record of plain fields (and, for TSV, no
            // quote) is its bytes with each delimiter changed.
            if clean && rec.rawFormat != options.format && !raw.isEmpty && rec.isPlain
                && (csv || memchr(raw.baseAddress!, 0x22, raw.count) == nil) {
                WordScan.copyReplacing(raw, csv ? 0x09 : 0x2C, with: csv ? 0x2C : 0x09, into: buf.extend(by: raw.count))
                return
            }
            rec.decoded.withUnsafeBufferPointer { dec in
                for i in 0..<n {
                    if i > 0 { buf.append(csv ? 0x2C : 0x09) }
                    let l = rec.location(i)
                    let f = UnsafeBufferPointer(rebasing: (l.inDecoded ? dec : raw)[l.range])
                    if clean && !l.inDecoded && (csv ? n > 1 || !f.isEmpty : f.first != 0x22) { buf.append(f); continue }
                    Self.encode(f, alone: n == 1, csv: csv, into: buf)
                }
            }
        }
        buf.appendLineEnd(options.lineEnding)
        out.write(buf.bytes)
    }

    /// Writes records that are already exactly what this writer would produce (from
    /// `TableReader.copyCanonicalRecords`), line endings included.
    private func writeCanonical(_ records: UnsafeBufferPointer<UInt8>) {
        begin()
        out.write(records)
    }

    /// Writes `first` and every record left in `reader` unchanged (fmt); records that
    /// are already in this writer's form are copied through in runs, the others are
    /// taken apart and written field by field. Either way every record is read whole
    /// and checked as `reader.next(into:)` checks it.
    public func copy(_ first: Record, rest reader: TableReader) throws {
        var rec = first
        write(rec)
        // Runs are copied as they stand only where lines end in LF or CRLF.
        let runs = options.format == reader.format && options.lineEnding != .cr
        while true {
            if runs, try reader.copyCanonicalRecords(crlf: options.lineEnding == .crlf, writeCanonical) { continue }
            guard try reader.next(into: &rec) else { return }
            write(rec)
        }
    }

    /// A row written field by field, for many rows built in memory without a
    /// `Record` each: `field(_:)` for each, then `endRow()`. Fields are encoded as
    /// `write(_:)` encodes them.
    public func field(_ f: UnsafeBufferPointer<UInt8>) {
        // Most fields go out as they are: checked where they stand, then copied once.
        if started && isPlain(f) { field(plain: f) } else { field { $0.append(f) } }
    }

    public func field(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { field($0) } }

    /// A CSV field already encoded (each `"` doubled), between quotes when `quoted`
    /// (it holds `,` `"` CR or LF). A large one after other fields of the row goes to
    /// the output from where it stands (`Output.write(large:)`), not through the row:
    /// a grid cell of a million tasks' Todos is tens of megabytes. Only for output
    /// made once the input was all read and checked.
    func field(csvEncoded f: UnsafeBufferPointer<UInt8>, quoted: Bool) {
        precondition(options.format == .csv)
        let later = rowFields > 0
        _ = startField()
        if !started { begin(firstField: f) }
        if quoted { row.append(0x22) }
        if later && f.count >= 1 << 16 {
            out.write(row.bytes)
            row.removeAll()
            out.write(large: f)
            // Not the row's only field: where it starts no longer matters.
            rowStart = 0
        } else {
            row.append(f)
        }
        if quoted { row.append(0x22) }
    }

    /// A String's UTF-8 as a field.
    public func field(_ s: String) { field { $0.append(s) } }

    /// A field whose bytes `build` appends to the buffer it is handed (the row itself,
    /// so they are copied once); they are then encoded as `field(_:)` encodes them.
    /// `build` may only append (or truncate back to where it started).
    func field(building build: (ByteBuffer) -> Void) {
        let start = startField()
        build(row)
        precondition(row.count >= start, "a field's builder removed bytes before its field")
        let written = UnsafeBufferPointer(start: row.base + start, count: row.count - start)
        if !started { begin(firstField: written) }
        let csv = options.format == .csv
        guard Self.needsEncoding(written, alone: false, csv: csv) else { return }
        if csv && memchr(written.baseAddress!, 0x22, written.count) == nil {
            // Quoted in place: the text moves one byte on, between its quotes.
            let n = written.count
            _ = row.extend(by: 2)
            let p = row.base + start
            memmove(p + 1, p, n)
            p[0] = 0x22
            p[n + 1] = 0x22
            return
        }
        let plain = fieldScratch
        plain.removeAll()
        plain.append(written)
        row.truncate(to: start)
        Self.encode(plain.bytes, alone: false, csv: csv, into: row)
    }

    /// True when `f` is written as it is, as a field among others: no quoting or
    /// escaping in this writer's format. For words written on many rows, checked once
    /// (`field(plain:)`).
    func isPlain(_ f: UnsafeBufferPointer<UInt8>) -> Bool { !Self.needsEncoding(f, alone: false, csv: options.format == .csv) }

    /// A field the caller found `isPlain`: its bytes go into the row as they are.
    func field(plain f: UnsafeBufferPointer<UInt8>) {
        _ = startField()
        if !started { begin(firstField: f) }
        row.append(f)
    }

    /// Where the row being built stands: `fields(from:)` later reads the fields
    /// written after this place, as they were encoded.
    var rowMark: Int { row.count }

    /// The encoded bytes of the fields written since `mark` (a `rowMark` taken after
    /// at least one field of the row), each with the delimiter before it: what
    /// `append(encodedFields:count:)` puts back into a later row. Valid until the
    /// row changes.
    func fields(from mark: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(mark <= row.count && rowFields > 0)
        return UnsafeBufferPointer(start: row.base + mark, count: row.count - mark)
    }

    /// `count` fields as `fields(from:)` returned them (from this writer), after at
    /// least one field of the row: bytes already encoded for this format, copied.
    func append(encodedFields f: UnsafeBufferPointer<UInt8>, count: Int) {
        precondition(rowFields > 0 && started)
        row.append(f)
        // (Where the last field starts matters only to a row of one field.)
        rowStart = row.count
        rowFields += count
    }

    /// A whole row at once: three fields the caller found `isPlain`, then fields as
    /// `fields(from:)` returned them (each with the delimiter before it), then the
    /// line's end, put into the output's block in one step, after the first row. For
    /// rows written by the million from a few short parts (check's findings, whose
    /// rule and message the memo holds): field by field, the bookkeeping and the
    /// copies cost a row several hundred instructions.
    func row(plain a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, _ c: UnsafeBufferPointer<UInt8>,
             encoded rest: UnsafeBufferPointer<UInt8>) {
        precondition(started && rowFields == 0)
        let d = options.format.delimiter, ending = options.lineEnding
        out.append(atMost: a.count + b.count + c.count + rest.count + 4) { p in
            var q = ByteBuffer.put(a, at: p)
            q[0] = d
            q = ByteBuffer.put(b, at: q + 1)
            q[0] = d
            q = ByteBuffer.put(c, at: q + 1)
            q = ByteBuffer.put(rest, at: q)
            switch ending {
            case .lf: q[0] = 0x0A; q += 1
            case .crlf: q[0] = 0x0D; q[1] = 0x0A; q += 2
            case .cr: q[0] = 0x0D; q += 1
            }
            return p.distance(to: q)
        }
    }

    /// The delimiter before a field (or a new row before the first) and the field's
    /// place in the row, where it starts.
    @inline(__always)
    private func startField() -> Int {
        if rowFields == 0 { row.removeAll() } else { row.append(options.format.delimiter) }
        rowStart = row.count
        rowFields += 1
        return rowStart
    }

    public func endRow() {
        // A CSV row of one empty field is written as `""`, as `write(_:)` writes it.
        if options.format == .csv && rowFields == 1 && row.count == rowStart { row.append(0x22); row.append(0x22) }
        row.appendLineEnd(options.lineEnding)
        out.write(row.bytes)
        rowFields = 0
    }

    /// `rec` as `write(_:)` writes it, but field `i` (which it has) replaced by
    /// `bytes`: a due date in its ISO form.
    public func write(_ rec: Record, replacing i: Int, with bytes: UnsafeBufferPointer<UInt8>) {
        rec.withFields { f in
            for k in 0..<f.count { field(k == i ? bytes : f[k]) }
        }
        endRow()
    }

    /// Writes fields given as strings.
    public func write(_ fields: [String]) {
        write(Record(fields: fields))
    }

    /// One field as this writer would write it (quoted or escaped only when it must be).
    public static func encodeField(_ s: String, format: TableFormat, alone: Bool = false) -> [UInt8] {
        let out = ByteBuffer()
        var s = s
        s.withUTF8 { encode($0, alone: alone, csv: format == .csv, into: out) }
        return out.array
    }

    /// Writes a record's original bytes untouched (for unchanged rows in a merge).
    public func writeRaw(_ raw: [UInt8]) { raw.withUnsafeBufferPointer { writeRaw($0) } }

    func writeRaw(_ raw: UnsafeBufferPointer<UInt8>) {
        begin()
        out.write(raw)
        newline()
    }

    /// Whether `f` is written other than as it stands: in CSV, quoted (it holds a
    /// comma, quote or line break, or is a row's only field and empty); in TSV, quoted
    /// (it starts with a quote) or escaped (a tab, line break or backslash).
    @inline(__always)
    private static func needsEncoding(_ f: UnsafeBufferPointer<UInt8>, alone: Bool, csv: Bool) -> Bool {
        if csv {
            // The reader's sixteen-bytes-a-step search.
            return (alone && f.isEmpty) || WordScan.firstCSVSpecial(f, 0, f.count) < f.count
        }
        return f.first == 0x22 || WordScan.firstTSVSpecial(f, 0, f.count) < f.count
    }

    @inline(__always)
    private static func encode(_ f: UnsafeBufferPointer<UInt8>, alone: Bool, csv: Bool, into scratch: ByteBuffer) {
        if !needsEncoding(f, alone: alone, csv: csv) { scratch.append(f); return }
        if csv {
            // The text between quotes to double is copied in runs.
            scratch.append(0x22)
            var run = 0
            while let base = f.baseAddress, run < f.count,
                  let q = memchr(base + run, 0x22, f.count - run) {
                let at = base.distance(to: q.assumingMemoryBound(to: UInt8.self))
                scratch.append(UnsafeBufferPointer(rebasing: f[run...at]))
                scratch.append(0x22)
                run = at + 1
            }
            scratch.append(UnsafeBufferPointer(rebasing: f[run...]))
            scratch.append(0x22)
        } else {
            // Text that starts with a quote is written quoted, as spreadsheets write and
            // read it; everything else stays plain TSV. Both use the backslash escapes.
            // The text between the bytes to escape is copied in runs.
            let quoted = f.first == 0x22
            if quoted { scratch.append(0x22) }
            var run = 0
            while run < f.count {
                let at = WordScan.firstTSVSpecial(f, run, f.count, quote: quoted)
                scratch.append(UnsafeBufferPointer(rebasing: f[run..<at]))
                if at == f.count { break }
                switch f[at] {
                case 0x22: scratch.append(0x22); scratch.append(0x22)
                case 0x09: scratch.append(0x5C); scratch.append(0x74)
                case 0x0A: scratch.append(0x5C); scratch.append(0x6E)
                case 0x0D: scratch.append(0x5C); scratch.append(0x72)
                default: scratch.append(0x5C); scratch.append(0x5C)
                }
                run = at + 1
            }
            if quoted { scratch.append(0x22) }
        }
    }
}

extension Invocation {
    /// Read options from `--from` and `--encoding`; `detect`: without --encoding, the
    /// encoding is detected (a whole read first).
    public func readOptions(detect: Bool = false) throws -> ReadOptions {
        var o = ReadOptions()
        // Only where --from names the input format (in wb-ics it is a date).
        if options.contains(CommonOptions.from), let f = string("from") { o.format = try TableFormat.parse(f, option: "from") }
        if let e = string("encoding") { o.encoding = try TextEncoding.parse(e) } else { (o.detectEncoding, o.sniffEncoding) = (detect, !detect) }
        o.skipsEmptyRows = !editsInput
        return o
    }

    /// Opens the command's input table.
    public func openTable(_ path: String?, detect: Bool = false) throws -> TableReader {
        let r = try TableReader(path: path, stdinFD: stdinFD, options: readOptions(detect: detect))
        if inputReader == nil { inputReader = r }
        return r
    }

    /// Reads a whole table with the invocation's --from and --encoding; without
    /// --encoding, CP932 or UTF-16 is detected, as for a companion file (a grid saved
    /// by Japanese Excel reads as it comes). The streaming commands, which write before
    /// they have read everything, take UTF-8 unless told or unless their input's first
    /// 64 KiB are CP932, or it is from a first byte beyond ASCII (`ReadOptions.sniffEncoding`).
    public func readTable(_ path: String?) throws -> Table {
        try Table.read(openTable(path, detect: true))
    }

    /// Reads a table given by an option (`--base`, `--tasks`, `--milestones`,
    /// `--gates`…): the input's `--from` and `--encoding` are the input's, not this
    /// file's, so its format comes from its name or its content and its encoding is
    /// detected (`ReadOptions.detectEncoding`).
    public func readCompanion(_ path: String) throws -> Table {
        try Table.read(companionReader(path))
    }

    /// A reader of a companion table, as `readCompanion` reads it, for a command that
    /// counts its rows as they stream.
    public func companionReader(_ path: String) throws -> TableReader {
        var o = ReadOptions()
        o.detectEncoding = true
        o.skipsEmptyRows = true
        return try TableReader(path: path, stdinFD: stdinFD, options: o)
    }

    /// Write options from `--to`, `--crlf`, `--bom`, defaulting to the input's format.
    /// `--to` another format than the name says of a file the run replaces (`-i`, `-o`
    /// onto the input or onto `--base`) is refused: the plan would be read back by its
    /// name in the other one.
    public func writeOptions(input: TableFormat) throws -> WriteOptions {
        var f = input
        if let t = string("to") {
            f = try TableFormat.parse(t, option: "to")
            var replaced: String?
            if flag("in-place") || outputHandled { replaced = inputReader?.name }
            else if let o = string("output"), let b = string("base"), sameFile(o, b) { replaced = o }
            if let r = replaced, let named = TableFormat.byExtension(r), named != f {
                throw WBError.usage(L("--to \(t) would write \(f.rawValue.uppercased()) into \(r), which this run replaces and whose name says \(named.rawValue.uppercased()): leave --to out, or write another file with -o"))
            }
            // A new file written as asked, and said: every tool reads it by its name.
            if replaced == nil, let o = string("output"), let named = TableFormat.byExtension(o), named != f {
                warn(L("\(o) is written as \(f.rawValue.uppercased()) (--to \(t)), and wb reads a file of that name as \(named.rawValue.uppercased()): read it with --from \(f.rawValue), or name it .\(f.rawValue)"))
            }
        }
        else if let o = string("output"), let byExt = TableFormat.byExtension(o) { f = byExt }
        return WriteOptions(format: f, crlf: flag("crlf"), bom: flag("bom"))
    }
}
