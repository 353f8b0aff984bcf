import Testing
@testable import WBCore

/// The plan as the task systems receive it (`ExportPlan`, `Exporters`), without the CLI:
/// a plan of teams names each task's team, a repeated id is refused where it repeats.
struct ExportTests {
    static func plan(_ text: String, teams: Teams = Teams()) throws -> ExportPlan {
        let table = try Table.read(TableReader(source: ByteSource(name: "plan.csv", bytes: Array(text.utf8))))
        let schema = try TaskSchema(header: table.header, file: "plan.csv")
        let resolver = TaskResolver(schema: schema, file: "plan.csv", dates: DateContext())
        return try ExportPlan(table: table, resolver: resolver, milestones: nil, name: "p", all: false, teams: teams)
    }

    static func table(_ out: ExportOutput) -> (header: [String], rows: [[String]]) {
        guard case .table(let h, let r) = out else { Issue.record("not a table"); return ([], []) }
        return (h, r)
    }

    @Test func teamsAreNamedAsFirstWrittenAndLabelled() throws {
        let p = try Self.plan("""
            team,id,milestone,role,todo
            Harbor Team,H1,M1,dev,a
            さくら,S1,M1,pm,b
            harbor  team,H2,M2,dev,c
            ,X1,M1,ds,d

            """)
        #expect(p.tasks.map(\.team) == ["Harbor Team", "さくら", "Harbor Team", ""])
        #expect(p.tasks.map(\.teamLabel) == ["team-Harbor_Team", "team-さくら", "team-Harbor_Team", nil])
        #expect(p.tasks[0].description.contains("**Team:** Harbor Team\n\nwb-task: p#H1"))
        #expect(!p.tasks[3].description.contains("**Team:**"))
        let jira = Self.table(Exporters.export(p, to: .jira, options: ExportOptions()))
        #expect(jira.header.filter { $0 == "Labels" }.count == 3)
        let labels = jira.header.indices.filter { jira.header[$0] == "Labels" }
        #expect(jira.rows.map { r in labels.map { r[$0] } } == [
            ["role-dev", "milestone-M1", "team-Harbor_Team"], ["role-pm", "milestone-M1", "team-さくら"],
            ["role-dev", "milestone-M2", "team-Harbor_Team"], ["role-ds", "milestone-M1", ""]])
        #expect(jira.rows.allSatisfy { $0.count == jira.header.count })
        #expect(GitHubScript.labelsOf(p.tasks[1]) == ["pm", "task", "team-さくら"])
    }

    @Test func aTeamLabelHoldsNoSpaceCommaOrQuote() throws {
        let p = try Self.plan("team,id,milestone,role,todo\n\"QA* \"\"x\"\", y\",Q1,M1,pm,a\n")
        #expect(p.tasks[0].team == "QA* \"x\", y")
        #expect(p.tasks[0].teamLabel == "team-QA*__x___y")
    }

    @Test func declaredTeamsFoldTheirNames() throws {
        let teams = Teams(declared: try Teams.parseDeclarations("sakura:さくら:Sakura"))
        let p = try Self.plan("team,id,milestone,role,todo\nSakura,S1,M1,pm,a\nさくら,S2,M1,pm,b\n", teams: teams)
        #expect(p.tasks.map(\.team) == ["Sakura", "Sakura"])
    }

    @Test func aPlanWithoutTeamsKeepsItsColumns() throws {
        let p = try Self.plan("id,milestone,role,todo\nT1,M1,pm,a\n")
        let jira = Self.table(Exporters.export(p, to: .jira, options: ExportOptions()))
        #expect(jira.header == ["Issue ID", "Parent", "Issue Type", "Summary", "Description", "Due Date", "Labels", "Labels", "Assignee", "Link: is blocked by"])
        #expect(!p.tasks[0].description.contains("**Team:**"))
        #expect(GitHubScript.labelsOf(p.tasks[0]) == ["pm", "task"])
    }

    /// Refused at the repeated id's (or key's) line and column.
    @Test func aRepeatedIdIsRefusedWhereItRepeats() throws {
        // Across teams, and with a key (a keyed task's issue carries the marker too).
        let text = "team,id,milestone,role,todo,key\nA,T1,M1,pm,a,PROJ-1\nB,T2,M1,dev,b,\nB,T1,M2,dev,c,\n"
        do {
            _ = try Self.plan(text)
            Issue.record("a repeated id was exported")
        } catch let e as WBError {
            #expect(e.location == SourceLocation(file: "plan.csv", line: 4, column: 3), "at the id")
            #expect(e.message.contains("id T1 is already used on line 2"))
        }
        // A key on two tasks: they would be one issue.
        do {
            _ = try Self.plan("id,milestone,role,todo,key\nT1,M1,pm,a,PROJ-1\nT2,M1,dev,b,\nT3,M2,dev,c, PROJ-1\n")
            Issue.record("a repeated key was exported")
        } catch let e as WBError {
            #expect(e.location == SourceLocation(file: "plan.csv", line: 4, column: 13), "at the key")
            #expect(e.message.contains("key PROJ-1 is already on line 2"))
        }
        // Tasks without an id carry no marker: any number of them is fine.
        #expect(try Self.plan("id,milestone,role,todo\n,M1,pm,a\n,M1,pm,b\n").tasks.count == 2)
    }
}

/// Issues matched back to tasks (`SystemImport.match`): no issue silently wins over
/// another that claims the same task.
struct ImportMatchTests {
    static func issue(_ key: String, _ marker: String?, status: String, line: Int) -> ImportedIssue {
        ImportedIssue(key: key, title: key, text: marker.map { "x\n\nwb-task: p#\($0)" } ?? "x", status: status, owner: "", due: nil, line: line)
    }
    static let rows: [(id: String, key: String, status: String, owner: String, due: CivilDate?)] =
        [("T1", "", "todo", "", nil), ("T2", "P-2", "todo", "", nil), ("T3", "", "todo", "", nil)]

    /// The base plan of an import: the team's tasks are matched, the others are kept
    /// out of scope; the write-back changes the matched tasks' fields only, in the
    /// style each cell had (完了 stays Japanese), and adds the key column.
    @Test func theBaseChangesOnlyTheMatchedFields() throws {
        let text = "team,id,milestone,role,todo,status,owner\nA,T1,M1,pm,\"a, b\",未着手,\nB,T2,M1,dev,c,todo,x\nA,T3,M2,ds,d,todo,y\n"
        let reader = try TableReader(source: ByteSource(name: "plan.csv", bytes: Array(text.utf8)))
        let header = try reader.header()
        let schema = try TaskSchema(header: header, file: "plan.csv")
        let resolver = TaskResolver(schema: schema, file: "plan.csv", dates: DateContext())
        var team = TeamFilter(key: Teams().key("A"), column: 0, teams: Teams(), option: "A", file: "plan.csv")
        let base = try ImportBase(reader, header: header, schema: schema, resolver: resolver, team: &team)
        #expect(base.inScope == 2 && base.tasks.map(\.id) == ["T1", "", "T3"])
        let r = SystemImport.match([Self.issue("P-1", "T1", status: "Done", line: 2), Self.issue("P-2", "T2", status: "Done", line: 3)],
                                   tasks: base.tasks, plan: "p", statusMap: [:])
        let out = Output.memory()
        let changed = try base.write(r, parser: TaskValueParser(resolver: resolver, labels: nil), to: TableWriter(out, WriteOptions(format: .csv)))
        try out.flush()
        #expect(changed == 1)
        #expect(out.capturedString == "team,id,milestone,role,todo,status,owner,key\nA,T1,M1,pm,\"a, b\",完了,,P-1\nB,T2,M1,dev,c,todo,x,\nA,T3,M2,ds,d,todo,y,\n")
    }

    @Test func twoMarkersForOneTaskChangeNothing() {
        let r = SystemImport.match([Self.issue("P-7", "T1", status: "Done", line: 2), Self.issue("P-8", "T1", status: "In Progress", line: 3),
                                    Self.issue("P-9", "T3", status: "Done", line: 4)],
                                   tasks: Self.rows, plan: "p", statusMap: [:])
        #expect(r.changes["T1"] == nil)
        #expect(r.changes["T3"]?.status == "done" && r.changes["T3"]?.key == "P-9")
        #expect(r.conflicts.count == 1 && r.conflicts[0].task == "T1" && r.conflicts[0].kept == nil)
        #expect(r.conflicts[0].issues.map(\.key) == ["P-7", "P-8"])
        #expect(r.unmatched.isEmpty)
    }

    @Test func theIssueHoldingTheKeyIsTaken() {
        // A duplicate carrying T2's marker, before and after the issue that holds its key.
        for order in [[0, 1], [1, 0]] {
            let both = [Self.issue("P-2", "T2", status: "Done", line: 2), Self.issue("P-5", "T2", status: "In Progress", line: 3)]
            let r = SystemImport.match(order.map { both[$0] }, tasks: Self.rows, plan: "p", statusMap: [:])
            #expect(r.changes["T2"]?.status == "done")
            #expect(r.changes["T2"]?.key == nil)
            #expect(r.conflicts.count == 1 && r.conflicts[0].kept?.key == "P-2")
        }
        // Alone, an issue with another key and the marker moves the key (an issue moved
        // to another project keeps its marker).
        let moved = SystemImport.match([Self.issue("Q-1", "T2", status: "To Do", line: 2)], tasks: Self.rows, plan: "p", statusMap: [:])
        #expect(moved.changes["T2"]?.key == "Q-1" && moved.conflicts.isEmpty)
    }

    /// Issues whose markers name another plan match nothing, and that plan is named
    /// with how many carry it (the plan exported under another name).
    @Test func markersOfAnotherPlanAreCounted() {
        let r = SystemImport.match([Self.issue("P-7", "T1", status: "Done", line: 2), Self.issue("P-8", "T3", status: "Done", line: 3),
                                    Self.issue("P-9", nil, status: "Done", line: 4)],
                                   tasks: Self.rows, plan: "launch", statusMap: [:])
        #expect(r.changes.isEmpty && r.unmatched.count == 3)
        #expect(r.otherPlans.map(\.name) == ["p"] && r.otherPlans.first?.count == 2)
        #expect(SystemImport.match([Self.issue("P-7", "T1", status: "Done", line: 2)], tasks: Self.rows, plan: "p", statusMap: [:]).otherPlans.isEmpty)
    }

    /// An id that holds a space or a `#` is found whole in its marker, with or without
    /// the version the GitHub script adds, the plan named or not; a plain id is still
    /// the word after the `#` where other words follow it.
    @Test func anIdWithASpaceOrAHashIsFoundWhole() {
        let rows: [(id: String, key: String, status: String, owner: String, due: CivilDate?)] =
            [("a b", "", "todo", "", nil), ("T#1", "", "todo", "", nil), ("a", "", "todo", "", nil), ("T2", "", "todo", "", nil)]
        for plan in ["p", nil] as [String?] {
            let r = SystemImport.match([Self.issue("#1", "a b v=91bc5841b39b0fe6", status: "Done", line: 2),
                                        Self.issue("#2", "T#1", status: "Done", line: 3),
                                        Self.issue("#3", "T2 (from the workshop)", status: "Done", line: 4)],
                                       tasks: rows, plan: plan, statusMap: [:])
            #expect(r.unmatched.isEmpty, "\(String(describing: plan))")
            #expect(r.changes.keys.sorted() == ["T#1", "T2", "a b"], "\(String(describing: plan))")
        }
        #expect(TaskSystem.markedID(in: "x\nwb-task: p#a b v=0f\n", plan: "p") == "a")
        #expect(TaskSystem.markedID(in: "x\nwb-task: p#a b v=0f\n", plan: "p", isKnown: { $0 == "a b" }) == "a b")
        #expect(TaskSystem.markedID(in: "x\nwb-task: q#a b\n", plan: "p", isKnown: { $0 == "a b" }) == nil)
        // A description with CRLF line ends (CRLF is one Character), an id that starts
        // with a combining mark (which joins the # before it).
        #expect(TaskSystem.markedID(in: "x\r\n\r\nwb-task: p#a b v=0f\r\nmore", plan: "p", isKnown: { $0 == "a b" }) == "a b")
        #expect(TaskSystem.markedID(in: "x\r\nwb-task: p#a b\r\n", plan: nil, isKnown: { $0 == "a b" }) == "a b")
        #expect(TaskSystem.markedID(in: "wb-task: p#\u{301}x", plan: "p", isKnown: { $0 == "\u{301}x" }) == "\u{301}x")
        // A plan's name that starts with a combining mark, which joins the space before it.
        #expect(TaskSystem.markedID(in: "x\nwb-task: \u{5B3}p#a b v=0f\n", plan: "\u{5B3}p", isKnown: { $0 == "a b" }) == "a b")
    }

    /// A state word wb does not know leaves the task's status alone, and is reported
    /// once with its first issue and how many said it; a mapped or default one is not.
    @Test func unknownStateWordsAreReportedOnce() {
        let r = SystemImport.match([Self.issue("P-7", "T1", status: "Waiting for customer", line: 2),
                                    Self.issue("P-8", "T3", status: "Waiting for customer", line: 3),
                                    Self.issue("P-2", "T2", status: "On Hold", line: 4)],
                                   tasks: Self.rows, plan: "p", statusMap: [:])
        #expect(r.changes["T1"]?.status == nil && r.changes["T3"]?.status == nil)
        #expect(r.changes["T2"]?.status == "blocked")
        #expect(r.unknownStates.map(\.word) == ["Waiting for customer"])
        #expect(r.unknownStates.first?.first.line == 2 && r.unknownStates.first?.count == 2)
        let mapped = SystemImport.match([Self.issue("P-7", "T1", status: "Waiting for customer", line: 2)],
                                        tasks: Self.rows, plan: "p", statusMap: ["waiting for customer": "blocked"])
        #expect(mapped.unknownStates.isEmpty && mapped.changes["T1"]?.status == "blocked")
    }
}

/// An export's files (`ExportFiles`): parts of at most N rows, each with the header and
/// named base-1, base-2…; Backlog's 250 a file; a character CP932 cannot hold found at
/// its place in its task's row.
struct ExportFilesTests {
    static let text = "id,milestone,role,todo\nT1,M1,pm,a\nT2,M1,dev,b\nT3,M2,ds,c 🙂\n"

    @Test func partsEachCarryTheHeader() throws {
        let p = try ExportTests.plan(Self.text)
        let files = try ExportFiles().files(header: ["h1", "h2"], rows: [["1", "a"], ["2", "b"], ["3", "c"]], plan: p,
                                            target: .jira, split: 2, base: "out/jira.csv", name: "plan.csv")
        #expect(files.map(\.path) == ["out/jira-1.csv", "out/jira-2.csv"])
        #expect(files.map { String(decoding: $0.bytes, as: UTF8.self) } == ["h1,h2\n1,a\n2,b\n", "h1,h2\n3,c\n"])
        let one = try ExportFiles(crlf: true, bom: true).files(header: ["h"], rows: [["x"]], plan: p, target: .jira, split: nil, base: nil, name: "plan.csv")
        #expect(one.count == 1 && one[0].path == "plan.csv" && one[0].bytes == [0xEF, 0xBB, 0xBF] + Array("h\r\nx\r\n".utf8))
        #expect(ExportFiles.numbered("a.b/base", 3) == "a.b/base-3" && ExportFiles.planName("dir/sample-plan.csv") == "sample-plan")
    }

    @Test func backlogTakes250AFile() throws {
        let p = try ExportTests.plan(Self.text)
        let rows = (0..<251).map { ["\($0)"] }
        #expect(throws: WBError.self) {
            try ExportFiles().files(header: ["h"], rows: rows, plan: p, target: .backlog, split: nil, base: nil, name: "plan.csv")
        }
        #expect(try ExportFiles().files(header: ["h"], rows: rows, plan: p, target: .jira, split: nil, base: nil, name: "plan.csv").count == 1)
        #expect(try ExportFiles().files(header: ["h"], rows: rows, plan: p, target: .backlog, split: 250, base: "b.csv", name: "plan.csv").count == 2)
    }

    @Test func aCharacterCP932CannotHoldIsFoundAtItsTask() throws {
        let p = try ExportTests.plan(Self.text)
        do {
            _ = try ExportFiles(cp932: true).files(header: ["todo"], rows: p.tasks.map { [$0.title] }, plan: p,
                                                    target: .backlog, split: nil, base: nil, name: "plan.csv")
            Issue.record("no error")
        } catch let e as WBError {
            // At the character in the task's row as read: `T3,M2,ds,c ` comes before it.
            #expect(e.location == SourceLocation(file: "plan.csv", line: 4, column: 12))
        }
        // A character the task's row does not hold (from a milestone's name, say):
        // at the task's line alone.
        do {
            _ = try ExportFiles(cp932: true).files(header: ["todo"], rows: p.tasks.map { [$0.title + ($0.id == "T2" ? " ✅" : "")] },
                                                    plan: p, target: .backlog, split: nil, base: nil, name: "plan.csv")
            Issue.record("no error")
        } catch let e as WBError {
            #expect(e.location == SourceLocation(file: "plan.csv", line: 3))
        }
    }
}

/// `--status-map` as `SystemImport.statusMap` reads it: the system's words lower-cased,
/// the plan's statuses in either language, the first bad pair named.
struct StatusMapTests {
    @Test func wordsToStatuses() throws {
        let m = try SystemImport.statusMap("Review=doing, 保留 = 停滞,,Done-ish=完了")
        #expect(m == ["review": "doing", "保留": "blocked", "done-ish": "done"])
        #expect(SystemImport.status("REVIEW", map: m) == "doing")
        #expect(SystemImport.status("in review", map: [:]) == "doing")
        #expect(try SystemImport.statusMap("") == [:])
        for bad in ["Review", "Review=later", "=doing"] {
            do { _ = try SystemImport.statusMap("QA=done," + bad); Issue.record("no error for \(bad)") } catch {
                #expect(error.pair == bad)
            }
        }
    }
}

/// The GitHub script is read before it is run: under Japanese every comment in it is
/// Japanese, the functions' comments too (they were English under a Japanese header).
struct GitHubScriptLanguageTests {
    @Test func everyCommentIsInTheRunsLanguage() throws {
        let p = try ExportTests.plan("id,milestone,role,todo\nT1,M1,pm,a\n")
        func comments(_ s: String) -> [String] {
            s.split(separator: "\n").map { String($0.drop(while: { $0 == " " })) }.filter { $0.hasPrefix("# ") }
        }
        let ja = comments(Lang.$current.withValue(.ja) { GitHubScript.render(p, repo: nil) })
        let en = comments(Lang.$current.withValue(.en) { GitHubScript.render(p, repo: nil) })
        #expect(ja.count == en.count && ja.count >= 7)
        for c in ja { #expect(c.unicodeScalars.contains { $0.value >= 0x3000 }, "\(c)") }
        for c in en { #expect(c.unicodeScalars.allSatisfy { $0.isASCII }, "\(c)") }
    }
}
