/// The PR/FAQ draft: the workshop's press release and FAQ as a Markdown template whose
/// placeholders the numbers can answer are filled from `wb-score`'s results (the
/// market and the share behind the investment decision, what the mock testers did,
/// the yearly cost of the top question, the price the customer pays); the rest stay
/// visible as `[…]` for the team to write. Without results it is the blank template
/// shipped as share/wb/templates/prfaq-{ja,en}.md.
public enum PRFAQ {
    /// The results the draft quotes; each may be absent.
    public struct Numbers: Sendable {
        public var market: ScoreTable?
        public var gates: ScoreTable?
        public var impact: ScoreTable?
        /// M3's entry, for the date of the investment decision.
        public var decision: MilestoneSet.Entry?
        /// The milestones, for the release date (M4's) and the plan's order.
        public var milestones: [MilestoneSet.Entry] = []
        /// The plan's tasks, for who does what by when and the hardest tasks.
        public var tasks: [TaskRow]?
        public init(market: ScoreTable? = nil, gates: ScoreTable? = nil, impact: ScoreTable? = nil, decision: MilestoneSet.Entry? = nil,
                    milestones: [MilestoneSet.Entry] = [], tasks: [TaskRow]? = nil) {
            self.market = market; self.gates = gates; self.impact = impact; self.decision = decision
            self.milestones = milestones; self.tasks = tasks
        }
    }

    /// The difficulty from which a task needs a technical validation first (the review's line).
    static let hardDifficulty = 8

    /// A date as a press release writes it: 2026年12月25日, December 25, 2026.
    static func releaseDate(_ d: CivilDate) -> String {
        Lang.current == .ja ? "\(d.year)年\(d.month)月\(d.day)日"
            : CivilDate.monthNames[d.month - 1] + " \(d.day), \(d.year)"
    }

    /// Who does what by when, one line per milestone with tasks: its date, each owner
    /// with their tasks' count (in order of first appearance), and how many are done.
    static func owners(_ tasks: [TaskRow], milestones: [MilestoneSet.Entry]) -> String? {
        var lines: [String] = []
        // The tasks by milestone in one pass (a plan may have thousands of both).
        var byMilestone: [String: [Int]] = [:]
        for (i, t) in tasks.enumerated() { if let m = t.milestone?.id { byMilestone[m, default: []].append(i) } }
        // A milestone id written twice (a row per team) is said once, at its first row.
        var said: Set<String> = []
        for m in milestones where said.insert(m.term.id).inserted {
            guard let mine = byMilestone[m.term.id]?.map({ tasks[$0] }) else { continue }
            // One person however written (佐藤, 佐藤さん), named as first written.
            var order: [String] = [], count: [String: Int] = [:], shown: [String: String] = [:]
            for t in mine {
                let key = t.owner.isEmpty ? "" : OwnerName.key(t.owner)
                if count[key] == nil { order.append(key); shown[key] = t.owner.isEmpty ? L("(no owner)") : t.owner }
                count[key, default: 0] += 1
            }
            let people = order.map { count[$0]! == 1 ? L("\(shown[$0]!) 1 task") : L("\(shown[$0]!) \(count[$0]!) tasks") }
                .joined(separator: Lang.current == .ja ? "、" : ", ")
            let done = mine.filter { $0.status.id == "done" }.count
            let when = m.date.map { L(" (by \($0.iso))") } ?? ""
            lines.append(L("\(m.term.id) \(m.name)\(when): \(people), \(done) of \(mine.count) done."))
        }
        return lines.isEmpty ? nil : lines.joined(separator: Lang.current == .ja ? "" : " ")
    }

    /// The hardest tasks (difficulty 8 or more) and the technical validations they wait on.
    static func technical(_ tasks: [TaskRow]) -> String {
        let byID = Dictionary(tasks.map { ($0.id.foldingWidth, $0) }, uniquingKeysWith: { a, _ in a })
        func isValidation(_ t: TaskRow) -> Bool { t.kind.id == "validation" || KindWords.find(in: t.todo)?.kind == "validation" }
        // As the review: a validation is what comes first, not a task that needs one.
        let hard = tasks.filter { ($0.difficulty ?? 0) >= hardDifficulty && !isValidation($0) }
        guard !hard.isEmpty else { return L("no task is rated \(hardDifficulty) or harder") }
        // A draft names a few; a plan of hundreds of hard tasks says how many more.
        let named = hard.prefix(5).map { t in
            let checks = t.dependsOn.compactMap { byID[$0.foldingWidth] }.filter(isValidation)
            let head = (t.id.isEmpty ? "" : t.id + " ") + t.todo.trimmed + L(" (difficulty \(t.difficulty!))")
            guard !checks.isEmpty else { return head + L(": no technical validation before it yet") }
            return head + L(": validated first by \(checks.map { ($0.id + " " + $0.todo.trimmed) }.joined(separator: Lang.current == .ja ? "、" : ", "))")
        }
        return (named + (hard.count > 5 ? [L("\(hard.count - 5) more of difficulty \(hardDifficulty) or more")] : [])).joined(separator: L("; "))
    }

    /// The draft in the current language.
    public static func render(_ n: Numbers) -> String {
        fill(Lang.current == .ja ? templateJA : templateEN, values: values(n))
    }

    /// The text of each slot the numbers answer, in the current language.
    static func values(_ n: Numbers) -> [String: String] {
        var v: [String: String] = [:]
        if let m = n.market, m.count > 0 {
            // The first scenario is the one the plan stands on (the conservative one,
            // by the deck's habit of writing it first); the others follow it.
            v["customers"] = m.value(0, "market_size")
            var lines: [String] = []
            for i in 0..<m.count {
                let value = m.number(i, "value").map { Quantity.grouped($0, places: 0) } ?? m.value(i, "value")
                lines.append(L("\(m.name(i)): market \(m.value(i, "market_size")) × share \(m.value(i, "share")) × \(m.value(i, "unit_price")) × \(m.value(i, "period")) = \(value) (\(m.value(i, "ratio"))× the estimated cost \(m.value(i, "cost")))"))
            }
            v["market"] = lines.joined(separator: L("; "))
            let price = m.value(0, "unit_price")
            if !price.isEmpty { v["price"] = L("The price is \(price) (over \(m.value(0, "period")) of use).") + " " }
            var shares: [String] = []
            for i in 0..<m.count {
                let verdict = Labels.word(m.word(i, "verdict"), Lang.current)
                shares.append(L("\(m.name(i)) \(m.value(i, "ratio"))× (\(verdict); share needed \(m.value(i, "required_share")))"))
            }
            let multiple = m.value(0, "multiple_applied")
            let when = n.decision.map { ($0.term.id) + ($0.date.map { " " + $0.iso } ?? "") } ?? "M3"
            v["decision"] = L("\(when): invest when the value reaches \(multiple)× the cost; the estimate today: \(shares.joined(separator: Lang.current == .ja ? "、" : ", "))")
        }
        if let g = n.gates, g.count > 0 {
            var lines: [String] = []
            for i in 0..<g.count {
                func pct(_ k: String) -> String { g.percent(i, k) }
                let who = [g.value(i, "milestone"), g.value(i, "segment")].filter { !$0.isEmpty && Labels.canonical($0) != "all" }.joined(separator: " ")
                let verdict = Labels.word(g.word(i, "verdict"), Lang.current)
                let strength = Labels.word(g.word(i, "evidence"), Lang.current)
                lines.append((who.isEmpty ? "" : who + ": ")
                    + L("of \(g.value(i, "n")) mock testers, \(g.value(i, "solved")) solved their problem (\(pct("solved_rate"))%, \(pct("solved_low"))–\(pct("solved_high"))%) and \(g.value(i, "purchased")) decided to buy (\(pct("purchase_rate"))%, \(pct("purchase_low"))–\(pct("purchase_high"))%): \(verdict), \(strength) evidence"))
            }
            v["validation"] = lines.joined(separator: L("; "))
        }
        if let m4 = n.milestones.first(where: { $0.term.id == "M4" }), let d = m4.date {
            v["release"] = releaseDate(d)
        }
        if let tasks = n.tasks {
            v["technical"] = technical(tasks)
            if let o = owners(tasks, milestones: n.milestones) { v["owners"] = o + " " }
        }
        if let q = n.impact, !q.firsts.isEmpty {
            v["impact"] = q.firsts.map { i in
                L("\(q.name(i)): \(q.value(i, "saved")) × \(q.value(i, "frequency")) = \(q.yearly(i))")
            }.joined(separator: L("; "))
        }
        return v
    }

    /// Replaces each `{{name:placeholder}}` by the value of `name`, else by its
    /// placeholder.
    static func fill(_ template: String, values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { rest = rest[open.lowerBound...]; break }
            let slot = rest[open.upperBound..<close.lowerBound]
            let colon = slot.firstIndex(of: ":") ?? slot.endIndex
            let name = String(slot[..<colon])
            let placeholder = colon < slot.endIndex ? String(slot[slot.index(after: colon)...]) : ""
            out += values[name].map(MarkdownReport.esc) ?? placeholder
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    static let templateJA = """
    # プレスリリース: [サービス名]

    <!-- wb: ワークショップで書いた PR/FAQ を、6 か月以内に実際に出すプレスリリースへ育てるためのひな形。
         [ ] の中を書き換えてください。wb-milestones prfaq --market --gates --impact で、
         数字で答えられる箇所は wb-score の結果から埋まります。 -->

    ## 顧客向けメッセージ

    **{{release:[発表日: 20XX年X月Y日]}}** [会社名] は本日、[サービス名] を公開しました。

    [□□ なお客様] が [□□ したい] とき、[より最適 / より幅広な解決策] ができます。

    > 「これまで [××するのに××すること] は当然でしたが、[サービス名] はその常識を変えました。今までと比べ [××の効果] が得られています。」
    > — [顧客名・役職: 実際にモックを試した顧客]

    ## 体験の流れ

    ### 通常の流れ

    1. [顧客が最初にすること。例: お買い物ページから XX をクリック]
    2. [次にすること。例: チャットボックスに XX と入力]
    3. [顧客が得る結果。例: □□が一瞬でできる]

    ### 異常時の流れ

    - もし [XX] な場合は、[XX] することで続けられます。
    - もし [XX] な場合は、[XX] することで続けられます。

    ## 提供者メッセージ

    これまで [××するのに××する] ことによる影響は見過ごされていました。[☆☆] 市場では約 {{customers:[☆☆]}} [社 / 人] のお客様がこの課題を抱えていると推計しており、[会社名] は [独自技術 / データ、パートナーシップ、販路、資金力] を活かし今後 [N] 年で [♡♡] 円の投資を行い、幅広いお客様に [サービス名] を提供します。

    - **見過ごされてきたインパクト:** {{impact:[問いの頻度 × 削減リソース。例: 1 日 15 分 × 365 日 = 年間 91 時間]}}
    - **推定市場:** {{market:[市場規模 × 推定シェア × 購入単価 × 想定利用期間 = ◯◯ 円 (推定コストの N 倍)]}}
    - **なぜ自社か:** [自社だけが持つデータ、顧客との接点、技術]
    - **投資:** [N 年間で ◯◯ 円。市場検証投資 (M1–M2) と市場競争投資 (M3–M4) の内訳]

    ## 顧客向け FAQ

    **Q. 利用にはいくらかかりますか。どのくらいの時間が必要ですか。**
    A. {{price:}}[導入と日々の利用にかかる時間。顧客が費やすリソース (価格、時間) に必ず答える]

    **Q. [顧客が最初に気にすること]**
    A. [回答]

    **Q. [うまくいかなかったときどうなるか]**
    A. [回答]

    ## 社内向け FAQ

    **Q. 市場検証で何が分かりましたか。**
    A. {{validation:[モックテスター ◯ 名中 ◯ 名が課題を解決し、◯ 名が購入を決めた (wb-score gate の結果と根拠の強さ)]}}

    **Q. 何に投資し、いつ判断しますか。**
    A. {{decision:[M3: シェア推計による投資判断の日付と基準 (価値 ≥ コストの N 倍)]}}

    **Q. 技術的に最も難しい点は何で、どう検証しますか。**
    A. {{technical:[難易度 8 以上のタスクと、その前に置いた技術検証]}}

    **Q. 誰が何をいつまでにしますか。**
    A. {{owners:}}[wb-tasks matrix の表を参照。定例会議と各マイルストンでの CXO 報告の予定]

    """

    static let templateEN = """
    # Press release: [service name]

    <!-- wb: a template that grows the workshop's PR/FAQ into the press release the team
         issues within 6 months. Replace what stands in [ ]. wb-milestones prfaq --market
         --gates --impact fills the places the numbers answer from wb-score's results. -->

    ## Customer message

    **{{release:[Date: 20XX-XX-XX]}}** [Company] today launched [service name].

    When [a customer like □□] wants to [□□], they can now [a better or broader solution].

    > "Until now it was taken for granted that [to do ×× you had to do ××]; [service name] changed that. Compared with before, [the effect ××]."
    > — [name, role: a customer who tried the mock]

    ## The experience

    ### Normal flow

    1. [What the customer does first, e.g. clicks XX on the shopping page]
    2. [What they do next, e.g. types XX into the chat box]
    3. [The result they get, e.g. □□ done in a moment]

    ### When something goes wrong

    - If [XX happens], you can continue by [XX].
    - If [XX happens], you can continue by [XX].

    ## Provider message

    Until now the impact of [doing ×× to get ××] went unnoticed. We estimate that about {{customers:[☆☆]}} [companies / people] in the [☆☆] market face this problem; [Company] will draw on [its own technology / data, partnerships, sales channels, funding] to invest [♡♡] over the next [N] years and bring [service name] to a broad range of customers.

    - **The overlooked impact:** {{impact:[how often the question arises × the resources saved, e.g. 15 minutes a day × 365 days = 91 hours a year]}}
    - **The estimated market:** {{market:[market size × estimated share × unit price × expected usage period = ... (N × the estimated cost)]}}
    - **Why us:** [the data, customer access or technology only this company has]
    - **The investment:** [... over N years: market validation (M1–M2) and market competition (M3–M4)]

    ## Customer FAQ

    **Q. What does it cost, and how much of my time does it take?**
    A. {{price:}}[The time to set up and to use it day to day: always answer what the customer spends (price, time)]

    **Q. [What customers ask first]**
    A. [Answer]

    **Q. [What happens when it does not work]**
    A. [Answer]

    ## Internal FAQ

    **Q. What did market validation show?**
    A. {{validation:[Of N mock testers, X solved their problem and Y decided to buy (wb-score gate, with its evidence)]}}

    **Q. What do we invest in, and when do we decide?**
    A. {{decision:[M3: the date and the criterion of the investment decision (value ≥ N × cost)]}}

    **Q. What is hardest technically, and how is it validated first?**
    A. {{technical:[Tasks of difficulty 8 or more, and the validation planned before them]}}

    **Q. Who does what by when?**
    A. {{owners:}}[See the wb-tasks matrix; the weekly progress meeting and the CXO report at each milestone]

    """
}
