#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A finding of a check: severity, place, rule and a message for people.
public struct Finding: Sendable {
    public enum Severity: String, Sendable, Comparable {
        case error, warning, info
        var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        static let byRank: [Severity] = [.error, .warning, .info]
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }
    public var severity: Severity
    public var line: Int?
    /// The column of the field it is about (a schema problem's), written by the
    /// lines of `--format text` and `github`; nil for a finding about a row or more.
    public var column: Int? = nil
    public var id: String
    public var rule: String
    public var message: String
    /// The team the finding is about, in a plan of several teams.
    public var team: String? = nil
}

/// The messages of findings kept as codes (`FindingList.Entry.form` other than 0),
/// written when the findings are.
protocol FindingMessages: AnyObject {
    /// The id of the task `e` is about, valid while the findings are written.
    func id(of e: FindingList.Entry) -> UnsafeBufferPointer<UInt8>
    /// When the message of `e` is a function of its form, its rule and a few small
    /// values (a date, a difficulty), those values: a key equal for equal messages.
    /// Nil for a message that names tasks.
    func memoKey(of e: FindingList.Entry) -> (extra: UInt32, value: UInt64)?
    /// Returns false when the message is known to need no cleaning for people
    /// (`Diagnostic.clean`): it holds only fixed text, numbers and dates.
    func message(of e: FindingList.Entry, into out: ByteBuffer) -> Bool
    /// The bytes every id `id(of:)` returns lies within (nil if unknown): when they
    /// need no quoting or escaping, neither does any id, which is then written without
    /// a look of its own.
    var idBytes: UnsafeBufferPointer<UInt8>? { get }
}

/// Findings as small entries: place, severity, rule, and either a finding made whole
/// (its id and message in `texts`) or the values its message needs (a task and a
/// number), written out by `messages`. A check of a plan of several teams keeps a
/// million findings in 24 bytes each and builds no String for them until they are
/// written; for a plan of one team the rules of one task each are applied while
/// writing (`perTask`), and only the other findings are kept.
struct FindingList {
    struct Entry {
        /// The line in 32 bits (a plan past four billion lines is past what check's
        /// arena holds); `UInt32.max` for a finding about the whole plan.
        private var storedLine: UInt32
        /// The task it is about (what `messages` reads), or -1.
        var task: Int32
        /// Form 0: the id's and the message's index in `texts`; else `a` is the form's
        /// value (a task, a day, a count, a dependency's token) and `b` a second one (the
        /// dependency's due date) or unused.
        var a: Int32, b: Int32
        /// The team's index in `teamNames`, or -1.
        var team: Int32
        var rule: UInt16
        /// 0: made whole; else a form `messages` knows.
        var form: UInt8
        var severity: UInt8
        static let plan = Int.max >> 3

        init(line: Int, task: Int32, a: Int32, b: Int32, team: Int32, rule: UInt16, form: UInt8, severity: UInt8) {
            storedLine = line == Entry.plan ? .max : UInt32(clamping: line)
            (self.task, self.a, self.b, self.team, self.rule, self.form, self.severity) = (task, a, b, team, rule, form, severity)
        }

        /// The line, or `Entry.plan` for a finding about the whole plan.
        var line: Int { storedLine == .max ? Entry.plan : Int(storedLine) }
    }

    /// Where the field `e` is about stands, when known: a finding made whole with its
    /// column, or one about a task's field noted in `places` (`fields`: the field of
    /// each rule, by rule code). Nil for a finding about a row or the plan.
    func place(of e: Entry, fields: [FindingPlaces.Field?]) -> (line: Int, column: Int)? {
        guard e.line != Entry.plan else { return nil }
        if e.form == 0, case let c = Int(columns[Int(e.a) >> 1]), c > 0 { return (e.line, c) }
        guard let places, e.task >= 0, var f = fields[Int(e.rule)] else { return nil }
        if e.form == Review.Form.untracked.rawValue { f = FindingPlaces.untracked(missing: e.a) }
        return places.place(task: Int(e.task), f, line: e.line)
    }

    var entries: [Entry] = []
    var texts: [String] = []
    /// A form-0 finding's column (0: none), one for each pair in `texts`.
    private(set) var columns: [Int32] = []
    /// Where the fields of each task stand, for findings written as lines (nil
    /// otherwise): their places, for a finding about a task's field.
    var places: FindingPlaces?
    private(set) var ruleNames: [String] = []
    private var ruleCodes: [String: UInt16] = [:]
    var teamNames: [String] = []
    var messages: (any FindingMessages)?
    /// Rules applied while writing instead of stored as entries (a plan of one team).
    /// On one line and severity their findings are written as if added where the
    /// passes ran: the first pass's after the entries before `firstAt`, the second's
    /// after those before `secondAt`, both before the rest.
    /// (The rules' own type, not a protocol: they are called twice a task.)
    var perTask: (rules: Review.TaskRules, firstAt: Int, secondAt: Int)?
    /// Every finding stored as an entry, `perTask` never used: for a writer that
    /// takes them in `order()` alone (`FindingsReport.writeLines`).
    var storesAll = false

    /// The code of a rule's name, for `add`.
    mutating func rule(_ name: String) -> UInt16 {
        if let c = ruleCodes[name] { return c }
        let c = UInt16(ruleNames.count)
        ruleNames.append(name)
        ruleCodes[name] = c
        return c
    }

    /// Room for `more` entries, reserved at once; at least doubling, so that a plan
    /// of many teams, reserving for each, stays linear.
    mutating func reserve(_ more: Int) {
        let need = entries.count + more
        if entries.capacity < need { entries.reserveCapacity(max(need, 2 * entries.capacity)) }
    }

    /// `task`: the task the finding is about (its index in the plan), or -1; kept
    /// for its place (`place(of:fields:)`), as a finding made whole needs no task.
    mutating func add(_ f: Finding, team: Int32 = -1, task: Int32 = -1) {
        texts.append(f.id)
        texts.append(f.message)
        columns.append(Int32(clamping: f.column ?? 0))
        entries.append(Entry(line: f.line ?? Entry.plan, task: task, a: Int32(texts.count - 2), b: Int32(texts.count - 1),
                             team: team, rule: rule(f.rule), form: 0, severity: UInt8(f.severity.rank)))
    }

    @inline(__always)
    mutating func add(_ severity: Finding.Severity, line: Int, task: Int, rule: UInt16, form: UInt8,
                      a: Int32 = 0, team: Int32) {
        entries.append(Entry(line: line, task: Int32(task), a: a, b: 0, team: team, rule: rule, form: form,
                             severity: UInt8(severity.rank)))
    }

    /// Entry indices by line (findings about the whole plan last), then severity, then
    /// as found. Sorted as integers: line, severity and index in one word.
    func order() -> [UInt64] {
        let n = entries.count
        let lineBits = 29
        if n < 1 << 32, entries.allSatisfy({ $0.line == Entry.plan || ($0.line >= 0 && $0.line < (1 << lineBits) - 1) }) {
            var keys = [UInt64](repeating: 0, count: n)
            for (i, e) in entries.enumerated() {
                let line = UInt64(e.line == Entry.plan ? (1 << lineBits) - 1 : e.line)
                keys[i] = line << 34 | UInt64(e.severity) << 32 | UInt64(i)
            }
            keys.sort()
            // The indices in the keys' place (no second array of a million).
            for i in keys.indices { keys[i] &= 0xFFFF_FFFF }
            return keys
        }
        let keys = entries.map { $0.line << 2 | Int($0.severity) }
        return entries.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { UInt64($0) }
    }
}

/// Writes findings as a table (severity, line, id, rule, message) and decides the status.
enum FindingsReport {
    /// A word written on many rows, found plain (or not) once.
    private struct Word {
        let bytes: [UInt8], plain: Bool
        init(_ s: String, _ w: TableWriter) {
            bytes = Array(s.utf8)
            plain = bytes.withUnsafeBufferPointer { w.isPlain($0) }
        }
        func write(_ w: TableWriter) {
            bytes.withUnsafeBufferPointer { plain ? w.field(plain: $0) : w.field($0) }
        }
    }

    /// Whether `--format` asks for lines (text, github) rather than the table: then
    /// the findings are all stored (`FindingList.storesAll`).
    static func writesLines(_ inv: Invocation) -> Bool { ["text", "github"].contains(inv.string("format") ?? "") }

    /// `check`'s `--format`: the findings as a table, or as lines for editors and CI.
    static let formatOption = OptionSpec("format", arg: "FMT",
        "table (default: CSV or TSV, as --to says), text (file:line[:col]: severity: message [rule], for editors) or github (annotations of a GitHub Actions run)",
        values: ["table", "text", "github"])

    static func write(_ findings: [Finding], _ inv: Invocation, format: TableFormat, strict: Bool, file: String) throws -> ExitCode {
        var list = FindingList()
        var teams: [String: Int32] = [:]
        for f in findings {
            var team: Int32 = -1
            if let name = f.team {
                if let t = teams[name] { team = t } else {
                    team = Int32(list.teamNames.count)
                    teams[name] = team
                    list.teamNames.append(name)
                }
            }
            list.add(f, team: team)
        }
        return try write(list, inv, format: format, strict: strict, file: file)
    }

    /// `rules` leaves out the findings of the rules it turns off.
    static func write(_ list: FindingList, _ inv: Invocation, format: TableFormat, strict: Bool,
                      rules: ReviewRules = ReviewRules(), file: String) throws -> ExitCode {
        switch inv.string("format") ?? "table" {
        case "table": break
        case let lines where lines == "text" || lines == "github":
            if inv.string("to") != nil { throw WBError.usage(L("--to chooses a table's format, and --format \(lines) writes lines: give one of them")) }
            return try writeLines(list, inv, file: file, github: lines == "github", strict: strict, rules: rules)
        case let other: throw WBError.usage(L("--format takes table, text or github, not '\(other)'"))
        }
        let on = list.ruleNames.map { rules.on($0) }
        let w = TableWriter(inv.stdout, try inv.writeOptions(input: format))
        let lang = try inv.labelLang()
        // The findings are the run's verdict on input read to its end: they stream.
        inv.stdout.stopHolding()
        // A plan of several teams: each finding names its team, in a first column.
        let teams = list.entries.contains { $0.team >= 0 && on[Int($0.rule)] }
        w.write((teams ? [Labels.word("team", lang)] : []) + Labels.header(["severity", "line", "id", "rule", "message"], lang))
        // The findings of each severity, counted in place (a captured array would be
        // checked for sharing at each of a million findings).
        let counts = UnsafeMutablePointer<Int>.allocate(capacity: 3)
        counts.initialize(repeating: 0, count: 3)
        defer { counts.deallocate() }
        // Words written on many rows: each checked once for quoting.
        let severityWords = Finding.Severity.byRank.map { Word(Labels.word($0.rawValue, lang), w) }
        let ruleWords = list.ruleNames.map { Word($0, w) }
        let teamWords = list.teamNames.map { Word($0, w) }
        let messages = list.messages
        // The rule and message fields of findings whose message is a function of a
        // few values (an overdue task's date, a difficulty), encoded once by key.
        var memo = FieldMemo()
        // Every id plain when the bytes they are cut from are (and, for TSV, hold no
        // quote, which only matters at a field's start).
        let idsPlain = messages?.idBytes.map { b in
            w.isPlain(b) && (b.isEmpty || memchr(b.baseAddress!, 0x22, b.count) == nil)
        } ?? false
        // The lines, which mostly rise by a few from one finding to the next.
        let lines = DecimalCounter()
        // Without a team column, with plain ids and severity words, a finding whose
        // rule and message the memo holds is written as one row at once (most of a
        // large plan's findings: an overdue date, a difficulty, a request's word).
        let severityText = ByteBuffer()
        let severitySpans = severityWords.map { word in
            let start = severityText.count
            severityText.append(word.bytes)
            return start..<severityText.count
        }
        let rowsAtOnce = !teams && idsPlain && severityWords.allSatisfy(\.plain)
        func write(_ e: FindingList.Entry) {
            guard on[Int(e.rule)] else { return }
            counts[Int(e.severity)] += 1
            if rowsAtOnce, e.form != 0, e.line != FindingList.Entry.plan, let key = messages!.memoKey(of: e),
               let fields = memo.find(UInt64(key.extra) << 32 | UInt64(e.rule) << 8 | UInt64(e.form), key.value) {
                w.row(plain: severityText[severitySpans[Int(e.severity)]], lines.digits(of: e.line), messages!.id(of: e),
                      encoded: fields)
                return
            }
            if teams { if e.team < 0 { w.field([]) } else { teamWords[Int(e.team)].write(w) } }
            severityWords[Int(e.severity)].write(w)
            if e.line != FindingList.Entry.plan { w.field(plain: lines.digits(of: e.line)) } else { w.field([]) }
            if e.form == 0 {
                w.field(list.texts[Int(e.a)])
                ruleWords[Int(e.rule)].write(w)
                w.field(Diagnostic.clean(list.texts[Int(e.b)]))
            } else {
                if idsPlain { w.field(plain: messages!.id(of: e)) } else { w.field(messages!.id(of: e)) }
                let key = messages!.memoKey(of: e)
                let k0 = key.map { UInt64($0.extra) << 32 | UInt64(e.rule) << 8 | UInt64(e.form) } ?? 0
                if let key, let fields = memo.find(k0, key.value) {
                    w.append(encodedFields: fields, count: 2)
                } else {
                    let mark = w.rowMark
                    ruleWords[Int(e.rule)].write(w)
                    w.field { out in
                        let start = out.count
                        guard messages!.message(of: e, into: out) else { return }
                        let message = UnsafeBufferPointer(start: out.base + start, count: out.count - start)
                        if !Diagnostic.isClean(message) {
                            let clean = Diagnostic.clean(String(decoding: message, as: UTF8.self))
                            out.truncate(to: start)
                            out.append(clean)
                        }
                    }
                    if let key { memo.store(k0, key.value, w.fields(from: mark)) }
                }
            }
            w.endRow()
        }
        let order = list.order()
        if let (rules, firstAt, secondAt) = list.perTask {
            // The stored entries in their order, and at each task's line its findings
            // from the rules merged in: by severity, then as they would have been added
            // (the entries before the first pass, the first pass, the entries between
            // the passes, the second pass, the rest).
            var next = 0
            let batch = EntryBatch()
            for k in 0..<rules.count {
                let line = rules.line(k)
                while next < order.count, case let e = list.entries[Int(order[next])], e.line < line {
                    write(e)
                    next += 1
                }
                batch.removeAll()
                rules.first(k, into: batch)
                rules.second(k, into: batch)
                if batch.count == 0 { continue }
                while next < order.count, case let i = Int(order[next]), list.entries[i].line == line {
                    batch.append(list.entries[i], era: i < firstAt ? 0 : i < secondAt ? 2 : 4, seq: i)
                    next += 1
                }
                batch.sort()
                for j in 0..<batch.count { write(batch[j]) }
            }
            while next < order.count {
                write(list.entries[Int(order[next])])
                next += 1
            }
        } else {
            for i in order { write(list.entries[Int(i)]) }
        }
        return try finish([counts[0], counts[1], counts[2]], inv, strict: strict)
    }

    /// Says how many errors and warnings there were (on standard error, after the
    /// findings) and decides the status.
    private static func finish(_ counts: [Int], _ inv: Invocation, strict: Bool) throws -> ExitCode {
        let (errors, warnings) = (counts[0], counts[1])
        if errors + warnings > 0 {
            try inv.stdout.flush()
            let e = errors == 1 ? L("1 error") : L("\(errors) errors")
            let w = warnings == 1 ? L("1 warning") : L("\(warnings) warnings")
            inv.stderr.write("\(inv.tool): " + L("\(e), \(w)") + "\n")
        }
        return errors > 0 || (strict && warnings > 0) ? .failed : .ok
    }

    /// The findings as lines for people's tools instead of a table: `text`, one line
    /// each as compilers write them (`plan.csv:3: error: T2: message [rule]`, with the
    /// column where the finding is about one field, `plan.csv:3:12:`; the
    /// severity in English for editors' error formats, the message in the run's
    /// language), or `github`, a workflow command each (`::error file=…,line=…`) that
    /// a GitHub Actions run shows on the plan's lines. `file`: the table's name.
    static func writeLines(_ list: FindingList, _ inv: Invocation, file: String, github: Bool, strict: Bool,
                           rules: ReviewRules = ReviewRules()) throws -> ExitCode {
        let on = list.ruleNames.map { rules.on($0) }
        let fields = list.ruleNames.map(FindingPlaces.field(ofRule:))
        inv.stdout.stopHolding()
        var counts = [0, 0, 0]
        let message = ByteBuffer(capacity: 256)
        // A workflow command's value and properties escape %, CR and LF, the
        // properties also : and , (GitHub's toolkit does the same).
        func escaped(_ s: String, property: Bool) -> String {
            var out = ""
            for ch in s {
                switch ch {
                case "%": out += "%25"
                case "\r": out += "%0D"
                case "\n", "\r\n": out += "%0A"
                case ":" where property: out += "%3A"
                case "," where property: out += "%2C"
                default: out.append(ch)
                }
            }
            return out
        }
        // Every finding is an entry here (`FindingList.storesAll`), in order.
        precondition(list.perTask == nil, "the lines are written from stored findings")
        func write(_ i: Int, at: (line: Int, column: Int)?) {
            let e = list.entries[i]
            guard on[Int(e.rule)] else { return }
            counts[Int(e.severity)] += 1
            let id: String, text: String
            if e.form == 0 {
                (id, text) = (Diagnostic.clean(list.texts[Int(e.a)]), Diagnostic.clean(list.texts[Int(e.b)]))
            } else {
                message.removeAll()
                let clean = !list.messages!.message(of: e, into: message)
                let m = String(decoding: message.bytes, as: UTF8.self)
                // (An id may hold a line break where its field was quoted: escaped, so
                // that a finding stays one line.)
                (id, text) = (Diagnostic.clean(String(decoding: list.messages!.id(of: e), as: UTF8.self)), clean ? m : Diagnostic.clean(m))
            }
            let line = at?.line ?? (e.line == FindingList.Entry.plan ? nil : e.line)
            let column = at?.column
            let team = e.team >= 0 ? list.teamNames[Int(e.team)] : nil
            let about = [team?.trimmed.isEmpty == false ? team : nil, id.trimmed.isEmpty ? nil : id].compactMap { $0 }.map { $0 + ": " }.joined()
            let rule = list.ruleNames[Int(e.rule)]
            let severity = Finding.Severity.byRank[Int(e.severity)]
            if github {
                let command = severity == .info ? "notice" : severity.rawValue
                let place = "file=" + escaped(file, property: true) + (line.map { ",line=\($0)" } ?? "") + (column.map { ",col=\($0)" } ?? "")
                inv.stdout.write("::\(command) \(place),title=\(escaped(rule, property: true))::\(escaped(about + text, property: false))\n")
            } else {
                inv.stdout.write(SourceLocation(file: file, line: line, column: column).text + ": \(severity.rawValue): " + about + text + " [\(rule)]\n")
            }
        }
        // Within a row, its findings in the order of their places, as a compiler's
        // are (the row's own first, then by line and column; one place by severity,
        // then as found), so an editor's list walks the row from left to right. The
        // rows in order and the plan's findings last, as the table has them.
        let order = list.order()
        var group: [(line: Int, column: Int, k: Int, place: (line: Int, column: Int)?)] = []
        var start = 0
        while start < order.count {
            let line = list.entries[Int(order[start])].line
            var end = start + 1
            while end < order.count, list.entries[Int(order[end])].line == line { end += 1 }
            group.removeAll(keepingCapacity: true)
            for k in start..<end {
                let at = list.place(of: list.entries[Int(order[k])], fields: fields)
                group.append((at?.line ?? line, at?.column ?? 0, k, at))
            }
            if group.count > 1 { group.sort { ($0.line, $0.column, $0.k) < ($1.line, $1.column, $1.k) } }
            for g in group { write(Int(order[g.k]), at: g.place) }
            start = end
        }
        return try finish(counts, inv, strict: strict)
    }
}

/// Encoded fields kept by a key of two words, in a table of 4,096 places: a key that
/// meets another's place replaces it. The bytes kept are bounded (past a megabyte the
/// table starts over), so a check whose messages never repeat keeps little.
struct FieldMemo {
    private struct Slot { var k0: UInt64 = 0, k1: UInt64 = 0, start: Int32 = 0, count: Int32 = 0 }
    private var slots = [Slot](repeating: Slot(), count: 1 << 12)
    private let bytes = ByteBuffer(capacity: 1 << 12)

    @inline(__always)
    private static func place(_ k0: UInt64, _ k1: UInt64) -> Int {
        Int(truncatingIfNeeded: (((k0 &* 0x9E37_79B9_7F4A_7C15) ^ k1) &* 0xBF58_476D_1CE4_E5B9) >> 52)
    }

    /// The fields kept under a key (`k0` never 0), valid until the next `store`.
    func find(_ k0: UInt64, _ k1: UInt64) -> UnsafeBufferPointer<UInt8>? {
        let s = slots[Self.place(k0, k1)]
        guard s.k0 == k0, s.k1 == k1 else { return nil }
        return bytes[Int(s.start)..<Int(s.start + s.count)]
    }

    mutating func store(_ k0: UInt64, _ k1: UInt64, _ fields: UnsafeBufferPointer<UInt8>) {
        precondition(k0 != 0)
        if bytes.count + fields.count > 1 << 20 {
            bytes.removeAll()
            for i in slots.indices { slots[i] = Slot() }
        }
        slots[Self.place(k0, k1)] = Slot(k0: k0, k1: k1, start: Int32(bytes.count), count: Int32(fields.count))
        bytes.append(fields)
    }
}

/// The findings of one task (`Review.TaskRules`), each with a key that orders it among
/// the entries stored for its line: severity, then era (0 entries added before the
/// rules' first pass, 1 the first pass, 2 entries added between the passes, 3 the
/// second pass, 4 the rest), then the order it was added in. A few entries, in memory
/// reused from task to task.
final class EntryBatch {
    private(set) var count = 0
    private var capacity = 8
    private var keys = UnsafeMutablePointer<UInt64>.allocate(capacity: 8)
    private var items = UnsafeMutablePointer<FindingList.Entry>.allocate(capacity: 8)

    deinit {
        keys.deallocate()
        items.deinitialize(count: count)
        items.deallocate()
    }

    func removeAll() {
        items.deinitialize(count: count)
        count = 0
    }

    /// Adds `e` in `era`, after the entries added before it (or at `seq`).
    @inline(__always)
    func append(_ e: FindingList.Entry, era: UInt64, seq: Int? = nil) {
        if count == capacity { grow() }
        keys[count] = UInt64(e.severity) << 40 | era << 32 | UInt64(UInt32(truncatingIfNeeded: seq ?? count))
        (items + count).initialize(to: e)
        count += 1
    }

    subscript(i: Int) -> FindingList.Entry {
        precondition(i >= 0 && i < count)
        return items[i]
    }

    /// Sorted by key: by insertion for the few findings of most tasks, by the standard
    /// library's sort for a task with many (a dependency on thousands of tasks).
    func sort() {
        if count > 32 {
            var order = (0..<count).map { (keys[$0], $0) }
            order.sort { $0.0 < $1.0 }
            let sorted = order.map { items[$0.1] }
            for (j, (key, _)) in order.enumerated() {
                keys[j] = key
                items[j] = sorted[j]
            }
            return
        }
        var j = 1
        while j < count {
            var m = j
            while m > 0 && keys[m - 1] > keys[m] {
                swap(&keys[m - 1], &keys[m])
                swap(&items[m - 1], &items[m])
                m -= 1
            }
            j += 1
        }
    }

    private func grow() {
        let c = capacity * 2
        let k = UnsafeMutablePointer<UInt64>.allocate(capacity: c)
        k.update(from: keys, count: count)
        keys.deallocate()
        keys = k
        let it = UnsafeMutablePointer<FindingList.Entry>.allocate(capacity: c)
        it.moveInitialize(from: items, count: count)
        items.deallocate()
        items = it
        capacity = c
    }
}
