import Foundation
import Testing

/// Nothing grows worse than linearly: every command runs on tables of 10,000 and
/// 100,000 rows (tasks, milestones with repeated ids, testers, market scenarios,
/// questions, inventions; `scaling/scaling.py`), and the CPU time of the large run
/// must stay within 30 times the small one's (linear is about 10, quadratic about
/// 100). No wall-clock assertion; the 100,000-row run also has a generous ceiling.
struct ScalingTests {
    @Test func everyCommandIsLinearUpTo100000Rows() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = Harness.root.appendingPathComponent("Tests/EndToEndTests/scaling/scaling.py").path
        let r = try Harness.sh("python3 '\(script)' 10000", in: dir, env: ["WB_ROOT": Harness.root.path])
        #expect(r.status == 0, "\(r.err)")
        let rows = r.out.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.count >= 23, "\(r.out)\(r.err)")
        for row in rows where row.count == 6 {
            let (name, big, ratio) = (row[0], Double(row[2]) ?? .infinity, Double(row[3]) ?? .infinity)
            #expect(ratio < 30, "\(name): 10x the rows took \(ratio)x the CPU time (\(row[1]) s -> \(row[2]) s): worse than linear")
            #expect(big < 300, "\(name): \(big) s of CPU at 100,000 rows")
            // Commands exit 0 or 1 (a check that finds problems), never a usage or data error.
            #expect(["0", "1"].contains(row[4]) && ["0", "1"].contains(row[5]), "\(name) exited \(row[4]) / \(row[5])")
        }
    }
}
