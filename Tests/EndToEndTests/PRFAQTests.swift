import Foundation
import Testing
@testable import WBCore

/// The PR/FAQ draft quotes wb-score: every number it fills is the one `wb-score`
/// wrote, read here from wb-score's own CSV, in both languages; without results the
/// draft is the template shipped in share/wb/templates.
struct PRFAQTests {
    static func csv(_ text: String, _ name: String) throws -> Table {
        try Table.read(TableReader(source: ByteSource(name: name, bytes: Array(text.utf8))))
    }

    static func column(_ t: Table, _ name: String) -> [String] {
        guard let i = (0..<t.header.count).first(where: { Labels.canonical(t.header.string($0)) == name }) else { return [] }
        return t.rows.map { $0.string(i) }
    }

    @Test(arguments: ["en", "ja"]) func draftNumbersAreWbScores(lang: String) throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let P = "share/wb"
        let run = try Harness.sh("""
            wb-score market --lang \(lang) --milestones \(P)/sample-milestones.csv \(P)/sample-market.csv -o market.csv
            wb-score gate --lang \(lang) --milestone M1 --milestones \(P)/sample-milestones.csv \(P)/sample-testers.csv -o gate.csv
            wb-score impact --lang \(lang) \(P)/sample-questions.csv -o impact.csv
            wb-milestones prfaq --lang \(lang) --market market.csv --gates gate.csv --impact impact.csv --milestones \(P)/sample-milestones.csv
            """, in: dir)
        #expect(run.status == 0, "\(run.err)")
        let draft = run.out
        func read(_ f: String) throws -> Table {
            try Self.csv(String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8), f)
        }
        let market = try read("market.csv"), gate = try read("gate.csv"), impact = try read("impact.csv")
        // The market: every scenario's value (grouped), ratio and share needed.
        for (k, v) in Self.column(market, "value").enumerated() {
            #expect(draft.contains(Quantity.grouped(Double(v)!, places: 0)), "value \(v)")
            #expect(draft.contains(Self.column(market, "ratio")[k]), "ratio")
            #expect(draft.contains(Self.column(market, "required_share")[k]), "required share")
            #expect(draft.contains(Self.column(market, "market_size")[k]), "market size")
        }
        #expect(draft.contains(Self.column(market, "unit_price")[0]))
        // The testers: n, solved, purchased and the rates as percentages.
        for c in ["n", "solved", "purchased"] { #expect(draft.contains(" \(Self.column(gate, c)[0]) "), "\(c)") }
        for c in ["solved_rate", "solved_low", "solved_high", "purchase_rate", "purchase_low", "purchase_high"] {
            let pct = formatNumber(Double(Self.column(gate, c)[0])! * 100, places: 0)
            #expect(draft.contains(pct + "%") || draft.contains(pct + "–"), "\(c) \(pct)")
        }
        // The top question(s): their yearly amount as wb-score wrote it.
        let ranks = Self.column(impact, "rank"), texts = Self.column(impact, "per_year_text")
        #expect(ranks.contains("1"))
        for (k, r) in ranks.enumerated() where r == "1" { #expect(draft.contains(texts[k]), "\(texts[k])") }
        // M3's date, and nothing the numbers answer is left as a placeholder.
        #expect(draft.contains("2026-11-30"))
        for left in ["[☆☆]}}", "{{", "[Of N mock testers", "[モックテスター ◯ 名", "[market size ×", "[市場規模 ×"] {
            #expect(!draft.contains(left), "\(left)")
        }
        // The deck's lines are there, in the draft's language.
        #expect(draft.contains(lang == "ja" ? "はその常識を変えました" : "changed that"))
        #expect(draft.contains(lang == "ja" ? "[社 / 人] のお客様がこの課題を抱えている" : "[companies / people] in the [☆☆] market face this problem"))
    }

    @Test(arguments: ["en", "ja"]) func blankDraftIsTheShippedTemplate(lang: String) throws {
        let r = try Harness.sh("wb-milestones prfaq --lang \(lang)", in: Harness.root)
        #expect(r.status == 0)
        let shipped = try String(contentsOf: Harness.root.appendingPathComponent("share/wb/templates/prfaq-\(lang).md"), encoding: .utf8)
        #expect(r.out == shipped)
    }
}
