/// Task ids: the next free one after those in use (`T12` → `T13`, `007` → `008`).
/// Allocates new task ids in the plan's own style: the most used prefix, the next
/// number after its highest, zero-padded like the others (`T12`, `007`). Built once
/// from the ids, then each `next()` is O(1): a grid of 100,000 new lines is linear.
/// The ids are read as UTF-8 bytes (their trailing ASCII digits, the prefix before
/// them), one dictionary look-up per change of prefix: `add` on a plan of a million
/// tasks reads them all.
public struct TaskIDs {
    private var prefix = "T"
    private var k = 1
    private var width = 0
    /// The ids in use that a candidate (the prefix and digits) could still equal, as
    /// their number and count of digits (`T007` and `T7` are two ids): found after the
    /// prefix is chosen, and only those numbered from the first candidate on (the
    /// candidates only go up), which leaves out every id of the chosen style.
    private var used = Set<Int>()

    /// `used`: ids taken elsewhere in the file (another team's), never handed out.
    public init(_ ids: [String], used others: [String] = []) {
        struct Stats { var count = 0, maxN = 0, width = 0 }
        var stats: [Stats] = []
        var index: [String: Int] = [:]
        var names: [String] = []
        // The last prefix's bytes and slot: plans number their ids under one prefix.
        var last: [UInt8] = [], lastSlot = -1
        for var id in ids {
            id.withUTF8 { b in
                guard let (p, n, digits) = Self.split(b) else { return }
                let prefix = UnsafeBufferPointer(rebasing: b[..<p])
                var slot = lastSlot
                if slot < 0 || !prefix.elementsEqual(last) {
                    let name = String(decoding: prefix, as: UTF8.self)
                    if let s = index[name] { slot = s } else {
                        slot = stats.count
                        index[name] = slot
                        names.append(name)
                        stats.append(Stats())
                    }
                    last = Array(prefix)
                    lastSlot = slot
                }
                stats[slot].count += 1
                stats[slot].maxN = max(stats[slot].maxN, n)
                stats[slot].width = max(stats[slot].width, digits)
            }
        }
        // The most used prefix; among equals, the first seen (none numbered: T1 on).
        if var best = stats.indices.first {
            for s in stats.indices.dropFirst() where stats[s].count > stats[best].count { best = s }
            prefix = names[best]
            k = stats[best].maxN + 1
            width = stats[best].width
        }
        let p = Array(prefix.utf8)
        for list in [ids, others] {
            for var id in list {
                id.withUTF8 { b in
                    guard let (at, n, digits) = Self.split(b), n >= k, at == p.count, b[..<at].elementsEqual(p) else { return }
                    used.insert(Self.key(n, digits))
                }
            }
        }
    }

    /// Where an id's trailing ASCII digits start, their number and how many there
    /// are; nil without any, or with more than 15.
    private static func split(_ b: UnsafeBufferPointer<UInt8>) -> (at: Int, number: Int, digits: Int)? {
        var at = b.count
        while at > 0 && b[at - 1] >= 0x30 && b[at - 1] <= 0x39 { at -= 1 }
        let digits = b.count - at
        guard digits > 0, digits <= 15 else { return nil }
        var n = 0
        for i in at..<b.count { n = n * 10 + Int(b[i] - 0x30) }
        return (at, n, digits)
    }

    private static func key(_ n: Int, _ digits: Int) -> Int { n << 4 | digits }

    /// The number `n` written as the plan's ids write theirs (padded to their width).
    private func digits(_ n: Int) -> String {
        let s = String(n)
        return width > 1 && s.count < width ? String(repeating: "0", count: width - s.count) + s : s
    }

    public mutating func next() -> String {
        var d = digits(k)
        while used.contains(Self.key(k, d.count)) { k += 1; d = digits(k) }
        used.insert(Self.key(k, d.count))
        k += 1
        return prefix + d
    }

    public static func next(after ids: [String]) -> String {
        var a = TaskIDs(ids)
        return a.next()
    }
}
