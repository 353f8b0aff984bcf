/// One record. `raw` keeps its bytes exactly as they stood in the input (without the
/// line ending); each field is a span of `raw` (its token, quotes included) and, only
/// when the field had escapes to undo, a span of `decoded`. Most fields are never
/// copied, and unchanged records can be written back byte for byte.
public struct Record: Sendable, Equatable {
    public var raw: [UInt8] = []
    /// Contents of the fields that needed unescaping (doubled quotes, TSV escapes) and
    /// of fields built in memory.
    var decoded: [UInt8] = []
    /// Two words per field: `tokenStart << 2 | kind`, then `tokenEnd` (kinds 0 and 1) or
    /// `decodedStart << 32 | decodedEnd` (kind 2). Kind 0: plain, 1: quoted without
    /// escapes (content is the token without its quotes), 2: decoded.
    var spans: [Int] = []
    /// The physical line on which the record starts (1-based).
    public var line: Int = 0
    /// `raw` is already exactly what the writer would produce in `rawFormat`.
    var canonical = false
    var rawFormat: TableFormat = .csv

    public init() {}

    public init(fields: [String], line: Int = 0) {
        for f in fields { append(f) }
        self.line = line
    }

    public var count: Int { spans.count >> 1 }

    public mutating func reset() {
        raw.removeAll(keepingCapacity: true)
        decoded.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        canonical = false
    }

    /// Adds a field held in memory.
    public mutating func append(_ s: String) { append(bytes: s.utf8) }

    /// Adds a field given as UTF-8 bytes.
    public mutating func append<S: Sequence<UInt8>>(bytes: S) {
        let start = decoded.count
        decoded.append(contentsOf: bytes)
        spans.append(2)
        spans.append(start << 32 | decoded.count)
        canonical = false
    }

    /// True when every field stands in `raw` as it is, unquoted (so that `raw` is the
    /// fields with a delimiter between each two).
    var isPlain: Bool {
        var kinds = 0
        for k in stride(from: 0, to: spans.count, by: 2) { kinds |= spans[k] & 3 }
        return kinds == 0
    }

    /// Where field `i`'s content is: in `decoded` or in `raw`, and its range.
    @inline(__always)
    func location(_ i: Int) -> (inDecoded: Bool, range: Range<Int>) {
        let a = spans[2 * i], b = spans[2 * i + 1]
        switch a & 3 {
        case 0: return (false, (a >> 2)..<b)
        case 1: return (false, ((a >> 2) + 1)..<(b - 1))
        default: return (true, (b >> 32)..<(b & 0xFFFF_FFFF))
        }
    }

    @inline(__always)
    public subscript(i: Int) -> ArraySlice<UInt8> {
        let l = location(i)
        return l.inDecoded ? decoded[l.range] : raw[l.range]
    }

    /// A column as messages name it: as this header row writes it at `i`, else (no
    /// such column, or a blank name) `otherwise`, its name in the run's language.
    public func columnName(at i: Int?, otherwise: @autoclosure () -> String) -> String {
        if let i, i < count {
            let written = string(i).trimmed
            if !written.isEmpty { return written }
        }
        return otherwise()
    }

    public func string(_ i: Int) -> String {
        String(decoding: self[i], as: UTF8.self)
    }

    public var strings: [String] { (0..<count).map { string($0) } }

    /// Field `i`'s text, or "" when the column is absent or the record is short.
    public func text(_ i: Int?) -> String {
        guard let i, i < count else { return "" }
        return string(i)
    }

    /// True when column `i` is absent, empty or only spaces.
    @inline(__always)
    public func isBlank(_ i: Int?) -> Bool {
        // Read in place: a slice would retain and release its array.
        withFields { Self.isBlank($0[i]) }
    }

    /// True when `f` is empty or only spaces.
    @inline(__always)
    static func isBlank(_ f: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in f where !(c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A) { return false }
        return true
    }

    /// A record's fields read in place, for a loop that reads several fields of each
    /// row: no slice (and no retain) and no bounds check on the spans each.
    public struct Fields {
        let raw: UnsafeBufferPointer<UInt8>, decoded: UnsafeBufferPointer<UInt8>
        let spans: UnsafeBufferPointer<Int>

        public var count: Int { spans.count >> 1 }

        /// Field `i`'s content; empty when `i` is nil or past the record's end.
        @inline(__always)
        public subscript(i: Int?) -> UnsafeBufferPointer<UInt8> {
            guard let i, i < count else { return UnsafeBufferPointer(start: nil, count: 0) }
            let a = spans[2 &* i], b = spans[2 &* i &+ 1]
            // The spans are the reader's own (start <= end within the bytes): the
            // field is made from its start and length, without a checked range.
            switch a & 3 {
            case 0: return UnsafeBufferPointer(start: raw.baseAddress.map { $0 + (a >> 2) }, count: b &- (a >> 2))
            case 1: return UnsafeBufferPointer(start: raw.baseAddress.map { $0 + ((a >> 2) &+ 1) }, count: b &- (a >> 2) &- 2)
            default: return UnsafeBufferPointer(start: decoded.baseAddress.map { $0 + (b >> 32) }, count: (b & 0xFFFF_FFFF) &- (b >> 32))
            }
        }

        /// Field `i` of a CSV record as it stood between its quotes, each `"` still
        /// doubled (an unquoted field as it is): the field in CSV's encoding.
        @inline(__always)
        public func csvToken(_ i: Int?) -> UnsafeBufferPointer<UInt8> {
            guard let i, i < count else { return UnsafeBufferPointer(start: nil, count: 0) }
            let a = spans[2 &* i]
            guard a & 3 == 2, let base = raw.baseAddress else { return self[i] }
            // Escaped: from after the opening quote to the closing one, which stands
            // just before the next field's comma (or the record's end).
            let end = (i &+ 1 < count ? (spans[2 &* (i &+ 1)] >> 2) &- 1 : raw.count) &- 1
            return UnsafeBufferPointer(start: base + ((a >> 2) &+ 1), count: end &- (a >> 2) &- 1)
        }

        /// True when field `i` stood in the input unquoted and unescaped: such a field
        /// holds no line break (a CR or LF in a field is quoted in CSV, escaped in TSV).
        @inline(__always)
        public func isPlain(_ i: Int?) -> Bool {
            guard let i, i < count else { return true }
            return spans[2 &* i] & 3 == 0
        }
    }

    /// `body` with the fields in place, valid only within it.
    @inline(__always)
    public func withFields<R>(_ body: (Fields) throws -> R) rethrows -> R {
        try raw.withUnsafeBufferPointer { r in
            try decoded.withUnsafeBufferPointer { d in
                try spans.withUnsafeBufferPointer { try body(Fields(raw: r, decoded: d, spans: $0)) }
            }
        }
    }

    public static func == (a: Record, b: Record) -> Bool {
        a.count == b.count && (0..<a.count).allSatisfy { a[$0] == b[$0] }
    }

    /// The bytes of field `i` as they stood in `raw` (quotes and escapes included), for
    /// a record that was read: fields follow each other with one delimiter between.
    public func token(_ i: Int) -> ArraySlice<UInt8> {
        let start = spans[2 * i] >> 2
        let end = i + 1 < count ? (spans[2 * (i + 1)] >> 2) - 1 : raw.count
        return raw[start..<max(start, end)]
    }

    /// The line and column (in characters) where field `i` starts, for messages.
    public func position(ofField i: Int) -> (line: Int, column: Int) {
        guard i < count, !raw.isEmpty else { return (line, 1) }
        return Record.position(in: raw, offset: min(spans[2 * i] >> 2, raw.count), firstLine: line)
    }

    /// Where field `i` starts in `file`, for a message about that field.
    public func location(ofField i: Int, file: String) -> SourceLocation {
        let p = position(ofField: i)
        return SourceLocation(file: file, line: p.line, column: p.column)
    }

    /// Line and character column of byte `offset` in `bytes`, counting from `firstLine`.
    static func position(in bytes: [UInt8], offset: Int, firstLine: Int) -> (line: Int, column: Int) {
        var line = firstLine
        var col = 1
        var i = 0
        while i < offset && i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1; col = 1 } else if b & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        return (line, col)
    }
}

/// Where the reader collects a record's field spans (two words a field, as `Record`
/// keeps them) before copying them into the record at once: a growable buffer the
/// reader owns and frees, written without the checks of an array append.
struct SpanBuffer {
    private(set) var base: UnsafeMutablePointer<Int>
    var count = 0
    private var capacity: Int

    init() {
        capacity = 64
        base = .allocate(capacity: capacity)
    }

    @inline(__always)
    mutating func add(_ a: Int, _ b: Int) {
        // Wrapping arithmetic: a count near Int.max would have exhausted memory first,
        // and the overflow checks cost a branch each on every field.
        if count &+ 2 > capacity { grow() }
        base[count] = a
        base[count &+ 1] = b
        count &+= 2
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    func free() { base.deallocate() }
}

/// A record lent by `TableReader.forEachRecord`: its fields in the reader's buffer,
/// valid only during the call that received it.
public struct BorrowedRecord {
    public let fields: Record.Fields
    /// The physical line on which the record starts (1-based).
    public let line: Int
    let canonical: Bool
    let format: TableFormat

    /// The record copied out, for what needs a `Record` (the full resolver, a message).
    public func record() -> Record {
        var r = Record()
        r.raw = Array(fields.raw)
        r.decoded = Array(fields.decoded)
        r.spans = Array(fields.spans)
        r.line = line
        r.canonical = canonical
        r.rawFormat = format
        return r
    }
}
