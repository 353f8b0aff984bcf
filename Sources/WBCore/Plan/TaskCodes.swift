#if canImport(Glibc)
import Glibc
#endif

/// A task's known values as small integers: what a streaming command needs to decide
/// on a row (filter, matrix, check) without building a `TaskRow`. Nothing here is
/// reference-counted, so the row loop allocates nothing and retains nothing.
public struct TaskCodes: Sendable {
    /// Index in the resolver's milestone table (`TaskResolver.milestoneTerm(_:)`); -1
    /// for none (only from a row with a problem, `codes(of:)`).
    public var milestone: Int
    /// Index in the plan's roles (`TaskResolver.roles.terms`); -1 for none.
    public var role: Int
    /// Index in `Plan.statuses.terms` (an empty status is the first, todo).
    public var status: Int
    /// Index in `Plan.kinds.terms` (an empty kind is the first, task).
    public var kind: Int
    /// Days since 1970-01-01, or `Int.min` without a due date.
    public var due: Int
    /// 0 without a difficulty.
    public var difficulty: Int
    /// Milestone, role, status and kind are written as ids, due as ISO.
    public var canonical: Bool
    /// All of them are but the due date, written in a numeric form (2026/7/31): the
    /// row is canonical with that one field in ISO form.
    public var canonicalButDue = false
}

/// Byte strings to small codes, for the few dozen distinct values of one column. Keys
/// live in one fixed buffer reached through `let` pointers: a look-up reads no class
/// property that Swift would check for exclusive access at run time.
final class CodeCache {
    private static let slots = 64, bytes = 4096
    private let keys = UnsafeMutablePointer<UInt8>.allocate(capacity: CodeCache.bytes)
    private let bounds = UnsafeMutablePointer<Int>.allocate(capacity: CodeCache.slots + 1)
    private let codes = UnsafeMutablePointer<Int>.allocate(capacity: CodeCache.slots)
    private let count = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    private let words = UnsafeMutablePointer<UInt64>.allocate(capacity: CodeCache.slots)
    /// For values of up to eight bytes: 256 places chosen by a hash of the word and
    /// length, each the slot + 1 of the first value that took it (0: none).
    private let places = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)

    init() {
        bounds[0] = 0
        count.pointee = 0
        places.initialize(repeating: 0, count: 256)
    }

    deinit {
        keys.deallocate(); bounds.deallocate(); codes.deallocate(); count.deallocate(); words.deallocate(); places.deallocate()
    }

    @inline(__always)
    private static func place(_ w: UInt64, _ count: Int) -> Int {
        Int(truncatingIfNeeded: ((w ^ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
    }

    @inline(__always)
    func get(_ s: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = count.pointee
        // Values of up to eight bytes (most ids: M1, dev, todo) compare as one word,
        // found first at their hashed place: a search over the slots, whose end
        // depends on the value, mispredicted on most rows.
        if s.count <= 8 {
            let w = Self.word(s)
            let at = Int(places[Self.place(w, s.count)]) &- 1
            if at >= 0 && words[at] == w && bounds[at + 1] &- bounds[at] == s.count { return codes[at] }
            // Another value took the place (or none did): the slots in turn.
            var k = 0
            while k < n {
                if words[k] == w && bounds[k + 1] &- bounds[k] == s.count { return codes[k] }
                k += 1
            }
            return nil
        }
        var k = 0
        while k < n {
            let a = bounds[k], b = bounds[k + 1]
            if b - a == s.count && memcmp(keys + a, s.baseAddress!, s.count) == 0 { return codes[k] }
            k += 1
        }
        return nil
    }

    /// Up to eight bytes as one word, zero-padded.
    @inline(__always)
    private static func word(_ s: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // Two loads that may overlap, each inside the bytes: the first and the last
        // four (or two); where they overlap they hold the same bytes.
        guard let p = s.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(p), n = s.count
        switch n {
        case 4...8:
            let lo = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let hi = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)))
            return lo | hi << (8 * UInt64(n - 4))
        case 2...3:
            let lo = UInt64(UInt16(littleEndian: raw.loadUnaligned(as: UInt16.self)))
            let hi = UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: n - 2, as: UInt16.self)))
            return lo | hi << (8 * UInt64(n - 2))
        case 1: return UInt64(p[0])
        default: return 0
        }
    }

    /// Remembers `s`; false when the cache is full (the value is then looked up each time).
    @discardableResult
    func put(_ s: UnsafeBufferPointer<UInt8>, _ code: Int) -> Bool {
        let n = count.pointee
        guard n < Self.slots, bounds[n] + s.count <= Self.bytes else { return false }
        if let base = s.baseAddress { (keys + bounds[n]).update(from: base, count: s.count) }
        bounds[n + 1] = bounds[n] + s.count
        codes[n] = code
        words[n] = s.count <= 8 ? Self.word(s) : 0
        if s.count <= 8 {
            let p = Self.place(words[n], s.count)
            if places[p] == 0 { places[p] = UInt8(n + 1) }
        }
        count.pointee = n + 1
        return true
    }
}

/// The days of the ISO dates met (`YYYY-MM-DD`, ten bytes), in 2,048 slots chosen by
/// the month's and the day's digits: a plan's due dates repeat, and a hit is two loads
/// and a compare where a miss parses the digits and counts the days
/// (`CivilDate.isoDays`). Only dates that exist are kept, so an answer is always
/// `isoDays`'s.
final class DayCache {
    private static let slots = 2048
    private let heads = UnsafeMutablePointer<UInt64>.allocate(capacity: DayCache.slots)
    /// The last two bytes, with bit 16 set in a slot that is used.
    private let tails = UnsafeMutablePointer<UInt32>.allocate(capacity: DayCache.slots)
    private let values = UnsafeMutablePointer<Int32>.allocate(capacity: DayCache.slots)

    init() {
        heads.initialize(repeating: 0, count: Self.slots)
        tails.initialize(repeating: 0, count: Self.slots)
        values.initialize(repeating: 0, count: Self.slots)
    }

    deinit { heads.deallocate(); tails.deallocate(); values.deallocate() }

    /// `CivilDate.isoDays(s)`, remembered.
    @inline(__always)
    func days(_ s: UnsafeBufferPointer<UInt8>) -> Int? {
        guard s.count == 10, let p = s.baseAddress else { return nil }
        let raw = UnsafeRawPointer(p)
        let head = raw.loadUnaligned(as: UInt64.self)
        let tail = UInt32(raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)) | 0x1_0000
        // The slot from the month's and the day's digits as they stand (YYYY-MM-DD:
        // bytes 5, 6, 8 and 9), so that the dates of any twelve months have slots of
        // their own. A hash of all ten bytes put the benchmark's 168 dates in 135
        // slots, and one row in four missed.
        let month = (Int(truncatingIfNeeded: head >> 40) & 0x1) << 4 | (Int(truncatingIfNeeded: head >> 48) & 0xF)
        let slot = month << 6 | (Int(truncatingIfNeeded: tail) & 0x3) << 4 | (Int(truncatingIfNeeded: tail >> 8) & 0xF)
        if heads[slot] == head && tails[slot] == tail { return Int(values[slot]) }
        guard let d = CivilDate.isoDays(s) else { return nil }
        (heads[slot], tails[slot], values[slot]) = (head, tail, Int32(d))
        return d
    }
}

/// The codes of columns that stand side by side in a row (milestone and role, and
/// status, difficulty and kind, in wb's own order), found at once: keyed by the bytes
/// from the first one's start to the last one's end as they stand in the row, and by
/// each field's length (so the same bytes split another way, CSV against TSV, are
/// another key). A plan's rows repeat a few dozen such runs, so one look-up gives what
/// took one per column. Up to 24 bytes, unquoted and unescaped fields only; anything
/// else, or a run not met before, goes through the caches per column (`codes(_:)`).
final class RunCache {
    /// The fields' indexes in the row (adjacent, ascending) and, for each, its column
    /// in the packed value: 0 milestone, 1 role, 2 status, 3 kind, 4 difficulty.
    let first: Int, last: Int
    let columns: [Int]
    /// The columns it gives, as bits (1 << column).
    let mask: Int
    /// A slot: the key's three words, the fields' lengths (five bits each, plus one;
    /// 0: the slot is free) and the packed codes. Kept together, so that a look-up
    /// reads one or two cache lines; 512 of them, 20 KiB, each slot and its neighbour
    /// a place for a key (status × difficulty × kind is 120 ids in the benchmark's
    /// plan; a run found nowhere is looked up column by column). Twenty pages touched
    /// less at start than five arrays of 1,024 words.
    private struct Slot { var w0: UInt64, w1: UInt64, w2: UInt64, shape: Int, value: Int }
    private static let slots = 512
    private let table = UnsafeMutablePointer<Slot>.allocate(capacity: RunCache.slots)

    /// Bits a column's code takes in the packed value (`code << 1 | canonical`).
    static let width = 12

    init(first: Int, columns: [Int]) {
        (self.first, self.columns) = (first, columns)
        last = first + columns.count - 1
        mask = columns.reduce(0) { $0 | 1 << $1 }
        table.initialize(repeating: Slot(w0: 0, w1: 0, w2: 0, shape: 0, value: 0), count: Self.slots)
    }

    deinit { table.deallocate() }

    /// Where a row's run stands and its key; nil when the row cannot use the cache.
    @inline(__always)
    private func key(_ f: Record.Fields) -> (UInt64, UInt64, UInt64, Int)? {
        guard last < f.count, let raw = f.raw.baseAddress else { return nil }
        let sp = f.spans
        let start = sp[2 &* first] >> 2, n = sp[2 &* last &+ 1] &- start
        // Each field's length, five bits each (none is longer than the run's 24 bytes);
        // runs of two and three fields (wb's own order) written out.
        @inline(__always) func field(_ i: Int) -> (Int, Int) {
            let a = sp[2 &* i]
            return (a, sp[2 &* i &+ 1] &- (a >> 2))
        }
        var kinds: Int, shape: Int
        switch last &- first {
        case 1:
            let (a, x) = field(first), (b, y) = field(last)
            (kinds, shape) = (a | b, x << 5 | y)
        case 2:
            let (a, x) = field(first), (b, y) = field(first &+ 1), (c, z) = field(last)
            (kinds, shape) = (a | b | c, x << 10 | y << 5 | z)
        default:
            (kinds, shape) = (0, 0)
            var i = first
            while i <= last { let (a, x) = field(i); kinds |= a; shape = shape << 5 | x; i &+= 1 }
        }
        guard kinds & 3 == 0, n <= 24 else { return nil }
        let p = UnsafeRawPointer(raw + start)
        // Loads inside the bytes only: they may overlap, the lengths tell them apart.
        if n >= 8 {
            let a = p.loadUnaligned(as: UInt64.self), b = p.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
            // The third word from the middle, which covers what the first two leave out
            // of up to 24 bytes: loaded whatever the length, so that no branch guesses
            // whether the run is longer than 16 bytes (in the benchmark it is at random).
            return (a, b, p.loadUnaligned(fromByteOffset: (n &- 8) >> 1, as: UInt64.self), shape &+ 1)
        }
        var w: UInt64 = 0
        if n >= 4 {
            w = UInt64(p.loadUnaligned(as: UInt32.self)) | UInt64(p.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)) << 32
        } else if n > 0 {
            w = UInt64(p.load(as: UInt8.self)) | UInt64(p.load(fromByteOffset: n &- 1, as: UInt8.self)) << 8
                | UInt64(p.load(fromByteOffset: n >> 1, as: UInt8.self)) << 16
        }
        return (w, 0, 0, shape &+ 1)
    }

    @inline(__always)
    private static func slot(_ k: (UInt64, UInt64, UInt64, Int)) -> Int {
        let h = (k.0 &* 0x9E37_79B9_7F4A_7C15) ^ (k.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ k.2 ^ UInt64(truncatingIfNeeded: k.3)
        return Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 55)
    }

    @inline(__always)
    private func holds(_ s: Int, _ k: (UInt64, UInt64, UInt64, Int)) -> Bool {
        let t = table[s]
        // One test of all four words, not four branches that each may be guessed wrong.
        return (t.w0 ^ k.0) | (t.w1 ^ k.1) | (t.w2 ^ k.2) | UInt64(truncatingIfNeeded: t.shape ^ k.3) == 0
    }

    /// The packed codes of the row's run, or -1 when it is not in the cache.
    @inline(__always)
    func get(_ f: Record.Fields) -> Int {
        guard let k = key(f) else { return -1 }
        let s = Self.slot(k)
        // Both places read and the answer selected (a key lies in either).
        let here = holds(s, k), beside = holds(s ^ 1, k)
        let a = table[s].value, b = table[s ^ 1].value
        return here ? a : beside ? b : -1
    }

    /// Remembers the row's run as `value` (its columns' codes, packed): in its slot or
    /// the one beside it, whichever is free, or in place of its slot's.
    func put(_ f: Record.Fields, _ value: Int) {
        guard let k = key(f) else { return }
        var s = Self.slot(k)
        if table[s].shape != 0 && table[s ^ 1].shape == 0 { s ^= 1 }
        table[s] = Slot(w0: k.0, w1: k.1, w2: k.2, shape: k.3, value: value)
    }

    /// The caches for a table's columns: one for each run of two or more adjacent code
    /// columns (`indexes`, by column as in `columns`).
    static func runs(_ indexes: [Int?]) -> [RunCache] {
        let placed = indexes.enumerated().compactMap { c, i in i.map { ($0, c) } }.sorted { $0.0 < $1.0 }
        var out: [RunCache] = [], k = 0
        while k < placed.count {
            var e = k
            while e + 1 < placed.count && placed[e + 1].0 == placed[e].0 + 1 { e += 1 }
            if e > k { out.append(RunCache(first: placed[k].0, columns: placed[k...e].map(\.1))) }
            k = e + 1
        }
        return out
    }
}

extension TaskResolver {
    /// The state of the codes path: a cache per column and the milestones met so far.
    final class Codes {
        let milestone = CodeCache(), role = CodeCache(), status = CodeCache(), kind = CodeCache(), difficulty = CodeCache()
        let due = DayCache()
        var milestones: [Term] = []
        /// The runs of adjacent code columns (at most two of five columns).
        let runA: RunCache?, runB: RunCache?

        /// `indexes`: where milestone, role, status, kind and difficulty stand.
        init(_ indexes: [Int?]) {
            difficulty.put(UnsafeBufferPointer(start: nil, count: 0), 0)
            let runs = RunCache.runs(indexes)
            runA = runs.first
            runB = runs.count > 1 ? runs[1] : nil
        }
    }

    /// The milestone a code stands for.
    public func milestoneTerm(_ code: Int) -> Term { codeState.milestones[code] }

    /// How many milestone codes were given so far.
    public var milestoneCodeCount: Int { codeState.milestones.count }

    /// The code of a milestone term (its slot in the table, added when first met).
    private func milestoneCode(_ t: Term) -> Int {
        if let k = codeState.milestones.firstIndex(where: { $0 === t }) { return k }
        codeState.milestones.append(t)
        return codeState.milestones.count - 1
    }

    /// A resolved row's values as codes: for the rows `codes(_:)` leaves to the full
    /// resolver, so that a command decides on every row the same way.
    public func codes(of row: TaskRow) -> TaskCodes {
        func index(_ t: Term?, _ v: Vocabulary) -> Int { t.flatMap { t in v.terms.firstIndex { $0 === t } } ?? -1 }
        return TaskCodes(milestone: row.milestone.map(milestoneCode) ?? -1, role: index(row.role, roles),
                         status: index(row.status, Plan.statuses), kind: index(row.kind, Plan.kinds),
                         due: row.due?.days ?? Int.min, difficulty: row.difficulty ?? 0, canonical: row.canonicalValues)
    }

    /// A row's values as codes, or nil when the row has a problem or a value the fast
    /// path does not read (a due date not in ISO form): then `resolve` says what it is.
    /// Codes are `code << 1 | canonical` in the caches; -1 is a value with a problem.
    @inline(__always)
    public func codes(_ rec: Record) -> TaskCodes? {
        rec.withFields { codes($0) }
    }

    @inline(__always)
    func codes(_ fields: Record.Fields) -> TaskCodes? {
        let state = codeState
        // Adjacent columns first, each run at once. Codes are packed `RunCache.width`
        // bits a column.
        var have = 0, packed = 0
        if let run = state.runA { let v = run.get(fields); if v >= 0 { have = run.mask; packed = v } }
        if let run = state.runB { let v = run.get(fields); if v >= 0 { have |= run.mask; packed |= v } }
        // All five from the runs (wb's own column order, a run met before): most rows of
        // a plan, decided here; the rest column by column, out of line.
        guard have == 31 else { return codes(fields, have: have, packed: packed) }
        let w = RunCache.width, low = 1 << w - 1
        let m = packed & low, r = packed >> w & low, s = packed >> (2 * w) & low, k = packed >> (3 * w) & low
        let d = packed >> (4 * w) & low
        guard let (due, dueCanonical) = dueDays(fields[ix.due], state) else { return nil }
        let idsAsWritten = (m & r & s & k & 1) == 1
        return TaskCodes(milestone: m >> 1, role: r >> 1, status: s >> 1, kind: k >> 1, due: due, difficulty: d >> 1,
                         canonical: idsAsWritten && dueCanonical, canonicalButDue: idsAsWritten && !dueCanonical)
    }

    /// A row's due date as days (`Int.min` without one) and whether it is written in
    /// ISO form; nil for a date the codes path does not read.
    @inline(__always)
    private func dueDays(_ ds: UnsafeBufferPointer<UInt8>, _ state: Codes) -> (Int, Bool)? {
        if ds.isEmpty { return (Int.min, true) }
        if let d = state.due.days(ds) { return (d, true) }
        // 2026/7/31 as Japanese Excel saves a date, a typed 7/31 or 7月31日: read, and
        // the row not canonical (filter writes the ISO form); anything else, the full
        // resolver.
        guard let d = numericDays(ds) else { return nil }
        return (d, false)
    }

    /// `codes(_:)` for a row whose runs did not give every column (`have`, as bits of
    /// the columns; `packed`, their codes): the others from the caches per column, and
    /// the runs remembered whole.
    @inline(never)
    private func codes(_ fields: Record.Fields, have: Int, packed: Int) -> TaskCodes? {
        @inline(__always)
        func slice(_ i: Int?) -> UnsafeBufferPointer<UInt8> { fields[i] }
        let state = codeState
        @inline(__always)
        func code(_ cache: CodeCache, _ s: UnsafeBufferPointer<UInt8>, _ find: (String) -> Int?) -> Int {
            if let c = cache.get(s) { return c }
            let text = String(decoding: s, as: UTF8.self)
            let c = find(text.trimmed).map { $0 << 1 } ?? -1
            cache.put(s, c)
            return c
        }
        func canonicalBit(_ s: UnsafeBufferPointer<UInt8>, _ id: String) -> Int { s.elementsEqual(id.utf8) ? 1 : 0 }
        // A vocabulary's code, marked canonical when the text is exactly the term's id.
        // An empty status or kind is the first term (todo, task), nothing to rewrite.
        // The vocabulary (0 roles, 1 statuses, 2 kinds) is reached only for a value not
        // met before: the statuses and kinds are lazy globals, each use a call to check
        // they are made.
        @inline(__always)
        func term(_ cache: CodeCache, _ s: UnsafeBufferPointer<UInt8>, _ vocabulary: Int, emptyIsFirst: Bool) -> Int {
            if emptyIsFirst && s.isEmpty { return 1 }
            if let c = cache.get(s) { return c }
            let v = vocabulary == 0 ? roles : vocabulary == 1 ? Plan.statuses : Plan.kinds
            let text = String(decoding: s, as: UTF8.self).trimmed
            var c = -1
            if emptyIsFirst && text.isEmpty { c = 0 }
            else if let t = v.lookup(text), let k = v.terms.firstIndex(where: { $0 === t }) { c = k << 1 | canonicalBit(s, t.id) }
            cache.put(s, c)
            return c
        }

        let w = RunCache.width, low = 1 << w - 1
        var m: Int
        if have & 1 != 0 { m = packed & low } else {
            let ms = slice(ix.milestone)
            m = state.milestone.get(ms) ?? -2
            if m == -2 {
                if let t = milestone(String(decoding: ms, as: UTF8.self).trimmed) {
                    m = milestoneCode(t) << 1 | canonicalBit(ms, t.id)
                } else { m = -1 }
                state.milestone.put(ms, m)
            }
        }
        let r = have & 2 != 0 ? packed >> w & low : term(state.role, slice(ix.role), 0, emptyIsFirst: false)
        let s = have & 4 != 0 ? packed >> (2 * w) & low : term(state.status, slice(ix.status), 1, emptyIsFirst: true)
        let k = have & 8 != 0 ? packed >> (3 * w) & low : term(state.kind, slice(ix.kind), 2, emptyIsFirst: true)
        if m < 0 || r < 0 || s < 0 || k < 0 { return nil }
        guard let (due, dueCanonical) = dueDays(slice(ix.due), state) else { return nil }
        // An empty difficulty is in the cache from the start (as 0): no test on every
        // row whether it is empty, which rows answer at random.
        let d = have & 16 != 0 ? packed >> (4 * w) & low : code(state.difficulty, slice(ix.difficulty)) { text in
            Plan.difficulty(text)
        }
        if d < 0 { return nil }
        // A run found column by column is remembered whole (its codes all fit).
        if have != (state.runA?.mask ?? 0) | (state.runB?.mask ?? 0) {
            let all = [m, r, s, k, d]
            if all.allSatisfy({ $0 <= low }) {
                for run in [state.runA, state.runB] {
                    guard let run, have & run.mask == 0 else { continue }
                    run.put(fields, run.columns.reduce(0) { $0 | all[$1] << (w * $1) })
                }
            }
        }
        let idsAsWritten = (m & r & s & k & 1) == 1
        return TaskCodes(milestone: m >> 1, role: r >> 1, status: s >> 1, kind: k >> 1, due: due, difficulty: d >> 1,
                         canonical: idsAsWritten && dueCanonical, canonicalButDue: idsAsWritten && !dueCanonical)
    }

    /// A due date in a numeric form other than ISO, as the full reading gives it (nil
    /// for any other text): out of line, as rows with ISO dates never come here.
    @inline(never)
    func numericDays(_ s: UnsafeBufferPointer<UInt8>) -> Int? {
        (DateParser.numeric(s, dates) ?? DateParser.kanjiNumeric(s, dates))?.days
    }
}
