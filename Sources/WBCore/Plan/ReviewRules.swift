/// The rules of `check` and `status`: which come from the workshop deck and which are
/// wb's own recommendations, and the `--rules` switch that turns rules off.
///
/// `--rules deck` keeps the deck's rules and the checks of the data itself (ids,
/// dependencies, dates) and drops wb's recommendations; `--rules -approval-late,-overdue`
/// drops the rules named; `--rules all` (the default) keeps everything.
public struct ReviewRules: Sendable {
    /// wb's own rules, not the deck's: when the 稟議 is due, the difficulty that calls
    /// for a technical validation, the "at risk" thresholds, overdue tasks, the
    /// id-case warning, tracking fields, the order of a validation and of any
    /// dependency, and a milestone or a due date ahead on a day off.
    public static let recommendations: Set<String> = [
        "approval-late", "validation-missing", "validation-late", "dependency-late", "at-risk", "overdue", "id-case",
        "untracked", "market-within-3-months", "day-off",
    ]
    /// Every rule name `check` and `status` know (for --rules' spelling check).
    public static let known: [String] = [
        // tasks check: data
        "duplicate-id", "id-separator", "dangling-dependency", "dependency-cycle", "due-after-milestone", "unlisted-milestone", "empty-todo",
        // tasks check: the deck's group review
        "role-coverage", "request-target", "approval-missing", "kind-from-words",
        // milestones check
        "duplicate-milestone", "missing-milestone", "order", "no-date", "before-start",
        "fans-within-3-months", "press-release-within-6-months", "who-what-how", "gate",
    ] + recommendations.sorted()

    public private(set) var off: Set<String> = []

    public init() {}

    public func on(_ rule: String) -> Bool { !off.contains(rule) }

    public static func parse(_ text: String?) throws -> ReviewRules {
        var r = ReviewRules()
        guard let text else { return r }
        for item in text.listItems {
            switch item {
            case "all": r.off = []
            case "deck": r.off.formUnion(recommendations)
            default:
                guard item.hasPrefix("-") || item.hasPrefix("no-") else {
                    throw WBError.usage(L("--rules takes deck, all, or rule names to turn off (-overdue), not '\(item)'"))
                }
                let name = item.hasPrefix("-") ? String(item.dropFirst()) : String(item.dropFirst(3))
                guard known.contains(name) else {
                    // The nearest names where one is near; else every name, to pick from.
                    let near = Suggest.clause(name, among: known)
                    throw WBError.usage(L("--rules: unknown rule '\(name)'")
                                        + (near.isEmpty ? L("; the rules are \(known.joined(separator: ", "))") : near))
                }
                r.off.insert(name)
            }
        }
        return r
    }
}
