import Foundation
import Testing

/// check writes the findings whose messages repeat (the same due date, difficulty or
/// missing columns) from encoded fields it keeps by key: every row must still say
/// what a row written on its own says. The messages are made here from the rule's
/// wording, not by wb.
struct CheckMessagesTests {
    /// 300 tasks whose due dates, difficulties, statuses and owners repeat in
    /// different cycles, so that equal messages meet on many rows and in every order.
    static func plan() -> String {
        var s = "id,milestone,role,todo,owner,due,status,difficulty,kind,depends_on,done_when\n"
        for i in 1...300 {
            let owner = i % 5 == 0 ? "" : "o\(i % 7)"
            let due = String(format: "2026-07-%02d", 1 + i % 20)
            let status = i % 3 == 0 ? "done" : "todo"
            let difficulty = [1, 3, 8, 10][i % 4]
            s += "T\(i),M\(1 + i % 4),\(["pm", "dev", "ds"][i % 3]),todo \(i),\(owner),\(due),\(status),\(difficulty),task,,d\(i)\n"
        }
        return s
    }

    /// The rows (after the header) each task should have, in the order they are written.
    static func expected() -> [[String]] {
        var rows: [[String]] = []
        for i in 1...300 {
            let line = String(i + 1), id = "T\(i)", day = 1 + i % 20
            if [1, 3, 8, 10][i % 4] >= 8 {
                rows.append(["warning", line, id, "validation-missing",
                             "difficulty \([1, 3, 8, 10][i % 4]) needs a technical validation (技術検証) task in depends_on"])
            }
            if i % 3 != 0 {
                // 2026-07-DD to 2026-09-01: the rest of July, then August, then a day.
                let ago = 31 - day + 31 + 1
                rows.append(["warning", line, id, "overdue",
                             "due " + String(format: "2026-07-%02d", day) + ", \(ago) days ago, and not done"])
            }
            if i % 5 == 0 && (1 + i % 4) <= 2 {
                rows.append(["info", line, id, "untracked",
                             "no owner: a task worth tracking has an owner, a due date and a done condition"])
            }
        }
        rows.append(["warning", "", "", "approval-missing",
                     "no approval (稟議) task: plan the request to executives for the time and money of market validation"])
        return rows
    }

    /// A CSV or TSV text's records (quotes and TSV escapes undone).
    static func records(_ text: String, tsv: Bool) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var it = Array(text).makeIterator()
        while let c = it.next() {
            if tsv {
                if c == "\\", let n = it.next() { field.append(n == "t" ? "\t" : n == "n" ? "\n" : n == "r" ? "\r" : n) }
                else if c == "\t" { row.append(field); field = "" }
                else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
                else { field.append(c) }
                continue
            }
            if quoted {
                if c == "\"" { quoted = false } else { field.append(c) }
            } else if c == "\"" {
                if field.last == "\"" || !field.isEmpty { field.append("\"") }
                quoted = true
            } else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        return rows
    }

    @Test(arguments: ["csv", "tsv"])
    func repeatedMessagesAreWrittenAsEachRowAlone(_ format: String) throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.plan().write(to: dir.appendingPathComponent("plan.csv"), atomically: true, encoding: .utf8)
        let r = try Harness.sh("wb-tasks check --today 2026-09-01 --to \(format) plan.csv", in: dir)
        #expect(r.status == 0, "\(r.err)")
        let rows = Self.records(r.out, tsv: format == "tsv")
        #expect(rows.first == ["severity", "line", "id", "rule", "message"])
        let body = Array(rows.dropFirst())
        let want = Self.expected()
        #expect(body.count == want.count)
        for (k, (got, w)) in zip(body, want).enumerated() where got != w {
            Issue.record("row \(k + 2): \(got) != \(w)")
            break
        }
        // In CSV, each overdue message (with its commas) is quoted, as a field alone would be.
        if format == "csv" {
            #expect(r.out.contains(",T1,overdue,\"due 2026-07-02, 61 days ago, and not done\"\n"))
        }
    }
}
