/// One CSV record taken apart in a single pass over its structural bytes: the quotes,
/// commas, CRs and LFs of each 64 bytes found at once (in vector registers), then
/// visited in order, a few instructions each, whether inside quotes or not. The full
/// parser (`TableReader.parseCSV`) instead alternates a search for the next comma
/// outside quotes with one for the next quote inside them, a call and a mispredicted
/// exit each time it crosses a quote.
///
/// Only the usual case is taken: a record that ends within the bytes at hand with LF
/// or CRLF, its quoted fields opened at a field's start and closed before a comma or
/// the line's end. Anything else (a lone CR, an empty quoted field, a quote where it
/// does not belong, a record running past the last whole 64 bytes) is left to the full
/// parser, which reports what is wrong with its place: this one returns nil before it
/// has changed anything the caller keeps.
enum RecordScan {
    /// The structural bytes of the block where the last record ended, after its line
    /// ending: the next record, which starts there, begins with them instead of
    /// finding them again. Valid only while the bytes stay where they are.
    struct Carry {
        /// Where the next record starts (-1: nothing kept), the block and its bits.
        var from = -1, block = 0
        var bits: UInt64 = 0
    }


    /// Parses the CSV record at `recStart`. On success: its fields' spans appended to
    /// `spans` (as `Record` keeps them), escaped fields' text to `decoded`, the line
    /// breaks it holds (its own included) added to `lines`, `canonical` set as the
    /// full parser sets it, `next` just past its line ending; returns where the line
    /// ending starts. On nil, `spans` and `decoded` may hold a part of the record: the
    /// caller empties them.
    static func csv(_ p: UnsafeBufferPointer<UInt8>, recStart: Int, end: Int, spans: inout SpanBuffer,
                    decoded: inout [UInt8], lines: inout Int, canonical: inout Bool, next: inout Int,
                    carry: inout Carry) -> Int? {
        guard let base = p.baseAddress else { return nil }
        // Worked on in a local copy, which can stay in registers (the caller's lives
        // in memory, captured by a closure), and handed back at the end.
        var out = spans
        defer { spans = out }
        // The block the last record ended in, when this one starts where it ended.
        let carried = carry.from == recStart
        var j = carried ? carry.block : recStart
        // The field being read starts here; -1 once a quoted field that ends the line
        // has been taken (the line's end then adds no field).
        var fieldStart = recStart
        // In a quoted field: where it opened; -1 outside quotes.
        var open = -1
        var escaped = false, needs = false
        var breaks = 0
        var canon = true
        var first = carried
        // The next block's first byte, already taken (after a quote that ended a block).
        var pending: UInt64 = 0
        while j &+ 64 <= end {
            var s = first ? carry.bits : (structure(base + j) | structure(base + (j &+ 32)) &<< 32) & ~pending
            first = false
            pending = 0
            // Drops the bit of the byte after `at`, taken with it.
            @inline(__always) func takeNext(_ at: Int) {
                let bit = at &+ 1 &- j
                if bit < 64 { s &= ~(1 &<< UInt64(bit)) } else { pending = 1 }
            }
            while s != 0 {
                let at = j &+ s.trailingZeroBitCount
                s &= s &- 1
                let b = base[at]
                if open < 0 {
                    if b == 0x2C {
                        out.add((fieldStart &- recStart) << 2, at &- recStart)
                        fieldStart = at &+ 1
                        continue
                    }
                    if b == 0x22 {
                        // A quote opens a field only at its start.
                        guard at == fieldStart else { return nil }
                        open = at
                        escaped = false; needs = false
                        continue
                    }
                    // The line's end, LF or CR LF: the last field ends here (unless it
                    // was quoted and is in already).
                    if fieldStart >= 0 { out.add((fieldStart &- recStart) << 2, at &- recStart) }
                    if b == 0x0D {
                        guard at &+ 1 < end, base[at &+ 1] == 0x0A else { return nil }
                        takeNext(at)
                        next = at &+ 2
                    } else {
                        next = at &+ 1
                    }
                    lines &+= breaks &+ 1
                    canonical = canon
                    // The rest of the block goes to the next record, unless its LF was
                    // the next block's first byte.
                    carry = pending == 0 ? Carry(from: next, block: j, bits: s) : Carry()
                    return at
                }
                // Inside quotes: a quote closes the field or, doubled, stands for one.
                guard b == 0x22 else {
                    needs = true
                    if b == 0x0A { breaks &+= 1 }
                    continue
                }
                guard at &+ 1 < end else { return nil }
                let after = base[at &+ 1]
                if after == 0x22 { escaped = true; needs = true; takeNext(at); continue }
                // An empty quoted field ("") is the full parser's.
                if at == open &+ 1 { return nil }
                if !needs { canon = false }
                let token = open &- recStart
                if escaped {
                    let from = decoded.count
                    WordScan.appendUnescaped(UnsafeBufferPointer(start: base + (open &+ 1), count: at &- open &- 1), to: &decoded)
                    out.add(token << 2 | 2, from << 32 | decoded.count)
                } else {
                    out.add(token << 2 | 1, at &+ 1 &- recStart)
                }
                open = -1
                // A comma or the line's end must follow: the comma is taken here.
                if after == 0x2C { fieldStart = at &+ 2; takeNext(at); continue }
                guard after == 0x0A || after == 0x0D else { return nil }
                fieldStart = -1
            }
            j &+= 64
        }
        return nil
    }

    /// A bit per byte of the 32 at `p` that is `"` `,` CR or LF (two make a block).
    @inline(__always)
    static func structure(_ p: UnsafePointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        return WordScan.csvStructure(raw.loadUnaligned(as: SIMD16<UInt8>.self))
            | WordScan.csvStructure(raw.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self)) &<< 16
    }
}
