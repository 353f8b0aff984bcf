import Testing
@testable import WBCore

/// Words typed where the file goes that say a task's field (`set T3 done`, `add M2 dev
/// ログを集める`), told apart from a file's name, and the command they meant, without
/// the CLI.
struct MisplacedWordsTests {
    let none: (String) -> Bool = { _ in false }

    func meaning(_ w: String, ids: [String] = ["T3"], todo: Bool = false) -> MisplacedWords.Meaning? {
        MisplacedWords.meaning(of: w, ids: ids, roles: Plan.roles, todo: todo, fileExists: none)
    }

    @Test func aFieldAnIdOrATodoIsNamedAnythingElseIsAFile() {
        #expect(meaning("done") == .option("--status done"))
        #expect(meaning("完了") == .option("--status 完了"))
        #expect(meaning("M2") == .option("--milestone M2"))
        #expect(meaning("開発") == .option("--role 開発"))
        #expect(meaning("owner=佐藤") == .option("--set owner=佐藤"))
        #expect(meaning("T7") == .id("T7"))
        #expect(meaning("req-12", ids: ["T1", "REQ-2"]) == .id("req-12"))
        #expect(meaning("ログを 集める", todo: true) == .option("--todo 'ログを 集める'"))
        // A file's name, one that is there, or a word unlike the ids: a file.
        for w in ["plan.csv", "dir/done", "-", "plan2", "=x", "T", "ログを集める"] {
            #expect(meaning(w) == nil, "\(w)")
        }
        #expect(MisplacedWords.meaning(of: "done", ids: ["T3"], roles: Plan.roles, todo: false, fileExists: { $0 == "done" }) == nil)
    }

    @Test func theErrorWritesTheCommandAsMeant() {
        let e = MisplacedWords.error("add", operands: ["M2", "dev", "it's", "plan.csv"], ids: [], roles: Plan.roles, todo: true,
                                     optionsGiven: false, fileExists: { $0 == "plan.csv" })
        #expect(e?.message == "'M2', 'dev', 'it's' are no files: write add --milestone M2 --role dev --todo 'it'\\''s' plan.csv")
        let s = MisplacedWords.error("set", operands: ["T7"], ids: ["T3"], roles: Plan.roles, todo: false,
                                     optionsGiven: true, fileExists: none)
        #expect(s?.message == "'T7' is no file: write set T3,T7 ... plan.csv")
        #expect(MisplacedWords.error("set", operands: ["plan.csv"], ids: ["T3"], roles: Plan.roles, todo: false,
                                     optionsGiven: true, fileExists: none) == nil)
    }

    /// `pr` is both M4's short name and a role a plan may declare: after M2 it is the role.
    @Test func aWordOfTwoFieldsIsTheOneNotYetGiven() throws {
        let roles = Roles.vocabulary(extra: try Roles.parseDeclarations("pr:広報:PR").extra)
        #expect(Plan.milestones.lookup("pr") != nil)
        let e = MisplacedWords.error("add", operands: ["M2", "pr", "draft"], ids: [], roles: roles, todo: true,
                                     optionsGiven: false, fileExists: none)
        #expect(e?.message == "'M2', 'pr', 'draft' are no files: write add --milestone M2 --role pr --todo draft plan.csv")
        let alone = MisplacedWords.error("add", operands: ["pr"], ids: [], roles: roles, todo: true,
                                         optionsGiven: false, fileExists: none)
        #expect(alone?.message == "'pr' is no file: write add --milestone pr plan.csv")
    }
}
