/// The weekly progress meeting as people write it: `mon 10:00 30m`, `月 10:00 30分`,
/// `monday 9:30` (30 minutes unless a length is given).
public struct MeetingSpec: Sendable, Equatable {
    public var weekday: Int
    public var time: TimeOfDay
    public var minutes: Int

    /// Throws a message for people, naming no option: the caller says where it came from.
    public static func parse(_ spec: String) throws(DateError) -> MeetingSpec {
        let parts = spec.foldingWidth.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard parts.count >= 2, let wd = DateParser.weekday(parts[0]) else {
            throw DateError(message: "write the weekday, time and length, e.g. \"mon 10:00 30m\", not '\(spec)'")
        }
        let t = try DateParser.time(parts[1])
        let m = parts.count > 2 ? try DateParser.minutes(parts[2...].joined()) : 30
        if m >= 24 * 60 { throw DateError(message: "a meeting of \(m) minutes is longer than a day") }
        return MeetingSpec(weekday: wd, time: t, minutes: m)
    }
}
