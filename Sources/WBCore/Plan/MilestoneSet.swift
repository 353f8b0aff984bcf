/// The plan's milestones as read from a milestones table (`id, name, date, ...`).
public struct MilestoneSet: Sendable {
    public struct Entry: Sendable {
        public var term: Term
        public var name: String
        public var date: CivilDate?
        public var record: Record
    }
    public var entries: [Entry]
    /// The plan's start, from an `M0` (開始, kickoff) row: the workshop day.
    public var start: CivilDate?

    public init(entries: [Entry], start: CivilDate? = nil) {
        self.entries = entries
        self.start = start
    }

    /// Ids and names that make a row the plan's start rather than a milestone.
    static let startKeys: Set<String> = ["m0", "0", "⓪", "start", "kickoff", "workshop", "開始", "キックオフ", "ワークショップ", "スタート"]

    public func term(for s: String) -> Term? {
        let k = s.matchKey
        if k.isEmpty { return nil }
        for e in entries where e.term.id.matchKey == k || e.name.matchKey == k { return e.term }
        if let t = Plan.milestones.lookup(s), entries.contains(where: { $0.term.id == t.id }) { return t }
        return nil
    }

    public func entry(_ id: String) -> Entry? { entries.first { $0.term.id == id } }

    /// The plan's milestones as a vocabulary, each named as its table names it (for
    /// "did you mean M1 = CTO demo"); the deck's names where the table gives none.
    public var vocabulary: Vocabulary {
        Vocabulary(kind: "milestone", entries.map { e in
            let name = e.name.trimmed
            return name.isEmpty ? e.term : Term(id: e.term.id, ja: name, en: name, aliases: [])
        })
    }

    public func date(of id: String) -> CivilDate? { entry(id)?.date }

    /// The plan's start as the milestones give it: the M0 row, else one month before
    /// M1 (the spacing `init` uses).
    public var impliedStart: CivilDate? { start ?? date(of: "M1")?.adding(months: -1) }
}
