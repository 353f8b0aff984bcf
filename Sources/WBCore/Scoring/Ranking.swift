// Ranking the rows of a score table (invention ranking, question impact): ranks
// within groups, ties sharing a rank, and the Pareto front of impact and difficulty.

/// A ranked table's row as written back, its rank, and its group's `--sort` key.
typealias RankedRow = (rec: [String], rank: Int, group: String)

/// A group's `--sort` key: groups in order of first appearance.
func groupKey(_ g: Int) -> String {
    let s = String(g)
    return String(repeating: "0", count: max(0, 10 - s.count)) + s
}

/// The rows of each group, by group number, in row order.
private func members(_ groups: [Int]) -> [Int: [Int]] {
    var out: [Int: [Int]] = [:]
    for (i, g) in groups.enumerated() { out[g, default: []].append(i) }
    return out
}

/// Ranks within each group (`ranks` over each group's scores).
func ranks(_ scores: [Double], groups: [Int]) -> [Int] {
    var out = [Int](repeating: 0, count: scores.count)
    for (_, idx) in members(groups) {
        let r = ranks(idx.map { scores[$0] })
        for (k, i) in idx.enumerated() { out[i] = r[k] }
    }
    return out
}

/// The Pareto front within each group (`paretoFront` over each group's items).
func paretoFront(impact: [Double], difficulty: [Int], groups: [Int]) -> [Bool] {
    var out = [Bool](repeating: false, count: impact.count)
    for (_, idx) in members(groups) {
        let f = paretoFront(impact: idx.map { impact[$0] }, difficulty: idx.map { difficulty[$0] })
        for (k, i) in idx.enumerated() { out[i] = f[k] }
    }
    return out
}

/// 1-based ranks by a score, highest first; ties share the lower rank (1, 2, 2, 4).
/// O(n log n): a score's rank is one more than the number of scores above it, found
/// by binary search in the sorted scores. (A NaN is above nothing and ranks 1.)
func ranks(_ scores: [Double]) -> [Int] {
    let sorted = scores.filter { !$0.isNaN }.sorted(by: >)
    return scores.map { s in
        if s.isNaN { return 1 }
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] > s { lo = mid + 1 } else { hi = mid }
        }
        return 1 + lo
    }
}

/// The Pareto front of (impact: higher is better, difficulty: lower is better): true
/// where no other item is at least as good in both and better in one. O(n log n): by
/// difficulty, the best impact among easier items and the best among equally hard ones.
func paretoFront(impact: [Double], difficulty: [Int]) -> [Bool] {
    let order = impact.indices.sorted { (difficulty[$0], -impact[$0]) < (difficulty[$1], -impact[$1]) }
    var front = [Bool](repeating: false, count: impact.count)
    var bestEasier = -Double.infinity
    var k = 0
    while k < order.count {
        let d = difficulty[order[k]]
        var end = k
        while end < order.count && difficulty[order[end]] == d { end += 1 }
        let bestHere = impact[order[k]]
        for idx in order[k..<end] {
            front[idx] = !(bestEasier >= impact[idx]) && !(bestHere > impact[idx])
        }
        bestEasier = max(bestEasier, bestHere)
        k = end
    }
    return front
}
