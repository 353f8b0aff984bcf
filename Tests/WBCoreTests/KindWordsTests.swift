import Testing
@testable import WBCore

/// The kind a Todo's words give (`KindWords`), read from the field's bytes, against the
/// reading by characters that the review used before (a string lowered and split on
/// anything but ASCII letters and digits) on seeded random Todos. The two differ only
/// where a combining mark follows a word (稟議 and U+3099: by bytes the word is there,
/// by characters it is not), which the pieces leave out.
struct KindWordsTests {
    /// The reading by characters, kept here as the reference.
    static func byCharacters(_ text: String) -> (kind: String, index: Int)? {
        let lower = text.lowercased()
        for (i, w) in KindWords.all.enumerated() {
            if w.word.utf8.first! < 0x80 {
                let words = lower.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
                if words.contains(where: { $0 == w.word.lowercased() }) { return (w.kind, i) }
            } else if text.contains(w.word) {
                return (w.kind, i)
            }
        }
        return nil
    }

    @Test func examples() {
        #expect(KindWords.find(in: "稟議の承認を依頼")?.kind == "approval")
        #expect(KindWords.find(in: "データ検証を法務部に依頼")?.kind == "request")
        #expect(KindWords.find(in: "推薦 API の PoC:")?.kind == "validation")
        #expect(KindWords.find(in: "推薦APIのpoc")?.kind == "validation")
        #expect(KindWords.find(in: "REQUEST access")?.index == 5)
        for none in ["epoch の記録", "requests", "pocket", "poc9", "9poc", "", "検", "appro val"] {
            #expect(KindWords.find(in: none) == nil, "\(none)")
        }
    }

    @Test func bytesReadAsCharactersDo() {
        let pieces = ["稟議", "申請", "承認", "依頼", "検証", "検", "証", "PoC", "poc", "POC", "Poc", "approval", "APPROVAL",
                      "Request", "validation", "valid", "epoch", "p", "oc", "x", "9", "_", " ", ",", ":", "\n", "\r\n",
                      "の", "を", "é", "😀", "ＰｏＣ", "-", "(", ")"]
        var rng = RoundTripProperties.RNG(state: 20261203)
        var found = 0
        for _ in 0..<5000 {
            var s = ""
            for _ in 0..<Int.random(in: 0...6, using: &rng) { s += pieces.randomElement(using: &rng)! }
            let got = KindWords.find(in: s), want = Self.byCharacters(s)
            #expect(got?.kind == want?.kind && got?.index == want?.index, "\(s.debugDescription)")
            if got != nil { found += 1 }
        }
        #expect(found > 1000)
    }
}
