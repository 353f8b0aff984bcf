/// Finds, in a buffer of CSV or TSV, the records ahead that a writer of the same format
/// would write back byte for byte, so that a command which changes nothing (fmt) can
/// copy them through without taking them apart. Eight bytes a step: commas (tabs) are
/// counted with exact per-byte masks, and the scan stops at the first quote, CR or LF
/// (backslash, in TSV). Anything unusual ends the run; the reader's full parser then
/// takes that record and reports whatever is wrong with it.
enum CanonicalRun {
    /// The end of the run (just past the last whole record's line ending), how many
    /// records and physical lines it holds, and whether the scan stopped only because
    /// the buffer ended in the middle of a record.
    struct Result { var end: Int; var records: Int; var lines: Int; var needsMore: Bool }

    /// Scans whole records from `from`. `width` is the field count each record must
    /// have (nil: any); `crlf` is the line ending the output uses, which each record
    /// must already end with.
    static func scan(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int,
                     tsv: Bool, width: Int?, crlf: Bool) -> Result {
        guard let base = p.baseAddress else { return Result(end: from, records: 0, lines: 0, needsMore: true) }
        let delimiter: UInt8 = tsv ? 0x09 : 0x2C
        let delimiters = UInt64(delimiter) &* WordScan.ones
        // CSV stops at a quote, CR or LF; TSV also at a backslash (an escape to undo).
        let fourth: UInt64 = tsv ? 0x5C * WordScan.ones : 0x22 * WordScan.ones
        var runEnd = from
        var records = 0, runLines = 0
        var i = from
        record: while true {
            // A run is at most about a megabyte, so a mapped file goes out in pieces.
            if runEnd - from >= 1 << 20 { break }
            if i >= end { return Result(end: runEnd, records: records, lines: runLines, needsMore: true) }
            // A blank line is skipped by the full parser (or is a record of one column).
            if base[i] == 0x0A || base[i] == 0x0D { break }
            var fields = 1
            var breaks = 0
            while true {
                // A run of unquoted fields, up to the first special byte.
                var j = i
                var found = end
                while j + 8 <= end {
                    let w = WordScan.load(base, j)
                    let special = WordScan.equal(w, 0x2222_2222_2222_2222) | WordScan.equal(w, 0x0A0A_0A0A_0A0A_0A0A)
                                | WordScan.equal(w, 0x0D0D_0D0D_0D0D_0D0D) | WordScan.equal(w, fourth)
                    let delims = WordScan.equal(w, delimiters)
                    if special != 0 {
                        let k = special.trailingZeroBitCount >> 3
                        fields += (delims & ((1 << (k << 3)) &- 1)).nonzeroBitCount
                        found = j + k
                        break
                    }
                    fields += delims.nonzeroBitCount
                    j += 8
                }
                if found == end {
                    while j < end {
                        let c = base[j]
                        if c == 0x22 || c == 0x0A || c == 0x0D || (tsv && c == 0x5C) { found = j; break }
                        if c == delimiter { fields += 1 }
                        j += 1
                    }
                }
                if found >= end { return Result(end: runEnd, records: records, lines: runLines, needsMore: true) }
                let c = base[found]
                if c == 0x0A || c == 0x0D {
                    // The record ends here, with the output's line ending or not at all.
                    if let width, fields != width { break record }
                    if crlf {
                        guard c == 0x0D else { break record }
                        if found + 1 >= end { return Result(end: runEnd, records: records, lines: runLines, needsMore: true) }
                        guard base[found + 1] == 0x0A else { break record }
                        i = found + 2
                    } else {
                        guard c == 0x0A else { break record }
                        i = found + 1
                    }
                    records += 1
                    runLines += 1 + breaks
                    runEnd = i
                    continue record
                }
                // A quote opens a CSV field only at its start; TSV quotes and escapes,
                // and a quote inside an unquoted CSV field, go to the full parser.
                if tsv || (found != i && base[found - 1] != 0x2C) { break record }
                // A quoted CSV field is canonical when it needed its quotes: it holds a
                // comma, a doubled quote or a line break, and is not the empty "".
                var q = found + 1
                var needed = false
                while true {
                    q = WordScan.firstCSVSpecial(p, q, end)
                    if q >= end { return Result(end: runEnd, records: records, lines: runLines, needsMore: true) }
                    let b = base[q]
                    if b != 0x22 {
                        needed = true
                        if b == 0x0A { breaks += 1 }
                        q += 1
                        continue
                    }
                    if q + 1 >= end { return Result(end: runEnd, records: records, lines: runLines, needsMore: true) }
                    if base[q + 1] == 0x22 { needed = true; q += 2; continue }
                    break
                }
                if !needed { break record }
                i = q + 1
                if i >= end { return Result(end: runEnd, records: records, lines: runLines, needsMore: true) }
                // After the closing quote: a comma and the next field, or the line's end.
                let after = base[i]
                if after == 0x2C {
                    fields += 1
                    i += 1
                    continue
                }
                if after != 0x0A && after != 0x0D { break record }
            }
        }
        return Result(end: runEnd, records: records, lines: runLines, needsMore: false)
    }
}
