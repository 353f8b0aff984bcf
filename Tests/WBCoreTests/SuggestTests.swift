import Testing
@testable import WBCore

/// "Did you mean" for a vocabulary's value: the nearest terms, each named in the
/// language the message is written in.
struct SuggestTests {
    @Test func aTermIsNamedInTheMessagesLanguage() {
        let en = Lang.$current.withValue(.en) { Suggest.terms("M9", in: Plan.milestones) }
        #expect(en == " (did you mean M1 = Sponsor acquisition or M2 = Fan acquisition?)")
        let ja = Lang.$current.withValue(.ja) { Suggest.terms("M9", in: Plan.milestones) }
        #expect(ja.contains("M1 = スポンサーの獲得"))
        #expect(!ja.contains("Sponsor"))
    }

    @Test func aNameThatIsItsIdInAnotherCaseIsNotRepeated() {
        let en = Lang.$current.withValue(.en) { Suggest.terms("dne", in: Plan.statuses) }
        #expect(en == " (did you mean done?)")
        let ja = Lang.$current.withValue(.ja) { Suggest.terms("dne", in: Plan.statuses) }
        #expect(ja.contains("done = 完了"))
    }

    @Test func aPlansMilestonesAreSuggestedByTheirNames() {
        let m = Plan.milestones.terms
        let set = MilestoneSet(entries: [.init(term: m[0], name: "CTO demo", date: nil, record: Record()),
                                         .init(term: m[3], name: " ", date: nil, record: Record())])
        #expect(set.vocabulary.terms.map(\.id) == ["M1", "M4"])
        let s = Lang.$current.withValue(.ja) { Suggest.terms("CTO dmeo", in: set.vocabulary) }
        #expect(s.contains("M1 = CTO demo"))
        // No name in the table: the deck's, in the message's language.
        #expect(Lang.$current.withValue(.en) { Suggest.terms("Press releas", in: set.vocabulary) } == " (did you mean M4 = Press release?)")
    }

    /// Two letters swapped are one edit, as typos mostly are (`dve`, `dnoe`), so a
    /// short word finds its nearest; other edits count as before.
    @Test func aSwapIsOneEdit() {
        #expect(Suggest.distance("dve", "dev") == 1)
        #expect(Suggest.distance("dnoe", "done") == 1)
        #expect(Suggest.distance("abc", "abc") == 0)
        #expect(Suggest.distance("kitten", "sitting") == 3)
        #expect(Suggest.distance("", "ab") == 2)
        // (Optimal string alignment: a swapped pair is not edited again.)
        #expect(Suggest.distance("ca", "abc") == 3)
        #expect(Suggest.nearest("dve", among: ["pm", "dev", "ds"]) == ["dev"])
    }

    @Test func threeAlternativesAreAListNotAChainOfOrs() {
        let ids = ["T1", "T2", "T3", "T40"]
        #expect(Lang.$current.withValue(.en) { Suggest.clause("T9", among: ids) } == " (did you mean 'T1', 'T2' or 'T3'?)")
        #expect(Lang.$current.withValue(.ja) { Suggest.clause("T9", among: ids) } == " ('T1'、'T2' または 'T3' のことですか?)")
        #expect(Lang.$current.withValue(.en) { Suggest.clause("T9", among: ["T1", "T2"]) } == " (did you mean 'T1' or 'T2'?)")
    }

    @Test func nothingNearGivesNothing() {
        #expect(Suggest.terms("zzzzzzzz", in: Plan.roles).isEmpty)
    }

    @Test func anUnknownValueIsToldInOneLanguage() {
        for v in [Plan.milestones, Plan.roles, Plan.statuses, Plan.kinds] {
            let ja = Lang.$current.withValue(.ja) { v.unknownValue("zzz", option: "x").message }
            let en = Lang.$current.withValue(.en) { v.unknownValue("zzz", option: "x").message }
            #expect(ja.hasPrefix("--x: 不明な"), "\(v.kind): \(ja)")
            #expect(!ja.contains("unknown") && !ja.contains(v.kind + " "), "\(v.kind): \(ja)")
            #expect(en.hasPrefix("--x: unknown \(v.kind) 'zzz'"), "\(v.kind): \(en)")
        }
    }
}
