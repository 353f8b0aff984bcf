/// Where the fields a review rule is about stand in each task's row (line and
/// column), for findings written as lines (`check --format text` and `github`), which
/// an editor jumps to: a due date past, a dependency that names no task, a repeated
/// id. Noted as the rows are read, and only when the findings are written as lines:
/// the table of findings has a line column and no more, and its check keeps nothing
/// of this.
struct FindingPlaces {
    /// The fields findings are about.
    enum Field: Int, CaseIterable {
        case id, milestone, todo, kind, due, dependsOn, owner, doneWhen
    }

    /// The field each rule's findings are about (a rule about the whole plan has none).
    static func field(ofRule rule: String) -> Field? {
        switch rule {
        case "duplicate-id", "id-case", "id-separator": return .id
        case "empty-todo": return .todo
        case "kind-from-words": return .kind
        case "unlisted-milestone": return .milestone
        case "overdue", "due-after-milestone", "day-off", "approval-late": return .due
        case "dangling-dependency", "dependency-late", "dependency-cycle", "request-target", "validation-missing", "validation-late":
            return .dependsOn
        // The first of owner, due and done_when the task lacks (`untracked(missing:)`).
        case "untracked": return .owner
        default: return nil
        }
    }

    /// The field an untracked task's finding stands at: the first of owner, due and
    /// done_when it lacks (`missing`'s bits 1, 2, 4), as its message names them.
    static func untracked(missing: Int32) -> Field {
        missing & 1 != 0 ? .owner : missing & 2 != 0 ? .due : .doneWhen
    }

    /// The table's column of each field, in the fields' order (nil: the table lacks it).
    private let columns: [Int?]
    /// The fields the table has, by column (ascending), as (column, field).
    private let order: [(column: Int, field: Int)]
    /// Task k's field f at `places[k * Field.allCases.count + f]`: the lines it starts
    /// below its row's first (8 bits) and its column (24 bits); 0 where not known (a
    /// field past 255 lines or 16M characters into its row). Four bytes a field, 32 a
    /// task.
    private var places: [UInt32] = []

    init(schema: TaskSchema) {
        columns = [schema[.id], schema[.milestone], schema[.todo], schema[.kind], schema[.due], schema[.dependsOn], schema[.owner], schema[.doneWhen]]
        order = columns.enumerated().compactMap { f, c in c.map { ($0, f) } }.sorted { $0.column < $1.column }
    }

    /// Notes where the fields of the next task stand: its row's `fields`. One pass
    /// over the row's bytes up to the last field noted.
    mutating func note(_ fields: Record.Fields) {
        let base = places.count
        places.append(contentsOf: repeatElement(0, count: Field.allCases.count))
        var at = 0, lines = 0, c = 1
        for (column, field) in order where column < fields.count {
            let start = min(fields.spans[2 * column] >> 2, fields.raw.count)
            while at < start {
                let b = fields.raw[at]
                if b == 0x0A { lines += 1; c = 1 } else if b & 0xC0 != 0x80 { c += 1 }
                at += 1
            }
            if lines < 1 << 8 && c < 1 << 24 { places[base + field] = UInt32(lines) << 24 | UInt32(c) }
        }
    }

    /// Where task `task`'s field `field` stands, its row starting on `line`; nil for a
    /// field the table lacks or a task not noted. A kind found in the Todo's words, in
    /// a table without a kind column, stands at the Todo.
    func place(task: Int, _ field: Field, line: Int) -> (line: Int, column: Int)? {
        let f = field == .kind && columns[Field.kind.rawValue] == nil ? Field.todo : field
        let i = task &* Field.allCases.count &+ f.rawValue
        guard task >= 0, i < places.count, places[i] != 0 else { return nil }
        return (line + Int(places[i] >> 24), Int(places[i] & 0xFF_FFFF))
    }
}
