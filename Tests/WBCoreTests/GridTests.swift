import Testing
@testable import WBCore

struct GridTests {
    @Test func itemsParseIdsContinuationsAndSpreadsheetNoise() {
        let cell = "[T1] first  \r\n  second line\r\n\r\n[T2] other\r\nnew one "
        let items = Grid.items(cell)
        #expect(items == [Grid.Item(id: "T1", text: "first\nsecond line", line: 1),
                          Grid.Item(id: "T2", text: "other", line: 4),
                          Grid.Item(id: nil, text: "new one", line: 5)])
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

    @Test func nextIDs() {
        #expect(TaskIDs.next(after: ["T1", "T2", "T10"]) == "T11")
        #expect(TaskIDs.next(after: ["007", "008"]) == "009")
        #expect(TaskIDs.next(after: []) == "T1")
        #expect(TaskIDs.next(after: ["A1", "T1", "T2"]) == "T3")
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
}

import Foundation

/// Runs a tool in process on `input` (as a file), with an optional base file.
func runTool(_ spec: ToolSpec, _ args: [String], input: String, base: String? = nil) throws -> String {
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
    if status != 0 { throw WBError(.dataError, "status \(status): " + err.capturedString) }
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
}
