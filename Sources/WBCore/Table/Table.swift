/// A whole table in memory: its header and rows, with how the input was written.
public struct Table: Sendable {
    public var name: String
    public var header: Record
    public var rows: [Record]
    public var format: TableFormat
    public var lineEnding: LineEnding
    public var hadBOM: Bool
    /// The encoding it was read in (and, for UTF-16, its byte order).
    public var encoding: TextEncoding = .utf8
    public var bigEndian = false
    /// The blank lines before row i (after the header), where there are any, each as
    /// it stood without its line ending (empty, or a row of delimiters only); key
    /// `rows.count`: those after the last row. A command that writes the table back
    /// (`unmatrix --base`) keeps a plan's grouping by blank lines, and the `,,,` rows a
    /// spreadsheet saves.
    public var blankLines: [Int: [[UInt8]]] = [:]

    public var headerNames: [String] { header.strings }

    public init(name: String, header: [String], rows: [[String]] = [], format: TableFormat = .csv) {
        self.name = name
        self.header = Record(fields: header, line: 1)
        self.rows = rows.enumerated().map { Record(fields: $0.element, line: $0.offset + 2) }
        self.format = format
        self.lineEnding = .lf
        self.hadBOM = false
    }

    /// Reads a whole table. Empty input is an error: every wb table has a header.
    /// `header`: the reader's header where it was read already.
    public static func read(_ reader: TableReader, header: Record? = nil) throws -> Table {
        let header = try header ?? reader.header()
        var rows: [Record] = []
        let blank = try reader.readKeepingBlankLines { rows.append($0) }
        var t = Table(name: reader.name, header: [], format: reader.format)
        t.header = header
        t.rows = rows
        t.blankLines = blank
        t.lineEnding = reader.lineEnding
        t.hadBOM = reader.hadBOM
        (t.encoding, t.bigEndian) = (reader.encoding, reader.bigEndian)
        return t
    }

    public func location(row: Record, field: Int? = nil) -> SourceLocation {
        field.map { row.location(ofField: $0, file: name) } ?? SourceLocation(file: name, line: row.line)
    }
}
