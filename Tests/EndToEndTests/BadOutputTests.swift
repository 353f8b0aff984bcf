import Foundation
import Testing

/// No failing command leaves a partial or replaced -o file, whatever the bad input.
struct BadOutputTests {
    static let inputs: [(name: String, bytes: [UInt8])] = [
        ("unterminated", Array("id,milestone,role,todo\nT1,M1,pm,\"open\n".utf8)),
        ("ragged", Array("id,milestone,role,todo\nT1,M1,pm\n".utf8)),
        ("utf8", Array("id,milestone,role,todo\nT1,M1,pm,".utf8) + [0xFF, 0x0A]),
        ("nul", Array("id,milestone,role,todo\nT1,M1,pm,a".utf8) + [0x00, 0x0A]),
        ("role", Array("id,milestone,role,todo\nT1,M1,wizard,a\n".utf8)),
        ("date", Array("id,milestone,role,todo,due\nT1,M1,pm,a,2026-11-31\n".utf8)),
        ("empty", []),
    ]

    static let commands = ["wb-tasks fmt", "wb-tasks matrix", "wb-tasks filter", "wb-tasks add -m M1 -r pm -t x",
                           "wb-tasks unmatrix", "wb-milestones status --tasks in.csv", "wb-score gate", "wb-ics --tz UTC"]

    @Test(arguments: commands)
    func failedRunsLeaveTheOutputAlone(_ cmd: String) throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, bytes) in Self.inputs {
            try Data(bytes).write(to: dir.appendingPathComponent("in.csv"))
            try "precious\n".write(to: dir.appendingPathComponent("out.csv"), atomically: true, encoding: .utf8)
            let input = cmd.contains("--tasks") ? "share/wb/sample-milestones.csv" : "in.csv"
            let r = try Harness.sh("\(cmd) -o out.csv \(input)", in: dir)
            if r.status == 0 || r.status == 1 { continue } // some commands accept some of these (fmt reads any table)
            #expect([1, 64, 65, 66].contains(r.status), "\(cmd) on \(name): status \(r.status)")
            #expect(r.err.contains("error: "), "\(cmd) on \(name): \(r.err)")
            let out = try String(contentsOf: dir.appendingPathComponent("out.csv"), encoding: .utf8)
            #expect(out == "precious\n", "\(cmd) on \(name) replaced out.csv")
            let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".out.csv.") }
            #expect(left.isEmpty, "\(cmd) on \(name) left \(left)")
        }
    }
}

/// The foundation issue's promise, through the real executable: the three classic
/// breakages make every wb-tasks command that reads a table exit 65 with file:line:col.
struct EveryCommandRejectsBrokenCSV {
    static let commands = ["fmt", "check", "matrix", "unmatrix", "filter", "add -m M1 -r pm -t x", "matrix --ids"]

    @Test(arguments: commands)
    func exits65(_ cmd: String) throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs: [(String, [UInt8], String)] = [
            ("unterminated", Array("id,milestone,role,todo\nT1,M1,pm,\"open\n".utf8), "in.csv:2:10: error: "),
            // At the end of the row, where its missing field would be.
            ("ragged", Array("id,milestone,role,todo\nT1,M1,pm\n".utf8), "in.csv:2:9: error: "),
            ("utf8", Array("id,milestone,role,todo\nT1,M1,pm,ab".utf8) + [0xFF, 0x0A], "in.csv:2:12: error: "),
        ]
        for (name, bytes, place) in inputs {
            try Data(bytes).write(to: dir.appendingPathComponent("in.csv"))
            let r = try Harness.sh("wb-tasks \(cmd) in.csv", in: dir)
            #expect(r.status == 65, "\(cmd) on \(name): \(r.status) \(r.err)")
            #expect(r.err.hasPrefix("wb-tasks: " + place), "\(cmd) on \(name): \(r.err)")
        }
    }
}

/// `wb-tasks fmt --to csv` and `--to tsv` reproduce every case of the CSV conformance
/// data: the records read back (by Python's csv module) equal the expected JSON.
struct ConformanceThroughTheExecutable {
    static let dir = Harness.sharedTools + "/csv-conformance/csv-spectrum"
    static let cases = ((try? FileManager.default.contentsOfDirectory(atPath: dir + "/csvs")) ?? []).filter { $0.hasSuffix(".csv") }.sorted()

    @Test(arguments: cases)
    func reproduces(_ file: String) throws {
        let name = String(file.dropLast(4))
        let py = #"""
        import csv, json, sys
        path, expected, fmt = sys.argv[1], sys.argv[2], sys.argv[3]
        if fmt == "csv":
            rows = list(csv.reader(open(path, newline="", encoding="utf-8")))
        else:
            esc = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
            def un(f):
                out, i = [], 0
                while i < len(f):
                    if f[i] == "\\" and i + 1 < len(f) and f[i + 1] in esc:
                        out.append(esc[f[i + 1]]); i += 2
                    else:
                        out.append(f[i]); i += 1
                return "".join(out)
            rows = [[un(x) for x in line.rstrip("\n").split("\t")] for line in open(path, newline="", encoding="utf-8")]
        got = [dict(zip(rows[0], r)) for r in rows[1:]]
        print("same" if got == json.load(open(expected, encoding="utf-8")) else "DIFFERENT %r" % got)
        """#
        let work = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        try py.write(to: work.appendingPathComponent("check.py"), atomically: true, encoding: .utf8)
        for to in ["csv", "tsv"] {
            let r = try Harness.sh("wb-tasks fmt --to \(to) \(Self.dir)/csvs/\(file) > out && python3 check.py out \(Self.dir)/json/\(name).json \(to)", in: work)
            #expect(r.out == "same\n", "\(file) --to \(to): \(r.out)\(r.err)")
        }
    }
}
