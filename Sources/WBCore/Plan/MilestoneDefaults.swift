/// The deck's milestones: Who measures / What is measured / How it passes, per language.
public enum MilestoneDefaults {
    public struct Text: Sendable { public let who, what, how: String }

    public static func text(_ id: String, _ lang: Lang, multiple: Double?) -> Text {
        let n = multiple.map { formatNumber($0) } ?? "N"
        switch (id, lang) {
        case ("M1", .ja): return Text(who: "プロダクト開発チーム", what: "モックによる課題解決達成率、購入決定数(社内)", how: "80% が達成、50% が購入決定")
        case ("M1", .en): return Text(who: "Product development team", what: "Problem-solved rate with the mock; purchase decisions (internal)", how: "80% solve their problem, 50% decide to buy")
        case ("M2", .ja): return Text(who: "プロダクト開発チーム・営業", what: "モックによる課題解決達成率、購入決定数(社外)", how: "80% が達成、50% が購入決定")
        case ("M2", .en): return Text(who: "Product development team and sales", what: "Problem-solved rate with the mock; purchase decisions (external customers)", how: "80% solve their problem, 50% decide to buy")
        case ("M3", .ja): return Text(who: "プロダクトマネージャー、経営者", what: "市場規模 × 推定シェア × 購入単価 × 想定利用期間", how: "推定コストの \(n) 倍に到達")
        case ("M3", .en): return Text(who: "Product manager, executives", what: "Market size × estimated share × unit price × expected usage period", how: "Reaches \(n) × the estimated cost")
        default: return Text(who: "", what: "", how: "")
        }
    }

    public static func gate(_ id: String, multiple: Double?) -> String {
        switch id {
        case "M1": return "solved>=80% purchase>=50% segment=internal"
        case "M2": return "solved>=80% purchase>=50% segment=external"
        case "M3": return "value>=" + (multiple.map { formatNumber($0) } ?? "N") + "*cost"
        default: return ""
        }
    }

    public static func investment(_ id: String) -> String {
        id == "M1" || id == "M2" ? "market_validation" : "market_competition"
    }

    /// Default dates: +1, +3, +5 and +6 months from the start.
    public static let monthOffsets = [1, 3, 5, 6]

    /// The four dates of a new plan: each given one, else its month offset from `start`.
    public static func dates(_ given: [CivilDate?], start: CivilDate) -> [CivilDate] {
        monthOffsets.enumerated().map { i, months in (i < given.count ? given[i] : nil) ?? start.adding(months: months) }
    }
}
