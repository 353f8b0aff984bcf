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
}
