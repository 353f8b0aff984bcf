import Foundation
import Testing

/// The GitHub script run against a fake `gh` (Tests/EndToEndTests/fakes/gh: it records
/// what would change and answers `issue list` and the milestone list from its state):
/// the first run makes the 4 milestones and 12 issues, the second makes and edits
/// nothing, and after one task changes, a third run edits that one issue only.
struct TaskSystemsTests {
    static let fakes = Harness.root.appendingPathComponent("Tests/EndToEndTests/fakes").path

    @Test func githubScriptIsIdempotentAgainstAFakeGh() throws {
        guard ((try? Harness.sh("command -v python3", in: Harness.root))?.status ?? 1) == 0 else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("python3 is not installed") }
            else { print("skipped: python3 is not installed (the fake gh is a Python script)") }
            return
        }
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["FAKE_GH_STATE": dir.appendingPathComponent("state.json").path, "FAKE_GH_LOG": dir.appendingPathComponent("log").path]
        func run() throws -> [String] {
            let r = try Harness.sh("""
                wb-tasks export --to github --milestones share/wb/sample-milestones.csv plan.csv -o issues.sh
                : > log
                PATH="\(Self.fakes):$PATH" sh issues.sh
                cut -f1 log
                """, in: dir, env: env)
            #expect(r.status == 0, "\(r.err)")
            return r.out.split(separator: "\n").map(String.init)
        }
        _ = try Harness.sh("cp share/wb/sample-plan.csv plan.csv", in: dir)
        let first = try run()
        #expect(first.filter { $0 == "milestone-create" }.count == 4)
        #expect(first.filter { $0 == "issue-create" }.count == 12)
        #expect(first.count == 16, "\(first)")
        // The issues carry what the plan says: a title, the milestone with its space,
        // the role and kind as labels.
        let state = try String(contentsOf: dir.appendingPathComponent("state.json"), encoding: .utf8)
        #expect(state.contains("\"milestone\": \"M1 スポンサーの獲得\""))
        #expect(state.contains("\"labels\": [\"dev\", \"task\"]"))
        #expect(try run().isEmpty, "the second run changed something")
        _ = try Harness.sh("wb-tasks set T3 --todo 'モックを社内向けに公開する (SSO と監査ログ)' -i plan.csv", in: dir)
        let third = try run()
        #expect(third == ["issue-edit"], "\(third)")
        let log = try String(contentsOf: dir.appendingPathComponent("log"), encoding: .utf8)
        #expect(log.hasPrefix("issue-edit\t3\t"), "\(log)")
    }

    /// A team's label reaches gh as one word, as written: not split, and not taken for
    /// a pattern of file names (a file here matches it as a glob).
    @Test func labelsReachGhUnexpanded() throws {
        guard ((try? Harness.sh("command -v python3", in: Harness.root))?.status ?? 1) == 0 else { return }
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["FAKE_GH_STATE": dir.appendingPathComponent("state.json").path, "FAKE_GH_LOG": dir.appendingPathComponent("log").path]
        let r = try Harness.sh(#"""
            printf 'team,id,milestone,role,todo\n"QA* team, ""x""",Q1,M1,pm,a\n' > plan.csv
            touch 'team-QA-globbed_team___x_'
            wb-tasks export --to github plan.csv -o issues.sh
            PATH="\#(Self.fakes):$PATH" sh issues.sh
            sed -i 's/,a$/,a2/' plan.csv
            wb-tasks export --to github plan.csv -o issues.sh
            : > log
            PATH="\#(Self.fakes):$PATH" sh issues.sh
            cut -f1 log
            """#, in: dir, env: env)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "issue-edit\n", "\(r.out)")
        // The issue's own labels (the repository's are made by `gh label create`, quoted).
        let state = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("state.json"))) as? [String: Any]
        let issues = state?["issues"] as? [[String: Any]] ?? []
        #expect(issues.count == 1)
        #expect(issues.first?["labels"] as? [String] == ["pm", "task", "team-QA*_team___x_"], "\(issues)")
    }
}
