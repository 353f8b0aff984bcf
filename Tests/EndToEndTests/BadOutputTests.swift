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
