/// The conditions of `wb-tasks filter`: lists of milestones, roles, statuses, owners
/// and kinds as a user writes them (`pm,dev`, `!done`, `完了以外` for every value but
/// those), due dates, overdue and a text the Todo contains. Built once into a flag per
/// vocabulary code, then asked of each row's codes, so the row loop compares integers.
public struct TaskFilter {
    /// The columns a list may name; the raw value is the option's name, which the
    /// messages quote.
    public enum Field: String, CaseIterable, Sendable {
        case milestone, role, status, owner, kind
    }

    /// The conditions as given; a field left out of `lists` (and nil dates and text)
    /// keeps every row.
    public struct Conditions {
        /// Each field's values as written, one string an option given (`pm,dev`).
        public var lists: [Field: [String]] = [:]
        public var dueBefore: CivilDate?, dueAfter: CivilDate?
        public var overdue = false
        public var contains: String?
        public var today = CivilDate(days: 0)
        public init() {}
    }

    private let resolver: TaskResolver
    /// A flag per code (true: kept) for role, status and kind; nil: not a condition.
    private let roleOK: [Bool]?, statusOK: [Bool]?, kindOK: [Bool]?
    /// The milestones named (ids), and whether they are the ones left out; the flags
    /// per code grow as the rows meet the plan's milestones.
    private let milestones: [String]?, notMilestones: Bool
    private let milestoneOK = MilestoneFlags()
    /// The owners named, as `OwnerName.key` compares them (佐藤さん is 佐藤).
    private let owners: [String]?, notOwners: Bool
    /// An owner's decision is made once for each way it is written (a plan has a few
    /// dozen), not with a String a row.
    private let ownerSeen = CodeCache()
    /// The owners each way of writing them was decided for: which named owner matched a
    /// row, and the others, for `unmatchedOwners()`.
    private let ownerLog = OwnerLog()
    /// The owners as given (`--owner 佐藤,Tanaka`), for the note on those no row has.
    private let ownerNames: [String]
    private let before: Int?, after: Int?, overdueBefore: Int?
    private let search: FoldedSearch?
    private let ownerIx: Int?, todoIx: Int?
    private static let doneCode = Plan.statuses.terms.firstIndex { $0.id == "done" }!

    public init(_ c: Conditions, resolver: TaskResolver, schema: TaskSchema) throws {
        self.resolver = resolver
        var negated: Set<Field> = []
        var parsed: [Field: [String]] = [:]
        for field in Field.allCases {
            guard let given = c.lists[field] else { continue }
            let (values, not) = try Self.list(given, field)
            parsed[field] = values
            if not { negated.insert(field) }
        }
        // Ids, in arrays: a handful compare faster than they hash.
        func ids(_ f: Field, _ v: Vocabulary) throws -> [String]? {
            try parsed[f].map { try $0.map { s in
                if f == .milestone, let t = resolver.milestone(s) { return t.id }
                guard let t = v.lookup(s) else { throw (f == .milestone ? resolver.milestoneWords : v).unknownValue(s, option: f.rawValue) }
                return t.id
            } }
        }
        func flags(_ f: Field, _ v: Vocabulary) throws -> [Bool]? {
            try ids(f, v).map { ids in v.terms.map { ids.contains($0.id) != negated.contains(f) } }
        }
        milestones = try ids(.milestone, Plan.milestones)
        notMilestones = negated.contains(.milestone)
        roleOK = try flags(.role, resolver.roles)
        statusOK = try flags(.status, Plan.statuses)
        kindOK = try flags(.kind, Plan.kinds)
        owners = parsed[.owner].map { $0.map(OwnerName.key) }
        ownerNames = parsed[.owner] ?? []
        notOwners = negated.contains(.owner)
        before = c.dueBefore?.days
        after = c.dueAfter?.days
        overdueBefore = c.overdue ? c.today.days : nil
        // The words of the Todo, compared folded: Ｐｏｃ finds PoC.
        search = c.contains.map(FoldedSearch.init)
        if search?.needle.trimmed.isEmpty == true { throw WBError.usage(L("--contains needs the text to look for")) }
        ownerIx = schema[.owner]
        todoIx = schema[.todo]
    }

    /// One field's values, split at commas and trimmed, and whether they are negated:
    /// `!done` (or `！`) before the first, `以外` after the last; for the status,
    /// `未完了` or `not done` alone is every status but done.
    static func list(_ given: [String], _ f: Field) throws -> ([String], Bool) {
        var l = given.flatMap(\.listItems)
        // Every status but done, as people say it: 未完了, not done.
        if f == .status, l.count == 1,
           ["未完了", "未了", "not done", "not-done", "undone", "unfinished", "incomplete"].contains(l[0].foldingWidth.trimmed.lowercased()) {
            return (["done"], true)
        }
        var not = false
        if let first = l.first, first.hasPrefix("!") || first.hasPrefix("！") { l[0].removeFirst(); not = true }
        else if let last = l.last, last.hasSuffix("以外") { l[l.count - 1].removeLast(2); not = true }
        l = l.map(\.trimmed).filter { !$0.isEmpty }
        // An empty value (`--status "$S"` with S unset) would keep nothing, silently.
        if l.isEmpty { throw WBError.usage(L("--\(f.rawValue) needs at least one value")) }
        return (l, not)
    }

    /// Whether the row (its codes, and its record for owner and Todo) meets every
    /// condition.
    @inline(__always)
    public func keeps(_ c: TaskCodes, _ rec: Record) -> Bool {
        if let milestones, !milestoneKept(milestones, c.milestone) { return false }
        if let roleOK, !roleOK[c.role] { return false }
        if let statusOK, !statusOK[c.status] { return false }
        if let kindOK, !kindOK[c.kind] { return false }
        if let owners, ownerKept(owners, rec) == notOwners { return false }
        if let before, !(c.due != Int.min && c.due < before) { return false }
        if let after, !(c.due != Int.min && c.due > after) { return false }
        if let overdueBefore, !(c.due != Int.min && c.due < overdueBefore && c.status != Self.doneCode) { return false }
        if let search, !todoHolds(search, rec) { return false }
        return true
    }

    /// Whether the row's Todo holds `--contains`'s text; out of the row's line, which
    /// stays small enough to be inlined where rows are read.
    @inline(never)
    private func todoHolds(_ search: FoldedSearch, _ rec: Record) -> Bool {
        guard let i = todoIx, i < rec.count else { return false }
        return rec.withFields { search.matches($0[i]) }
    }

    private func milestoneKept(_ milestones: [String], _ code: Int) -> Bool {
        while milestoneOK.flags.count <= code {
            milestoneOK.flags.append(milestones.contains(resolver.milestoneTerm(milestoneOK.flags.count).id) != notMilestones)
        }
        return milestoneOK.flags[code]
    }

    /// The decision for each milestone code, made when a row first has it.
    private final class MilestoneFlags { var flags: [Bool] = [] }

    private func ownerKept(_ owners: [String], _ rec: Record) -> Bool {
        guard let i = ownerIx, i < rec.count else { return owners.contains("") }
        return rec[i].withUnsafeBufferPointer { b in
            if let known = ownerSeen.get(b) { return known == 1 }
            let written = String(decoding: b, as: UTF8.self)
            let key = OwnerName.key(written)
            let kept = owners.contains(key)
            ownerSeen.put(b, kept ? 1 : 0)
            ownerLog.note(key, written, named: kept)
            return kept
        }
    }

    /// The owners `--owner` named that no row read has (a name typed in another script,
    /// Tanaka for 田中, or misspelt), each with the owners the rows do have, for a note:
    /// a filter that keeps nothing of that name says why. nil for the whole answer when
    /// the table has no owner column (every name is then unmatched).
    public func unmatchedOwners() -> (names: [String], owners: [String])? {
        guard owners != nil, ownerIx != nil else { return owners == nil ? ([], []) : nil }
        let missing = ownerNames.filter { !ownerLog.named.contains(OwnerName.key($0)) }
        return (missing, ownerLog.written)
    }

    /// The named owners met, and the owners met by key, each as first written (the
    /// first 1,000).
    private final class OwnerLog {
        var named = Set<String>()
        var keys = Set<String>()
        var written: [String] = []
        func note(_ key: String, _ text: String, named isNamed: Bool) {
            if isNamed { named.insert(key) }
            guard keys.count < 1_000, !key.isEmpty, keys.insert(key).inserted else { return }
            written.append(text.trimmed)
        }
    }
}
