/// One record: decoded field contents concatenated in `bytes`, `ends[i]` the end of field i.
/// `raw` keeps the record's bytes exactly as they stood in the input (without the line
/// ending), so unchanged records can be written back byte for byte.
public struct Record: Sendable, Equatable {
    public var bytes: [UInt8] = []
    public var ends: [Int] = []
    /// Offset of each field's first byte within `raw`.
    public var starts: [Int] = []
    public var raw: [UInt8] = []
    /// The physical line on which the record starts (1-based).
    public var line: Int = 0

    public init() {}

    public init(fields: [String], line: Int = 0) {
        for f in fields { append(f) }
        self.line = line
    }

    public var count: Int { ends.count }

    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        raw.removeAll(keepingCapacity: true)
    }

    public mutating func append(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        ends.append(bytes.count)
        starts.append(0)
    }

    @inline(__always)
    public subscript(i: Int) -> ArraySlice<UInt8> {
        bytes[(i == 0 ? 0 : ends[i - 1])..<ends[i]]
    }

    public func string(_ i: Int) -> String {
        String(decoding: self[i], as: UTF8.self)
    }

    public var strings: [String] { (0..<count).map { string($0) } }

    /// The line and column (in characters) where field `i` starts, for messages.
    public func position(ofField i: Int) -> (line: Int, column: Int) {
        guard i < starts.count, !raw.isEmpty else { return (line, 1) }
        return Record.position(in: raw, offset: min(starts[i], raw.count), firstLine: line)
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
