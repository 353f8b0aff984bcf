import Testing
@testable import WBCore

struct FilterOwnerTests {
    /// `filter --owner` keeps the rows whose owner, trimmed, is one of the names given,
    /// compared as text (a name written composed or decomposed is the same name; see
    /// `OwnerName` for what else is set aside). Each
    /// way an owner is written is decided once and remembered by its bytes, also past
    /// the room the memory has: random plans with a hundred owners, padded with white
    /// space, in both normal forms, the owner column first, last or absent.
    @Test func ownersAreComparedAsTrimmedText() throws {
        var rng = RoundTripProperties.RNG(state: 77)
        let names = (0..<100).map { "担当\($0)" } + ["José", "Jose\u{301}", "é", "e\u{301}", ""]
        let pads = ["", "", " ", "\u{3000}", "\t"]
        for round in 0..<12 {
            let wanted = ["José", "é", "担当3"] + (0..<3).map { _ in names.randomElement(using: &rng)! }.filter { !$0.isEmpty }
            var rows: [[String]] = []
            var kept: [String] = []
            for k in 0..<400 {
                let owner = pads.randomElement(using: &rng)! + names.randomElement(using: &rng)! + pads.randomElement(using: &rng)!
                rows.append(["T\(k + 1)", "M1", "pm", "t", owner])
                if wanted.contains(owner.trimmed) { kept.append("T\(k + 1)") }
            }
            let header = ["id", "milestone", "role", "todo", "owner"]
            let order: [Int] = round % 3 == 0 ? [4, 0, 1, 2, 3] : [0, 1, 2, 3, 4]
            let dropOwner = round % 4 == 3
            let columns = dropOwner ? order.filter { $0 != 4 } : order
            let csv = write([columns.map { header[$0] }] + rows.map { r in columns.map { r[$0] } }, .csv)
            let out = try runTool(WBTasksCommand.spec, ["filter", "--owner", wanted.joined(separator: ",")], input: csv)
            let ids = try parse(out, .csv).dropFirst().map { $0[columns.firstIndex(of: 0)!] }
            #expect(ids == (dropOwner ? [] : kept), "round \(round)")
            #expect(dropOwner || kept.count > 10)
        }
    }
}

/// `--owner` with a name no row has: the filter says which names met no row, and the
/// owners the rows have, however many rows and ways of writing them there are.
struct UnmatchedOwnerTests {
    func run(_ csv: String, owner: String) throws -> (names: [String], owners: [String])? {
        let reader = try TableReader(source: ByteSource(name: "plan.csv", bytes: Array(csv.utf8)))
        let schema = try TaskSchema(header: try reader.header(), file: reader.name)
        let resolver = TaskResolver(schema: schema, file: reader.name, dates: DateContext())
        var c = TaskFilter.Conditions()
        c.lists[.owner] = [owner]
        let filter = try TaskFilter(c, resolver: resolver, schema: schema)
        var rec = Record()
        while try reader.next(into: &rec) {
            let codes = try #require(resolver.codes(rec))
            _ = filter.keeps(codes, rec)
        }
        return filter.unmatchedOwners()
    }

    @Test func theNamesNoRowHasAreGivenWithTheOwnersThereAre() throws {
        let csv = "id,milestone,role,todo,owner\nT1,M1,pm,a,佐藤\nT2,M1,dev,b, 田中さん\nT3,M1,ds,c,\nT4,M2,pm,d,佐藤\n"
        let u = try #require(try run(csv, owner: "田中,Tanaka,佐籐"))
        #expect(u.names == ["Tanaka", "佐籐"])
        #expect(u.owners == ["佐藤", "田中さん"])
        // Negated, the same: a name that is nobody's leaves nothing out.
        #expect(try run(csv, owner: "!Tanaka")?.names == ["Tanaka"])
        #expect(try run(csv, owner: "佐藤さん")?.names == [])
        // No owner column: nil, said as such by the command.
        #expect(try run("id,milestone,role,todo\nT1,M1,pm,a\n", owner: "佐藤") == nil)
    }

    /// Past the memory of the ways owners are written (64) and past the owners kept
    /// for the note (1,000): a named owner met late is still found.
    @Test func anOwnerMetAfterManyOthersIsFound() throws {
        var csv = "id,milestone,role,todo,owner\n"
        for k in 0..<1_500 { csv += "T\(k),M1,pm,t,担当\(k)\n" }
        let u = try #require(try run(csv, owner: "担当1499,nobody"))
        #expect(u.names == ["nobody"])
        #expect(u.owners.count == 1_000)
    }
}

/// One person however the meeting writes the name: white space, width and case aside,
/// a courtesy title left off; composed and decomposed letters one name.
struct OwnerNameTests {
    @Test func oneNameHoweverWritten() {
        for (a, b) in [("佐藤さん", "佐藤"), ("佐藤様", "佐藤"), ("佐藤　太郎", "佐藤太郎"), ("Sato", "sato"), ("Sato-san", "SATO"),
                       ("ＳＡＴＯ", "sato"), ("José", "Jose\u{301}"), (" 田中くん ", "田中")] {
            #expect(OwnerName.key(a) == OwnerName.key(b), "\(a) \(b)")
        }
        for (a, b) in [("佐藤", "佐藤二郎"), ("さん", ""), ("Sato", "Satoh")] {
            #expect(OwnerName.key(a) != OwnerName.key(b), "\(a) \(b)")
        }
    }
}
