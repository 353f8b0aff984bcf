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

    /// The text before each slot, then the text after the last: piece k is
    /// `text[ends[k - 1]..<ends[k]]` (from 0 for the first), one array, so that writing
    /// a message retains nothing per piece.
    private var text: [UInt8] = []
    private var ends: [Int] = []
    /// The slots' numbers, in the order the language puts them.
    private var slots: [Int] = []
    /// The message is shown as written (`Diagnostic.isClean`) whatever numbers or
    /// dates (up to 20 digits or dashes each) fill its slots: it then needs no check.
    private(set) var cleanWithNumbers = false

    init(_ message: String) {
        var it = message.utf8.makeIterator()
        while let b = it.next() {
            guard b == 0x01 else { text.append(b); continue }
            var n = 0
            while let d = it.next(), d != 0x02 { n = n * 10 + Int(d - 0x30) }
            ends.append(text.count)
            slots.append(n)
        }
        ends.append(text.count)
        var widest: [UInt8] = []
        var start = 0
        for (k, end) in ends.enumerated() {
            widest += text[start..<end]
            if k < slots.count { widest += [UInt8](repeating: 0x30, count: 20) }
            start = end
        }
        cleanWithNumbers = widest.withUnsafeBufferPointer { Diagnostic.isClean($0) }
    }

    /// Appends the message to `out`, `value(n, &out)` writing slot n's value.
    @inline(__always)
    func write(into out: ByteBuffer, _ value: (Int, ByteBuffer) -> Void) {
        text.withUnsafeBufferPointer { t in
            var start = 0
            for k in slots.indices {
                out.append(UnsafeBufferPointer(rebasing: t[start..<ends[k]]))
                value(slots[k], out)
                start = ends[k]
            }
            out.append(UnsafeBufferPointer(rebasing: t[start..<ends[slots.count]]))
        }
    }
}
