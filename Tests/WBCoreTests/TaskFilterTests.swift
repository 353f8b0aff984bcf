import Testing
@testable import WBCore

struct TaskFilterTests {
    /// The rows of a small random plan, resolved, with their records.
    static func plan(_ rng: inout RoundTripProperties.RNG, rows: Int) throws -> ([TaskRow], TaskResolver, TaskSchema) {
        let milestones = ["M1", "2", "③", "ファンの獲得", "M4"], roles = ["pm", "dev", "開発者", "ds", "sales"]
        let statuses = ["", "todo", "進行中", "done", "完了", "blocked"], kinds = ["", "task", "request", "approval"]
        let owners = ["佐藤", " 佐藤 ", "Lee", "", "Ｌｅｅ"], todos = ["PoC を作る", "Ｐｏｃ review", "稟議", "interview"]
        var text = "id,milestone,role,todo,owner,due,status,kind\n"
        for n in 0..<rows {
            let due = n % 4 == 0 ? "" : "2026-07-\(10 + Int.random(in: 0..<20, using: &rng))"
            text += ["T\(n)", milestones.randomElement(using: &rng)!, roles.randomElement(using: &rng)!,
                     todos.randomElement(using: &rng)!, "\"\(owners.randomElement(using: &rng)!)\"", due,
                     statuses.randomElement(using: &rng)!, kinds.randomElement(using: &rng)!].joined(separator: ",") + "\n"
        }
        let reader = try TableReader(source: ByteSource(name: "t.csv", bytes: Array(text.utf8)), options: ReadOptions(format: .csv))
        let schema = try TaskSchema(header: try reader.header(), file: "t.csv")
        let resolver = TaskResolver(schema: schema, file: "t.csv", dates: DateContext(year: 2026))
        var out: [TaskRow] = []
        var rec = Record()
        while try reader.next(into: &rec) { out.append(try resolver.resolveStrict(rec)) }
        return (out, resolver, schema)
    }

    /// The filter on codes keeps exactly the rows that a plain reading of each
    /// condition on the resolved row keeps: random plans, random conditions (lists,
    /// negated with `!` or `以外`, dates, overdue, text), every row asked through the
    /// codes the streaming command uses.
    @Test func keepsWhatEachConditionSaysOnResolvedRows() throws {
        var rng = RoundTripProperties.RNG(state: 15)
        let choices: [TaskFilter.Field: [String]] = [
            .milestone: ["M1", "2,M4", "ファンの獲得"], .role: ["pm", "dev,ds", "データサイエンティスト"],
            .status: ["todo", "done,blocked", "未着手"], .owner: ["佐藤", "Lee,佐藤"], .kind: ["task", "request,approval"],
        ]
        var kept = 0, total = 0
        for round in 0..<60 {
            let (rows, resolver, schema) = try Self.plan(&rng, rows: 80)
            var c = TaskFilter.Conditions()
            var wanted: [TaskFilter.Field: (Set<String>, Bool)] = [:]
            for f in TaskFilter.Field.allCases where Bool.random(using: &rng) && (round % 5 != 0) {
                let written = choices[f]!.randomElement(using: &rng)!
                let form = Int.random(in: 0..<3, using: &rng)
                c.lists[f] = [form == 0 ? written : form == 1 ? "!" + written : written + "以外"]
                let names = written.split(separator: ",").map(String.init)
                let ids: Set<String> = Set(names.map { s in
                    switch f {
                    case .milestone: resolver.milestone(s)!.id
                    case .role: resolver.roles.lookup(s)!.id
                    case .status: Plan.statuses.lookup(s)!.id
                    case .kind: Plan.kinds.lookup(s)!.id
                    // An owner as OwnerName compares it (Lee is Ｌｅｅ; its own test says so).
                    case .owner: OwnerName.key(s)
                    }
                })
                wanted[f] = (ids, form != 0)
            }
            if Bool.random(using: &rng) { c.dueBefore = CivilDate(2026, 7, 20) }
            if Bool.random(using: &rng) { c.dueAfter = CivilDate(2026, 7, 14) }
            c.overdue = round % 3 == 0
            c.today = CivilDate(2026, 7, 25)!
            if round % 4 == 1 { c.contains = "poc" }
            let filter = try TaskFilter(c, resolver: resolver, schema: schema)
            for t in rows {
                func meets(_ f: TaskFilter.Field, _ value: String?) -> Bool {
                    guard let (ids, not) = wanted[f] else { return true }
                    return ids.contains(value ?? "") != not
                }
                var expected = meets(.milestone, t.milestone?.id) && meets(.role, t.role?.id) && meets(.status, t.status.id)
                    && meets(.kind, t.kind.id) && meets(.owner, OwnerName.key(t.owner))
                if let b = c.dueBefore { expected = expected && t.due.map { $0 < b } == true }
                if let a = c.dueAfter { expected = expected && t.due.map { $0 > a } == true }
                if c.overdue { expected = expected && t.due.map { $0 < c.today } == true && t.status.id != "done" }
                if c.contains != nil { expected = expected && t.todo.foldingWidth.lowercased().contains("poc") }
                let codes = resolver.codes(t.record) ?? resolver.codes(of: t)
                #expect(filter.keeps(codes, t.record) == expected, "round \(round), line \(t.line)")
                kept += expected ? 1 : 0
                total += 1
            }
        }
        // Enough rows kept and left for the comparison to say something.
        #expect(kept > total / 20 && kept < total / 2)
    }

    /// A due date Japanese Excel saves (2026/7/15) or a person types (7/15, 2026.7.15)
    /// is read by the codes path as the full resolver reads it, and the row is then
    /// canonical but for its date: written with the date in ISO form, it is what filter
    /// wrote from the resolved row. Other forms still go to the full resolver.
    @Test func numericDueDatesTakeTheCodesPath() throws {
        var rng = RoundTripProperties.RNG(state: 7)
        let forms = ["2026-07-15", "2026/7/15", "7/15", "2026.07.15", "2026-7-5", " 2026/7/15", "7月15日", "2026/7/32", "13/1", "",
                     "2027/2/29", "1/5", "2026年7月15日", "7月32日"]
        let statuses = ["", "todo", "done", "完了"], milestones = ["M1", "2"]
        var text = "id,milestone,role,todo,due,status,notes\n"
        for n in 0..<400 {
            text += "T\(n),\(milestones.randomElement(using: &rng)!),pm,\"a, b\",\(forms.randomElement(using: &rng)!),\(statuses.randomElement(using: &rng)!),x\n"
        }
        let reader = try TableReader(source: ByteSource(name: "t.csv", bytes: Array(text.utf8)), options: ReadOptions(format: .csv))
        let schema = try TaskSchema(header: try reader.header(), file: "t.csv")
        let resolver = TaskResolver(schema: schema, file: "t.csv", dates: DateContext(anchor: CivilDate(2026, 7, 1)))
        var rec = Record(), fast = 0, butDue = 0
        while try reader.next(into: &rec) {
            let (row, problems) = resolver.resolve(rec)
            guard let c = resolver.codes(rec) else { continue }
            fast += 1
            #expect(problems.isEmpty, "line \(rec.line)")
            let full = resolver.codes(of: row)
            #expect((c.milestone, c.role, c.status, c.kind, c.due, c.difficulty) == (full.milestone, full.role, full.status, full.kind, full.due, full.difficulty),
                    "line \(rec.line)")
            #expect(c.canonical == full.canonical && (c.canonicalButDue ? !c.canonical : true), "line \(rec.line)")
            guard c.canonicalButDue else { continue }
            butDue += 1
            let a = Output.memory(), b = Output.memory()
            var iso = CivilDate(days: c.due).iso
            iso.withUTF8 { TableWriter(a, WriteOptions(format: .csv)).write(rec, replacing: schema[.due]!, with: $0) }
            TableWriter(b, WriteOptions(format: .csv)).write(TasksIO.canonical(row, schema: schema, labels: nil))
            #expect(a.captured == b.captured, "line \(rec.line): \(a.capturedString) against \(b.capturedString)")
        }
        // Most rows take the codes path, many of them canonical but for the date.
        #expect(fast > 200 && butDue > 40, "\(fast) by codes, \(butDue) but the date")
    }

    /// How a list is written: commas (also 、 and ，), spaces, `!`/`！` before it or `以外` after it;
    /// an empty list and an unknown word are refused naming the option.
    @Test func listsAsWritten() throws {
        let (l, notL) = try TaskFilter.list(["pm, dev", "ds"], .role)
        #expect(l == ["pm", "dev", "ds"] && !notL)
        let (j, notJ) = try TaskFilter.list(["pm、dev，ds"], .role)
        #expect(j == ["pm", "dev", "ds"] && !notJ)
        let (a, notA) = try TaskFilter.list(["! done"], .status)
        #expect(a == ["done"] && notA)
        let (b, notB) = try TaskFilter.list(["！完了,停滞"], .status)
        #expect(b == ["完了", "停滞"] && notB)
        let (e, notE) = try TaskFilter.list(["完了,停滞以外"], .status)
        #expect(e == ["完了", "停滞"] && notE)
        // Every status but done, said in a word: 未完了, not done.
        for word in ["未完了", "not done", "Unfinished", "未了"] {
            let (w, notW) = try TaskFilter.list([word], .status)
            #expect(w == ["done"] && notW, "\(word)")
        }
        // Only for the status, and only alone.
        #expect(try TaskFilter.list(["未完了"], .role) == (["未完了"], false))
        for empty in ["", " , ", "!", "以外"] {
            #expect(throws: WBError.self) { try TaskFilter.list([empty], .status) }
        }
        var rng = RoundTripProperties.RNG(state: 1)
        let (_, resolver, schema) = try Self.plan(&rng, rows: 1)
        var c = TaskFilter.Conditions()
        c.lists[.status] = ["todo,finito"]
        do {
            _ = try TaskFilter(c, resolver: resolver, schema: schema)
            Issue.record("an unknown status was accepted")
        } catch let e as WBError {
            #expect(e.message.contains("--status") && e.message.contains("finito"))
        }
        c = TaskFilter.Conditions()
        c.contains = " "
        #expect(throws: WBError.self) { try TaskFilter(c, resolver: resolver, schema: schema) }
    }
}

/// What `add` and `set` warn of in `--depends-on` before `check` would.
struct DependencyProblemTests {
    @Test func selfUnknownAndRoles() {
        let ids: Set<String> = ["T1", "T2", "T10"]
        let p = TaskRow.dependencyProblems(in: "T1、Ｔ２ T3;dev, 開発者,T10", tasks: ["T10"], ids: ids, roles: Plan.roles)
        #expect(p == [.unknown("T3"), .itself("T10")])
        #expect(TaskRow.dependencyProblems(in: "", tasks: ["T1"], ids: ids, roles: Plan.roles).isEmpty)
        #expect(TaskRow.dependencyProblems(in: "Ｔ１", tasks: ["T1"], ids: ids, roles: Plan.roles) == [.itself("T1")])
    }
}

/// A difficulty as written, with or without its unit, on the workshop's scale.
struct DifficultyWordsTests {
    @Test func unitsAreReadTheScaleHolds() {
        for (s, n) in [("3", 3), (" 5 ", 5), ("3pt", 3), ("5 points", 5), ("1 point", 1), ("3点", 3), ("５ポイント", 5), ("8SP", 8), ("10pts", 10)] {
            #expect(Plan.difficulty(s) == n, "\(s)")
        }
        for s in ["", "pt", "13pt", "2", "3.5", "three", "3pt5"] { #expect(Plan.difficulty(s) == nil, "\(s)") }
    }
}

/// A plan split by a column (`PlanFiles.split`), without the CLI: a part per value in
/// order of first appearance, the rows with the value empty in one part of their own
/// (`unassigned`), and a row of no team refused.
struct PlanSplitTests {
    static func table(_ text: String) throws -> Table {
        try Table.read(TableReader(source: ByteSource(name: "p.csv", bytes: Array(text.utf8))))
    }

    @Test func partsByValueAndTheUnassigned() throws {
        let t = try Self.table("id,milestone,role,todo,owner\nT1,M1,pm,a,佐藤\nT2,M1,dev,b,\nT3,M2,ds,c,田中\nT4,M2,pm,d,  \nT5,M2,pm,e,佐藤\n")
        let parts = try PlanFiles.split(t, by: "担当", teams: Teams())
        #expect(parts.map(\.name) == ["佐藤", "unassigned", "田中"])
        #expect(parts.map { $0.table.rows.map { $0.string(0) } } == [["T1", "T5"], ["T2", "T4"], ["T3"]])
        let teams = try Self.table("team,id,milestone,role,todo\nA,T1,M1,pm,a\n,T2,M1,dev,b\n")
        #expect(throws: WBError.self) { try PlanFiles.split(teams, by: "team", teams: Teams()) }
    }
}

/// The encoding a merged plan is written in: the first file's, unless that file is
/// plain ASCII (it reads the same in every encoding), then the first that says more.
struct PlanMergeEncodingTests {
    static func table(_ bytes: [UInt8], _ name: String) throws -> Table {
        var o = ReadOptions()
        o.detectEncoding = true
        return try Table.read(TableReader(source: ByteSource(name: name, bytes: bytes), options: o))
    }

    @Test func theFirstFileThatIsNotPlainASCII() throws {
        let ascii = try Self.table(Array("id,milestone,role,todo\nH1,M1,pm,brief\n".utf8), "harbor.csv")
        let cp932 = try Self.table(Transcoder.fromUTF8(Array("id,milestone,role,todo\nS1,M1,pm,報告\n".utf8), to: .cp932, bigEndian: false, name: "t"), "さくら.csv")
        let utf8 = try Self.table(Array("id,milestone,role,todo\nK1,M1,pm,報告\n".utf8), "かえで.csv")
        #expect(cp932.encoding == .cp932 && ascii.encoding == .utf8)
        #expect(PlanFiles.encodingSource([ascii, cp932, utf8])?.name == "さくら.csv")
        #expect(PlanFiles.encodingSource([utf8, cp932])?.name == "かえで.csv")
        #expect(PlanFiles.encodingSource([ascii, ascii])?.name == "harbor.csv")
        // A byte-order mark says UTF-8 even over ASCII.
        let bom = try Self.table([0xEF, 0xBB, 0xBF] + Array("id,milestone,role,todo\nB1,M1,pm,x\n".utf8), "bom.csv")
        #expect(PlanFiles.encodingSource([bom, cp932])?.name == "bom.csv")
        #expect(PlanFiles.encodingSource([]) == nil)
    }
}

extension PlanMergeEncodingTests {
    @Test func aCharacterTheEncodingLacksIsRefusedInItsOwnFile() throws {
        let cp932 = try Self.table(Transcoder.fromUTF8(Array("id,milestone,role,todo\nS1,M1,pm,報告\n".utf8), to: .cp932, bigEndian: false, name: "t"), "さくら.csv")
        let emoji = try Self.table(Array("id,milestone,role,todo\nE1,M1,pm,ok\nE2,M1,pm,\"two\nlines 😀\"\n".utf8), "e.csv")
        do {
            try PlanFiles.checkEncodable([cp932, emoji], in: .cp932)
            Issue.record("an emoji in CP932")
        } catch let e as WBError {
            #expect(e.location?.file == "e.csv" && e.location?.line == 4 && e.location?.column == 7)
        }
        try PlanFiles.checkEncodable([cp932, emoji], in: .utf8)
        try PlanFiles.checkEncodable([cp932], in: .cp932)
    }
}

/// A grid's Todo the plan's encoding cannot hold is refused at its cell.
struct GridEncodableTests {
    @Test func anEmojiInACP932PlanIsRefusedAtItsCell() throws {
        let grid = try PlanSplitTests.table("milestone,pm,dev\nM1,\"[T1] a\n[T2] b 😀\",c\n")
        var g = GridMerge(roles: Plan.roles, teams: Teams(), team: nil, milestones: nil, warn: { _, _ in }, note: { _, _ in })
        let items = try g.parse(grid)
        do {
            try GridMerge.checkEncodable(items, in: .cp932)
            Issue.record("an emoji in CP932")
        } catch let e as WBError {
            #expect(e.location?.file == "p.csv" && e.location?.line == 3 && e.message.contains("😀"))
        }
        try GridMerge.checkEncodable(items, in: .utf8)
    }
}
