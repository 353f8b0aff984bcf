/// The weekly `set T3 --status done`: finds the tasks by id and holds every row's bytes
/// until the whole table is read, so that a missing or repeated id fails before
/// anything is written (`set T99` prints no table). The rows are held in one buffer
/// (and where each ends), not an array a row: a million rows take the table's size in
/// memory, not thrice it.
struct TaskUpdate {
    /// The ids asked for, as people type them: full-width letters and digits (Ｔ３) are T3.
    let wanted: Set<String>
    private(set) var found = Set<String>()
    /// The other ids read (the first 100,000), for "did you mean" when one is missing.
    private(set) var seen: [String] = []
    /// Every id read, when asked for (`keepIDs`): what `--depends-on` may name.
    private(set) var ids = Set<String>()
    var keepIDs = false
    private let held = ByteBuffer(capacity: 1 << 16)
    private var ends: [Int] = []

    init(ids: [String]) {
        wanted = Set(ids.map { $0.foldingWidth.trimmed })
    }

    /// Whether the row with `id` is one to change: asked for, and `inScope` (a --team's
    /// row). An id asked for that comes a second time is refused at its line of `file`.
    mutating func changes(_ id: String, inScope: Bool, file: String, line: Int) throws -> Bool {
        let key = id.trimmed.foldingWidth
        if keepIDs && !key.isEmpty { ids.insert(key) }
        guard inScope, wanted.contains(key) else {
            if inScope && seen.count < 100_000 { seen.append(key) }
            return false
        }
        if found.contains(key) {
            throw WBError.data(L("task id \(key) appears twice; set changes one task per id"), at: SourceLocation(file: file, line: line))
        }
        found.insert(key)
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
        let missing = wanted.filter { !found.contains($0) }.sorted()
        guard let first = missing.first else { return }
        throw WBError.data(L("no task with id \(missing.joined(separator: ", ")) \(place)") + Suggest.clause(first, among: seen),
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
