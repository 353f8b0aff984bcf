import Testing
@testable import WBCore

/// `holds`, the search for a text in a string that the library uses instead of the
/// string-processing module's `contains`: found where the characters stand in order,
/// compared as `Character`s.
struct TextSearchTests {
    /// The obvious search, the oracle: every place the text could start, its
    /// characters compared one by one.
    static func naive(_ s: String, _ text: String) -> Bool {
        let h = Array(s), p = Array(text)
        guard !p.isEmpty else { return true }
        guard h.count >= p.count else { return false }
        return (0...(h.count - p.count)).contains { i in h[i..<(i + p.count)].elementsEqual(p) }
    }

    @Test func examples() {
        #expect("推薦 API の PoC".holds("の P"))
        #expect("anything".holds(""))
        #expect("".holds(""))
        #expect(!"".holds("a"))
        #expect("aab".holds("ab"))
        #expect("abababc".holds("ababc"))
        #expect(!"abababd".holds("ababc"))
        #expect("../etc".holds(".."))
        #expect(!"a.b.c".holds(".."))
        // As characters: か with a combining voiced mark is が, and no longer か.
        #expect("か\u{3099}ぎ".holds("が"))
        #expect(!"か\u{3099}ぎ".holds("か"))
        #expect(!"か\u{3099}ぎ".holds("\u{3099}"))
        // Canonically equivalent spellings are the same text.
        #expect("Cafe\u{301} au lait".holds("Café"))
        #expect("市場規模（億円）".holds("億円"))
        #expect("5分".holds("分") && !"5秒".holds("分"))
        #expect(Substring("xx下旬yy").holds("下旬"))
    }

    @Test func findsWhatTheObviousSearchFinds() {
        // Few pieces, so that texts repeat inside themselves (where KMP backs off).
        let pieces = ["a", "b", "ab", "の", "か", "\u{3099}", "が", "e", "\u{301}", "é", "\r", "\n", "\r\n", "😀", "🇯", "🇵"]
        var rng = RoundTripProperties.RNG(state: 20261203)
        var found = 0
        for _ in 0..<6000 {
            var s = "", text = ""
            for _ in 0..<Int.random(in: 0...12, using: &rng) { s += pieces.randomElement(using: &rng)! }
            for _ in 0..<Int.random(in: 0...4, using: &rng) { text += pieces.randomElement(using: &rng)! }
            if Bool.random(using: &rng), s.count >= 2 {
                let a = Int.random(in: 0..<(s.count - 1), using: &rng)
                text = String(s.dropFirst(a).prefix(Int.random(in: 1...5, using: &rng)))
            }
            let want = Self.naive(s, text)
            #expect(s.holds(text) == want, "\(s.debugDescription) \(text.debugDescription)")
            if want { found += 1 }
        }
        #expect(found > 2000)
    }
}
