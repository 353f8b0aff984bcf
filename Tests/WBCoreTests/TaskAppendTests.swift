import Testing
@testable import WBCore

/// `add`'s work without the command line: the rows copied as they were, the new task's
/// id in the file's (or its team's) style, its words as the rows write them.
struct TaskAppendTests {
    /// Runs a `TaskAppend` over `text` with the new task's known values `given` (column
    /// name, text), as `add` sets it up; returns the output and the outcome.
    func append(_ text: String, _ given: [(String, String)], id: String? = nil, team: String? = nil,
                teams: Teams = Teams()) throws -> (String, TaskAppend.Outcome) {
        let reader = try TableReader(source: ByteSource(name: "plan.csv", bytes: Array(text.utf8)))
        let header = try reader.header()
        let schema = try TaskSchema(header: header, file: reader.name)
        var parser = TaskValueParser(resolver: TaskResolver(schema: schema, file: reader.name, dates: DateContext()), labels: nil)
        var editor = TaskEditor(header: header, schema: schema, format: .csv, writing: .csv)
        var a = TaskAppend()
        for (name, v) in given {
            let c = try #require(TaskColumn.match(name))
            a.values[editor.column(c)] = try parser.value(c, v, option: name)
            a.typed.append((editor.column(c), c, v, name))
            if c == .todo { a.todo = v }
        }
        a.teamColumn = Teams.column(header)
        a.teamKey = team.map(teams.key)
        a.teams = teams
        a.idColumn = schema[.id] ?? (id != nil ? editor.column(.id) : nil)
        a.givenID = id
        let out = Output.memory()
        let writer = TableWriter(out, WriteOptions(format: .csv))
        writer.writeRaw(editor.headerBytes)
        let outcome = try a.run(reader, schema: schema, editor: editor, parser: &parser, to: writer)
        try out.flush()
        return (out.capturedString, outcome)
    }

    @Test func rowsStayAsTheyWereAndTheNewTaskTakesTheNextIdAndTheRowsWords() throws {
        let plan = "id,milestone,role,todo,status\nT1,ファンの獲得,pm,\"a, b\",未着手\n\nT7,M2,開発者,b,完了\n"
        let (text, o) = try append(plan, [("milestone", "M1"), ("role", "ds"), ("todo", "c"), ("status", "doing")])
        // The first row writes its milestone by name: the new task's words in Japanese.
        #expect(text == plan + "T8,スポンサーの獲得,データサイエンティスト,c,進行中\n")
        #expect(o.id == "T8")
        #expect(o.ids == ["T1", "T7"])
        #expect(o.sameTodo == nil)
    }

    @Test func theSameTodoIsFoundAtItsFirstPlace() throws {
        let plan = "id,milestone,role,todo\nT1,M1,pm,a\nT2,M1,dev,  same \nT3,M2,dev,same\n"
        let (text, o) = try append(plan, [("milestone", "M2"), ("role", "ds"), ("todo", "same")])
        #expect(text == plan + "T4,M2,ds,same\n")
        #expect(o.sameTodo?.id == "T2")
        // At its Todo's field (the white space it is trimmed of included).
        #expect(o.sameTodo?.at.line == 3 && o.sameTodo?.at.column == 11)
    }

    @Test func anIdPeopleWouldTakeForOneInUseIsRefusedAtItsLine() throws {
        let plan = "id,milestone,role,todo\nT1,M1,pm,a\nt2,M1,dev,b\n"
        for given in ["T2", "Ｔ２", " t2 "] {
            #expect {
                _ = try append(plan, [("milestone", "M1"), ("role", "ds"), ("todo", "c")], id: given)
            } throws: { e in
                guard let e = e as? WBError else { return false }
                return e.location?.line == 3 && e.message.contains("already used")
            }
        }
        let (text, o) = try append(plan, [("milestone", "M1"), ("role", "ds"), ("todo", "c")], id: "X9")
        #expect(text == plan + "X9,M1,ds,c\n")
        #expect(o.id == "X9")
    }

    @Test func aTeamsTaskTakesTheTeamsStylePastEveryIdOfTheFile() throws {
        let plan = "id,team,milestone,role,todo\nA1,Harbor,M1,pm,a\nS-1,さくら,M1,pm,b\nS-2,さくら,M1,dev,c\nA2,Harbor,M1,dev,d\n"
        let (sakura, s) = try append(plan, [("milestone", "M1"), ("role", "ds"), ("todo", "e")], team: "さくら")
        #expect(s.id == "S-3")
        #expect(sakura.hasSuffix("\nS-3,,M1,ds,e\n"))
        let (_, h) = try append(plan, [("milestone", "M1"), ("role", "ds"), ("todo", "e")], team: "Harbor")
        #expect(h.id == "A3")
        // A team with no task yet: the file's style, past every id.
        let (_, n) = try append(plan, [("milestone", "M1"), ("role", "ds"), ("todo", "e")], team: "New")
        #expect(n.id.map { !["A1", "A2", "S-1", "S-2"].contains($0) } == true)
    }

    @Test func aTableWithoutIdsGetsNone() throws {
        let plan = "milestone,role,todo\r\nM1,pm,a\r\n"
        let (text, o) = try append(plan, [("milestone", "M1"), ("role", "ds"), ("todo", "e")])
        #expect(o.id == nil)
        #expect(text.hasSuffix("M1,ds,e\n"))
    }
}

/// `set`'s work without the command line: the tasks found by id changed in their
/// rows' style, every other byte held as it was.
struct TaskUpdateRunTests {
    func set(_ text: String, ids: [String], _ given: [(String, String)], team: String? = nil,
             teams: Teams = Teams()) throws -> (String, TaskUpdate.Outcome, TaskUpdate) {
        let reader = try TableReader(source: ByteSource(name: "plan.csv", bytes: Array(text.utf8)))
        let header = try reader.header()
        let schema = try TaskSchema(header: header, file: reader.name)
        let resolver = TaskResolver(schema: schema, file: reader.name, dates: DateContext())
        var parser = TaskValueParser(resolver: resolver, labels: nil)
        var editor = TaskEditor(header: header, schema: schema, format: .csv, writing: .csv)
        let changes: [TaskUpdate.Change] = given.map { name, v in (editor.column(named: name), TaskColumn.match(name), name, v) }
        var update = TaskUpdate(ids: ids)
        var filter = TeamFilter(key: team.map(teams.key), column: Teams.column(header), teams: teams, option: team ?? "", file: reader.name)
        let outcome = try update.run(reader, idColumn: try #require(schema[.id]), changes: changes, resolver: resolver,
                                     parser: &parser, editor: editor, team: &filter, teamColumn: Teams.column(header), teams: teams)
        let out = Output.memory()
        let writer = TableWriter(out, WriteOptions(format: .csv))
        writer.writeRaw(editor.headerBytes)
        update.write(to: writer)
        try out.flush()
        return (out.capturedString, outcome, update)
    }

    @Test func theTasksAskedForChangeInTheirRowsWordsAndNothingElseMoves() throws {
        let plan = "id,milestone,role,todo,status,owner\nT1,M1,pm,a,未着手,\n\nT2,M1,dev,\"b\nc\",,佐藤\nT3,M2,dev,c,todo,x\n"
        let (text, o, u) = try set(plan, ids: ["t1", "Ｔ２"], [("status", "done"), ("owner", "佐藤"), ("estimate", "3d")])
        #expect(text == "id,milestone,role,todo,status,owner,estimate\nT1,M1,pm,a,完了,佐藤,3d\n\nT2,M1,dev,\"b\nc\",done,佐藤,3d\nT3,M2,dev,c,todo,x,\n")
        #expect(o.changedRows == 2)
        #expect(o.teams == [nil])
        #expect(u.foundIDs == ["T1", "T2"])
    }

    @Test func aValueAlreadyThereChangesNoRow() throws {
        let plan = "id,milestone,role,todo,owner\nT1,M1,pm,a,佐藤\n"
        let (text, o, _) = try set(plan, ids: ["T1"], [("owner", "佐藤")])
        #expect(text == plan)
        #expect(o.changedRows == 0)
    }

    @Test func theValueReplacedMayBeWrongButNoOtherOfTheRow() throws {
        let plan = "id,milestone,role,todo,due\nT1,M9,pm,a,2026-01-01\nT2,M9,pm,a,bad\n"
        let (text, _, _) = try set(plan, ids: ["T1"], [("milestone", "M1")])
        #expect(text == "id,milestone,role,todo,due\nT1,M1,pm,a,2026-01-01\nT2,M9,pm,a,bad\n")
        #expect {
            _ = try set(plan, ids: ["T2"], [("milestone", "M1")])
        } throws: { e in (e as? WBError)?.location?.line == 3 }
    }

    @Test func withATeamOnlyItsTasksAnswerToTheIds() throws {
        let plan = "id,team,milestone,role,todo,status\nT1,Harbor,M1,pm,a,todo\nT1,さくら,M1,pm,b,todo\n"
        let (text, o, _) = try set(plan, ids: ["T1"], [("status", "done")], team: "さくら")
        #expect(text == "id,team,milestone,role,todo,status\nT1,Harbor,M1,pm,a,todo\nT1,さくら,M1,pm,b,done\n")
        #expect(o.teams == [Teams().key("さくら")])
        // Without the team the id is there twice: refused at its second line.
        #expect {
            _ = try set(plan, ids: ["T1"], [("status", "done")])
        } throws: { e in (e as? WBError)?.location?.line == 3 }
    }
}
