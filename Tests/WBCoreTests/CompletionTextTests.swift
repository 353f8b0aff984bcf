import Testing
@testable import WBCore

/// What the completion menus show beside an option or a command: the help's first
/// clause as written (apostrophes, `$`, colons and brackets kept; the brackets and
/// backslashes escaped for the shell), cut after a word. Before, every such character
/// became a space ("the plan s settings", "default   WB_SETTINGS").
struct CompletionTextTests {
    @Test func briefAndEscaped() {
        #expect(Completions.brief("the plan's settings (key,value); default: $WB_SETTINGS") == "the plan’s settings (key,value)")
        #expect(Completions.brief("deck: keep the deck's rules; -RULE,...: turn rules off") == "deck: keep the deck’s rules")
        #expect(Completions.brief("a value (default: x; y) stays; the rest goes") == "a value (default: x; y) stays")
        #expect(Completions.brief("several, e.g. --role pm. More here") == "several, e.g. --role pm")
        #expect(Completions.brief("計画の設定 (key,value)。既定: $WB_SETTINGS") == "計画の設定 (key,value)")
        let long = Completions.brief(String(repeating: "word ", count: 30))
        #expect(long.count <= 70 && long.hasSuffix("word…"), "\(long)")
        #expect(Completions.brief(String(repeating: "あ", count: 100)) == String(repeating: "あ", count: 69) + "…")
        #expect(Completions.zshText("its [id] a\\b") == "its \\[id\\] a\\\\b")
        #expect(Completions.fishText("a\\b 'c'") == "a\\\\b ’c’")
    }

    /// Every value the completions offer is one the option's own parser takes.
    @Test func offeredValuesParse() throws {
        for v in OptionSpec.Values.encodings { _ = try TextEncoding.parse(v) }
        for v in OptionSpec.Values.tableFormats { _ = try TableFormat.parse(v, option: "to") }
        for v in OptionSpec.Values.taskSystems { _ = try TaskSystem.parse(v, option: "to") }
        for v in OptionSpec.Values.languages { _ = try Lang.parse(v, option: "lang") }
        for (values, vocabulary) in [(OptionSpec.Values.statuses, Plan.statuses), (OptionSpec.Values.kinds, Plan.kinds),
                                     (OptionSpec.Values.roles, Plan.roles), (OptionSpec.Values.milestones, Plan.milestones)] {
            #expect(!values.isEmpty && values.allSatisfy { vocabulary.lookup($0)?.id == $0 }, "\(vocabulary.kind)")
        }
        #expect(OptionSpec.Values.statuses == ["todo", "doing", "done", "blocked"])
    }
}
