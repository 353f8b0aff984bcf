import Foundation
import Testing

/// Round trips through real programs: LibreOffice Calc (a spreadsheet) and khal (a
/// calendar client). Each skips with a message where the program is absent; in CI
/// (CI=true) absence is a failure, since .ci/run installs them.
struct RoundTripTests {
    static func have(_ cmd: String) -> Bool {
        let ok = ((try? Harness.sh("command -v \(cmd)", in: Harness.root))?.status ?? 1) == 0
        if !ok {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("\(cmd) is not installed; .ci/run installs it")
            } else {
                print("skipped: \(cmd) is not installed (apt-get install \(cmd == "soffice" ? "libreoffice-calc-nogui python3-openpyxl" : cmd))")
            }
        }
        return ok
    }

    /// A plan a spreadsheet could spoil: Japanese, emoji, multi-line Todos, quotes,
    /// commas, cells starting with = + - @, ids that look like numbers, dates and
    /// numbers as Todo text.
    static let hostile = """
    id,milestone,role,todo,owner,due,notes
    007,M1,pm,"=HYPERLINK(""http://example.invalid"",""click"")",佐藤,2026-07-10,"a, b"
    008,M1,pm,+81 の顧客に電話する,佐藤,2026-07-11,
    009,M1,dev,"-1 を返す API を直す
    (回帰テスト付き)",田中,2026-07-12,"line1
    line2"
    010,M1,ds,@channel に共有 😀,鈴木,2026-07-13,
    011,M2,dev,2026-07-31,田中,2026-07-31,looks like a date
    012,M2,ds,0012345,鈴木,,looks like a number
    013,M2,pm,"彼は ""大丈夫"" と言った, たぶん",佐藤,,
    014,M3,pm,	tab first,佐藤,,

    """

    /// Writes `plan` as tasks.csv, its grid (`matrix --ids --safe`, then `matrixArgs`)
    /// as `grid`, sends the grid through LibreOffice with the field separator `sep`
    /// (lo-roundtrip.sh) and merges what comes back into tasks.csv; the merge's result
    /// must be tasks.csv again. Returns the merge's stderr.
    static func mergesBackThroughLibreOffice(_ plan: String, grid: String, matrixArgs: String = "", sep: Int,
                                             unmatrixArgs: String = "") throws -> String {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try plan.write(to: dir.appendingPathComponent("tasks.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("keep"), withIntermediateDirectories: true)
        let r1 = try Harness.sh("wb-tasks matrix --ids --safe \(matrixArgs) tasks.csv > \(grid)", in: dir)
        #expect(r1.status == 0, "\(r1.err)")
        let lo = try Harness.sh("KEEP=keep PY=/usr/bin/python3 \(Harness.sharedTools)/spreadsheet/lo-roundtrip.sh \(grid) \(sep) text", in: dir)
        #expect(lo.out.contains("RESULT:"), "\(lo.out)\(lo.err)")
        let back = try Harness.sh("wb-tasks unmatrix \(unmatrixArgs) --base tasks.csv keep/in.csv > merged.csv && cmp tasks.csv merged.csv && echo identical", in: dir)
        #expect(back.out == "identical\n", "\(back.out)\(back.err)\n\(lo.out)")
        return back.err
    }

    @Test func libreOfficeRoundTripGivesTheTasksBack() throws {
        guard Self.have("soffice") else { return }
        _ = try Self.mergesBackThroughLibreOffice(Self.hostile, grid: "grid.csv", sep: 44)
    }

    /// The grid as TSV through LibreOffice (which quotes every text cell on export, and
    /// a cell with a quote in it RFC 4180 style): the merge gives the plan back byte
    /// for byte, quotes, tabs and line breaks included.
    @Test func libreOfficeTSVGridMergesBack() throws {
        guard Self.have("soffice") else { return }
        let plan = Self.hostile + "015,M3,dev,\"[T1] He said \"\"hi\"\"\",田中,,\n016,M3,ds,\"\"\"quoted\"\" first\\ and a backslash\",鈴木,,\n"
        let err = try Self.mergesBackThroughLibreOffice(plan, grid: "grid.tsv", matrixArgs: "--to tsv", sep: 9, unmatrixArgs: "--from tsv")
        #expect(!err.contains("warning"), "\(err)")
    }

    static let khalConfig = """
    [calendars]
    [[plan]]
    path = @CAL@
    type = calendar
    [sqlite]
    path = @DB@
    [locale]
    local_timezone = Asia/Tokyo
    default_timezone = Asia/Tokyo
    timeformat = %H:%M
    dateformat = %Y-%m-%d
    longdateformat = %Y-%m-%d
    datetimeformat = %Y-%m-%d %H:%M
    longdatetimeformat = %Y-%m-%d %H:%M
    [default]
    default_calendar = plan

    """

    /// A scratch folder with a khal configuration and an empty calendar, and the
    /// environment that keeps khal inside it.
    static func khalFolder() throws -> (URL, [String: String]) {
        let dir = try Harness.scratch()
        // Placeholders a path cannot contain: the folder's name is a UUID, whose hex digits
        // once spelled "DB" and sent the calendar into the database's path.
        let conf = khalConfig.replacingOccurrences(of: "@CAL@", with: dir.path + "/cal").replacingOccurrences(of: "@DB@", with: dir.path + "/khal.db")
        try conf.write(to: dir.appendingPathComponent("khal.conf"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("cal"), withIntermediateDirectories: true)
        return (dir, ["HOME": dir.path, "XDG_CONFIG_HOME": dir.path, "XDG_DATA_HOME": dir.path, "LC_ALL": "C.UTF-8"])
    }

    /// Imports a plan into khal, then an updated plan (M2 moved a week, renamed): the
    /// events are replaced by UID, not duplicated.
    @Test func khalImportsAndReimportsWithoutDuplicates() throws {
        guard Self.have("khal") else { return }
        let (dir, env) = try Self.khalFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = "khal -c khal.conf list --format '{start} {title}' 2026-06-01 400d"
        let first = try Harness.sh("""
            wb-ics --name 'Team plan' --tz Asia/Tokyo --meeting 'mon 10:00 30m' share/wb/sample-milestones.csv > v1.ics &&
            khal -c khal.conf import --batch -a plan v1.ics && \(list)
            """, in: dir, env: env)
        #expect(first.status == 0, "\(first.out)\(first.err)")
        let lines1 = first.out.split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(lines1.contains { $0.hasPrefix("2026-09-15") && $0.contains("M2 ファンの獲得") }, "\(first.out)")
        // The sample plan is Japanese: so is its calendar (定例進捗会議, not Progress meeting).
        #expect(lines1.contains { $0.hasPrefix("2026-07-06 10:00") && $0.contains("定例進捗会議") }, "\(first.out)")
        let meetings1 = lines1.filter { $0.contains("定例進捗会議") }.count
        // 25 Mondays from 2026-07-06 to 2026-12-25, less 海の日, 敬老の日, スポーツの日 and
        // 勤労感謝の日, which the meeting skips (EXDATE).
        #expect(meetings1 == 21, "weekly meetings from 2026-07-06 to 2026-12-25, holidays left out: \(meetings1)")
        #expect(!lines1.contains { $0.hasPrefix("2026-07-20 10:00") }, "\(first.out)")

        let second = try Harness.sh("""
            sed 's/2026-09-15/2026-09-22/; s/ファンの獲得/ファンの獲得 (延期)/' share/wb/sample-milestones.csv > moved.csv &&
            wb-ics --name 'Team plan' --tz Asia/Tokyo --meeting 'mon 10:00 30m' --sequence 1 moved.csv > v2.ics &&
            khal -c khal.conf import --batch -a plan v2.ics && \(list) &&
            echo "files: $(ls cal | wc -l) uids: $(cat cal/* | grep -c '^UID:')"
            """, in: dir, env: env)
        #expect(second.status == 0, "\(second.out)\(second.err)")
        let lines2 = second.out.split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(lines2.count == lines1.count, "re-import changed the number of events: \(lines1.count) -> \(lines2.count)\n\(second.out)")
        #expect(lines2.contains { $0.hasPrefix("2026-09-22") && $0.contains("M2 ファンの獲得 (延期)") }, "\(second.out)")
        #expect(!lines2.contains { $0.hasPrefix("2026-09-15") && $0.contains("M2") }, "the old M2 is still there")
        // Counted in the same shell as the import: one file per event, each with one UID.
        #expect(second.out.contains("files: 9 uids: 9\n"), "one file per UID: \(second.out)")
    }

    /// With --previous and no option repeated by hand: M2 moved, T3 done, T5 deleted.
    /// khal's re-import replaces by UID: no duplicates; T5 stays only as CANCELLED (khal
    /// keeps a cancelled event and shows its status; subscribers hide it).
    @Test func khalFollowsThePlanWithPreviousExport() throws {
        guard Self.have("khal") else { return }
        let (dir, env) = try Self.khalFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = "khal -c khal.conf list --format '{start} {title} [{status}]' 2026-06-01 400d"
        let r = try Harness.sh("""
            printf 'key,value\\nname,Team plan\\ntz,Asia/Tokyo\\nmeeting,mon 10:00 30m\\n' > settings.csv &&
            cp share/wb/sample-plan.csv p.csv && cp share/wb/sample-milestones.csv m.csv &&
            wb-ics --tasks p.csv m.csv > v1.ics && khal -c khal.conf import --batch -a plan v1.ics && \(list) > l1 &&
            grep -v '^T5,' p.csv > p2 && mv p2 p.csv && wb-tasks set T3 --status done -i p.csv &&
            sed 's/2026-09-15/2026-09-18/' m.csv > m2 && mv m2 m.csv &&
            wb-ics --tasks p.csv --previous v1.ics m.csv > v2.ics && khal -c khal.conf import --batch -a plan v2.ics && \(list)
            """, in: dir, env: env)
        #expect(r.status == 0, "\(r.out)\(r.err)")
        let lines = r.out.split(separator: "\n").filter { $0.first?.isNumber == true }
        let before = try String(contentsOf: dir.appendingPathComponent("l1"), encoding: .utf8).split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(lines.count == before.count, "re-import changed the number of events: \(before.count) -> \(lines.count)")
        #expect(lines.filter { $0.contains("M2 ファンの獲得") && !$0.contains("CXO") }.map { String($0.prefix(10)) } == ["2026-09-18"], "\(r.out)")
        #expect(lines.filter { $0.contains(" T3 ") }.count == 1 && lines.contains { $0.contains("[完了] T3 ") }, "\(r.out)")
        let t5 = lines.filter { $0.contains(" T5 ") }
        #expect(t5.count == 1 && t5[0].contains("CANCELLED"), "\(t5)")
        #expect(!lines.contains { !$0.contains("CANCELLED") && $0.contains(" T5 ") })
    }
}

/// Injection is impossible by construction: hostile text cannot become a formula in a
/// spreadsheet (with --safe) or a property in a calendar.
struct InjectionTests {
    @Test func safeGuardsEveryFormulaLikeCell() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try RoundTripTests.hostile.write(to: dir.appendingPathComponent("tasks.csv"), atomically: true, encoding: .utf8)
        let r = try Harness.sh("wb-tasks matrix --safe tasks.csv", in: dir)
        #expect(r.status == 0)
        let rows = try Harness.sh("python3 -c \"import csv,sys; [print(repr(c)) for row in csv.reader(sys.stdin) for c in row]\"", in: dir, stdin: r.stdout)
        for cell in rows.out.split(separator: "\n") {
            let value = cell.dropFirst().dropLast()
            if let f = value.first { #expect(!"=+-@".contains(f) && !value.hasPrefix("\\t"), "unguarded cell \(cell)") }
        }
        let back = try Harness.sh("wb-tasks matrix --ids --safe tasks.csv | wb-tasks unmatrix --base tasks.csv | cmp - tasks.csv && echo identical", in: dir)
        #expect(back.out == "identical\n", "\(back.err)")
    }

    @Test func calendarTextCannotInjectProperties() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let evil = "id,name,date\nM1,\"x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:pwned\",2026-07-31\n"
        try evil.write(to: dir.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        let r = try Harness.sh("wb-ics --tz UTC --no-reports --name 'a;b,c\\\\d' m.csv", in: dir)
        #expect(r.status == 0, "\(r.err)")
        let lines = r.out.components(separatedBy: "\r\n")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        #expect(!lines.contains { $0.hasPrefix("UID:evil") || $0.hasPrefix("SUMMARY:pwned") })
        #expect(!r.out.replacingOccurrences(of: "\r\n", with: "").contains("\n") && !r.out.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    }
}
