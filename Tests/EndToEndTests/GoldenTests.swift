import Foundation
import Testing

/// Golden end-to-end cases stored as data: `cases/NAME/cmd` is a shell script run in a
/// copy of its folder; `expected.stdout`, `expected.stderr` and `expected.status` are
/// compared exactly. `WB_RECORD=1 swift test` re-records them.
struct GoldenTests {
    static let casesDir = Harness.root.appendingPathComponent("Tests/EndToEndTests/cases")

    static let names: [String] = {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: casesDir.path)) ?? []
        return all.filter { FileManager.default.fileExists(atPath: casesDir.appendingPathComponent($0 + "/cmd").path) }.sorted()
    }()

    @Test("there are golden cases")
    func haveCases() {
        #expect(Self.names.count >= 20, "found only \(Self.names.count) cases in \(Self.casesDir.path)")
    }

    @Test("golden case", arguments: names)
    func golden(_ name: String) throws {
        let src = Self.casesDir.appendingPathComponent(name)
        let work = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        let fm = FileManager.default
        for f in try fm.contentsOfDirectory(atPath: src.path) where !f.hasPrefix("expected.") {
            try fm.copyItem(at: src.appendingPathComponent(f), to: work.appendingPathComponent(f))
        }
        let stdinURL = src.appendingPathComponent("stdin")
        let stdin = fm.fileExists(atPath: stdinURL.path) ? try Data(contentsOf: stdinURL) : nil
        let r = try Harness.sh("sh ./cmd", in: work, stdin: stdin)
        let status = "\(r.status)\n"
        if ProcessInfo.processInfo.environment["WB_RECORD"] == "1" {
            try r.stdout.write(to: src.appendingPathComponent("expected.stdout"))
            try r.stderr.write(to: src.appendingPathComponent("expected.stderr"))
            try status.write(to: src.appendingPathComponent("expected.status"), atomically: true, encoding: .utf8)
            return
        }
        let expOut = (try? Data(contentsOf: src.appendingPathComponent("expected.stdout"))) ?? Data()
        let expErr = (try? Data(contentsOf: src.appendingPathComponent("expected.stderr"))) ?? Data()
        let expStatus = (try? String(contentsOf: src.appendingPathComponent("expected.status"), encoding: .utf8)) ?? "missing\n"
        #expect(status == expStatus, "\(name): exit status")
        #expect(String(decoding: r.stdout, as: UTF8.self) == String(decoding: expOut, as: UTF8.self), "\(name): stdout")
        #expect(r.stdout == expOut, "\(name): stdout bytes")
        #expect(r.err == String(decoding: expErr, as: UTF8.self), "\(name): stderr")
    }
}
