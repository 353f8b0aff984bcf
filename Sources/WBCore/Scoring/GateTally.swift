/// Mock-test results judged against a gate (the deck's "80% solved their problem, 50%
/// decided to buy"): testers summed per team × segment, each segment's rates with
/// Wilson score intervals, its verdict (pass: the rates reach the thresholds) and its
/// evidence (strong: the intervals' lower ends reach them too).
struct GateTally {
    struct Segment {
        var team: String?
        var name: String
        var n = 0, solved = 0, purchased = 0
        /// The input row, when the table gives counts (its columns are written back).
        var record: Record?
        var solvedThreshold: Double, purchaseThreshold: Double
    }

    struct Verdict: Equatable {
        var solvedRate: Double, solvedLow: Double, solvedHigh: Double
        var purchaseRate: Double, purchaseLow: Double, purchaseHigh: Double
        var pass: Bool, strong: Bool
    }

    private(set) var segments: [Segment] = []
    /// A segment's place in `segments` by team key and name.
    private var slot: [String: Int] = [:]

    /// One tester's answers, summed into its team's segment (`teamKey`: the team as
    /// teams are matched, "" without teams), in order of first appearance.
    mutating func add(tester segment: String, team: String?, teamKey: String, solved: Bool, purchased: Bool,
                      thresholds: (solved: Double, purchase: Double)) {
        let key = teamKey + "\u{0}" + segment
        if let i = slot[key] {
            segments[i].n += 1
            segments[i].solved += solved ? 1 : 0
            segments[i].purchased += purchased ? 1 : 0
            return
        }
        slot[key] = segments.count
        segments.append(Segment(team: team, name: segment, n: 1, solved: solved ? 1 : 0, purchased: purchased ? 1 : 0,
                                solvedThreshold: thresholds.solved, purchaseThreshold: thresholds.purchase))
    }

    /// A row of counts (n testers, so many solved, so many purchased): a segment of its
    /// own, its row kept. The counts are the caller's to check (none above n).
    mutating func add(counts record: Record, segment: String, team: String?, n: Int, solved: Int, purchased: Int,
                      thresholds: (solved: Double, purchase: Double)) {
        segments.append(Segment(team: team, name: segment, n: n, solved: solved, purchased: purchased, record: record,
                                solvedThreshold: thresholds.solved, purchaseThreshold: thresholds.purchase))
    }

    /// A segment's rates and intervals at `confidence`, and its verdict. The rates are
    /// compared with a tolerance of 1e-12, so that 4 of 5 meets 80%. A segment of no
    /// testers (a row of counts with n = 0) has no rates (NaN), the interval 0 to 1
    /// and fails.
    static func verdict(_ s: Segment, confidence: Double) -> Verdict {
        let sr = Double(s.solved) / Double(s.n), pr = Double(s.purchased) / Double(s.n)
        let si = Stats.wilson(successes: s.solved, n: s.n, confidence: confidence)
        let pi = Stats.wilson(successes: s.purchased, n: s.n, confidence: confidence)
        return Verdict(solvedRate: sr, solvedLow: si.low, solvedHigh: si.high,
                       purchaseRate: pr, purchaseLow: pi.low, purchaseHigh: pi.high,
                       pass: sr >= s.solvedThreshold - 1e-12 && pr >= s.purchaseThreshold - 1e-12,
                       strong: si.low >= s.solvedThreshold && pi.low >= s.purchaseThreshold)
    }

    /// The note on a segment of fewer than 5 testers (weak evidence whatever the rates);
    /// nil from 5 on.
    static func smallSampleNote(_ n: Int) -> String? {
        guard n < 5 else { return nil }
        if n == 0 { return L("no testers: nothing to judge yet") }
        return n == 1 ? L("only 1 tester: fewer than 5 is weak evidence") : L("only \(n) testers: fewer than 5 is weak evidence")
    }

    /// A count as people write it (`12`, `1,200`, full-width digits).
    static func count(_ s: String) throws -> Int {
        guard let n = Int(s.foldingWidth.replacingOccurrences(",", "")), n >= 0 else { throw DateError(message: L("'\(s)' is not a count (a whole number)")) }
        return n
    }

    /// Answers that decide nothing yet: 検討中, 未定, △, maybe. A gate counts who solved
    /// their problem and who decided to buy, so these count as no (the command says how
    /// many it took so).
    static let undecided: Set<String> = ["検討中", "検討", "要検討", "未定", "保留", "迷い中", "迷っている", "わからない",
                                         "分からない", "どちらとも言えない", "どちらともいえない", "△", "▲",
                                         "検討する", "検討したい", "前向きに検討", "前向きに検討する", "前向きに検討したい", "普通", "ふつう",
                                         "maybe", "undecided", "unsure", "considering", "not sure", "not yet", "tbd",
                                         "neutral", "neither", "neither agree nor disagree"]

    static func isUndecided(_ s: String) -> Bool { undecided.contains(s.foldingWidth.trimmed.lowercased()) }

    /// The undecided answers of a table, and the ones left empty, counted as no: how
    /// many of each, and the first, for the one warning each that says so.
    struct Undecided {
        private(set) var count = 0
        private(set) var first: SourceLocation?
        private var word = ""
        /// The answers left empty (a question the tester was not asked, or skipped).
        private(set) var blanks = 0
        private(set) var firstBlank: SourceLocation?

        /// Takes an answer as written, at its place.
        mutating func note(_ answer: String, at location: @autoclosure () -> SourceLocation) {
            if answer.trimmed.isEmpty {
                if blanks == 0 { firstBlank = location() }
                blanks += 1
                return
            }
            guard GateTally.isUndecided(answer) else { return }
            if count == 0 { (first, word) = (location(), answer.trimmed) }
            count += 1
        }

        /// The warning, or nil when every answer decided.
        var warning: String? {
            switch count {
            case 0: return nil
            case 1: return L("1 answer decides nothing yet ('\(word)'): counted as no, since a gate counts who solved and who decided to buy")
            default: return L("\(count) answers decide nothing yet (the first '\(word)'): counted as no, since a gate counts who solved and who decided to buy")
            }
        }

        /// The warning of the empty answers (at `firstBlank`), or nil when none is.
        var blankWarning: String? {
            switch blanks {
            case 0: return nil
            case 1: return L("1 answer is empty: counted as no; write no, or leave the tester out until they answer")
            default: return L("\(blanks) answers are empty (the first here): counted as no; write no, or leave the testers out until they answer")
            }
        }
    }

    /// Testers named twice within a team and segment (a form sent twice, a row pasted
    /// again): each row is counted, so the rates lean their way. How many, and the
    /// first with the line it repeats, for one warning.
    struct Repeats {
        private var seen: [String: Int] = [:]
        private(set) var count = 0
        private(set) var first: (name: String, line: Int, again: SourceLocation)?

        /// Takes a tester's name (blank: not known, never a repeat) at its row.
        mutating func note(_ name: String, team: String, segment: String, line: Int, at location: @autoclosure () -> SourceLocation) {
            let n = name.trimmed
            guard !n.isEmpty else { return }
            let key = team + "\u{1F}" + segment + "\u{1F}" + n.matchKey
            if let earlier = seen[key] {
                if count == 0 { first = (n, earlier, location()) }
                count += 1
            } else {
                seen[key] = line
            }
        }

        /// The warning (at `first.again`), or nil when every tester is named once.
        var warning: String? {
            guard let first else { return nil }
            return count == 1
                ? L("tester '\(first.name)' is named again (first on line \(first.line)): both rows are counted; remove one if it is the same person")
                : L("\(count) rows name a tester again (the first '\(first.name)', first on line \(first.line)): each is counted; remove the repeats if they are the same people")
        }
    }

    /// A tester's answer: yes/no, true/false, 1/0, ○/×, はい/いいえ, OK/NG, check marks
    /// (✓/✗, ☑/☐), the verbs (解決した/しない, 買う/買わない, できた/できない) and the
    /// like, a form's scale of agreement (そう思う, ややそう思う, agree: yes; そう思わない,
    /// disagree: no; どちらともいえない, neutral: undecided); empty is no (the command
    /// warns of it), and so is an undecided one (検討中, maybe).
    static func yesNo(_ s: String) throws -> Bool {
        if isUndecided(s) { return false }
        switch s.foldingWidth.trimmed.lowercased() {
        case "yes", "y", "true", "t", "1", "○", "◯", "〇", "はい", "o", "済", "解決", "購入", "あり", "有",
             "✓", "✔", "☑", "✅", "ok", "する", "した", "解決した", "購入する", "購入した", "買う", "買った", "できた", "できる",
             "解決できた", "購入したい", "買いたい", "ぜひ購入したい",
             // A form's scale of agreement, its upper boxes (4 or 5 points).
             "とてもそう思う", "強くそう思う", "非常にそう思う", "そう思う", "ややそう思う", "まあそう思う",
             "strongly agree", "agree", "somewhat agree":
            return true
        case "no", "n", "false", "f", "0", "×", "✕", "✖", "x", "いいえ", "-", "未", "", "なし", "無", "未解決", "未購入",
             "✗", "✘", "☐", "❌", "ng", "しない", "しなかった", "解決しない", "解決しなかった", "購入しない", "購入しなかった",
             "買わない", "買わなかった", "できない", "できなかった", "解決できなかった", "購入したくない", "買いたくない",
             "そう思わない", "ややそう思わない", "あまりそう思わない", "まったくそう思わない", "全くそう思わない", "全然そう思わない",
             "disagree", "somewhat disagree", "strongly disagree": return false
        default: throw DateError(message: L("'\(s)' is not yes or no (use yes/no, true/false, 1/0, ○/×, はい/いいえ)"))
        }
    }

    /// Whether a tester's segment is the one a gate names: the same word, or either
    /// side of internal (社内, 自社, 社員) and external (社外, customers, 顧客, お客様).
    static func segmentMatches(_ value: String, _ gate: String) -> Bool {
        let v = value.matchKey, g = gate.matchKey
        if v == g { return true }
        let internalWords = ["internal", "社内", "inhouse", "自社", "社員", "employees"]
        let externalWords = ["external", "社外", "customer", "customers", "顧客", "お客様", "client", "clients"]
        if internalWords.contains(g) { return internalWords.contains(v) }
        if externalWords.contains(g) { return externalWords.contains(v) }
        return false
    }
}
