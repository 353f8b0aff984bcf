/// The weekly `set T3 --status done`: finds the tasks by id and holds every row's bytes
/// until the whole table is read, so that a missing or repeated id fails before
/// anything is written (`set T99` prints no table). The rows are held in one buffer
/// (and where each ends), not an array a row: a million rows take the table's size in
/// memory, not thrice it.
struct TaskUpdate {
    /// The ids asked for, by their key (`key(_:)`): as people type them, full-width
    /// letters and digits (Ｔ３) are T3, and case does not matter (t3 is T3).
    private let wantedByKey: [String: String]
    /// The keys found, each with the id as the table writes it.
    private(set) var found: [String: String] = [:]
    /// The tasks found, by their ids as the table writes them, in table order.
    private(set) var foundIDs: [String] = []
    /// The other ids read (the first 100,000), for "did you mean" when one is missing.
    private(set) var seen: [String] = []
    /// Every id read, when asked for (`keepIDs`): what `--depends-on` may name.
    private(set) var ids = Set<String>()
    var keepIDs = false
    private let held = ByteBuffer(capacity: 1 << 16)
    private var ends: [Int] = []

    init(ids: [String]) {
        var byKey: [String: String] = [:]
        for id in ids { byKey[Self.key(id)] = id.foldingWidth.trimmed }
        wantedByKey = byKey
    }

    /// Whether an operand given where the ids go is a table's file name instead
    /// (`plan.csv`, `dir/plan`): ids hold no `/` and end in no table extension.
    static func looksLikeFile(_ s: String) -> Bool {
        let l = s.lowercased()
        return s == "-" || s.contains("/") || l.hasSuffix(".csv") || l.hasSuffix(".tsv") || l.hasSuffix(".txt")
    }

    /// An id as the look-up compares it: width folded, trimmed, lower case.
    static func key(_ id: String) -> String { id.trimmed.foldingWidth.lowercased() }

    /// Whether the row with `id` is one to change: asked for, and `inScope` (a --team's
    /// row). An id asked for that comes a second time (or again in another case, T3
    /// and t3: one task to people) is refused at `place`, its id's place.
    mutating func changes(_ id: String, inScope: Bool, at place: @autoclosure () -> SourceLocation) throws -> Bool {
        let written = id.trimmed.foldingWidth
        if keepIDs && !written.isEmpty { ids.insert(written) }
        let k = written.lowercased()   // key(id), from the folded id already at hand
        guard inScope, wantedByKey[k] != nil else {
            if inScope && seen.count < 100_000 { seen.append(written) }
            return false
        }
        if let first = found[k] {
            if first != written {
                throw WBError.data(L("task ids \(first) and \(written) differ only in case, so set cannot tell which is meant; make them distinct first (check reports them)"),
                                   at: place())
            }
            throw WBError.data(L("task id \(written) appears twice; set changes one task per id"), at: place())
        }
        found[k] = written
        foundIDs.append(written)
        return true
    }

    /// Keeps a row's bytes, to be written once the table is read.
    mutating func hold(_ row: [UInt8]) {
        held.append(row)
        ends.append(held.count)
    }

    /// After the last row: refuses the ids not found (`place`: in the table, or in a
    /// team), naming the nearest id read.
    func checkAllFound(place: String, file: String) throws {
        let missing = wantedByKey.filter { found[$0.key] == nil }.map(\.value).sorted()
        guard let first = missing.first else { return }
        // `set '"A,1"'`: the quotes were meant to hold an id with a comma together.
        if missing.contains(where: { $0.hasPrefix("\"") || $0.hasSuffix("\"") }) {
            throw WBError.data(L("no task with id \(missing.listed) \(place): set reads each comma (, 、 ，) between two ids, in quotes too, so an id that holds one cannot be named (check warns of such ids: id-separator)"),
                               at: SourceLocation(file: file))
        }
        throw WBError.data(L("no task with id \(missing.listed) \(place)") + Suggest.clause(first, among: seen),
                           at: SourceLocation(file: file))
    }

    /// The held rows, in order, as they were read or changed.
    func write(to writer: TableWriter) {
        var start = 0
        for end in ends {
            writer.writeRaw(UnsafeBufferPointer(rebasing: held.bytes[start..<end]))
            start = end
        }
    }
}

extension TaskUpdate {
    /// A change `set` makes to each task it finds: the column, what wb knows it as (nil:
    /// a column wb does not know, `estimate`, whose value goes in as typed), the option
    /// that gave it (for errors) and the text typed.
    typealias Change = (column: Int, kind: TaskColumn?, option: String, text: String)

    /// What a run changed.
    struct Outcome {
        /// The rows with at least one field whose value is new.
        var changedRows = 0
        /// The changed tasks' team keys (nil: the table has no team column), each once:
        /// their own days off are the ones a new due date may fall on.
        var teams: [String?] = []
        /// The tasks whose due date or milestone changed, with both as they now are and
        /// their team's key, in table order: those `TaskResolver.lateDue` finds past
        /// their milestone (in their team's milestones) are warned of.
        var dated: [(id: String, milestone: String, due: String, team: String?)] = []
        /// With a change of due dates, statuses or dependencies, every row as the
        /// dependencies' order reads it (`DependencyOrder.late`); else nil.
        var order: DependencyOrder?
    }

    /// Reads `reader`'s rows (the header read already; ids in `idColumn`), holding each
    /// as `editor` writes it, with `changes` made to the tasks asked for (those `team`
    /// keeps). A value the change replaces may be wrong (set is how it gets fixed); the
    /// row's other values must read, as `resolver` reads them. A value replacing a word
    /// is written in the old one's style (完了 where the row says 未着手), one in an
    /// empty cell as the row writes its words; a field whose new value is what it was
    /// keeps its bytes. The rows are written by `write(to:)` once all are read.
    mutating func run(_ reader: TableReader, idColumn: Int, changes: [Change], resolver: TaskResolver,
                      parser: inout TaskValueParser, editor: TaskEditor, team: inout TeamFilter,
                      teamColumn: Int?, teams: Teams) throws -> Outcome {
        var out = Outcome()
        let replaced = Set(changes.compactMap(\.kind))
        if !replaced.isDisjoint(with: [.due, .status, .dependsOn]) { out.order = DependencyOrder() }
        func teamKey(_ rec: Record) -> String? { teamColumn.map { teams.key($0 < rec.count ? rec.string($0).trimmed : "") } }
        var rec = Record()
        while try reader.next(into: &rec) {
            // Blank lines between rows stay where they were.
            for _ in 0..<reader.blankLinesBefore { hold([]) }
            let id = rec.count > idColumn ? rec.string(idColumn) : ""
            guard try self.changes(id, inScope: team.keeps(rec), at: rec.location(ofField: idColumn, file: reader.name)) else {
                if out.order != nil { out.order!.append(rec, idColumn: idColumn, team: teamKey(rec), resolver: resolver) }
                hold(editor.rowBytes(rec, changes: [:]))
                continue
            }
            if let p = resolver.resolve(rec).1.first(where: { !replaced.contains($0.column) }) { throw WBError.data(p.message, at: p.location) }
            let key = teamKey(rec)
            if !out.teams.contains(key) { out.teams.append(key) }
            var values: [Int: String] = [:]
            parser.rowStyle = parser.style(of: rec)
            for c in changes {
                let old = c.column < rec.count ? rec.string(c.column) : nil
                values[c.column] = try c.kind.map { try parser.value($0, c.text, old: old, option: c.option) } ?? c.text
            }
            let real = values.filter { i, v in i >= rec.count || rec.string(i) != v }
            if !real.isEmpty { out.changedRows += 1 }
            // A new due date or milestone, which `check` may find late.
            if changes.contains(where: { ($0.kind == .due || $0.kind == .milestone) && real[$0.column] != nil }) {
                func value(_ k: TaskColumn) -> String? {
                    if let c = changes.last(where: { $0.kind == k }) { return values[c.column] }
                    return resolver.schema[k].flatMap { $0 < rec.count ? rec.string($0) : nil }
                }
                if let m = value(.milestone), let d = value(.due) { out.dated.append((id.trimmed.foldingWidth, m, d, key)) }
            }
            if out.order != nil {
                out.order!.append(rec, idColumn: idColumn, team: key, resolver: resolver,
                                  values: changes.compactMap { c in values[c.column].map { (c.kind, $0) } })
            }
            hold(editor.rowBytes(rec, changes: real))
        }
        for _ in 0..<reader.blankLinesBefore { hold([]) }
        return out
    }
}
