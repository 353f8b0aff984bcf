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
    /// How it recurs: every `interval` weeks on the start's weekday, or with
    /// `nthInMonth` monthly, on that weekday counted within each month (1 to 4, -1 for
    /// the last; `[2, 4]` the second and the fourth); and the last local start it may have.
    public var recurrence: (interval: Int, nthInMonth: [Int], until: LocalDateTime)?
    /// Local starts the recurrence skips (EXDATE): the meeting's holidays.
    public var except: [LocalDateTime] = []
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
    /// The zone of a timed event's local times when it is not the calendar's: a team's
    /// own (`--tz TEAM=ZONE`).
    public var zone: ZoneInfo?
}

/// Deterministic UIDs: from the plan's name, the id and the kind of event, never from
/// titles, dates, randomness or the host, so a re-import updates instead of duplicating.
/// `slug` is a readable (folding) name for the organizer's address; `make` is injective.
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
        var h = FNV1a()
        h.add(s)
        return h.hex
    }

    /// An injective spelling in lowercase ASCII: letters a-z, digits and `-` stand for
    /// themselves, every other UTF-8 byte (capitals, `_`, `.`, spaces, Japanese) is
    /// `_` and two hex digits. `T1` and `t1`, `T-1`, `T_1` and `T 1`, "Launch plan"
    /// and "launch_plan" stay apart, also for a client that folds case.
    public static func escape(_ s: String) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D {
                out.append(b)
            } else {
                out.append(0x5F); out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `kind-ID.PLAN@wb`, each part escaped, so different (kind, id, plan) never share a
    /// UID (`.` and `@` only appear as separators).
    public static func make(plan: String, kind: String, id: String) -> String {
        "\(kind)-\(escape(id)).\(plan.isEmpty ? "_" : escape(plan))@wb"
    }

    /// In a plan of several teams, the team's key between the id and the plan: one more
    /// `.`-separated part, so no team's UID is another's or a one-team plan's.
    public static func make(plan: String, kind: String, id: String, team: String?) -> String {
        guard let team else { return make(plan: plan, kind: kind, id: id) }
        return "\(kind)-\(escape(id)).\(team.isEmpty ? "_" : escape(team)).\(plan.isEmpty ? "_" : escape(plan))@wb"
    }
}
