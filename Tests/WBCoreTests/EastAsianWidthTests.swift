import Foundation
import Testing
@testable import WBCore

/// Terminal columns by East Asian Width (UAX #11): the tables against Python's
/// `unicodedata`, code point by code point, and the widths of text as a terminal shows it.
@Suite struct EastAsianWidthTests {
    @Test func textTakesTheColumnsATerminalGivesIt() {
        #expect("Plan".displayWidth == 4)
        #expect("漢字かなカナ".displayWidth == 12)
        // Half-width katakana is narrow, full-width Latin wide.
        #expect("ｱｲｳ".displayWidth == 3 && "ＡＢ".displayWidth == 4)
        // Emoji past the old blocks (U+1F916, U+1FAE0) and the watch (U+231A) are wide.
        #expect("🤖🫠⌚".displayWidth == 6)
        // A combining mark takes no column, after Latin as after kana.
        #expect("e\u{301}".displayWidth == 1 && "か\u{3099}".displayWidth == 2 && "\u{20DD}".displayWidth == 0)
        // Ambiguous: narrow in most terminals, wide in a CJK one.
        let ambiguous = "①※→…○α×°"
        #expect(ambiguous.displayWidth == 8)
        #expect(ambiguous.displayWidth(ambiguousWide: true) == 16)
        #expect("M1 ① 漢".displayWidth(ambiguousWide: true) == 8)
    }

    /// The ranges are the Unicode Character Database's as Python has it: every code
    /// point's class (wide, ambiguous, or neither) the same, marks left out of both.
    @Test(.enabled(if: Self.pythonUnicode == "14.0.0", "the tables are of Unicode 14.0; this Python's unicodedata is another"))
    func theTablesAreTheUnicodeDatabases() throws {
        let script = """
        import unicodedata as u
        def cls(c):
            if 0xD800 <= c <= 0xDFFF: return 'N'
            ch = chr(c); cat = u.category(ch)
            if cat == 'Cn':
                cjk = 0x3400 <= c <= 0x4DBF or 0x4E00 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF or 0x20000 <= c <= 0x3FFFD
                return 'W' if cjk and not (0x2FFFE <= c <= 0x2FFFF) else 'N'
            if cat in ('Mn', 'Me'): return 'N'
            e = u.east_asian_width(ch)
            return 'W' if e in ('W', 'F') else 'A' if e == 'A' else 'N'
        ranges = []
        for c in range(0x110000):
            k = cls(c)
            if ranges and ranges[-1][2] == k and ranges[-1][1] == c - 1: ranges[-1][1] = c
            else: ranges.append([c, c, k])
        print("\\n".join("%X %X %s" % tuple(r) for r in ranges if r[2] != 'N'))
        """
        let expected = try Self.python(script).split(separator: "\n").map(String.init)
        var got: [String] = []
        var run: (first: UInt32, last: UInt32, kind: String)?
        for v in UInt32(0)...0x10FFFF {
            let kind: String
            if let u = Unicode.Scalar(v), u.properties.generalCategory != .nonspacingMark, u.properties.generalCategory != .enclosingMark {
                kind = u.isWide ? "W" : u.isAmbiguousWidth ? "A" : "N"
            } else {
                kind = "N"
            }
            if let r = run, r.kind == kind, r.last == v - 1 { run!.last = v; continue }
            if let r = run, r.kind != "N" { got.append(String(format: "%X %X %@", r.first, r.last, r.kind)) }
            run = (v, v, kind)
        }
        if let r = run, r.kind != "N" { got.append(String(format: "%X %X %@", r.first, r.last, r.kind)) }
        #expect(got.count == expected.count)
        if let k = zip(got, expected).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("range \(k): \(got[k]) ≠ Python's \(expected[k])")
        }
    }

    static let pythonUnicode: String? = try? python("import unicodedata; print(unicodedata.unidata_version)").trimmingCharacters(in: .whitespacesAndNewlines)

    static func python(_ script: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
