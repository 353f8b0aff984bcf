import Testing
@testable import WBCore

struct GridTests {
    /// pm, dev, ds; then the settings' roles in their order; then others in use.
    /// `comparable`'s short way (a Todo that comes back as written is its own form)
    /// gives what the long way does: every Todo of up to three pieces from an alphabet of
    /// what a grid line strips, marks or breaks at, and longer ones drawn at random.
    @Test func comparableTakesTheShortWayOnlyWhereItGivesTheSame() {
        let pieces = ["a", "x", " ", "\t", "\u{3000}", "\r", "\n", "\r\n", "[", "]", "【", "】", "・", "-", "*", "1", ".", ")",
                      "'", "=", "\u{301}", "①", "漢"]
        func long(_ s: String) -> String { Grid.items(Grid.item(id: "x", todo: s)).map(\.text).joined(separator: "\n") }
        var todos = [""]
        for a in pieces { todos.append(a); for b in pieces { todos.append(a + b); for c in pieces { todos.append(a + b + c) } } }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            var s = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for k in 0..<(4 + Int(state >> 61)) {
                s += pieces[Int((state >> UInt64(8 + 5 * (k % 10))) % UInt64(pieces.count))]
            }
            todos.append(s)
        }
        var short = 0
        for t in todos {
            #expect(Grid.comparable(t) == long(t), "\(Array(t.unicodeScalars))")
            if Grid.comesBackAsWritten(t) { short += 1 }
        }
        // The short way is taken for many of them (13,441 of 32,720), not for none.
        #expect(short > todos.count / 4)
    }

    @Test func defaultRoleColumns() {
        let all = Plan.roles.terms + [Term(id: "pr", ja: "広報", en: "PR", aliases: [])]
        let used = all.map { ["exec", "dev"].contains($0.id) }
        #expect(Grid.defaultRoles(all, declared: ["pr", "ux", "dev"], used: used).map(\.id) == ["pm", "dev", "ds", "pr", "ux", "exec"])
        #expect(Grid.defaultRoles(all, declared: []).map(\.id) == ["pm", "dev", "ds"])
    }

    @Test func itemsParseIdsContinuationsAndSpreadsheetNoise() {
        let cell = "[T1] first  \r\n  second line\r\n\r\n[T2] other\r\nnew one "
        let items = Grid.items(cell)
        #expect(items == [Grid.Item(id: "T1", text: "first\nsecond line", line: 1, written: "[T1] first\nsecond line"),
                          Grid.Item(id: "T2", text: "other", line: 4, written: "[T2] other"),
                          Grid.Item(id: nil, text: "new one", line: 5)])
    }

    /// A bracket with a number names a task; one without (a tag people put before a
    /// Todo) is the Todo's own words where the bracket names no task.
    @Test func aBracketIsAnIdWhenItCarriesANumber() {
        #expect(["T1", "T-001", "007", "S21", "v2"].allSatisfy(Grid.looksLikeID))
        #expect(!["重要", "WIP", "要確認", "TODO", ""].contains(where: Grid.looksLikeID))
        let it = Grid.items("・【重要】CTOに報告\n  続き")[0]
        #expect(it.id == "重要" && it.text == "CTOに報告\n続き" && it.written == "【重要】CTOに報告\n続き")
        #expect(it.withoutID == Grid.Item(id: nil, text: "【重要】CTOに報告\n続き", line: 1))
        #expect(Grid.comparableWithoutID("【重要】CTOに報告") == "【重要】CTOに報告")
    }

    /// A room's grid typed as lists: the bullet or number before a Todo without an id
    /// is left out (・ • - * 1. 2) ①, each once or twice), a mark that is the Todo's own
    /// (`-1日`, `1.5倍`, a lone `・`) stays, and one after an id is the Todo's. Every
    /// item reads back the same once written.
    @Test func listMarksBeforeATodoWithoutAnIdAreLeftOut() {
        let cell = "・CTOに報告する\n・ 稟議を出す\n- モックを公開する\n* 計測する\n1. 指標を定義する\n2) 集計する\n①配布する\n"
            + "12．まとめる\n・・二重\n-1日前倒し\n1.5倍にする\n・\n[T9] ・そのまま\n  ・続きの行\n● 黒丸\n■四角"
        #expect(Grid.items(cell).map(\.text) == ["CTOに報告する", "稟議を出す", "モックを公開する", "計測する", "指標を定義する", "集計する",
                                                "配布する", "まとめる", "二重", "-1日前倒し", "1.5倍にする", "・", "・そのまま\n・続きの行",
                                                "黒丸", "四角"])
        // An [id] after a list mark is the task's id.
        #expect(Grid.items("● [T3] 報告する\n1. [T4] 集計する\n- ・[T5] x") == [Grid.Item(id: "T3", text: "報告する", line: 1, written: "[T3] 報告する"),
                                                                     Grid.Item(id: "T4", text: "集計する", line: 2, written: "[T4] 集計する"),
                                                                     Grid.Item(id: "T5", text: "x", line: 3, written: "[T5] x")])
        for it in Grid.items(cell) {
            #expect(Grid.items(Grid.cell(Grid.item(id: it.id, todo: it.text), safe: false)).map(\.text) == [it.text], "\(it.text)")
        }
    }

    /// A continuation line, or the text after an id, that starts with a combining mark
    /// (the fuzzer found U+0659): the mark joins the space before it into one
    /// Character, so the indent and the space are read as scalars.
    @Test func aCombiningMarkAfterTheIndentStaysInItsItem() {
        for todo in ["a\n\u{0659}b", "\u{0301}x", "x\n\u{0301}\n\u{0659}"] {
            for id: String? in [nil, "T1"] {
                let back = Grid.items(Grid.cell(Grid.item(id: id, todo: todo), safe: false))
                #expect(back.count == 1 && back.first?.text == todo && back.first?.id == id, "\(todo.unicodeScalars.map(\.value)) \(id ?? "-") -> \(back)")
            }
        }
    }

    /// The cells matrix fills: each Todo on its own line, `[id] ` first, a line break
    /// inside a Todo indented, a block per team, empty where no task went.
    @Test func cellsKeepTodosPerTeamMilestoneAndRole() {
        var cells = Grid.Cells(milestones: 2, roles: 3)
        func add(_ team: Int, _ m: Int, _ r: Int, _ id: String?, _ todo: String) {
            let idBytes = id.map { Array($0.utf8) }
            Array(todo.utf8).withUnsafeBufferPointer { t in
                if let idBytes { idBytes.withUnsafeBufferPointer { cells.add(team: team, milestone: m, role: r, id: $0, todo: t) } }
                else { cells.add(team: team, milestone: m, role: r, id: nil, todo: t) }
            }
        }
        add(0, 1, 2, "T1", "first")
        add(0, 1, 2, "T2", "second\r\nline")
        add(1, 0, 0, nil, "other team")
        func text(_ t: Int, _ m: Int, _ r: Int) -> String { String(decoding: cells.cell(team: t, milestone: m, role: r), as: UTF8.self) }
        #expect(text(0, 1, 2) == "[T1] first\n[T2] second\n  line")
        #expect(text(1, 0, 0) == "other team")
        #expect(text(0, 0, 0) == "" && text(1, 1, 2) == "" && text(5, 0, 0) == "")
        #expect(Grid.items(text(0, 1, 2)) == [Grid.Item(id: "T1", text: "first", line: 1, written: "[T1] first"),
                                              Grid.Item(id: "T2", text: "second\nline", line: 2, written: "[T2] second\nline")])
    }

    /// Cells kept in CSV's encoding (matrix's CSV output), from the text or from the
    /// CSV token as it stood (quotes doubled), are written exactly as cells kept as text
    /// and encoded when written: quotes, commas, line breaks, ids, an
    /// apostrophe or a formula first, `--safe`, cells of many kilobytes.
    @Test func encodedCellsWriteAsTextCellsDo() throws {
        var rng = RoundTripProperties.RNG(state: 11)
        // Todos the one-line paths took, and those they left to `add`.
        var fast = 0, full = 0
        let words = ["調査", "a,b", "\"q\"", "x", "'lead", "=SUM(1)", "line\nnext", "cr\rlf\r\n", "", " sp "]
        for round in 0..<60 {
            let big = round % 30 == 0
            var tasks: [(Int, Int, String?, String, Bool)] = []
            for k in 0..<(big ? 30000 : Int.random(in: 0...20, using: &rng)) {
                let todo = (0..<Int.random(in: 0...3, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
                let id: String? = round % 2 == 0 ? ["T\(k)", "T\"\(k)", "T,\(k)"].randomElement(using: &rng)! : nil
                let csvPlain = !todo.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) })
                tasks.append((Int.random(in: 0..<2, using: &rng), Int.random(in: 0..<2, using: &rng), id, todo, csvPlain))
            }
            for safe in [false, true] {
                var outputs: [String] = []
                // As text, encoded from the text, encoded from the CSV token (quotes
                // doubled), and from the token as matrix reads CSV: a Todo whose id needs
                // no quotes, or without one, by the one-line paths (`addLine` for a field
                // read unquoted, `addToken` for a quoted one) where they take it.
                for way in 0..<4 {
                    var cells = Grid.Cells(milestones: 2, roles: 2, csvEncoded: way > 0)
                    for (m, r, id, todo, csvPlain) in tasks {
                        let given = way >= 2 ? todo.replacingOccurrences(of: "\"", with: "\"\"") : todo
                        let plain = !todo.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" })
                        let idBytes = id.map { Array($0.utf8) }
                        // The Todo inside a longer record in most rounds (the one-line
                        // paths then move it as 64 bytes), alone in every third.
                        let pad = round % 3 == 0 ? "" : String(repeating: "~", count: 70)
                        Array((given + pad).utf8).withUnsafeBufferPointer { record in
                            let t = UnsafeBufferPointer(rebasing: record[..<given.utf8.count])
                            func add(_ id: UnsafeBufferPointer<UInt8>?) {
                                // An id as an unquoted CSV field would hold it, or none.
                                let idPlain = id.map { !$0.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) } ?? true
                                if way == 3 && idPlain {
                                    let took = csvPlain ? cells.addLine(team: 0, milestone: m, role: r, id: id, todo: t, in: record)
                                                        : cells.addToken(team: 0, milestone: m, role: r, id: id, todo: t, in: record)
                                    if took { fast += 1; return }
                                    full += 1
                                }
                                cells.add(team: 0, milestone: m, role: r, id: id, todo: t, plain: plain, csvPlain: csvPlain && way != 2, csvToken: way >= 2)
                            }
                            if let idBytes { idBytes.withUnsafeBufferPointer { add($0) } } else { add(nil) }
                        }
                    }
                    let out = Output.memory()
                    let writer = TableWriter(out, WriteOptions(format: .csv))
                    writer.write(["milestone", "pm", "dev"])
                    Grid.writeRows(cells, teams: nil, milestones: [Term(id: "M1", ja: "", en: "", aliases: []), Term(id: "M2", ja: "", en: "", aliases: [])], label: { $0.id },
                                   roles: [0, 1], safe: safe, to: writer)
                    try out.flush()
                    outputs.append(out.capturedString)
                }
                #expect(outputs[0] == outputs[1] && outputs[0] == outputs[2] && outputs[0] == outputs[3], "round \(round) safe \(safe)")
            }
        }
        #expect(fast > 100 && full > 20, "one-line \(fast), full \(full)")
    }

    /// The warning of cells a spreadsheet would cut names them as `M1 × pm` (with the
    /// team, of several), only among the roles shown, four at most; none, no warning.
    @Test func warnsOfCellsASpreadsheetWouldCut() {
        var cells = Grid.Cells(milestones: 2, roles: 2)
        let long = Array(String(repeating: "あ", count: Grid.spreadsheetCellLimit).utf8)
        let terms = [Term(id: "M1", ja: "", en: "", aliases: []), Term(id: "M2", ja: "", en: "", aliases: [])]
        let roles = [(place: 0, term: Plan.roles.lookup("pm")!), (place: 1, term: Plan.roles.lookup("dev")!)]
        #expect(cells.cutWarning(roles: roles, milestones: terms, teams: nil) == nil)
        long.withUnsafeBufferPointer { cells.add(team: 0, milestone: 1, role: 0, id: nil, todo: $0) }
        Array("short".utf8).withUnsafeBufferPointer { cells.add(team: 1, milestone: 0, role: 1, id: nil, todo: $0) }
        let w = cells.cutWarning(roles: roles, milestones: terms, teams: nil)
        #expect(w?.contains(": M2 × pm;") == true, "\(w ?? "nil")")
        #expect(cells.cutWarning(roles: [roles[1]], milestones: terms, teams: nil) == nil)
        #expect(cells.cutWarning(roles: roles, milestones: terms, teams: ["さくら", "Harbor"])?.contains(": さくら M2 × pm;") == true)
        // One character short of the limit is no cut.
        var short = Grid.Cells(milestones: 1, roles: 1)
        Array(long.dropLast(3)).withUnsafeBufferPointer { short.add(team: 0, milestone: 0, role: 0, id: nil, todo: $0) }
        #expect(short.cutWarning(roles: [roles[0]], milestones: terms, teams: nil) == nil)
    }

    @Test func guardsAndUnguardsFormulas() {
        for s in ["=1+1", "+a", "-b", "@c"] {
            #expect(Grid.guardFormula(s) == "'" + s)
            #expect(Grid.unguard(Grid.guardFormula(s)) == s)
        }
        #expect(Grid.guardFormula("plain") == "plain")
        // A Todo that really starts with an apostrophe before = keeps it (fuzzer find).
        #expect(Grid.cell("'=x", safe: false) == "''=x")
        #expect(Grid.unguard(Grid.cell("'=x", safe: false)) == "'=x")
        #expect(Grid.unguard(Grid.guardFormula("'+SUM(")) == "'+SUM(")
        #expect(Grid.unguard("'plain") == "'plain")
    }

    /// `String.isTrimmed` says a value's bytes are their own trimmed text only when
    /// they are (it may send a value that is to the String path, never the reverse),
    /// and `matrix --ids` writes an id with white space at its edges as the trimmed id.
    @Test func idsTrimmedOnTheirBytes() throws {
        var rng = RoundTripProperties.RNG(state: 58)
        let parts = ["T1", " ", "\t", "\u{3000}", "\r", "\n", "\r\n", "あ", "é", "e\u{301}", " \u{301}", "\u{A0}", "調査", "-"]
        // `trimmed` (which returns the text as it stands when its edge bytes allow) and
        // `foldingWidth` (likewise without EF or E3 bytes) against the rules read plainly,
        // Character by Character and scalar by scalar.
        func trim(_ s: String) -> String {
            let ws: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\r" || $0 == "\n" }
            guard let a = s.firstIndex(where: { !ws($0) }) else { return "" }
            return String(s[a...s.lastIndex(where: { !ws($0) })!])
        }
        func fold(_ s: String) -> String {
            String(String.UnicodeScalarView(s.unicodeScalars.map { u in
                u.value >= 0xFF01 && u.value <= 0xFF5E ? Unicode.Scalar(u.value - 0xFEE0)! : u.value == 0x3000 ? " " : u
            }))
        }
        let wide = ["Ｔ１", "ｘ", "\u{FF5F}", "\u{FF00}", "\u{E000}"]
        var asTheyStand = 0
        for _ in 0..<5_000 {
            let s = (0..<Int.random(in: 0...4, using: &rng)).map { _ in (parts + wide).randomElement(using: &rng)! }.joined()
            let bytes = Array(s.utf8)
            #expect(s.trimmed == trim(s), "\(s.unicodeScalars.map(\.value))")
            #expect(s.foldingWidth == fold(s), "\(s.unicodeScalars.map(\.value))")
            if bytes.withUnsafeBufferPointer({ String.isTrimmed($0) }) {
                asTheyStand += 1
                #expect(trim(s) == s, "\(s.unicodeScalars.map(\.value))")
            }
        }
        #expect(asTheyStand > 1_000)
        let plain = try runTool(WBTasksCommand.spec, ["matrix", "--ids"], input: "id,milestone,role,todo\nT1,M1,pm,a\nT2,M1,pm,b\nT3,M2,dev,c\n")
        let padded = try runTool(WBTasksCommand.spec, ["matrix", "--ids"], input: "id,milestone,role,todo\n\" T1\",M1,pm,a\nT2\u{3000},M1,pm,b\n\"\tT3 \",M2,dev,c\n")
        #expect(padded == plain)
        #expect(throws: WBError.self) { try runTool(WBTasksCommand.spec, ["matrix", "--ids"], input: "id,milestone,role,todo\n\u{3000},M1,pm,a\n") }
    }

    @Test func nextIDs() {
        #expect(TaskIDs.next(after: ["T1", "T2", "T10"]) == "T11")
        #expect(TaskIDs.next(after: ["007", "008"]) == "009")
        #expect(TaskIDs.next(after: []) == "T1")
        #expect(TaskIDs.next(after: ["A1", "T1", "T2"]) == "T3")
        // A number taken elsewhere (another team's) is skipped, in the ids' own width.
        var a = TaskIDs(["T001", "T009"], used: ["T010", "T011", "X012"])
        #expect(a.next() == "T012" && a.next() == "T013")
        // Without a numbered id, T1 on, past those taken.
        var b = TaskIDs(["alpha"], used: ["T1", "T3"])
        #expect(b.next() == "T2" && b.next() == "T4")
    }

    /// Property: the byte-level allocator hands out what the rule says, checked against
    /// a plain reading of it over Characters and Strings, on ids with prefixes of any
    /// script, padded numbers, full-width and combining digits, and ids taken elsewhere.
    @Test func nextIDsFollowTheRule() {
        func reference(_ ids: [String], used others: [String], count: Int) -> [String] {
            var used = Set(ids).union(others)
            var stats: [String: (count: Int, first: Int, maxN: Int, width: Int)] = [:]
            for id in ids {
                let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
                guard !digits.isEmpty, digits.count <= 15 else { continue }
                let p = String(id.dropLast(digits.count)), n = Int(String(digits.reversed()))!
                var s = stats[p] ?? (0, stats.count, 0, 0)
                s.count += 1; s.maxN = max(s.maxN, n); s.width = max(s.width, digits.count)
                stats[p] = s
            }
            let best = stats.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }
            let prefix = best?.key ?? "T", width = best?.value.width ?? 0
            var k = (best?.value.maxN ?? 0) + 1
            func pad(_ n: Int) -> String { let s = String(n); return width > 1 && s.count < width ? String(repeating: "0", count: width - s.count) + s : s }
            var out: [String] = []
            for _ in 0..<count {
                while used.contains(prefix + pad(k)) { k += 1 }
                out.append(prefix + pad(k))
                used.insert(prefix + pad(k))
                k += 1
            }
            return out
        }
        var rng = RoundTripProperties.RNG(state: 11)
        let prefixes = ["T", "T", "T", "REQ-", "タスク", "", "t", "T１", "e\u{301}"]
        let tails = ["", "0", "00", "7", "１", "3\u{301}", "x"]
        var rounds = 0
        for _ in 0..<400 {
            func id() -> String {
                let p = prefixes[Int(rng.next() % UInt64(prefixes.count))]
                let n = Int(rng.next() % 40)
                let zeros = rng.next() % 4 == 0 ? "00" : ""
                return p + (rng.next() % 8 == 0 ? tails[Int(rng.next() % UInt64(tails.count))] : zeros + String(n))
            }
            let ids = (0..<Int(rng.next() % 12)).map { _ in id() }
            let others = (0..<Int(rng.next() % 6)).map { _ in id() }
            var a = TaskIDs(ids, used: others)
            let got = (0..<3).map { _ in a.next() }
            #expect(got == reference(ids, used: others, count: 3), "\(ids) \(others)")
            rounds += 1
        }
        #expect(rounds == 400)
    }

    /// Property: tasks → matrix → tasks is the identity on (milestone, role, todo) for
    /// Todos a spreadsheet cannot alter (no leading or trailing white space per line).
    @Test func matrixThenUnmatrixIsTheIdentity() throws {
        var rng = RoundTripProperties.RNG(state: 7)
        let words = ["調査", "PoC", "a,b", "\"q\"", "x", "稟議", "=SUM(1)", "[not id]", "😀"]
        for round in 0..<200 {
            var rows: [[String]] = []
            for k in 0..<Int.random(in: 1...12, using: &rng) {
                let m = "M\(Int.random(in: 1...4, using: &rng))"
                let r = ["pm", "dev", "ds", "ux"].randomElement(using: &rng)!
                let lines = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
                    (0..<Int.random(in: 1...3, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
                }
                rows.append(["T\(k + 1)", m, r, lines.joined(separator: "\n")])
            }
            let csv = write([["id", "milestone", "role", "todo"]] + rows, .csv)
            let back = try runTool(WBTasksCommand.spec, ["matrix", "--ids", "--safe"], input: csv)
            let tasks = try runTool(WBTasksCommand.spec, ["unmatrix"], input: back)
            // unmatrix writes the full canonical header; the first four columns are the grid's.
            let parsed = try parse(tasks, .csv).dropFirst().map { Array($0.prefix(4)) }
            let key: ([String]) -> String = { $0.joined(separator: "\u{1}") }
            #expect(Set(parsed.map(key)) == Set(rows.map(key)), "round \(round)")
            // And merging the untouched grid into its base gives the base byte for byte.
            let merged = try runTool(WBTasksCommand.spec, ["unmatrix", "--base", "BASE"], input: back, base: csv)
            #expect(merged == csv, "round \(round)")
        }
    }

    /// Property: a grid made without ids, merged untouched into its plan, gives the plan
    /// byte for byte: each line keeps the task of its text, however many tasks share it
    /// (words repeat on purpose), whatever marks, tags or indents the Todos start with.
    @Test func aGridWithoutIdsMergesBackByteForByte() throws {
        var rng = RoundTripProperties.RNG(state: 20261203)
        let words = ["調査", "a,b", "\"q\"", "x", "【重要】", "[WIP]", "・", "- y", "1. z", "=SUM(1)", "  ", "😀", "[T-1x]"]
        for round in 0..<150 {
            var rows: [[String]] = []
            for k in 0..<Int.random(in: 1...14, using: &rng) {
                let m = "M\(Int.random(in: 1...2, using: &rng))"
                let r = ["pm", "dev"].randomElement(using: &rng)!
                // Lines as people write them: none empty, none starting or ending with a space.
                let lines = (0..<Int.random(in: 1...2, using: &rng)).map { _ in
                    (0..<Int.random(in: 1...2, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
                        .trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty }
                rows.append(["T\(k + 1)", m, r, lines.isEmpty ? "x" : lines.joined(separator: "\n"), "owner \(k)"])
            }
            let csv = write([["id", "milestone", "role", "todo", "owner"]] + rows, .csv)
            let grid = try runTool(WBTasksCommand.spec, ["matrix", "--safe"], input: csv)
            let merged = try runTool(WBTasksCommand.spec, ["unmatrix", "--base", "BASE"], input: grid, base: csv)
            #expect(merged == csv, "round \(round): \(csv)")
        }
    }
}

import Foundation

/// Runs a tool in process on `input` (as a file), with an optional base file.
func runTool(_ spec: ToolSpec, _ args: [String], input: String, base: String? = nil, anyStatus: Bool = false) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-unit-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let inPath = dir.appendingPathComponent("in.csv").path
    try input.write(toFile: inPath, atomically: true, encoding: .utf8)
    var a = args
    if let base {
        let b = dir.appendingPathComponent("base.csv").path
        try base.write(toFile: b, atomically: true, encoding: .utf8)
        a = a.map { $0 == "BASE" ? b : $0 }
    }
    let out = Output.memory(), err = Output.memory()
    let status = Tool.run(spec, arguments: a + [inPath], stdinFD: 0, stdout: out, stderr: err, env: ["LC_ALL": "C"])
    try out.flush(); try err.flush()
    if status != 0 && !anyStatus { throw WBError(.dataError, "status \(status): " + err.capturedString) }
    return out.capturedString
}

/// Messages shown to people: control characters escaped, long quoted values cut, and
/// the fast path (most messages) returns them untouched.
struct DiagnosticTests {
    @Test func escapesCutsAndLeavesPlainMessagesAlone() {
        let plain = "M2 (2026-09-15) comes before M1 (2026-10-01); milestones go M1 <= M2 <= M3 <= M4 and a milestone's name"
        #expect(Diagnostic.clean(plain) == plain)
        #expect(Diagnostic.clean("'a\u{1B}[31m\r\nb' is bad") == "'a\\x1B[31m\\r\\nb' is bad")
        let long = String(repeating: "9", count: 5000)
        let cut = Diagnostic.clean("'\(long)' is not a date")
        #expect(cut == "'" + String(repeating: "9", count: 80) + "…' is not a date")
        // An apostrophe inside a word does not close the value.
        let tricky = "'it's " + String(repeating: "x", count: 100) + "' is odd"
        #expect(Diagnostic.clean(tricky).count < 100)
        #expect(Diagnostic.clean(String(repeating: "あ", count: 2000)).count <= Diagnostic.messageLimit + 1)
        #expect(Diagnostic.clean("bell\u{07} and \u{85} and \u{2028}") == "bell\\x07 and \\x85 and \\u{2028}")
    }

    /// The check reads eight bytes at a time where it can; it must answer as a check
    /// of one byte at a time does, wherever the control character or quote falls.
    @Test func theWordAtATimeCheckAgreesWithByteByByte() {
        func reference(_ u: [UInt8]) -> Bool {
            if u.count > Diagnostic.messageLimit { return false }
            var run = 0, quoted = false
            for (i, b) in u.enumerated() {
                if b < 0x20 || b == 0x7F { return false }
                if b == 0xC2 && i + 1 < u.count && u[i + 1] >= 0x80 && u[i + 1] < 0xA0 { return false }
                if b == 0xE2 && i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9) { return false }
                if b == 0x27 { run = 0; quoted = true } else if quoted { run += 1; if run > Diagnostic.valueLimit { return false } }
            }
            return true
        }
        var rng = RoundTripProperties.RNG(state: 20261130)
        let alphabet: [[UInt8]] = [[0x61], [0x20], [0x27], [0x1F], [0x7F], [0x7E], [0x30], [0xC2, 0x85], [0xC2, 0xA0],
                                   [0xE2, 0x80, 0xA8], [0xE3, 0x81, 0x82], [0x09], [0x80 - 1]]
        var disagreements = 0, clean = 0
        for _ in 0..<20_000 {
            var u: [UInt8] = []
            let length = Int(rng.next() % 200)
            // Mostly printable text, a rare other piece, so both answers occur.
            while u.count < length {
                let r = Int(rng.next() % 100)
                u += r < 90 ? [UInt8(0x41 + rng.next() % 26)] : alphabet[r % alphabet.count]
            }
            if Int(rng.next() % 3) == 0 { u += [UInt8](repeating: 0x62, count: Int(rng.next() % 120)) }
            let fast = u.withUnsafeBufferPointer { Diagnostic.isClean($0) }
            if fast != reference(u) { disagreements += 1 }
            if fast { clean += 1 }
        }
        #expect(disagreements == 0)
        #expect(clean > 1000 && clean < 19_000)
    }
}

/// Numbers and dates written as bytes (by the hundred thousand in a check's findings)
/// read as `String(n)` and `CivilDate.iso` write them, zero-padded where asked.
struct DecimalBytesTests {
    @Test func decimalsAreWrittenAsStringWritesThem() {
        var rng = RoundTripProperties.RNG(state: 1130)
        var values = [0, 1, 9, 10, 99, 100, 999_999, 1_000_000, Int.max, -1, -10, Int.min]
        for _ in 0..<5_000 { values.append(Int(truncatingIfNeeded: rng.next() >> (rng.next() % 64))) }
        for n in values {
            for width in [1, 2, 4, 25] {
                let out = ByteBuffer(capacity: 1)
                out.append(0x78)
                out.append(decimal: n, width: width)
                let digits = String(n)
                let padded = n < 0 ? digits : String(repeating: "0", count: max(0, width - digits.count)) + digits
                #expect(String(decoding: out.bytes, as: UTF8.self) == "x" + padded, "n \(n) width \(width)")
            }
        }
    }

    /// The buffer grows from its smallest size as an array would, whatever is appended.
    @Test func aByteBufferHoldsWhatAnArrayHolds() {
        var rng = RoundTripProperties.RNG(state: 301)
        let buffer = ByteBuffer(capacity: 1)
        var array: [UInt8] = []
        var largest = 0
        for step in 0..<3_000 {
            let piece = (0..<Int(rng.next() % 40)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            switch rng.next() % 6 {
            case 0: buffer.append(piece); array += piece
            case 1: piece.withUnsafeBufferPointer { buffer.append($0) }; array += piece
            case 2: buffer.append(repeating: 0x30, count: piece.count); array += [UInt8](repeating: 0x30, count: piece.count)
            case 3: if let b = piece.first { buffer.append(b); array.append(b) }
            case 4: let p = buffer.extend(by: piece.count); for (k, b) in piece.enumerated() { p[k] = b }; array += piece
            default:
                if step % 50 == 0 { buffer.removeAll(); array.removeAll() }
                else { buffer.truncate(to: array.count / 2); array.removeLast(array.count - array.count / 2) }
            }
            #expect(buffer.count == array.count)
            largest = max(largest, array.count)
        }
        #expect(buffer.array == array)
        // It grew well past its first capacity.
        #expect(largest > 500)
    }

    @Test func appendISOWritesTheISODate() {
        for days in stride(from: -800_000, to: 3_000_000, by: 997) {
            let d = CivilDate(days: days)
            let out = ByteBuffer(capacity: 1)
            d.appendISO(to: out)
            #expect(String(decoding: out.bytes, as: UTF8.self) == d.iso)
        }
    }
}

/// The codes path's per-column cache answers as a dictionary does, for values of every
/// length around the eight bytes it compares as one word (zero bytes included, so a
/// value and the same value with a NUL after it differ only in length).
struct CodeCacheTests {
    @Test func theCacheAnswersAsADictionary() {
        var rng = RoundTripProperties.RNG(state: 64)
        let cache = CodeCache()
        var truth: [[UInt8]: Int] = [:]
        var keys: [[UInt8]] = []
        for k in 0..<64 {
            var key = (0..<Int(rng.next() % 13)).map { _ in UInt8(truncatingIfNeeded: rng.next() % 4) }
            if k % 5 == 0, let last = keys.last { key = last + [0] }
            if truth[key] != nil { continue }
            let stored = key.withUnsafeBufferPointer { cache.put($0, k) }
            if stored { truth[key] = k; keys.append(key) }
        }
        #expect(keys.count > 30)
        var probes = keys
        for _ in 0..<2_000 { probes.append((0..<Int(rng.next() % 13)).map { _ in UInt8(truncatingIfNeeded: rng.next() % 4) }) }
        for p in probes {
            let got = p.withUnsafeBufferPointer { cache.get($0) }
            #expect(got == truth[p], "\(p)")
        }
    }
}

/// The codes of adjacent columns found at once (`RunCache`) are those found column by
/// column: the same random rows read by a resolver whose code columns stand side by
/// side (wb's order: runs of two and three) and by one whose columns are apart (no
/// runs), in CSV and in TSV, with aliases, values of one length that differ in their last bytes, full-width and spaced values, empty ones,
/// unknown ones, quoted ones and runs longer than the 24 bytes the cache keeps.
struct RunCacheTests {
    @Test func adjacentColumnsGiveWhatColumnsApartGive() throws {
        var rng = RoundTripProperties.RNG(state: 20261201)
        func pick(_ xs: [String]) -> String { xs[Int(rng.next() % UInt64(xs.count))] }
        let milestones = ["M1", "M2", "m3", "Ｍ4", "M1 ", "M9", "", "M1\tpm", "M1,pm"]
        let roles = ["pm", "dev", "ds", "開発", "Dev", "dex", "x", "", "pm,dev"]
        let statuses = ["todo", "doing", "done", "Done", "tudo", "blocked", "", "完了", "nope", "do\ting"]
        let kinds = ["task", "Task", "tusk", "request", "validation", "approval", "", "承認", "?"]
        let difficulties = ["1", "3", "10", "", "１０", "7", "a,b"]
        let wide = "id,milestone,role,todo,due,status,difficulty,kind"
        let apart = "milestone,todo,role,id,status,due,kind,notes,difficulty"
        var compared = 0, found = 0
        for format in [TableFormat.csv, .tsv] {
            let sep = format == .csv ? "," : "\t"
            func cell(_ v: String) -> String {
                if format == .tsv { return v.replacingOccurrences(of: "\t", with: "\\t") }
                return v.contains(",") || rng.next() % 9 == 0 ? "\"" + v + "\"" : v
            }
            var a = wide.replacingOccurrences(of: ",", with: sep) + "\n"
            var b = apart.replacingOccurrences(of: ",", with: sep) + "\n"
            for n in 0..<4_000 {
                let (m, r, st, k, d) = (pick(milestones), pick(roles), pick(statuses), pick(kinds), pick(difficulties))
                let due = n % 3 == 0 ? "" : "2026-07-1\(n % 10)"
                a += ["T\(n)", m, r, "todo \(n)", due, st, d, k].map(cell).joined(separator: sep) + "\n"
                b += [m, "todo \(n)", r, "T\(n)", st, due, k, "", d].map(cell).joined(separator: sep) + "\n"
            }
            func codes(_ text: String) throws -> [String] {
                let reader = try TableReader(source: ByteSource(name: "t", bytes: Array(text.utf8)), options: ReadOptions(format: format))
                let schema = try TaskSchema(header: try reader.header(), file: "t")
                let resolver = TaskResolver(schema: schema, file: "t", dates: DateContext())
                var out: [String] = []
                try reader.forEachRecord { row in
                    out.append(resolver.codes(row.fields).map { "\($0.milestone) \($0.role) \($0.status) \($0.kind) \($0.due) \($0.difficulty) \($0.canonical)" } ?? "nil")
                }
                return out
            }
            let (x, y) = (try codes(a), try codes(b))
            #expect(x.count == 4_000 && x == y)
            compared += x.count
            found += x.filter { $0 != "nil" }.count
        }
        #expect(compared == 8_000 && found > 1_000)
    }

    @Test func runsAreTheAdjacentColumns() {
        #expect(RunCache.runs([1, 2, 5, 7, 6]).map { [$0.first, $0.last] + $0.columns } == [[1, 2, 0, 1], [5, 7, 2, 4, 3]])
        #expect(RunCache.runs([0, 2, 4, nil, 6]).isEmpty)
        #expect(RunCache.runs([3, nil, 4, 5, 9]).map(\.columns) == [[0, 2, 3]])
    }
}

/// The day cache answers as `isoDays` does: for four years of days, whose dates of one
/// month and day share a slot (so slots are taken over), read in order and out of it,
/// and for random dates repeated in any order, with dates that do not exist, years
/// outside 1000-9999, other lengths and non-digits mixed in.
struct DayCacheTests {
    @Test func theCacheAnswersAsTheParser() {
        var rng = RoundTripProperties.RNG(state: 20261130)
        let cache = DayCache()
        var pool: [String] = []
        for _ in 0..<600 {
            let y = [999, 1000, 2026, 2027, 2028, 9999, 10000][Int(rng.next() % 7)]
            let m = Int(rng.next() % 14), d = Int(rng.next() % 33)
            var s = String(format: "%04d-%02d-%02d", y, m, d)
            switch rng.next() % 10 {
            case 0: s = String(s.dropLast())
            case 1: s = s.replacingOccurrences(of: "-", with: "/")
            case 2: s = "２０２６-01-01"
            default: break
            }
            pool.append(s)
        }
        // Every day of four years: many dates share their first eight bytes (a month),
        // and the four of each month and day share a slot, which they take over.
        let year = (0..<1461).map { CivilDate(days: CivilDate(2026, 1, 1)!.days + $0).iso }
        var checked = 0, exists = 0
        for round in 0..<6 {
            for k in 0..<year.count {
                let s = year[round % 2 == 0 ? k : (k * 7 + round) % year.count]
                let (got, want) = Array(s.utf8).withUnsafeBufferPointer { (cache.days($0), CivilDate.isoDays($0)) }
                #expect(got == want, "\(s)")
            }
        }
        for _ in 0..<20_000 {
            let s = pool[Int(rng.next() % UInt64(pool.count))]
            let bytes = Array(s.utf8)
            let (got, want) = bytes.withUnsafeBufferPointer { (cache.days($0), CivilDate.isoDays($0)) }
            #expect(got == want, "\(s)")
            checked += 1
            if want != nil { exists += 1 }
        }
        #expect(checked == 20_000 && exists > 5_000)
    }
}

/// The id table answers as a dictionary from byte strings to the first index does,
/// for numbered ids (kept in its array) and any others (hashed) mixed: leading zeros,
/// other prefixes, numbers past the array, empty and non-ASCII keys.
struct IDTableTests {
    /// The keys in one arena, as the review keeps ids: `body` gets key i by index.
    static func inArena(_ keys: [[UInt8]], _ body: ((Int32) -> UnsafeBufferPointer<UInt8>) -> Void) {
        let arena = keys.flatMap { $0 }
        var starts = [0]
        for k in keys { starts.append(starts.last! + k.count) }
        arena.withUnsafeBufferPointer { a in
            body { i in UnsafeBufferPointer(rebasing: a[starts[Int(i)]..<starts[Int(i) + 1]]) }
        }
    }

    @Test func agreesWithADictionary() {
        var rng = RoundTripProperties.RNG(state: 7)
        for round in 0..<200 {
            let n = Int(rng.next() % 300)
            var keys: [[UInt8]] = []
            for _ in 0..<n {
                let number = String(rng.next() % UInt64(1 + 4 * n))
                let pieces = ["T" + number, "T0" + number, "t" + number, "T" + number + "a", "REQ-" + number, number,
                              "T", "", "Ｔ" + number, "T" + String(rng.next() % 10_000_000_000)]
                keys.append(Array(pieces[Int(rng.next() % 10) < 6 ? 0 : Int(rng.next() % UInt64(pieces.count))].utf8))
            }
            let sample = round % 5 == 0 ? nil : keys.first
            var table: IDTable
            if let sample { table = sample.withUnsafeBufferPointer { IDTable(capacity: n, sample: $0) } }
            else { table = IDTable(capacity: n) }
            var reference: [[UInt8]: Int32] = [:]
            var agree = true
            Self.inArena(keys) { keyOf in
                for (i, k) in keys.enumerated() {
                    let got = table.insert(keyOf(Int32(i)), Int32(i), keyOf: keyOf)
                    let want = reference[k]
                    if want == nil { reference[k] = Int32(i) }
                    if got != want { agree = false }
                }
                for _ in 0..<50 {
                    let probe = Array(("T" + String(rng.next() % UInt64(1 + 8 * n))).utf8)
                    if probe.withUnsafeBufferPointer({ table.find($0, keyOf: keyOf) }) != reference[probe] { agree = false }
                }
            }
            #expect(agree, "round \(round)")
            // Said to be all numbered: every key is the prefix and digits (which check's
            // id-case rule relies on to skip its pass).
            if table.onlyNumbered {
                let p = table.numberPrefix
                for k in keys {
                    #expect(k.count > p.count && k.starts(with: p) && k.dropFirst(p.count).allSatisfy { $0 >= 0x30 && $0 <= 0x39 },
                            "round \(round): \(String(decoding: k, as: UTF8.self))")
                }
            }
        }
    }
}

extension IDTableTests {
    /// Ids numbered in order (T1 on the first task, …), where the table computes a
    /// value from the number, and the same with one change that ends that: a gap, a
    /// repeat, two swapped, a start past 1, a key of another form; probed midway and at
    /// the end, in range and past it.
    @Test(arguments: 0..<8)
    func agreesWithADictionaryWhenNumberedInOrder(_ change: Int) {
        var rng = RoundTripProperties.RNG(state: UInt64(100 + change))
        for _ in 0..<40 {
            let n = 1 + Int(rng.next() % 200)
            var numbers = Array(1...n)
            let at = Int(rng.next() % UInt64(n))
            switch change {
            case 1: numbers[at] += n                                 // a gap (and a number past the rest)
            case 2: numbers[at] = numbers[max(0, at - 1)]            // a repeat
            case 3: if at + 1 < n { numbers.swapAt(at, at + 1) }     // two swapped
            case 4: numbers = numbers.map { $0 + 4 }                 // from T5
            default: break
            }
            var keys = numbers.map { Array("T\($0)".utf8) }
            if change == 5 { keys[at] = Array("REQ-\(at)".utf8) }      // another form
            if change == 6 { keys[at] = Array("T0\(numbers[at])".utf8) } // a leading zero
            if change == 7 { keys.append(Array("T\(n + 1)".utf8)); keys[at] = [] } // an empty key
            var table = keys[0].withUnsafeBufferPointer { IDTable(capacity: keys.count, sample: $0) }
            var reference: [[UInt8]: Int32] = [:]
            var agree = true
            Self.inArena(keys) { keyOf in
                func probe() {
                    for p in [0, 1, 2, n / 2, n, n + 1, n + 4, 2 * n, 3 * n] {
                        let key = Array("T\(p)".utf8)
                        if key.withUnsafeBufferPointer({ table.find($0, keyOf: keyOf) }) != reference[key] { agree = false }
                    }
                }
                for (i, k) in keys.enumerated() {
                    if table.insert(keyOf(Int32(i)), Int32(i), keyOf: keyOf) != reference[k] { agree = false }
                    if reference[k] == nil { reference[k] = Int32(i) }
                    if i == keys.count / 2 { probe() }
                }
                probe()
            }
            #expect(agree, "change \(change), n \(n), at \(at)")
            // Keys all numbered, or not: another form, a leading zero, an empty key.
            if [0, 2, 3, 4].contains(change) { #expect(table.onlyNumbered && table.numberPrefix == Array("T".utf8)) }
            if [6, 7].contains(change) || (change == 5 && n > 1) { #expect(!table.onlyNumbered) }
        }
    }
}

/// Dependency cycles: each found once, a long path kept only as far as a message shows
/// it, so a chain closing on its start from every task stays linear.
struct CycleTests {
    @Test func longPathsAreCutAndShortOnesWhole() {
        // Task k depends on k + 1 and on 0: a cycle through 0 closes at every task.
        let n = 600
        let deps: [[Int32]] = (0..<n).map { k in k + 1 < n ? [Int32(k + 1), 0] : [0] }
        let found = Self.cycles(deps)
        #expect(found.count == n)
        for (task, path, cut) in found {
            #expect(path.first == 0)
            if task + 1 < Review.cyclePathLimit {
                #expect(!cut && path == Array(0...task) + [0], "task \(task)")
            } else {
                #expect(cut && path == Array(0..<Review.cyclePathLimit), "task \(task)")
            }
        }
        // Two small cycles apart from each other, each once.
        let two: [[Int32]] = [[1], [0], [3], [2], [-1]]
        #expect(Self.cycles(two).map(\.path) == [[0, 1, 0], [2, 3, 2]])
    }

    /// Dependencies on earlier tasks only close no cycle, and `cycles` says so without
    /// searching; one dependency on the task itself or on a later one that closes a
    /// path is found. On random plans, a cycle is found exactly when a topological
    /// order (Kahn's, made here) does not take every task.
    @Test func aCycleIsFoundExactlyWhenThePlanHasOne() {
        #expect(Self.cycles([[-1], [0], [0, 1], [2, -1]]).isEmpty)
        #expect(Self.cycles([[], [1]]).map(\.path) == [[1, 1]])
        #expect(Self.cycles([[3], [0], [1], [2]]).map(\.path) == [[0, 3, 2, 1, 0]])
        #expect(Self.cycles([[], [0], [1], [2], [4]]).map(\.path) == [[4, 4]])
        var rng = RoundTripProperties.RNG(state: 15)
        for round in 0..<400 {
            let n = 1 + Int(rng.next() % 30)
            let backward = round % 2 == 0
            let deps: [[Int32]] = (0..<n).map { k in
                (0..<Int(rng.next() % 3)).compactMap { _ in
                    if rng.next() % 10 == 0 { return -1 }
                    if backward { return k == 0 ? nil : Int32(rng.next() % UInt64(k)) }
                    return Int32(rng.next() % UInt64(n))
                }
            }
            var waiting = deps.map { $0.filter { $0 >= 0 }.count }
            var users = [[Int]](repeating: [], count: n)
            for (k, d) in deps.enumerated() { for j in d where j >= 0 { users[Int(j)].append(k) } }
            var ready = (0..<n).filter { waiting[$0] == 0 }, ordered = 0
            while let j = ready.popLast() {
                ordered += 1
                for k in users[j] { waiting[k] -= 1; if waiting[k] == 0 { ready.append(k) } }
            }
            let found = Self.cycles(deps)
            #expect(found.isEmpty == (ordered == n), "round \(round): \(deps)")
            if backward { #expect(found.isEmpty) }
            for (_, path, cut) in found where !cut {
                #expect(path.first == path.last && path.count >= 2)
                for i in 1..<path.count { #expect(deps[path[i - 1]].contains(Int32(path[i])), "round \(round): \(path)") }
            }
        }
    }

    /// A cycle's message keeps its ids whole: all of a short path, as many of a long
    /// one as a message holds and then ` -> …`, which also ends a path `cycles` cut.
    @Test func cycleMessagesKeepIdsWhole() {
        #expect(Review.cycleMessage("cycle: ", ["T1", "T2", "T1"], cut: false) == "cycle: T1 -> T2 -> T1")
        #expect(Review.cycleMessage("cycle: ", ["T1", "T2"], cut: true) == "cycle: T1 -> T2 -> …")
        for id in ["T12345", "タスク一二三", String(repeating: "x", count: 97)] {
            let ids = (0..<500).map { "\(id)-\($0)" }
            let m = Review.cycleMessage("cycle: ", ids, cut: false)
            #expect(m.utf8.count <= Diagnostic.messageLimit && m.hasSuffix(" -> …"))
            #expect(Diagnostic.isClean(m))
            let shown = m.dropFirst("cycle: ".count).dropLast(" -> …".count).components(separatedBy: " -> ")
            #expect(shown == Array(ids.prefix(shown.count)) && shown.count > 5)
            #expect(Diagnostic.clean(m) == m)
        }
    }

    /// `Review.cycles` of a list of each task's dependencies.
    static func cycles(_ deps: [[Int32]]) -> [(task: Int, path: [Int], cut: Bool)] {
        Review.cycles(from: deps.reduce(into: [Int32(0)]) { $0.append($0.last! + Int32($1.count)) }, targets: deps.flatMap { $0 })
    }
}

/// What check keeps per task and per finding, which its memory target (64 bytes a
/// task plus the findings) rests on.
struct CheckMemoryTests {
    @Test func aTaskAndAFindingStaySmall() {
        #expect(MemoryLayout<Review.Tasks.Task>.stride == 20)
        #expect(MemoryLayout<FindingList.Entry>.stride == 24)
        #expect(MemoryLayout<Review.Span>.stride == 8)
    }

    /// The findings' memo gives back what was stored under a key, nothing for a key
    /// never stored or since replaced, and starts over past a megabyte with what it
    /// holds intact.
    @Test func theFieldMemoKeepsWhatWasStoredUnderItsKey() {
        var memo = FieldMemo()
        func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
        func find(_ k0: UInt64, _ k1: UInt64) -> String? { memo.find(k0, k1).map { String(decoding: $0, as: UTF8.self) } }
        func store(_ k0: UInt64, _ k1: UInt64, _ s: String) { bytes(s).withUnsafeBufferPointer { memo.store(k0, k1, $0) } }
        store(1, 7, ",overdue,\"due 2026-10-05, 56 days ago\"")
        store(2, 7, ",untracked,no owner")
        #expect(find(1, 7) == ",overdue,\"due 2026-10-05, 56 days ago\"")
        #expect(find(2, 7) == ",untracked,no owner")
        #expect(find(1, 8) == nil && find(3, 7) == nil)
        // Many keys: every one found is the one stored under it (a key that met
        // another's place is gone, never mixed up), past several start-overs.
        var found = 0
        for k in 1...60_000 as ClosedRange<UInt64> { store(k << 8 | 5, k, ",rule,message \(k) " + String(repeating: "x", count: 40)) }
        for k in 1...60_000 as ClosedRange<UInt64> {
            if let f = find(k << 8 | 5, k) {
                #expect(f == ",rule,message \(k) " + String(repeating: "x", count: 40))
                found += 1
            }
        }
        #expect(found > 1_000 && found <= 4_096)
        #expect(find(60_000 << 8 | 5, 60_000) != nil)
    }

    /// Past what its 32-bit offsets hold, check's plan refuses the row that would
    /// overflow them, naming it, instead of trapping (the limit lowered to reach it).
    @Test func aPlanPastTheArenaIsRefusedAtItsRow() throws {
        let text = "id,milestone,role,todo,depends_on\nT1,M1,pm,a,\nT2,M1,dev,b,T1\nT3,M2,ds,c,\"T1,T2\"\n"
        let reader = try TableReader(source: ByteSource(name: "big.csv", bytes: Array(text.utf8)), options: ReadOptions(format: .csv))
        let header = try reader.header()
        let schema = try TaskSchema(header: header, file: reader.name)
        let resolver = TaskResolver(schema: schema, file: reader.name, dates: DateContext(year: 2026))
        var plan = Review.Tasks(schema: schema)
        // T1 and T2 T1 fit in 6 bytes; the third row's id and dependencies do not.
        plan.byteLimit = 6
        var findings = FindingList()
        var refused: WBError?
        do {
            try reader.forEachRecord { row in
                let c = try #require(resolver.codes(row.fields))
                guard plan.read(row.fields, line: row.line, c, findings: &findings, team: -1) else {
                    throw Review.Tasks.tooLarge(file: reader.name, line: row.line)
                }
            }
        } catch let e as WBError { refused = e }
        // The bytes kept never pass the limit (the 32-bit offsets stay valid).
        #expect(plan.bytes.count <= 6)
        let e = try #require(refused)
        #expect(e.location == SourceLocation(file: "big.csv", line: 4))
        #expect(e.message.contains("too large to check in one piece"))
    }

    @Test func theRulesCodesAreTheVocabularies() {
        func code(_ id: String, _ v: Vocabulary) -> UInt8? { v.terms.firstIndex { $0.id == id }.map { UInt8($0 + 1) } }
        #expect(Review.Tasks.request == code("request", Plan.kinds))
        #expect(Review.Tasks.validation == code("validation", Plan.kinds))
        #expect(Review.Tasks.approval == code("approval", Plan.kinds))
        #expect(Review.Tasks.done == code("done", Plan.statuses))
    }

    /// Standard output holds a table back (a run that fails within it prints
    /// nothing); once the findings start (`stopHolding`) it streams in blocks, so
    /// check's findings never grow the buffer to its 16 MiB hold. A block is 64 KiB
    /// into a pipe (its capacity) and 1 MiB into a regular file (fewer writes, each of
    /// which costs the file system a fixed amount).
    @Test func outputStreamsOnceItStopsHolding() throws {
        #if os(Linux)
        // A pipe, made roomy enough that nothing blocks (F_SETPIPE_SZ, 1031, which
        // Glibc's module leaves out): `FIONREAD` says what is in it.
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        #expect(fcntl(ends[1], 1031, Int32(1 << 20)) >= 1 << 20)
        func inPipe() -> Int { var n: Int32 = 0; _ = ioctl(ends[0], UInt(FIONREAD), &n); return Int(n) }
        let out = Output(fd: ends[1], hold: true)
        let block = [UInt8](repeating: 0x61, count: 50_000)
        for _ in 0..<4 { out.write(block) }
        #expect(inPipe() == 0)
        out.abandon(tool: "t")
        try out.flush()
        #expect(inPipe() == 0)
        for _ in 0..<4 { out.write(block) }
        out.stopHolding()
        #expect(inPipe() == 200_000)
        // Then in 64 KiB steps: a block stays in the buffer, a second fills it past.
        out.write(block)
        #expect(inPipe() == 200_000)
        out.write(block)
        #expect(inPipe() == 300_000)
        out.write(block)
        try out.flush()
        #expect(inPipe() == 350_000)
        #endif

        // A regular file: the same, in 1 MiB steps.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wb-hold-\(getpid()).out").path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(fd >= 0)
        defer { close(fd); unlink(path) }
        func written() -> Int { var st = stat(); fstat(fd, &st); return Int(st.st_size) }
        let file = Output(fd: fd, hold: true)
        let big = [UInt8](repeating: 0x62, count: 300_000)
        for _ in 0..<4 { file.write(big) }
        #expect(written() == 0)
        file.stopHolding()
        #expect(written() == 1_200_000)
        for k in 1...3 {
            file.write(big)
            #expect(written() == 1_200_000, "block \(k) of 300,000 bytes is still buffered")
        }
        file.write(big)
        #expect(written() == 2_400_000)
        file.write(block)
        try file.flush()
        #expect(written() == 2_450_000)
    }

    /// Findings name each task by its id as it stands, quoted or escaped where the
    /// output format needs it: ids written without a look of their own when every id
    /// and dependency is plain, and each looked at otherwise.
    @Test func findingsWriteIdsAsTheyAre() throws {
        for ids in [["T1", "T2", "T3"], ["T,1", "Q\"2", "T3"], ["\"x", "a\\b", "T3"], ["T1", "T2", "T3 "]] {
            for format in [TableFormat.csv, .tsv] {
                let rows = ids.map { [$0, "M1", "pm", "do it", "someone", "2026-01-05", "todo", "3", "task", "", "done"] }
                let plan = write([["id", "milestone", "role", "todo", "owner", "due", "status", "difficulty", "kind", "depends_on", "done_when"]] + rows, .csv)
                let out = try runTool(WBTasksCommand.spec, ["check", "--today", "2026-02-01", "--to", format == .csv ? "csv" : "tsv"], input: plan)
                let found = try parse(out, format).dropFirst().filter { $0[3] == "overdue" }.map { $0[2] }
                #expect(found == ids.map(\.trimmed), "\(ids) \(format)")
            }
        }
    }

    /// `--format text` says what the table says, finding for finding, the rows in its
    /// order and each row's findings by their columns: random plans (duplicate and dangling ids, bad words, hard tasks, requests,
    /// approvals, past dues, ids with commas), the one-team path (the table applies
    /// the per-task rules while writing, the lines read them stored) and with teams.
    @Test func findingsAsLinesAreTheTablesFindings() throws {
        var rng = RoundTripProperties.RNG(state: 15)
        func pick(_ xs: [String]) -> String { xs.randomElement(using: &rng)! }
        for round in 0..<24 {
            let teams = round % 3 == 2
            var rows = [["id", "milestone", "role", "todo", "owner", "due", "status", "difficulty", "kind", "depends_on", "done_when"] + (teams ? ["team"] : [])]
            for k in 0..<Int.random(in: 5...60, using: &rng) {
                var row = [pick(["T\(k + 1)", "T\(k + 1)", "T\(k / 2)", "t\(k)", "T,\(k)", ""]), pick(["M1", "M2", "M3", "M9", "ファンの獲得"]),
                           pick(["pm", "dev", "ds", "sales", "xx"]), pick(["do it", "稟議を通す", "PoC を検証", "依頼する", ""]),
                           pick(["", "佐藤"]), pick(["", "2026-01-05", "2026-03-01", "2026-13-01", "7/31"]), pick(["", "todo", "done", "doing", "maybe"]),
                           pick(["", "1", "8", "10", "4"]), pick(["", "task", "request", "validation", "approval"]),
                           pick(["", "T1", "T2 T3", "T99", "pm"]), pick(["", "done"])]
                if teams { row.append(pick(["A", "B", ""])) }
                rows.append(row)
            }
            let plan = write(rows, .csv)
            let table = try parse(try runTool(WBTasksCommand.spec, ["check", "--today", "2026-02-01"], input: plan, anyStatus: true), .csv)
            let lines = try runTool(WBTasksCommand.spec, ["check", "--today", "2026-02-01", "--format", "text"], input: plan, anyStatus: true)
                .split(separator: "\n").map { l in l.range(of: "/in.csv").map { "in.csv" + l[$0.upperBound...] } ?? String(l) }
            let head = table[0], offset = head.first == "team" ? 1 : 0
            let expected = table.dropFirst().map { r -> String in
                let (severity, line, id, rule, message) = (r[offset], r[offset + 1], r[offset + 2], r[offset + 3], r[offset + 4])
                let about = [offset == 1 && !r[0].isEmpty ? r[0] : nil, id.trimmed.isEmpty ? nil : id].compactMap { $0 }.map { $0 + ": " }.joined()
                return (line.isEmpty ? "in.csv" : "in.csv:\(line)") + ": \(severity): " + about + message + " [\(rule)]"
            }
            // The lines give the column of a finding about a task's field (every row is
            // one line here, so the line is the table's): the same lines without it.
            let withoutColumns = lines.map { l -> String in
                guard let r = l.range(of: #"^in\.csv:[0-9]+:[0-9]+: "#, options: .regularExpression) else { return l }
                let place = l[r].dropLast(2)
                return String(place[..<place.lastIndex(of: ":")!]) + ": " + l[r.upperBound...]
            }
            for l in lines where l.hasSuffix("[overdue]") || l.hasSuffix("[dangling-dependency]") || l.hasSuffix("[unknown-milestone]") {
                #expect(l.range(of: #"^in\.csv:[0-9]+:[0-9]+: "#, options: .regularExpression) != nil, "round \(round): \(l)")
            }
            #expect(lines.count > 3, "round \(round)")
            #expect(lines.count == expected.count, "round \(round)")
            // The rows in the table's order; within a row, the lines by their places
            // (the row's own first, then by column), the table's by severity: the same
            // findings, each row's in its own order.
            func row(_ l: String) -> Int? {
                l.range(of: #"^in\.csv:[0-9]+"#, options: .regularExpression).map { Int(l[$0].dropFirst(7))! }
            }
            func column(_ l: String) -> Int {
                l.range(of: #"^in\.csv:[0-9]+:[0-9]+: "#, options: .regularExpression)
                    .map { Int(l[$0].dropLast(2).split(separator: ":").last!)! } ?? 0
            }
            func byRow(_ ls: [String]) -> [[String]] {
                var out: [[String]] = []
                for (k, l) in ls.enumerated() {
                    if k > 0, row(l) == row(ls[k - 1]) { out[out.count - 1].append(l) } else { out.append([l]) }
                }
                return out
            }
            for r in byRow(lines) where r.map(column) != r.map(column).sorted() {
                Issue.record("round \(round): a row's findings out of their columns' order: \(r)")
            }
            let (got, want) = (byRow(withoutColumns), byRow(expected))
            #expect(got.count == want.count, "round \(round)")
            if let k = (0..<min(got.count, want.count)).first(where: { got[$0].sorted() != want[$0].sorted() }) {
                Issue.record("round \(round), row \(k): \(got[k]) ≠ \(want[k])")
            }
        }
    }

    @Test func aLineKeptIn32BitsReadsBack() {
        for line in [0, 1, 2, 1 << 20, Int(UInt32.max) - 1, FindingList.Entry.plan] {
            let e = FindingList.Entry(line: line, task: -1, a: 0, b: 0, team: -1, rule: 0, form: 0, severity: 0)
            #expect(e.line == line)
        }
    }
}

/// The splitter's vector masks say, bit for bit, which of 32 bytes are `"` CR LF and
/// which are commas, and the vector search finds the first of them as a byte loop does: random blocks over the four bytes, their neighbours (`!` `#` `+`
/// `-`, `\t` `\v` `\f`), bytes with the top bit set and zero; and `gatherHigh` packs
/// every pattern of eight top bits as `gather` does.
struct WordScanTests {
    @Test func vectorMasksMarkTheBytesAByteLoopMarks() {
        var rng = RoundTripProperties.RNG(state: 32)
        let alphabet: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0x5C, 0x21, 0x23, 0x2B, 0x2D, 0x09, 0x0B, 0x0C, 0x61, 0x80, 0xAC, 0xA2, 0xFF, 0x00]
        var blocks = 0
        for _ in 0..<20_000 {
            let block = (0..<32).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            var special: UInt64 = 0, commas: UInt64 = 0
            for (k, b) in block.enumerated() {
                if b == 0x22 || b == 0x0A || b == 0x0D { special |= 1 << UInt64(k) }
                if b == 0x2C { commas |= 1 << UInt64(k) }
            }
            let got = block.withUnsafeBufferPointer { WordScan.masks32($0.baseAddress!) }
            #expect(got.special == special && got.commas == commas, "\(block)")
            blocks += 1
        }
        #expect(blocks == 20_000)
        // The first special byte (and the first line break) from any start to any
        // end, in buffers of any length: the vector steps, the last sixteen bytes
        // shifted, and the byte loop of short buffers each take their turn; bytes
        // before the start or past the end are never reported.
        var tails = 0
        for _ in 0..<6_000 {
            let n = Int(rng.next() % 80)
            let bytes = (0..<n).map { _ in rng.next() % 6 == 0 ? alphabet[Int(rng.next() % 4)] : alphabet[4 + Int(rng.next() % UInt64(alphabet.count - 4))] }
            let from = n == 0 ? 0 : Int(rng.next() % UInt64(n))
            let end = rng.next() % 2 == 0 ? n : from + Int(rng.next() % UInt64(n - from + 1))
            let want = bytes[from..<end].firstIndex { [0x22, 0x2C, 0x0A, 0x0D].contains($0) } ?? end
            let got = bytes.withUnsafeBufferPointer { WordScan.firstCSVSpecial($0, from, end) }
            #expect(got == want, "\(bytes) from \(from) to \(end)")
            let wantBreak = bytes[from..<end].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? end
            let gotBreak = bytes.withUnsafeBufferPointer { WordScan.firstLineBreak($0, from, end) }
            #expect(gotBreak == wantBreak, "\(bytes) from \(from) to \(end)")
            if end >= 16 && (end - from) % 16 != 0 { tails += 1 }
            for quote in [false, true] {
                let tsv: Set<UInt8> = quote ? [0x09, 0x0A, 0x0D, 0x5C, 0x22] : [0x09, 0x0A, 0x0D, 0x5C]
                let wantTSV = bytes[from..<end].firstIndex { tsv.contains($0) } ?? end
                #expect(bytes.withUnsafeBufferPointer { WordScan.firstTSVSpecial($0, from, end, quote: quote) } == wantTSV, "\(bytes) from \(from) to \(end)")
            }
            // Each comma a tab, every other byte as it was, nothing written past the end.
            var copied = [UInt8](repeating: 0xEE, count: n + 1)
            copied.withUnsafeMutableBufferPointer { d in bytes.withUnsafeBufferPointer { WordScan.copyReplacing($0, 0x2C, with: 0x09, into: d.baseAddress!) } }
            #expect(copied == bytes.map { $0 == 0x2C ? 0x09 : $0 } + [0xEE], "\(bytes)")
        }
        #expect(tails > 1_000)
        for pattern in 0..<256 {
            var x: UInt64 = 0
            for k in 0..<8 where pattern >> k & 1 == 1 { x |= 0xFF << UInt64(8 * k) }
            #expect(WordScan.gatherHigh(x) == UInt64(pattern))
        }
    }
}

/// A cell's length as a spreadsheet counts it (UTF-16 units), which decides whether
/// Excel would cut it.
struct SpreadsheetLengthTests {
    @Test func countsAsUTF16() {
        for s in ["", "abc", "計画", "🚀 launch", "é and e\u{301}", "\"quoted\" \"\"", "😀😀\n次"] {
            let bytes = Array(s.utf8)
            let n = bytes.withUnsafeBufferPointer { Grid.Cells.spreadsheetLength($0, encoded: false) }
            #expect(n == s.utf16.count, "\(s)")
            // In CSV's encoding each quote is doubled, and counted once.
            let enc = Array(s.replacingOccurrences("\"", "\"\"").utf8)
            #expect(enc.withUnsafeBufferPointer { Grid.Cells.spreadsheetLength($0, encoded: true) } == s.utf16.count, "\(s)")
        }
    }
}
