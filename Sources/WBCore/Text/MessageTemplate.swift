/// A message compiled once and filled many times: the message is written with `L` as
/// anywhere else, its values given as numbered slots (`L("due \(Slot(1)), …")`), so it
/// has the same key and translation as the message built value by value; the text in
/// the current language is then cut at the slots. For messages written by the
/// hundred thousand (a check's findings), where building each through `Msg` would
/// cost more than the rest of the work.
struct MessageTemplate {
    /// A value's place in a message given to `init`. Its text (a control character,
    /// the number, another control character) never occurs in a message of wb.
    struct Slot: CustomStringConvertible {
        let n: Int
        init(_ n: Int) { self.n = n }
        var description: String { "\u{1}\(n)\u{2}" }
    }

    /// The text before each slot, then the text after the last.
    private var pieces: [[UInt8]] = []
    /// The slots' numbers, in the order the language puts them.
    private var slots: [Int] = []

    init(_ message: String) {
        var piece: [UInt8] = []
        var it = message.utf8.makeIterator()
        while let b = it.next() {
            guard b == 0x01 else { piece.append(b); continue }
            var n = 0
            while let d = it.next(), d != 0x02 { n = n * 10 + Int(d - 0x30) }
            pieces.append(piece)
            slots.append(n)
            piece = []
        }
        pieces.append(piece)
    }

    /// Appends the message to `out`, `value(n, &out)` writing slot n's value.
    @inline(__always)
    func write(into out: inout [UInt8], _ value: (Int, inout [UInt8]) -> Void) {
        for k in slots.indices {
            out.append(contentsOf: pieces[k])
            value(slots[k], &out)
        }
        out.append(contentsOf: pieces[slots.count])
    }
}

/// `n`'s decimal digits appended to `out` as `String(n)` writes them, zero-padded to
/// `width`: numbers in bytes written by the hundred thousand, without a String each.
func appendDecimal(_ n: Int, width: Int = 1, to out: inout [UInt8]) {
    if n < 0 { out.append(contentsOf: String(n).utf8); return }
    var d = 1, digits = 1
    while d <= n / 10 { d *= 10; digits += 1 }
    for _ in digits..<max(width, digits) { out.append(0x30) }
    while d > 0 { out.append(UInt8(0x30 + n / d % 10)); d /= 10 }
}
