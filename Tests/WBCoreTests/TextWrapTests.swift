import Testing
@testable import WBCore

/// `--help`'s paragraphs folded to the terminal: at spaces in English, between wide
/// characters in Japanese, never before 、。」 or a small kana nor after 「（.
struct TextWrapTests {
    @Test func englishBreaksAtSpacesUnderTheLead() {
        let text = "the progress meeting: weekday, time, length, e.g. \"mon 10:00 30m\""
        let out = TextWrap.fold(text, lead: "  --meeting SPEC  ", indent: 18, width: 40)
        #expect(out.split(separator: "\n") == [
            "  --meeting SPEC  the progress meeting:",
            "                  weekday, time, length,",
            "                  e.g. \"mon 10:00 30m\"",
        ])
        // Every line fits, and the words are as they were.
        #expect(out.split(separator: "\n").allSatisfy { $0.count <= 40 })
        #expect(out.split(whereSeparator: \.isWhitespace).dropFirst(2).joined(separator: " ") == text)
    }

    @Test func japaneseBreaksBetweenWideCharactersButNotBeforeClosingMarks() {
        let text = "入力ファイルを (不可分に) 置き換え、文字コード、BOM、行末はそのまま保つ"
        let out = TextWrap.fold(text, indent: 0, width: 24)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.displayWidth <= 24 }, "\(lines)")
        #expect(lines.joined() .replacingOccurrences(" ", "") == text.replacingOccurrences(" ", ""))
        for l in lines.dropFirst() {
            #expect(!["、", "。", "ー", ")", "」", "ッ"].contains(String(l.first!)), "\(lines)")
        }
        // After 、 a Latin word may start the next line.
        #expect(TextWrap.fold("あいうえおかきくけこ、BOM と書く", indent: 0, width: 22) == "あいうえおかきくけこ、\nBOM と書く")
        // Not after an opening mark: 「 goes down with the word it opens.
        #expect(TextWrap.fold("あいうえおかきくけ「こさし」", indent: 0, width: 20) == "あいうえおかきくけ\n「こさし」")
    }

    @Test func whatFitsOrCannotFoldStaysOneLine() {
        #expect(TextWrap.fold("short", lead: "  -x  ", indent: 6, width: 78) == "  -x  short")
        // An indent that leaves fewer than 20 columns: not folded.
        let long = String(repeating: "word ", count: 20)
        #expect(TextWrap.fold(long, lead: String(repeating: " ", count: 30), indent: 30, width: 45) == String(repeating: " ", count: 30) + long)
        // A word longer than the line stays whole, on a line of its own.
        let url = "https://example.com/" + String(repeating: "a", count: 40)
        #expect(TextWrap.fold("see \(url) for more", indent: 0, width: 30) == "see\n\(url)\nfor more")
    }

    /// A terminal that shows East Asian ambiguous characters wide (RUNEWIDTH_EASTASIAN=1)
    /// gets lines that fit it: × … → count two columns there, one elsewhere.
    @Test func ambiguousCharactersCountTwoWhereTheTerminalShowsThemWide() {
        let text = "ロール × マイルストンの表 → 各セルに Todo を 1 行ずつ… 合わせて 3 × 4 のマス"
        let narrow = TextWrap.fold(text, indent: 0, width: 30).split(separator: "\n").map(String.init)
        let wide = TextWrap.fold(text, indent: 0, width: 30, ambiguousWide: true).split(separator: "\n").map(String.init)
        #expect(narrow.allSatisfy { $0.displayWidth <= 30 }, "\(narrow)")
        #expect(wide.allSatisfy { $0.displayWidth(ambiguousWide: true) <= 30 }, "\(wide)")
        // Measured narrow, some line would pass 30 columns on the wide terminal.
        #expect(narrow.contains { $0.displayWidth(ambiguousWide: true) > 30 }, "\(narrow)")
        #expect(wide.joined().replacingOccurrences(" ", "") == text.replacingOccurrences(" ", ""))
        #expect(TextWrap.ambiguousWide(env: ["RUNEWIDTH_EASTASIAN": "1"]) && !TextWrap.ambiguousWide(env: ["RUNEWIDTH_EASTASIAN": "0"])
                && !TextWrap.ambiguousWide(env: [:]))
    }
}
