import Foundation
import Testing

/// Several teams in one plan (share/wb/teams-*.csv: さくら, かえで, Harbor): the grid
/// round trip and moves between teams, the review per team, the counts per team ×
/// milestone against a count made here from the CSV, each team's calendar, and ranks
/// within pairs.
struct TeamsTests {
    static let plan = "share/wb/teams-plan.csv"
    static let milestones = "share/wb/teams-milestones.csv"

    /// The sample's rows as dictionaries, read with Foundation (not with wb).
    static func rows(_ path: String) throws -> [[String: String]] {
        let text = try String(contentsOf: Harness.root.appendingPathComponent(path), encoding: .utf8)
        var records: [[String]] = [[]]
        var field = "", quoted = false, i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if quoted {
                if c == "\"" {
                    let n = text.index(after: i)
                    if n < text.endIndex && text[n] == "\"" { field.append("\""); i = n } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { records[records.count - 1].append(field); field = "" }
            else if c == "\n" { records[records.count - 1].append(field); field = ""; records.append([]) }
            else { field.append(c) }
            i = text.index(after: i)
        }
        let header = records.removeFirst()
        return records.filter { !$0.isEmpty }.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    static func csv(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func gridRoundTripIsByteIdenticalAndALineMovesItsTaskToAnotherTeam() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let same = try Harness.sh("wb-tasks matrix --ids \(Self.plan) | wb-tasks unmatrix --base \(Self.plan) | cmp - \(Self.plan)", in: dir)
        #expect(same.status == 0, "\(same.out)\(same.err)")
        // Move [K9] from かえで's M2 dev cell to Harbor's M2 dev cell.
        let grid = try Harness.sh("wb-tasks matrix --ids \(Self.plan) > grid.csv && cat grid.csv", in: dir)
        #expect(grid.status == 0)
        var text = grid.out
        let line = "[K9] 発注データの取り込みを自動化する"
        #expect(text.contains(line + "\n"))
        text = text.replacingOccurrences(of: "\n" + line, with: "")
        let harborM2 = "Harbor,M2,"
        let at = try #require(text.range(of: harborM2))
        // Harbor's M2 dev cell is the second quoted cell of that row.
        let rest = text[at.upperBound...]
        let firstClose = try #require(rest.range(of: "\",\""))
        text.insert(contentsOf: line + "\n", at: firstClose.upperBound)
        try text.write(to: dir.appendingPathComponent("moved.csv"), atomically: true, encoding: .utf8)
        let merged = try Harness.sh("wb-tasks unmatrix --base \(Self.plan) moved.csv > merged.csv && diff \(Self.plan) merged.csv", in: dir)
        let changed = merged.out.split(separator: "\n").filter { $0.hasPrefix("<") || $0.hasPrefix(">") }
        #expect(changed.count == 2, "\(merged.out)\(merged.err)")
        #expect(changed.first { $0.hasPrefix("<") }?.hasPrefix("< かえで,K9,M2,dev,") == true, "\(changed)")
        #expect(changed.first { $0.hasPrefix(">") }?.hasPrefix("> Harbor,K9,M2,dev,") == true, "\(changed)")
    }

    @Test func oneTeamsGridMergesIntoThatTeamOnly() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Harness.sh("""
            wb-tasks matrix --ids --team かえで \(Self.plan) | sed 's/\\[K5\\] 店長テスターの結果を集計する/[K5] 店長テスターの結果を表にする/' > k.csv
            wb-tasks unmatrix --team かえで --base \(Self.plan) k.csv | diff \(Self.plan) -
            """, in: dir)
        let changed = r.out.split(separator: "\n").filter { $0.hasPrefix("<") || $0.hasPrefix(">") }
        #expect(changed == ["< かえで,K5,M1,ds,店長テスターの結果を集計する,中村,2026-07-28,todo,1,task,K3,集計表,",
                            "> かえで,K5,M1,ds,店長テスターの結果を表にする,中村,2026-07-28,todo,1,task,K3,集計表,"], "\(r.out)\(r.err)")
        // Without --team, a one-team grid cannot be merged into a plan of several teams.
        let refused = try Harness.sh("wb-tasks unmatrix --base \(Self.plan) k.csv", in: dir)
        #expect(refused.status == 64)
        #expect(refused.err.contains("has a team column but the grid has none"))
    }

    @Test func checkFindsARuleBrokenInOneTeamAndNamesIt() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Harness.sh("wb-tasks check --milestones \(Self.milestones) --today 2026-07-01 \(Self.plan)", in: dir)
        #expect(r.status == 0, "\(r.err)")
        let rows = Self.csv(r.out)
        #expect(rows.first?.first == "team")
        let coverage = rows.filter { $0.count > 4 && $0[4] == "role-coverage" }
        #expect(coverage.count == 1, "\(r.out)")
        #expect(coverage.first?.first == "かえで")
        #expect(coverage.first?.last?.hasPrefix("M2 has no Todo for ds") == true)
        // The same rule holds in each of the others on its own.
        for team in ["さくら", "Harbor"] {
            let one = try Harness.sh("wb-tasks check --team \(team) --milestones \(Self.milestones) --today 2026-07-01 \(Self.plan)", in: dir)
            #expect(one.status == 0)
            #expect(!one.out.contains("role-coverage"), "\(team): \(one.out)")
        }
        let kaede = try Harness.sh("wb-tasks check --team かえで --milestones \(Self.milestones) --today 2026-07-01 \(Self.plan)", in: dir)
        #expect(kaede.out.contains("role-coverage"))
    }

    /// `check --team T` says of T what the check of every team says of it, finding for
    /// finding: on the sample plan with dependencies across teams (due after the task,
    /// a validation, a name no team has) and problems in other teams' rows.
    @Test func aTeamsCheckIsItsPartOfThePlansCheck() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var lines = try String(contentsOfFile: Self.plan, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let (id, due, status, deps, kind, difficulty) = (header.firstIndex(of: "id")!, header.firstIndex(of: "due")!, header.firstIndex(of: "status")!,
                                                         header.firstIndex(of: "depends_on")!, header.firstIndex(of: "kind")!, header.firstIndex(of: "difficulty")!)
        // Rows without quotes, edited field by field: every fifth task waits on a task
        // further down the file (mostly another team's), some on a name no team has.
        let rows = lines.indices.dropFirst().filter { !lines[$0].isEmpty && !lines[$0].contains("\"") }
        var n = 0
        for (k, i) in rows.enumerated() where k % 5 == 0 {
            var f = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let other = lines[rows[(k + 23) % rows.count]].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            f[deps] = n % 4 == 3 ? "Z\(n)" : other[id]
            f[status] = n % 3 == 0 ? "todo" : n % 3 == 1 ? "doing" : "maybe"
            f[due] = "2026-07-0\(1 + n % 9)"
            if n % 2 == 0 {
                // A hard task, its dependency a validation due after it.
                (f[kind], f[difficulty]) = ("task", "8")
                var o = other
                (o[kind], o[due], o[status]) = ("validation", "2026-08-14", "todo")
                lines[rows[(k + 23) % rows.count]] = o.joined(separator: ",")
            }
            lines[i] = f.joined(separator: ",")
            n += 1
        }
        try lines.joined(separator: "\n").write(to: dir.appendingPathComponent("plan.csv"), atomically: true, encoding: .utf8)
        let all = try Harness.sh("wb-tasks check --milestones \(Self.milestones) --today 2026-07-01 --format text plan.csv", in: dir)
        #expect(all.status == 1 && all.out.contains("[dependency-late]") && all.out.contains("[validation-late]") && all.out.contains("[dangling-dependency]"),
                "\(all.out)")
        for team in ["さくら", "かえで", "Harbor"] {
            let one = try Harness.sh("wb-tasks check --team \(team) --milestones \(Self.milestones) --today 2026-07-01 --format text plan.csv", in: dir)
            let expected = all.out.split(separator: "\n").compactMap { l -> String? in
                guard let r = l.range(of: ": \(team): ") else { return nil }
                return String(l[..<r.lowerBound]) + ": " + l[r.upperBound...]
            }
            #expect(!expected.isEmpty)
            #expect(one.out.split(separator: "\n").map(String.init) == expected, "\(team)")
        }
    }

    @Test func statusCountsPerTeamAndMilestoneMatchAHandCount() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Harness.sh("wb-milestones status --tasks \(Self.plan) --today 2026-08-05 \(Self.milestones)", in: dir)
        #expect(r.status == 0, "\(r.err)")
        let out = Self.csv(r.out)
        #expect(out.first == ["team", "id", "name", "date", "tasks", "done", "doing", "blocked", "todo", "percent", "overdue", "days_left", "state"])
        let tasks = try Self.rows(Self.plan)
        let teams = ["さくら", "かえで", "Harbor"]
        #expect(out.dropFirst().map { $0[0] } == teams.flatMap { Array(repeating: $0, count: 4) })
        for row in out.dropFirst() {
            let mine = tasks.filter { $0["team"] == row[0] && $0["milestone"] == row[1] }
            let count = { (s: String) in String(mine.filter { $0["status"] == s }.count) }
            let overdue = mine.filter { $0["status"] != "done" && ($0["due"] ?? "") < "2026-08-05" }.count
            #expect(row[4] == String(mine.count), "\(row)")
            #expect([row[5], row[6], row[7], row[8]] == [count("done"), count("doing"), count("blocked"), count("todo")], "\(row)")
            #expect(row[10] == String(overdue), "\(row)")
        }
        // Each team's own dates: Harbor's M1 is a week after the others'.
        #expect(out.first { $0[0] == "Harbor" && $0[1] == "M1" }?[3] == "2026-08-07")
        #expect(out.first { $0[0] == "さくら" && $0[1] == "M1" }?[3] == "2026-07-31")
    }

    @Test func eachTeamsCalendarHoldsOnlyItsEventsAndOtherTeamsLeaveItsUIDsAlone() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ics = "wb-ics --tz Asia/Tokyo --meeting 'mon 10:00 30m' --list"
        let b = try Harness.sh("\(ics) --team かえで --tasks \(Self.plan) \(Self.milestones)", in: dir)
        #expect(b.status == 0, "\(b.err)")
        let events = Self.csv(b.out).dropFirst()
        let kaede = "._e3_81_8b_e3_81_88_e3_81_a7.wb_20plan@wb"
        #expect(events.count == 4 + 4 + 1 + 20, "\(b.out)")
        #expect(events.allSatisfy { $0[1].hasSuffix(kaede) }, "\(b.out)")
        #expect(events.filter { $0[0] == "task" }.allSatisfy { $0[2].contains("K") && !$0[2].contains("S1") })
        // Team B's plan changes (a task moved, one added, a date changed): team A's UIDs
        // and events stay as they were in the calendar of all teams.
        let all = try Harness.sh("""
            \(ics) --tasks \(Self.plan) \(Self.milestones) > before.csv
            sed -e 's/^かえで,K7,M2,dev,/かえで,K7,M3,dev,/' -e 's/^かえで,M2,ファンの獲得,2026-09-15/かえで,M2,ファンの獲得,2026-09-18/' \(Self.plan) > p2.csv
            echo 'かえで,K21,M2,ds,需要の季節性を調べる,中村,2026-09-01,todo,3,task,,,' >> p2.csv
            sed 's/^かえで,M2,ファンの獲得,2026-09-15/かえで,M2,ファンの獲得,2026-09-18/' \(Self.milestones) > m2.csv
            \(ics) --tasks p2.csv m2.csv > after.csv
            """, in: dir)
        #expect(all.status == 0, "\(all.err)")
        let before = Self.csv(try String(contentsOf: dir.appendingPathComponent("before.csv"), encoding: .utf8))
        let after = Self.csv(try String(contentsOf: dir.appendingPathComponent("after.csv"), encoding: .utf8))
        let sakura = "._e3_81_95_e3_81_8f_e3_82_89.wb_20plan@wb"
        let a0 = before.filter { $0[1].hasSuffix(sakura) }, a1 = after.filter { $0[1].hasSuffix(sakura) }
        #expect(!a0.isEmpty && a0 == a1)
        #expect(a0.allSatisfy { $0[2].hasPrefix("[さくら] ") })
        #expect(after.count == before.count + 1)
        #expect(Set(before.map { $0[1] }).count == before.count, "UIDs are unique")
    }

    @Test func teamCalendarPassesTheValidators() throws {
        guard CalendarValidationTests.available() else { return }
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gen = try Harness.sh("wb-ics --team かえで --tz Asia/Tokyo --meeting 'mon 10:00 30m' --tasks \(Self.plan) \(Self.milestones) > b.ics", in: dir)
        #expect(gen.status == 0, "\(gen.err)")
        let khal = ((try? Harness.sh("command -v khal", in: dir))?.status ?? 1) == 0
        let r = try Harness.sh("\(CalendarValidationTests.checker) \(khal ? "--all " : "")b.ics", in: dir)
        #expect(r.status == 0, "\(r.out)\(r.err)")
    }

    @Test func inventRanksWithinEachPairAndAcrossTheTeamWithAcross() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let byPair = Self.csv(try Harness.sh("wb-score invent --team さくら share/wb/teams-inventions.csv", in: dir).out)
        let across = Self.csv(try Harness.sh("wb-score invent --team さくら --across share/wb/teams-inventions.csv", in: dir).out)
        #expect(byPair.first?.last == "rank" && across.first?.last == "rank")
        // Pair A: 回答候補の提示 (40) above 問い合わせ自動応答 (11.4); pair B's two tie at 15.
        #expect(byPair.dropFirst().map { "\($0[1]) \($0[2]) \($0.last!)" } ==
                ["A 問い合わせ自動応答 2", "A 回答候補の提示 1", "B FAQ の自動更新 1", "B 問い合わせの自動振り分け 1"])
        #expect(across.dropFirst().map { "\($0[2]) \($0.last!)" } ==
                ["問い合わせ自動応答 4", "回答候補の提示 1", "FAQ の自動更新 2", "問い合わせの自動振り分け 2"])
        // Without --team, each team's pairs are ranked on their own.
        let all = Self.csv(try Harness.sh("wb-score invent share/wb/teams-inventions.csv", in: dir).out).dropFirst()
        #expect(all.filter { $0.last == "1" }.count == 7, "\(all)")
    }
}
