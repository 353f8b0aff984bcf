import Testing
@testable import WBCore

/// `filter --contains`'s search (`FoldedSearch`): the bytes it searches give the answer
/// the comparison by characters gives, which stays for everything else.
struct FoldedSearchTests {
    /// The comparison by characters, as the library makes it (here, with Foundation
    /// loaded, `contains` would be Foundation's, which matches a combining mark alone).
    static func byCharacters(_ field: String, _ text: String) -> Bool {
        FoldedSearch.containsByCharacters(field, text.foldingWidth.lowercased())
    }

    static func matches(_ field: String, _ text: String) -> Bool {
        var f = field
        return f.withUTF8 { FoldedSearch(text).matches($0) }
    }

    @Test func examples() {
        #expect(Self.matches("推薦 API の PoC", "ｐｏｃ"))
        #expect(Self.matches("推薦ＡＰＩの検証", "apiの"))
        #expect(Self.matches("モックを　公開", "を 公"))
        #expect(!Self.matches("推薦 API", "APIs"))
        // As characters: が written as か and a combining mark is が, not か.
        #expect(Self.matches("か\u{3099}ぎ", "が"))
        #expect(!Self.matches("か\u{3099}ぎ", "かぎ"))
        #expect(Self.matches("Café", "CAFÉ"))
        #expect(!Self.matches("a\r\nb", "\n"))
    }

    /// Every scalar the byte search takes as plain is a character of its own beside
    /// any other, and lower-casing leaves it as it is: the premise of the fast path.
    @Test func plainScalarsStandAlone() {
        var checked = 0
        for v in UInt32(0x3000)...0xFF9D {
            guard let u = Unicode.Scalar(v) else { continue }
            var out: [UInt8] = []
            let bytes = Array(String(u).utf8)
            guard bytes.withUnsafeBufferPointer({ FoldedSearch.fold($0, into: &out) }) else { continue }
            let s = String(u)
            #expect(("a" + s).count == 2 && (s + "a").count == 2 && (s + s).count == 2, "U+\(String(v, radix: 16))")
            if v < 0xFF01 || v > 0xFF5E { #expect(!u.properties.changesWhenLowercased, "U+\(String(v, radix: 16))") }
            checked += 1
        }
        #expect(checked > 25_000)
    }

    @Test func bytesFindWhatCharactersFind() {
        let pieces = ["a", "B", "api", "API", "ＡＰＩ", "ｐｏｃ", "PoC", " ", "　", "の", "検証", "か", "\u{3099}", "が", "ｶ", "ﾞ",
                      "é", "e\u{301}", "Σ", "ß", "İ", "\r\n", "\n", "😀", "〆", "〪", "-", "T1"]
        var rng = RoundTripProperties.RNG(state: 20261203)
        var found = 0, bytewise = 0, mixed = 0
        for _ in 0..<4000 {
            var field = "", text = ""
            for _ in 0..<Int.random(in: 0...8, using: &rng) { field += pieces.randomElement(using: &rng)! }
            for _ in 0..<Int.random(in: 1...2, using: &rng) { text += pieces.randomElement(using: &rng)! }
            // Half the time a text cut from the field, so that many are found.
            if Bool.random(using: &rng), field.count >= 2 {
                let a = Int.random(in: 0..<(field.count - 1), using: &rng)
                text = String(field.dropFirst(a).prefix(Int.random(in: 1...2, using: &rng)))
            }
            guard !text.foldingWidth.lowercased().isEmpty else { continue }
            let want = Self.byCharacters(field, text)
            #expect(Self.matches(field, text) == want, "\(field.debugDescription) \(text.debugDescription)")
            if want { found += 1 }
            var out: [UInt8] = []
            let plain = [field, text].map { Array($0.utf8).withUnsafeBufferPointer { FoldedSearch.fold($0, into: &out) } }
            if plain == [true, true] { bytewise += 1 }
            if plain == [true, false] { mixed += 1 }
        }
        #expect(found > 1000)
        // Enough of them take the byte search, and enough a plain field's folded bytes
        // compared by characters with a text that is not plain.
        #expect(bytewise > 800)
        #expect(mixed > 300, "\(mixed)")
    }
}
