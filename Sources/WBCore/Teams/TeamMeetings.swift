/// The progress meetings of a plan of several teams, each team's its own:
/// `さくら=木 10:00; Harbor=tue 9:00 45m; mon 10:00`, the one without a team for the
/// teams not named (and for a plan without teams). `--meeting` given several times
/// adds to the list; the settings' `meeting` holds it in one cell, its items apart by
/// `;` or on lines of their own.
public struct TeamMeetings: Sendable {
    /// The meeting of every team not named (nil: those have none), and as written.
    public var shared: MeetingSpec?
    public var sharedText: String?
    /// Each team's own, by the team's name as written, in order.
    public var byTeam: [Named] = []

    public struct Named: Sendable, Equatable {
        public var team: String
        public var spec: MeetingSpec
        /// The item as written, for messages.
        public var text: String
    }

    /// Every meeting given as written with what it reads as, the shared one first.
    public var all: [(text: String, spec: MeetingSpec)] {
        (shared.map { [(sharedText ?? "", $0)] } ?? []) + byTeam.map { ($0.text, $0.spec) }
    }

    /// Reads each value's items. Throws a message for people naming no option: a
    /// meeting that does not read (with its team), a team given twice, two shared ones.
    public static func parse(_ values: [String]) throws(DateError) -> TeamMeetings {
        let read = try Teams.perTeam(values, read: { (spec: String) throws(DateError) -> MeetingSpec in try MeetingSpec.parse(spec) },
            twoShared: { L("two meetings for every team, '\($0)' and '\($1)': give one, and a team's own as TEAM=SPEC") },
            noTeam: { L("'\($0)' names no team before =: write TEAM=SPEC, e.g. \"さくら=木 10:00\"") },
            twice: { team, earlier, item in L("team \(team)'s meeting is given twice, '\(earlier)' and '\(item)'") })
        var out = TeamMeetings()
        (out.shared, out.sharedText) = (read.shared?.value, read.shared?.text)
        out.byTeam = read.byTeam.map { Named(team: $0.team, spec: $0.value, text: $0.text) }
        return out
    }

    /// The meeting of the team whose key is `key` (nil: a plan without teams, or the
    /// whole of one), as `teams` matches names: its own, else the shared one.
    public func spec(forTeam key: String?, teams: Teams) -> MeetingSpec? {
        guard let key else { return shared }
        return byTeam.first { teams.key($0.team) == key }?.spec ?? shared
    }

    /// Around `day`, how many days ago each team's meeting was held and when it is
    /// next, by the team's key (`keys`, the plan's teams): its own meeting, else the
    /// shared one; a team with neither is left out. The report of every team judges
    /// each team's tasks by its own meeting, which skips the team's own days off.
    public func held(around day: CivilDate, keys: [String], teams: Teams, daysOff: DaysOff,
                     every: Int, first: CivilDate?) -> [String: (since: Int, next: CivilDate)] {
        var out: [String: (since: Int, next: CivilDate)] = [:]
        for key in keys {
            out[key] = spec(forTeam: key, teams: teams)?.held(around: day, daysOff: daysOff.forTeam(key), every: every, first: first)
        }
        return out
    }

    /// The teams named that are none of `keys` (the plan's teams' keys), as written.
    public func unknownTeams(among keys: [String], teams: Teams) -> [String] {
        byTeam.map(\.team).filter { !keys.contains(teams.key($0)) }
    }
}
