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

    /// Parses the gate syntax; the message says what is wrong.
    public static func parse(_ text: String) throws(DateError) -> Gate {
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
