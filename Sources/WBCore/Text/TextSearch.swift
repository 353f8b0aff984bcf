extension StringProtocol {
    /// Whether `text` stands in the string, compared character by character as Swift
    /// compares `Character`s (canonically equivalent spellings alike, a base letter
    /// not matched inside a letter with a combining mark): what the standard
    /// library's `contains(_:)` for strings answers, without the string-processing
    /// module it comes from, which would link Swift's regular-expression engine
    /// (~0.9 MB) into the binary for this one search. Knuth–Morris–Pratt over the
    /// characters, so linear in both lengths; an empty `text` stands in every string.
    func holds(_ text: some StringProtocol) -> Bool {
        let p = Array(text)
        guard !p.isEmpty else { return true }
        // back[i]: the length of the longest proper prefix of p[0...i] that is also
        // its suffix.
        var back = [Int](repeating: 0, count: p.count)
        var k = 0
        for i in p.indices.dropFirst() {
            while k > 0 && p[i] != p[k] { k = back[k - 1] }
            if p[i] == p[k] { k += 1 }
            back[i] = k
        }
        k = 0
        for c in self {
            while k > 0 && c != p[k] { k = back[k - 1] }
            if c == p[k] {
                k += 1
                if k == p.count { return true }
            }
        }
        return false
    }
}
