#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only place wb reads the wall clock. `SOURCE_DATE_EPOCH` overrides it so that
/// output can be reproduced.
public enum Clock {
    /// Seconds since the epoch: SOURCE_DATE_EPOCH when set, else now.
    public static func now(env: [String: String]) -> Int {
        if let s = env["SOURCE_DATE_EPOCH"], let n = Int(s) { return n }
        return Int(time(nil))
    }

    /// Today's date in `zone` (the plan's), else in the local zone; UTC when
    /// SOURCE_DATE_EPOCH is set, so that a pinned run reads the same day anywhere.
    public static func today(env: [String: String], zone: ZoneInfo?) -> CivilDate {
        guard let zone, env["SOURCE_DATE_EPOCH"] == nil else { return today(env: env) }
        return date(atUTC: now(env: env), in: zone)
    }

    /// The date in `zone` at `t` seconds since the epoch.
    public static func date(atUTC t: Int, in zone: ZoneInfo) -> CivilDate {
        let local = t + zone.type(atUTC: t).offset
        return CivilDate(days: local >= 0 ? local / 86400 : (local - 86399) / 86400)
    }

    /// Today's date in the local zone (UTC when SOURCE_DATE_EPOCH is set).
    public static func today(env: [String: String]) -> CivilDate {
        let t = now(env: env)
        if env["SOURCE_DATE_EPOCH"] != nil { return CivilDate(days: t >= 0 ? t / 86400 : (t - 86399) / 86400) }
        var tt = time_t(t)
        var tmv = tm()
        localtime_r(&tt, &tmv)
        return CivilDate(Int(tmv.tm_year) + 1900, Int(tmv.tm_mon) + 1, Int(tmv.tm_mday)) ?? CivilDate(days: t / 86400)
    }
}
