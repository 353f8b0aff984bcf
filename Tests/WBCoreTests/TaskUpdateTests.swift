import Testing
@testable import WBCore

/// A change typed after the ids without its option (`set T3 done`), told apart from a
/// file name, without the CLI.
struct TaskUpdateMisplacedTests {
    @Test func aStatusAValueOrAnIdIsNamedAnythingElseIsAFile() {
        let none: (String) -> Bool = { _ in false }
        #expect(TaskUpdate.misplaced("done", ids: ["T3"], fileExists: none) == .option("--status done"))
        #expect(TaskUpdate.misplaced("完了", ids: ["T3"], fileExists: none) == .option("--status 完了"))
        #expect(TaskUpdate.misplaced("owner=佐藤", ids: ["T3"], fileExists: none) == .option("--set owner=佐藤"))
        #expect(TaskUpdate.misplaced("T7", ids: ["T3"], fileExists: none) == .id("T7"))
        #expect(TaskUpdate.misplaced("req-12", ids: ["T1", "REQ-2"], fileExists: none) == .id("req-12"))
        // A file's name, one that is there, or a word unlike the ids: a file.
        for w in ["plan.csv", "dir/done", "-", "plan2", "=x", "T"] {
            #expect(TaskUpdate.misplaced(w, ids: ["T3"], fileExists: none) == nil, "\(w)")
        }
        #expect(TaskUpdate.misplaced("done", ids: ["T3"], fileExists: { $0 == "done" }) == nil)
    }
}
