/// The plan's milestones as read from a milestones table (`id, name, date, ...`).
public struct MilestoneSet: Sendable {
    public struct Entry: Sendable {
        public var term: Term
        public var name: String
        public var date: CivilDate?
        public var record: Record
    }
    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    public func term(for s: String) -> Term? {
        let k = s.matchKey
        if k.isEmpty { return nil }
        for e in entries where e.term.id.matchKey == k || e.name.matchKey == k { return e.term }
        if let t = Plan.milestones.lookup(s), entries.contains(where: { $0.term.id == t.id }) { return t }
        return nil
    }

    public func entry(_ id: String) -> Entry? { entries.first { $0.term.id == id } }

    public func date(of id: String) -> CivilDate? { entry(id)?.date }
}
