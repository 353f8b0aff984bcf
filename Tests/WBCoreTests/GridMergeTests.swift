import Testing
@testable import WBCore

/// `unmatrix --base` without the command line: a grid's lines merged into the plan they
/// came from, and what the merge says.
struct GridMergeTests {
    /// Merges `grid` into `plan`; returns the merged plan and the notes and warnings.
    func merge(_ plan: String, _ grid: String) throws -> (text: String, said: [String]) {
        let base = try Table.read(TableReader(source: ByteSource(name: "plan.csv", bytes: Array(plan.utf8))))
        let g = try Table.read(TableReader(source: ByteSource(name: "grid.csv", bytes: Array(grid.utf8))))
        var said: [String] = []
        var m = GridMerge(roles: Plan.roles, teams: Teams(), team: nil, milestones: nil,
                          warn: { s, _ in said.append("warning: " + s) }, note: { s, _ in said.append("note: " + s) })
        let items = try m.parse(g)
        let schema = try TaskSchema(header: base.header, file: base.name)
        let out = Output.memory()
        try m.merge(items, grid: g, into: base, schema: schema,
                    resolver: TaskResolver(schema: schema, file: base.name, dates: DateContext()),
                    out: TableWriter(out, WriteOptions(format: .csv)))
        try out.flush()
        return (out.capturedString, said)
    }

    static let plan = """
        id,milestone,role,todo,owner
        T1,M1,pm,Find a sponsor,佐藤
        T2,M1,dev,・Build a mock,田中
        T3,M2,ds,"Estimate
        the share",鈴木
        T4,M2,pm,Interview,佐藤
        T5,M3,pm,Interview,高橋

        """

    @Test func aTodoWhoseFirstLineIsBlankIsToldApartAsItGoesIntoItsCell() {
        // Below another line of the cell (which ends with LF), as matrix without --ids puts it.
        func blankFirst(_ s: String, after cell: String = "above\n") -> Bool {
            var s = s, cell = cell
            let out = ByteBuffer()
            cell.withUTF8 { out.append($0) }
            let headless = s.withUTF8 { Grid.appendItem($0, to: out) }
            // The same answer where the Todo goes through a scratch buffer first.
            if cell.hasSuffix("\n") { #expect(s.withUTF8 { Grid.startsWithBlankLine($0) } == headless) }
            return headless
        }
        #expect(blankFirst("\nfoo"))
        #expect(blankFirst("  \r\nfoo"))
        #expect(blankFirst("\t\u{3000} \nfoo\nbar"))
        #expect(!blankFirst("foo"))
        #expect(!blankFirst("   "))
        #expect(!blankFirst("x\n\nfoo"))
        #expect(!blankFirst("\u{3001}\nfoo"))
        #expect(!blankFirst("\u{3000}x\nfoo"))
        // First in its cell, or after its [id]: it comes back.
        #expect(!blankFirst("\nfoo", after: ""))
        #expect(!blankFirst("\nfoo", after: "above\n[T2] "))
    }

    @Test func aGridWithoutIdsMergesBackByteForByte() throws {
        // What matrix writes without --ids: a list mark is read as one, a line break
        // continues on an indented line.
        let grid = "milestone,pm,dev,ds\nM1,Find a sponsor,・Build a mock,\nM2,Interview,,\"Estimate\n  the share\"\nM3,Interview,,\nM4,,,\n"
        let (text, said) = try merge(Self.plan, grid)
        #expect(text == Self.plan)
        #expect(said == ["note: 5 lines without an id kept their tasks, found by their text in the same cell",
                         "note: merged grid.csv into plan.csv: 0 changed, 0 added, 0 removed, 5 unchanged"])
    }

    @Test func aLineMovedWithoutItsIdMovesItsTaskWhenItsTextIsOneOfAKind() throws {
        // Estimate moved to dev, the M3 Interview to M4: one task and one line each.
        let grid = "milestone,pm,dev,ds\nM1,Find a sponsor,Build a mock,\nM2,Interview,\"Estimate\n  the share\",\nM3,,,\nM4,Interview,,\n"
        let (text, said) = try merge(Self.plan, grid)
        #expect(text == """
            id,milestone,role,todo,owner
            T1,M1,pm,Find a sponsor,佐藤
            T2,M1,dev,・Build a mock,田中
            T3,M2,dev,"Estimate
            the share",鈴木
            T4,M2,pm,Interview,佐藤
            T5,M4,pm,Interview,高橋

            """)
        #expect(said.contains("note: task T3 (M2, ds) found by its text at grid.csv:3:14, without its id: moved to (M2, dev)"))
        #expect(said.contains("note: task T5 (M3, pm) found by its text at grid.csv:6:4, without its id: moved to (M4, pm)"))
        #expect(said.last == "note: merged grid.csv into plan.csv: 2 changed, 0 added, 0 removed, 3 unchanged")
    }

    @Test func anEditedOrAmbiguousLineIsARemovalAndAnAdditionWithAWarning() throws {
        // Two Interviews gone from their cells and one back in M1: which task it is
        // cannot be told, so nothing is guessed; an edited text is a new task, and the
        // Estimate left out of the grid is removed.
        let grid = "milestone,pm,dev,ds\nM1,\"Find a sponsor\nInterview\",Build a mock v2,\nM2,,,\nM3,,,\n"
        let (text, said) = try merge(Self.plan, grid)
        #expect(text == """
            id,milestone,role,todo,owner
            T1,M1,pm,Find a sponsor,佐藤
            T6,M1,pm,Interview,
            T7,M1,dev,Build a mock v2,

            """)
        #expect(said.contains { $0.hasPrefix("warning: task T4 is removed, but its text comes back") })
        #expect(said.contains { $0.hasPrefix("warning: task T5 is removed, but its text comes back") })
        #expect(said.contains("note: merged grid.csv into plan.csv: 0 changed, 2 added, 4 removed, 1 unchanged"))
        #expect(said.contains { $0.hasPrefix("warning: this merge removes 4 tasks and keeps 1") })
        // The edit is said, with what would keep the task: its id.
        #expect(said.contains("warning: task T2 is removed and grid.csv:3:12 adds a line to its cell: if that line is T2 edited, put [T2] in front of it, or its other columns (owner, due, status...) are lost"))
        #expect(said.filter { $0.contains("adds a line to its cell") }.count == 1)
        // Where the grid has ids, a new line beside a deleted one is a new task as meant.
        let (_, withIDs) = try merge(Self.plan, "milestone,pm,dev,ds\nM1,[T1] Find a sponsor,Build a mock v2,\n")
        #expect(!withIDs.contains { $0.contains("adds a line to its cell") })
    }

    @Test func linesOfTheSameTextTakeTheCellsTasksInThePlansOrder() throws {
        let plan = "id,milestone,role,todo,owner\nT1,M1,pm,Call,a\nT2,M1,pm,Call,b\nT3,M1,pm,Call,c\n"
        // Two of three Calls left: the first two tasks stay, the third goes.
        let (text, said) = try merge(plan, "milestone,pm\nM1,\"Call\nCall\"\n")
        #expect(text == "id,milestone,role,todo,owner\nT1,M1,pm,Call,a\nT2,M1,pm,Call,b\n")
        #expect(said.contains("note: removed task T3 (M1, pm): \"Call\""))
        // An id given wins over the text: [T3] keeps T3, the line without one takes T1.
        let (byID, _) = try merge(plan, "milestone,pm\nM1,\"[T3] Call\nCall\"\n")
        #expect(byID == "id,milestone,role,todo,owner\nT1,M1,pm,Call,a\nT3,M1,pm,Call,c\n")
    }

    @Test func aBracketThatNamesNoTaskIsTheTodosOwnWords() throws {
        let plan = "id,milestone,role,todo,owner\nT1,M1,pm,【重要】CTOに報告,佐藤\nT2,M1,dev,[WIP] mock,田中\n"
        // A grid without ids of Todos that start with a tag: each keeps its task.
        let (text, _) = try merge(plan, "milestone,pm,dev\nM1,【重要】CTOに報告,[WIP] mock\n")
        #expect(text == plan)
        // A new line with a tag is a new task with its tag; one that looks like an id
        // (a number in it) and has no task of its text is refused at its place.
        let (added, _) = try merge(plan, "milestone,pm,dev\nM1,\"【重要】CTOに報告\n[要確認] 稟議\",[WIP] mock\n")
        #expect(added == plan + "T3,M1,pm,[要確認] 稟議,\n")
        #expect {
            _ = try merge(plan, "milestone,pm,dev\nM1,\"【重要】CTOに報告\n[T9] 稟議\",[WIP] mock\n")
        } throws: { e in
            guard let e = e as? WBError else { return false }
            return e.location?.line == 3 && e.message == "task id T9 is not in plan.csv; remove the [T9] prefix to add it as a new task"
        }
    }

    @Test func anIdWithABracketOrASpaceIsReadAsThePlanHasIt() throws {
        // Ids a plan may hold that a bracket read alone would cut or refuse: matrix
        // writes them as they are, and the merge reads the longest [id] of the plan.
        let plan = "id,milestone,role,todo\nA]B,M1,pm,first\na b,M1,pm,second\n[X],M1,dev,third\nA,M2,dev,B] x\n"
        let grid = "milestone,pm,dev\nM1,\"[A]B] first\n[a b] second\",[[X]] third\nM2,,[A] B] x\n"
        let (same, said) = try merge(plan, grid)
        #expect(same == plan)
        #expect(said == ["note: merged grid.csv into plan.csv: 0 changed, 0 added, 0 removed, 4 unchanged"])
        // Edited and moved, each keeps its id.
        let moved = "milestone,pm,dev\nM1,[a b] second!,\"[[X]] third\n[A]B] first\"\nM2,,[A] B] x\n"
        let (text, _) = try merge(plan, moved)
        #expect(text == "id,milestone,role,todo\nA]B,M1,dev,first\na b,M1,pm,second!\n[X],M1,dev,third\nA,M2,dev,B] x\n")
        #expect(Grid.knownLeadingID("[A]B] first", longest: 1, isKnown: { $0 == "A" }) == nil)
        #expect(Grid.knownLeadingID("[A]B] first", longest: 3, isKnown: { $0 == "A]B" || $0 == "A" })! == ("A]B", "first"))
        #expect(Grid.knownLeadingID("[a b]", longest: 3, isKnown: { $0 == "a b" })! == ("a b", ""))
        #expect(Grid.knownLeadingID("[T1] two\n[T2] lines", longest: 12, isKnown: { $0 == "T1] two\n[T2" || $0 == "T1" })! == ("T1", "two\n[T2] lines"))
        // No bracket past the longest id is looked at: a line of many `] ` stays linear.
        #expect(Grid.knownLeadingID("[A]B] first", longest: 1, isKnown: { $0 == "A]B" }) == nil)
        var asked: [String] = []
        let many = "[" + String(repeating: "x] ", count: 10_000)
        #expect(Grid.knownLeadingID(many, longest: 4, isKnown: { asked.append($0); return false }) == nil)
        #expect(asked == ["x", "x] x"])
    }

    @Test func aTodoThatStartsWithAnotherTasksIdIsItsOwnWordsInAGridWithoutIds() throws {
        let plan = "id,milestone,role,todo,owner\nT1,M1,pm,スポンサーに報告,佐藤\nT2,M1,dev,モックを作る,田中\nT3,M1,pm,[T1]の結果をCTOに共有,佐藤\nT4,M2,pm,[T2] をレビュー,佐藤\n"
        // The grid matrix writes without --ids, merged untouched: every task as it was.
        let plain = "milestone,pm,dev\nM1,\"スポンサーに報告\n[T1]の結果をCTOに共有\",モックを作る\nM2,[T2] をレビュー,\n"
        let (same, _) = try merge(plan, plain)
        #expect(same == plan)
        // With ids, and with an id a spreadsheet lost in front of such a Todo.
        let ids = "milestone,pm,dev\nM1,\"[T1] スポンサーに報告\n[T3] [T1]の結果をCTOに共有\",[T2] モックを作る\nM2,[T4] [T2] をレビュー,\n"
        #expect(try merge(plan, ids).text == plan)
        #expect(try merge(plan, ids.replacingOccurrences(of: "[T3] ", with: "")).text == plan)
        // Edited in a grid without ids: T1 keeps its line, the edited Todo is a new task
        // in T3's place, said with a warning, as any Todo edited in such a grid.
        let (edited, said) = try merge(plan, plain.replacingOccurrences(of: "CTOに共有", with: "CTOとCFOに共有"))
        #expect(edited == "id,milestone,role,todo,owner\nT1,M1,pm,スポンサーに報告,佐藤\nT2,M1,dev,モックを作る,田中\nT4,M2,pm,[T2] をレビュー,佐藤\nT5,M1,pm,[T1]の結果をCTOとCFOに共有,\n")
        #expect(said.contains { $0.hasPrefix("warning: task T3 is removed and grid.csv:3:1 adds a line to its cell") })
    }

    @Test func theFormWithoutAnIdIsWhatTheLineReadsBack() {
        for todo in ["plain", "日本語", "・mark", "- dash", "1. first", "  lead", "two\nlines", "trail ", "[X] bracket", "・【重要】tag", "'=quoted"] {
            let back = Grid.items(Grid.item(id: nil, todo: todo)).map { $0.withoutID.text }.joined(separator: "\n")
            #expect(Grid.comparableWithoutID(todo) == back, "\(todo)")
        }
        #expect(Grid.comparableWithoutID("・mark") == "mark")
        #expect(Grid.comparableWithoutID("日本語") == "日本語")
    }
}
