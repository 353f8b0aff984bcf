import Testing
@testable import WBCore

@Suite struct TimelinePictureTests {
    /// The month labels of an empty chart: its third line.
    static func ticks(from: CivilDate, to: CivilDate, width: Int, _ lang: Lang = .en) -> String {
        let text = Lang.$current.withValue(lang) {
            TimelinePicture.text([], from: from, to: to, today: from, width: width, showRoles: false)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return String(lines[1]).trimmed
    }

    @Test func aYearIsSaidByItsFirstLabelEvenWhenJanuaryFoundNoRoom() {
        let from = CivilDate(2026, 11, 1)!, to = CivilDate(2027, 5, 27)!
        // Wide enough, January carries the year.
        #expect(Self.ticks(from: from, to: to, width: 56).hasPrefix("Nov'26 Dec      Jan'27  Feb"))
        // Too narrow for January: February is the first label of 2027 and says so (it
        // read "Feb", as if of 2026).
        let narrow = Self.ticks(from: from, to: to, width: 22)
        #expect(narrow.split(separator: " ", omittingEmptySubsequences: true) == ["Nov'26", "Feb'27", "May"])
        let ja = Self.ticks(from: from, to: to, width: 22, .ja)
        #expect(ja.split(separator: " ", omittingEmptySubsequences: true).first == "26年11月")
        #expect(ja.contains("27年"))
    }

    /// The four milestones with the deck's Japanese names (up to 26 columns), some
    /// tasks done, as `timeline --tasks` draws them.
    static func chart(columns: Int?, width: Int = 56, _ lang: Lang = .en, glyphs: TimelinePicture.Glyphs = .unicode,
                      names: [String]? = nil) -> [String] {
        let from = CivilDate(2026, 12, 3)!, to = CivilDate(2027, 6, 10)!
        let dates = [CivilDate(2026, 12, 28)!, CivilDate(2027, 3, 3)!, CivilDate(2027, 4, 30)!, CivilDate(2027, 6, 3)!]
        let rows = zip(Plan.milestones.terms, dates).enumerated().map { k, m in
            let (term, date) = m
            var p = MilestoneProgress(entry: .init(term: term, name: names?[k] ?? term.ja, date: date, record: Record()),
                                      daysLeft: date.days - from.days)
            p.total = 4
            p.done = 1
            return p
        }
        let text = Lang.$current.withValue(lang) {
            TimelinePicture.text(rows, from: from, to: to, today: CivilDate(2026, 12, 10)!, width: width, showRoles: true, columns: columns,
                                 glyphs: glyphs)
        }
        return text.split(separator: "\n").map(String.init)
    }

    /// On a terminal the chart fits its width: the axis narrows (to 20 columns at the
    /// least), and where that is not enough the names are cut with …; a terminal wide
    /// enough, or none (a file, the report), draws it as it always was.
    @Test func theChartFitsTheTerminal() {
        let full = Self.chart(columns: nil)
        #expect(full.map(\.displayWidth).max()! > 100)
        #expect(Self.chart(columns: 200) == full)
        for lang in [Lang.en, .ja] {
            for columns in [80, 90, 100, 120] {
                let lines = Self.chart(columns: columns, lang)
                #expect(lines.allSatisfy { $0.displayWidth <= columns }, "\(lang) \(columns): \(lines.map(\.displayWidth))")
                // Every milestone's name is whole where the axis could give way.
                #expect(lines.contains { $0.hasSuffix("シェア推計による投資判断") }, "\(lang) \(columns)")
            }
        }
        // Narrower than the axis can go: the names too long are cut, ending in …, the
        // lines no wider than the terminal (while a name keeps 8 columns).
        let narrow = Self.chart(columns: 70)
        let milestoneLines = narrow.filter { $0.hasPrefix("M") }
        #expect(milestoneLines.count == 4)
        #expect(narrow.allSatisfy { $0.displayWidth <= 70 }, "\(narrow.map(\.displayWidth))")
        #expect(milestoneLines.map { $0.hasSuffix("…") } == [true, false, true, true])
        #expect(milestoneLines[1].hasSuffix("ファンの獲得"))
        #expect(milestoneLines[2].hasSuffix("シェア推計に…"))
        // An axis asked for (--width) narrower than the fit is kept.
        #expect(Self.chart(columns: 100, width: 30) == Self.chart(columns: nil, width: 30))
    }

    /// A terminal too narrow for the progress and a name beside the axis (a split
    /// pane): the title on two lines, each milestone's progress and name on a line of
    /// their own below its axis (the name on one more when 8 columns are not left),
    /// and no line wider than the terminal from 38 columns on (the axis takes 20 at
    /// the least, the Japanese title 37).
    @Test func aNarrowTerminalGetsTheProgressBelowTheAxis() {
        for lang in [Lang.en, .ja] {
            for columns in [38, 40, 44, 50, 56, 60] {
                let lines = Self.chart(columns: columns, lang)
                #expect(lines.allSatisfy { $0.displayWidth <= columns }, "\(lang) \(columns): \(lines)")
                let axes = lines.filter { $0.hasPrefix("M") }
                #expect(axes.count == 4 && axes.allSatisfy { $0.hasSuffix("◆") || $0.hasSuffix("|") }, "\(lang) \(columns)")
                // Each milestone's progress follows its axis line, then its name.
                let done = Lang.$current.withValue(lang) { L("\(1)/\(4) done") }
                for a in axes {
                    let k = lines.firstIndex(of: a)!
                    #expect(lines[k + 1].trimmed.hasPrefix(done), "\(lang) \(columns): \(lines[k + 1])")
                }
                // M2's name whole, or cut with … where the line has no room for it.
                let k = lines.firstIndex(of: axes[1])!
                let name = lines[(k + 1)...].prefix(2).map { String($0.drop { $0 == " " || $0 != "フ" }) }
                #expect(name.contains { $0 == "ファンの獲得" || $0.hasSuffix("…") && "ファンの獲得".hasPrefix($0.dropLast()) },
                        "\(lang) \(columns): \(lines)")
                // The title on two lines where it does not fit on one.
                let title = Lang.$current.withValue(lang) { L("timeline \("2026-12-03") .. \("2027-06-10")") }
                #expect(lines[0] == title || lines[0].hasPrefix(title + "   ") && lines[0].displayWidth <= columns, "\(lines[0])")
            }
        }
        // Wide enough for the progress and 8 columns of a name: as before, one line.
        let wide = Self.chart(columns: 70)
        #expect(wide.filter { $0.hasPrefix("M") }.allSatisfy { $0.contains("1/4 done") })
    }

    /// `--ascii`: the same chart, drawn with . * # - and names cut with ..., so that
    /// a terminal showing ambiguous characters wide lines it up.
    @Test func theASCIIChartIsTheSameChart() {
        let ambiguous: Set<Character> = ["·", "◆", "█", "░", "…"]
        let unicode = Self.chart(columns: nil), ascii = Self.chart(columns: nil, glyphs: .ascii)
        #expect(ascii == unicode.map { String($0.map { ch -> Character in ch == "·" ? "." : ch == "◆" ? "*" : ch }) })
        #expect(unicode.contains { $0.contains("◆") })
        for columns in [40, 56, 70, 90] {
            let lines = Self.chart(columns: columns, .ja, glyphs: .ascii)
            #expect(lines.allSatisfy { $0.displayWidth <= columns && !$0.contains(where: ambiguous.contains) }, "\(columns): \(lines)")
        }
        // Names too long for 70 columns end in ..., within the width.
        #expect(Self.chart(columns: 70, glyphs: .ascii).filter { $0.hasPrefix("M") }.map { $0.hasSuffix("...") } == [true, false, true, true])
        #expect(TimelinePicture.bar(1, 2, 6, .ascii) == "###---" && TimelinePicture.bar(1, 2, 6) == "███░░░")
        #expect("シェア推計".cut(toColumns: 8, ellipsis: "...") == "シェ...")
    }

    /// Names that hold East Asian ambiguous characters (① ※ → …), on a terminal that
    /// shows them two columns wide (`--ascii`, RUNEWIDTH_EASTASIAN=1): measured so,
    /// every line fits; on one that shows them narrow, as it shows them.
    @Test func namesWithAmbiguousCharactersFitATerminalThatShowsThemWide() {
        let names = ["①スポンサーの獲得 → CTO 承認", "②ファンの獲得 ※社外 5 社", "③投資判断 α 版 ○×△", "④プレスリリース…"]
        for columns in [40, 56, 70, 90] {
            let ascii = Self.chart(columns: columns, .ja, glyphs: .ascii, names: names)
            #expect(ascii.allSatisfy { $0.displayWidth(ambiguousWide: true) <= columns }, "\(columns): \(ascii)")
            let unicode = Self.chart(columns: columns, .ja, names: names)
            #expect(unicode.allSatisfy { $0.displayWidth <= columns }, "\(columns): \(unicode)")
        }
        // Where the axis is at its narrowest and the first name just fits a narrow
        // terminal whole, a wide one gets it cut (its ① and → take a column more each).
        let first = { (lines: [String]) in lines.first { $0.hasPrefix("M1") }! }
        let fits = (40...120).first { first(Self.chart(columns: $0, .ja, names: names)).hasSuffix(names[0]) }!
        #expect(first(Self.chart(columns: fits, .ja, glyphs: .ascii, names: names)).hasSuffix("..."))
        #expect(first(Self.chart(columns: fits + 2, .ja, glyphs: .ascii, names: names)).hasSuffix(names[0]))
        #expect("①②③④⑤".cut(toColumns: 7, ellipsis: "...", ambiguousWide: true) == "①②...")
        #expect("①②③④⑤".cut(toColumns: 7, ellipsis: "...") == "①②③④⑤")
    }

    @Test func aTextIsCutToTerminalColumns() {
        #expect("シェア推計".cut(toColumns: 10) == "シェア推計")
        #expect("シェア推計".cut(toColumns: 9) == "シェア推…")
        #expect("シェア推計".cut(toColumns: 8) == "シェア…")
        #expect("Press release".cut(toColumns: 8) == "Press r…")
    }
}
