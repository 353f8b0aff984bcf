#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A term of the plan's vocabulary: a canonical id, its Japanese and English display
/// names, and the other ways people write it.
/// A class, so that rows share one instance instead of copying four Strings each.
public final class Term: Sendable, Hashable {
    public let id: String
    public let ja: String
    public let en: String
    public let aliases: [String]

    public init(id: String, ja: String, en: String, aliases: [String]) {
        self.id = id
        self.ja = ja
        self.en = en
        self.aliases = aliases
    }

    public static func == (a: Term, b: Term) -> Bool { a === b || (a.id == b.id && a.ja == b.ja && a.en == b.en) }
    public func hash(into h: inout Hasher) { h.combine(id) }

    public func label(_ lang: Lang?) -> String {
        switch lang { case .ja: return ja; case .en: return en; case nil: return id }
    }
}

extension Term {
    /// Declarations as the settings write them, `id:日本語:English` separated by commas
    /// (or 、 or lines); the labels are optional. `check` refuses a declaration (given
    /// the text, the id and the terms before it) by throwing.
    static func declarations(_ text: String, check: (String, String, [Term]) throws -> Void) throws -> [Term] {
        var out: [Term] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == "\n" }) {
            let p = String(part).trimmed
            if p.isEmpty { continue }
            let bits = p.split(separator: ":", omittingEmptySubsequences: false).map { String($0).trimmed }
            try check(p, bits.count <= 3 ? bits[0] : "", out)
            let id = bits[0]
            out.append(Term(id: id, ja: bits.count > 1 && !bits[1].isEmpty ? bits[1] : id,
                            en: bits.count > 2 && !bits[2].isEmpty ? bits[2] : id, aliases: []))
        }
        return out
    }
}

public enum Lang: String, Sendable, CaseIterable {
    case ja, en

    /// `ja` or `en`, their names (日本語, English), or a locale as `$LANG` gives one
    /// (ja_JP.UTF-8, en-US).
    public static func parse(_ s: String, option: String) throws -> Lang {
        let l = s.trimmed.lowercased()
        let language = l.prefix { $0 != "_" && $0 != "-" && $0 != "." }
        switch language {
        case "ja", "jp", "japanese", "日本語": return .ja
        case "en", "english", "英語": return .en
        default: throw WBError.usage(L("--\(option) takes ja or en, not '\(s)'"))
        }
    }

    /// The locale's language, as gettext takes it: the first of LC_ALL, LC_MESSAGES and
    /// LANG that is set says the locale; unless that is C or POSIX (or none is set),
    /// LANGUAGE's list of preferences (`ja:en`, `en_GB:ja`) comes first, its first entry
    /// that is Japanese or English winning. ja for Japanese, else en.
    public static func fromEnvironment(_ env: [String: String]) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { env[$0] }.first { !$0.isEmpty }
        guard let locale else { return .en }
        let plain = locale.prefix { $0 != "." && $0 != "@" }
        if plain != "C" && plain != "POSIX", let list = env["LANGUAGE"] {
            for entry in list.split(separator: ":") {
                let l = entry.lowercased()
                if l.hasPrefix("ja") { return .ja }
                if l.hasPrefix("en") { return .en }
            }
        }
        return locale.lowercased().hasPrefix("ja") ? .ja : .en
    }
}

/// A closed list of terms with alias lookup.
public struct Vocabulary: Sendable {
    public let kind: String
    public let terms: [Term]
    private let aliasIndex: AliasIndex

    public init(kind: String, _ terms: [Term]) {
        self.kind = kind
        self.terms = terms
        aliasIndex = AliasIndex(terms)
    }

    /// The term `s` names: its id as it stands (most values in a plan wb wrote), else
    /// any of its names and aliases, matched by `matchKey`. The table of names is built
    /// on the first value that is not an id, so a run over canonical values (and every
    /// start) does without it.
    public func lookup(_ s: String) -> Term? {
        if let t = term(id: s) { return t }
        return aliasIndex.table[s.matchKey].map { terms[$0] }
    }

    /// The usage error for `--option input` that names none of the terms: the nearest
    /// ones, then the values to use, in the message's language.
    public func unknownValue(_ input: String, option: String) -> WBError {
        // (A role's message names its own nearest terms.)
        if kind == "role" { return .usage("--\(option): " + Roles.unknownMessage(input, self)) }
        let near = Suggest.terms(input, in: self)
        switch kind {
        case "status":
            return .usage(L("--\(option): unknown status '\(input)'") + near + L("; use todo, doing, done or blocked (未着手, 進行中, 完了, 停滞)"))
        case "kind":
            return .usage(L("--\(option): unknown kind '\(input)'") + near + L("; use task, request, validation or approval (タスク, 依頼, 技術検証, 稟議)"))
        default:
            return .usage(L("--\(option): unknown milestone '\(input)'") + near + L("; use M1-M4, 1-4, ①-④ or a milestone's name"))
        }
    }

    /// Each name's `matchKey` to its term's place (a later term's name wins), built once
    /// on first use. Shared by copies of the vocabulary and across threads (the tests
    /// run commands in parallel), so it is built under a lock.
    final class AliasIndex: @unchecked Sendable {
        private let terms: [Term]
        private var built: [String: Int]?
        private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

        init(_ terms: [Term]) {
            self.terms = terms
            pthread_mutex_init(lock, nil)
        }

        deinit {
            pthread_mutex_destroy(lock)
            lock.deallocate()
        }

        var table: [String: Int] {
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            if let built { return built }
            var ix: [String: Int] = [:]
            for (i, t) in terms.enumerated() {
                for a in [t.id, t.ja, t.en] + t.aliases { ix[a.matchKey] = i }
            }
            built = ix
            return ix
        }
    }

    public func term(id: String) -> Term? { terms.first { $0.id == id } }

    /// The term the table of names gives for `s` (for the test that the id shortcut
    /// agrees with it).
    func aliasIndexTerm(_ s: String) -> Term? { aliasIndex.table[s.matchKey].map { terms[$0] } }

    public var ids: [String] { terms.map(\.id) }
}

public enum Plan {
    public static let milestones = Vocabulary(kind: "milestone", [
        Term(id: "M1", ja: "スポンサーの獲得", en: "Sponsor acquisition",
             aliases: ["1", "①", "m1", "sponsor", "スポンサー", "スポンサー獲得"]),
        Term(id: "M2", ja: "ファンの獲得", en: "Fan acquisition",
             aliases: ["2", "②", "fans", "fan", "ファン", "ファン獲得"]),
        Term(id: "M3", ja: "シェア推計による投資判断", en: "Investment decision by share estimate",
             aliases: ["3", "③", "share", "investment decision", "シェア推計", "投資判断", "シエア推計による投資判断"]),
        Term(id: "M4", ja: "プレスリリース発行", en: "Press release",
             aliases: ["4", "④", "press", "pr", "プレスリリース", "プレスリリースへ"]),
    ])

    public static let roles = Vocabulary(kind: "role", [
        Term(id: "pm", ja: "プロダクトマネージャー", en: "Product manager",
             aliases: ["product manager", "プロダクトマネージャ", "PdM", "製品責任者", "PM", "product owner", "プロダクトオーナー", "PO",
                       "企画", "企画担当", "商品企画", "サービス企画"]),
        Term(id: "dev", ja: "開発者", en: "Developer",
             aliases: ["developer", "開発", "エンジニア", "engineer", "development"]),
        Term(id: "ds", ja: "データサイエンティスト", en: "Data scientist",
             aliases: ["data scientist", "データサイエンス", "data science", "DS", "データアナリスト", "data analyst", "データ分析",
                       "ML エンジニア", "MLエンジニア", "機械学習エンジニア", "ML engineer", "データ分析担当", "分析担当", "アナリスト"]),
        Term(id: "sales", ja: "営業", en: "Sales", aliases: ["セールス", "営業担当", "営業部"]),
        Term(id: "ux", ja: "UX デザイナー", en: "UX designer", aliases: ["UXデザイナー", "デザイナー", "designer", "UX", "デザイン", "UI デザイナー", "UIデザイナー"]),
        Term(id: "cs", ja: "カスタマーサポート", en: "Customer support", aliases: ["サポート", "support", "CS", "カスタマーサクセス", "customer success"]),
        Term(id: "exec", ja: "経営者", en: "Executive", aliases: ["経営層", "経営", "executive", "CXO", "sponsor role", "役員", "CEO", "CTO", "CFO", "COO", "事業責任者"]),
    ])

    public static let statuses = Vocabulary(kind: "status", [
        Term(id: "todo", ja: "未着手", en: "To do", aliases: ["to do", "open", "未", "予定", "new", "未対応"]),
        Term(id: "doing", ja: "進行中", en: "Doing", aliases: ["in progress", "wip", "着手", "作業中", "対応中", "started", "処理中", "確認中", "レビュー中", "in review",
                                                          "着手中", "実施中", "進捗中", "取り組み中", "レビュー待ち"]),
        Term(id: "done", ja: "完了", en: "Done", aliases: ["済", "済み", "closed", "終了", "complete", "completed", "完了済み", "完了済", "処理済み", "resolved", "finished",
                                                      "完", "対応済み", "対応済", "実施済み", "実施済"]),
        Term(id: "blocked", ja: "停滞", en: "Blocked", aliases: ["保留", "ブロック中", "ブロック", "停止", "待ち", "on hold", "blocked", "中断", "保留中", "停止中"]),
    ])

    public static let kinds = Vocabulary(kind: "kind", [
        Term(id: "task", ja: "タスク", en: "Task", aliases: ["作業", "todo"]),
        Term(id: "request", ja: "依頼", en: "Request", aliases: ["依頼タスク", "ask", "依頼事項", "お願い"]),
        Term(id: "validation", ja: "技術検証", en: "Validation",
             aliases: ["検証", "technical validation", "poc", "PoC", "spike", "検証タスク", "技術調査", "技術検証タスク"]),
        Term(id: "approval", ja: "稟議", en: "Approval", aliases: ["承認", "approval request", "稟議申請", "承認依頼", "稟議書", "決裁", "申請"]),
    ])

    /// The difficulty scale of the workshop (1 done before ... 10 a year or more).
    public static let difficultyScale = [1, 3, 5, 8, 10]

    /// A difficulty on the scale, as written: `3`, or with its unit, `3pt`, `3 points`,
    /// `3点`, `3ポイント`; nil for anything else.
    public static func difficulty(_ text: String) -> Int? {
        points(text).flatMap { difficultyScale.contains($0) ? $0 : nil }
    }

    /// The units a difficulty may carry, longest first where one ends another.
    public static let pointUnits = ["points", "point", "pts", "pt", "sp", "ポイント", "点"]

    /// A whole number of points, its unit left off or not (`3`, `3pt`, `3点`); nil
    /// for anything else. Not checked against a scale.
    public static func points(_ text: String) -> Int? {
        var s = text.foldingWidth.trimmed.lowercased()
        for unit in pointUnits where s.hasSuffix(unit) {
            s = String(s.dropLast(unit.count)).trimmed
            break
        }
        return Int(s)
    }
}

/// The style a value was written in, so a merge can write a changed value the same way.
public func labelStyle(of value: String, in term: Term) -> Lang? {
    if value.matchKey == term.ja.matchKey { return .ja }
    if value.matchKey == term.en.matchKey { return .en }
    return nil
}
