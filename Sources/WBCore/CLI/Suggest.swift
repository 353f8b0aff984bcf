/// "Did you mean": the valid names nearest to what was typed, by edit distance on
/// width-folded, lower-cased text (git's and cargo's habit).
public enum Suggest {
    /// Edit distance over Unicode scalars, two letters swapped counting as one edit
    /// (optimal string alignment, as git's suggestions count): `dve` is one from `dev`.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var before = [Int](repeating: 0, count: y.count + 1)
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { cur[j] = min(cur[j], before[j - 2] + 1) }
            }
            (before, prev, cur) = (prev, cur, before)
        }
        return prev[y.count]
    }

    /// The candidates close enough to `input` to be what was meant, nearest first
    /// (at most three). A candidate that starts with the input counts as close.
    public static func nearest(_ input: String, among candidates: [String]) -> [String] {
        let key = input.foldingWidth.lowercased()
        guard !key.isEmpty else { return [] }
        let limit = max(1, min(3, (key.unicodeScalars.count + 1) / 3))
        var scored: [(Int, Int, String)] = []
        for (k, c) in candidates.enumerated() {
            let ck = c.foldingWidth.lowercased()
            var d = distance(key, ck)
            if ck.hasPrefix(key) && key.unicodeScalars.count >= 2 { d = min(d, 1) }
            if d <= limit { scored.append((d, k, c)) }
        }
        var seen = Set<String>()
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2).filter { seen.insert($0).inserted }.prefix(3).map { $0 }
    }

    /// ` (did you mean 'matrix'?)` or an empty string.
    public static func clause(_ input: String, among candidates: [String], quote: (String) -> String = { "'\($0)'" }) -> String {
        let n = nearest(input, among: candidates)
        guard !n.isEmpty else { return "" }
        return L(" (did you mean \(alternatives(n.map(quote)))?)")
    }

    /// `a or b`, `a, b or c` (`a、b または c`): the alternatives a message offers.
    static func alternatives(_ items: [String]) -> String {
        guard items.count > 2 else { return items.joined(separator: L(" or ")) }
        return items.dropLast().joined(separator: L(", ")) + L(" or ") + items.last!
    }

    /// The nearest terms of a vocabulary, matched on their ids, names and aliases,
    /// shown with their name in the message's language (`dev = 開発者`, `dev = Developer`).
    public static func terms(_ input: String, in v: Vocabulary) -> String {
        var names: [String] = []
        var owner: [String: Term] = [:]
        for t in v.terms {
            for n in [t.id, t.ja, t.en] + t.aliases where owner[n] == nil { names.append(n); owner[n] = t }
        }
        var seen = Set<String>()
        let hits = nearest(input, among: names).compactMap { owner[$0] }.filter { seen.insert($0.id).inserted }
        guard !hits.isEmpty else { return "" }
        let alternatives = hits.map { t in
            let name = t.label(Lang.current)
            return t.id.lowercased() == name.lowercased() ? t.id : "\(t.id) = \(name)"
        }
        return L(" (did you mean \(Self.alternatives(alternatives))?)")
    }
}
