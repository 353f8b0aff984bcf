/// Helpers shared by the wb-tasks subcommands.
enum TasksIO {
    /// Reads the header of a streamed tasks table and resolves its columns.
    static func header(_ reader: TableReader) throws -> (Record, TaskSchema) {
        let h = try reader.header()
        return (h, try TaskSchema(header: h, file: reader.name))
    }

    static func labels(_ inv: Invocation) throws -> Lang? {
        try inv.string("labels").map { try Lang.parse($0, option: "labels") }
    }

    /// A resolver for the invocation's --year/--today/--milestones.
    static func resolver(_ inv: Invocation, schema: TaskSchema, file: String) throws -> TaskResolver {
        let (ctx, ms) = try inv.planContext()
        return TaskResolver(schema: schema, file: file, dates: ctx, milestones: ms, roles: inv.roles)
    }

    /// The milestone rows of a grid: M1-M4, then any other milestone of --milestones.
    static func milestoneTerms(_ ms: MilestoneSet?) -> [Term] {
        var out = Plan.milestones.terms
        for e in ms?.entries ?? [] where !out.contains(where: { $0.id == e.term.id }) { out.append(e.term) }
        return out
    }

    /// Rewrites the vocabulary columns of a record to canonical ids or display names.
    static func canonical(_ row: TaskRow, schema: TaskSchema, labels: Lang?) -> Record {
        var fields = row.record.strings
        func set(_ c: TaskColumn, _ t: Term?) {
            guard let i = schema[c], let t else { return }
            if c == .status || c == .kind, fields[i].trimmed.isEmpty { return }
            fields[i] = t.label(labels)
        }
        set(.milestone, row.milestone)
        set(.role, row.role)
        set(.status, row.status)
        set(.kind, row.kind)
        if let i = schema[.due], let d = row.due { fields[i] = d.iso }
        return Record(fields: fields, line: row.record.line)
    }
}

/// Task ids: the next free one after those in use (`T12` → `T13`, `007` → `008`).
/// Allocates new task ids in the plan's own style: the most used prefix, the next
/// number after its highest, zero-padded like the others (`T12`, `007`). Built once
/// from the ids, then each `next()` is O(1): a grid of 100,000 new lines is linear.
public struct TaskIDs {
    private var prefix = "T"
    private var k = 1
    private var width = 0
    private var used: Set<String>

    /// `used`: ids taken elsewhere in the file (another team's), never handed out.
    public init(_ ids: [String], used others: [String] = []) {
        used = Set(ids).union(others)
        var count: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var maxN: [String: Int] = [:]
        var widths: [String: Int] = [:]
        for id in ids {
            let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 15 else { continue }
            let p = String(id.dropLast(digits.count))
            let n = Int(String(digits.reversed()))!
            if firstSeen[p] == nil { firstSeen[p] = firstSeen.count }
            count[p, default: 0] += 1
            maxN[p] = max(maxN[p] ?? 0, n)
            widths[p] = max(widths[p] ?? 0, digits.count)
        }
        // The most used prefix; among equals, the first seen.
        guard let best = count.keys.max(by: { (count[$0]!, -firstSeen[$0]!) < (count[$1]!, -firstSeen[$1]!) }) else { return }
        prefix = best
        k = maxN[best]! + 1
        width = widths[best]!
    }

    public mutating func next() -> String {
        let n = String(k)
        var candidate = prefix + (width > 1 && n.count < width ? String(repeating: "0", count: width - n.count) + n : n)
        while used.contains(candidate) { k += 1; candidate = prefix + String(k) }
        used.insert(candidate)
        k += 1
        return candidate
    }

    public static func next(after ids: [String]) -> String {
        var a = TaskIDs(ids)
        return a.next()
    }
}
