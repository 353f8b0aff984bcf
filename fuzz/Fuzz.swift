// libFuzzer target for wb's parsers, compiled together with the WBCore sources by
// fuzz/run. The first byte picks the target; the rest is its input. Properties:
// nothing crashes or hangs; every failure is a WBError/DateError with a location or a
// message; what parses round-trips; a table's encoding is found wherever its first byte
// beyond ASCII is.
#if canImport(Glibc)
import Glibc
#endif

@inline(never)
func check(_ cond: Bool, _ what: @autoclosure () -> String) {
    if !cond {
        fputs("property failed: \(what())\n", stderr)
        abort()
    }
}

func readTable(_ bytes: [UInt8], _ format: TableFormat) -> [[String]]? {
    // Read twice: records copied out (`next(into:)`) and lent in place
    // (`forEachRecord`); both must give the same rows and fail at the same place.
    let copied = readTable(bytes, format, lent: false)
    let lent = readTable(bytes, format, lent: true)
    check(copied.rows == lent.rows && copied.error == lent.error,
          "lent and copied records differ: \(String(describing: copied)) vs \(String(describing: lent))")
    return copied.error == nil ? copied.rows : nil
}

func readTable(_ bytes: [UInt8], _ format: TableFormat, lent: Bool) -> (rows: [[String]], error: String?) {
    var rows: [[String]] = []
    do {
        let r = try TableReader(source: ByteSource(name: "fuzz", bytes: bytes), options: ReadOptions(format: format))
        if lent {
            try r.forEachRecord { row in rows.append((0..<row.fields.count).map { String(decoding: row.fields[$0], as: UTF8.self) }) }
        } else {
            var rec = Record()
            while try r.next(into: &rec) { rows.append(rec.strings) }
        }
        return (rows, nil)
    } catch let e as WBError {
        check(e.code == .dataError, "reader error code \(e.code)")
        check(e.location?.line ?? 0 >= 1 && e.location?.column ?? 0 >= 1, "error without line:col: \(e.message)")
        return (rows, String(describing: e.location) + " " + e.message)
    } catch {
        check(false, "unexpected error \(error)")
        return (rows, "\(error)")
    }
}

/// The streaming commands' encoding sniff: an input whose first byte beyond ASCII comes
/// after the 64 KiB they look at first (here behind 64 KiB of blank lines, read in
/// pieces) reads, when it reads at all, as the same input read with the window over all
/// of it: the same rows in the same encoding (CP932 from its first record beyond ASCII,
/// or UTF-8).
func fuzzLateSniff(_ bytes: [UInt8], _ format: TableFormat) {
    // A byte-order mark says the encoding only at the input's start, where the blank
    // lines put before it leave none.
    guard bytes.contains(where: { $0 >= 0x80 }), !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
          !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) else { return }
    func read(_ input: [UInt8], piece: Int?, whole: Bool = false) -> (rows: [[String]], encoding: TextEncoding)? {
        var o = ReadOptions(format: format)
        if whole { o.detectEncoding = true } else { o.sniffEncoding = true }
        let source = piece.map { ByteSource(name: "fuzz", bytes: input, pieceSize: $0) } ?? ByteSource(name: "fuzz", bytes: input)
        guard let r = try? TableReader(source: source, options: o) else { return nil }
        var rows: [[String]] = []
        var rec = Record()
        do { while try r.next(into: &rec) { rows.append(rec.strings) } } catch { return nil }
        return (rows, r.encoding)
    }
    // A whole-table read, which detects the encoding over all of its input (and then
    // checks no record again when it is all UTF-8), reads what the window does.
    let early = read(bytes, piece: nil)
    let whole = read(bytes, piece: nil, whole: true)
    check(early.map { "\($0)" } == whole.map { "\($0)" }, "whole-table read \(String(describing: whole)) but \(String(describing: early)) streamed")
    guard let late = read([UInt8](repeating: 0x0A, count: TableReader.sniffLength + 100) + bytes, piece: 4096) else { return }
    check(early.map { $0.rows == late.rows && $0.encoding == late.encoding } == true,
          "late sniff: \(late) but \(String(describing: early)) with the window over all of it")
}

func writeTable(_ rows: [[String]], _ format: TableFormat) -> [UInt8] {
    let out = Output.memory()
    let w = TableWriter(out, WriteOptions(format: format))
    for r in rows { w.write(r) }
    try? out.flush()
    return out.captured
}

func fuzzTable(_ bytes: [UInt8], _ format: TableFormat) {
    guard let rows = readTable(bytes, format) else { return }
    // A one-column table with an empty value can only be written in CSV; a TSV blank
    // line is skipped as it is read.
    if format == .tsv && rows.contains(where: { $0.count == 1 && $0[0].isEmpty }) { return }
    let again = readTable(writeTable(rows, format), format)
    check(again == rows, "\(format) round trip: \(rows) -> \(String(describing: again))")
}

/// A whole table read keeps every line: its records' bytes and the blank lines between
/// them (empty, or `,,,` rows skipped) put back in order give the input again, line
/// endings aside (blank lines before the header are not kept).
func fuzzBlankRows(_ bytes: [UInt8], _ format: TableFormat) {
    var o = ReadOptions(format: format)
    o.skipsEmptyRows = true
    guard let t = try? Table.read(TableReader(source: ByteSource(name: "fuzz", bytes: bytes), options: o)),
          t.encoding == .utf8, !t.hadBOM else { return }
    // A CR alone is a line ending in CSV but a field's character in TSV.
    if format == .tsv, bytes.indices.contains(where: { bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A) }) { return }
    var lines: [[UInt8]] = [t.header.raw]
    for (i, r) in t.rows.enumerated() { lines += t.blankLines[i] ?? []; lines.append(r.raw) }
    lines += t.blankLines[t.rows.count] ?? []
    func normalized(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            if b[i] == 0x0D { out.append(0x0A); if i + 1 < b.count && b[i + 1] == 0x0A { i += 1 } } else { out.append(b[i]) }
            i += 1
        }
        return out
    }
    var input = normalized(bytes)
    while input.first == 0x0A { input.removeFirst() }
    if input.last == 0x0A { input.removeLast() }
    let rebuilt = normalized(Array(lines.joined(separator: [0x0A])))
    check(rebuilt == input, "\(format) blank rows: \(input) read back as \(rebuilt)")
}

/// fmt's copy (`TableWriter.copy`: runs of canonical records handed on as they stand,
/// the rest record by record) writes what a record-by-record copy writes, and stops at
/// the same place with the same error: in pieces of a few bytes or all at once, with
/// LF or CRLF line endings out, in the input's format or the other one.
func fuzzFmtCopy(_ bytes: [UInt8], _ format: TableFormat, variant: UInt8) {
    var o = ReadOptions(format: format)
    o.sniffEncoding = true
    let to: TableFormat = variant & 1 == 0 ? format : (format == .csv ? .tsv : .csv)
    let options = WriteOptions(format: to, crlf: variant & 2 != 0, bom: false)
    let piece = [nil, 7, 64][Int(variant >> 2) % 3]
    func copy(runs: Bool) -> (out: [UInt8], error: String?) {
        let out = Output.memory()
        let w = TableWriter(out, options)
        do {
            let source = piece.map { ByteSource(name: "fuzz", bytes: bytes, pieceSize: $0) } ?? ByteSource(name: "fuzz", bytes: bytes)
            let r = try TableReader(source: source, options: o)
            var rec = try r.header()
            if runs { try w.copy(rec, rest: r) } else {
                w.write(rec)
                while try r.next(into: &rec) { w.write(rec) }
            }
            try? out.flush()
            return (out.captured, nil)
        } catch let e as WBError {
            try? out.flush()
            return (out.captured, String(describing: e.location) + " " + e.message)
        } catch {
            return ([], "\(error)")
        }
    }
    let fast = copy(runs: true), slow = copy(runs: false)
    check(fast.error == slow.error, "fmt's copy failed as \(String(describing: fast.error)), record by record as \(String(describing: slow.error))")
    // What was written before a failure is the output's business (it is not replaced);
    // a copy that succeeds is byte for byte the slow one's.
    if fast.error == nil { check(fast.out == slow.out, "fmt's copy wrote \(fast.out), record by record \(slow.out)") }
}

func fuzzDates(_ s: String) {
    func outcome(_ read: () throws(DateError) -> CivilDate) -> String {
        do { return try read().iso } catch { return "error: " + error.message }
    }
    for ctx in [DateContext(), DateContext(year: 2026), DateContext(anchor: CivilDate(2026, 11, 1)!), DateContext(year: 2027, clamp: true)] {
        // The short ways from the bytes (ISO, 2026/7/31, 7/31) answer as the full reading.
        let short = outcome { () throws(DateError) in try DateParser.parse(s, ctx) }
        let full = outcome { () throws(DateError) in try DateParser.fullParse(s, ctx) }
        check(short == full, "\(s): read as \(short), the full reading \(full)")
        if let d = try? DateParser.parse(s, ctx) {
            check(CivilDate(d.year, d.month, d.day) != nil, "invalid date produced from \(s)")
            check((try? DateParser.parse(d.iso, DateContext())) == d, "ISO round trip of \(s)")
        }
    }
    _ = try? DateParser.time(s)
    _ = try? DateParser.minutes(s)
    _ = try? DateParser.dateTime(s, DateContext(year: 2026))
    _ = DateParser.weekday(s)
    // A meeting read is one that fits in a day, weekly or a few weeks apart, or
    // monthly on the first to the fourth or the last of its weekday (never both);
    // the meetings around a day are before and after it, a month and a week apart at
    // most (a year of weeks for one every 52).
    if let m = try? MeetingSpec.parse(s) {
        check((0...6).contains(m.weekday) && m.minutes > 0 && m.minutes < 24 * 60 && (m.weeks ?? 1) >= 1, "meeting \(s) -> \(m)")
        check(m.nths.allSatisfy { (1...4).contains($0) || $0 == -1 } && Set(m.nths).count == m.nths.count && (!m.monthly || m.weeks == nil),
              "meeting \(s) -> \(m)")
        let day = CivilDate(2026, 12, 1)!, reach = m.monthly ? 35 : 7 * (m.weeks ?? 1)
        let next = m.next(after: day), back = m.daysSincePrevious(day)
        check(next > day && next.days - day.days <= reach && back > 0 && back <= reach, "meeting \(s) around \(day.iso): \(next.iso), \(back)")
        let held = m.held(around: day, daysOff: DaysOff(japan: true))
        check(held.next >= next && held.since >= back, "meeting \(s) held around \(day.iso): \(held)")
        // Kept to the weeks of a first meeting (or a month's days): both are meeting
        // days, on either side of the day, a period apart or two when the day is one.
        let first = CivilDate(2026, 10, 1)!, (p, n) = m.around(day, every: 3, first: first)
        check(p < day && n > day && m.day(onOrAfter: p) == p && m.day(onOrAfter: n) == n, "meeting \(s) around \(day.iso) from \(first.iso): \(p.iso), \(n.iso)")
        if !m.monthly {
            let period = 7 * (m.weeks ?? 3), a = m.day(onOrAfter: first)
            check((p.days - a.days) % period == 0 && (n.days - a.days) % period == 0 && n.days - p.days <= 2 * period,
                  "meeting \(s) every \(period) days from \(a.iso): \(p.iso), \(n.iso)")
        }
    }
    // Team meetings read are each team's once, named, each a meeting that reads alone.
    if let tm = try? TeamMeetings.parse([s]) {
        check(Set(tm.byTeam.map { $0.team.matchKey }).count == tm.byTeam.count && tm.byTeam.allSatisfy { !$0.team.isEmpty && $0.team == $0.team.trimmed },
              "team meetings \(s) -> \(tm.byTeam.map(\.team))")
        check(tm.all.allSatisfy { (try? TeamMeetings.parse([$0.text])) != nil }, "team meetings \(s): an item does not read alone")
    }
    // A list's items are trimmed and never empty, nor hold a separator.
    for item in s.listItems {
        check(!item.isEmpty && item == item.trimmed && !item.contains(where: { $0 == "," || $0 == "、" || $0 == "，" }), "list item '\(item)' of \(s)")
    }
    // A date from a milestone names one, and comes to a date that reads back.
    if let o = MilestoneOffset.parse(s) {
        check(!o.reference.isEmpty && o.reference == o.reference.trimmed, "milestone offset \(s) -> \(o)")
        let set = MilestoneSet(entries: [.init(term: Plan.milestones.terms[2], name: "x", date: CivilDate(2026, 11, 30), record: Record())])
        if let d = try? o.date(in: set, resolve: { Plan.milestones.lookup($0) }) {
            check((try? DateParser.parse(d.iso, DateContext())) == d, "milestone offset \(s) -> \(d.iso) does not read back")
        }
    }
    // Days off read are ranges of at most three months, in order.
    if let ranges = try? DaysOff.parse(s, DateContext(anchor: CivilDate(2026, 12, 1)!)) {
        for r in ranges { check(r.upperBound.days - r.lowerBound.days < DaysOff.longestRange, "days off \(s) -> \(r)") }
    }
    // A date from today is a date every tool reads back, in four-digit years.
    if let d = DateParser.relative(s, today: CivilDate(2026, 12, 1)!) {
        check((try? DateParser.parse(d.iso, DateContext())) == d, "relative date \(s) -> \(d.iso) does not read back")
    }
}

func fuzzNumbers(_ s: String) {
    if let v = try? Quantity.number(s) { check(v.isFinite, "\(v) from \(s)") }
    if let v = try? Invention.impact(s) { check(v.value.isFinite, "impact \(v.value) from \(s)") }
    // The report's escapes leave no markup character and no forbidden control.
    let html = Markup.escape(s)
    check(!html.utf8.contains { $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) }, "Markup.escape left markup in \(s)")
    check(!MarkdownReport.esc(s).utf8.contains { $0 == 0x0A || $0 == 0x0D || $0 == 0x3C }, "MarkdownReport.esc left a line break or < in \(s)")
    _ = try? Quantity.share(s)
    _ = try? Quantity.price(s)
    _ = try? Quantity.period(s)
    _ = try? Impact.saved(s)
    _ = try? Impact.perYear(s)
    _ = try? Gate.parse(s)
}

func fuzzGridCell(_ s: String) {
    let items = Grid.items(s)
    for it in items {
        check(!it.text.hasSuffix(" "), "item keeps trailing space")
        // An item written back and read again is the same item.
        let back = Grid.items(Grid.cell(Grid.item(id: it.id, todo: it.text), safe: false))
        check(back.count == 1 && back[0].text == it.text && back[0].id == it.id, "cell item round trip: \(it) -> \(back)")
    }
    check(Grid.unguard(Grid.guardFormula(s)) == s, "formula guard round trip")
    check(Grid.unguard(Grid.cell(s, safe: false)) == s, "cell escape round trip")
    fuzzMatrix(s)
    fuzzMarker(s)
}

/// The text split at `|` as a plan's name and a task id: the wb-task marker an export
/// writes (with the GitHub script's version) gives the id back whole to an import that
/// knows the plan's ids, the plan named or not (not held to it without the plan's
/// name when that name holds a `#`).
func fuzzMarker(_ s: String) {
    let parts = s.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
    guard parts.count >= 2, case let (plan, id) = (parts[0], parts[1]), !id.isEmpty, id.trimmed == id, plan.trimmed == plan,
          !(plan + id).unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return }
    let text = "Todo\n\n" + TaskSystem.marker(plan: plan, id: id) + " v=0123abcd\n"
    check(TaskSystem.markedID(in: text, plan: plan, isKnown: { $0 == id }) == id, "marker of \(id) in \(plan) read as \(String(describing: TaskSystem.markedID(in: text, plan: plan, isKnown: { $0 == id })))")
    if !plan.contains("#") {
        check(TaskSystem.markedID(in: text, plan: nil, isKnown: { $0 == id }) == id, "marker of \(id) read without its plan's name")
    }
}

/// The text split at `|` as the Todos (and every third one's id) of tasks in two
/// milestones and two roles, pivoted by the real command to CSV (cells kept encoded
/// and written as they stand) and to TSV (cells as text, encoded when written): both
/// fail alike or give the same grid.
func fuzzMatrix(_ s: String) {
    let parts = s.split(separator: "|", omittingEmptySubsequences: false).prefix(40).map(String.init)
    var rows = [["id", "milestone", "role", "todo"]]
    for (k, p) in parts.enumerated() {
        rows.append([k % 3 == 2 ? p : "T\(k)", "M\(1 + k % 2)", k % 4 < 2 ? "pm" : "dev", p])
    }
    let tasks = put("tasks.csv", writeTable(rows, .csv))
    for extra in [[], ["--ids"]] {
        var results: [(Int32, [UInt8], String)] = []
        for to in ["csv", "tsv"] {
            let run = wbTasks(["matrix", "--to", to] + extra + [tasks])
            results.append((run.status, run.out, run.err))
        }
        check(results[0].0 == results[1].0 && results[0].2 == results[1].2, "matrix csv and tsv ended differently: \(results[0].2) vs \(results[1].2)")
        if results[0].0 == 0 {
            let csv = readTable(results[0].1, .csv), tsv = readTable(results[1].1, .tsv)
            check(csv != nil && csv == tsv, "matrix's CSV and TSV grids differ: \(String(describing: csv)) vs \(String(describing: tsv))")
            // The grid merged untouched into the tasks it came from: with ids, the tasks
            // back byte for byte; without, every task kept (a Todo's text may come back
            // in the grid's form: line breaks, edges, a leading [x]) or a warning. Else a
            // located error.
            let grid = put("grid-\(extra.count).csv", results[0].1)
            let (status, out, err) = wbTasks(["unmatrix", "--base", tasks, grid])
            let kept = readTable(out, .csv).map { $0.map { $0.first ?? "" } } == rows.map { $0[0] }
            // An id may hold brackets and spaces: the merge reads the longest [id] of the
            // plan. Not held to it: an id with a line break (matrix refuses it), and one
            // whose line starts with a longer id's bracket (`[a] b] x` where `a] b` is
            // another task's id).
            let ids = rows.dropFirst().map { $0[0].trimmed }
            let lines = rows.dropFirst().map { "[" + $0[0].trimmed + "] " + $0[3] }
            let plainIDs = ids.allSatisfy { !$0.unicodeScalars.contains { $0 == "\r" || $0 == "\n" } }
                && !zip(ids, lines).contains { id, line in ids.contains { $0.utf8.count > id.utf8.count && line.utf8.starts(with: ("[" + $0 + "]").utf8) } }
            // Without ids, a Todo that starts with another task's [id] is read as its own
            // words, unless what follows the bracket is that task's text (`[T2] mock`
            // where T2 is `mock`: the line reads as T2's, a limitation): not held to it.
            let todoByID = Dictionary(rows.dropFirst().map { ($0[0].trimmed, $0[3]) }, uniquingKeysWith: { a, _ in a })
            let longestID = todoByID.keys.reduce(0) { max($0, $1.utf8.count) }
            let selfNamed = rows.dropFirst().contains { r in
                Grid.items(Grid.item(id: nil, todo: r[3])).contains { it in
                    let w = it.written ?? it.text
                    let read = Grid.knownLeadingID(w, longest: longestID, isKnown: { todoByID[$0] != nil }) ?? it.id.map { ($0, it.text) }
                    return read.map { todoByID[$0.0].map(Grid.comparable) == $0.1 } ?? false
                }
            }
            // Without ids, a Todo whose first line is blank has no line of its own: its
            // next lines continue the line above (a limitation): the merge may stop with
            // an error, and when it succeeds it keeps every task or warns.
            let headless = rows.dropFirst().contains { r in
                !r[3].trimmed.isEmpty && r[3].unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
            }
            let ok = extra.isEmpty ? kept || selfNamed || err.contains(": warning: ") : !plainIDs || out == writeTable(rows, .csv)
            // Ids of one task each: merged back without fail (with ids, as the plan has
            // them; without, none named by a Todo as above).
            let unique = Set(ids).count == ids.count && !ids.contains("")
            let held = unique && (extra.isEmpty ? !selfNamed && !headless : plainIDs)
            check(status == 0 ? ok : !held && err.contains(": error: "),
                  "untouched grid merged back as \(status) \(String(decoding: out, as: UTF8.self)) \(err) from \(rows)")
        }
    }
}

let base = Array("""
id,milestone,role,todo,owner,notes
T1,M1,pm,"report to the CTO",佐藤,x
T2,M1,dev,"mock
(SSO)",田中,
T3,M2,ds,survey,鈴木,"a, b"

""".utf8)

/// `wb-tasks` run in process with `arguments`, in the C locale: its exit status, what it
/// wrote and what it said.
func wbTasks(_ arguments: [String]) -> (status: Int32, out: [UInt8], err: String) {
    let out = Output.memory(), err = Output.memory()
    let status = Tool.run(WBTasksCommand.spec, arguments: arguments, stdinFD: -1, stdout: out, stderr: err, env: ["LC_ALL": "C"])
    try? out.flush(); try? err.flush()
    return (status, out.captured, err.capturedString)
}

/// Writes `bytes` to a file of the fuzzer's folder and returns its path. A fixed folder
/// (from fuzz/run) keeps messages, and so coverage, the same run to run.
func put(_ name: String, _ bytes: [UInt8]) -> String {
    let dir = getenv("WB_FUZZ_TMP").map { String(cString: $0) } ?? "/tmp/wb-fuzz-\(getpid())"
    mkdir(dir, 0o700)
    let path = dir + "/" + name
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    return path
}

/// The merge: a fuzzed grid against a fixed base, in process through the real command.
func fuzzMerge(_ grid: [UInt8]) {
    let basePath = put("base.csv", base), gridPath = put("grid.csv", grid)
    let (status, out, err) = wbTasks(["unmatrix", "--base", basePath, gridPath])
    check([0, 65].contains(status), "merge exited \(status): \(err)")
    if status == 0 {
        // Whatever the grid, the merged table has the base's header and every row its width.
        let rows = readTable(out, .csv)
        check(rows != nil && rows![0] == ["id", "milestone", "role", "todo", "owner", "notes"], "merged header")
        check(rows!.allSatisfy { $0.count == 6 }, "merged row width")
    } else {
        check(err.contains(": error: "), "merge failure without a located message")
    }
}

/// The headers the codes target reads its rows under: wb's own order (two runs of
/// adjacent code columns, milestone-role and status-difficulty-kind), one run of four
/// with difficulty apart, and a run of two led by difficulty, the milestone last.
let codesHeaders = [
    "id,milestone,role,todo,owner,due,status,difficulty,kind,depends_on",
    "todo,kind,status,role,milestone,due,difficulty,id",
    "due,difficulty,milestone,id,role",
]

/// The codes path (`TaskResolver.codes`, its caches of values and of runs of adjacent
/// columns) against the full resolver, on fuzzed rows under a task header: a row the
/// codes path reads has no problem, and its codes are the resolved row's; the caches
/// hold across rows, so a row met again must still agree. Rows read in place, as the
/// streaming commands read them.
func fuzzCodes(_ bytes: [UInt8]) {
    guard let first = bytes.first else { return }
    let format: TableFormat = first & 8 == 0 ? .csv : .tsv
    let header = codesHeaders[Int(first & 7) % codesHeaders.count].utf8.map { format == .tsv && $0 == 0x2C ? 0x09 : $0 }
    let table = header + [0x0A] + bytes.dropFirst()
    do {
        let reader = try TableReader(source: ByteSource(name: "codes", bytes: table), options: ReadOptions(format: format))
        let schema = try TaskSchema(header: try reader.header(), file: "codes")
        let resolver = TaskResolver(schema: schema, file: "codes", dates: DateContext(anchor: CivilDate(2026, 7, 1)))
        try reader.forEachRecord { row in
            let fast = resolver.codes(row.fields)
            let (resolved, problems) = resolver.resolve(row.record())
            guard let c = fast else { return }
            check(problems.isEmpty, "line \(row.line): the codes path read a row the resolver finds \(problems.map(\.rule))")
            let full = resolver.codes(of: resolved)
            check((c.milestone, c.role, c.status, c.kind, c.due, c.difficulty) == (full.milestone, full.role, full.status, full.kind, full.due, full.difficulty),
                  "line \(row.line): codes \(c) against the resolved row's \(full)")
            check(c.canonical == full.canonical && !(c.canonical && c.canonicalButDue),
                  "line \(row.line): canonical \(c.canonical)/\(c.canonicalButDue) against \(full.canonical)")
            // What filter writes of a row the codes call canonical (as it stands, or with
            // the due date in ISO form) is the row written from its resolved values.
            guard c.canonical || c.canonicalButDue else { return }
            let asRead = Output.memory(), resolvedOut = Output.memory()
            let rec = row.record()
            if c.canonical { TableWriter(asRead, WriteOptions(format: format)).write(rec) } else {
                var iso = CivilDate(days: c.due).iso
                iso.withUTF8 { TableWriter(asRead, WriteOptions(format: format)).write(rec, replacing: schema[.due]!, with: $0) }
            }
            TableWriter(resolvedOut, WriteOptions(format: format)).write(TasksIO.canonical(resolved, schema: schema, labels: nil))
            try? asRead.flush(); try? resolvedOut.flush()
            check(asRead.captured == resolvedOut.captured, "line \(row.line): canonical as read \(asRead.capturedString), resolved \(resolvedOut.capturedString)")
        }
    } catch let e as WBError {
        check(e.code == .dataError || e.code == .usage, "codes target error code \(e.code): \(e.message)")
    } catch {
        check(false, "unexpected error \(error)")
    }
    if first & 16 != 0 { fuzzCheckFormats(table, format) }
    if first & 32 != 0 { fuzzCheckTeams(table, format) }
}

/// A plan of one team checked with a team column (every rule applied per team, the
/// findings stored and sorted with the rest) finds what the plan without it finds (the
/// one-task rules applied while writing), row for row, the team's name first.
func fuzzCheckTeams(_ table: [UInt8], _ format: TableFormat) {
    guard let rows = readTable(table, format), rows.count > 1, rows.allSatisfy({ $0.count == rows[0].count }) else { return }
    // A one-column row of an empty value is a blank line in TSV, where it is skipped.
    if format == .tsv && rows.contains(where: { $0.count == 1 && $0[0].isEmpty }) { return }
    let plain = put("plain.csv", writeTable(rows, .csv))
    let teams = put("teams.csv", writeTable(rows.enumerated().map { [$0.offset == 0 ? "team" : "north"] + $0.element }, .csv))
    func run(_ path: String) -> (Int32, [[String]]?, String) {
        let (status, out, err) = wbTasks(["check", "--today", "2026-08-01", "--settings", "/dev/null", path])
        return (status, readTable(out, .csv), err)
    }
    let (a, aRows, aErr) = run(plain), (b, bRows, bErr) = run(teams)
    // An error names its file and column, which the team column moves; the summary
    // of findings names neither.
    check(a == b && (a == 65 || aErr == bErr), "check of one team ended differently: \(a) \(aErr) vs \(b) \(bErr)")
    guard a != 65, let aRows, let bRows else { return }
    let bare = bRows.map { Array($0.dropFirst()) }
    check(aRows == bare && bRows.dropFirst().allSatisfy { $0.first == "north" },
          "check with a team column found \(bRows), without \(aRows)")
}


/// check's findings written as a table (one-task rules applied while writing, messages
/// memoised by key) and as lines for editors (every finding stored and sorted): the
/// same findings, by line, severity and rule, the same exit status and summary.
func fuzzCheckFormats(_ table: [UInt8], _ format: TableFormat) {
    let path = put(format == .csv ? "check.csv" : "check.tsv", table)
    func run(_ extra: [String]) -> (Int32, [UInt8], String) {
        wbTasks(["check", "--today", "2026-08-01", "--settings", "/dev/null"] + extra + [path])
    }
    let (tableStatus, tableOut, tableErr) = run(["--to", "csv"])
    let (textStatus, textOut, textErr) = run(["--format", "text"])
    check(tableStatus == textStatus && tableErr == textErr, "check as a table and as text ended differently: \(tableStatus) \(tableErr) vs \(textStatus) \(textErr)")
    check([0, 1, 65].contains(tableStatus), "check exited \(tableStatus): \(tableErr)")
    guard tableStatus != 65, let rows = readTable(tableOut, .csv) else { return }
    check(rows.first == ["severity", "line", "id", "rule", "message"], "check's header: \(String(describing: rows.first))")
    // By severity and rule: a line names the field's own line, which in a row that
    // spans lines is below the row's first (the table's line column).
    let fromTable = rows.dropFirst().map { $0[0] + " " + $0[3] }.sorted()
    // file:LINE[:COL]: SEVERITY: [ID: ]MESSAGE [RULE], or file: SEVERITY: ... for the plan.
    let prefix = Array((path + ":").utf8)  // then LINE[:COL]: or, for the plan, a space
    var fromText: [String] = []
    for line in textOut.split(separator: 0x0A) {
        check(line.starts(with: prefix) && line.last == 0x5D, "a text finding not in the form file:...[rule]: \(String(decoding: line, as: UTF8.self))")
        var rest = line.dropFirst(prefix.count)
        let number = rest.prefix { $0 >= 0x30 && $0 <= 0x39 }
        rest = rest.dropFirst(number.count)
        if !number.isEmpty, rest.first == 0x3A, rest.dropFirst().first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true {
            rest = rest.dropFirst().drop { $0 >= 0x30 && $0 <= 0x39 }
        }
        if !number.isEmpty, rest.first == 0x3A { rest = rest.dropFirst() }
        check(rest.first == 0x20, "no ': ' after the place: \(String(decoding: line, as: UTF8.self))")
        rest = rest.dropFirst()
        let severity = rest.prefix { $0 != 0x3A }
        guard let open = rest.lastIndex(of: 0x5B) else { check(false, "no [rule]"); return }
        let rule = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
        fromText.append(String(decoding: severity, as: UTF8.self) + " " + String(decoding: rule, as: UTF8.self))
    }
    fromText.sort()
    check(fromTable == fromText, "check's table and text findings differ: \(fromTable) vs \(fromText)")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let text = String(decoding: bytes, as: UTF8.self)
    switch data[0] % 7 {
    case 0: fuzzTable(bytes, .csv); fuzzBlankRows(bytes, .csv); fuzzLateSniff(bytes, .csv); fuzzFmtCopy(bytes, .csv, variant: data[0] / 7)
    case 1: fuzzTable(bytes, .tsv); fuzzBlankRows(bytes, .tsv); fuzzLateSniff(bytes, .tsv); fuzzFmtCopy(bytes, .tsv, variant: data[0] / 7)
    case 2: fuzzDates(text)
    case 3: fuzzNumbers(text)
    case 4: fuzzGridCell(text)
    case 5: fuzzMerge(bytes)
    default: fuzzCodes(bytes)
    }
    return 0
}
