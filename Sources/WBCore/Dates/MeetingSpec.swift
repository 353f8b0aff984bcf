/// The weekly progress meeting as people write it: `mon 10:00 30m`, `月 10:00 30分`,
/// `monday 9:30` (30 minutes unless a length is given).
public struct MeetingSpec: Sendable, Equatable {
    public var weekday: Int
    public var time: TimeOfDay
    public var minutes: Int

    public static func parse(_ spec: String) throws -> MeetingSpec {
        let parts = spec.foldingWidth.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard parts.count >= 2, let wd = DateParser.weekday(parts[0]) else {
            throw WBError.usage("--meeting: write the weekday, time and length, e.g. \"mon 10:00 30m\", not '\(spec)'")
        }
        do {
            let t = try DateParser.time(parts[1])
            let m = parts.count > 2 ? try DateParser.minutes(parts[2...].joined()) : 30
            if m >= 24 * 60 { throw WBError.usage("--meeting: a meeting of \(m) minutes is longer than a day") }
            return MeetingSpec(weekday: wd, time: t, minutes: m)
        } catch let e as DateError { throw WBError.usage("--meeting: " + e.message) }
    }
}
