/// One calendar component before it is written: what the plan asks for, in local time.
public struct CalendarEvent: Sendable {
    public enum When: Sendable {
        case allDay(CivilDate)
        case timed(LocalDateTime, minutes: Int)
    }
    public var kind: String
    public var uid: String
    public var summary: String
    public var description: String = ""
    public var when: When
    /// Weekly recurrence: interval in weeks and the last local start it may have.
    public var weekly: (interval: Int, until: LocalDateTime)?
    public var todo = false
    public var todoStart: CivilDate?
    public var status: String?
    public var related: [String] = []
    public var sequence = 0
    public var categories: [String] = []
    /// People (name, e-mail) who take part: a task's owner from the people table.
    public var attendees: [(name: String, email: String)] = []
    /// A task that is done (a VTODO says so in STATUS, an event in its title).
    public var done = false
}

/// Deterministic UIDs: from the plan's name, the id and the kind of event, never from
/// titles, dates, randomness or the host, so a re-import updates instead of duplicating.
public enum UID {
    public static func slug(_ name: String) -> String {
        var s = ""
        var ascii = true
        for u in name.lowercased().unicodeScalars {
            if (u >= "a" && u <= "z") || (u >= "0" && u <= "9") { s.unicodeScalars.append(u) }
            else if u == " " || u == "-" || u == "_" || u == "." { if !s.hasSuffix("-") && !s.isEmpty { s += "-" } }
            else { ascii = false }
        }
        while s.hasSuffix("-") { s.removeLast() }
        if !ascii || s.isEmpty { s = (s.isEmpty ? "plan" : s) + "-" + fnv(name) }
        return s
    }

    /// FNV-1a 64 of the UTF-8 bytes, in hex: stable across runs and machines.
    static func fnv(_ s: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public static func make(plan: String, kind: String, id: String) -> String {
        let safeID = id.isEmpty ? "x" : slug(id)
        return "\(kind)-\(safeID).\(slug(plan))@wb"
    }
}
