import Foundation
import Testing

/// `matrix` writes a cell of 64 KiB or more from where it stands, straight to its
/// output (not through the row or the held-back buffer): to a file, a pipe and `-o`
/// alike, and a grid of such cells merges back into the very same tasks.
struct LargeGridTests {
    /// 40,000 tasks over 4 milestones × 3 roles (cells of about 120 KB), Todos with
    /// commas, quotes and line breaks now and then, and a small ux cell of Todos that
    /// start with an apostrophe.
    static func tasks() -> String {
        var out = "id,milestone,role,todo,status\n"
        let words = ["推薦 API", "稟議", "PoC", "market sizing", "モック"]
        for i in 1...40_000 {
            var todo = "\(words[i % 5]) \(words[(i / 5) % 5]) \(i)"
            if i % 7 == 0 { todo += ", then review" }
            if i % 11 == 0 { todo += " \"詳細\"" }
            if i % 13 == 0 { todo += "\n続き \(i)" }
            let role = i % 1_000 == 0 ? "ux" : ["pm", "dev", "ds"][i % 3]
            if role == "ux" { todo = "'" + todo }
            let quoted = todo.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            let field = quoted ? "\"" + todo.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : todo
            out += "T\(i),M\(1 + i % 4),\(role),\(field),todo\n"
        }
        return out
    }

    @Test func largeCellsGoOutWholeToAFileAPipeAndOutputAndMergeBack() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.tasks().write(to: dir.appendingPathComponent("tasks.csv"), atomically: true, encoding: .utf8)
        let run = try Harness.sh("""
            wb-tasks matrix --ids tasks.csv > grid.csv &&
            wb-tasks matrix --ids tasks.csv | cat > grid-pipe.csv &&
            wb-tasks matrix --ids tasks.csv -o grid-o.csv &&
            cmp grid.csv grid-pipe.csv && cmp grid.csv grid-o.csv &&
            wb-tasks unmatrix --base tasks.csv grid.csv | cmp - tasks.csv
            """, in: dir)
        #expect(run.status == 0, "\(run.out)\(run.err)")
        let grid = try Data(contentsOf: dir.appendingPathComponent("grid.csv"))
        // Large enough for the direct path: 12 cells of about 120 KB.
        #expect(grid.count > 1_000_000)
        // Every Todo is in the grid once, its quotes doubled inside a quoted cell.
        let text = String(decoding: grid, as: UTF8.self)
        #expect(text.components(separatedBy: "\n[T").count - 1 + text.components(separatedBy: "\"[T").count - 1 == 40_000)
        #expect(text.contains("\n[T22] PoC モック 22 \"\"詳細\"\"\n"))
        #expect(text.contains("\"[T1000] '推薦 API 推薦 API 1000\n"))
    }
}
