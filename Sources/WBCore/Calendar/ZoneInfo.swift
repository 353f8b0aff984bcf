#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A time zone read from the system's TZif database (RFC 8536), with the POSIX TZ
/// rule of its footer for times past the last listed transition. No ICU, no global
/// state: safe in static binaries and in parallel tests.
public struct ZoneInfo: Sendable {
    public struct LocalType: Sendable, Equatable {
        public var offset: Int
        public var isDST: Bool
        public var abbr: String
    }

    public struct Transition: Sendable, Equatable {
        /// UTC seconds of the change.
        public var at: Int
        public var from: LocalType
        public var to: LocalType
    }

    public let name: String
    var times: [Int] = []
    var indices: [Int] = []
    var types: [LocalType] = []
    var rule: PosixRule?

    public static let directory = "/usr/share/zoneinfo"

    /// Loads a zone by its IANA name (Asia/Tokyo, America/New_York, UTC).
    /// A name as people write one is taken for the zone it means: its city (`Tokyo`,
    /// `new york`), its IANA name in any letter case (`asia/tokyo`), or `JST`, 日本, 東京
    /// for Asia/Tokyo (Japan has no daylight saving time, so JST is exactly it).
    public static func load(_ name: String, directory: String = ZoneInfo.directory) throws -> ZoneInfo {
        if let data = tzif(name, directory) { return try zone(data, name) }
        if let canonical = resolve(name, directory: directory), let data = tzif(canonical, directory) { return try zone(data, canonical) }
        let near = name.contains("/") ? Suggest.clause(name, among: zoneNames(directory)) : ""
        throw WBError.usage(L("unknown time zone '\(name)'") + near + L("; use an IANA name such as Asia/Tokyo, America/New_York or UTC"))
    }

    private static func tzif(_ name: String, _ directory: String) -> [UInt8]? {
        let ok = !name.isEmpty && !name.hasPrefix("/") && !name.holds("..") &&
            name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/_-+".contains($0)) }
        guard ok, let data = readFile(directory + "/" + name), data.count > 44, data.starts(with: Array("TZif".utf8)) else { return nil }
        return data
    }

    private static func zone(_ data: [UInt8], _ name: String) throws -> ZoneInfo {
        var z = try parse(data, name: name)
        if z.types.isEmpty { throw WBError.usage(L("time zone '\(name)' has no data")) }
        z.times.reserveCapacity(0)
        return z
    }

    /// The IANA name a written zone means, or nil: the Japanese words and JST, else the
    /// one zone of the database whose name, or whose city, matches it ignoring letter
    /// case, with spaces for underscores. The database is listed only on such a miss.
    static func resolve(_ written: String, directory: String) -> String? {
        let w = written.foldingWidth.trimmed
        if ["jst", "jst-9", "日本", "東京", "日本時間", "日本標準時"].contains(w.lowercased()) { return "Asia/Tokyo" }
        let key = w.lowercased().replacingOccurrences(" ", "_")
        guard !key.isEmpty, key.allSatisfy({ $0.isASCII }) else { return nil }
        var full: [String] = [], city: [String] = []
        for name in zoneNames(directory) {
            let n = name.lowercased()
            if n == key { full.append(name) }
            else if n.split(separator: "/").last.map(String.init) == key { city.append(name) }
        }
        if full.count == 1 { return full[0] }
        return city.count == 1 ? city[0] : nil
    }

    /// The database's zone names (files under `directory`), without its posix/ and
    /// right/ copies.
    static func zoneNames(_ directory: String, _ prefix: String = "") -> [String] {
        guard let dir = opendir(directory + (prefix.isEmpty ? "" : "/" + prefix)) else { return [] }
        defer { closedir(dir) }
        var out: [String] = []
        while let e = readdir(dir) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasPrefix(".") || (prefix.isEmpty && (name == "posix" || name == "right")) { continue }
            let path = prefix.isEmpty ? name : prefix + "/" + name
            var st = stat()
            guard stat(directory + "/" + path, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR { out += zoneNames(directory, path) }
            else if name.first?.isUppercase == true { out.append(path) }
        }
        return out
    }

    /// The zone the system is set to, by its IANA name: `TZ` (with or without its
    /// leading `:` and the database's directory), else the target of
    /// `/etc/localtime`, else `/etc/timezone`, else UTC.
    public static func systemName(env: [String: String]) -> String {
        if var z = env["TZ"], !z.isEmpty {
            if z.hasPrefix(":") { z.removeFirst() }
            if z.hasPrefix(directory + "/") { z.removeFirst(directory.count + 1) }
            return z
        }
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/etc/localtime", &buf, buf.count - 1)
        if n > 0 {
            let target = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let r = target.range(of: "zoneinfo/") { return String(target[r.upperBound...]) }
        }
        if let text = readFile("/etc/timezone").map({ String(decoding: $0, as: UTF8.self).trimmed }), !text.isEmpty {
            return text
        }
        return "UTC"
    }

    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let src = ByteSource(name: path, fd: fd, ownsFD: false)
        return try? src.readAll()
    }

    static func parse(_ d: [UInt8], name: String) throws -> ZoneInfo {
        func be32(_ i: Int) -> Int { Int(Int32(bitPattern: UInt32(d[i]) << 24 | UInt32(d[i + 1]) << 16 | UInt32(d[i + 2]) << 8 | UInt32(d[i + 3]))) }
        func be64(_ i: Int) -> Int {
            var v: UInt64 = 0
            for k in 0..<8 { v = v << 8 | UInt64(d[i + k]) }
            return Int(Int64(bitPattern: v))
        }
        let bad = WBError(.dataError, L("the time-zone file for \(name) is damaged"))
        func counts(_ at: Int) throws -> [Int] {
            guard at + 44 <= d.count else { throw bad }
            return (0..<6).map { be32(at + 20 + 4 * $0) }
        }
        let version = d[4]
        var c = try counts(0)
        var p = 44
        var timeSize = 4
        if version >= 0x32 { // '2' or later: skip the 32-bit block
            p += c[3] * 4 + c[3] + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0]
            c = try counts(p)
            p += 44
            timeSize = 8
        }
        let (isut, isstd, leap, timecnt, typecnt, charcnt) = (c[0], c[1], c[2], c[3], c[4], c[5])
        let need = timecnt * timeSize + timecnt + typecnt * 6 + charcnt + leap * (timeSize + 4) + isstd + isut
        guard p + need <= d.count, typecnt > 0 else { throw bad }
        var z = ZoneInfo(name: name)
        for k in 0..<timecnt { z.times.append(timeSize == 8 ? be64(p + 8 * k) : be32(p + 4 * k)) }
        p += timecnt * timeSize
        for k in 0..<timecnt { z.indices.append(Int(d[p + k])) }
        p += timecnt
        let typesAt = p
        p += typecnt * 6
        let chars = Array(d[p..<(p + charcnt)])
        for k in 0..<typecnt {
            let off = be32(typesAt + 6 * k)
            let dst = d[typesAt + 6 * k + 4] != 0
            let ai = Int(d[typesAt + 6 * k + 5])
            var e = ai
            while e < chars.count && chars[e] != 0 { e += 1 }
            let abbr = ai < chars.count ? String(decoding: chars[ai..<e], as: UTF8.self) : ""
            z.types.append(LocalType(offset: off, isDST: dst, abbr: abbr))
        }
        guard z.indices.allSatisfy({ $0 < typecnt }) else { throw bad }
        p += charcnt + leap * (timeSize + 4) + isstd + isut
        if timeSize == 8, p < d.count, d[p] == 0x0A, let nl = d[(p + 1)...].firstIndex(of: 0x0A) {
            z.rule = PosixRule.parse(String(decoding: d[(p + 1)..<nl], as: UTF8.self))
        }
        return z
    }

    init(name: String) { self.name = name }

    /// The type in force before the first transition (RFC 8536: the first type).
    var initialType: LocalType { types[0] }

    /// Every transition in (from, to], explicit ones then the footer rule's.
    public func transitions(from: Int, to: Int) -> [Transition] {
        var out: [Transition] = []
        var prev = initialType
        for (k, t) in times.enumerated() {
            let ty = types[indices[k]]
            if t > from && t <= to && ty != prev { out.append(Transition(at: t, from: prev, to: ty)) }
            prev = ty
        }
        if let rule, let dst = rule.dst {
            let lastListed = times.last ?? Int.min
            let y0 = LocalDateTime(seconds: max(from, lastListed)).date.year
            let y1 = LocalDateTime(seconds: to).date.year
            if y0 <= y1 {
                for y in y0...y1 {
                    for tr in rule.transitions(year: y, dst: dst) where tr.at > from && tr.at <= to && tr.at > lastListed {
                        out.append(tr)
                    }
                }
            }
            out.sort { $0.at < $1.at }
        }
        return out
    }

    /// The local type in force at a UTC instant.
    public func type(atUTC t: Int) -> LocalType {
        if let last = times.last, t >= last, let rule {
            guard let dst = rule.dst else { return rule.std }
            let y = LocalDateTime(seconds: t + rule.std.offset).date.year
            var cur = rule.std
            var trs = rule.transitions(year: y - 1, dst: dst) + rule.transitions(year: y, dst: dst)
            trs.sort { $0.at < $1.at }
            for tr in trs where tr.at <= t { cur = tr.to }
            return cur
        }
        var lo = 0, hi = times.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if times[mid] <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? initialType : types[indices[lo - 1]]
    }

    /// UTC seconds of a local wall time. In an overlap (fall back) the earlier instant;
    /// in a gap (spring forward) the offset from before the gap, as RFC 5545 says.
    public func utc(_ local: LocalDateTime) -> Int {
        let l = local.seconds
        let before = type(atUTC: l - 86400).offset
        let after = type(atUTC: l + 86400).offset
        let valid = Set([before, after]).map { l - $0 }.filter { type(atUTC: $0).offset == l - $0 }
        if let t = valid.min() { return t }
        return l - before
    }

    /// The UTC offset in force at a local wall time.
    public func offset(at local: LocalDateTime) -> Int { local.seconds - utc(local) }
}

/// The POSIX TZ string of a TZif footer: `EST5EDT,M3.2.0,M11.1.0`, `<+09>-9`, `JST-9`.
struct PosixRule: Sendable {
    var std: ZoneInfo.LocalType
    var dst: (type: ZoneInfo.LocalType, start: DateRule, end: DateRule)?

    /// `Mm.w.d/time`: day d (0 = Sunday) of week w (5 = last) of month m, at a local time.
    struct DateRule: Sendable, Equatable {
        var month: Int
        var week: Int
        var weekday: Int
        var time: Int

        func date(_ year: Int) -> CivilDate {
            let first = CivilDate(year, month, 1)!
            var day = 1 + (weekday - first.weekday + 7) % 7 + (week - 1) * 7
            let dim = CivilDate.daysIn(month: month, year: year)
            while day > dim { day -= 7 }
            return CivilDate(year, month, day)!
        }
    }

    func transitions(year y: Int, dst: (type: ZoneInfo.LocalType, start: DateRule, end: DateRule)) -> [ZoneInfo.Transition] {
        let on = dst.start.date(y).days * 86400 + dst.start.time - std.offset
        let off = dst.end.date(y).days * 86400 + dst.end.time - dst.type.offset
        return [ZoneInfo.Transition(at: on, from: std, to: dst.type), ZoneInfo.Transition(at: off, from: dst.type, to: std)]
    }

    static func parse(_ s: String) -> PosixRule? {
        var c = Array(s.unicodeScalars)
        var i = 0
        func name() -> String? {
            if i < c.count && c[i] == "<" {
                guard let e = c[i...].firstIndex(of: ">") else { return nil }
                let n = String(String.UnicodeScalarView(c[(i + 1)..<e]))
                i = e + 1
                return n
            }
            let st = i
            while i < c.count && CharacterSet_isLetter(c[i]) { i += 1 }
            return i - st >= 3 ? String(String.UnicodeScalarView(c[st..<i])) : nil
        }
        func number() -> Int? {
            let st = i
            while i < c.count && c[i].properties.numericType != nil && c[i].isASCII { i += 1 }
            return i > st ? Int(String(String.UnicodeScalarView(c[st..<i]))) : nil
        }
        func hms() -> Int? {
            var sign = 1
            if i < c.count && (c[i] == "+" || c[i] == "-") { sign = c[i] == "-" ? -1 : 1; i += 1 }
            guard let h = number() else { return nil }
            var t = h * 3600
            if i < c.count && c[i] == ":" { i += 1; guard let m = number() else { return nil }; t += m * 60 }
            if i < c.count && c[i] == ":" { i += 1; guard let s = number() else { return nil }; t += s }
            return sign * t
        }
        func rule() -> DateRule? {
            guard i < c.count, c[i] == "M" else { return nil }
            i += 1
            guard let m = number(), i < c.count, c[i] == "." else { return nil }
            i += 1
            guard let w = number(), i < c.count, c[i] == "." else { return nil }
            i += 1
            guard let d = number() else { return nil }
            var t = 7200
            if i < c.count && c[i] == "/" { i += 1; guard let tt = hms() else { return nil }; t = tt }
            guard (1...12).contains(m), (1...5).contains(w), (0...6).contains(d) else { return nil }
            return DateRule(month: m, week: w, weekday: d, time: t)
        }
        c = Array(s.unicodeScalars)
        guard let stdName = name(), let stdOff = hms() else { return nil }
        let std = ZoneInfo.LocalType(offset: -stdOff, isDST: false, abbr: stdName)
        if i >= c.count { return PosixRule(std: std, dst: nil) }
        guard let dstName = name() else { return nil }
        var dstOff = std.offset + 3600
        if i < c.count && c[i] != "," { guard let o = hms() else { return nil }; dstOff = -o }
        guard i < c.count, c[i] == "," else { return nil }
        i += 1
        guard let a = rule(), i < c.count, c[i] == "," else { return nil }
        i += 1
        guard let b = rule(), i == c.count else { return nil }
        return PosixRule(std: std, dst: (ZoneInfo.LocalType(offset: dstOff, isDST: true, abbr: dstName), a, b))
    }
}

@inline(__always)
private func CharacterSet_isLetter(_ u: Unicode.Scalar) -> Bool {
    (u >= "A" && u <= "Z") || (u >= "a" && u <= "z")
}
