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
            // Untracked: open tasks only (every third task is done).
            if i % 5 == 0 && (1 + i % 4) <= 2 && i % 3 != 0 {
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

    /// A plan where every rule fires, several on one line: empty Todos, repeated and
    /// case-folded ids, requests without a target, kinds from words, hard tasks with
    /// and without (late) validations, dangling dependencies, cycles, approvals, due
    /// dates after their milestone, overdue and untracked tasks. Seeded.
    static func everyRulePlan(rows: Int, team: String?) -> String {
        var state: UInt64 = 20261130
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var s = (team == nil ? "" : "team,") + "id,milestone,role,todo,owner,due,status,difficulty,kind,depends_on,done_when\n"
        for i in 1...rows {
            let id = next(40) == 0 ? "T\(max(1, i - 1 - next(5)))" : next(60) == 0 ? "t\(i)" : "T\(i)"
            let todo = next(25) == 0 ? "" : ["write the spec", "稟議を申請する", "依頼: data from sales", "PoC of the model", "review, then ship"][next(5)]
            let kind = next(3) == 0 ? "" : ["task", "request", "validation", "approval"][next(4)]
            let deps = next(3) == 0 ? "" : next(10) == 0 ? "X\(next(9))" : "T\(max(1, i + next(7) - 5))"
            // Approvals are due after M2 (2026-09-15) and overdue: the approval's own
            // finding (added between the rules' two passes) shares its line.
            let approval = kind == "approval" || (kind.isEmpty && todo.hasPrefix("稟議"))
            let due = approval ? "2026-09-\(20 + next(8))"
                : next(12) == 0 ? "" : String(format: "2026-%02d-%02d", 7 + next(6), 1 + next(28))
            let status = approval ? "todo" : ["todo", "doing", "done"][next(3)]
            let owner = next(6) == 0 ? "" : "o"
            let done = next(7) == 0 ? "" : "d"
            s += (team.map { $0 + "," } ?? "") + "\(id),M\(1 + next(4)),\(["pm", "dev", "ds", "sales"][next(4)]),"
            s += (todo.contains(",") ? "\"\(todo)\"" : todo) + ",\(owner),\(due),\(status),"
            s += "\([1, 3, 8, 10][next(4)]),\(kind),\(deps),\(done)\n"
        }
        return s
    }

    /// A plan of one team has its one-task rules applied while the findings are
    /// written; the same plan with a team column (one team) has them stored and
    /// sorted with the rest. Both must write the same rows in the same order.
    @Test(arguments: ["csv", "tsv"])
    func rulesAppliedWhileWritingKeepTheStoredOrder(_ format: String) throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.everyRulePlan(rows: 3000, team: nil).write(to: dir.appendingPathComponent("plan.csv"), atomically: true, encoding: .utf8)
        try Self.everyRulePlan(rows: 3000, team: "north").write(to: dir.appendingPathComponent("team.csv"), atomically: true, encoding: .utf8)
        let args = "--today 2026-10-01 --milestones share/wb/sample-milestones.csv --to \(format)"
        let one = try Harness.sh("wb-tasks check \(args) plan.csv", in: dir)
        let teams = try Harness.sh("wb-tasks check \(args) team.csv", in: dir)
        #expect(one.status == 1 && teams.status == 1, "\(one.err) \(teams.err)")
        let a = Self.records(one.out, tsv: format == "tsv")
        let b = Self.records(teams.out, tsv: format == "tsv").map { Array($0.dropFirst()) }
        #expect(a.count == b.count && a.count > 3000)
        for (k, (x, y)) in zip(a, b).enumerated() where x != y {
            Issue.record("row \(k + 1): \(x) != \(y)")
            break
        }
        // Every rule of a task is in it, several findings on one line among them.
        let rules = Set(a.dropFirst().map { $0[3] })
        for rule in ["empty-todo", "duplicate-id", "id-case", "dangling-dependency", "dependency-cycle",
                     "due-after-milestone", "request-target", "kind-from-words", "validation-missing",
                     "validation-late", "dependency-late", "overdue", "untracked", "approval-late"] {
            #expect(rules.contains(rule), "no \(rule)")
        }
        let perLine = Dictionary(grouping: a.dropFirst(), by: { $0[1] }).values.map(\.count).max() ?? 0
        #expect(perLine >= 4)
        #expect(one.err == teams.err)
    }

    /// One hard task that depends on 60 late validations and 20 names that are no
    /// task: 80 findings on its line (more than the few sorted by insertion), the
    /// same as one team and with a team column.
    @Test func aTaskWithManyFindingsKeepsTheStoredOrder() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for team in [nil, "north"] as [String?] {
            var s = (team == nil ? "" : "team,") + "id,milestone,role,todo,owner,due,status,difficulty,kind,depends_on,done_when\n"
            let cell = team.map { $0 + "," } ?? ""
            for i in 1...60 { s += cell + "T\(i),M1,dev,validate \(i),o,2026-12-\(10 + i % 18),todo,3,validation,,d\n" }
            let deps = ((1...60).map { "T\($0)" } + (1...20).map { "X\($0)" }).joined(separator: " ")
            s += cell + "T61,M1,pm,\"hard, late\",,2026-08-01,todo,10,task,\(deps),d\n"
            try s.write(to: dir.appendingPathComponent(team == nil ? "plan.csv" : "team.csv"), atomically: true, encoding: .utf8)
        }
        let one = try Harness.sh("wb-tasks check --today 2026-10-01 plan.csv", in: dir)
        let teams = try Harness.sh("wb-tasks check --today 2026-10-01 team.csv", in: dir)
        let a = Self.records(one.out, tsv: false)
        let b = Self.records(teams.out, tsv: false).map { Array($0.dropFirst()) }
        #expect(a == b)
        let line62 = a.filter { $0.count > 1 && $0[1] == "62" }
        #expect(line62.count >= 82, "\(line62.count)")
        #expect(line62.first?[3] == "dangling-dependency" && line62.last?[3] == "untracked")
    }

    /// An id holding what a depends_on list or set's ids read between two ids is a
    /// warning naming the character and who cannot name it; a numbered plan whose
    /// prefix holds one has every id said; plain ids, none; the rule can be turned off.
    @Test func idsThatCannotBeNamedAreWarned() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = "id,milestone,role,todo,depends_on\n\"A,1\",M1,pm,a,\nB,M1,dev,b,\"A,1\"\nC 2,M1,ds,c,\nD，3,M2,pm,d,\nE、4,M2,dev,e,\nF;5,M2,ds,f,\n"
        try plan.write(to: dir.appendingPathComponent("plan.csv"), atomically: true, encoding: .utf8)
        let r = try Harness.sh("wb-tasks check plan.csv", in: dir)
        let found = Self.records(r.out, tsv: false).filter { $0.count > 3 && $0[3] == "id-separator" }
        #expect(found.map { [$0[0], $0[1], $0[2]] } == [["warning", "2", "A,1"], ["warning", "4", "C 2"], ["warning", "5", "D，3"],
                                                         ["warning", "6", "E、4"], ["warning", "7", "F;5"]])
        let both = "which separates the ids of depends_on and of set: no task can depend on it and set cannot name it"
        let dependencies = "which separates the ids of depends_on: no task can depend on it"
        #expect(found.map { $0[4] } == ["id A,1 holds ',', " + both, "id C 2 holds ' ', " + dependencies,
                                        "id D，3 holds '，', which separates the ids given to set: set cannot name it",
                                        "id E、4 holds '、', " + both, "id F;5 holds ';', " + dependencies])
        // The dependency on "A,1" reads as A and 1, neither a task.
        #expect(r.out.contains("depends on 'A', which is not a task id in the plan"))
        let ja = try Harness.sh("wb-tasks check --lang ja plan.csv", in: dir)
        #expect(ja.out.contains("警告,2,\"A,1\",id-separator,\"id A,1 に「,」が含まれています。depends_on と set では id の区切りになるため、このタスクには依存できず、set でも指定できません\""))
        let off = try Harness.sh("wb-tasks check --rules -id-separator plan.csv", in: dir)
        #expect(!off.out.contains("id-separator") && off.out.contains("dangling-dependency"))
        // Numbered ids: said for every id when the prefix holds a separator, else none.
        try "id,milestone,role,todo\nT 1,M1,pm,a\nT 2,M1,dev,b\n".write(to: dir.appendingPathComponent("n.csv"), atomically: true, encoding: .utf8)
        try "id,milestone,role,todo\nT1,M1,pm,a\nT2,M1,dev,b\nx-3,M1,ds,c\n".write(to: dir.appendingPathComponent("p.csv"), atomically: true, encoding: .utf8)
        let numbered = try Harness.sh("wb-tasks check n.csv", in: dir)
        #expect(Self.records(numbered.out, tsv: false).filter { $0.count > 3 && $0[3] == "id-separator" }.map { $0[2] } == ["T 1", "T 2"])
        let plain = try Harness.sh("wb-tasks check p.csv", in: dir)
        #expect(plain.status == 0 && !plain.out.contains("id-separator"), "\(plain.out)")
        // set, given such an id in quotes, says why it finds no task; the file is kept.
        let before = try Data(contentsOf: dir.appendingPathComponent("plan.csv"))
        let set = try Harness.sh("wb-tasks set '\"A,1\"' --status done -i plan.csv", in: dir)
        #expect(set.status == 65 && set.err == "wb-tasks: plan.csv: error: no task with id \"A, 1\" in the table: set reads each comma (, 、 ，) between two ids, in quotes too, so an id that holds one cannot be named (check warns of such ids: id-separator)\n")
        #expect(try Data(contentsOf: dir.appendingPathComponent("plan.csv")) == before)
        let typo = try Harness.sh("wb-tasks set B9 --status done -i plan.csv", in: dir)
        #expect(typo.status == 65 && !typo.err.contains("in quotes too"))
    }
}
