/// The words by which the group review recognises a task's kind when the `kind`
/// column is empty: 稟議/申請/承認/approval (approval), 依頼/request (request),
/// 検証/PoC/validation (validation). An approval's words win over a request's, and a
/// request's over a validation's (「稟議の承認を依頼」 is an approval, 「データ検証を
/// 法務部に依頼」 a request).
public enum KindWords {
    public static let all: [(word: String, kind: String)] = [
        ("稟議", "approval"), ("申請", "approval"), ("承認", "approval"), ("approval", "approval"),
        ("依頼", "request"), ("request", "request"),
        ("検証", "validation"), ("PoC", "validation"), ("validation", "validation"),
    ]

    /// Each word's UTF-8 bytes (the ASCII ones in lower case), and whether it is ASCII.
    static let bytes: [(word: [UInt8], ascii: Bool)] = all.map { w in
        let ascii = w.word.utf8.allSatisfy { $0 < 0x80 }
        return (Array((ascii ? w.word.lowercased() : w.word).utf8), ascii)
    }

    /// The kind and the index of the word that gives it, or nil.
    public static func find(in text: String) -> (kind: String, index: Int)? {
        var t = text
        return t.withUTF8 { find(inUTF8: $0) }
    }

    /// `find(in:)` on a field's UTF-8 bytes, as the review reads them (no string made):
    /// a Japanese word anywhere, an ASCII word in any letter case on word boundaries
    /// ("poc" in "PoC:" and in "のPoC", not in "epoch"), where a boundary is anything
    /// but an ASCII letter or digit. Each word is a pass over the bytes, as the Todo of a
    /// plan made from the grid has no kind and is read here once a row.
    public static func find(inUTF8 p: UnsafeBufferPointer<UInt8>) -> (kind: String, index: Int)? {
        for (i, w) in bytes.enumerated() where w.ascii ? containsWord(p, w.word) : p.containsBytes(w.word) {
            return (all[i].kind, i)
        }
        return nil
    }

    /// An ASCII word of lower-case letters on word boundaries, any letter case in `p`.
    static func containsWord(_ p: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        let n = word.count
        guard n > 0, p.count >= n else { return false }
        @inline(__always) func alnum(_ b: UInt8) -> Bool {
            (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39
        }
        var j = 0
        while j <= p.count - n {
            // A letter in either case is the word's lower-case letter with bit 0x20 set.
            if p[j] | 0x20 == word[0] && (j == 0 || !alnum(p[j - 1])) {
                var k = 1
                while k < n && p[j + k] | 0x20 == word[k] { k += 1 }
                if k == n && (j + n == p.count || !alnum(p[j + n])) { return true }
            }
            j += 1
        }
        return false
    }
}
