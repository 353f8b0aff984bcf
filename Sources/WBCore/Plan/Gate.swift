/// A milestone's machine-readable pass criterion:
/// `solved>=80% purchase>=50% segment=internal` (M1, M2) or `value>=3*cost` (M3).
public struct Gate: Sendable, Equatable {
    public var solved: Double?
    public var purchase: Double?
    public var segment: String?
    /// `value>=N*cost`: the multiple N, or nil while the team has not chosen it.
    public var multiple: Double?
    public var isMarket = false

    public init() {}

    public var isEmpty: Bool { solved == nil && purchase == nil && !isMarket && segment == nil }

    /// Parses the gate syntax, or a gate written in Japanese words (`fromWords`); the
    /// message says what is wrong, of the text as written.
    public static func parse(_ text: String) throws(DateError) -> Gate {
        if let canonical = fromWords(text), let g = try? parseSyntax(canonical) { return g }
        return try parseSyntax(text)
    }

    /// A gate as a team writes one by hand in Japanese: `解決率80%以上、購入率50%以上`,
    /// `社内で解決 8割・購入 半数`, the deck's `80% が達成、50% が購入決定`, `価値がコストの
    /// 3倍以上`; the same gate in its syntax (`solved>=80% purchase>=50%`), or nil when
    /// the text holds none of those words.
    static func fromWords(_ text: String) -> String? {
        var s = text.foldingWidth
        // The market's gate: value at least N times the cost.
        if let r = s.range(of: "コストの") {
            let n = s[r.upperBound...].prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            if !n.isEmpty, s[r.upperBound...].dropFirst(n.count).hasPrefix("倍") { return "value>=\(n)*cost" }
        }
        let keys: [(String, String)] = [("課題解決率", "solved"), ("解決率", "solved"), ("達成率", "solved"), ("課題解決", "solved"),
                                        ("解決", "solved"), ("達成", "solved"), ("購入決定率", "purchase"), ("購入率", "purchase"),
                                        ("購入決定", "purchase"), ("購入", "purchase"), ("社内", "segment=internal"), ("社外", "segment=external")]
        var any = false
        for (word, key) in keys {
            while let r = s.range(of: word) {
                s.replaceSubrange(r, with: " " + (key.hasPrefix("segment") ? key : key + ">=") + " ")
                any = true
            }
        }
        guard any else { return nil }
        let particles: Set<String> = ["で", "が", "は", "の", "を", "と", "以上", "以上で", "かつ", "および", "及び"]
        let tokens = s.split(whereSeparator: { " 、・/;,:".contains($0) }).map { t -> String in
            var t = String(t)
            for suffix in ["以上", "が", "は"] where t.hasSuffix(suffix) && t.count > suffix.count { t.removeLast(suffix.count) }
            for prefix in ["が", "は"] where t.hasPrefix(prefix) && t.count > prefix.count { t.removeFirst(prefix.count) }
            return t
        }.filter { !particles.contains($0) }
        // A key takes the figure before it (80% が達成), else the one after it (解決率 80%).
        var out: [String] = []
        var i = 0, held: String?
        while i < tokens.count {
            let t = tokens[i]
            if t.hasSuffix(">=") {
                if let h = held {
                    out.append(t + h); held = nil
                } else if i + 1 < tokens.count, percent(tokens[i + 1]) != nil {
                    out.append(t + tokens[i + 1]); i += 2; continue
                } else {
                    return nil
                }
            } else if percent(t) != nil {
                if let h = held { out.append(h) }
                held = t
            } else {
                out.append(t)
            }
            i += 1
        }
        if held != nil { return nil }
        return out.joined(separator: " ")
    }

    static func parseSyntax(_ text: String) throws(DateError) -> Gate {
        var g = Gate()
        for token in text.foldingWidth.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "," }) {
            let t = String(token).lowercased().replacingOccurrences("≧", ">=")
            if let r = t.range(of: ">=") {
                let key = String(t[..<r.lowerBound]), val = String(t[r.upperBound...])
                switch key {
                case "solved", "purchase":
                    guard let p = percent(val) else { throw DateError(message: L("gate: '\(token)' needs a percentage, like \(key)>=80%")) }
                    if key == "solved" { g.solved = p } else { g.purchase = p }
                case "value":
                    let parts = val.split(separator: "*")
                    guard parts.count == 2, parts[1] == "cost" else {
                        throw DateError(message: L("gate: write the market gate as value>=N*cost (N the multiple the team chose)"))
                    }
                    g.isMarket = true
                    if parts[0] != "n" {
                        guard let n = Double(parts[0]), n > 0 else { throw DateError(message: L("gate: '\(parts[0])' is not a multiple; write value>=3*cost")) }
                        g.multiple = n
                    }
                default:
                    throw DateError(message: L("gate: unknown criterion '\(key)'; use solved, purchase, segment or value"))
                }
            } else if t.hasPrefix("segment=") {
                g.segment = String(t.dropFirst(8))
            } else {
                throw DateError(message: L("gate: cannot read '\(token)'; write solved>=80% purchase>=50% segment=internal, or value>=3*cost"))
            }
        }
        return g
    }

    /// `80%` (full width too), `0.8` or `8割`.
    static func percent(_ s: String) -> Double? {
        let s = s.foldingWidth.trimmed
        if s.hasSuffix("%"), let v = Double(s.dropLast()), v >= 0, v <= 100 { return v / 100 }
        if let v = Double(s), v >= 0, v <= 1 { return v }
        return Quantity.wari(s)
    }

    public var text: String {
        if isMarket { return "value>=" + (multiple.map { formatNumber($0) } ?? "N") + "*cost" }
        var parts: [String] = []
        if let s = solved { parts.append("solved>=" + formatNumber(s * 100) + "%") }
        if let p = purchase { parts.append("purchase>=" + formatNumber(p * 100) + "%") }
        if let seg = segment { parts.append("segment=" + seg) }
        return parts.joined(separator: " ")
    }
}
