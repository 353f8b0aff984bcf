/// Edits of a tasks table that keep every byte they do not change: the weekly
/// `set T3 --status done`, `add`, and columns added when a value has nowhere to go.
/// Unchanged fields are copied as they stood (quotes included); changed ones are
/// written as the table's writer would write them. Written in another format than
/// the input's (`--to tsv`, `-o plan.tsv`), every field is written again in that one.
public struct TaskEditor {
    public let header: Record
    public private(set) var schema: TaskSchema
    /// The format the rows are written in.
    public let format: TableFormat
    /// Names of the columns this editor appended, in order.
    public private(set) var added: [String] = []
    private let originalWidth: Int
    /// The input is in another format than the output: no field is copied as it stood.
    private let converts: Bool
    private let inputDelimiter: UInt8
    /// The header line written: the input's, or written again in the output's format,
    /// with the appended columns.
    public private(set) var headerBytes: [UInt8]

    /// An editor of a table read in `format`, written in `output` (by default the same).
    public init(header: Record, schema: TaskSchema, format: TableFormat, writing output: TableFormat? = nil) {
        self.header = header
        self.schema = schema
        self.format = output ?? format
        self.converts = self.format != format
        self.inputDelimiter = format.delimiter
        self.originalWidth = header.count
        self.headerBytes = header.raw
        if converts {
            let d = self.format.delimiter
            headerBytes = []
            for i in 0..<header.count {
                if i > 0 { headerBytes.append(d) }
                headerBytes.append(contentsOf: TableWriter.encodeField(header.string(i), format: self.format, alone: header.count == 1))
            }
        }
    }

    private var delimiter: UInt8 { format.delimiter }

    /// A blank line of the input (empty, or a spreadsheet's row of delimiters only),
    /// written in the output's format.
    public func blankLine(_ line: [UInt8]) -> [UInt8] {
        converts ? line.map { $0 == inputDelimiter ? delimiter : $0 } : line
    }

    /// True when the header is written with Japanese names (タスク, 役割 ...).
    private var japaneseHeader: Bool {
        guard let i = schema[.todo] ?? schema[.role] else { return false }
        let name = header.string(i).trimmed
        return name == TaskColumn.todo.ja || name == TaskColumn.role.ja
    }

    /// The index of a known column, appending it at the end when the table has none.
    public mutating func column(_ c: TaskColumn) -> Int {
        if let i = schema[c] { return i }
        let name = japaneseHeader ? c.ja : c.rawValue
        let i = appendColumn(name)
        schema.index[c] = i
        return i
    }

    /// The team column (`team`, or `チーム` in a Japanese header), appended when absent.
    public mutating func teamColumn() -> Int {
        if let i = Teams.column(header) { return i }
        return appendColumn(japaneseHeader ? "チーム" : "team")
    }

    /// The index of a column by its header name (any alias of a known column, else the
    /// exact name), appending it when absent.
    public mutating func column(named name: String) -> Int {
        if let c = TaskColumn.match(name) { return column(c) }
        for i in 0..<header.count where header.string(i).trimmed == name.trimmed { return i }
        return appendColumn(name.trimmed)
    }

    private mutating func appendColumn(_ name: String) -> Int {
        headerBytes.append(delimiter)
        headerBytes.append(contentsOf: TableWriter.encodeField(name, format: format))
        let i = schema.width
        schema.width += 1
        added.append(name)
        return i
    }

    /// A row's bytes with `changes` (column index → new value) applied; other fields
    /// are copied as they stood, and appended columns are empty unless changed.
    public func rowBytes(_ rec: Record, changes: [Int: String]) -> [UInt8] {
        if changes.isEmpty && added.isEmpty && !converts { return rec.raw }
        var out: [UInt8] = []
        out.reserveCapacity(rec.raw.count + 16)
        let width = max(rec.count, originalWidth) + added.count
        for i in 0..<width {
            if i > 0 { out.append(delimiter) }
            if let v = changes[i] {
                out.append(contentsOf: TableWriter.encodeField(v, format: format, alone: width == 1))
            } else if i < rec.count {
                if converts {
                    out.append(contentsOf: TableWriter.encodeField(rec.string(i), format: format, alone: width == 1))
                } else {
                    out.append(contentsOf: rec.token(i))
                }
            }
        }
        return out
    }

    /// A new row holding `values` (column index → value), empty elsewhere.
    public func newRow(_ values: [Int: String]) -> [UInt8] {
        let width = schema.width
        var out: [UInt8] = []
        for i in 0..<width {
            if i > 0 { out.append(delimiter) }
            if let v = values[i] { out.append(contentsOf: TableWriter.encodeField(v, format: format, alone: width == 1)) }
        }
        return out
    }
}

/// Values for task columns as the user types them (`--status 完了`, `--due 12/10`,
/// `--role 広報`), checked and written in the table's own style: ids where the table
/// uses ids, Japanese or English names where it uses those, dates in ISO form.
public struct TaskValueParser {
    public let resolver: TaskResolver
    /// Force display names (`--labels ja|en`), else follow the old value's style.
    public let labels: Lang?

    /// The day relative dates count from (`--due +1w`, `--due 来週金曜`); nil where a
    /// value only comes written out (an import).
    public let today: CivilDate?

    /// How the row a value goes into writes its words, for a value that replaces none
    /// (a new task, an empty cell): `.some(nil)` ids, `.some(.ja)` Japanese names; nil
    /// when not known (then ids).
    public var rowStyle: Lang??

    public init(resolver: TaskResolver, labels: Lang?, today: CivilDate? = nil) {
        self.resolver = resolver
        self.labels = labels
        self.today = today
    }

    /// The style of a row's words: its milestone's cell, else its role's, as ids (`M1`,
    /// `dev`) or names (`スポンサーの獲得`, `開発者`); nil when neither cell reads.
    public func style(of rec: Record) -> Lang?? {
        let schema = resolver.schema
        for (c, lookup) in [(TaskColumn.milestone, { (v: String) in resolver.milestone(v) }), (.role, { resolver.roles.lookup($0) })] {
            guard let i = schema[c], i < rec.count else { continue }
            let v = rec.string(i).trimmed
            guard !v.isEmpty, let t = lookup(v) else { continue }
            if v.matchKey == t.id.matchKey { return .some(nil) }
            return .some(labelStyle(of: v, in: t) ?? (v.utf8.contains { $0 >= 0x80 } ? .ja : .en))
        }
        return nil
    }

    /// The style of a table with no row yet: Japanese names under a Japanese header
    /// (マイルストン, 役割), else ids.
    public func style(ofHeader header: Record) -> Lang?? {
        guard let i = resolver.schema[.milestone], i < header.count else { return nil }
        return header.string(i).utf8.contains { $0 >= 0x80 } ? .some(.ja) : .some(nil)
    }

    /// The value to store for column `c`, given what the user typed and (for `set`)
    /// the value it replaces. Throws a usage error naming the option.
    public func value(_ c: TaskColumn, _ input: String, old: String? = nil, option: String) throws -> String {
        func styled(_ t: Term, _ oldTerm: Term?) -> String {
            if let labels { return t.label(labels) }
            if let old, let oldTerm, old.trimmed != oldTerm.id { return t.label(labelStyle(of: old, in: oldTerm)) }
            // Nothing replaced (a new task, an empty cell): as the row writes its words.
            if old?.trimmed.isEmpty ?? true, let style = rowStyle { return t.label(style) }
            return t.id
        }
        switch c {
        case .milestone:
            guard let t = resolver.milestone(input) else { throw resolver.milestoneWords.unknownValue(input, option: option) }
            return styled(t, old.flatMap { resolver.milestone($0) })
        case .role:
            guard let t = resolver.roles.lookup(input) else { throw resolver.roles.unknownValue(input, option: option) }
            return styled(t, old.flatMap { resolver.roles.lookup($0) })
        case .status:
            guard let t = Plan.statuses.lookup(input) else { throw Plan.statuses.unknownValue(input, option: option) }
            return styled(t, old.flatMap { Plan.statuses.lookup($0) })
        case .kind:
            guard let t = Plan.kinds.lookup(input) else { throw Plan.kinds.unknownValue(input, option: option) }
            return styled(t, old.flatMap { Plan.kinds.lookup($0) })
        case .due:
            if input.trimmed.isEmpty { return "" }
            do {
                guard let today else { return try DateParser.parse(input, resolver.dates).iso }
                // Also planned back from a milestone: M3の2週間前, the day before M2.
                return try DateParser.parse(input, resolver.dates, orFrom: { today }, milestones: resolver.milestones, resolve: resolver.milestone).iso
            } catch let e as DateError { throw WBError.usage("--\(option): " + e.message) }
        case .difficulty:
            if input.trimmed.isEmpty { return "" }
            guard let n = Plan.difficulty(input) else {
                throw WBError.usage(L("--\(option) takes 1, 3, 5, 8 or 10, not '\(input)'"))
            }
            return String(n)
        case .todo:
            if input.trimmed.isEmpty { throw WBError.usage(L("--\(option): the Todo cannot be empty")) }
            return input
        case .id:
            if input.trimmed.isEmpty { throw WBError.usage(L("--\(option): the id cannot be empty")) }
            return input.trimmed
        case .owner, .dependsOn, .doneWhen, .notes:
            return input
        }
    }
}
