/// The time zones of a plan whose teams sit in several places: `Asia/Tokyo;
/// Harbor=America/Los_Angeles`, the one without a team for the plan (the calendar's,
/// and every team not named), each `TEAM=ZONE` a team's own. A team's meeting and CXO
/// reports are at its own local time, its days off are its zone's (Japan's holidays
/// only for a team in Japan), and with `--team` its clock's date is read there. `--tz`
/// given several times adds to the list; the settings' `tz` holds it in one cell, as
/// `meeting` does.
public struct TeamZones: Sendable {
    /// The plan's zone (nil: none named), and each team's own, by the team's name as
    /// written, in order.
    public var shared: ZoneInfo?
    public var byTeam: [Named] = []

    public struct Named: Sendable {
        public var team: String
        public var zone: ZoneInfo
    }

    public init(shared: ZoneInfo? = nil, byTeam: [Named] = []) { (self.shared, self.byTeam) = (shared, byTeam) }

    /// Reads each value's items and loads their zones. Throws a message for people naming
    /// no option: a zone the database does not know (with its team), two zones for the
    /// plan, a team given twice, an item with nothing before its `=`.
    public static func parse(_ values: [String]) throws(DateError) -> TeamZones {
        let read = try Teams.perTeam(values, read: { (name: String) throws(DateError) -> ZoneInfo in
            do { return try ZoneInfo.load(name) } catch { throw DateError(message: (error as? WBError)?.message ?? "\(error)") }
        }, twoShared: { L("two time zones for the plan, '\($0)' and '\($1)': give one, and a team's own as TEAM=ZONE") },
           noTeam: { L("'\($0)' names no team before =: write TEAM=ZONE, e.g. \"Harbor=America/Los_Angeles\"") },
           twice: { team, _, _ in L("team \(team)'s time zone is given twice") })
        return TeamZones(shared: read.shared?.value, byTeam: read.byTeam.map { Named(team: $0.team, zone: $0.value) })
    }

    /// The zone of the team whose key is `key` (nil: a plan without teams, or the whole
    /// of one), as `teams` matches names: its own, else the plan's.
    public func zone(forTeam key: String?, teams: Teams) -> ZoneInfo? {
        guard let key else { return shared }
        return byTeam.first { teams.key($0.team) == key }?.zone ?? shared
    }

    /// Each team's own zone by the team's key.
    public func byKey(_ teams: Teams) -> [String: ZoneInfo] {
        var out: [String: ZoneInfo] = [:]
        for n in byTeam { out[teams.key(n.team)] = n.zone }
        return out
    }

    /// The teams named that are none of `keys` (the plan's teams' keys), as written.
    public func unknownTeams(among keys: Set<String>, teams: Teams) -> [String] {
        byTeam.map(\.team).filter { !keys.contains(teams.key($0)) }
    }
}
