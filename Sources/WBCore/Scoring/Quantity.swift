/// Numbers as people write them: `1,200,000`, `12万`, `3.5億`, `¥1,000`, `5%`, `0.05`.
public enum Quantity {
    public struct Problem: Error, Sendable { public let message: String }

    /// The large units, each counting up to 9,999 of the one below (`3億5000万`).
    static let multipliers: [(String, Double)] = [("兆", 1e12), ("億", 1e8), ("万", 1e4)]

    /// A count below a large unit, as written before it: digits (`3.5`), or with 千,
    /// 百 and 十 (`3千`, `3千5百`, `千`); nil for anything else or nothing.
    static func group(_ s: Substring) -> Double? {
        guard !s.isEmpty else { return nil }
        var total = 0.0, rest = s
        for (mark, m) in [("千", 1e3), ("百", 1e2), ("十", 1e1)] {
            guard let r = rest.range(of: mark) else { continue }
            let before = rest[..<r.lowerBound]
            guard let v = before.isEmpty ? 1 : Double(before) else { return nil }
            total += v * m
            rest = rest[r.upperBound...]
        }
        if rest.isEmpty { return total }
        guard let v = Double(rest) else { return nil }
        return total + v
    }

    /// Counters after a count, as the deck writes market sizes: `100万社`, `100万人`,
    /// `5千件`.
    static let counters = ["世帯", "店舗", "拠点", "ユーザー", "社", "人", "件", "名", "個", "台", "店", "校", "本", "枚",
                           "companies", "company", "people", "users", "households"]

    /// What a price may be per beside its period: one of the customers the market
    /// counts (`/人`, `/社`, `per user`, `/seat`).
    static let perCustomer: Set<String> = Set(counters + ["ユーザ", "アカウント", "ライセンス", "id", "user", "seat", "seats", "customer",
                                                          "customers", "person", "account", "accounts", "license", "licence"])

    /// A count written in kanji before its counter, as people write small ones: 週に一度,
    /// 月一, 一日三回, 二時間 → 週に1度, 月1, 1日3回, 2時間. Only a single 一 to 九 (or 十)
    /// right before a counter or at the end is a digit: 四半期 stays.
    private static let kanjiDigits: [Character: String] = ["一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                                                           "九": "9", "十": "10"]
    private static let kanjiCounters: Set<Character> = ["回", "度", "日", "週", "ヶ", "カ", "か", "ヵ", "箇", "時", "分", "秒", "人"]

    static func kanjiCounts(_ s: String) -> String {
        // Most cells hold no kanji digit: nothing to do.
        guard s.contains(where: { kanjiDigits[$0] != nil }) else { return s }
        let digits = kanjiDigits, counters = kanjiCounters
        let chars = Array(s)
        var out = ""
        for (i, c) in chars.enumerated() {
            let alone = (i == 0 || digits[chars[i - 1]] == nil) && (i + 1 == chars.count || digits[chars[i + 1]] == nil)
            if let d = digits[c], alone, i + 1 == chars.count || counters.contains(chars[i + 1]) { out += d } else { out.append(c) }
        }
        return out
    }

    /// Whether `s` holds a range `midpoint` reads (週2〜3回, 2-3/week).
    static func isRange(_ s: String) -> Bool {
        guard s.contains(where: { "〜~-–～".contains($0) }) else { return false }
        let f = s.foldingWidth
        return midpoint(f) != f
    }

    /// A range an estimate gives (週2〜3回, 15-30分, 1~2h): its midpoint, as the one figure a
    /// score needs (週2.5回, 22.5分, 1.5h). Two numbers either side of 〜 ~ - – only.
    static func midpoint(_ s: String) -> String {
        let chars = Array(s)
        func number(from i: Int, step: Int) -> (Double, Int)? {
            var j = i
            while j >= 0 && j < chars.count, chars[j].isASCII && (chars[j].isNumber || chars[j] == "." || chars[j] == ",") { j += step }
            let lo = min(i, j - step), hi = max(i, j - step)
            guard lo <= hi, lo >= 0, hi < chars.count, let v = Double(String(chars[lo...hi]).replacingOccurrences(",", "")) else { return nil }
            return (v, step > 0 ? hi : lo)
        }
        for (i, c) in chars.enumerated() where "〜~-–".contains(c) && i > 0 && i + 1 < chars.count {
            guard let (a, start) = number(from: i - 1, step: -1), let (b, end) = number(from: i + 1, step: 1), b > a else { continue }
            return String(chars[..<start]) + formatNumber((a + b) / 2, places: 4) + String(chars[(end + 1)...])
        }
        return s
    }

    /// Words that say an estimate is one (`約120万人`, `120万人程度`, `about 1.2 million`,
    /// `~5%`): the number without them, since every market figure is an estimate.
    static func approximate(_ s: String, units: [String] = []) -> String {
        var t = s
        for word in ["約", "およそ", "おおよそ", "ざっと", "概算", "~", "approximately", "approx.", "approx", "about", "around", "roughly"]
        where t.lowercased().hasPrefix(word) {
            t = String(t.dropFirst(word.count)).trimmed
            break
        }
        for word in ["程度", "前後", "くらい", "ぐらい", "ほど", "弱", "強"] where t.hasSuffix(word) {
            let rest = String(t.dropLast(word.count)).trimmed
            // Only after a figure (a digit, a large unit, %, 円 or a counter): 程度 alone
            // is no number, and 強 may end a word.
            if let last = rest.last, last.isNumber || "万億兆千百十%円".contains(last)
                || (counters + units).contains(where: { rest.lowercased().hasSuffix($0) }) { t = rest }
            break
        }
        return t
    }

    /// The words of an amount that gives no number (月に数回, 数分, たまに, a few times a
    /// week): the error for them asks for a number, `example` written the way asked.
    static func vague(_ input: String, _ example: String) -> Problem? {
        let s = input.foldingWidth.lowercased()
        let words = ["数回", "数分", "数時間", "数日", "数人", "数名", "何人", "数十", "数百", "数千", "数万", "何回か", "何回", "何度か", "何度", "たまに", "時々", "ときどき", "時折",
                     "不定期", "適宜", "随時", "a few", "several", "sometimes", "occasionally", "now and then", "from time to time"]
        guard let w = words.first(where: { s.holds($0) }) else { return nil }
        // The example is the cell itself with a number in the vague word's place
        // (月に数回 → 月に3回, a few times a week → 3 times a week), where there is one.
        let number: [String: String] = ["数十": "30", "数百": "300", "数千": "3000", "数万": "3万", "何回か": "3回", "何度か": "3回", "a few": "3", "several": "3"]
        var said = example
        if let n = number[w] { said = s.replacingOccurrences(w, n) } else if w.hasPrefix("数") || w.hasPrefix("何") {
            said = s.replacingOccurrences(w, "3" + w.dropFirst())
        }
        return Problem(message: L("'\(input)' gives no number (\(w)): write how many, as \(said), a guess if need be"))
    }

    /// A plain or scaled number; `%` divides by 100. Currency marks and counters are allowed.
    public static func number(_ input: String) throws(Problem) -> Double {
        // Plain digits (with a decimal point) are what most cells hold: read at once.
        if !input.isEmpty, input.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }), let v = Double(input) { return v }
        var s = approximate(input.foldingWidth.trimmed)
        for mark in ["¥", "￥", "円", "JPY", "yen", "$", "USD"] { s = s.replacingOccurrences(mark, "") }
        let lower = s.lowercased()
        if let c = counters.first(where: { lower.hasSuffix($0) }) {
            let rest = String(s.dropLast(c.count)).trimmed
            if let before = rest.last, before.isNumber || "万億兆千".contains(before) { s = rest }
        }
        s = s.replacingOccurrences(",", "").replacingOccurrences("_", "").replacingOccurrences(" ", "")
        if s.isEmpty { throw Problem(message: L("'\(input)' is empty, not a number")) }
        var scale = 1.0
        if s.hasSuffix("%") { scale = 0.01; s.removeLast() }
        // 3億5000万 → 3e8 + 5000e4
        var total = 0.0
        var rest = Substring(s)
        var matched = false
        for (mark, m) in multipliers {
            if let r = rest.range(of: mark) {
                guard let v = group(rest[..<r.lowerBound]) else { throw vague(input, "3万") ?? Problem(message: L("'\(input)' is not a number")) }
                total += v * m
                rest = rest[r.upperBound...]
                matched = true
            }
        }
        // 5千 after 3万, or alone.
        if rest.contains(where: { "千百十".contains($0) }) {
            guard let v = group(rest) else { throw Problem(message: L("'\(input)' is not a number")) }
            total += v
        } else if !rest.isEmpty {
            var tail = String(rest)
            var m = 1.0
            // 2.5 million, 1.2bn, 120 thousand (the spaces are gone by now).
            let words: [(String, Double)] = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("mn", 1e6), ("bn", 1e9)]
            if !matched, let (w, v) = words.first(where: { tail.lowercased().hasSuffix($0.0) }) {
                m = v
                tail.removeLast(w.count)
            } else if let last = tail.last, "kKmMbB".contains(last), !matched {
                m = ["k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9][String(last)]!
                tail.removeLast()
            }
            guard let v = Double(tail), v.isFinite else {
                throw vague(input, "3万") ?? Problem(message: L("'\(input)' is not a number; write 1200000, 1,200,000, 12万 or 3.5億"))
            }
            total += v * m
        }
        guard (total * scale).isFinite else { throw Problem(message: L("'\(input)' is too large a number")) }
        return total * scale
    }

    /// A proportion in the Japanese way: `8割` (80%), `8割5分` (85%), `5分` no (a 分
    /// alone is minutes elsewhere), and a half: `半分`, `半数` (the deck's 50% who
    /// decide to buy), `half`; nil for anything else.
    public static func wari(_ input: String) -> Double? {
        let s = Substring(input.foldingWidth.trimmed)
        if ["半分", "半数", "half"].contains(s.lowercased()) { return 0.5 }
        guard let r = s.range(of: "割"), let tens = Double(String(s[..<r.lowerBound]).trimmed), tens >= 0 else { return nil }
        var rest = String(s[r.upperBound...]).trimmed
        var v = tens / 10
        if rest.hasSuffix("分"), let ones = Double(String(rest.dropLast()).trimmed), ones >= 0, ones < 10 {
            v += ones / 100
            rest = ""
        }
        guard rest.isEmpty, v <= 1 else { return nil }
        return v
    }

    /// A share: `5%`, `0.05` or `1割`. A bare number over 1 is an error (did you mean %?).
    public static func share(_ input: String) throws(Problem) -> Double {
        if let w = wari(input) { return w }
        let v = try number(input)
        if !input.contains("%") && !input.contains("％") && v > 1 {
            throw Problem(message: L("share '\(input)' is more than 100%; write 5% or 0.05"))
        }
        if v < 0 || v > 1 { throw Problem(message: L("share '\(input)' must be between 0% and 100%")) }
        return v
    }

    /// A time unit: months per unit, for prices per period and usage periods.
    public enum Period: String, Sendable {
        case month, year
        /// Paid once (`/回`, `/once`): the usage period does not multiply it.
        case once
        var months: Double { self == .month ? 1 : 12 }
    }

    static let periodWords: [(String, Period)] = [
        ("months", .month), ("month", .month), ("mo", .month), ("ヶ月", .month), ("カ月", .month), ("ヵ月", .month), ("か月", .month), ("箇月", .month), ("月", .month),
        ("years", .year), ("year", .year), ("yr", .year), ("年", .year),
    ]
    static let onceWords = ["回", "once", "one-off", "oneoff", "一括", "買い切り", "買切り"]

    /// A price with an optional period: `¥1,000/month`, `1000円/月`, `12万/年`,
    /// `10 USD per month`, `月額1,000円`, `年額12万円`, `年間12,000円`, `毎月500円`,
    /// `monthly $10`, `$120 a year`, `一括30万円`, `月5千円`, `5,000円(月額)`; a note on tax
    /// (`(税抜)`) is left aside.
    public static func price(_ input: String) throws(Problem) -> (Double, Period?) {
        // Hedged after its period too (¥1,000/月くらい).
        var s = approximate(input.foldingWidth.trimmed, units: periodWords.map(\.0) + onceWords + ["月額", "年額"])
        for per in [" per ", " Per ", " PER "] { s = s.replacingOccurrences(per, "/") }
        // A note on tax (5,000円(税抜)) does not change the price a market is sized by;
        // one on the period (5,000円(月額)) is the period.
        for note in ["(税抜)", "(税抜き)", "(税別)", "(税込)", "(税込み)"] { s = s.replacingOccurrences(note, "") }
        for (note, unit) in [("(月額)", "/月"), ("(年額)", "/年"), ("(月)", "/月"), ("(年)", "/年"), ("/月額", "/月"), ("/年額", "/年"), ("(一括)", "/回"), ("(買い切り)", "/回")]
        where s.hasSuffix(note) {
            s = String(s.dropLast(note.count)).trimmed + unit
        }
        // Per customer, as the market counts them (1,000円/人/月, $10 per user per month):
        // the market size already is the customers, so only the period is kept.
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count > 1 {
            let kept = [parts[0]] + parts.dropFirst().filter { !perCustomer.contains(String($0).trimmed.lowercased()) }
            s = kept.joined(separator: "/")
        }
        for (word, p) in [("月額", Period.month), ("月々", .month), ("毎月", .month), ("年額", .year), ("年間", .year), ("毎年", .year),
                          ("monthly", .month), ("yearly", .year), ("annually", .year), ("一括", .once), ("買い切り", .once)]
        where s.lowercased().hasPrefix(word) {
            return (try number(String(s.dropFirst(word.count)).trimmed), p)
        }
        // 月5千円, 年6万円: the period before the amount.
        for (word, p) in [("月", Period.month), ("年", .year)] where s.hasPrefix(word) {
            let rest = s.dropFirst().drop { $0 == " " }
            if let c = rest.first, c.isASCII && c.isNumber || c == "¥" || c == "$" { return (try number(String(rest)), p) }
        }
        // ¥1,000 monthly, 1000円 per year (the per already a slash).
        for (word, p) in [("monthly", Period.month), ("a month", .month), ("yearly", .year), ("annually", .year), ("a year", .year)]
        where s.lowercased().hasSuffix(word) {
            return (try number(String(s.dropLast(word.count)).trimmed), p)
        }
        if let slash = s.lastIndex(of: "/") {
            let unit = String(s[s.index(after: slash)...]).trimmed.lowercased()
            if onceWords.contains(unit) { return (try number(String(s[..<slash])), .once) }
            guard let p = periodWords.first(where: { $0.0 == unit })?.1 else {
                throw Problem(message: L("unknown period '\(unit)' in '\(input)'; use /month, /year or /once (/月, /年, /回)"))
            }
            return (try number(String(s[..<slash])), p)
        }
        return (try number(s), nil)
    }

    /// A usage period with an optional unit: `24`, `24 months`, `24ヶ月`, `2年`, and as
    /// people say them: `2年半`, `半年`, `1年6ヶ月`, `1 year 6 months`, `6 quarters`, `6四半期`.
    public static func period(_ input: String) throws(Problem) -> (Double, Period?) {
        var s = approximate(input.foldingWidth.trimmed, units: periodWords.map(\.0) + ["間", "年半", "quarters", "quarter", "四半期"]).lowercased()
        // 2年間, 24ヶ月間: the deck's way of writing a span.
        if s.hasSuffix("間") { s.removeLast() }
        if s == "半年" { return (6, .month) }
        // 2年半: two and a half years.
        if s.hasSuffix("年半"), let v = Double(String(s.dropLast(2)).trimmed) { return (v + 0.5, .year) }
        for w in ["quarters", "quarter", "四半期"] where s.hasSuffix(w) {
            if let v = Double(String(s.dropLast(w.count)).trimmed) { return (v * 3, .month) }
        }
        // 1年6ヶ月, 1 year 6 months: in months.
        for y in ["years", "year", "年"] {
            guard let r = s.range(of: y), let years = Double(String(s[..<r.lowerBound]).trimmed) else { continue }
            let rest = String(s[r.upperBound...].drop(while: { $0 == "," || $0 == " " || $0 == "、" }))
            guard !rest.isEmpty, case (let months, .month?) = try period(rest) else { break }
            return (years * 12 + months, .month)
        }
        for (w, p) in periodWords where s.hasSuffix(w) {
            let n = String(s.dropLast(w.count)).trimmed
            if let v = Double(n) { return (v, p) }
        }
        return (try number(s), nil)
    }

    /// 1234567.8 → "1,234,567.8"
    public static func grouped(_ x: Double, places: Int = 1) -> String {
        let s = formatNumber(x, places: places)
        let neg = s.hasPrefix("-")
        let body = neg ? String(s.dropFirst()) : s
        let parts = body.split(separator: ".", maxSplits: 1)
        var whole = Array(parts[0])
        var out = ""
        while whole.count > 3 {
            out = "," + String(whole.suffix(3)) + out
            whole.removeLast(3)
        }
        out = String(whole) + out
        return (neg ? "-" : "") + out + (parts.count > 1 ? "." + parts[1] : "")
    }
}

/// Question impact: resources saved per occurrence and how often it occurs.
public enum Impact {
    public enum Unit: String, Sendable { case hours = "h", yen = "JPY" }

    /// The unit's name for people: hours or yen.
    public static func unitName(_ u: Unit) -> String { u == .hours ? L("hours") : L("yen") }

    /// A yearly amount for people, in the run's language: `208h/year`, `¥180,000/year`.
    public static func yearly(_ v: Double, _ unit: Unit) -> String {
        unit == .hours ? L("\(Quantity.grouped(v, places: 1))h/year") : L("¥\(Quantity.grouped(v, places: 0))/year")
    }

    /// How many people meet a question: `10`, `10人`, `4名`, `二人`, `5〜10人` (the
    /// midpoint), at least one.
    public static func people(_ input: String) throws(Quantity.Problem) -> Double {
        let s = Quantity.midpoint(Quantity.kanjiCounts(Quantity.approximate(input.foldingWidth.trimmed)))
        let v: Double
        do { v = try Quantity.number(s) } catch {
            if let p = Quantity.vague(input, "10人") { throw p }
            throw error
        }
        guard v >= 1 else { throw Quantity.Problem(message: L("'\(input)' is not a number of people (1 or more)")) }
        return v
    }

    /// The words of a time saved and their hours, longer words first (`2 days` ends in
    /// `s` too); a day of work is 8 hours (3日, 3人日, 3 person-days).
    static let timeWords: [(String, Double)] = [
        ("person-days", 8), ("person-day", 8), ("man-days", 8), ("man-day", 8), ("人日", 8), ("人時", 1),
        ("days", 8), ("day", 8), ("日", 8),
        ("minutes", 1.0 / 60), ("minute", 1.0 / 60), ("mins", 1.0 / 60), ("min", 1.0 / 60), ("分", 1.0 / 60),
        ("hours", 1), ("hour", 1), ("hrs", 1), ("hr", 1), ("時間", 1), ("h", 1),
        ("seconds", 1.0 / 3600), ("sec", 1.0 / 3600), ("秒", 1.0 / 3600), ("m", 1.0 / 60), ("s", 1.0 / 3600),
    ]

    /// `15min`, `2h`, `15分`, `2時間`, `30秒` → hours, and days of work at 8 hours
    /// (`3日`, `3人日`, `半日`); `¥500`, `500円` → yen.
    public static func saved(_ input: String) throws(Quantity.Problem) -> (Double, Unit) {
        // A survey's answer hedged (約15分, 15分くらい, about 15 min): its figure.
        let hedged = Quantity.approximate(input.foldingWidth.trimmed, units: timeWords.map(\.0))
        let s = Quantity.midpoint(Quantity.kanjiCounts(hedged.lowercased()))
        let moneyMarks = ["¥", "￥", "円", "jpy", "yen"]
        let isMoney = moneyMarks.contains { s.holds($0) }
        // Half a day of work: 4 hours.
        if ["半日", "half a day", "half day", "half-day", "半人日"].contains(s) { return (4, .hours) }
        let timeHit = timeWords.first { s.hasSuffix($0.0) }
        if isMoney {
            if let t = timeHit, !s.hasSuffix("円") {
                throw Quantity.Problem(message: L("'\(input)' mixes money and time (\(t.0)): time and money cannot be compared or added; give them as separate questions"))
            }
            if s.holds("分") || s.holds("時間") || s.holds("min") {
                throw Quantity.Problem(message: L("'\(input)' mixes money and time: time and money cannot be compared or added; give them as separate questions"))
            }
            return (try Quantity.number(s), .yen)
        }
        // Compound times (1時間半, 1時間30分, 1h30m) as the duration parser reads them.
        let compound = try? DateParser.minutes(s)
        guard let (word, factor) = timeHit else {
            if let m = compound { return (Double(m) / 60, .hours) }
            if let p = Quantity.vague(input, "15分") { throw p }
            throw Quantity.Problem(message: L("'\(input)' has no unit; write time (15min, 2h, 15分, 2時間) or money (¥500, 500円)"))
        }
        let n = String(s.dropLast(word.count)).trimmed
        if Double(n) == nil, let m = compound { return (Double(m) / 60, .hours) }
        guard let v = Double(n), v >= 0 else {
            if let p = Quantity.vague(input, "15分") { throw p }
            throw Quantity.Problem(message: L("'\(input)': unknown unit or number; write 15min, 2h, 15分, 2時間, ¥500 or 500円"))
        }
        return (v * factor, .hours)
    }

    /// English frequencies with the spaces taken out: `3timesaday`, `twiceaweek`,
    /// `onceamonth`, `2xperweek`, `every2weeks`, `4timesayear`; nil for anything else.
    static func english(_ s: String) -> Double? {
        var rest = Substring(s)
        func take(_ p: String) -> Bool {
            guard rest.hasPrefix(p) else { return false }
            rest = rest.dropFirst(p.count)
            return true
        }
        func number() -> Double? {
            let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard let v = Double(digits), v > 0 else { return nil }
            rest = rest.dropFirst(digits.count)
            return v
        }
        var count = 1.0, every = 1.0
        if take("every") {
            // every 2 weeks: once in that span.
            if let n = number() { every = n } else if take("other") { every = 2 }
        } else {
            if take("once") { count = 1 } else if take("twice") { count = 2 } else if take("thrice") { count = 3 } else {
                guard let n = number(), take("times") || take("time") || take("x") else { return nil }
                count = n
            }
            if take("every") {
                // twice every 3 weeks
                if let n = number() { every = n } else if take("other") { every = 2 }
            } else if !(take("an") || take("a") || take("per") || take("/") || take("each")) {
                return nil
            }
        }
        let units: [(String, Double)] = [("workday", 245), ("weekday", 245), ("businessday", 245), ("day", 365), ("week", 52),
                                         ("fortnight", 26), ("month", 12), ("quarter", 4), ("year", 1)]
        for (u, k) in units where rest == u || rest == u + "s" { return count * k / every }
        return nil
    }

    private static let perUnit: [String: Double] = ["day": 365, "d": 365, "日": 365, "week": 52, "wk": 52, "w": 52, "週": 52,
                                                   "month": 12, "mo": 12, "月": 12, "year": 1, "yr": 1, "y": 1, "年": 1,
                                                   "workday": 245, "営業日": 245]
    private static let everyWords: [String: Double] = [
        "毎日": 365, "daily": 365, "everyday": 365, "毎週": 52, "weekly": 52, "毎月": 12, "monthly": 12,
                                       "毎営業日": 245, "平日毎日": 245, "毎平日": 245, "平日": 245, "毎年": 1, "yearly": 1, "annually": 1,
                                       "quarterly": 4, "biweekly": 26, "fortnightly": 26, "everyotherweek": 26, "四半期ごと": 4, "四半期毎": 4,
                                       "営業日ごと": 245, "営業日毎": 245, "平日ごと": 245, "毎朝": 365, "毎晩": 365, "毎夕": 365,
                                       "週ごと": 52, "月ごと": 12, "日ごと": 365]

    /// Occurrences per year: `3/day`, `2/week`, `1/month`, `4/year`, `1日3回`, `週2回`,
    /// `月1回`, `年4回`, `毎日`, `毎週`, `隔週`, `毎営業日`, `四半期に1回`, and the deck's
    /// `1週間に2回`, `週に2回`, `月に2回`, `2週間に1回`; in English `daily`, `quarterly`,
    /// `twice a week`, `3 times a day`, `2x per week`, `every 2 weeks`; the shorthand
    /// `月1`, `週2`; every other day, `隔日`, `1日おき`. A year has 365
    /// days, 52 weeks, 12 months, 245 working days.
    public static func perYear(_ input: String) throws(Quantity.Problem) -> Double {
        // Hedged as a survey's answer is (月1回程度, 週2回くらい, 約月1回): its figure.
        let hedged = Quantity.approximate(input.foldingWidth.trimmed, units: ["回", "度"])
        var s = Quantity.midpoint(Quantity.kanjiCounts(hedged.lowercased().replacingOccurrences(" ", ""))).replacingOccurrences("度", "回")
        // The business shorthand without 回: 月1, 週2, 年4 (月1で定例).
        if let last = s.last, last.isASCII && last.isNumber, ["日", "週", "月", "年", "営業日"].contains(where: { s.hasPrefix($0) }) { s += "回" }
        let per = perUnit
        if let k = everyWords[s] { return k }
        if let k = english(s) { return k }
        if let slash = s.firstIndex(of: "/") {
            let n = String(s[..<slash]).replacingOccurrences("回", "").replacingOccurrences("times", "")
            let u = String(s[s.index(after: slash)...])
            guard let v = Double(n), let k = per[u] ?? per[String(u.dropLast())] else {
                throw Quantity.Problem(message: L("'\(input)' is not a frequency; write 3/day, 2/week, 1/month, 1日3回, 週2回 or 月1回"))
            }
            return v * k
        }
        if s == "隔週" { return 26 }
        if s == "隔日" || s == "1日おき" { return 182.5 }
        if s == "隔月" { return 6 }
        // The deck's "N<unit>にM回": 1週間に2回, 週に2回, 月に2回, 2週間に1回, 3ヶ月に1回.
        if s.hasSuffix("回"), let ni = s.firstIndex(of: "に") {
            var unitPart = String(s[..<ni])
            let countPart = String(s[s.index(after: ni)..<s.index(before: s.endIndex)])
            if unitPart.hasPrefix("毎") { unitPart.removeFirst() }
            let units: [(String, Double)] = [("四半期", 4), ("半年", 2), ("営業日", 245), ("日", 365), ("週間", 52), ("週", 52), ("ヶ月", 12), ("カ月", 12),
                                             ("ヵ月", 12), ("か月", 12), ("箇月", 12), ("月", 12), ("年間", 1), ("年", 1)]
            if let (u, k) = units.first(where: { unitPart.hasSuffix($0.0) }), let m = Double(countPart), m > 0 {
                let nText = String(unitPart.dropLast(u.count))
                if let n = nText.isEmpty ? 1 : Double(nText), n > 0 { return m * k / n }
            }
        }
        // 1日3回, 週2回, 月1回, 年4回
        if s.hasSuffix("回") {
            var body = String(s.dropLast())
            var count = 1.0
            for (unit, k) in [("営業日", 245.0), ("日", 365.0), ("週", 52.0), ("月", 12.0), ("年", 1.0)] {
                if let r = body.range(of: unit) {
                    let before = String(body[..<r.lowerBound]), after = String(body[r.upperBound...])
                    let n = Double(after) ?? -1
                    if before.isEmpty || before == "毎" { count = 1 } else if let b = Double(before), b > 0 { count = b } else { break }
                    body = ""
                    if n < 0 { break }
                    return n * k / count
                }
            }
        }
        if let p = Quantity.vague(input, "月3回") { throw p }
        throw Quantity.Problem(message: L("'\(input)' is not a frequency; write 3/day, 2/week, 1/month, 1日3回, 週2回 or 月1回"))
    }
}
